package th.go.bangkok.tidtam.indicator;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.base.db.ReadModel;
import th.go.bangkok.tidtam.project.ProjectReadModel;
import th.go.bangkok.tidtam.progress.ReportReadModel;

/**
 * The projects behind the indicators, read in one statement each: the links of a fiscal year's projects to plan
 * nodes with their budget and what they disbursed (the tree's rollup), and the projects of one indicator with their
 * latest report. Drafts are left out: they are not projects yet. The callers check access.
 */
@Component
class IndicatorQueries {

    /** A project's filed reports, newest first (for its latest progress and judgement). */
    private static final String LATEST = " from {progress_report} where {r.project_id} = {p.id} and {r.status} in "
            + ReportReadModel.FILED + " order by {r.report_month} desc, {r.month_seq} limit 1 ";
    /** What a project disbursed: the sum over its filed reports. */
    private static final String DISBURSED = " coalesce((select sum({r.disbursed}) from {progress_report}"
            + " where {r.project_id} = {p.id} and {r.status} in " + ReportReadModel.FILED + "), 0) as disbursed ";

    private static final String LINKS = sql("""
            select {l.plan_node_id}, {p.id}, {p.budget}, """ + DISBURSED + """
            from {project} join {project_plan_link} on {l.project_id} = {p.id}
            where {p.fiscal_year} = :fy and """ + ProjectReadModel.NOT_DRAFT + """
             and (:office is null or {p.office_id} = :office)
            """);

    private static final String PROJECTS = sql("""
            select {p.code}, {p.name}, {p.fiscal_year}, {p.status}, {p.budget},
                   (select {r.progress} """ + LATEST + """
                   ) as progress,
                   (select {r.on_plan} """ + LATEST + """
                   ) as on_plan, """ + DISBURSED + """
            from {project}
            where """ + ProjectReadModel.NOT_DRAFT + """
             and (:office is null or {p.office_id} = :office)
              and exists (select 1 from {project_plan_link} where {l.project_id} = {p.id} and {l.plan_node_id} = :node)
            order by {p.fiscal_year} desc, {p.code}
            """);

    private static String sql(String template) {
        return ReadModel.sql(template, ProjectReadModel.PROJECT, ProjectReadModel.PLAN_LINK, ReportReadModel.REPORT);
    }

    private final NamedParameterJdbcTemplate jdbc;

    IndicatorQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A project of the year linked to a plan node, with its budget and its filed disbursements. */
    record LinkedMoney(long planNodeId, long projectId, BigDecimal budget, BigDecimal disbursed) {
    }

    List<LinkedMoney> links(int fiscalYear, Long officeId) {
        return jdbc.query(LINKS, new MapSqlParameterSource("fy", fiscalYear).addValue("office", officeId),
                (rs, i) -> new LinkedMoney(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
    }

    List<LinkedProject> projects(long indicatorId, Long officeId) {
        return jdbc.query(PROJECTS, new MapSqlParameterSource("node", indicatorId).addValue("office", officeId),
                (rs, i) -> {
                    var onPlan = rs.getObject("on_plan") == null ? null : rs.getBoolean("on_plan");
                    return new LinkedProject(rs.getString("code"), rs.getString("name"), rs.getInt("fiscal_year"),
                            rs.getString("status"), rs.getBigDecimal("progress"), onPlan == null ? null : !onPlan,
                            rs.getBigDecimal("budget"), rs.getBigDecimal("disbursed"));
                });
    }
}
