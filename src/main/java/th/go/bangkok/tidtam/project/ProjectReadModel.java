package th.go.bangkok.tidtam.project;

import th.go.bangkok.tidtam.base.db.ReadModel;

/**
 * What other features may read of the project tables in their own SQL (tracking's dashboard and digest, the
 * indicators, the form's verification, the importer), named once: {@code {project}} / {@code {p.column}} and
 * {@code {project_plan_link}} / {@code {l.column}}, and the statuses they filter on. A column renamed in the
 * changelog is renamed here and nowhere else; {@code PublishedReadModelsTest} holds every column to the schema
 * (docs/decisions/0023).
 */
public final class ProjectReadModel {

    public static final ReadModel PROJECT = ReadModel.of("project", "p",
            "id", "code", "name", "fiscal_year", "status", "start_date", "end_date", "budget",
            // the project's own unit, its division and its office
            "agency_id", "division_id", "office_id",
            // the officer who registered it
            "owner_id", "responsible_name", "responsible_phone",
            // the plan dimensions it serves, as ",3,7," (see Project)
            "dimension_ids");

    /** A project's links to the nodes of the 20-year plan. */
    public static final ReadModel PLAN_LINK = ReadModel.of("project_plan_link", "l",
            "project_id", "plan_node_id");

    /** Running (ดำเนินการ); spaced, like every fragment here, to be put between two others. */
    public static final String RUNNING = " " + PROJECT.column("status") + " = '" + ProjectStatus.ACTIVE.name() + "' ";
    /** Registered: a draft is not a project yet. */
    public static final String NOT_DRAFT = " " + PROJECT.column("status") + " <> '" + ProjectStatus.DRAFT.name() + "' ";

    private ProjectReadModel() {
    }
}
