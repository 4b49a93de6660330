package th.go.bangkok.tidtam.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Avatar letters as a Thai reader expects them: no title, no leading vowel (issue #19). */
class InitialsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "นางสาวสมศรี ใจดี, สจ",
            "นายประเสริฐ มั่นคง, ปม",
            "นางวิไลวรรณ ชัยมงคล, วช",
            "ดร.เอกชัย ไพรวัลย์, อพ",
            "นาย ธนากร ศรีสุวรรณ, ธศ",
            "สมชาย, ส",
            "John Smith, JS",
            "mary ann lee, MA"
    })
    void the_initials_are_the_first_consonants_of_the_given_and_family_names(String name, String initials) {
        assertThat(Initials.of(name)).isEqualTo(initials);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void an_empty_name_has_no_initials(String name) {
        assertThat(Initials.of(name)).isEmpty();
    }
}
