package th.go.bangkok.tidtam.indicator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.security.TidtamUser;

/**
 * The rules the indicator services share: the fiscal years there are, a closed quarter frozen for everybody, who
 * may enter an indicator's result, which results count for the status, the order of plan codes. Package-private: the feature's services ask it, nobody else.
 */
@Component
class IndicatorRules {

    private final IndicatorTargetRepository targets;
    private final QuarterCalendar calendar;

    IndicatorRules(IndicatorTargetRepository targets, QuarterCalendar calendar) {
        this.targets = targets;
        this.calendar = calendar;
    }

    static void checkYear(int fiscalYear) {
        if (fiscalYear < FiscalYear.MIN || fiscalYear > FiscalYear.MAX) {
            throw new BusinessRuleException("project.fiscalYear.range");
        }
    }

    /** A closed quarter is frozen: nobody changes its result, through any method. */
    void checkOpen(FiscalQuarter quarter) {
        if (calendar.isClosed(quarter)) {
            throw new BusinessRuleException("indicator.quarter.closed", ThaiDates.formatShort(calendar.closeDate(quarter)));
        }
    }

    IndicatorTarget target(long id) {
        return targets.findById(id).orElseThrow(() -> new NotFoundException("IndicatorTarget", id));
    }

    /** Coordinators and administrators; an officer whose unit is the owner or below it. */
    static boolean mayEnter(TidtamUser user, IndicatorTarget target, Map<Long, AgencyNode> agencies) {
        return switch (user.role()) {
            case COORDINATOR, ADMIN -> true;
            case OFFICER -> user.agencyId() != null
                    && AgencyNode.within(user.agencyId(), target.getOwnerAgencyId(), agencies);
            case HEAD -> false;
        };
    }

    /** Accepted results count; so does one still waiting for review once its quarter closed (frozen as it is). */
    boolean counts(IndicatorResult result, IndicatorTarget target) {
        return result.getStatus() == ResultStatus.ACCEPTED || result.getStatus() == ResultStatus.SUBMITTED
                && calendar.isClosed(new FiscalQuarter(target.getFiscalYear(), result.getQuarter()));
    }

    Map<Long, IndicatorResult> latestCounted(List<IndicatorResult> rows,
                                                     java.util.Collection<IndicatorTarget> of) {
        var byId = of.stream().collect(Collectors.toMap(IndicatorTarget::getId, Function.identity()));
        var latest = new HashMap<Long, IndicatorResult>();
        for (var r : rows) { // in quarter order
            var target = byId.get(r.getTargetId());
            if (target != null && counts(r, target)) {
                latest.put(r.getTargetId(), r);
            }
        }
        return latest;
    }

    IndicatorStatus status(IndicatorTarget target, IndicatorResult latest) {
        return IndicatorStatus.of(target.terms(), latest == null ? null : new IndicatorStatus.Latest(
                new FiscalQuarter(target.getFiscalYear(), latest.getQuarter()), latest.getValue(), latest.getDone()),
                calendar.today());
    }

    /** 7.3.1.1 before 7.3.1.10, 7.10 after 7.9. */
    static int byCode(String a, String b) {
        var x = a.split("\\.");
        var y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c;
            try {
                c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            } catch (NumberFormatException e) {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
