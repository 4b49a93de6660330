package reference;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;

/** The portal's frame: a drawer with the name and eight menu entries, a header with the page's title and a user. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout() {
        var nav = new SideNav();
        for (var path : new String[] {"projects", "tracking", "reports/due", "approvals", "indicators", "import",
                "notifications", "users"}) {
            var item = new SideNavItem(path, path);
            item.setPrefixComponent(VaadinIcon.FOLDER.create());
            nav.addItem(item);
        }
        addToDrawer(new Span("Tidtam"), nav);
        var header = new HorizontalLayout(new DrawerToggle(), new Span("title"), new Span("user"));
        header.setWidthFull();
        addToNavbar(header);
    }
}
