package th.go.bangkok.tidtam.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import th.go.bangkok.tidtam.agency.AgencyData;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.base.DemoMode;
import th.go.bangkok.tidtam.base.StartupStep;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.security.SystemAuthentication;
import th.go.bangkok.tidtam.users.UserData;
import th.go.bangkok.tidtam.users.UserService;

/**
 * Fills an empty database with a realistic agency tree and one demo account per role, through the same
 * services people use. Runs only in demo mode (see {@link DemoMode}), only on a database it has not been done
 * with ({@link DemoLoadMarker}), and loads only when no agency exists.
 *
 * <p>Ready means ready (issue #21, docs/decisions/0024): it runs once every bean is built (after Liquibase) and
 * before the web servers start, so nobody signs in to half the data; and it loads all or nothing, in one
 * transaction with the {@link DemoLoadMarker} row, so a start interrupted at any point leaves an empty database
 * that the next start fills.
 */
@Component
class DemoDataLoader extends StartupStep {

    /** Printed in the README and, in demo mode only, on the login page. */
    static final String DEMO_PASSWORD = DemoAccounts.PASSWORD;

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoMode demoMode;
    private final AgencyService agencies;
    private final UserService users;
    private final DemoProjects projects;
    private final DemoChanges changes;
    private final DemoIndicators indicators;
    private final DemoLoadMarker marker;
    private final TransactionTemplate transactions;

    DemoDataLoader(DemoMode demoMode, AgencyService agencies, UserService users, DemoProjects projects,
                   DemoChanges changes, DemoIndicators indicators, DemoLoadMarker marker,
                   TransactionTemplate transactions) {
        super(DEMO_DATA);
        this.marker = marker;
        this.transactions = transactions;
        this.changes = changes;
        this.indicators = indicators;
        this.demoMode = demoMode;
        this.agencies = agencies;
        this.users = users;
        this.projects = projects;
    }

    @Override
    protected void run() {
        if (!demoMode.active() || marker.outcome().isPresent()) {
            return;
        }
        SystemAuthentication.run(() -> transactions.executeWithoutResult(status -> {
            marker.claim();
            if (!agencies.offices().isEmpty()) {
                log.warn("Demo mode, but the database already holds agencies: no demo data loaded");
                marker.finish(DemoLoadMarker.EXISTING);
                return;
            }
            load();
            projects.load();
            changes.load();
            indicators.load();
            marker.finish(DemoLoadMarker.LOADED);
            log.info("Demo data loaded: agencies, the demo accounts officer, officer2, head, coordinator, admin, "
                    + "69 projects over FY 2566-2570 with their monthly reports, and 3 example indicators with "
                    + "their targets, results and projects");
        }));
    }

    private void load() {
        // the short names people say, with the official names documents and the old system's exports print
        long ocsc = office("03000000", "สำนักงาน ก.ก.", "Office of the Bangkok Civil Service Commission",
                "สำนักงานคณะกรรมการข้าราชการกรุงเทพมหานคร");
        long reform = child(ocsc, "กองพัฒนาระบบราชการกรุงเทพมหานคร", "Bangkok Public Sector Development Division");
        long innovation = child(reform, "กลุ่มงานพัฒนาระบบงานและนวัตกรรมบริการ", "Work System and Service Innovation Group");
        child(reform, "กลุ่มงานพัฒนาองค์การ", "Organisation Development Group");
        long recruitment = child(ocsc, "กองสรรหาบุคคล", "Recruitment Division");
        child(recruitment, "กลุ่มงานสอบแข่งขัน", "Competitive Examination Group");

        long medical = office("10000000", "สำนักการแพทย์", "Medical Service Department", "สำนักการแพทย์");
        long elderly = child(medical, "โรงพยาบาลผู้สูงอายุบางขุนเทียน", "Bang Khun Thian Geriatric Hospital");
        child(elderly, "กลุ่มงานเวชกรรมฟื้นฟู", "Rehabilitation Medicine Group");
        long central = child(medical, "โรงพยาบาลกลาง", "Klang Hospital");
        child(central, "กลุ่มงานอายุรกรรม", "Internal Medicine Group");

        long bangkokNoi = office("50200000", "สำนักงานเขตบางกอกน้อย", "Bangkok Noi District Office",
                "สำนักงานเขตบางกอกน้อย");
        long cleaning = child(bangkokNoi, "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "Public Cleansing and Parks Section");
        long cleaningUnit = child(cleaning, "งานรักษาความสะอาด", "Cleansing Unit");
        long admin = child(bangkokNoi, "ฝ่ายปกครอง", "Administration Section");
        child(admin, "งานทะเบียน", "Civil Registration Unit");

        long strategy = office("22000000", "สำนักยุทธศาสตร์และประเมินผล", "Strategy and Evaluation Department",
                "สำนักยุทธศาสตร์และประเมินผล");
        long evaluation = child(strategy, "กองติดตามและประเมินผล", "Monitoring and Evaluation Division");

        user("officer", "นางสาวสมศรี ใจดี", "นักวิเคราะห์นโยบายและแผนชำนาญการ", "1460", Role.OFFICER, innovation);
        user("officer2", "นายธนากร ศรีสุวรรณ", "นักวิชาการสุขาภิบาลชำนาญการ", "5521", Role.OFFICER, cleaningUnit);
        user("head", "นายประเสริฐ มั่นคง", "ผู้อำนวยการสำนักงาน ก.ก.", "1401", Role.HEAD, ocsc);
        user("coordinator", "นางวิไลวรรณ ชัยมงคล", "นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ", "1562",
                Role.COORDINATOR, evaluation);
        user("admin", "นายสมชาย ดูแลระบบ", "นักวิชาการคอมพิวเตอร์ชำนาญการ", "1599", Role.ADMIN, null);
    }

    private long office(String code, String nameTh, String nameEn, String officialName) {
        return agencies.createOffice(new AgencyData(code, nameTh, nameEn, officialName, 0));
    }

    private long child(long parent, String nameTh, String nameEn) {
        return agencies.createChild(parent, new AgencyData(null, nameTh, nameEn, 0));
    }

    private void user(String username, String fullName, String position, String phone, Role role, Long agency) {
        users.create(new UserData(username, fullName, position, phone, username + "@bangkok.go.th", role, agency,
                true, 0), DEMO_PASSWORD);
    }
}
