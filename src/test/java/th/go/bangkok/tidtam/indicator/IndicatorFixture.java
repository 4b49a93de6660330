package th.go.bangkok.tidtam.indicator;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanNodeData;
import th.go.bangkok.tidtam.strategy.PlanService;

/**
 * Indicators of their own for each test (under goal 7.3.1, valid from FY 2561, or from a given range), targets owned
 * by the demo officer's unit (สำนักงาน ก.ก.), and the real indicator 7.3.1.1.
 */
@Component
class IndicatorFixture {

    private static final AtomicInteger SERIAL = new AtomicInteger(
            java.util.concurrent.ThreadLocalRandom.current().nextInt(100, 5000));

    private final PlanService plan;
    private final AgencyService agencies;
    private final IndicatorTargetService targets;
    private final TestUsers users;

    IndicatorFixture(PlanService plan, AgencyService agencies, IndicatorTargetService targets, TestUsers users) {
        this.plan = plan;
        this.agencies = agencies;
        this.targets = targets;
        this.users = users;
    }

    long goal() {
        return users.as(TestUsers.ADMIN, () -> plan.all().stream()
                .filter(n -> n.level() == PlanLevel.GOAL && n.code().equals("7.3.1")).findFirst().orElseThrow().id());
    }

    long realIndicator() {
        return users.as(TestUsers.ADMIN, () -> plan.all().stream()
                .filter(n -> n.level() == PlanLevel.INDICATOR && n.code().equals("7.3.1.1")).findFirst().orElseThrow()
                .id());
    }

    long newIndicator(String name) {
        return newIndicator(name, 2561, null);
    }

    long newIndicator(String name, int from, Integer to) {
        var code = "7.3.1." + SERIAL.incrementAndGet();
        return users.as(TestUsers.ADMIN, () -> plan.createChild(goal(), new PlanNodeData(code, name + " " + code, null,
                from, to, 0)));
    }

    long agency(String nameTh) {
        return users.as(TestUsers.ADMIN, () -> agencies.all().stream().filter(a -> a.nameTh().equals(nameTh))
                .findFirst().orElseThrow().id());
    }

    /** The demo officer's unit, below สำนักงาน ก.ก. */
    long officerUnit() {
        return agency("กลุ่มงานพัฒนาระบบงานและนวัตกรรมบริการ");
    }

    long officerOffice() {
        return agency("สำนักงาน ก.ก.");
    }

    TargetData number(String target, String baseline, long owner) {
        return new TargetData(TargetKind.NUMBER, "คน", new BigDecimal(target), null, Direction.HIGHER,
                baseline == null ? null : new BigDecimal(baseline), owner, 0L);
    }

    long target(long indicator, int fiscalYear, TargetData data) {
        return users.as(TestUsers.COORDINATOR, () -> targets.saveTarget(indicator, fiscalYear, data));
    }
}
