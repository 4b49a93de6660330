package th.go.bangkok.tidtam.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.change.ChangeKind;
import th.go.bangkok.tidtam.change.ChangeRequestData;
import th.go.bangkok.tidtam.change.ChangeDecisionService;
import th.go.bangkok.tidtam.change.ChangeFilingService;
import th.go.bangkok.tidtam.change.ChangeService;
import th.go.bangkok.tidtam.project.Baseline;
import th.go.bangkok.tidtam.project.ProjectData;
import th.go.bangkok.tidtam.project.ProjectRef;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.security.SystemAuthentication;

/**
 * Change requests on the demo officer's running projects, asked by the officer and decided by the demo head
 * through the services: one approved target cut (with its letter), one rejected budget increase, and two
 * waiting on /approvals (a method change and a target cut).
 */
@Component
class DemoChanges {

    private final ProjectService projects;
    private final ChangeService changes;
    private final ChangeFilingService filing;
    private final ChangeDecisionService decisions;
    private final UserDetailsService users;
    private final Clock clock;

    DemoChanges(ProjectService projects, ChangeService changes, ChangeFilingService filing,
                ChangeDecisionService decisions, UserDetailsService users, Clock clock) {
        this.projects = projects;
        this.changes = changes;
        this.filing = filing;
        this.decisions = decisions;
        this.users = users;
        this.clock = clock;
    }

    void load() {
        var officer = users.loadUserByUsername("officer");
        var head = users.loadUserByUsername("head");
        var running = new ArrayList<ProjectRef>();
        SystemAuthentication.runAs(officer, () -> running.addAll(projects.activeOfMyUnit()));
        if (running.size() < 3) {
            return;
        }
        var today = clock.instant().atZone(ThaiDates.ZONE).toLocalDate();
        var approved = ask(officer, running.get(0), ChangeKind.TARGETS,
                "จำนวนชุมชนที่เข้าร่วมลดลงเนื่องจากสองชุมชนย้ายออกนอกพื้นที่", null, b -> cutTarget(b, 0.9));
        var letterDate = running.get(0).startDate().plusDays(40).isAfter(today) ? today : running.get(0).startDate().plusDays(40);
        SystemAuthentication.runAs(head, () -> decisions.approve(approved, "กท 0303/056", letterDate,
                changes.get(approved).version()));
        var rejected = ask(officer, running.get(1), ChangeKind.BUDGET, "ค่าวัสดุอุปกรณ์ปรับราคาสูงขึ้น", null,
                b -> new Baseline(b.startDate(), b.endDate(), b.budget().add(new BigDecimal("50000.00")), b.objectives(),
                        b.qualityTargets(), b.quantityTargets()));
        SystemAuthentication.runAs(head, () -> decisions.reject(rejected,
                "ให้ใช้งบประมาณเดิมและปรับลดรายการที่ไม่จำเป็น", changes.get(rejected).version()));
        ask(officer, running.get(2), ChangeKind.METHOD, "สถานการณ์ไม่เอื้อต่อการจัดสัมมนาขนาดใหญ่",
                "เปลี่ยนจากการสัมมนาเชิงปฏิบัติการ 2 วัน เป็นการประชุมชี้แจงครึ่งวัน ผู้เข้าร่วม 111 คน", b -> b);
        if (running.size() > 3) {
            ask(officer, running.get(3), ChangeKind.TARGETS, "กลุ่มเป้าหมายบางส่วนได้รับการอบรมจากโครงการอื่นแล้ว", null,
                    b -> cutTarget(b, 0.8));
        }
    }

    private long ask(org.springframework.security.core.userdetails.UserDetails officer, ProjectRef project,
                     ChangeKind kind, String reason, String description,
                     java.util.function.UnaryOperator<Baseline> change) {
        var id = new long[1];
        SystemAuthentication.runAs(officer, () -> {
            var proposed = change.apply(projects.baseline(project.code()));
            id[0] = filing.create(project.code(), new ChangeRequestData(kind, reason, description, proposed, 0), List.of());
            filing.submit(id[0]);
        });
        return id[0];
    }

    /** The first quantitative target cut to a share of itself, its breakdown dropped (it no longer adds up). */
    private static Baseline cutTarget(Baseline b, double share) {
        var targets = new ArrayList<>(b.quantityTargets());
        if (!targets.isEmpty()) {
            var first = targets.getFirst();
            var cut = first.quantity().multiply(BigDecimal.valueOf(share)).setScale(0, java.math.RoundingMode.DOWN);
            targets.set(0, new ProjectData.QuantityTargetData(first.description(), cut, first.unit(), List.of()));
        }
        return new Baseline(b.startDate(), b.endDate(), b.budget(), b.objectives(), b.qualityTargets(), targets);
    }
}
