package th.go.bangkok.tidtam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import th.go.bangkok.tidtam.report.FormFixtures;

/**
 * Issue #18, item 6: a month or a year from the address outside what the portal knows (FY 2500–2700, October 1956 to
 * September 2157) gets a clear answer: the printed form's {@code asOf} a 400 with the reason in Thai and English, the
 * project list's {@code fy} the list as without it. The form's requests go through the real security filter chain
 * and controller (MockMvc on the running application's context).
 */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class OutOfRangeInputTest extends SpringBrowserlessTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    FormFixtures forms;
    @Autowired
    TestUsers users;

    MockMvc http;

    @BeforeEach
    void http() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "asOf={0}")
    @ValueSource(strings = {"0000-01", "-999999999-01", "+999999999-12", "1956-09", "2157-10"})
    void a_form_as_of_a_month_outside_the_known_fiscal_years_is_a_400_naming_the_range(String asOf) throws Exception {
        var answer = form(forms.withTwelveReports(), asOf);
        assertThat(answer.getResponse().getStatus()).isEqualTo(400);
        assertThat(answer.getResponse().getContentType()).startsWith("text/plain");
        assertThat(answer.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("อยู่นอกช่วงที่ระบบรองรับ คือ ตุลาคม 2499 ถึง กันยายน 2700")
                .contains("outside the range the portal knows, October 1956 to September 2157");
    }

    @ParameterizedTest(name = "asOf={0}")
    @ValueSource(strings = {"2026-13", "march", "2026-03-01", "99999999999-01"})
    void a_form_as_of_something_that_is_not_a_month_is_a_400_saying_how_to_write_one(String asOf) throws Exception {
        var answer = form(forms.withTwelveReports(), asOf);
        assertThat(answer.getResponse().getStatus()).isEqualTo(400);
        assertThat(answer.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("asOf ต้องเป็นเดือนแบบ ค.ศ. ในรูปแบบ ปปปป-ดด")
                .contains("asOf must be a month written as yyyy-MM");
    }

    @Test
    void a_form_as_of_a_closed_month_within_the_range_still_prints() throws Exception {
        var answer = form(forms.withTwelveReports(), "2026-03");
        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(answer.getResponse().getContentType()).isEqualTo("application/pdf");
    }

    @ParameterizedTest(name = "fy={0}")
    @ValueSource(strings = {"0", "-2569", "99999", "99999999999", "2569abc"})
    void a_project_list_for_a_year_it_does_not_offer_shows_every_year_as_without_one(String fy) {
        users.signIn(TestUsers.OFFICER);
        UI.getCurrent().navigate("projects", QueryParameters.of("fy", fy));
        @SuppressWarnings("unchecked")
        ComboBox<Integer> year = $(ComboBox.class).all().stream()
                .filter(c -> c.getAriaLabel().filter("ปีงบประมาณ พ.ศ."::equals).isPresent()).findFirst().orElseThrow();
        assertThat(year.getValue()).isNull();
    }

    private MvcResult form(String code, String asOf) throws Exception {
        return http.perform(get("/projects/{code}/form.pdf", code).param("asOf", asOf)
                .with(user(accounts.loadUserByUsername(TestUsers.OFFICER)))).andReturn();
    }
}
