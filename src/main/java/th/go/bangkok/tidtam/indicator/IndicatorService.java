package th.go.bangkok.tidtam.indicator;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ConcurrentChangeException;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.Trees;
import th.go.bangkok.tidtam.base.files.EvidenceCheck;
import th.go.bangkok.tidtam.base.files.EvidenceFile;
import th.go.bangkok.tidtam.base.files.EvidenceUpload;
import th.go.bangkok.tidtam.notification.NotificationService;
import th.go.bangkok.tidtam.security.CurrentUser;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.security.TidtamUser;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanNodeView;
import th.go.bangkok.tidtam.strategy.PlanService;
import th.go.bangkok.tidtam.users.UserService;

/**
 * The 20-year plan's indicators as things to follow: a target per fiscal year (coordinators and administrators),
 * a result per quarter (the owning agency's officers, or coordinators and administrators), the coordinator's
 * review, the status computed from them ({@link IndicatorStatus}), and the projects that serve each indicator.
 *
 * <p>Who reads what: coordinators, administrators and officers every indicator; a head the indicators their office
 * owns, and only their office's projects. A quarter closes {@code tidtam.indicators.close-days} after its end;
 * from then on its result is frozen for everybody, through every method.
 */
@Service
@Validated
public class IndicatorService {

    private final IndicatorTargetRepository targets;
    private final IndicatorResultRepository results;
    private final IndicatorEvidenceRepository evidence;
    private final IndicatorQueries queries;
    private final PlanService plan;
    private final AgencyService agencies;
    private final QuarterCalendar calendar;
    private final AuditService audit;
    private final NotificationService notifications;
    private final UserService users;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final th.go.bangkok.tidtam.base.FigureCache figures;

    IndicatorService(IndicatorTargetRepository targets, IndicatorResultRepository results,
                     IndicatorEvidenceRepository evidence, IndicatorQueries queries, PlanService plan,
                     AgencyService agencies, QuarterCalendar calendar, AuditService audit,
                     NotificationService notifications, UserService users, CurrentUser currentUser, Clock clock,
                     th.go.bangkok.tidtam.base.FigureCache figures) {
        this.figures = figures;
        this.notifications = notifications;
        this.users = users;
        this.targets = targets;
        this.results = results;
        this.evidence = evidence;
        this.queries = queries;
        this.plan = plan;
        this.agencies = agencies;
        this.calendar = calendar;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
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
        checkYear(fiscalYear);
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
        var latest = latestCounted(results.findByTargetIdInOrderByQuarter(
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
            var status = target == null ? null : status(target, result);
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
                .thenComparing(PlanNodeView::code, IndicatorService::byCode)).toList()) {
            if (!everything && !kept.contains(node.id())) {
                continue;
            }
            var target = node.level() == PlanLevel.INDICATOR ? yearTargets.get(node.id()) : null;
            var result = target == null ? null : latest.get(target.getId());
            var money = projectsOf.getOrDefault(node.id(), Map.of()).values();
            rows.add(new IndicatorRow(node.id(), node.parentId(), node.level(), node.code(), node.nameTh(),
                    target == null ? null : view(target, paths),
                    result == null ? null : view(result, target, List.of()),
                    target == null ? null : status(target, result), money.size(),
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
                .thenComparing(IndicatorRow::code, IndicatorService::byCode)).toList();
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
        var latest = latestCounted(rows, all);
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
                    status(target, latest.get(target.getId())), open, mayEnter(user, target, agencyById),
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
        var target = target(result.getTargetId());
        var user = currentUser.require();
        if (user.role() == Role.HEAD && !ofOffice(user, target)) {
            throw new NotFoundException("IndicatorResult", resultId);
        }
        return evidence.findById(evidenceId).filter(e -> e.getResultId() == resultId)
                .orElseThrow(() -> new NotFoundException("IndicatorEvidence", evidenceId)).file();
    }

    // ---- targets (coordinators, administrators) ------------------------------------------------------------

    /**
     * Sets the indicator's target for a fiscal year (a new one, or a change to the one there, checked against the
     * version read). Only for a year the indicator is valid in; the owner must be an agency of ours.
     */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    @Transactional
    public long saveTarget(long indicatorId, int fiscalYear, @Valid TargetData data) {
        checkYear(fiscalYear);
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

    // ---- results (the owning agency; coordinators, administrators) -----------------------------------------

    /**
     * A quarter's result, by an officer of the owning agency (or a unit below it), a coordinator or an
     * administrator: from the quarter's first day until it closes, not once accepted (a coordinator returns it
     * first). A number target needs a number; a milestone says whether it is done and on which day. Evidence
     * files are added to the ones there. Entering again sends it back to review.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'COORDINATOR', 'ADMIN')")
    @Transactional
    public long saveResult(long targetId, int quarter, @Valid ResultData data, List<EvidenceUpload> files) {
        var user = currentUser.require();
        var target = target(targetId);
        var all = agencies.all().stream().collect(Collectors.toMap(AgencyNode::id, Function.identity()));
        if (!mayEnter(user, target, all)) {
            throw new AccessDeniedException("not the indicator's owning agency");
        }
        if (quarter < 1 || quarter > 4) {
            throw new BusinessRuleException("indicator.quarter.invalid");
        }
        var q = new FiscalQuarter(target.getFiscalYear(), quarter);
        var node = plan.all().stream().filter(n -> n.id() == target.getIndicatorId()).findFirst().orElseThrow();
        if (!node.validFor(FiscalYear.of(target.getFiscalYear()))) {
            throw new BusinessRuleException("indicator.notValidThatYear", String.valueOf(target.getFiscalYear()),
                    String.valueOf(node.validFromFy()), node.validToFy() == null ? "–" : String.valueOf(node.validToFy()));
        }
        checkOpen(q);
        if (!calendar.hasStarted(q)) {
            throw new BusinessRuleException("indicator.quarter.notStarted", ThaiDates.formatShort(q.firstDay()));
        }
        BigDecimal value = null;
        Boolean done = null;
        java.time.LocalDate doneOn = null;
        if (target.getKind().numeric()) {
            value = number(data.value());
            if (target.getKind() == TargetKind.PERCENT
                    && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
                throw new BusinessRuleException("indicator.result.percentRange");
            }
        } else {
            if (data.done() == null) {
                throw new BusinessRuleException("indicator.result.doneRequired");
            }
            done = data.done();
            if (done) {
                if (data.doneOn() == null) {
                    throw new BusinessRuleException("indicator.result.doneOnRequired");
                }
                if (data.doneOn().isAfter(calendar.today())) {
                    throw new BusinessRuleException("indicator.result.doneOnFuture");
                }
                doneOn = data.doneOn();
            }
        }
        var checked = EvidenceCheck.check(files == null ? List.of() : files, 0);
        var existing = results.findByTargetIdAndQuarter(targetId, quarter);
        IndicatorResult result;
        if (existing.isPresent()) {
            result = existing.get();
            if (data.version() == null || result.getVersion() != data.version()) {
                throw new ConcurrentChangeException("IndicatorResult", result.getId());
            }
            if (result.getStatus() == ResultStatus.ACCEPTED) {
                throw new BusinessRuleException("indicator.result.accepted");
            }
            EvidenceCheck.check(files == null ? List.of() : files, evidence.countByResultId(result.getId()));
            var before = result.auditState();
            result.enter(value, done, doneOn, data.note(), user.getUsername(), clock.instant());
            results.flush();
            audit.updated(result, before);
        } else {
            result = new IndicatorResult(targetId, quarter);
            result.enter(value, done, doneOn, data.note(), user.getUsername(), clock.instant());
            results.save(result);
            audit.created(result);
        }
        for (var file : checked) {
            var stored = evidence.save(new IndicatorEvidence(result.getId(), file, clock.instant(), user.getUsername()));
            audit.event(AuditAction.ATTACH, result.auditType(), result.getId(), stored.describe());
        }
        return result.getId();
    }

    /** ยอมรับ: the result counts for the status from now on. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    @Transactional
    public void accept(long resultId, long version) {
        var result = reviewing(resultId, version);
        if (result.getStatus() != ResultStatus.SUBMITTED) {
            throw new BusinessRuleException("indicator.result.notSubmitted");
        }
        var before = result.auditState();
        result.review(ResultStatus.ACCEPTED, currentUser.require().getUsername(), clock.instant(), null);
        results.flush();
        audit.updated(result, before);
    }

    /**
     * ส่งกลับแก้ไข, with the comment the owning agency reads; an accepted result may be returned too. Whoever entered
     * it is notified (the bell, and e-mail when set up).
     */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    @Transactional
    public void returnForRevision(long resultId, String comment, long version) {
        if (comment == null || comment.isBlank()) {
            throw new BusinessRuleException("indicator.result.commentRequired");
        }
        var result = reviewing(resultId, version);
        if (result.getStatus() == ResultStatus.RETURNED) {
            throw new BusinessRuleException("indicator.result.notSubmitted");
        }
        var before = result.auditState();
        result.review(ResultStatus.RETURNED, currentUser.require().getUsername(), clock.instant(), comment.strip());
        results.flush();
        audit.updated(result, before);
        var target = target(result.getTargetId());
        var node = plan.all().stream().filter(n -> n.id() == target.getIndicatorId()).findFirst().orElseThrow();
        notifications.send(users.recipient(result.getEnteredBy()), "notification.indicator.returned",
                List.of(node.thaiCode() + " " + node.nameTh(), String.valueOf(result.getQuarter()),
                        String.valueOf(target.getFiscalYear()), comment.strip()),
                "indicators/" + target.getIndicatorId() + "?fy=" + target.getFiscalYear());
    }

    // ---- rules ------------------------------------------------------------------------------------------------

    private static void checkYear(int fiscalYear) {
        if (fiscalYear < FiscalYear.MIN || fiscalYear > FiscalYear.MAX) {
            throw new BusinessRuleException("project.fiscalYear.range");
        }
    }

    private IndicatorResult reviewing(long resultId, long version) {
        var result = results.findById(resultId).orElseThrow(() -> new NotFoundException("IndicatorResult", resultId));
        var target = target(result.getTargetId());
        checkOpen(new FiscalQuarter(target.getFiscalYear(), result.getQuarter()));
        if (result.getVersion() != version) {
            throw new ConcurrentChangeException("IndicatorResult", resultId);
        }
        return result;
    }

    /** A closed quarter is frozen: nobody changes its result, through any method. */
    private void checkOpen(FiscalQuarter quarter) {
        if (calendar.isClosed(quarter)) {
            throw new BusinessRuleException("indicator.quarter.closed", ThaiDates.formatShort(calendar.closeDate(quarter)));
        }
    }

    private IndicatorTarget target(long id) {
        return targets.findById(id).orElseThrow(() -> new NotFoundException("IndicatorTarget", id));
    }

    /** Coordinators and administrators; an officer whose unit is the owner or below it. */
    private static boolean mayEnter(TidtamUser user, IndicatorTarget target, Map<Long, AgencyNode> agencies) {
        return switch (user.role()) {
            case COORDINATOR, ADMIN -> true;
            case OFFICER -> user.agencyId() != null
                    && AgencyNode.within(user.agencyId(), target.getOwnerAgencyId(), agencies);
            case HEAD -> false;
        };
    }

    private static boolean ofOffice(TidtamUser user, IndicatorTarget target) {
        return user.agencyId() != null && user.agencyId() == target.getOfficeId();
    }

    /** Accepted results count; so does one still waiting for review once its quarter closed (frozen as it is). */
    private boolean counts(IndicatorResult result, IndicatorTarget target) {
        return result.getStatus() == ResultStatus.ACCEPTED || result.getStatus() == ResultStatus.SUBMITTED
                && calendar.isClosed(new FiscalQuarter(target.getFiscalYear(), result.getQuarter()));
    }

    private Map<Long, IndicatorResult> latestCounted(List<IndicatorResult> rows,
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

    private IndicatorStatus status(IndicatorTarget target, IndicatorResult latest) {
        return IndicatorStatus.of(target.terms(), latest == null ? null : new IndicatorStatus.Latest(
                new FiscalQuarter(target.getFiscalYear(), latest.getQuarter()), latest.getValue(), latest.getDone()),
                calendar.today());
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
                calendar.isClosed(quarter), counts(r, target), files, r.getVersion());
    }

    /** "1,250", "๑๒.๕", "80 %", "80%" are numbers; anything else is refused, naming what was typed. */
    static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException("indicator.result.valueRequired");
        }
        var cleaned = ThaiDates.toArabicDigits(text.strip()).replace(",", "").replace("%", "").strip();
        try {
            var value = new BigDecimal(cleaned);
            if (value.scale() > 2) {
                throw new BusinessRuleException("indicator.value.digits");
            }
            return value.setScale(2);
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("indicator.result.notNumber", text.strip());
        }
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
