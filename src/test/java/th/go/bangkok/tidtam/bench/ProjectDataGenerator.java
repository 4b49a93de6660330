package th.go.bangkok.tidtam.bench;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.project.SearchGrams;

/**
 * Fills the database with N realistic projects for performance work: 40 extra offices with divisions and
 * groups, projects spread over FY 2563–2570, offices, statuses and plan goals, each with objectives, targets
 * and a plan link. Plain JDBC batches, a progress line every batch.
 */
@Component
class ProjectDataGenerator {

    private static final Logger log = LoggerFactory.getLogger(ProjectDataGenerator.class);
    private static final int BATCH = 2_000;
    private static final String[] WORDS = {"พัฒนา", "ปรับปรุง", "ส่งเสริม", "อบรม", "สัมมนา", "รณรงค์", "ตรวจคัดกรอง",
            "บำรุงรักษา", "จัดทำ", "สำรวจ"};
    private static final String[] TOPICS = {"คู่มือการปฏิบัติงาน", "ระบบบริการอิเล็กทรอนิกส์", "สุขภาพผู้สูงอายุ",
            "การคัดแยกขยะ", "สวนสาธารณะ", "คลองและทางเดินริมน้ำ", "ความปลอดภัยในชุมชน", "การเรียนรู้ตลอดชีวิต",
            "สมรรถนะข้าราชการ", "ทะเบียนราษฎร", "การจราจร", "ถนนและทางเท้า"};

    private final JdbcTemplate jdbc;
    private final th.go.bangkok.tidtam.agency.AgencyService agencies;
    private final th.go.bangkok.tidtam.TestUsers users;

    ProjectDataGenerator(JdbcTemplate jdbc, th.go.bangkok.tidtam.agency.AgencyService agencies,
                         th.go.bangkok.tidtam.TestUsers users) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.users = users;
    }

    /**
     * With -Dtidtam.bench.data-dir=/path/to/data/mariadb the data go into that database (the application stopped),
     * e.g. for the load benchmark (load/run.sh) or to try the screens at 100,000 projects; without it, into a
     * throw-away one.
     */
    static void dataDir(org.springframework.test.context.DynamicPropertyRegistry registry) {
        // bulk loads of a million rows are statements far longer than a page open's time-out
        registry.add("spring.jdbc.template.query-timeout", () -> "0");
        registry.add("spring.jpa.properties.jakarta.persistence.query.timeout", () -> "0");
        var dir = System.getProperty("tidtam.bench.data-dir");
        if (dir != null && !dir.isBlank()) {
            registry.add("tidtam.embedded-db.dir", () -> dir);
            registry.add("tidtam.embedded-db.ephemeral", () -> "false");
        }
    }

    void generate(int projects) {
        long started = System.nanoTime();
        createOffices();
        // the offices went in through JDBC: the tree every session shares is read again
        users.as(th.go.bangkok.tidtam.TestUsers.ADMIN, agencies::reload);
        var units = jdbc.query("select g.id, g.parent_id, d.parent_id, o.code from agency g join agency d on g.parent_id = d.id "
                + "join agency o on d.parent_id = o.id where o.code like '6%'", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3),
                Long.parseLong(rs.getString(4))});
        var goals = jdbc.query("select g.id, d.id from plan_node g join plan_node s on g.parent_id = s.id "
                + "join plan_node d on s.parent_id = d.id where g.level = 'GOAL'", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
        long owner = jdbc.queryForObject("select id from app_user where username = 'admin'", Long.class);
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) from project", Long.class) + 1;
        var random = new Random(42);
        var serials = new java.util.HashMap<Long, Integer>();
        for (int done = 0; done < projects; done += BATCH) {
            int size = Math.min(BATCH, projects - done);
            var rows = new ArrayList<Object[]>();
            var objectives = new ArrayList<Object[]>();
            var targets = new ArrayList<Object[]>();
            var links = new ArrayList<Object[]>();
            var grams = new ArrayList<Object[]>();
            for (int i = 0; i < size; i++) {
                long id = firstId + done + i;
                var unit = units.get(random.nextInt(units.size()));
                int serial = serials.merge(unit[2], 1, Integer::sum);
                var code = "%08d-%04d".formatted(unit[3], serial % 10_000);
                int year = 2563 + random.nextInt(8);
                var fy = FiscalYear.of(year);
                var name = "โครงการ" + WORDS[random.nextInt(WORDS.length)] + TOPICS[random.nextInt(TOPICS.length)]
                        + " ปีงบประมาณ พ.ศ. " + year + " รุ่นที่ " + (done + i);
                var goal = goals.get(random.nextInt(goals.size()));
                var status = year < 2568 ? "CLOSED" : random.nextInt(10) == 0 ? "DRAFT" : "ACTIVE";
                rows.add(new Object[] {id, code, unit[0], unit[2], unit[1], year, name, Date.valueOf(fy.firstDay()),
                        Date.valueOf(fy.lastDay()), BigDecimal.valueOf(10_000L * (1 + random.nextInt(500))), status,
                        owner, "ผู้รับผิดชอบ ทดสอบ", "1460", Timestamp.from(Instant.EPOCH.plusSeconds(id)),
                        "," + goal[1] + ","});
                objectives.add(new Object[] {id, 0, "เพื่อ" + TOPICS[random.nextInt(TOPICS.length)]});
                targets.add(new Object[] {id, 0, "ผู้เข้าร่วมโครงการ", BigDecimal.valueOf(100 + random.nextInt(900)), "คน"});
                links.add(new Object[] {id, 0, goal[0], goal[1]});
                for (var gram : SearchGrams.of(code + " " + name)) {
                    grams.add(new Object[] {id, gram});
                }
            }
            jdbc.batchUpdate("insert into project (id, code, agency_id, office_id, division_id, fiscal_year, name, start_date, "
                    + "end_date, budget, status, owner_id, responsible_name, responsible_phone, created_at, dimension_ids) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            jdbc.batchUpdate("insert into project_objective (project_id, position, item_text) values (?, ?, ?)", objectives);
            jdbc.batchUpdate("insert into project_quantity_target (project_id, position, description, quantity, unit) "
                    + "values (?, ?, ?, ?, ?)", targets);
            jdbc.batchUpdate("insert into project_search_gram (project_id, gram) values (?, ?)", grams);
            jdbc.batchUpdate("insert into project_plan_link (project_id, position, plan_node_id, dimension_id) "
                    + "values (?, ?, ?, ?)", links);
            log.info("generated {} / {} projects ({} s)", done + size, projects, (System.nanoTime() - started) / 1_000_000_000);
        }
        jdbc.execute("analyze table project, project_plan_link, project_search_gram");
    }

    /** Generates the projects unless an earlier benchmark of this run already did. */
    void ensure(int projects) {
        long existing = jdbc.queryForObject("select count(*) from project p join agency o on o.id = p.office_id "
                + "where o.code like '6%'", Long.class);
        if (existing < projects) {
            generate(projects - (int) existing);
        }
    }

    /**
     * Twelve monthly reports for each generated project that is not a draft (about 1.1 million rows at 100,000
     * projects), about one month in twelve left missing, some late, some behind plan, money in a few rounds.
     */
    void ensureReports() {
        long existing = jdbc.queryForObject("select count(*) from progress_report r join project p on p.id = r.project_id "
                + "join agency o on o.id = p.office_id where o.code like '6%'", Long.class);
        if (existing > 0) {
            return;
        }
        long started = System.nanoTime();
        var random = new Random(7);
        var rows = new ArrayList<Object[]>();
        long[] written = {0};
        jdbc.query("select p.id, p.fiscal_year from project p join agency o on o.id = p.office_id "
                + "where o.code like '6%' and p.status <> 'DRAFT'", rs -> {
            long id = rs.getLong(1);
            var first = java.time.YearMonth.from(FiscalYear.of(rs.getInt(2)).firstDay());
            for (int m = 0; m < 12; m++) {
                if (random.nextInt(12) == 0) {
                    continue;
                }
                var month = first.plusMonths(m);
                rows.add(new Object[] {id, Date.valueOf(month.atDay(1)), Date.valueOf(month.atDay(15 + random.nextInt(10))),
                        BigDecimal.valueOf(Math.min(100, 8 * (m + 1))), random.nextInt(4) == 0
                        ? BigDecimal.valueOf(1_000L * (1 + random.nextInt(50))) : null, random.nextInt(5) != 0,
                        random.nextInt(6) != 0, random.nextInt(8) == 0, Timestamp.from(Instant.EPOCH.plusSeconds(id))});
                if (rows.size() == 5 * BATCH) {
                    flushReports(rows);
                    written[0] += 5L * BATCH;
                    if (written[0] % 100_000 == 0) {
                        log.info("generated {} reports ({} s)", written[0], (System.nanoTime() - started) / 1_000_000_000);
                    }
                }
            }
        });
        flushReports(rows);
        jdbc.execute("analyze table progress_report");
        log.info("reports generated ({} s)", (System.nanoTime() - started) / 1_000_000_000);
    }

    private void flushReports(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into progress_report (project_id, report_month, report_date, progress, disbursed, "
                + "on_plan, on_target, late, status, submitted_at, submitted_by, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, 'bench', now())", rows);
        rows.clear();
    }

    /** 40 more offices (district offices and departments), each with 3 divisions of 2 groups. */
    private void createOffices() {
        var existing = jdbc.queryForObject("select count(*) from agency where code like '6%'", Integer.class);
        if (existing > 0) {
            return;
        }
        for (int o = 0; o < 40; o++) {
            var code = "%08d".formatted(60_000_000 + o * 10_000);
            jdbc.update("insert into agency (level, code, name_th) values ('OFFICE', ?, ?)", code, "สำนักงานเขตทดสอบ " + (o + 1));
            long office = jdbc.queryForObject("select id from agency where code = ?", Long.class, code);
            for (int d = 0; d < 3; d++) {
                jdbc.update("insert into agency (parent_id, level, name_th) values (?, 'DIVISION', ?)", office, "ฝ่ายทดสอบ " + (d + 1));
                long division = jdbc.queryForObject("select max(id) from agency", Long.class);
                for (int g = 0; g < 2; g++) {
                    jdbc.update("insert into agency (parent_id, level, name_th) values (?, 'GROUP', ?)", division, "งานทดสอบ " + (g + 1));
                }
            }
        }
    }
}
