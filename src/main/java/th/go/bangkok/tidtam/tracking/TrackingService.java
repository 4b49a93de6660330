package th.go.bangkok.tidtam.tracking;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.notification.NotificationService;
import th.go.bangkok.tidtam.progress.ReportingCalendar;
import th.go.bangkok.tidtam.project.ProjectNavigation;
import th.go.bangkok.tidtam.security.CurrentUser;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.users.UserService;

/**
 * The coordinators' dashboard (สยป.): who has not reported, who is behind, where the money goes. Coordinators and
 * administrators see every agency; a head of office sees the same figures limited to their office; officers are
 * refused. Every figure comes from aggregate SQL over the projects running in the chosen month.
 */
@Service
public class TrackingService {

    private final TrackingQueries queries;
    private final AgencyService agencies;
    private final ReportingCalendar calendar;
    private final NotificationService notifications;
    private final UserService users;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int staleChangeDays;
    private final int escalateAfterDays;
    private final th.go.bangkok.tidtam.base.FigureCache figures;

    /** What a cached figure depends on besides the data: which figure, the period, the office scope, a filter. */
    private record Key(String figure, TrackingPeriod period, Long office, Object filter) {
    }

    TrackingService(TrackingQueries queries, AgencyService agencies, ReportingCalendar calendar,
                    NotificationService notifications, UserService users, AuditService audit, CurrentUser currentUser,
                    Clock clock, @Value("${tidtam.tracking.stale-change-days:14}") int staleChangeDays,
                    @Value("${tidtam.tracking.escalate-after-days:7}") int escalateAfterDays,
                    th.go.bangkok.tidtam.base.FigureCache figures) {
        this.figures = figures;
        this.queries = queries;
        this.agencies = agencies;
        this.calendar = calendar;
        this.notifications = notifications;
        this.users = users;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.staleChangeDays = staleChangeDays;
        this.escalateAfterDays = escalateAfterDays;
    }

    /** The fiscal year and month the dashboard opens on: the current ones. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'HEAD')")
    public TrackingPeriod currentPeriod() {
        var today = calendar.today();
        return new TrackingPeriod(th.go.bangkok.tidtam.base.FiscalYear.containing(today).buddhistYear(),
                calendar.currentMonth());
    }

    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'HEAD')")
    @Transactional(readOnly = true)
    public Headline headline(TrackingPeriod period) {
        return overview(period).headline();
    }

    /** The dashboard's top half in one reading: the headline and completeness by agency, from the same counts. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'HEAD')")
    @Transactional(readOnly = true)
    public Overview overview(TrackingPeriod period) {
        var office = scope();
        // computed once for every viewer of the same period and scope (docs/decisions/0017)
        return figures.dashboard(new Key("overview", period, office, null), () -> {
            var counts = queries.countsByAgency(period, office);
            return new Overview(headline(counts, office), rollUp(counts));
        });
    }

    private Headline headline(Map<Long, TrackingQueries.Counts> counts, Long office) {
        var total = new TrackingQueries.Counts(0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
        for (var c : counts.values()) {
            total = new TrackingQueries.Counts(total.projects() + c.projects(), total.reported() + c.reported(),
                    total.late() + c.late(), total.behindPlan() + c.behindPlan(), total.offTarget() + c.offTarget(),
                    total.budget().add(c.budget()), total.disbursed().add(c.disbursed()));
        }
        long stale = queries.staleChangeRequests(clock.instant().minus(Duration.ofDays(staleChangeDays)), office);
        return new Headline(total.projects(), total.reported(), total.late(), total.behindPlan(), total.offTarget(),
                total.budget().setScale(2), total.disbursed().setScale(2), stale);
    }

    /**
     * Completeness by agency, office → division → group, each row with its own projects and everything below it;
     * only agencies with projects in the month. Offices first, in code order; children follow their parent.
     */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'HEAD')")
    @Transactional(readOnly = true)
    public List<AgencyRow> byAgency(TrackingPeriod period) {
        return overview(period).agencies();
    }

    private List<AgencyRow> rollUp(Map<Long, TrackingQueries.Counts> counts) {
        var nodes = agencies.all();
        var byId = new HashMap<Long, AgencyNode>();
        nodes.forEach(n -> byId.put(n.id(), n));
        var rows = new HashMap<Long, AgencyRow>();
        counts.forEach((agencyId, c) -> {
            var own = new AgencyRow(0, null, null, null, c.projects(), c.reported(), c.late(), c.behindPlan(),
                    c.offTarget(), c.budget(), c.disbursed());
            for (var node = byId.get(agencyId); node != null; node = node.parentId() == null ? null : byId.get(node.parentId())) {
                var n = node;
                rows.merge(n.id(), new AgencyRow(n.id(), n.parentId(), n.level(), n.nameTh(), 0, 0, 0, 0, 0,
                        BigDecimal.ZERO, BigDecimal.ZERO).plus(own), AgencyRow::plus);
            }
        });
        var children = nodes.stream().filter(n -> n.parentId() != null)
                .collect(java.util.stream.Collectors.groupingBy(AgencyNode::parentId));
        var ordered = new ArrayList<AgencyRow>();
        nodes.stream().filter(n -> n.parentId() == null).forEach(office -> addTree(office, children, rows, ordered));
        return ordered;
    }

    private static void addTree(AgencyNode node, Map<Long, List<AgencyNode>> children, Map<Long, AgencyRow> rows,
                                List<AgencyRow> out) {
        var row = rows.get(node.id());
        if (row == null) {
            return;
        }
        out.add(row);
        children.getOrDefault(node.id(), List.of()).forEach(child -> addTree(child, children, rows, out));
    }

    /** ยังไม่รายงาน: the projects still missing the month's report, by office and code, paged in the database. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'HEAD')")
    @Transactional(readOnly = true)
    public List<MissingReport> missing(TrackingPeriod period, Long agencyId, Pageable page) {
        // the same page for every viewer of the scope: read once until a report or project is written (and then
        // at most once in the dashboards' lag, as the cards above it) or a reminder is sent (at once)
        var office = scope();
        return figures.dashboard(new Key("missing page", period, office,
                java.util.List.of(agencyId == null ? 0L : agencyId, page.getOffset(), page.getPageSize())), () -> {
            var rows = queries.missing(period, office, agencyId, (int) page.getOffset(), page.getPageSize());
            var paths = AgencyNode.paths(agencies.all());
            var due = calendar.dueDate(period.month());
            long overdue = Math.max(0, ChronoUnit.DAYS.between(due, calendar.today()));
            return rows.stream().map(r -> new MissingReport(r.code(), r.name(), r.agencyId(), paths.get(r.agencyId()),
                    r.responsibleName(), r.responsiblePhone(), r.lastReportDate(), overdue, r.lastReminderAt())).toList();
        });
    }

    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'HEAD')")
    @Transactional(readOnly = true)
    public long countMissing(TrackingPeriod period, Long agencyId) {
        var office = scope();
        return figures.dashboard(new Key("missing", period, office, agencyId),
                () -> queries.countMissing(period, office, agencyId));
    }

    /** The month's reports flagged behind plan or not on target, by office and code, paged in the database. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'HEAD')")
    @Transactional(readOnly = true)
    public List<ConcernReport> concerns(TrackingPeriod period, Concern concern, Long agencyId, Pageable page) {
        var office = scope();
        return figures.dashboard(new Key("concerns page", period, office, java.util.List.of(concern,
                agencyId == null ? 0L : agencyId, page.getOffset(), page.getPageSize())), () -> {
            var rows = queries.concerns(period, office, agencyId, concern, (int) page.getOffset(), page.getPageSize());
            var paths = AgencyNode.paths(agencies.all());
            return rows.stream().map(r -> new ConcernReport(r.code(), r.name(), paths.get(r.agencyId()),
                    r.responsibleName(), r.responsiblePhone(), r.reportDate(), r.progress(), r.disbursed(), r.late()))
                    .toList();
        });
    }

    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'HEAD')")
    @Transactional(readOnly = true)
    public long countConcerns(TrackingPeriod period, Concern concern, Long agencyId) {
        var office = scope();
        return figures.dashboard(new Key("concerns", period, office, java.util.List.of(concern, agencyId == null ? 0L : agencyId)),
                () -> queries.countConcerns(period, office, agencyId, concern));
    }

    /** Disbursement and projects per dimension of the 20-year plan, for the month (dimensions without projects left out). */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'HEAD')")
    @Transactional(readOnly = true)
    public List<DimensionFigures> byDimension(TrackingPeriod period) {
        var office = scope();
        return figures.dashboard(new Key("dimensions", period, office, null), () -> queries.byDimension(period, office)
                .stream().map(r -> new DimensionFigures(r.dimensionId(), r.code(), r.nameTh(), r.nameEn(), r.projects(),
                        r.budget().setScale(2), r.disbursed().setScale(2))).toList());
    }

    /** Reporting completeness for each month of the fiscal year, from October to the chosen month. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'HEAD')")
    @Transactional(readOnly = true)
    public List<MonthCompleteness> completenessByMonth(TrackingPeriod period) {
        var office = scope();
        return figures.dashboard(new Key("months", period, office, null), () -> queries.completenessByMonth(
                        period.fiscalYear(), period.month(), office).stream()
                .map(r -> new MonthCompleteness(java.time.YearMonth.from(r.month()), r.expected(), r.reported()))
                .toList());
    }

    /**
     * ส่งการแจ้งเตือน: a notification to the officer who registered each chosen project that still misses the month's
     * report (within the caller's scope), recorded with who sent it and when. A project more than
     * {@code tidtam.tracking.escalate-after-days} overdue also notifies the heads of its office. Returns how many
     * projects were reminded.
     */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'HEAD')")
    @Transactional
    public int remind(TrackingPeriod period, List<String> projectCodes) {
        if (projectCodes.isEmpty()) {
            throw new BusinessRuleException("tracking.remind.nothingChosen");
        }
        var by = currentUser.require().getUsername();
        var now = clock.instant();
        var overdue = ChronoUnit.DAYS.between(calendar.dueDate(period.month()), calendar.today());
        boolean escalate = overdue > escalateAfterDays;
        var month = ThaiDates.formatMonth(period.month());
        var targets = queries.targets(period, scope(), projectCodes);
        for (var t : targets) {
            var link = ProjectNavigation.report(t.code(), period.month());
            notifications.send(users.recipient(t.ownerId()), "notification.reminder", List.of(t.code(), t.name(), month),
                    link);
            if (escalate) {
                notifications.send(users.recipients(Role.HEAD, t.officeId()), "notification.reminder.escalated",
                        List.of(t.code(), t.name(), month, String.valueOf(overdue)), ProjectNavigation.tab(t.code(), ProjectNavigation.TAB_REPORTS));
            }
            queries.recordReminder(t.projectId(), period, by, now, escalate);
            audit.event(AuditAction.REMIND, "Project", t.projectId(), "reminder for " + period.month()
                    + (escalate ? ", escalated to the head of office" : ""));
        }
        return targets.size();
    }

    /** The office a head is limited to; null (all) for coordinators and administrators. */
    private Long scope() {
        var user = currentUser.require();
        return switch (user.role()) {
            case COORDINATOR, ADMIN -> null;
            case HEAD -> {
                if (user.agencyId() == null) {
                    throw new AccessDeniedException("a head without an office");
                }
                yield user.agencyId();
            }
            case OFFICER -> throw new AccessDeniedException("officers do not track other agencies");
        };
    }
}
