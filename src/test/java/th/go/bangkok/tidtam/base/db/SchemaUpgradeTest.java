package th.go.bangkok.tidtam.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Schema upgrades keep the data (issue #21). The repository has no release tag, so the first schema is the first
 * commit's changelog (agencies, accounts, the audit trail), kept as it was in src/test/resources/schema-v1 under the
 * same paths: a database made by it, holding data, is brought to the current schema the way the application does
 * at start (Spring's Liquibase on classpath:db/changelog/db.changelog-master.yaml), and the data is all there.
 * This also fails when one of those first changesets is edited: Liquibase refuses a changed checksum. The changes
 * that alter tables holding data are tested from the schema just before them.
 */
class SchemaUpgradeTest {

    static final Path ROOT = Path.of(System.getProperty("user.home"), ".tidtam-test",
            "upgrade-" + UUID.randomUUID().toString().substring(0, 8));
    static final String CHANGELOG = "classpath:db/changelog/db.changelog-master.yaml";
    static EmbeddedMariaDb server;

    @BeforeAll
    static void emptyServer() {
        System.setProperty("liquibase.analytics.enabled", "false");
        server = EmbeddedMariaDb.acquire(ROOT.resolve("mariadb").toString(), false, "64M");
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.release();
        }
        if (Files.exists(ROOT)) {
            try (var paths = Files.walk(ROOT)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Each test starts from an empty database (the account may drop and create its own). */
    @BeforeEach
    void emptyDatabase() throws SQLException {
        try (var db = connect(); var sql = db.createStatement()) {
            sql.execute("drop database tidtam");
            sql.execute("create database tidtam character set utf8mb4 collate " + EmbeddedMariaDb.COLLATION);
        }
    }

    @Test
    void a_database_made_by_the_first_schema_with_data_is_upgraded_to_the_current_one_and_keeps_its_data()
            throws Exception {
        var firstSchema = Path.of(SchemaUpgradeTest.class.getResource("/schema-v1").toURI());
        try (var onlyTheFirstSchema = new URLClassLoader(new URL[] {firstSchema.toUri().toURL()}, null)) {
            migrate(new DefaultResourceLoader(onlyTheFirstSchema));
        }
        assertThat(tables()).containsExactlyInAnyOrder("agency", "app_user", "audit_entry", "DATABASECHANGELOG",
                "DATABASECHANGELOGLOCK");
        try (var db = connect(); var sql = db.createStatement()) {
            sql.execute("insert into agency (id, level, code, name_th, name_en) values"
                    + " (1, 'OFFICE', '03000000', 'สำนักงาน ก.ก.', 'Office of the Civil Service Commission')");
            sql.execute("insert into agency (id, parent_id, level, code, name_th) values"
                    + " (2, 1, 'DIVISION', '03010000', 'กองพัฒนาระบบราชการกรุงเทพมหานคร')");
            sql.execute("insert into app_user (username, full_name, password_hash, role, agency_id, language,"
                    + " enabled) values ('somsri', 'นางสาวสมศรี ใจดี', '{bcrypt}$2a$10$abcdefghijklmnopqrstuv',"
                    + " 'OFFICER', 2, 'th', 1), ('admin1', 'ผู้ดูแลระบบ', '{bcrypt}$2a$10$zyxwvutsrqponmlkjihgfe',"
                    + " 'ADMIN', null, 'en', 0)");
            sql.execute("insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, summary)"
                    + " values ('2026-11-24 09:30:00', 'admin1', 'CREATE', 'AppUser', 'somsri', 'เพิ่มผู้ใช้')");
        }

        migrate(new DefaultResourceLoader());

        assertThat(tables()).contains("project", "progress_report", "report_evidence", "change_request",
                "indicator_target", "legacy_agency_mapping", "project_import_note");
        assertThat(rows("select id, coalesce(parent_id, 0), code, name_th, coalesce(official_name, '-')"
                + " from agency order by id")).containsExactly(
                "1|0|03000000|สำนักงาน ก.ก.|-", "2|1|03010000|กองพัฒนาระบบราชการกรุงเทพมหานคร|-");
        assertThat(rows("select username, full_name, password_hash, role, coalesce(agency_id, 0), language,"
                + " enabled + 0 from app_user order by username")).containsExactly(
                "admin1|ผู้ดูแลระบบ|{bcrypt}$2a$10$zyxwvutsrqponmlkjihgfe|ADMIN|0|en|0",
                "somsri|นางสาวสมศรี ใจดี|{bcrypt}$2a$10$abcdefghijklmnopqrstuv|OFFICER|2|th|1");
        assertThat(rows("select actor, action, entity_type, entity_id, summary, occurred_at from audit_entry"))
                .containsExactly("admin1|CREATE|AppUser|somsri|เพิ่มผู้ใช้|2026-11-24 09:30:00.000000");
        assertThat(rows("select count(*) from DATABASECHANGELOG where id like '001-%' or id like '002-%'"
                + " or id like '003-%'")).as("the first changesets ran once, in the first schema").containsExactly("9");
        assertThat(rows("select count(*) from DATABASECHANGELOG where id like '018-%'")).as("the latest ran too")
                .containsExactly("2");
        // the current schema works on the old rows: a project for the old division, owned by the old account
        try (var db = connect(); var sql = db.createStatement()) {
            sql.execute("update agency set official_name = 'สำนักงานคณะกรรมการข้าราชการกรุงเทพมหานคร' where id = 1");
        }
        assertThat(rows("select official_name from agency where id = 1"))
                .containsExactly("สำนักงานคณะกรรมการข้าราชการกรุงเทพมหานคร");
    }

    /**
     * The latest changes that alter tables holding data: 017 gives every report a month_seq (0: the month's report)
     * and swaps the one-report-a-month unique key for one with month_seq; 018 widens the targets' breakdown. A
     * database at the schema before them (the current changelog's first sixteen files), with a project, its
     * reports and targets, goes through them intact, and the new rules hold on the old rows.
     */
    @Test
    void projects_and_reports_of_the_schema_before_reports_as_filed_survive_its_alterations() throws Exception {
        migrate(new DefaultResourceLoader(), "classpath:schema-before-017/db.changelog-master.yaml");
        assertThat(columns("progress_report")).doesNotContain("month_seq");
        try (var db = connect(); var sql = db.createStatement()) {
            sql.execute("insert into agency (id, level, code, name_th) values (1, 'OFFICE', '03000000', 'สำนักงาน ก.ก.')");
            sql.execute("insert into app_user (id, username, full_name, password_hash, role, agency_id)"
                    + " values (1, 'somsri', 'นางสาวสมศรี ใจดี', '{bcrypt}x', 'OFFICER', 1)");
            sql.execute("insert into project (id, code, agency_id, office_id, fiscal_year, name, start_date, end_date,"
                    + " budget, status, owner_id, responsible_name, created_at) values (1, '03000000-0016', 1, 1, 2569,"
                    + " 'โครงการพัฒนาคู่มือการปฏิบัติงาน', '2025-10-01', '2026-09-30', 824000.00, 'ACTIVE', 1,"
                    + " 'นางสาวสมศรี ใจดี', '2025-10-01 09:00:00')");
            sql.execute("insert into project_quantity_target (project_id, position, description, quantity, unit,"
                    + " breakdown) values (1, 0, 'ผู้เข้าร่วม', 1208, 'คน', 'ข้าราชการ 1,100 คน')");
            sql.execute("insert into progress_report (id, project_id, report_month, report_date, steps, progress,"
                    + " disbursed, on_plan, on_target, status, submitted_at, submitted_by, created_at) values"
                    + " (1, 1, '2026-02-01', '2026-02-27', 'จัดประชุมครั้งที่ 1', 20.00, 100000.00, 1, 1, 'SUBMITTED',"
                    + " '2026-02-27 10:00:00', 'somsri', '2026-02-27 10:00:00'),"
                    + " (2, 1, '2026-03-01', '2026-03-30', 'จัดอบรมรุ่นที่ 1', 45.50, 250000.00, 0, 1, 'SUBMITTED',"
                    + " '2026-03-30 10:00:00', 'somsri', '2026-03-30 10:00:00')");
        }

        migrate(new DefaultResourceLoader(), CHANGELOG);

        assertThat(rows("select id, report_month, steps, progress, disbursed, on_plan + 0, status, month_seq,"
                + " coalesce(legacy_number, 0) from progress_report order by id")).containsExactly(
                "1|2026-02-01|จัดประชุมครั้งที่ 1|20.00|100000.00|1|SUBMITTED|0|0",
                "2|2026-03-01|จัดอบรมรุ่นที่ 1|45.50|250000.00|0|SUBMITTED|0|0");
        assertThat(rows("select code, name, budget, owner_id from project")).containsExactly(
                "03000000-0016|โครงการพัฒนาคู่มือการปฏิบัติงาน|824000.00|1");
        assertThat(rows("select breakdown from project_quantity_target")).containsExactly("ข้าราชการ 1,100 คน");
        try (var db = connect(); var sql = db.createStatement()) {
            // an earlier report of March, as imported history may hold: allowed now, beside the month's report
            sql.execute("insert into progress_report (project_id, report_month, report_date, status, month_seq,"
                    + " created_at) values (1, '2026-03-01', '2026-03-15', 'FROZEN', 1, '2026-03-15 10:00:00')");
            var twice = org.assertj.core.api.Assertions.catchThrowableOfType(SQLException.class, () -> sql.execute(
                    "insert into progress_report (project_id, report_month, report_date, status, month_seq, created_at)"
                            + " values (1, '2026-03-01', '2026-03-31', 'DRAFT', 0, '2026-03-31 10:00:00')"));
            assertThat((Throwable) twice).as("still one month's report (month_seq 0) a month").isNotNull();
            assertThat(twice.getErrorCode()).isEqualTo(1062);
        }
    }

    private static List<String> columns(String table) throws SQLException {
        return rows("select column_name from information_schema.columns where table_schema = database()"
                + " and table_name = '" + table + "'");
    }

    /** As the application migrates at start: Spring's Liquibase, the master changelog at its classpath address. */
    private static void migrate(ResourceLoader resources) throws Exception {
        migrate(resources, CHANGELOG);
    }

    private static void migrate(ResourceLoader resources, String changelog) throws Exception {
        var liquibase = new SpringLiquibase();
        liquibase.setDataSource(new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), server.jdbcUrl(),
                server.credentials().user(), server.credentials().password()));
        liquibase.setChangeLog(changelog);
        liquibase.setResourceLoader(resources);
        liquibase.afterPropertiesSet();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.credentials().user(),
                server.credentials().password());
    }

    private static List<String> tables() throws SQLException {
        return rows("select table_name from information_schema.tables where table_schema = database()");
    }

    /** Each row's columns joined by |. */
    private static List<String> rows(String query) throws SQLException {
        var result = new ArrayList<String>();
        try (var db = connect(); var sql = db.createStatement(); var rs = sql.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                var row = new ArrayList<String>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                result.add(String.join("|", row));
            }
        }
        return result;
    }
}
