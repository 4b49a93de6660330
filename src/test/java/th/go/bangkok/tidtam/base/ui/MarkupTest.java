package th.go.bangkok.tidtam.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void every_character_that_could_open_a_tag_or_leave_an_attribute_is_escaped() {
        assertThat(Markup.escape("<img src=x onerror=\"a('b')\"> & ไทย"))
                .isEqualTo("&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; ไทย");
        assertThat(Markup.escape(null)).isEmpty();
    }
}
