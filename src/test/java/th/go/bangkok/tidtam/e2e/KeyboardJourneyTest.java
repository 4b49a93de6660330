package th.go.bangkok.tidtam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.tracking.TrackingFixture;

/**
 * The officer's main job with the keyboard alone (issue #19): sign in, /reports/due from the menu, the month's
 * report opened from the table, a blank ส่งรายงาน whose errors are at the fields and exposed to a screen reader,
 * the report filled and sent, confirmed, and seen as sent. Only keys: Tab, Shift+Tab, Enter, Space, the arrows,
 * and typing into the focused field. Every stop on the way shows where the focus is.
 */
class KeyboardJourneyTest extends BrowserTest {

    /** What has the focus, as a user hears it: a field's label, a button's or a menu item's text, a cell's content. */
    private static final String FOCUSED = """
            () => {
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              if (!a || a === document.body) return '';
              const text = e => (e.innerText || e.textContent || '').trim().replace(/\\s+/g, ' ');
              if (a.labels && a.labels.length) return text(a.labels[0]);
              if (a.tagName === 'TD' || a.tagName === 'TH') {
                return [...a.querySelectorAll('slot')].flatMap(s => s.assignedElements()).map(text).join(' ');
              }
              let host = a;
              while (host.getRootNode() instanceof ShadowRoot) host = host.getRootNode().host;
              const all = text(host);
              return host.getAttribute('aria-label') || (all.length < 200 ? all : host.tagName);
            }""";

    /**
     * The focused element shows it: Lumo's focus-ring attribute on it or on the component it belongs to, or an
     * outline or box-shadow of its own (a grid cell draws its ring with ::before).
     */
    private static final String FOCUS_VISIBLE = """
            () => {
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              if (!a || a === document.body) return false;
              const drawn = (e, pseudo) => {
                const s = getComputedStyle(e, pseudo);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
              };
              if (drawn(a) || drawn(a, '::before') || drawn(a, '::after')) return true;
              for (let e = a, i = 0; e && i < 4; i++) {
                if (e.hasAttribute && e.hasAttribute('focus-ring')) return true;
                e = e.parentElement || (e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host : null);
              }
              return false;
            }""";

    @Autowired
    TrackingFixture offices;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void the_officer_files_the_months_report_with_the_keyboard_alone() {
        clock.set(OffsetDateTime.parse("2026-03-20T10:00:00+07:00").toInstant());
        // an office of its own, so the officer's list holds exactly this month's report of P3 (the demo officer's
        // list grows with the suite's other tests)
        var office = offices.create();
        var code = office.codes().get(2);

        openLogin();
        tabTo("ชื่อผู้ใช้");
        page.keyboard().type(office.officerB());
        tabTo("รหัสผ่าน");
        page.keyboard().type("Tracking-2569");
        page.keyboard().press("Enter");
        page.waitForURL(url("/"));

        tabTo("รายงานที่ต้องส่ง");
        page.keyboard().press("Enter");
        page.waitForURL(url("/reports/due"));
        assertThat(page.locator(".due-reports-view vaadin-grid")).containsText(code);
        // into the table, down to this project's row, along to its รายงาน button, and press it
        tabTo("รหัสโครงการ");
        page.keyboard().press("Tab");
        for (int i = 0; i < 200 && !focused().equals(code); i++) {
            page.keyboard().press("ArrowDown");
        }
        expectFocus(code);
        page.keyboard().press("End");
        expectFocus("รายงาน");
        page.keyboard().press("Enter"); // into the cell: its button has the focus
        expectFocus("รายงาน");
        screenshot("keyboard-due-focus");
        page.keyboard().press("Enter");
        var dialog = page.locator("vaadin-dialog.report-dialog[opened]");
        dialog.waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));

        // the dialog opens with the focus in its first field to write; sent blank, it names what is missing
        expectFocus("ขั้นตอนการดำเนินงาน");
        tabTo("ส่งรายงาน");
        page.keyboard().press("Enter");
        assertThat(page.locator(".report-dialog .form-problems").first()).containsText("ยังส่งไม่ได้");
        assertThat(page.locator(".report-dialog .form-problems").first()).hasAttribute("role", "alert");
        expectFocus("ขั้นตอนการดำเนินงาน"); // the first missing field
        var steps = page.locator(".report-dialog vaadin-text-area textarea");
        assertThat(steps).hasAttribute("aria-invalid", "true");
        var describedBy = steps.getAttribute("aria-describedby");
        var errorText = (String) page.evaluate("ids => ids.split(' ').map(id => document.getElementById(id))"
                + ".filter(e => e).map(e => e.textContent).join(' ')", describedBy);
        org.assertj.core.api.Assertions.assertThat(errorText).as("the error a screen reader reads with the field")
                .contains("ต้องกรอกก่อนส่งรายงาน");

        page.keyboard().type("1. ประชุมคณะทำงาน");
        page.keyboard().press("Shift+Tab");
        expectFocus("งบประมาณที่เบิกใช้");
        page.keyboard().type("2700");
        page.keyboard().press("Shift+Tab");
        expectFocus("ความก้าวหน้าของงานฯ");
        page.keyboard().type("25");
        tabTo("เป็นไปตามแผน");
        page.keyboard().press("Space");
        tabTo("เป็นไปตามเป้าหมาย");
        page.keyboard().press("Space");
        tabTo("ส่งรายงาน");
        page.keyboard().press("Enter");
        assertThat(page.locator(".submit-summary")).containsText("2,700.00 บาท");
        // the confirmation takes the focus as it opens (a Tab pressed before that lands on its frame)
        page.waitForFunction("() => (" + FOCUSED + ")() !== 'ส่งรายงาน'");
        tabTo("ยืนยันส่งรายงาน");
        page.keyboard().press("Enter");

        assertThat(page.locator(".progress-tab vaadin-grid")).containsText("ส่งรายงานแล้ว");
        assertThat(page.locator(".progress-tab vaadin-grid")).containsText("2,700.00");
        assertThat(page.locator("vaadin-dialog.report-dialog")).hasCount(0);
        screenshot("keyboard-sent");
    }

    /** Tab, forwards only, until the focus is on {@code name} (exactly: a container holding it is not it); at each stop the focus shows. */
    private void tabTo(String name) {
        for (int i = 0; i < 60; i++) {
            if (focused().equals(name)) {
                return;
            }
            page.keyboard().press("Tab");
            if (!focused().isEmpty()) {
                expectVisibleFocus();
            }
        }
        fail("Tab never reached " + name + "; the focus ended on " + focused());
    }

    private void expectFocus(String name) {
        try {
            page.waitForFunction("name => (" + FOCUSED + ")() === name", name,
                    new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(10_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            fail("expected the focus on " + name + " but it is on " + focused());
        }
        expectVisibleFocus();
    }

    private void expectVisibleFocus() {
        if (!(Boolean) page.evaluate(FOCUS_VISIBLE)) {
            fail("the focus does not show on " + focused());
        }
    }

    private String focused() {
        return (String) page.evaluate(FOCUSED);
    }
}
