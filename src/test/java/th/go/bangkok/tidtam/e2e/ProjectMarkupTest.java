package th.go.bangkok.tidtam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.demo.DemoAccounts;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectFilingService;

/**
 * The project page writes its read-only details as markup (one node a session instead of sixty components, issue
 * #17): what an officer typed stays text there, whatever it looks like.
 */
class ProjectMarkupTest extends BrowserTest {

    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    ProjectFilingService filing;
    @Autowired
    TestUsers users;

    @Test
    void markup_typed_into_a_project_shows_as_the_text_it_is_and_never_runs() {
        var name = "โครงการ <img src=x onerror=\"window.pwned=1\"> ทดสอบ";
        var objective = "<b>ตัวหนา</b> & \"อ้าง\" 'เดี่ยว' <script>window.pwned=2</script>";
        var data = fixtures.valid(name);
        var tricky = new th.go.bangkok.tidtam.project.ProjectData(data.code(), data.name(), data.fiscalYear(),
                data.startDate(), data.endDate(), data.budget(), data.agencyId(), data.responsibleName(),
                data.responsiblePhone(), data.coordinatorName(), data.coordinatorPhone(), data.rationale(),
                List.of(objective), data.qualityTargets(), data.quantityTargets(), data.planNodeIds(), data.version());
        var code = users.as(TestUsers.OFFICER, () -> filing.create(tricky));

        openLogin();
        submitLogin("officer", DemoAccounts.PASSWORD);
        page.waitForURL(url("/"));
        page.navigate(url("/projects/" + code));
        var view = page.locator(".project-view");
        assertThat(view).containsText(objective);
        assertThat(view).containsText("<img src=x");
        assertThat(page.locator(".project-view img")).hasCount(0);
        assertThat(page.locator(".project-view b")).hasCount(0);
        assertThat(page.locator(".project-view script")).hasCount(0);
        assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
    }
}
