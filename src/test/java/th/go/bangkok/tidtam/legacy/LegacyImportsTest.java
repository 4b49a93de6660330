package th.go.bangkok.tidtam.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.base.Baht;
import th.go.bangkok.tidtam.base.ImportScope;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.change.ChangeImportService;
import th.go.bangkok.tidtam.change.ChangeService;
import th.go.bangkok.tidtam.change.ChangeStatus;
import th.go.bangkok.tidtam.progress.HistoricalReport;
import th.go.bangkok.tidtam.progress.ProgressReportData;
import th.go.bangkok.tidtam.progress.ProgressService;
import th.go.bangkok.tidtam.progress.ReportImportService;
import th.go.bangkok.tidtam.progress.ReportView;
import th.go.bangkok.tidtam.project.ProjectFilter;
import th.go.bangkok.tidtam.project.ProjectImportService;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.project.ProjectStatus;
import th.go.bangkok.tidtam.report.FormFixtures;
import th.go.bangkok.tidtam.report.FormService;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanService;

/**
 * Importing exports against the demo trees: the agency found by its name path (or mapped, or added by an
 * administrator), the plan goal by its code, the project stored with its reports frozen and its approvals, the same
 * file unchanged, a newer export shown and applied, a project registered here never overwritten, and who may
 * import which file.
 */
@IntegrationTest
class LegacyImportsTest {

    @Autowired
    th.go.bangkok.tidtam.StatementCounter counter;

    private static final String REHABILITATION = "สำนักการแพทย์ / โรงพยาบาลผู้สูงอายุบางขุนเทียน / กลุ่มงานเวชกรรมฟื้นฟู";
    private static final String CLEANING = "สำนักงานเขตบางกอกน้อย / ฝ่ายรักษาความสะอาดและสวนสาธารณะ / งานรักษาความสะอาด";

    @Autowired
    LegacyImports imports;
    @Autowired
    AgencyService agencies;
    @Autowired
    PlanService plan;
    @Autowired
    TestUsers users;
    @Autowired
    ProjectService projects;
    @Autowired
    ProjectImportService projectImports;
    @Autowired
    ProgressService progress;
    @Autowired
    ReportImportService reportImports;
    @Autowired
    ChangeService changes;
    @Autowired
    ChangeImportService changeImports;
    @Autowired
    FormService forms;

    @Test
    void the_dementia_export_maps_to_the_rehabilitation_group_and_goal_3_2_1() throws Exception {
        var dementia = LegacyFixtures.copy(LegacyFixtures.DEMENTIA);
        var preview = users.as(TestUsers.COORDINATOR, () -> imports.preview("legacy-report-10000000-3312.txt",
                dementia.bytes()));
        assertThat(preview.hasErrors()).isFalse();
        assertThat(preview.status()).isEqualTo(ImportPreview.Status.NEW);
        assertThat(preview.checksum()).hasSize(64);
        assertThat(preview.agencyId()).isEqualTo(agencyAt(REHABILITATION));
        assertThat(preview.agencyPath()).isEqualTo(REHABILITATION);
        assertThat(preview.planNodeIds()).containsExactly(planNode("3.2.1"));
        assertThat(preview.findings()).extracting(Finding::line, Finding::key)
                .contains(tuple(29, "noPhone"), tuple(57, "planUnknown"))
                .doesNotContain(tuple(0, "codePrefix"));
    }

    @Test
    void an_unknown_agency_is_an_error_until_it_is_mapped_or_an_administrator_adds_it() throws Exception {
        var moved = LegacyFixtures.copy(LegacyFixtures.DEMENTIA).replace("กลุ่มงานเวชกรรมฟื้นฟู", "กลุ่มงานที่ไม่มีอยู่");
        var unknown = users.as(TestUsers.COORDINATOR, () -> imports.preview("x.txt", moved.bytes()));
        assertThat(unknown.findings()).extracting(Finding::key).contains("agencyUnknown");
        assertThat(unknown.hasErrors()).isTrue();
        var notAnAdmin = users.as(TestUsers.COORDINATOR, () -> imports.preview("x.txt", moved.bytes(),
                new ImportChoices(null, true, null)));
        assertThat(notAnAdmin.findings()).as("only administrators add agencies").extracting(Finding::key)
                .contains("agencyUnknown");

        var group = agencyAt(REHABILITATION);
        var mapped = users.as(TestUsers.COORDINATOR, () -> imports.store("x.txt", moved.bytes(),
                new ImportChoices(group, false, null)));
        assertThat(mapped.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        assertThat(mapped.warnings()).extracting(Finding::key).contains("agencyMapped");
        assertThat(users.as(TestUsers.ADMIN, () -> projects.get(moved.code())).agencyPath()).isEqualTo(REHABILITATION);

        var another = LegacyFixtures.copy(LegacyFixtures.DEMENTIA).replace("กลุ่มงานเวชกรรมฟื้นฟู",
                "กลุ่มงานใหม่ " + moved.code());
        var preview = users.as(TestUsers.ADMIN, () -> imports.preview("y.txt", another.bytes(),
                new ImportChoices(null, true, null)));
        assertThat(preview.agenciesToAdd()).containsExactly("กลุ่มงานใหม่ " + moved.code());
        assertThat(preview.hasErrors()).isFalse();
        var added = users.as(TestUsers.ADMIN, () -> imports.store("y.txt", another.bytes(),
                new ImportChoices(null, true, null)));
        assertThat(added.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        assertThat(users.as(TestUsers.ADMIN, () -> projects.get(another.code())).agencyPath())
                .isEqualTo("สำนักการแพทย์ / โรงพยาบาลผู้สูงอายุบางขุนเทียน / กลุ่มงานใหม่ " + moved.code());
    }

    @Test
    void a_plan_item_can_be_chosen_when_the_file_names_none_of_ours_and_the_project_is_then_active() throws Exception {
        var bangkokNoi = LegacyFixtures.copy(LegacyFixtures.BANGKOK_NOI);
        var plain = users.as(TestUsers.ADMIN, () -> imports.preview("a.txt", bangkokNoi.bytes()));
        assertThat(plain.planNodeIds()).isEmpty();
        var goal = planNode("3.2.1");
        var chosen = users.as(TestUsers.ADMIN, () -> imports.store("a.txt", bangkokNoi.bytes(),
                new ImportChoices(null, false, goal)));
        assertThat(chosen.warnings()).extracting(Finding::key).contains("planMapped").doesNotContain("staysDraft");
        assertThat(users.as(TestUsers.ADMIN, () -> projects.get(bangkokNoi.code())).status())
                .isEqualTo(ProjectStatus.ACTIVE);
        var dimension = users.as(TestUsers.ADMIN, () -> plan.all()).stream()
                .filter(n -> n.level() == PlanLevel.DIMENSION).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> imports.preview("a.txt", bangkokNoi.bytes(),
                new ImportChoices(null, false, dimension)))).hasMessageContaining("legacy.planChoice");
    }

    @Test
    void a_foreign_code_prefix_and_two_reports_in_a_month_are_warnings_and_a_big_file_refused() throws Exception {
        var foreign = LegacyFixtures.text(LegacyFixtures.DEMENTIA).replace("10000000-3312", "50200000-3312");
        var prefix = users.as(TestUsers.ADMIN, () -> imports.preview("y.txt", foreign.getBytes()));
        assertThat(prefix.findings()).extracting(Finding::key).contains("codePrefix");
        var sameMonth = LegacyFixtures.copy(LegacyFixtures.DEMENTIA).replace("19/12/2565", "30/11/2565");
        var twice = users.as(TestUsers.ADMIN, () -> imports.preview("z.txt", sameMonth.bytes()));
        assertThat(twice.hasErrors()).isFalse();
        assertThat(twice.findings()).extracting(Finding::line, Finding::key).contains(tuple(63, "sameMonth"));
        assertThat(twice.findings().stream().filter(f -> f.key().equals("sameMonth")).findFirst().orElseThrow()
                .text(ThaiDates.THAI)).isEqualTo("บรรทัด 63: รายงานครั้งที่ 3 อยู่ในเดือนพฤศจิกายน 2565เดียวกับรายงานครั้งที่ 2"
                + " เก็บไว้ทั้งสองรายงานตามที่ยื่น (รายงานที่ยื่นในระบบนี้ยังเป็นเดือนละครั้ง)");
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> imports.preview("big.txt",
                new byte[LegacyImports.MAX_FILE_BYTES + 1]))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("legacy.tooLarge");
    }

    @Test
    void storing_makes_the_project_with_its_reports_frozen_and_its_approval_and_it_prints_as_the_original() throws Exception {
        var bangkokNoi = LegacyFixtures.copy(LegacyFixtures.BANGKOK_NOI);
        var outcome = users.as(TestUsers.OFFICER_OTHER_OFFICE, () -> imports.store("legacy-report-50200000-0157.txt",
                bangkokNoi.bytes()));
        assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        assertThat(outcome.warnings()).extracting(Finding::key).contains("staysDraft", "noProgress");
        var code = bangkokNoi.code();
        var project = users.as(TestUsers.OFFICER_OTHER_OFFICE, () -> projects.get(code));
        assertThat(project.agencyPath()).isEqualTo(CLEANING);
        assertThat(project.status()).isEqualTo(ProjectStatus.DRAFT);
        assertThat(project.fiscalYear()).isEqualTo(2565);
        assertThat(project.startDate()).isEqualTo(LocalDate.of(2021, 11, 1));
        assertThat(project.endDate()).isEqualTo(LocalDate.of(2022, 8, 31));
        assertThat(project.budget()).isEqualByComparingTo("350000.00");
        assertThat(project.budgetUsed()).as("derived from the ten reports").isEqualByComparingTo("287450.00");
        assertThat(project.responsibleName()).isEqualTo("นายธนากร ศรีสุวรรณ");
        assertThat(project.responsiblePhone()).isEqualTo("5521");
        assertThat(project.coordinatorName()).isEqualTo("นางวิไลวรรณ ชัยมงคล");
        assertThat(project.coordinatorPhone()).isEqualTo("1562");

        var reports = users.as(TestUsers.OFFICER_OTHER_OFFICE, () -> progress.reports(code));
        assertThat(reports).hasSize(10).allMatch(ReportView::frozen, "frozen as closed months");
        assertThat(reports.get(0).progress()).isNull();
        assertThat(reports.get(5).progress()).isEqualByComparingTo("55.00");
        assertThat(reports.get(7).progress()).isEqualByComparingTo("80.00");
        assertThat(reports.get(7).disbursed()).isEqualByComparingTo("75850.00");
        assertThat(reports.get(9).progress()).isEqualByComparingTo("100.00");
        assertThat(users.as(TestUsers.OFFICER_OTHER_OFFICE, () -> changes.requests(code))).singleElement()
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo(ChangeStatus.APPROVED);
                    assertThat(c.letterNo()).isEqualTo("กท 5202/1184");
                    assertThat(c.letterDate()).isEqualTo(LocalDate.of(2022, 3, 8));
                });
        assertThat(users.as(TestUsers.OFFICER_OTHER_OFFICE, () -> projects.history(code)))
                .anyMatch(e -> e.getAction() == AuditAction.IMPORT
                        && e.getSummary().contains("legacy-report-50200000-0157.txt")
                        && e.getSummary().contains("10 reports, 10 frozen, 1 approved changes"));

        // the round trip: the printed form says what the export said
        var parsed = LegacyParser.parse(bangkokNoi.bytes()).project();
        var text = String.join("\n", FormFixtures.pages(
                users.as(TestUsers.OFFICER_OTHER_OFFICE, () -> forms.print(code)).pdf()));
        assertThat(text).contains("รหัสโครงการ : " + code + "    ปีงบประมาณ พ.ศ. 2565")
                .contains("ชื่อโครงการ/กิจกรรม : " + parsed.name())
                .contains("งบประมาณที่ได้รับ : 350,000.00 บาท    งบประมาณที่ใช้ไป 287,450.00 บาท")
                .contains("นายธนากร ศรีสุวรรณ").contains("5521").contains("นางวิไลวรรณ ชัยมงคล").contains("1562")
                .contains("ตามหนังสือที่ กท 5202/1184 ลงวันที่ 8 มีนาคม 2565");
        for (var r : parsed.reports()) {
            assertThat(text).contains("รายงานครั้งที่ " + r.number() + "  วันที่ " + ThaiDates.formatLong(r.date()))
                    .contains("ความก้าวหน้าของงานฯ = " + (r.progress() == null ? "–" : r.progress().setScale(2) + " %"));
            if (r.disbursed() != null) {
                assertThat(text).contains("= " + Baht.format(r.disbursed()));
            }
        }
    }

    @Test
    void the_same_file_again_is_unchanged_and_a_newer_export_shows_what_it_changes_before_applying_it() throws Exception {
        var full = LegacyFixtures.copy(LegacyFixtures.DEMENTIA);
        var report3 = full.text().lines().filter(l -> l.startsWith("รายงานครั้งที่3")).findFirst().orElseThrow();
        var older = full.replace(report3 + "\n", "");
        assertThat(users.as(TestUsers.COORDINATOR, () -> imports.store("old.txt", older.bytes())).result())
                .isEqualTo(ImportOutcome.Result.IMPORTED);
        assertThat(users.as(TestUsers.COORDINATOR, () -> imports.store("copy.txt", older.bytes())).result())
                .as("the same file again changes nothing").isEqualTo(ImportOutcome.Result.UNCHANGED);

        var newer = full.replace("โทร. 7704", "โทร. 7705").replace("อยู่ระหว่างการจัดซื้อแบบคัดกรอง",
                "อยู่ระหว่างการจัดซื้อแบบคัดกรองใหม่");
        var preview = users.as(TestUsers.COORDINATOR, () -> imports.preview("new.txt", newer.bytes()));
        assertThat(preview.status()).isEqualTo(ImportPreview.Status.UPDATE);
        assertThat(preview.changes()).extracting(ImportPreview.Change::field, ImportPreview.Change::before,
                ImportPreview.Change::after).contains(tuple("legacy.field.responsiblePhone", "7704", "7705"));
        assertThat(preview.changes()).filteredOn(c -> c.field().equals(LegacyImports.REPORT_NEW)).singleElement()
                .satisfies(c -> assertThat(c.after()).startsWith("19/12/2565 · 5.00 %"));
        assertThat(preview.findings()).extracting(Finding::line, Finding::key).contains(tuple(62, "reportKept"));
        assertThat(users.as(TestUsers.COORDINATOR, () -> progress.reports(full.code()))).as("nothing applied yet")
                .hasSize(2);

        var updated = users.as(TestUsers.COORDINATOR, () -> imports.store("new.txt", newer.bytes()));
        assertThat(updated.result()).isEqualTo(ImportOutcome.Result.UPDATED);
        var reports = users.as(TestUsers.COORDINATOR, () -> progress.reports(full.code()));
        assertThat(reports).hasSize(3);
        assertThat(reports.get(1).steps()).as("a frozen report is kept").doesNotContain("แบบคัดกรองใหม่");
        assertThat(users.as(TestUsers.COORDINATOR, () -> projects.get(full.code())).responsiblePhone()).isEqualTo("7705");
        assertThat(users.as(TestUsers.COORDINATOR, () -> projects.history(full.code())))
                .anyMatch(e -> e.getAction() == AuditAction.IMPORT && e.getSummary().startsWith("updated from new.txt"))
                .anyMatch(e -> e.getChanges() != null && e.getChanges().contains("7704") && e.getChanges().contains("7705"));
        assertThat(users.as(TestUsers.COORDINATOR, () -> imports.store("new.txt", newer.bytes())).result())
                .isEqualTo(ImportOutcome.Result.UNCHANGED);
    }

    @Test
    void a_project_registered_here_is_never_overwritten_by_a_file() throws Exception {
        var demo = users.as(TestUsers.ADMIN, () -> projects.find(ProjectFilter.none(),
                org.springframework.data.domain.PageRequest.of(0, 1))).getFirst().code();
        var clash = LegacyFixtures.text(LegacyFixtures.DEMENTIA).replace(LegacyFixtures.DEMENTIA, demo);
        var preview = users.as(TestUsers.ADMIN, () -> imports.preview("c.txt", clash.getBytes()));
        assertThat(preview.status()).isEqualTo(ImportPreview.Status.REGISTERED_HERE);
        assertThat(preview.findings()).extracting(Finding::key).contains("registeredHere");
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> imports.store("c.txt", clash.getBytes())))
                .hasMessageContaining("legacy.hasErrors");
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> reportImports.recordImported(demo, List.of())))
                .as("the doors are shut outside an import").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> ImportScope.open(demo,
                () -> reportImports.recordImported(demo, List.of())))).as("nor through the import door")
                .hasMessageContaining("project.notImported");
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> ImportScope.open(demo,
                () -> changeImports.recordImported(demo, "x", "กท 1/1", LocalDate.of(2022, 1, 1)))))
                .hasMessageContaining("project.notImported");
    }

    @Test
    void an_officer_previews_and_stores_only_files_of_their_own_unit_and_heads_and_nobody_not_at_all() throws Exception {
        var bangkokNoi = LegacyFixtures.copy(LegacyFixtures.BANGKOK_NOI);
        var preview = users.as(TestUsers.OFFICER_OTHER_OFFICE, () -> imports.preview("a.txt", bangkokNoi.bytes()));
        assertThat(preview.agencyId()).isEqualTo(agencyAt(CLEANING));
        for (var user : List.of(TestUsers.OFFICER, TestUsers.HEAD)) {
            assertThatThrownBy(() -> users.as(user, () -> imports.preview("a.txt", bangkokNoi.bytes())))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.as(user, () -> imports.store("a.txt", bangkokNoi.bytes())))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> imports.preview("a.txt", bangkokNoi.bytes()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> imports.store("a.txt", bangkokNoi.bytes()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER_OTHER_OFFICE, () -> imports.store("a.txt",
                bangkokNoi.bytes(), new ImportChoices(agencyAt(REHABILITATION), false, null))))
                .as("nor by mapping it to another unit").isInstanceOf(AccessDeniedException.class);
        var ownUnit = users.as(TestUsers.ADMIN, () -> agencies.all()).stream()
                .filter(a -> a.nameTh().equals("กลุ่มงานพัฒนาระบบงานและนวัตกรรมบริการ")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> imports.store("a.txt", bangkokNoi.bytes(),
                new ImportChoices(ownUnit, false, null)))).as("nor another office's file mapped to one's own unit")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> projects.get(bangkokNoi.code())))
                .as("nothing stored").isInstanceOf(NotFoundException.class);

        for (var user : List.of(TestUsers.ADMIN, TestUsers.COORDINATOR, TestUsers.OFFICER_OTHER_OFFICE)) {
            var copy = LegacyFixtures.copy(LegacyFixtures.BANGKOK_NOI);
            assertThat(users.as(user, () -> imports.store("a.txt", copy.bytes())).result()).as(user)
                    .isEqualTo(ImportOutcome.Result.IMPORTED);
        }

        // the import doors: shut outside an import, even for whoever imported the project; inside, they refuse
        // whoever may not import for the project's agency, and months already here or not yet begun
        var imported = LegacyFixtures.copy(LegacyFixtures.BANGKOK_NOI);
        users.as(TestUsers.COORDINATOR, () -> imports.store("b.txt", imported.bytes()));
        var code = imported.code();
        var more = List.of(new HistoricalReport(YearMonth.of(2022, 9), new ProgressReportData(LocalDate.of(2022, 9, 5),
                "x", null, null, null, null, null, 0)));
        assertThatThrownBy(() -> users.as(TestUsers.COORDINATOR, () -> reportImports.recordImported(code, more)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(TestUsers.COORDINATOR, () -> changeImports.recordImported(code, "x", "กท 1/1",
                LocalDate.of(2022, 1, 1)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> ImportScope.open(code,
                () -> reportImports.recordImported(code, more)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(TestUsers.HEAD, () -> ImportScope.open(code,
                () -> reportImports.recordImported(code, more)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> ImportScope.open(code,
                () -> changeImports.recordImported(code, "x", "กท 1/1", LocalDate.of(2022, 1, 1)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(TestUsers.HEAD, () -> projectImports.importedRef(code)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(TestUsers.COORDINATOR, () -> ImportScope.open(code,
                () -> reportImports.recordImported(code, List.of(new HistoricalReport(YearMonth.of(2021, 11),
                        new ProgressReportData(LocalDate.of(2021, 11, 5), "x", null, null, null, null, null, 0), 2, null))))))
                .as("a report number already here").hasMessageContaining("report.alreadySubmitted");
        assertThatThrownBy(() -> users.as(TestUsers.COORDINATOR, () -> ImportScope.open(code,
                () -> reportImports.recordImported(code, List.of(new HistoricalReport(YearMonth.of(2031, 1),
                        new ProgressReportData(LocalDate.of(2031, 1, 5), "x", null, null, null, null, null, 0)))))))
                .as("a month not yet begun").hasMessageContaining("report.date.outsideMonth");
    }

    @Test
    void recording_imported_reports_costs_one_read_and_three_writes_per_report() throws Exception {
        var few = emptyImported();
        var many = emptyImported();
        long two = counter.prepared(() -> users.as(TestUsers.COORDINATOR, () -> ImportScope.open(few,
                () -> reportImports.recordImported(few, months(2)))));
        long six = counter.prepared(() -> users.as(TestUsers.COORDINATOR, () -> ImportScope.open(many,
                () -> reportImports.recordImported(many, months(6)))));
        assertThat(six - two).as("report, audit line, snapshot for each of 4 more reports").isEqualTo(12);
        assertThat(two).as("the project, the importer, its reports, then 3 per report").isLessThanOrEqualTo(3 + 3 * 2);
        assertThat(users.as(TestUsers.COORDINATOR, () -> progress.reports(many))).hasSize(6)
                .allMatch(ReportView::frozen);
    }

    private String emptyImported() throws Exception {
        var copy = LegacyFixtures.copy(LegacyFixtures.DEMENTIA);
        var reportLines = copy.text().lines().filter(l -> l.startsWith("รายงานครั้งที่")).toList();
        for (var line : reportLines) {
            copy = copy.replace(line + "\n", "");
        }
        var bare = copy;
        users.as(TestUsers.COORDINATOR, () -> imports.store("bare.txt", bare.bytes()));
        return bare.code();
    }

    private static List<HistoricalReport> months(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> new HistoricalReport(YearMonth.of(2022, 10)
                .plusMonths(i), new ProgressReportData(LocalDate.of(2022, 10, 20).plusMonths(i), "ขั้นตอน " + i,
                new java.math.BigDecimal(5 * i), java.math.BigDecimal.ZERO, true, true, null, 0))).toList();
    }

    @Test
    void a_file_with_errors_stores_nothing() throws Exception {
        var copy = LegacyFixtures.copy(LegacyFixtures.DEMENTIA);
        var broken = copy.replace("ปีงบประมาณ พ.ศ. : 2566", "ปีงบประมาณ พ.ศ. : ไม่ระบุ");
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> imports.store("broken.txt", broken.bytes())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("legacy.hasErrors");
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> projects.get(broken.code())))
                .as("nothing stored").isInstanceOf(NotFoundException.class);
    }

    private long agencyAt(String path) {
        return users.as(TestUsers.ADMIN, () -> {
            var all = agencies.all();
            var paths = AgencyNode.paths(all);
            return all.stream().filter(a -> path.equals(paths.get(a.id()))).findFirst().orElseThrow().id();
        });
    }

    private long planNode(String code) {
        return users.as(TestUsers.ADMIN, () -> plan.all()).stream().filter(n -> code.equals(n.code()))
                .findFirst().orElseThrow().id();
    }
}
