package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
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
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import th.go.bangkok.tidtam.users.UserProfile;
import th.go.bangkok.tidtam.users.UserService;
import th.go.bangkok.tidtam.users.ui.ChangePasswordDialog;

/**
 * The frame around every signed-in screen: the name ติดตาม, the side navigation built from the views this
 * user may open, and who is signed in, with language, password and sign-out.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();

    MainLayout(AuthenticationContext authentication, UserService users, LanguageSettings languages,
               java.util.List<HeaderWidget> widgets) {
        var profile = users.me();
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(sideNav()));
        viewTitle.addClassName("view-title");
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        var header = new HorizontalLayout(toggle, viewTitle);
        widgets.forEach(widget -> header.add(widget.create()));
        header.add(userMenu(profile, authentication, users, languages));
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
        return MENUS.computeIfAbsent(th.go.bangkok.tidtam.security.Role.authoritiesOf(authentication), r -> java.util.List.copyOf(MenuConfiguration.getMenuEntries()));
    }

    private SideNavItem item(MenuEntry entry) {
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        item.setMatchNested(true);
        if (entry.icon() != null) {
            item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
        }
        return item;
    }

    private Component userMenu(UserProfile profile, AuthenticationContext authentication, UserService users,
                               LanguageSettings languages) {
        var avatar = new Avatar(profile.fullName());
        avatar.setAbbreviation(Initials.of(profile.fullName())); // สจ for นางสาวสมศรี ใจดี, not Vaadin's นใ
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_SMALL);
        var who = new Div();
        who.addClassName("user-who");
        who.getElement().setProperty("innerHTML", "<span class=\"user-name\">" + Markup.escape(profile.fullName())
                + "</span><span class=\"user-detail\">" + Markup.escape(getTranslation(profile.role().messageKey())
                + (profile.agencyPath() == null ? "" : " · " + profile.agencyPath())) + "</span>");

        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        menu.addClassName("user-menu");
        var root = menu.addItem(new HorizontalLayout(avatar, who));
        root.getElement().setAttribute("aria-label", getTranslation("nav.userMenu"));
        var sub = root.getSubMenu();
        sub.addItem(getTranslation("language.thai"), e -> languages.switchTo("th", users));
        sub.addItem(getTranslation("language.english"), e -> languages.switchTo("en", users));
        sub.addSeparator();
        sub.addItem(getTranslation("password.change"), e -> new ChangePasswordDialog(users).open());
        sub.addItem(getTranslation("nav.logout"), e -> authentication.logout());
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var content = getContent();
        viewTitle.setText(content instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
