package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in screen: the name ติดตาม, the side navigation built from the views this
 * user may open, the page's title, and the features' {@link HeaderWidget}s (the bell, the user menu).
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();

    MainLayout(java.util.List<HeaderWidget> widgets) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(sideNav()));
        viewTitle.addClassName("view-title");
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        var header = new HorizontalLayout(toggle, viewTitle);
        widgets.forEach(widget -> header.add(widget.create()));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(viewTitle);
        header.addClassName("app-header");
        addToNavbar(header);
    }

    /** Text only, so markup: one node in every session instead of three. */
    private Component brand() {
        var brand = new Div();
        brand.addClassName("brand");
        brand.getElement().setProperty("innerHTML", "<span class=\"brand-name\">" + Markup.escape(getTranslation("app.name"))
                + "</span><span class=\"brand-subtitle\">" + Markup.escape(getTranslation("app.subtitle")) + "</span>");
        return brand;
    }

    private SideNav sideNav() {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        menuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    /** The views a role may open do not change while the portal runs: collected once per role, not per page open. */
    private static final java.util.Map<java.util.Set<String>, java.util.List<MenuEntry>> MENUS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static java.util.List<MenuEntry> menuEntries() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        if (authentication == null) {
            return MenuConfiguration.getMenuEntries();
        }
        return MENUS.computeIfAbsent(th.go.bangkok.tidtam.base.Authorities.of(authentication),
                r -> java.util.List.copyOf(MenuConfiguration.getMenuEntries()));
    }

    private SideNavItem item(MenuEntry entry) {
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        item.setMatchNested(true);
        if (entry.icon() != null) {
            item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
        }
        return item;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var content = getContent();
        viewTitle.setText(content instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
