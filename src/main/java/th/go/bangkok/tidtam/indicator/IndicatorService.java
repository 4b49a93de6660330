package th.go.bangkok.tidtam.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.Trees;
import th.go.bangkok.tidtam.base.files.EvidenceFile;
import th.go.bangkok.tidtam.security.CurrentUser;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.security.TidtamUser;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanNodeView;
import th.go.bangkok.tidtam.strategy.PlanService;

/**
 * The 20-year plan's indicators as things to follow: a target per fiscal year (coordinators and administrators),
 * a result per quarter (the owning agency's officers, or coordinators and administrators), the coordinator's
 * review, the status computed from them ({@link IndicatorStatus}), and the projects that serve each indicator.
 *
 * <p>Who reads what: coordinators, administrators and officers every indicator; a head the indicators their office
 * owns, and only their office's projects. A quarter closes {@code tidtam.indicators.close-days} after its end;
 * from then on its result is frozen for everybody, through every method.
 *
 * <p>This class reads; targets are set through {@link IndicatorTargetService}, results entered and reviewed through
 * {@link IndicatorResultService}.
 */
@Service
@Validated
public class IndicatorService {

    private final IndicatorTargetRepository targets;
    private final IndicatorResultRepository results;
    private final IndicatorEvidenceRepository evidence;
    private final IndicatorQueries queries;
    private final IndicatorRules rules;
    private final PlanService plan;
    private final AgencyService agencies;
    private final QuarterCalendar calendar;
    private final CurrentUser currentUser;
    private final th.go.bangkok.tidtam.base.FigureCache figures;

    IndicatorService(IndicatorTargetRepository targets, IndicatorResultRepository results,
                     IndicatorEvidenceRepository evidence, IndicatorQueries queries, IndicatorRules rules,
                     PlanService plan, AgencyService agencies, QuarterCalendar calendar, CurrentUser currentUser,
                     th.go.bangkok.tidtam.base.FigureCache figures) {
        this.targets = targets;
        this.results = results;
        this.evidence = evidence;
        this.queries = queries;
        this.rules = rules;
        this.plan = plan;
        this.agencies = agencies;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.figures = figures;
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    /** The fiscal year and quarter today, for the screens' defaults. */
    @PreAuthorize("isAuthenticated()")
    public FiscalQuarter currentQuarter() {
        return calendar.current();
    }

    /**
     * /indicators: the plan of the year as a tree (dimension → sub-issue → goal → indicator), each indicator with
     * its target, latest counted result and status, each line with the projects of the year linked to it or below
     * it. Filters keep the matching indicators and the lines above them. Five statements, whatever the tree's size.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<IndicatorRow> tree(int fiscalYear, IndicatorFilter filter) {
        IndicatorRules.checkYear(fiscalYear);
        var user = currentUser.require();
        // the same tree for everyone but heads (their office's): computed once for all viewers (decision 0017)
        long headOffice = user.role() == Role.HEAD && user.agencyId() != null ? user.agencyId() : 0L;
        return figures.dashboard(List.of("indicators", fiscalYear, filter, user.role() == Role.HEAD, headOffice),
                () -> computeTree(fiscalYear, filter, user));
    }

    private List<IndicatorRow> computeTree(int fiscalYear, IndicatorFilter filter, TidtamUser user) {
        var year = FiscalYear.of(fiscalYear);
        var nodes = plan.all().stream().filter(n -> n.validFor(year)).toList();
        var byId = nodes.stream().collect(Collectors.toMap(PlanNodeView::id, Function.identity()));
        var allAgencies = agencies.all();
        var agencyById = allAgencies.stream().collect(Collectors.toMap(AgencyNode::id, Function.identity()));
        var paths = AgencyNode.paths(allAgencies);
        var yearTargets = targets.findByFiscalYear(fiscalYear).stream()
                .filter(t -> user.role() != Role.HEAD || ofOffice(user, t))
                .collect(Collectors.toMap(IndicatorTarget::getIndicatorId, Function.identity()));
        var latest = rules.latestCounted(results.findByTargetIdInOrderByQuarter(
                yearTargets.values().stream().map(IndicatorTarget::getId).toList()), yearTargets.values());
        Long office = user.role() == Role.HEAD ? user.agencyId() : null;

        // projects: each counted once on its node and on every node above it
        var projectsOf = new HashMap<Long, Map<Long, IndicatorQueries.LinkedMoney>>();
        for (var link : queries.links(fiscalYear, office)) {
            var node = byId.get(link.planNodeId());
            while (node != null) {
                projectsOf.computeIfAbsent(node.id(), k -> new HashMap<>()).putIfAbsent(link.projectId(), link);
                node = node.parentId() == null ? null : byId.get(node.parentId());
            }
        }

        var rows = new ArrayList<IndicatorRow>();
        var kept = new HashSet<Long>();
        for (var node : nodes) {
            if (node.level() != PlanLevel.INDICATOR) {
                continue;
            }
            var target = yearTargets.get(node.id());
            if (user.role() == Role.HEAD && target == null) {
                continue;
            }
            var result = target == null ? null : latest.get(target.getId());
            var status = target == null ? null : rules.status(target, result);
            if (filter.status() != null && filter.status() != status) {
                continue;
            }
            if (filter.agencyId() != null && (target == null || !AgencyNode.within(target.getOwnerAgencyId(),
                    filter.agencyId(), agencyById))) {
                continue;
            }
            if (filter.dimensionId() != null && !Trees.ancestry(node, n -> n.parentId() == null ? null
                    : byId.get(n.parentId())).getFirst().equals(byId.get(filter.dimensionId()))) {
                continue;
            }
            var n = node;
            while (n != null && kept.add(n.id())) {
                n = n.parentId() == null ? null : byId.get(n.parentId());
            }
        }
        boolean everything = filter.equals(IndicatorFilter.none()) && user.role() != Role.HEAD;
        for (var node : nodes.stream().sorted(Comparator.comparing(PlanNodeView::level)
                .thenComparing(PlanNodeView::code, IndicatorRules::byCode)).toList()) {
            if (!everything && !kept.contains(node.id())) {
                continue;
            }
            var target = node.level() == PlanLevel.INDICATOR ? yearTargets.get(node.id()) : null;
            var result = target == null ? null : latest.get(target.getId());
            var money = projectsOf.getOrDefault(node.id(), Map.of()).values();
            rows.add(new IndicatorRow(node.id(), node.parentId(), node.level(), node.code(), node.nameTh(),
                    target == null ? null : view(target, paths),
                    result == null ? null : view(result, target, List.of()),
                    target == null ? null : rules.status(target, result), money.size(),
                    money.stream().map(IndicatorQueries.LinkedMoney::budget).reduce(BigDecimal.ZERO, BigDecimal::add),
                    money.stream().map(IndicatorQueries.LinkedMoney::disbursed).reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        return rows;
    }

    /**
     * /indicators as a download: the same lines the tree shows for these filters (code, name, target, latest
     * result, status, owner, projects, budget, disbursed) as .xlsx or CSV, in the reader's language.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void export(int fiscalYear, IndicatorFilter filter, th.go.bangkok.tidtam.base.export.ExportFormat format,
                       java.util.Locale locale, java.io.OutputStream out) {
        var rows = tree(fiscalYear, filter);
        var headers = java.util.stream.Stream.of("code", "plan", "target", "latest", "status", "owner", "projects",
                "budget", "disbursed").map(k -> th.go.bangkok.tidtam.base.Messages.get(locale, "indicator.col." + k))
                .toList();
        try (var table = th.go.bangkok.tidtam.base.export.TableWriter.open(format, out,
                th.go.bangkok.tidtam.base.Messages.get(locale, "nav.indicators"), headers)) {
            for (var r : rows) {
                table.row(ThaiDates.toThaiDigits(r.code()), r.name(),
                        r.target() == null ? "" : IndicatorTexts.target(locale, r.target()),
                        r.target() == null ? "" : IndicatorTexts.result(locale, r.target(), r.latest()),
                        r.status() == null ? "" : th.go.bangkok.tidtam.base.Messages.get(locale, r.status().messageKey()),
                        r.target() == null ? "" : r.target().ownerName(), r.projects(), r.budget(), r.disbursed());
            }
        }
    }

    /** The indicators at risk or off track in the year, for the tracking page (a head: their office's). */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'HEAD')")
    @Transactional(readOnly = true)
    public List<IndicatorRow> needingAttention(int fiscalYear) {
        return tree(fiscalYear, IndicatorFilter.none()).stream().filter(r -> r.status() == IndicatorStatus.AT_RISK
                || r.status() == IndicatorStatus.OFF_TRACK).sorted(Comparator.comparing(IndicatorRow::status).reversed()
                .thenComparing(IndicatorRow::code, IndicatorRules::byCode)).toList();
    }

    /** /indicators/{id}: the indicator, its targets over the years with their results, and its projects. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public IndicatorDetails details(long indicatorId) {
        var user = currentUser.require();
        var nodes = plan.all();
        var byId = nodes.stream().collect(Collectors.toMap(PlanNodeView::id, Function.identity()));
        var node = byId.get(indicatorId);
        if (node == null || node.level() != PlanLevel.INDICATOR) {
            throw new NotFoundException("Indicator", indicatorId);
        }
        var all = targets.findByIndicatorIdOrderByFiscalYearDesc(indicatorId);
        if (user.role() == Role.HEAD) {
            all = all.stream().filter(t -> ofOffice(user, t)).toList();
            if (all.isEmpty()) {
                throw new NotFoundException("Indicator", indicatorId);
            }
        }
        var allAgencies = agencies.all();
        var agencyById = allAgencies.stream().collect(Collectors.toMap(AgencyNode::id, Function.identity()));
        var paths = AgencyNode.paths(allAgencies);
        var rows = results.findByTargetIdInOrderByQuarter(all.stream().map(IndicatorTarget::getId).toList());
        var files = evidence.refsOf(rows.stream().map(IndicatorResult::getId).toList()).stream()
                .collect(Collectors.groupingBy(EvidenceRef::resultId));
        var latest = rules.latestCounted(rows, all);
        var byTarget = rows.stream().collect(Collectors.groupingBy(IndicatorResult::getTargetId));
        var years = new ArrayList<IndicatorDetails.YearView>();
        boolean coordinating = user.role() == Role.COORDINATOR || user.role() == Role.ADMIN;
        for (var target : all) {
            var views = byTarget.getOrDefault(target.getId(), List.of()).stream()
                    .map(r -> view(r, target, files.getOrDefault(r.getId(), List.of()))).toList();
            var open = java.util.stream.IntStream.rangeClosed(1, 4).filter(q -> {
                var quarter = new FiscalQuarter(target.getFiscalYear(), q);
                return calendar.hasStarted(quarter) && !calendar.isClosed(quarter);
            }).boxed().toList();
            years.add(new IndicatorDetails.YearView(view(target, paths), views,
                    rules.status(target, latest.get(target.getId())), open,
                    IndicatorRules.mayEnter(user, target, agencyById),
                    coordinating));
        }
        var chain = Trees.ancestry(node, n -> n.parentId() == null ? null : byId.get(n.parentId()));
        var projects = queries.projects(indicatorId, user.role() == Role.HEAD ? user.agencyId() : null);
        return new IndicatorDetails(node, chain, years, projects, coordinating);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EvidenceFile evidenceFile(long resultId, long evidenceId) {
        var result = results.findById(resultId).orElseThrow(() -> new NotFoundException("IndicatorResult", resultId));
        var target = rules.target(result.getTargetId());
        var user = currentUser.require();
        if (user.role() == Role.HEAD && !ofOffice(user, target)) {
            throw new NotFoundException("IndicatorResult", resultId);
        }
        return evidence.findById(evidenceId).filter(e -> e.getResultId() == resultId)
                .orElseThrow(() -> new NotFoundException("IndicatorEvidence", evidenceId)).file();
    }

    private static boolean ofOffice(TidtamUser user, IndicatorTarget target) {
        return user.agencyId() != null && user.agencyId() == target.getOfficeId();
    }

    private TargetView view(IndicatorTarget t, Map<Long, String> paths) {
        return new TargetView(t.getId(), t.getIndicatorId(), t.getFiscalYear(), t.getKind(), t.getUnit(),
                t.getTargetValue(), t.getDueDate(), t.getDirection(), t.getBaselineValue(), t.getOwnerAgencyId(),
                paths.getOrDefault(t.getOwnerAgencyId(), "?"), t.getVersion());
    }

    private ResultView view(IndicatorResult r, IndicatorTarget target, List<EvidenceRef> files) {
        var quarter = new FiscalQuarter(target.getFiscalYear(), r.getQuarter());
        return new ResultView(r.getId(), r.getTargetId(), quarter, r.getValue(), r.getDone(), r.getDoneOn(),
                r.getNote(), r.getStatus(), r.getEnteredBy(), r.getEnteredAt(), r.getReviewedBy(), r.getReviewComment(),
                calendar.isClosed(quarter), rules.counts(r, target), files, r.getVersion());
    }


}
