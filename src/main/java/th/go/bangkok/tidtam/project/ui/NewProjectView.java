package th.go.bangkok.tidtam.project.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.util.List;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.UiErrors;
import th.go.bangkok.tidtam.project.ProjectData;
import th.go.bangkok.tidtam.project.ProjectFilingService;
import th.go.bangkok.tidtam.project.ProjectNavigation;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.strategy.PlanService;
import th.go.bangkok.tidtam.users.UserService;

/** /projects/new: register a project; it starts as a draft that the officer submits when complete. */
@Route("projects/new")
@RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
class NewProjectView extends VerticalLayout implements HasDynamicTitle {

    NewProjectView(ProjectFilingService projects, AgencyService agencyService, PlanService plan,
                   UserService users, Clock clock) {
        addClassName("project-view");
        var all = agencyService.all();
        var mine = projects.registrableAgencies();
        var form = new ProjectForm(mine, AgencyNode.paths(all), plan.all());
        var me = users.me();
        var year = FiscalYear.current(clock);
        Long agencyId = mine.size() == 1 ? mine.getFirst().id() : null;
        form.setData(new ProjectData(agencyId == null ? "" : projects.proposeCode(agencyId), "", year.buddhistYear(),
                year.firstDay(), year.lastDay(), null, agencyId, me.fullName(), me.phone(), null, null, null, List.of(),
                List.of(), List.of(), List.of(), 0), true, true);
        form.agency.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                form.code.setValue(projects.proposeCode(e.getValue().id()));
            }
        });
        form.name.focus();

        var save = new Button(getTranslation("project.saveDraft"), e -> {
            var data = form.write(0);
            if (data.isEmpty()) {
                return;
            }
            try {
                var code = projects.create(data.get());
                Notifications.success(getTranslation("project.created", code));
                UI.getCurrent().navigate(ProjectNavigation.project(code));
            } catch (ConstraintViolationException ex) {
                form.showViolations(ex);
            } catch (RuntimeException ex) {
                form.showProblem(UiErrors.messageFor(ex).orElseThrow(() -> ex));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, com.vaadin.flow.component.KeyModifier.CONTROL);
        var cancel = new Button(getTranslation("action.cancel"), e -> UI.getCurrent().navigate(ProjectNavigation.LIST));
        var actions = new HorizontalLayout(cancel, save);
        actions.addClassName("form-actions");
        add(new H2(getTranslation("projects.new")), form, actions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.new");
    }
}
