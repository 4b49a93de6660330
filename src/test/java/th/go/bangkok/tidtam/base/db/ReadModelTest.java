package th.go.bangkok.tidtam.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadModelTest {

    static final ReadModel PROJECT = ReadModel.of("project", "p", "id", "code");
    static final ReadModel REPORT = ReadModel.of("progress_report", "r", "project_id", "disbursed");

    @Test
    void a_statement_gets_the_tables_with_their_aliases_and_the_published_columns() {
        assertThat(ReadModel.sql("select {p.code}, sum({r.disbursed}) from {project} join {progress_report}"
                + " on {r.project_id} = {p.id} group by {p.code}", PROJECT, REPORT))
                .isEqualTo("select p.code, sum(r.disbursed) from project p join progress_report r"
                        + " on r.project_id = p.id group by p.code");
    }

    @Test
    void a_renamed_column_is_still_read_under_its_published_name() {
        var renamed = new ReadModel("project", "project", "p", Map.of("budget", "budget_total"));
        assertThat(ReadModel.sql("select sum({p.budget}) from {project}", renamed))
                .isEqualTo("select sum(p.budget_total) from project p");
    }

    @Test
    void a_column_the_owner_does_not_publish_fails_when_the_statement_is_built() {
        assertThatThrownBy(() -> ReadModel.sql("select {p.rationale} from {project}", PROJECT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rationale");
        assertThatThrownBy(() -> ReadModel.sql("select 1 from {project_baseline}", PROJECT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("project_baseline");
    }
}
