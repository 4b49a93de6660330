package th.go.bangkok.tidtam.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.BuddhistDatePicker;
import th.go.bangkok.tidtam.base.ui.Confirmations;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.users.AccessTokenService;
import th.go.bangkok.tidtam.users.AccessTokenView;
import th.go.bangkok.tidtam.users.UserNavigation;

/**
 * /tokens: the signed-in user's personal access tokens for the read API: create one (its secret is shown once),
 * see when each was last used, revoke one. docs/decisions/0028-read-api-and-tokens.md
 */
@Route(UserNavigation.TOKENS)
@PermitAll
class AccessTokensView extends VerticalLayout implements HasDynamicTitle {

    private static final int DEFAULT_DAYS = 90;

    private final AccessTokenService tokens;
    private final Clock clock;
    private final Grid<AccessTokenView> grid = new Grid<>();
    private final Div secret = new Div();

    AccessTokensView(AccessTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        addClassName("access-tokens-view");

        var today = LocalDate.ofInstant(clock.instant(), ThaiDates.ZONE);
        var name = new TextField(getTranslation("token.name"));
        name.setMaxLength(AccessTokenService.NAME_MAX);
        name.setPlaceholder(getTranslation("token.name.placeholder"));
        name.addClassName("token-name");
        var expires = new BuddhistDatePicker(getTranslation("token.expires"));
        expires.setMin(today.plusDays(1));
        expires.setMax(today.plusDays(AccessTokenService.MAX_DAYS));
        expires.setValue(today.plusDays(DEFAULT_DAYS));
        expires.addClassName("token-expires");
        var create = new Button(getTranslation("token.create"), e -> UiActions.attempt(() -> {
            var created = tokens.create(name.getValue(), expires.getValue());
            name.clear();
            showSecret(created.secret());
            refresh();
        }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("token-create");
        var form = new HorizontalLayout(name, expires, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");

        secret.addClassName("token-secret");
        secret.setWidthFull();
        secret.setVisible(false);

        grid.addColumn(AccessTokenView::name).setHeader(getTranslation("token.name")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(t -> t.prefix() + "…").setHeader(getTranslation("token.prefix")).setAutoWidth(true);
        grid.addColumn(t -> ThaiDates.formatDateTime(t.createdAt())).setHeader(getTranslation("token.created"))
                .setAutoWidth(true);
        // a token runs to the end of the day its owner picked: show that day, not the next midnight
        grid.addColumn(t -> ThaiDates.formatShort(LocalDate.ofInstant(t.expiresAt().minusSeconds(1), ThaiDates.ZONE)))
                .setHeader(getTranslation("token.validUntil")).setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("token.neverUsed")
                : ThaiDates.formatDateTime(t.lastUsedAt())).setHeader(getTranslation("token.lastUsed"))
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.revokedAt() != null ? "token.status.revoked"
                : t.activeAt(clock.instant()) ? "token.status.active" : "token.status.expired"))
                .setHeader(getTranslation("token.status")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("token.empty"));
        grid.setAllRowsVisible(true);

        add(new H2(getTranslation("token.title")), new Paragraph(getTranslation("token.intro")), form, secret, grid);
        refresh();
    }

    private Button revokeButton(AccessTokenView token) {
        var revoke = new Button(getTranslation("token.revoke"), e -> Confirmations.ask(getTranslation("token.revoke"),
                getTranslation("token.revoke.confirm", token.name()), getTranslation("token.revoke"), true,
                () -> UiActions.attempt(() -> {
                    tokens.revoke(token.id());
                    refresh();
                })));
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        revoke.addClassName("token-revoke");
        revoke.setEnabled(token.activeAt(clock.instant()));
        return revoke;
    }

    private void showSecret(String value) {
        var field = new TextField(getTranslation("token.secret"));
        field.setValue(value);
        field.setReadOnly(true);
        field.setWidth("min(100%, 42em)");
        field.addClassName("token-secret-value");
        secret.removeAll();
        secret.add(field, new Paragraph(getTranslation("token.secret.once")));
        secret.setVisible(true);
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("token.title");
    }
}
