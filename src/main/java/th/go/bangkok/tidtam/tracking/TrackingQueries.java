package th.go.bangkok.tidtam.tracking;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.base.db.ReadModel;
import th.go.bangkok.tidtam.project.ProjectReadModel;
import th.go.bangkok.tidtam.progress.ReportReadModel;

/**
 * The dashboard's figures, all from aggregate SQL: nothing is loaded to be counted in Java. A project is
 * expected to report for a month when it is running (ดำเนินการ), belongs to the fiscal year, and its period
 * overlaps the month; a report counts once submitted (or frozen). {@code office} null means every office.
 */
@Repository
class TrackingQueries {

    private static final String FILED = ReportReadModel.FILED;
    /** The projects a month expects a report from (with {@code :fy}, {@code :monthStart/End}, {@code :office}). */
    static final String EXPECTED = sql(" {p.fiscal_year} = :fy and " + ProjectReadModel.RUNNING + """
             and {p.start_date} <= :monthEnd and {p.end_date} >= :monthStart
              and (:office is null or {p.office_id} = :office)
            """);
    private static final String AGENCY = sql(" " + """
              and (:agency is null or {p.agency_id} = :agency or {p.division_id} = :agency or {p.office_id} = :agency)
            """);
    /** …and that have not filed {@code :month}'s report. */
    static final String NOT_FILED = sql(" " + """
              and not exists (select 1 from {progress_report} where {r.project_id} = {p.id}
                              and {r.report_month} = :month and {r.status} in """ + FILED + ") ");

    /** Per agency (the project's own unit): what the dashboard's tree rolls up. */
    record Counts(long projects, long reported, long late, long behindPlan, long offTarget, BigDecimal budget,
                  BigDecimal disbursed) {
    }

    record MissingRow(long projectId, String code, String name, long agencyId, String responsibleName,
                      String responsiblePhone, LocalDate lastReportDate, Instant lastReminderAt) {
    }

    record Target(long projectId, String code, String name, long ownerId, long officeId) {
    }

    record ConcernRow(long projectId, String code, String name, long agencyId, String responsibleName,
                      String responsiblePhone, LocalDate reportDate, BigDecimal progress, BigDecimal disbursed,
                      boolean late) {
    }

    record DimensionRow(long dimensionId, String code, String nameTh, String nameEn, long projects,
                        BigDecimal budget, BigDecimal disbursed) {
    }

    record MonthRow(LocalDate month, long expected, long reported) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    TrackingQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per project, what it filed from {@code :from} to the month: whether the month's report came (late, behind
     * plan, not on target) and the money of all of them. Read as one range of the month-first covering index
     * ({@code ix_progress_report_tracking}), which costs far less than one index descent per project; the rollup
     * and the dimension figures join it to the expected projects. Imported history may hold several reports in a
     * month: the month counts once, its standing is the month's own report ({@code month_seq = 0}, the last of
     * the month), and the money of all of them counts.
     */
    private static final String FILED_PER_PROJECT = sql(" " + """
            select {r.project_id},
                   max(case when {r.report_month} = :month then 1 else 0 end) as reported,
                   max(case when {r.report_month} = :month and {r.month_seq} = 0 and {r.late} = 1 then 1 else 0 end)
                       as late,
                   max(case when {r.report_month} = :month and {r.month_seq} = 0 and {r.on_plan} = 0 then 1 else 0 end)
                       as behind,
                   max(case when {r.report_month} = :month and {r.month_seq} = 0 and {r.on_target} = 0
                            then 1 else 0 end) as off_target,
                   sum({r.disbursed}) as disbursed
            from {progress_report}
            where {r.report_month} >= :from and {r.report_month} <= :month and {r.status} in """ + FILED + """
            group by {r.project_id}
            """);

    /** The fiscal year's running projects (of the office, if one is given), whatever their period. */
    private static final String FISCAL_YEAR = sql(" {p.fiscal_year} = :fy and " + ProjectReadModel.RUNNING
            + " and (:office is null or {p.office_id} = :office)\n");
    private static final String EARLIEST = sql("select min({p.start_date}) from {project} where " + FISCAL_YEAR);

    private static final String COUNTS_BY_AGENCY = sql("""
            select {p.agency_id}, count(*) as projects, coalesce(sum(a.reported), 0) as reported,
                   coalesce(sum(a.late), 0) as late, coalesce(sum(a.behind), 0) as behind,
                   coalesce(sum(a.off_target), 0) as off_target, coalesce(sum({p.budget}), 0) as budget,
                   coalesce(sum(a.disbursed), 0) as disbursed
            from {project}
            left join (""" + FILED_PER_PROJECT + """
            ) a on a.project_id = {p.id}
            where """ + EXPECTED + """
            group by {p.agency_id}
            """);

    private static final String NOT_REPORTED = AGENCY + NOT_FILED;

    private static final String MISSING = sql("""
            select {p.id}, {p.code}, {p.name}, {p.agency_id}, {p.responsible_name}, {p.responsible_phone},
                   (select max({r.report_date}) from {progress_report}
                    where {r.project_id} = {p.id} and {r.status} in """ + FILED + """
                   ) as last_report,
                   (select max(m.sent_at) from reminder m where m.project_id = {p.id} and m.report_month = :month)
                       as last_reminder
            from {project}
            where """ + EXPECTED + NOT_REPORTED + """
            order by {p.office_id}, {p.code}
            limit :limit offset :offset
            """);

    private static final String COUNT_MISSING = sql("select count(*) from {project} where " + EXPECTED + NOT_REPORTED);

    private static final String BY_DIMENSION = sql("""
            select d.id, d.code, d.name_th, d.name_en, count(*) as projects, coalesce(sum({p.budget}), 0) as budget,
                   coalesce(sum(a.disbursed), 0) as disbursed
            from {project}
            left join (""" + FILED_PER_PROJECT + """
            ) a on a.project_id = {p.id}
            join plan_node d on d.level = 'DIMENSION' and {p.dimension_ids} like concat('%,', d.id, ',%')
            where """ + EXPECTED + """
            group by d.id, d.code, d.name_th, d.name_en
            order by d.code
            """);

    /** The month's own filed reports that raise the concern, with their projects, a page of them. */
    private static final Map<Concern, String> CONCERNS = byConcern(concern -> sql("""
            select {p.id}, {p.code}, {p.name}, {p.agency_id}, {p.responsible_name}, {p.responsible_phone},
                   {r.report_date}, {r.progress}, {r.disbursed}, {r.late}
            from {project}
            join {progress_report} on {r.project_id} = {p.id} and {r.report_month} = :month and {r.month_seq} = 0
             and {r.status} in """ + FILED + " and " + concern.column() + " = 0 where " + EXPECTED + AGENCY + """
            order by {p.office_id}, {p.code}
            limit :limit offset :offset
            """));

    private static final Map<Concern, String> COUNT_CONCERNS = byConcern(concern -> sql(
            "select count(*) from {project} join {progress_report} on {r.project_id} = {p.id}"
            + " and {r.report_month} = :month and {r.month_seq} = 0 and {r.status} in " + FILED + " and "
            + concern.column() + " = 0 where " + EXPECTED + AGENCY));

    private static final String START = ProjectReadModel.PROJECT.column("start_date");
    private static final String END = ProjectReadModel.PROJECT.column("end_date");

    /** Each project's filed months of the year as a bit mask (bit 0 = October), after the per-month columns. */
    private static final String FILED_MONTHS = sql("""
             from {project}
            left join (select {r.project_id},
                              bit_or(1 << period_diff(date_format({r.report_month}, '%Y%m'), :fyStartYm)) as mask
                       from {progress_report}
                       where {r.report_month} >= :fyStart and {r.report_month} <= :month
                         and {r.status} in """ + FILED + """
                       group by {r.project_id}) a on a.project_id = {p.id}
            where """ + FISCAL_YEAR + " and {p.start_date} <= :monthEnd and {p.end_date} >= :fyStart");

    private static final String TARGETS = sql("select {p.id}, {p.code}, {p.name}, {p.owner_id}, {p.office_id}"
            + " from {project} where " + EXPECTED + NOT_REPORTED + " and {p.code} in (:codes)");

    /** The statement with the published project and report names filled in (the tables are theirs). */
    static String sql(String template) {
        return ReadModel.sql(template, ProjectReadModel.PROJECT, ReportReadModel.REPORT);
    }

    private static Map<Concern, String> byConcern(Function<Concern, String> statement) {
        var statements = new EnumMap<Concern, String>(Concern.class);
        for (var concern : Concern.values()) {
            statements.put(concern, statement.apply(concern));
        }
        return statements;
    }

    /**
     * The first month any of the year's running projects can have reported for (reports lie within a project's
     * period): where the money starts counting. Null when the year has no running project.
     */
    private MapSqlParameterSource withFrom(TrackingPeriod period, Long office) {
        var params = params(period, office);
        var earliest = jdbc.queryForObject(EARLIEST, params, LocalDate.class);
        return earliest == null ? null : params.addValue("from", earliest.withDayOfMonth(1));
    }

    Map<Long, Counts> countsByAgency(TrackingPeriod period, Long office) {
        var counts = new HashMap<Long, Counts>();
        var params = withFrom(period, office);
        if (params == null) {
            return counts;
        }
        jdbc.query(COUNTS_BY_AGENCY, params, rs -> {
            counts.put(rs.getLong("agency_id"), new Counts(rs.getLong("projects"), rs.getLong("reported"),
                    rs.getLong("late"), rs.getLong("behind"), rs.getLong("off_target"), rs.getBigDecimal("budget"),
                    rs.getBigDecimal("disbursed")));
        });
        return counts;
    }

    long staleChangeRequests(Instant submittedBefore, Long office) {
        var params = new MapSqlParameterSource("before", Timestamp.from(submittedBefore)).addValue("office", office);
        return jdbc.queryForObject("""
                select count(*) from change_request c
                where c.status = 'SUBMITTED' and c.submitted_at < :before and (:office is null or c.office_id = :office)
                """, params, Long.class);
    }

    List<MissingRow> missing(TrackingPeriod period, Long office, Long agency, int offset, int limit) {
        var params = params(period, office).addValue("agency", agency).addValue("offset", offset).addValue("limit", limit);
        return jdbc.query(MISSING, params, (rs, i) -> new MissingRow(rs.getLong("id"), rs.getString("code"),
                rs.getString("name"), rs.getLong("agency_id"), rs.getString("responsible_name"),
                rs.getString("responsible_phone"), rs.getObject("last_report", LocalDate.class),
                rs.getTimestamp("last_reminder") == null ? null : rs.getTimestamp("last_reminder").toInstant()));
    }

    long countMissing(TrackingPeriod period, Long office, Long agency) {
        return jdbc.queryForObject(COUNT_MISSING, params(period, office).addValue("agency", agency), Long.class);
    }

    /** The month's filed reports that say the project is behind plan, or not on target, by office and code. */
    List<ConcernRow> concerns(TrackingPeriod period, Long office, Long agency, Concern concern, int offset, int limit) {
        var params = params(period, office).addValue("agency", agency).addValue("offset", offset).addValue("limit", limit);
        return jdbc.query(CONCERNS.get(concern), params, (rs, i) -> new ConcernRow(rs.getLong("id"),
                rs.getString("code"), rs.getString("name"), rs.getLong("agency_id"), rs.getString("responsible_name"),
                rs.getString("responsible_phone"), rs.getObject("report_date", LocalDate.class),
                rs.getBigDecimal("progress"), rs.getBigDecimal("disbursed"), rs.getBoolean("late")));
    }

    long countConcerns(TrackingPeriod period, Long office, Long agency, Concern concern) {
        return jdbc.queryForObject(COUNT_CONCERNS.get(concern), params(period, office).addValue("agency", agency),
                Long.class);
    }

    /**
     * Projects, budget and disbursement (filed up to the month) per dimension of the 20-year plan. A project
     * linked to two dimensions counts in both, as it serves both.
     */
    List<DimensionRow> byDimension(TrackingPeriod period, Long office) {
        var params = withFrom(period, office);
        if (params == null) {
            return List.of();
        }
        return jdbc.query(BY_DIMENSION, params, (rs, i) -> new DimensionRow(rs.getLong("id"), rs.getString("code"),
                rs.getString("name_th"), rs.getString("name_en"), rs.getLong("projects"), rs.getBigDecimal("budget"),
                rs.getBigDecimal("disbursed")));
    }

    /**
     * Reports received against expected for each month of the fiscal year from October to {@code last}, in one
     * statement: each project's filed months of the year as a bit mask (bit 0 = October), then per month the
     * projects whose period overlaps it and those of them whose bit is set.
     */
    List<MonthRow> completenessByMonth(int fiscalYear, YearMonth last, Long office) {
        var first = YearMonth.from(FiscalYear.of(fiscalYear).firstDay());
        int months = (int) ChronoUnit.MONTHS.between(first, last) + 1;
        var params = new MapSqlParameterSource("fy", fiscalYear).addValue("office", office)
                .addValue("fyStart", first.atDay(1)).addValue("fyStartYm", first.getYear() * 100 + first.getMonthValue())
                .addValue("month", last.atDay(1)).addValue("monthEnd", last.atEndOfMonth());
        var columns = new StringBuilder();
        for (int i = 0; i < months; i++) {
            var m = first.plusMonths(i);
            params.addValue("start" + i, m.atDay(1)).addValue("end" + i, m.atEndOfMonth());
            var overlaps = START + " <= :end" + i + " and " + END + " >= :start" + i;
            columns.append(i == 0 ? "" : ", ")
                    .append("sum(case when ").append(overlaps).append(" then 1 else 0 end) as e").append(i)
                    .append(", sum(case when ").append(overlaps).append(" and a.mask & ").append(1L << i)
                    .append(" <> 0 then 1 else 0 end) as r").append(i);
        }
        return jdbc.query("select " + columns + FILED_MONTHS,
                params, rs -> {
                    var rows = new ArrayList<MonthRow>();
                    rs.next();
                    for (int i = 0; i < months; i++) {
                        rows.add(new MonthRow(first.plusMonths(i).atDay(1), rs.getLong("e" + i), rs.getLong("r" + i)));
                    }
                    return rows;
                });
    }

    /** The projects to remind, by code, restricted to the caller's scope and to those still missing the month. */
    List<Target> targets(TrackingPeriod period, Long office, List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.query(TARGETS,
                params(period, office).addValue("agency", null).addValue("codes", codes),
                (rs, i) -> new Target(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getLong("owner_id"),
                        rs.getLong("office_id")));
    }

    void recordReminder(long projectId, TrackingPeriod period, String by, Instant at, boolean escalated) {
        jdbc.update("""
                insert into reminder (project_id, report_month, sent_by, sent_at, escalated)
                values (:project, :month, :by, :at, :escalated)
                """, new MapSqlParameterSource("project", projectId).addValue("month", period.month().atDay(1))
                .addValue("by", by).addValue("at", Timestamp.from(at)).addValue("escalated", escalated));
        // the missing list shows the last reminder: its pages are read again (see FigureCache)
        th.go.bangkok.tidtam.base.FigureCache.changed();
    }

    static MapSqlParameterSource params(TrackingPeriod period, Long office) {
        var month = period.month();
        return new MapSqlParameterSource("fy", period.fiscalYear())
                .addValue("month", month.atDay(1))
                .addValue("monthStart", month.atDay(1))
                .addValue("monthEnd", month.atEndOfMonth())
                .addValue("office", office);
    }
}
