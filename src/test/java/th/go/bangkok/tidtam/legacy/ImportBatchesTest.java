package th.go.bangkok.tidtam.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.BatchState;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.export.ExportFormat;
import th.go.bangkok.tidtam.project.ProjectService;

/**
 * Many files at once: a ZIP stored file by file in the background, each in its own transaction, with a summary per
 * file (imported, updated, unchanged, failed with the reason) as CSV; an older and a newer export of one project
 * are applied in their order; a cancel leaves the rest untouched; a batch is its owner's.
 */
@IntegrationTest
class ImportBatchesTest {

    @Autowired
    ImportBatches batches;
    @Autowired
    ProjectService projects;
    @Autowired
    TestUsers users;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    th.go.bangkok.tidtam.TestClock clock;

    @Test
    void a_zip_is_stored_file_by_file_and_summarised_with_reasons() throws Exception {
        var bangkokNoi = LegacyFixtures.copy(LegacyFixtures.BANGKOK_NOI);
        var dementia = LegacyFixtures.copy(LegacyFixtures.DEMENTIA);
        // a file that is not a project at all (its code cannot be read) is the one kind refused
        var notAProject = LegacyFixtures.copy(LegacyFixtures.DEMENTIA);
        var broken = notAProject.replace("รหัสโครงการ... : " + notAProject.code(), "รหัสโครงการ... : 10000000-33");
        var files = new LinkedHashMap<String, byte[]>();
        files.put("exports/a.txt", bangkokNoi.bytes());
        files.put("exports/b.txt", dementia.bytes());
        files.put("exports/broken.txt", broken.bytes());
        files.put("../evil.txt", "x".getBytes());
        var entries = LegacyArchive.read("exports.zip", new ByteArrayInputStream(LegacyArchiveTest.zip(files)));
        var items = entries.stream().map(e -> new ImportBatches.Item(e, ImportChoices.NONE)).toList();

        var started = users.as(TestUsers.COORDINATOR, () -> batches.start(items));
        assertThat(started.total()).isEqualTo(4);
        var done = await(TestUsers.COORDINATOR, started.id(), BatchState.DONE);
        assertThat(done.done()).isEqualTo(4);
        assertThat(done.outcomes()).extracting(ImportOutcome::fileName, ImportOutcome::projectCode,
                ImportOutcome::result).containsExactly(
                tuple("exports/a.txt", bangkokNoi.code(), ImportOutcome.Result.IMPORTED),
                tuple("exports/b.txt", dementia.code(), ImportOutcome.Result.IMPORTED),
                tuple("exports/broken.txt", null, ImportOutcome.Result.FAILED),
                tuple("../evil.txt", null, ImportOutcome.Result.FAILED));
        assertThat(done.outcomes().get(2).reason()).isEqualTo("นำเข้า exports/broken.txt ไม่ได้: บรรทัด 11: รหัสโครงการ \"10000000-33\" ไม่ใช่รูปแบบ 12345678-1234");
        assertThat(done.outcomes().get(3).reason()).isEqualTo("ชื่อไฟล์ในไฟล์ ZIP ชี้ออกนอกโฟลเดอร์ จึงไม่รับ");
        assertThat(users.as(TestUsers.COORDINATOR, () -> projects.get(dementia.code())).name())
                .isEqualTo("โครงการตรวจคัดกรองภาวะสมองเสื่อมในผู้สูงอายุเชิงรุก");
        assertThatThrownBy(() -> users.as(TestUsers.COORDINATOR, () -> projects.get(broken.code())))
                .isInstanceOf(NotFoundException.class);

        var csv = new ByteArrayOutputStream();
        users.as(TestUsers.COORDINATOR, () -> batches.summary(started.id(), ExportFormat.CSV, ThaiDates.THAI, csv));
        var lines = new String(csv.toByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFไฟล์,รหัสโครงการ,ผล,คำเตือน,เหตุผล");
        assertThat(lines).anyMatch(l -> l.startsWith("exports/b.txt," + dementia.code() + ",นำเข้าแล้ว,"))
                .anyMatch(l -> l.startsWith("../evil.txt,,ไม่สำเร็จ,,ชื่อไฟล์ในไฟล์ ZIP"));

        var again = users.as(TestUsers.COORDINATOR, () -> batches.run(items.subList(0, 2)));
        assertThat(again).extracting(ImportOutcome::result).containsOnly(ImportOutcome.Result.UNCHANGED);
    }

    @Test
    void an_older_and_a_newer_export_of_one_project_in_one_batch_are_applied_in_their_order() throws Exception {
        var items = new ArrayList<ImportBatches.Item>();
        var expected = new ArrayList<ImportOutcome.Result>();
        for (int i = 0; i < 6; i++) {
            var full = LegacyFixtures.copy(LegacyFixtures.DEMENTIA);
            var report3 = full.text().lines().filter(l -> l.startsWith("รายงานครั้งที่3")).findFirst().orElseThrow();
            items.add(new ImportBatches.Item(new LegacyArchive.Entry(full.code() + "-old.txt",
                    full.replace(report3 + "\n", "").bytes(), null), ImportChoices.NONE));
            items.add(new ImportBatches.Item(new LegacyArchive.Entry(full.code() + "-new.txt", full.bytes(), null),
                    ImportChoices.NONE));
            expected.add(ImportOutcome.Result.IMPORTED);
            expected.add(ImportOutcome.Result.UPDATED);
        }
        var outcomes = users.as(TestUsers.COORDINATOR, () -> batches.run(items));
        assertThat(outcomes).extracting(ImportOutcome::result).containsExactlyElementsOf(expected);
    }

    @Test
    void a_cancel_stops_after_the_file_in_hand_and_leaves_the_rest_untouched() throws Exception {
        var copies = new ArrayList<LegacyFixtures.Copy>();
        var items = new ArrayList<ImportBatches.Item>();
        for (int i = 0; i < 40; i++) {
            var copy = LegacyFixtures.copy(LegacyFixtures.DEMENTIA);
            copies.add(copy);
            items.add(new ImportBatches.Item(new LegacyArchive.Entry(copy.code() + ".txt", copy.bytes(), null),
                    ImportChoices.NONE));
        }
        var started = users.as(TestUsers.ADMIN, () -> batches.start(items));
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> batches.start(items)))
                .as("one batch at a time").hasMessageContaining("legacy.batch.running");
        users.as(TestUsers.ADMIN, () -> batches.cancel(started.id()));
        var status = await(TestUsers.ADMIN, started.id(), BatchState.CANCELLED);
        assertThat(status.done()).isLessThan(40).isEqualTo(status.outcomes().size());
        var stored = status.outcomes().stream().map(ImportOutcome::fileName).toList();
        for (var copy : copies) {
            if (stored.contains(copy.code() + ".txt")) {
                assertThat(users.as(TestUsers.ADMIN, () -> projects.get(copy.code())).code()).isEqualTo(copy.code());
            } else {
                assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> projects.get(copy.code())))
                        .as("%s was not imported", copy.code()).isInstanceOf(NotFoundException.class);
            }
        }
    }

    @Test
    void signing_out_of_the_session_that_started_a_batch_does_not_stop_it() throws Exception {
        var items = new ArrayList<ImportBatches.Item>();
        var codes = new ArrayList<String>();
        for (int i = 0; i < 4; i++) {
            var copy = LegacyFixtures.copy(LegacyFixtures.DEMENTIA);
            codes.add(copy.code());
            items.add(new ImportBatches.Item(new LegacyArchive.Entry(copy.code() + ".txt", copy.bytes(), null),
                    ImportChoices.NONE));
        }
        var started = users.as(TestUsers.COORDINATOR, () -> {
            var status = batches.start(items);
            // what the logout handler does to the session's context
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(null);
            return status;
        });
        var done = await(TestUsers.COORDINATOR, started.id(), BatchState.DONE);
        assertThat(done.outcomes()).extracting(ImportOutcome::result).containsOnly(ImportOutcome.Result.IMPORTED)
                .hasSize(4);
        assertThat(users.as(TestUsers.COORDINATOR, () -> projects.get(codes.getLast())).code()).isEqualTo(codes.getLast());
    }

    @Test
    void a_batch_is_its_owners_and_heads_and_nobody_start_none() throws Exception {
        var copy = LegacyFixtures.copy(LegacyFixtures.DEMENTIA);
        var items = List.of(new ImportBatches.Item(new LegacyArchive.Entry("x.txt", copy.bytes(), null),
                ImportChoices.NONE));
        assertThatThrownBy(() -> users.as(TestUsers.HEAD, () -> batches.start(items)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> batches.start(items)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> users.as(TestUsers.COORDINATOR, () -> batches.start(List.of())))
                .hasMessageContaining("legacy.batch.empty");
        var mine = users.as(TestUsers.OFFICER, () -> batches.start(items));
        var outcome = await(TestUsers.OFFICER, mine.id(), BatchState.DONE).outcomes().getFirst();
        assertThat(outcome.result()).as("an officer of another unit").isEqualTo(ImportOutcome.Result.FAILED);
        assertThat(outcome.reason()).isEqualTo("คุณไม่มีสิทธิ์นำเข้าไฟล์ของหน่วยงานนี้");
        assertThatThrownBy(() -> users.as(TestUsers.COORDINATOR, () -> batches.status(mine.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(TestUsers.COORDINATOR, () -> batches.cancel(mine.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_batch_whose_node_stopped_shows_as_failed_with_its_outcomes_so_far_and_its_owner_may_start_another() throws Exception {
        // the officer's batch, stored by a node that stopped ten minutes ago (no heartbeat since) after one file
        long tenMinutesAgo = clock.millis() - java.time.Duration.ofMinutes(10).toMillis();
        var orphan = java.util.UUID.randomUUID().toString();
        jdbc.update("REPLACE INTO import_batch (username, id, node, state, done, total, started_at, updated_at) "
                + "VALUES (?, ?, 'stopped-node', 'RUNNING', 1, 3, ?, ?)", TestUsers.OFFICER, orphan, tenMinutesAgo,
                tenMinutesAgo);
        jdbc.update("INSERT INTO import_batch_outcome (batch_id, position, file_name, project_code, result, warnings) "
                + "VALUES (?, 0, 'first.txt', NULL, 'FAILED', '[]')", orphan);
        var status = users.as(TestUsers.OFFICER, () -> batches.status(orphan));
        assertThat(status.state()).isEqualTo(BatchState.FAILED);
        assertThat(status.outcomes()).extracting(ImportOutcome::fileName).containsExactly("first.txt");
        assertThat(users.as(TestUsers.OFFICER, () -> batches.running())).isEmpty();

        var copy = LegacyFixtures.copy(LegacyFixtures.DEMENTIA);
        var next = users.as(TestUsers.OFFICER, () -> batches.start(List.of(new ImportBatches.Item(
                new LegacyArchive.Entry("x.txt", copy.bytes(), null), ImportChoices.NONE))));
        assertThat(next.state()).isEqualTo(BatchState.RUNNING);
        await(TestUsers.OFFICER, next.id(), BatchState.DONE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_batch_outcome WHERE batch_id = ?", Integer.class,
                orphan)).as("the replaced batch's outcomes are gone").isZero();
    }

    private ImportBatches.Status await(String user, String id, BatchState wanted) {
        return th.go.bangkok.tidtam.BatchWait.until(() -> users.as(user, () -> batches.status(id)),
                ImportBatches.Status::state, wanted, java.time.Duration.ofMinutes(2));
    }
}
