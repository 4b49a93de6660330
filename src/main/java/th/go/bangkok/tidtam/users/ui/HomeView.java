package th.go.bangkok.tidtam.users.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;
import th.go.bangkok.tidtam.users.RoleHome;
import th.go.bangkok.tidtam.users.UserService;

/**
 * "/" for every role: who you are and what you can do here. Later issues give each role a home of its own
 * (the coordinator's tracking page, the officer's projects) and this page forwards there.
 */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "HOME")
class HomeView extends VerticalLayout implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    private final String home;

    HomeView(UserService users, java.util.List<RoleHome> homes) {
        addClassName("home-view");
        var me = users.me();
        home = homes.stream().filter(h -> h.role() == me.role()).map(RoleHome::address).findFirst().orElse(null);
        var greeting = new H2(getTranslation("home.greeting", me.fullName()));
        var role = new Paragraph(getTranslation("home.role", getTranslation(me.role().messageKey()),
                me.agencyPath() == null ? getTranslation("home.allAgencies") : me.agencyPath()));
        var can = new UnorderedList();
        for (var line : getTranslation("home.can." + me.role().name().toLowerCase()).split("\\|")) {
            can.add(new ListItem(line));
        }
        var card = new Div(greeting, role, new H2(getTranslation("home.canTitle")), can);
        card.addClassName("card");
        add(card);

        var next = new UnorderedList();
        MenuConfiguration.getMenuEntries().stream().filter(e -> !e.path().isBlank() && !"/".equals(e.path()))
                .forEach(e -> next.add(new ListItem(new com.vaadin.flow.component.html.Anchor(e.path(),
                        getTranslation(e.title())))));
        if (next.getChildren().findAny().isPresent()) {
            var shortcuts = new Div(new H2(getTranslation("home.shortcuts")), next);
            shortcuts.addClassName("card");
            add(shortcuts);
        }
    }

    /** Heads start where their work waits (the requests to approve), coordinators on the tracking dashboard. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        if (home != null) {
            event.forwardTo(home);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
