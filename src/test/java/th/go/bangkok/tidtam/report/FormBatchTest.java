package th.go.bangkok.tidtam.report;

import th.go.bangkok.tidtam.base.BatchState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.project.ProjectFilter;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectFilingService;

/**
 * พิมพ์ทั้งหมด: 200 listed projects give a ZIP of 200 PDFs named by code; a cancel stops a batch; a second batch
 * of the same user is refused while the first runs (on any node: the batch is a row); one whose node stopped shows as
 * failed; a batch is its owner's alone and holds only what they may see.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormBatchTest {

    @Autowired
    FormBatches batches;
    @Autowired
    ProjectFilingService filing;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    th.go.bangkok.tidtam.TestClock clock;

    String tag;
    List<String> codes = new ArrayList<>();

    @BeforeAll
    void twoHundredProjects() {
        tag = "ชุดพิมพ์" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        users.as(TestUsers.OFFICER, () -> {
            for (int i = 0; i < 200; i++) {
                codes.add(filing.create(fixtures.valid("โครงการ" + tag + " ลำดับ " + i)));
            }
        });
    }

    ProjectFilter listed() {
        return new ProjectFilter(null, null, null, null, null, tag);
    }

    @Test
    void two_hundred_listed_projects_give_a_zip_of_two_hundred_forms_named_by_code() throws Exception {
        var started = users.as(TestUsers.OFFICER, () -> batches.start(listed()));
        assertThat(started.total()).isEqualTo(200);
        var done = await(TestUsers.OFFICER, started.id(), BatchState.DONE);
        assertThat(done.done()).isEqualTo(200);
        var names = new HashSet<String>();
        try (var zip = new ZipInputStream(users.as(TestUsers.OFFICER, () -> batches.download(started.id())))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                var head = zip.readNBytes(5);
                assertThat(new String(head)).isEqualTo("%PDF-");
                names.add(entry.getName());
            }
        }
        assertThat(names).hasSize(200).containsExactlyInAnyOrderElementsOf(codes.stream().map(c -> c + ".pdf").toList());
    }

    @Test
    void a_second_batch_is_refused_while_the_first_runs_and_a_cancel_stops_it() {
        var first = users.as(TestUsers.OFFICER, () -> batches.start(listed()));
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> batches.start(listed())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("form.batch.running");
        assertThatThrownBy(() -> users.as(TestUsers.HEAD, () -> batches.status(first.id())))
                .as("someone else's batch is not found").isInstanceOf(NotFoundException.class);
        var cancelled = users.as(TestUsers.OFFICER, () -> batches.cancel(first.id()));
        assertThat(cancelled.state()).isEqualTo(BatchState.CANCELLED);
        var after = await(TestUsers.OFFICER, first.id(), BatchState.CANCELLED);
        assertThat(after.done()).isLessThan(200);
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> batches.download(first.id())))
                .isInstanceOf(BusinessRuleException.class);
        var next = users.as(TestUsers.OFFICER, () -> batches.start(listed()));
        assertThat(next.state()).as("after a cancel a new batch may start").isEqualTo(BatchState.RUNNING);
        users.as(TestUsers.OFFICER, () -> batches.cancel(next.id()));
    }

    @Test
    void a_batch_whose_node_stopped_shows_as_failed_and_its_owner_may_start_another() {
        // the officer's batch, printed by a node that stopped ten minutes ago (no heartbeat since)
        long tenMinutesAgo = clock.millis() - Duration.ofMinutes(10).toMillis();
        jdbc.update("REPLACE INTO form_batch (username, id, node, state, done, total, zip_parts, started_at, updated_at) "
                + "VALUES (?, 'batch-of-a-stopped-node', 'stopped-node', 'RUNNING', 3, 200, 0, ?, ?)",
                TestUsers.OFFICER, tenMinutesAgo, tenMinutesAgo);
        var orphan = users.as(TestUsers.OFFICER, () -> batches.status("batch-of-a-stopped-node"));
        assertThat(orphan.state()).isEqualTo(BatchState.FAILED);
        assertThat(users.as(TestUsers.OFFICER, () -> batches.running())).isEmpty();
        var next = users.as(TestUsers.OFFICER, () -> batches.start(listed()));
        assertThat(next.state()).isEqualTo(BatchState.RUNNING);
        assertThat(users.as(TestUsers.OFFICER, () -> batches.running())).map(BatchStatus::id).contains(next.id());
        users.as(TestUsers.OFFICER, () -> batches.cancel(next.id()));
    }

    @Test
    void a_batch_holds_only_what_its_owner_may_see() {
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER_OTHER_OFFICE, () -> batches.start(listed())))
                .as("another office's officer lists none of these").isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("form.batch.empty");
        assertThatThrownBy(() -> batches.start(listed()))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private BatchStatus await(String user, String id, BatchState wanted) {
        return th.go.bangkok.tidtam.BatchWait.until(() -> users.as(user, () -> batches.status(id)), BatchStatus::state,
                wanted, Duration.ofMinutes(3));
    }
}
