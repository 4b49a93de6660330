package th.go.bangkok.tidtam.strategy;

import jakarta.validation.Valid;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ConcurrentChangeException;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;

/**
 * The 20-year plan tree: everyone signed in reads it (projects link to it); administrators keep it. The
 * whole plan is some hundreds of nodes, read in one query.
 */
@Service
@Validated
public class PlanService {

    private final PlanNodeRepository repository;
    private final AuditService audit;
    private final List<PlanReferences> references;
    /** The plan every view and session shares (hundreds of nodes), read again after an administrator's change. */
    private final th.go.bangkok.tidtam.base.Snapshot<PlanNodeView> tree = new th.go.bangkok.tidtam.base.Snapshot<>();

    PlanService(PlanNodeRepository repository, AuditService audit, List<PlanReferences> references) {
        this.repository = repository;
        this.audit = audit;
        this.references = references;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlanNodeView> all() {
        return tree.get(() -> repository.findAllWithParent().stream().map(PlanNodeView::of).toList());
    }

    /** The nodes valid for a fiscal year, for the project form's pickers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlanNodeView> validFor(FiscalYear year) {
        return all().stream().filter(n -> n.validFor(year)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, PlanNodeView> byIds(Collection<Long> ids) {
        return repository.findAllById(ids).stream().map(PlanNodeView::of)
                .collect(Collectors.toMap(PlanNodeView::id, Function.identity()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createDimension(@Valid PlanNodeData data) {
        return create(null, PlanLevel.DIMENSION, data);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createChild(long parentId, @Valid PlanNodeData data) {
        var parent = load(parentId);
        if (parent.getLevel() == PlanLevel.INDICATOR) {
            throw new BusinessRuleException("plan.indicator.noChildren");
        }
        var code = normalise(data.code());
        if (parent.getLevel() != PlanLevel.GOAL && !code.startsWith(parent.getCode() + ".")) {
            throw new BusinessRuleException("plan.code.underParent", ThaiDates.toThaiDigits(parent.getCode()));
        }
        return create(parent, parent.getLevel().childLevel(), data);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long id, @Valid PlanNodeData data) {
        var node = load(id);
        if (node.getVersion() != data.version()) {
            throw new ConcurrentChangeException("PlanNode", id);
        }
        var before = node.auditState();
        node.apply(withCode(data, normalise(data.code())));
        repository.flush();
        audit.updated(node, before);
    }

    /** Ends a node's validity after a fiscal year: the way to take out a node that projects use. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void retire(long id, int lastFiscalYear) {
        var node = load(id);
        if (lastFiscalYear < node.getValidFromFy()) {
            throw new BusinessRuleException("plan.fy.order");
        }
        var before = node.auditState();
        node.retireAfter(lastFiscalYear);
        repository.flush();
        audit.updated(node, before);
    }

    /** Refused while children or projects use the node: retire it instead. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id) {
        var node = load(id);
        if (repository.countByParentId(id) > 0) {
            throw new BusinessRuleException("plan.inUse.children");
        }
        long used = references.stream().mapToLong(r -> r.countReferencing(id)).sum();
        if (used > 0) {
            throw new BusinessRuleException("plan.inUse.projects", used);
        }
        audit.deleted(node);
        repository.delete(node);
    }

    /** Demo data only: marks a node as an illustration, not the plan's own text. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void markExample(long id) {
        load(id).markExample();
    }

    private long create(PlanNode parent, PlanLevel level, PlanNodeData data) {
        tree.changed();
        var normalised = withCode(data, normalise(data.code()));
        if (repository.existsByLevelAndCodeAndValidFromFy(level, normalised.code(), normalised.validFromFy())) {
            throw new BusinessRuleException("plan.code.taken", ThaiDates.toThaiDigits(normalised.code()));
        }
        var node = repository.save(new PlanNode(parent, level, normalised));
        audit.created(node);
        return node.getId();
    }

    /** The node a change is about to write: every change loads it here, so the shared plan is read again after. */
    private PlanNode load(long id) {
        tree.changed();
        return repository.findById(id).orElseThrow(() -> new NotFoundException("PlanNode", id));
    }

    private static String normalise(String code) {
        return ThaiDates.toArabicDigits(code).strip();
    }

    private static PlanNodeData withCode(PlanNodeData d, String code) {
        return new PlanNodeData(code, d.nameTh(), d.nameEn(), d.validFromFy(), d.validToFy(), d.version());
    }
}
