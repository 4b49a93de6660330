package th.go.bangkok.tidtam.tracking;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.progress.ReportReadModel;

/**
 * What the daily digest needs, in a handful of grouped statements over all users at once: the reports each officer
 * still owes (or has been sent back), the change requests waiting for each office, the missing reports per
 * office. Also the once-a-day key ({@code reminder_digest}) that keeps a second run or node from sending again.
 */
@Repository
class DigestQueries {

    /** One project of an officer's (owner's) that needs something for a month. */
    record OwedReport(long ownerId, long projectId, String code, YearMonth month) {
    }

    record Count(long key, long count) {
    }

    record Account(long id, String role, Long agencyId, String language, String email) {
    }

    /** The projects that owe a month's report: the dashboard's own definition ({@link TrackingQueries}). */
    private static final String MISSING = TrackingQueries.sql(" from {project} where " + TrackingQueries.EXPECTED
            + TrackingQueries.NOT_FILED);
    private static final String OWED_BY_OWNER = TrackingQueries.sql("select {p.owner_id}, {p.id}, {p.code} " + MISSING
            + " order by {p.owner_id}, {p.code}");
    private static final String MISSING_BY_OFFICE = TrackingQueries.sql("select {p.office_id}, count(*) as n " + MISSING
            + " group by {p.office_id}");
    private static final String RETURNED = TrackingQueries.sql("""
            select {p.owner_id}, {p.id}, {p.code}, {r.report_month}
            from {progress_report} join {project} on {p.id} = {r.project_id}
            where """ + ReportReadModel.RETURNED + """
             and {r.report_month} >= :from
            order by {p.owner_id}, {p.code}
            """);

    private final NamedParameterJdbcTemplate jdbc;

    DigestQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Running projects that have not filed {@code month}'s report, with the officer who registered each. */
    List<OwedReport> missing(YearMonth month) {
        return jdbc.query(OWED_BY_OWNER, params(month),
                (rs, i) -> new OwedReport(rs.getLong("owner_id"), rs.getLong("id"), rs.getString("code"), month));
    }

    /** Missing reports of {@code month} per office. */
    List<Count> missingByOffice(YearMonth month) {
        return jdbc.query(MISSING_BY_OFFICE, params(month),
                (rs, i) -> new Count(rs.getLong("office_id"), rs.getLong("n")));
    }

    /** Reports sent back for correction in months still open. */
    List<OwedReport> returned(YearMonth firstOpenMonth) {
        return jdbc.query(RETURNED, new MapSqlParameterSource("from", Date.valueOf(firstOpenMonth.atDay(1))),
                (rs, i) -> new OwedReport(rs.getLong("owner_id"), rs.getLong("id"), rs.getString("code"),
                        YearMonth.from(rs.getDate("report_month").toLocalDate())));
    }

    /** Change requests waiting for a decision, per office; with {@code before}, only those submitted before it. */
    List<Count> pendingChangesByOffice(Instant before) {
        return jdbc.query("""
                select c.office_id, count(*) as n from change_request c
                where c.status = 'SUBMITTED' and (:before is null or c.submitted_at < :before)
                group by c.office_id
                """, new MapSqlParameterSource("before", before == null ? null : Timestamp.from(before)),
                (rs, i) -> new Count(rs.getLong("office_id"), rs.getLong("n")));
    }

    List<Account> accounts() {
        return jdbc.query("""
                select id, role, agency_id, language, email from app_user
                where enabled = 1 and role in ('OFFICER', 'HEAD', 'COORDINATOR')
                """, new MapSqlParameterSource(), (rs, i) -> new Account(rs.getLong("id"), rs.getString("role"),
                rs.getObject("agency_id", Long.class), rs.getString("language"), rs.getString("email")));
    }

    /** Claims today's digest for the user; false when it was already sent (by this run, an earlier one, or another node). */
    boolean claim(long userId, LocalDate day, int items, Instant at) {
        return jdbc.update("""
                insert ignore into reminder_digest (user_id, digest_date, items, created_at)
                values (:user, :day, :items, :at)
                """, new MapSqlParameterSource("user", userId).addValue("day", Date.valueOf(day))
                .addValue("items", items).addValue("at", Timestamp.from(at))) == 1;
    }

    /** The automatic reminders behind a digest, shown as "last reminder" on the dashboard. */
    void recordReminders(List<OwedReport> reports, Instant at) {
        if (reports.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into reminder (project_id, report_month, sent_by, sent_at, escalated)
                values (:project, :month, 'system', :at, 0)
                """, reports.stream().map(r -> new MapSqlParameterSource("project", r.projectId())
                .addValue("month", Date.valueOf(r.month().atDay(1))).addValue("at", Timestamp.from(at)))
                .toArray(MapSqlParameterSource[]::new));
    }

    long digestsOn(LocalDate day) {
        return jdbc.queryForObject("select count(*) from reminder_digest where digest_date = :day",
                new MapSqlParameterSource("day", Date.valueOf(day)), Long.class);
    }

    private static MapSqlParameterSource params(YearMonth month) {
        return TrackingQueries.params(new TrackingPeriod(FiscalYear.containing(month.atDay(1)).buddhistYear(), month),
                null);
    }
}
