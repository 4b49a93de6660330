package th.go.bangkok.tidtam.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ConcurrentChangeException;
import th.go.bangkok.tidtam.strategy.PlanNodeData;
import th.go.bangkok.tidtam.strategy.PlanService;

/** The rules of a project, each broken once, on the real database. */
@IntegrationTest
class ProjectRulesTest {

    @Autowired
    ProjectService projects;
    @Autowired
    ProjectFilingService filing;
    @Autowired
    PlanService plan;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    TestUsers users;

    @Test
    void the_form_offers_an_officer_their_unit_and_the_units_below_it_and_an_administrator_every_unit() {
        var officer = users.as(TestUsers.OFFICER, () -> filing.registrableAgencies());
        long unit = fixtures.officerUnit();
        assertThat(officer).isNotEmpty().allSatisfy(a -> assertThat(a.id() == unit
                || a.parentId() != null && a.parentId() == unit).as("%s is the unit or below it", a.nameTh()).isTrue());
        assertThat(officer).extracting(th.go.bangkok.tidtam.agency.AgencyNode::id).contains(unit);
        var admin = users.as(TestUsers.ADMIN, () -> filing.registrableAgencies());
        assertThat(admin).hasSizeGreaterThan(officer.size())
                .noneMatch(a -> a.level() == th.go.bangkok.tidtam.agency.AgencyLevel.OFFICE);
    }

    @Test
    void a_new_project_gets_the_next_free_code_of_its_office_and_keeps_every_field() {
        var code = fixtures.create("โครงการครบทุกช่อง " + UUID.randomUUID());
        assertThat(code).matches("03000000-\\d{4}");
        var p = users.as(TestUsers.OFFICER, () -> projects.get(code));
        assertThat(p.status()).isEqualTo(ProjectStatus.DRAFT);
        assertThat(p.budget()).isEqualByComparingTo("824000.00");
        assertThat(p.rationale()).isEqualTo("หลักการและเหตุผล\n\nย่อหน้าที่สอง");
        assertThat(p.objectives()).containsExactly("เพื่อปรับปรุงคู่มือการปฏิบัติงาน");
        assertThat(p.quantityTargets()).singleElement().satisfies(t -> {
            assertThat(t.quantity()).isEqualByComparingTo("1208");
            assertThat(t.breakdown()).extracting(QuantityTarget.Part::description).containsExactly("ข้าราชการ", "บุคคลภายนอก");
        });
        assertThat(p.planChains()).singleElement().satisfies(chain -> assertThat(chain)
                .extracting(n -> n.code()).containsExactly("7", "7.3", "7.3.1"));
        assertThat(p.agencyPath()).isEqualTo(
                "สำนักงาน ก.ก. / กองพัฒนาระบบราชการกรุงเทพมหานคร / กลุ่มงานพัฒนาระบบงานและนวัตกรรมบริการ");
    }

    @Test
    void bad_input_is_refused_with_each_broken_rule_and_nothing_is_written() {
        var valid = fixtures.valid("โครงการผิดกฎ");
        long before = users.as(TestUsers.ADMIN, () -> projects.count(ProjectFilter.none()));
        var bad = new ProjectData("", "x".repeat(501), 2569, LocalDate.of(2026, 9, 30), LocalDate.of(2025, 10, 1),
                new BigDecimal("-1"), valid.agencyId(), "", null, null, null, null, valid.objectives(),
                valid.qualityTargets(), List.of(new ProjectData.QuantityTargetData("ผู้เข้าร่วม", new BigDecimal("1208"),
                "คน", List.of(new ProjectData.Part("ข้าราชการ", new BigDecimal("1100")),
                new ProjectData.Part("บุคคลภายนอก", new BigDecimal("100"))))), valid.planNodeIds(), 0);
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.create(bad)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .extracting(v -> v.getMessageTemplate())
                        .contains("{validation.tooLong}", "{project.dates.order}", "{project.budget.range}",
                                "{project.responsibleName.required}", "{project.target.breakdown.sum}"));
        var overflow = withBudgetAndYear(valid, new BigDecimal("100000000000.01"), 2569);
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.create(overflow)))
                .isInstanceOf(ConstraintViolationException.class);
        var outsideYear = withBudgetAndYear(valid, valid.budget(), 2575);
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.create(outsideYear)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .extracting(v -> v.getMessageTemplate()).contains("{project.dates.fiscalYear}"));
        assertThat(users.as(TestUsers.ADMIN, () -> projects.count(ProjectFilter.none()))).isEqualTo(before);
    }

    @Test
    void the_list_filters_by_plan_dimension_office_year_status_and_thai_text() {
        // a letter first: a marker of digits only (1 in 40 UUIDs) would be searched as a code prefix
        var marker = "m" + UUID.randomUUID().toString().substring(0, 7);
        var code = fixtures.create("โครงการกรองรายการ " + marker);
        long seven = users.as(TestUsers.ADMIN, () -> plan.all().stream()
                .filter(n -> n.code().equals("7") && n.level() == th.go.bangkok.tidtam.strategy.PlanLevel.DIMENSION)
                .findFirst().orElseThrow().id());
        long five = users.as(TestUsers.ADMIN, () -> plan.all().stream()
                .filter(n -> n.code().equals("5") && n.level() == th.go.bangkok.tidtam.strategy.PlanLevel.DIMENSION)
                .findFirst().orElseThrow().id());
        long office = users.as(TestUsers.ADMIN, () -> projects.get(code)).data().agencyId();
        java.util.function.Function<ProjectFilter, List<String>> codes = f -> users.as(TestUsers.COORDINATOR,
                () -> projects.find(f, org.springframework.data.domain.PageRequest.of(0, 50)).stream()
                        .map(ProjectListItem::code).toList());
        assertThat(codes.apply(new ProjectFilter(null, null, null, seven, null, marker))).containsExactly(code);
        assertThat(codes.apply(new ProjectFilter(null, null, null, five, null, marker))).isEmpty();
        assertThat(codes.apply(new ProjectFilter(2569, null, office, null, ProjectStatus.DRAFT, "กรองรายการ " + marker)))
                .containsExactly(code);
        assertThat(codes.apply(new ProjectFilter(2568, null, null, null, null, marker))).isEmpty();
        assertThat(codes.apply(new ProjectFilter(null, null, null, null, ProjectStatus.ACTIVE, marker))).isEmpty();
        assertThat(codes.apply(new ProjectFilter(null, null, null, null, null, code.substring(0, 11)))).contains(code);
        java.util.function.BiFunction<String, ProjectFilter, List<String>> as = (who, f) -> users.as(who,
                () -> projects.find(f, org.springframework.data.domain.PageRequest.of(0, 50)).stream()
                        .map(ProjectListItem::code).toList());
        var mineOnly = new ProjectFilter(null, null, null, null, null, marker, true);
        assertThat(as.apply(TestUsers.OFFICER, mineOnly)).containsExactly(code);
        assertThat(as.apply(TestUsers.ADMIN, mineOnly)).isEmpty();
    }

    @Test
    void a_search_inside_a_thai_name_finds_the_project_and_follows_a_rename() {
        var marker = "ทดสอบค้นหา" + UUID.randomUUID().toString().substring(0, 4);
        var code = fixtures.create("โครงการพัฒนาคลองแสนแสบ " + marker);
        java.util.function.Function<String, List<String>> search = text -> users.as(TestUsers.COORDINATOR,
                () -> projects.find(new ProjectFilter(null, null, null, null, null, text),
                        org.springframework.data.domain.PageRequest.of(0, 50)).stream().map(ProjectListItem::code).toList());
        assertThat(search.apply("คลองแสนแสบ " + marker)).containsExactly(code);
        assertThat(search.apply(marker.substring(3))).containsExactly(code);
        assertThat(users.as(TestUsers.COORDINATOR, () -> projects.count(
                new ProjectFilter(null, null, null, null, null, "แสนแสบ " + marker)))).isEqualTo(1);

        var data = users.as(TestUsers.OFFICER, () -> projects.get(code).data());
        var renamed = new ProjectData(data.code(), "โครงการปรับปรุงสวนลุมพินี " + marker, data.fiscalYear(), data.startDate(),
                data.endDate(), data.budget(), data.agencyId(), data.responsibleName(), data.responsiblePhone(),
                data.coordinatorName(), data.coordinatorPhone(), data.rationale(), data.objectives(),
                data.qualityTargets(), data.quantityTargets(), data.planNodeIds(), data.version());
        users.as(TestUsers.OFFICER, () -> filing.update(code, renamed));
        assertThat(search.apply("สวนลุมพินี " + marker)).containsExactly(code);
        assertThat(search.apply("คลองแสนแสบ " + marker)).isEmpty();
    }

    @Test
    void a_code_of_another_agency_or_a_duplicate_code_is_refused() {
        var code = fixtures.create("โครงการรหัสซ้ำ " + UUID.randomUUID());
        var duplicate = withCode(fixtures.valid("ซ้ำ"), code);
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.create(duplicate)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("project.code.taken"));
        var foreign = withCode(fixtures.valid("รหัสหน่วยงานอื่น"), "10000000-0001");
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.create(foreign)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("project.code.otherAgency"));
    }

    @Test
    void a_plan_node_not_valid_for_the_fiscal_year_is_refused() {
        long retiredGoal = users.as(TestUsers.ADMIN, () -> {
            long dim = plan.all().stream().filter(n -> n.code().equals("5")).findFirst().orElseThrow().id();
            var suffix = String.valueOf(Math.abs(UUID.randomUUID().hashCode() % 900) + 100);
            long sub = plan.createChild(dim, new PlanNodeData("5." + suffix, "ประเด็นเลิกใช้", null, 2561, 2565, 0));
            return plan.createChild(sub, new PlanNodeData("5." + suffix + ".1", "เป้าหมายเลิกใช้", null, 2561, 2565, 0));
        });
        var data = withLinks(fixtures.valid("โครงการแผนหมดอายุ"), List.of(retiredGoal));
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.create(data)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("project.plan.notValidForYear"));
    }

    @Test
    void a_plan_node_that_a_project_uses_cannot_be_deleted_but_can_be_retired() {
        long goal = users.as(TestUsers.ADMIN, () -> {
            long dim = plan.all().stream().filter(n -> n.code().equals("4")).findFirst().orElseThrow().id();
            var suffix = String.valueOf(Math.abs(UUID.randomUUID().hashCode() % 900) + 100);
            long sub = plan.createChild(dim, new PlanNodeData("4." + suffix, "ประเด็นที่ใช้อยู่", null, 2561, null, 0));
            return plan.createChild(sub, new PlanNodeData("4." + suffix + ".1", "เป้าหมายที่ใช้อยู่", null, 2561, null, 0));
        });
        users.as(TestUsers.OFFICER, () -> filing.create(withLinks(fixtures.valid("โครงการใช้เป้าหมาย"), List.of(goal))));
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> plan.delete(goal)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("plan.inUse.projects");
                    assertThat(e.arguments()).containsExactly(1L);
                });
        users.as(TestUsers.ADMIN, () -> plan.retire(goal, 2569));
        var retired = users.as(TestUsers.ADMIN, () -> plan.byIds(List.of(goal)).get(goal));
        assertThat(retired.validToFy()).isEqualTo(2569);
    }

    @Test
    void once_active_the_baseline_is_refused_at_the_service_but_the_rationale_may_change() {
        var code = fixtures.create("โครงการที่ส่งแล้ว " + UUID.randomUUID());
        users.as(TestUsers.OFFICER, () -> filing.submit(code));
        var active = users.as(TestUsers.OFFICER, () -> projects.get(code));
        assertThat(active.status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(active.can().editBaseline()).isFalse();

        var moreBudget = withBudgetAndYear(active.data(), new BigDecimal("900000.00"), 2569);
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.update(code, moreBudget)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("project.baseline.locked");
                    assertThat(e.arguments()).containsExactly("budget");
                });
        users.as(TestUsers.OFFICER, () -> filing.update(code,
                ProjectServiceAccessTest.withRationale(active.data(), "เหตุผลที่ปรับปรุง")));
        var after = users.as(TestUsers.OFFICER, () -> projects.get(code));
        assertThat(after.budget()).isEqualByComparingTo("824000.00");
        assertThat(after.rationale()).isEqualTo("เหตุผลที่ปรับปรุง");
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.delete(code)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("project.delete.notDraft"));
    }

    @Test
    void two_people_saving_the_same_project_the_second_gets_the_conflict_and_nothing_is_lost() {
        var code = fixtures.create("โครงการแก้พร้อมกัน " + UUID.randomUUID());
        var first = users.as(TestUsers.OFFICER, () -> projects.get(code).data());
        var second = users.as(TestUsers.ADMIN, () -> projects.get(code).data());
        users.as(TestUsers.OFFICER, () -> filing.update(code, ProjectServiceAccessTest.withRationale(first, "ของคนแรก")));
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> filing.update(code,
                ProjectServiceAccessTest.withRationale(second, "ของคนที่สอง"))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(users.as(TestUsers.OFFICER, () -> projects.get(code).rationale())).isEqualTo("ของคนแรก");
    }

    @Test
    void every_change_is_in_the_projects_history() {
        var code = fixtures.create("โครงการมีประวัติ " + UUID.randomUUID());
        var data = users.as(TestUsers.OFFICER, () -> projects.get(code).data());
        users.as(TestUsers.OFFICER, () -> filing.update(code, ProjectServiceAccessTest.withRationale(data, "ใหม่")));
        var history = users.as(TestUsers.HEAD, () -> projects.history(code));
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().getChanges()).isEqualTo("rationale: หลักการและเหตุผล\n\nย่อหน้าที่สอง → ใหม่");
    }

    static ProjectData withBudgetAndYear(ProjectData d, BigDecimal budget, int year) {
        return new ProjectData(d.code(), d.name(), year, d.startDate(), d.endDate(), budget, d.agencyId(),
                d.responsibleName(), d.responsiblePhone(), d.coordinatorName(), d.coordinatorPhone(), d.rationale(),
                d.objectives(), d.qualityTargets(), d.quantityTargets(), d.planNodeIds(), d.version());
    }

    static ProjectData withCode(ProjectData d, String code) {
        return new ProjectData(code, d.name(), d.fiscalYear(), d.startDate(), d.endDate(), d.budget(), d.agencyId(),
                d.responsibleName(), d.responsiblePhone(), d.coordinatorName(), d.coordinatorPhone(), d.rationale(),
                d.objectives(), d.qualityTargets(), d.quantityTargets(), d.planNodeIds(), d.version());
    }

    static ProjectData withLinks(ProjectData d, List<Long> links) {
        return new ProjectData(d.code(), d.name(), d.fiscalYear(), d.startDate(), d.endDate(), d.budget(), d.agencyId(),
                d.responsibleName(), d.responsiblePhone(), d.coordinatorName(), d.coordinatorPhone(), d.rationale(),
                d.objectives(), d.qualityTargets(), d.quantityTargets(), links, d.version());
    }
}
