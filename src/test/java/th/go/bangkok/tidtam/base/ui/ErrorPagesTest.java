package th.go.bangkok.tidtam.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;

/**
 * Error pages (issue #19: they lost the menu and had headings of their own): a signed-in user meets them inside the
 * main layout with the title in the header like every page; a visitor gets a page without the signed-in layout.
 */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class ErrorPagesTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_signed_in_user_at_an_unknown_address_keeps_the_menu_and_sees_one_title() {
        users.signIn(TestUsers.OFFICER);
        UI.getCurrent().navigate("no-such-page");
        var view = (SignedInErrorView) getCurrentView();
        assertThat(view.getClassNames()).contains("not-found-view");
        assertThat($(MainLayout.class).single().getContent()).isSameAs(view);
        assertThat($(SideNav.class).single().getItems()).isNotEmpty();
        assertThat(view.getPageTitle()).isEqualTo("ไม่พบหน้าที่ต้องการ");
        assertThat($(Span.class).all()).filteredOn(s -> s.hasClassName("view-title")).singleElement()
                .extracting(Span::getText).isEqualTo("ไม่พบหน้าที่ต้องการ");
        assertThat(headings()).as("the header's title is the page's only title").isZero();
        assertThat($(Paragraph.class, view).single().getText()).isEqualTo("ไม่พบข้อมูล หรือคุณไม่มีสิทธิ์เข้าถึง");
    }

    @Test
    void a_signed_in_user_denied_a_page_sees_the_same_page_in_the_layout() {
        users.signIn(TestUsers.OFFICER);
        UI.getCurrent().navigate("admin/users");
        assertThat(getCurrentView()).isInstanceOf(SignedInErrorView.class);
        assertThat($(SideNav.class).all()).hasSize(1);
        assertThat(((SignedInErrorView) getCurrentView()).getPageTitle()).isEqualTo("ไม่พบหน้าที่ต้องการ");
    }

    @Test
    void a_visitor_at_an_unknown_address_gets_a_page_without_the_signed_in_layout() {
        UI.getCurrent().navigate("no-such-page");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(MainLayout.class).all()).isEmpty();
        assertThat($(SideNav.class).all()).isEmpty();
        assertThat($(H2.class).single().getText()).isEqualTo("ไม่พบหน้าที่ต้องการ");
        assertThat(headings()).isEqualTo(1);
    }

    private int headings() {
        return $(H1.class).all().size() + $(H2.class).all().size() + $(H3.class).all().size();
    }
}
