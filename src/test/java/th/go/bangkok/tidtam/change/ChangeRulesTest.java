package th.go.bangkok.tidtam.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.notification.NotificationService;
import th.go.bangkok.tidtam.project.Baseline;
import th.go.bangkok.tidtam.project.BaselineVersion;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.project.StaleBaselineException;

/** The rules of change requests: letters, dates, stale requests, one decision, all or nothing, the kept baseline. */
@IntegrationTest
class ChangeRulesTest {

    static final LocalDate LETTER_DATE = LocalDate.of(2026, 1, 11);

    @Autowired
    ChangeService changes;
    @Autowired
    ChangeDecisionService decisions;
    @Autowired
    ChangeFilingService filing;
    @Autowired
    ProjectService projects;
    @Autowired
    ChangeFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    NotificationService notifications;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accounts() {
        fixtures.ensureAccounts();
    }

    static int letters = (int) Math.floorMod(System.nanoTime(), 5000L);

    /** A letter number of its own for each approval in this class. */
    static String nextLetter() {
        return "กท 5202/" + (10000 + letters++);
    }

    void approve(long id, String letter, LocalDate date) {
        users.as(TestUsers.HEAD, () -> decisions.approve(id, letter, date, changes.get(id).version()));
    }

    static int communities(Baseline baseline) {
        return baseline.quantityTargets().stream().filter(t -> t.unit().equals("ชุมชน")).findFirst().orElseThrow()
                .quantity().intValue();
    }

    @Test
    void approving_applies_the_proposed_values_and_keeps_the_original_and_every_approved_version() {
        var code = fixtures.runningProject();
        var first = fixtures.submitted(code, 12);
        long headUnreadBefore = users.as(TestUsers.HEAD, () -> notifications.unreadCount());
        assertThat(headUnreadBefore).as("the head was told of the new request").isPositive();
        long officerUnread = users.as(TestUsers.OFFICER, () -> notifications.unreadCount());
        approve(first, "กท5202/" + (20000 + letters++), LETTER_DATE);
        assertThat(users.as(TestUsers.OFFICER, () -> notifications.unreadCount())).isEqualTo(officerUnread + 1);
        assertThat(users.as(TestUsers.OFFICER, () -> notifications.mine()).getFirst().messageKey())
                .isEqualTo("notification.change.approved");
        var second = fixtures.submitted(code, 11);
        approve(second, nextLetter(), LETTER_DATE.plusDays(30));

        var versions = users.as(TestUsers.COORDINATOR, () -> projects.versions(code));
        assertThat(versions).extracting(BaselineVersion::number).containsExactly(0, 1, 2);
        assertThat(versions).extracting(v -> communities(v.baseline())).containsExactly(14, 12, 11);
        assertThat(versions.get(1).letterNo()).startsWith("กท 5202/");
        assertThat(versions.get(1).letterDate()).isEqualTo(LETTER_DATE);
        assertThat(versions.get(1).changeRequestId()).isEqualTo(first);
        assertThat(communities(users.as(TestUsers.OFFICER, () -> projects.baseline(code)))).isEqualTo(11);
        assertThat(users.as(TestUsers.OFFICER, () -> changes.get(first))).satisfies(r -> {
            assertThat(r.status()).isEqualTo(ChangeStatus.APPROVED);
            assertThat(r.requestedBy()).as("people by name, never by username").isEqualTo("นางสาวสมศรี ใจดี");
            assertThat(r.decidedBy()).isEqualTo("นายประเสริฐ มั่นคง");
        });
        assertThat(users.as(TestUsers.HEAD, () -> projects.history(code)))
                .anySatisfy(e -> assertThat(e.getEntityType()).isEqualTo("ChangeRequest"))
                .anySatisfy(e -> assertThat(e.getEntityType()).isEqualTo("Project"));
    }

    @Test
    void a_letter_number_is_used_once_a_year_whatever_its_spelling_and_the_message_names_the_request() {
        var code = fixtures.runningProject();
        var first = fixtures.submitted(code, 12);
        int n = 30000 + letters++;
        approve(first, "กท 5202/" + n, LETTER_DATE);
        var other = fixtures.runningProject();
        var second = fixtures.submitted(other, 13);
        var thaiDigits = th.go.bangkok.tidtam.base.ThaiDates.toThaiDigits("กท5202 / " + n);
        assertThatThrownBy(() -> approve(second, thaiDigits, LETTER_DATE.plusDays(3)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("change.letter.used");
                    assertThat(e.arguments()).containsExactly("กท 5202/" + n, 2569, code + " #" + first);
                });
        assertThat(users.as(TestUsers.OFFICER, () -> changes.get(second)).status()).isEqualTo(ChangeStatus.SUBMITTED);
        approve(second, "กท 5202/" + n, LocalDate.of(2025, 12, 20));
        assertThat(users.as(TestUsers.OFFICER, () -> changes.get(second)).letterNo())
                .as("the same number in the year before is another letter").isEqualTo("กท 5202/" + n);
    }

    @Test
    void a_letter_dated_in_the_future_or_before_the_project_started_or_badly_numbered_is_refused() {
        var code = fixtures.runningProject();
        var id = fixtures.submitted(code, 12);
        var tomorrow = LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")).plusDays(1);
        assertThatThrownBy(() -> approve(id, nextLetter(), tomorrow)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("change.letter.future"));
        assertThatThrownBy(() -> approve(id, nextLetter(), LocalDate.of(2025, 9, 30)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("change.letter.beforeStart"));
        assertThatThrownBy(() -> approve(id, "หนังสือด่วน", LETTER_DATE)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("change.letter.format"));
        assertThat(users.as(TestUsers.OFFICER, () -> changes.get(id)).status()).isEqualTo(ChangeStatus.SUBMITTED);
        assertThat(communities(users.as(TestUsers.OFFICER, () -> projects.baseline(code)))).isEqualTo(14);
    }

    @Test
    void a_request_whose_fields_changed_after_it_was_submitted_is_refused_showing_what_changed() {
        var code = fixtures.runningProject();
        var older = fixtures.submitted(code, 12);
        var newer = fixtures.submitted(code, 10);
        approve(newer, nextLetter(), LETTER_DATE);
        assertThatThrownBy(() -> approve(older, nextLetter(), LETTER_DATE))
                .isInstanceOfSatisfying(StaleBaselineException.class, e -> {
                    assertThat(e.moved()).singleElement().satisfies(m -> {
                        assertThat(m.field()).isEqualTo(Baseline.Field.QUANTITY_TARGETS);
                        assertThat(m.then()).contains("14 ชุมชน");
                        assertThat(m.now()).contains("10 ชุมชน");
                    });
                });
        assertThat(users.as(TestUsers.OFFICER, () -> changes.get(older)).status()).isEqualTo(ChangeStatus.SUBMITTED);
        assertThat(communities(users.as(TestUsers.OFFICER, () -> projects.baseline(code)))).isEqualTo(10);
        users.as(TestUsers.HEAD, () -> decisions.returnForRevision(older, "ปรับตามค่าปัจจุบัน", changes.get(older).version()));
        users.as(TestUsers.OFFICER, () -> {
            var request = changes.get(older);
            filing.update(older, new ChangeRequestData(ChangeKind.TARGETS, request.reason(), null,
                    ChangeFixtures.withCommunities(projects.baseline(code), 9), request.version()), List.of());
            filing.submit(older);
        });
        approve(older, nextLetter(), LETTER_DATE);
        assertThat(communities(users.as(TestUsers.OFFICER, () -> projects.baseline(code)))).isEqualTo(9);
    }

    @Test
    void a_failure_while_applying_leaves_neither_a_decision_nor_a_half_changed_project() {
        var code = fixtures.runningProject();
        var id = fixtures.submitted(code, 12);
        // the proposed budget no DECIMAL(15,2) column can hold: the project's update fails inside the approval
        var proposed = jdbc.queryForObject("select proposed_content from change_request where id = ?", String.class, id);
        jdbc.update("update change_request set proposed_content = ? where id = ?",
                proposed.replaceFirst("\"budget\":[0-9.]+", "\"budget\":99999999999999999.00"), id);
        long versionsBefore = users.as(TestUsers.OFFICER, () -> projects.versions(code)).size();
        long officerUnread = users.as(TestUsers.OFFICER, () -> notifications.unreadCount());
        assertThatThrownBy(() -> approve(id, nextLetter(), LETTER_DATE)).isInstanceOf(RuntimeException.class)
                .isNotInstanceOf(BusinessRuleException.class);
        var after = users.as(TestUsers.OFFICER, () -> changes.get(id));
        assertThat(after.status()).isEqualTo(ChangeStatus.SUBMITTED);
        assertThat(after.letterNo()).isNull();
        assertThat(after.decidedBy()).isNull();
        var baseline = users.as(TestUsers.OFFICER, () -> projects.baseline(code));
        assertThat(baseline.budget()).isEqualByComparingTo("824000.00");
        assertThat(communities(baseline)).isEqualTo(14);
        assertThat(users.as(TestUsers.OFFICER, () -> projects.versions(code))).hasSize((int) versionsBefore);
        assertThat(users.as(TestUsers.OFFICER, () -> notifications.unreadCount())).isEqualTo(officerUnread);
    }

    @Test
    void two_heads_approving_at_once_make_one_decision_and_the_other_is_told() throws Exception {
        var code = fixtures.runningProject();
        var id = fixtures.submitted(code, 12);
        long version = users.as(TestUsers.HEAD, () -> changes.get(id)).version();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        var results = new ArrayList<Future<String>>();
        for (var head : List.of(TestUsers.HEAD, ChangeFixtures.HEAD_SAME_OFFICE)) {
            var letter = nextLetter();
            results.add(pool.submit(() -> {
                start.await();
                try {
                    users.as(head, () -> decisions.approve(id, letter, LETTER_DATE, version));
                    return "approved";
                } catch (BusinessRuleException e) {
                    return e.messageKey();
                } catch (RuntimeException e) {
                    return e.getClass().getSimpleName();
                }
            }));
        }
        start.countDown();
        var outcomes = new ArrayList<String>();
        for (var result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("approved", "change.alreadyDecided");
        assertThat(users.as(TestUsers.OFFICER, () -> projects.versions(code))).hasSize(2);
        assertThat(communities(users.as(TestUsers.OFFICER, () -> projects.baseline(code)))).isEqualTo(12);
    }

    @Test
    void only_the_requester_edits_and_a_decided_request_can_no_longer_be_withdrawn() {
        var code = fixtures.runningProject();
        var id = fixtures.submitted(code, 12);
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.update(id, new ChangeRequestData(
                ChangeKind.TARGETS, "แก้", null, ChangeFixtures.withCommunities(projects.baseline(code), 13),
                changes.get(id).version()), List.of())))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("change.notEditable"));
        users.as(TestUsers.HEAD, () -> decisions.reject(id, "ไม่มีเหตุผลเพียงพอ", changes.get(id).version()));
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.withdraw(id)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("change.alreadyDecided"));
        assertThat(users.as(TestUsers.OFFICER, () -> notifications.mine()).getFirst().messageKey())
                .isEqualTo("notification.change.rejected");
    }

    @Test
    void saving_and_submitting_is_one_step_so_a_refused_submit_leaves_no_draft_and_no_half_saved_edit() {
        var code = fixtures.runningProject();
        var baseline = users.as(TestUsers.OFFICER, () -> projects.baseline(code));
        var unchanged = new ChangeRequestData(ChangeKind.BUDGET, "ไม่มีอะไรเปลี่ยน", null, baseline, 0);
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.saveAndSubmit(null, code, unchanged,
                List.of())))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("change.nothingProposed"));
        assertThat(users.as(TestUsers.OFFICER, () -> changes.requests(code))).isEmpty();

        var draft = users.as(TestUsers.OFFICER, () -> filing.saveDraft(null, code, unchanged, List.of()));
        var stillUnchanged = new ChangeRequestData(ChangeKind.BUDGET, "แก้เหตุผลแล้วแต่ไม่เปลี่ยนอะไร", null,
                baseline, draft.version());
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.saveAndSubmit(draft.id(), code,
                stillUnchanged, List.of()))).isInstanceOf(BusinessRuleException.class);
        var kept = users.as(TestUsers.OFFICER, () -> changes.get(draft.id()));
        assertThat(kept.reason()).isEqualTo("ไม่มีอะไรเปลี่ยน");
        assertThat(kept.version()).isEqualTo(draft.version());
        assertThat(kept.status()).isEqualTo(ChangeStatus.DRAFT);

        var proposing = new ChangeRequestData(ChangeKind.TARGETS, "ย้ายชุมชน", null,
                ChangeFixtures.withCommunities(baseline, 10), draft.version());
        var sent = users.as(TestUsers.OFFICER, () -> filing.saveAndSubmit(draft.id(), code, proposing, List.of()));
        var submitted = users.as(TestUsers.OFFICER, () -> changes.get(sent.id()));
        assertThat(sent.id()).isEqualTo(draft.id());
        assertThat(submitted.status()).isEqualTo(ChangeStatus.SUBMITTED);
        assertThat(submitted.version()).isEqualTo(sent.version());
    }

    @Test
    void a_request_that_changes_nothing_or_a_method_change_without_a_description_is_refused() {
        var code = fixtures.runningProject();
        var same = users.as(TestUsers.OFFICER, () -> filing.create(code, new ChangeRequestData(ChangeKind.BUDGET,
                "ไม่มีอะไรเปลี่ยน", null, projects.baseline(code), 0), List.of()));
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.submit(same)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("change.nothingProposed"));
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.create(code, new ChangeRequestData(
                ChangeKind.METHOD, "เปลี่ยนวิธี", " ", projects.baseline(code), 0), List.of())))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("change.description.required"));
        var method = users.as(TestUsers.OFFICER, () -> filing.create(code, new ChangeRequestData(ChangeKind.METHOD,
                "สถานการณ์เปลี่ยน", "เปลี่ยนจากการสัมมนาเป็นการประชุมชี้แจง ผู้เข้าร่วม 111 คน",
                projects.baseline(code), 0), List.of()));
        users.as(TestUsers.OFFICER, () -> filing.submit(method));
        approve(method, nextLetter(), LETTER_DATE);
        var versions = users.as(TestUsers.OFFICER, () -> projects.versions(code));
        assertThat(versions).hasSize(2);
        assertThat(versions.getLast().labelKey()).isEqualTo("change.kind.method");
        assertThat(versions.getLast().baseline()).isEqualTo(versions.getFirst().baseline());
    }

    @Test
    void letter_numbers_are_normalised_from_the_ways_people_type_them() {
        assertThat(LetterNumber.normalise("กท 0303/056")).contains("กท 0303/056");
        assertThat(LetterNumber.normalise("กท0303/056")).contains("กท 0303/056");
        assertThat(LetterNumber.normalise("  กท.  ๐๓๐๓ / ๐๕๖ ")).contains("กท 0303/056");
        assertThat(LetterNumber.normalise("กท 5202/1184")).contains("กท 5202/1184");
        assertThat(LetterNumber.normalise("0303/056")).isEmpty();
        assertThat(LetterNumber.normalise("กท 0303-056")).isEmpty();
        assertThat(LetterNumber.normalise(null)).isEmpty();
    }
}
