package th.go.bangkok.tidtam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import th.go.bangkok.tidtam.base.db.ReadModel;
import th.go.bangkok.tidtam.progress.ReportReadModel;
import th.go.bangkok.tidtam.project.ProjectReadModel;

/**
 * What tracking, the indicators, the form and the importer read of projects and reports, held to the schema the
 * changelog builds (issue #20, docs/decisions/0023): a column renamed or dropped there fails here, by name, rather
 * than as four features' broken statements.
 */
@IntegrationTest
class PublishedReadModelsTest {

    static final List<ReadModel> PUBLISHED = List.of(ProjectReadModel.PROJECT, ProjectReadModel.PLAN_LINK,
            ReportReadModel.REPORT);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_published_column_is_a_column_of_its_table() {
        var missing = new ArrayList<String>();
        for (var model : PUBLISHED) {
            var columns = new TreeSet<>(jdbc.queryForList("""
                    select column_name from information_schema.columns
                    where table_schema = database() and table_name = ?
                    """, String.class, model.table()));
            assertThat(columns).as("the table %s", model.table()).isNotEmpty();
            model.columns().forEach((published, column) -> {
                if (!columns.contains(column)) {
                    missing.add("{" + model.alias() + "." + published + "} reads " + model.table() + "." + column);
                }
            });
        }
        assertThat(missing).as("published columns the schema does not have").isEmpty();
    }

    @Test
    void every_published_model_reads_in_one_statement_through_its_alias() {
        for (var model : PUBLISHED) {
            var all = String.join(", ", model.columns().keySet().stream()
                    .map(c -> "{" + model.alias() + "." + c + "}").sorted().toList());
            var sql = ReadModel.sql("select " + all + " from {" + model.name() + "} where 1 = 0", model);
            assertThat(jdbc.queryForList(sql)).as(sql).isEmpty();
        }
    }

    /** The names other features write; changing them is changing what the owner promises them. */
    @Test
    void the_published_names_are_the_ones_the_readers_were_promised() {
        assertThat(Map.of(
                "project", new TreeSet<>(ProjectReadModel.PROJECT.columns().keySet()),
                "project_plan_link", new TreeSet<>(ProjectReadModel.PLAN_LINK.columns().keySet()),
                "progress_report", new TreeSet<>(ReportReadModel.REPORT.columns().keySet())))
                .isEqualTo(Map.of(
                        "project", new TreeSet<>(List.of("id", "code", "name", "fiscal_year", "status", "start_date",
                                "end_date", "budget", "agency_id", "division_id", "office_id", "owner_id",
                                "responsible_name", "responsible_phone", "dimension_ids")),
                        "project_plan_link", new TreeSet<>(List.of("project_id", "plan_node_id")),
                        "progress_report", new TreeSet<>(List.of("project_id", "report_month", "month_seq", "status",
                                "report_date", "progress", "disbursed", "late", "on_plan", "on_target"))));
    }
}
