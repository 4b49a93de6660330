package th.go.bangkok.tidtam.users.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import th.go.bangkok.tidtam.base.ui.HeaderWidget;
import th.go.bangkok.tidtam.base.ui.Initials;
import th.go.bangkok.tidtam.base.ui.LanguageSettings;
import th.go.bangkok.tidtam.base.ui.Markup;
import th.go.bangkok.tidtam.base.ui.UiNavigation;
import th.go.bangkok.tidtam.users.UserNavigation;
import th.go.bangkok.tidtam.users.UserService;

/**
 * Who is signed in, at the right end of every page's header: name, role and agency, and a menu with the language,
 * the password, the personal access tokens and sign-out. The layout knows it only as one more {@link HeaderWidget}.
 */
@org.springframework.stereotype.Component
@Order(Ordered.LOWEST_PRECEDENCE)
class UserMenu implements HeaderWidget {

    private final AuthenticationContext authentication;
    private final UserService users;
    private final LanguageSettings languages;

    UserMenu(AuthenticationContext authentication, UserService users, LanguageSettings languages) {
        this.authentication = authentication;
        this.users = users;
        this.languages = languages;
    }

    @Override
    public Component create() {
        var ui = UI.getCurrent();
        var profile = users.me();
        var avatar = new Avatar(profile.fullName());
        avatar.setAbbreviation(Initials.of(profile.fullName())); // สจ for นางสาวสมศรี ใจดี, not Vaadin's นใ
        avatar.addThemeVariants(AvatarVariant.LUMO_SMALL);
        var who = new Div();
        who.addClassName("user-who");
        who.getElement().setProperty("innerHTML", "<span class=\"user-name\">" + Markup.escape(profile.fullName())
                + "</span><span class=\"user-detail\">" + Markup.escape(ui.getTranslation(profile.role().messageKey())
                + (profile.agencyPath() == null ? "" : " · " + profile.agencyPath())) + "</span>");

        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        menu.addClassName("user-menu");
        var root = menu.addItem(new HorizontalLayout(avatar, who));
        root.getElement().setAttribute("aria-label", ui.getTranslation("nav.userMenu"));
        var sub = root.getSubMenu();
        sub.addItem(ui.getTranslation("language.thai"), e -> languages.switchTo("th"));
        sub.addItem(ui.getTranslation("language.english"), e -> languages.switchTo("en"));
        sub.addSeparator();
        if (profile.hasLocalPassword()) {
            // a directory or OpenID Connect account's password is changed where it is kept (the service refuses too)
            sub.addItem(ui.getTranslation("password.change"), e -> new ChangePasswordDialog(users).open());
        }
        sub.addItem(ui.getTranslation("token.menu"), e -> UiNavigation.to(UserNavigation.tokens()));
        sub.addItem(ui.getTranslation("nav.logout"), e -> authentication.logout());
        return menu;
    }
}
