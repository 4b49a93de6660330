package th.go.bangkok.tidtam.indicator;

import jakarta.validation.Valid;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ConcurrentChangeException;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanService;

/**
 * The indicators' targets, one per fiscal year, set by coordinators and administrators; reading them goes through
 * {@link IndicatorService}.
 */
@Service
@Validated
public class IndicatorTargetService {

    private final IndicatorTargetRepository targets;
    private final PlanService plan;
    private final AgencyService agencies;
    private final AuditService audit;

    IndicatorTargetService(IndicatorTargetRepository targets, PlanService plan, AgencyService agencies,
                           AuditService audit) {
        this.targets = targets;
        this.plan = plan;
        this.agencies = agencies;
        this.audit = audit;
    }

    /**
     * Sets the indicator's target for a fiscal year (a new one, or a change to the one there, checked against the
     * version read). Only for a year the indicator is valid in; the owner must be an agency of ours.
     */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    @Transactional
    public long saveTarget(long indicatorId, int fiscalYear, @Valid TargetData data) {
        IndicatorRules.checkYear(fiscalYear);
        var node = plan.all().stream().filter(n -> n.id() == indicatorId && n.level() == PlanLevel.INDICATOR)
                .findFirst().orElseThrow(() -> new NotFoundException("Indicator", indicatorId));
        if (!node.validFor(FiscalYear.of(fiscalYear))) {
            throw new BusinessRuleException("indicator.notValidThatYear", String.valueOf(fiscalYear),
                    String.valueOf(node.validFromFy()), node.validToFy() == null ? "–" : String.valueOf(node.validToFy()));
        }
        var all = agencies.all();
        var owner = all.stream().filter(a -> a.id() == data.ownerAgencyId()).findFirst()
                .orElseThrow(() -> new NotFoundException("Agency", data.ownerAgencyId()));
        long office = AgencyNode.officeOf(owner, all.stream().collect(Collectors.toMap(AgencyNode::id,
                Function.identity()))).id();
        var existing = targets.findByIndicatorIdAndFiscalYear(indicatorId, fiscalYear);
        if (existing.isPresent()) {
            var target = existing.get();
            if (data.version() == null || target.getVersion() != data.version()) {
                throw new ConcurrentChangeException("IndicatorTarget", target.getId());
            }
            var before = target.auditState();
            target.apply(data, office);
            targets.flush();
            audit.updated(target, before);
            return target.getId();
        }
        var target = new IndicatorTarget(indicatorId, fiscalYear);
        target.apply(data, office);
        targets.save(target);
        audit.created(target);
        return target.getId();
    }
}
