package th.go.bangkok.tidtam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.demo.DemoAccounts;
import th.go.bangkok.tidtam.project.ProjectFixtures;

/**
 * A name too long for its column shows whole on hover, read from the cell's own text in the browser instead of a
 * second copy sent with every row (issue #17); a column without the tooltip shows none.
 */
class CellTooltipTest extends BrowserTest {

    @Autowired
    ProjectFixtures fixtures;

    @Test
    void hovering_a_project_name_or_its_office_in_the_list_shows_the_whole_text() {
        // a letter first: a tag of eight digits (one run in forty) would be searched as the start of a project code
        var tag = "t" + UUID.randomUUID().toString().substring(0, 7);
        var name = "โครงการพัฒนาระบบติดตามและประเมินผลการดำเนินงานของหน่วยงานในสังกัดกรุงเทพมหานครแบบครบวงจร " + tag;
        var office = "กลุ่มงานพัฒนาระบบงานและนวัตกรรมบริการ";
        fixtures.create(name);

        openLogin();
        submitLogin("coordinator", DemoAccounts.PASSWORD);
        page.waitForURL(url("/"));
        page.navigate(url("/projects?q=" + URLEncoder.encode(tag, StandardCharsets.UTF_8)));
        cell(name).hover();
        assertThat(tooltip(name).first()).isVisible();
        screenshot("projects-name-tooltip");

        cell(office).hover();
        assertThat(tooltip(office).first()).isVisible();

        cell("824,000.00").hover();
        page.waitForTimeout(1500); // longer than the tooltip's hover delay
        assertThat(tooltip("824,000.00")).hasCount(0);
    }

    /** The first cell of the grid that shows {@code text}. */
    private Locator cell(String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first();
    }
}
