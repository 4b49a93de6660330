package th.go.bangkok.tidtam.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import th.go.bangkok.tidtam.strategy.PlanLevel;

/**
 * The old system's exports read back field by field: the two samples (also re-encoded to windows-874), and each
 * quirk on its own in a small hand-made file, with the warning and line number it gives.
 */
class LegacyParserTest {

    static byte[] sample(String code) throws IOException {
        try (var in = LegacyParserTest.class.getResourceAsStream("/legacy/legacy-report-" + code + ".txt")) {
            return in.readAllBytes();
        }
    }

    @Test
    void the_bangkok_noi_export_comes_over_with_every_value() throws IOException {
        var result = LegacyParser.parse(sample("50200000-0157"));
        assertThat(result.errors()).isEmpty();
        var p = result.project();
        assertThat(p.code()).isEqualTo("50200000-0157");
        assertThat(p.name()).isEqualTo("โครงการส่งเสริมการคัดแยกขยะมูลฝอยต้นทางในชุมชนพื้นที่เขตบางกอกน้อย");
        assertThat(p.fiscalYear()).isEqualTo(2565);
        assertThat(p.startDate()).isEqualTo(LocalDate.of(2021, 11, 1));
        assertThat(p.endDate()).isEqualTo(LocalDate.of(2022, 8, 31));
        assertThat(p.budget()).isEqualByComparingTo("350000.00");
        assertThat(p.budgetUsed()).isEqualByComparingTo("287450.00");
        assertThat(p.agencyPath()).containsExactly("สำนักงานเขตบางกอกน้อย", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ",
                "งานรักษาความสะอาด");
        assertThat(p.responsible()).isEqualTo(new LegacyProject.Person("นายธนากร ศรีสุวรรณ", "5521"));
        assertThat(p.coordinator()).isEqualTo(new LegacyProject.Person("นางวิไลวรรณ ชัยมงคล", "1562"));
        assertThat(p.rationale()).startsWith("ปริมาณขยะมูลฝอยในพื้นที่เขตบางกอกน้อยเพิ่มขึ้นอย่างต่อเนื่อง\n")
                .endsWith("ในการลดและคัดแยกขยะมูลฝอย ตามนโยบายของกรุงเทพมหานคร");
        assertThat(p.objectives()).containsExactly("เพื่อส่งเสริมให้ประชาชนในชุมชนคัดแยกขยะมูลฝอยตั้งแต่ต้นทาง",
                "เพื่อลดปริมาณขยะมูลฝอยที่ต้องนำไปกำจัด", "เพื่อสร้างเครือข่ายอาสาสมัครพิทักษ์สิ่งแวดล้อมในชุมชน");
        assertThat(p.qualityTargets()).containsExactly(
                "ร้อยละ 70 ของครัวเรือนในชุมชนเป้าหมายคัดแยกขยะมูลฝอยได้อย่างถูกต้อง",
                "ปริมาณขยะมูลฝอยที่นำไปกำจัดจากชุมชนเป้าหมายลดลงไม่น้อยกว่าร้อยละ 10");
        assertThat(p.quantityTargets()).hasSize(2);
        assertThat(p.quantityTargets().getFirst()).satisfies(t -> {
            assertThat(t.description()).isEqualTo("ชุมชนเป้าหมาย");
            assertThat(t.quantity()).isEqualByComparingTo("12");
            assertThat(t.unit()).isEqualTo("ชุมชน");
            assertThat(t.breakdown()).extracting(th.go.bangkok.tidtam.project.ProjectData.Part::description)
                    .containsExactly("ชุมชนริมคลองบางกอกน้อย", "ชุมชนในพื้นที่แขวงอรุณอมรินทร์");
        });
        assertThat(p.quantityTargets().get(1).quantity()).isEqualByComparingTo("1450");
        assertThat(p.quantityTargets().get(1).unit()).isEqualTo("ครัวเรือน");
        assertThat(p.plan()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("line").containsExactly(
                new LegacyProject.PlanRef(PlanLevel.DIMENSION, "2", "มหานครสีเขียว สะดวกสบาย", 0),
                new LegacyProject.PlanRef(PlanLevel.SUB_ISSUE, "2.1", "การลดมลพิษและการจัดการขยะมูลฝอย", 0),
                new LegacyProject.PlanRef(PlanLevel.GOAL, "2.1.3", "ปริมาณขยะมูลฝอยที่ต้องนำไปกำจัดลดลง", 0),
                new LegacyProject.PlanRef(PlanLevel.INDICATOR, null, "ร้อยละของปริมาณขยะมูลฝอยที่ลดลงจากการคัดแยกที่ต้นทาง", 0));

        assertThat(p.reports()).extracting(LegacyProject.Report::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        var r1 = p.reports().getFirst();
        assertThat(r1.date()).isEqualTo(LocalDate.of(2021, 11, 15));
        assertThat(r1.progress()).isNull();
        assertThat(r1.disbursed()).isNull();
        assertThat(r1.steps()).isEqualTo("อยู่ระหว่างขั้นตอน... 1. สำรวจข้อมูลชุมชนเป้าหมาย 2. จัดเตรียมข้อมูลเพื่อขออนุมัติเงินประจำงวด");
        var r2 = p.reports().get(1);
        assertThat(r2.date()).isEqualTo(LocalDate.of(2021, 12, 15));
        assertThat(r2.round()).as("round 1 in report 2").isEqualTo(1);
        assertThat(r2.onPlan()).isTrue();
        var r4 = p.reports().get(3);
        assertThat(r4.onPlan()).isFalse();
        assertThat(r4.onTarget()).isTrue();
        var r6 = p.reports().get(5);
        assertThat(r6.progress()).as("figures split across page headers").isEqualByComparingTo("55.00");
        assertThat(r6.disbursed()).isEqualByComparingTo("0");
        assertThat(r6.round()).isEqualTo(6);
        assertThat(r6.onPlan()).isTrue();
        assertThat(r6.onTarget()).isTrue();
        assertThat(r6.steps()).isEqualTo("ชุมชนเป้าหมายทุกชุมชนเริ่มดำเนินการคัดแยกขยะมูลฝอยที่จุดรวบรวม และเจ้าหน้าที่ติดตามผลทุกสัปดาห์");
        var r8 = p.reports().get(7);
        assertThat(r8.date()).isEqualTo(LocalDate.of(2022, 6, 15));
        assertThat(r8.progress()).isEqualByComparingTo("80.00");
        assertThat(r8.disbursed()).isEqualByComparingTo("75850.00");
        assertThat(r8.steps()).isEqualTo("1. จัดกิจกรรมธนาคารขยะรีไซเคิลในชุมชน จำนวน 12 ครั้ง\n"
                + "2. เบิกจ่ายค่าวัสดุประชาสัมพันธ์และค่าของรางวัลสำหรับชุมชนต้นแบบ");
        assertThat(p.reports().get(8).onTarget()).isFalse();
        assertThat(p.reports().get(9).progress()).isEqualByComparingTo("100.00");
        assertThat(p.reports().stream().map(LegacyProject.Report::disbursed).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("287450.00");

        assertThat(p.changes()).singleElement().satisfies(c -> {
            assertThat(c.reportNumber()).isEqualTo(5);
            assertThat(c.letterNo()).isEqualTo("กท 5202/1184");
            assertThat(c.letterDate()).isEqualTo(LocalDate.of(2022, 3, 8));
        });
        assertThat(result.warnings()).extracting(f -> f.text(Locale.forLanguageTag("th-TH"))).containsExactly(
                "บรรทัด 66: เครื่องหมาย ? ถือเป็นขีด (–) ที่หายไป",
                "บรรทัด 76: ไม่พบตัวเลขความก้าวหน้าในรายงานครั้งที่ 1 ถือว่าไม่มีตัวเลข",
                "บรรทัด 89: ข้อความนี้ต่อจากบรรทัด 81 (มีหัวกระดาษคั่นกลาง)",
                "บรรทัด 97: ข้อความนี้ต่อจากบรรทัด 81 (มีหัวกระดาษคั่นกลาง)",
                "บรรทัด 105: ข้อความนี้ต่อจากบรรทัด 81 (มีหัวกระดาษคั่นกลาง)",
                "บรรทัด 113: ข้อความนี้ต่อจากบรรทัด 81 (มีหัวกระดาษคั่นกลาง)");
    }

    @Test
    void the_dementia_screening_export_comes_over_with_a_coordinator_without_a_phone() throws IOException {
        var result = LegacyParser.parse(sample("10000000-3312"));
        assertThat(result.errors()).isEmpty();
        var p = result.project();
        assertThat(p.code()).isEqualTo("10000000-3312");
        assertThat(p.fiscalYear()).isEqualTo(2566);
        assertThat(p.budget()).isEqualByComparingTo("1250000.00");
        assertThat(p.budgetUsed()).isEqualByComparingTo("0.00");
        assertThat(p.reports()).hasSize(3);
        for (var r : p.reports().subList(1, 3)) {
            assertThat(r.progress()).isEqualByComparingTo("5.00");
            assertThat(r.onPlan()).isFalse();
            assertThat(r.onTarget()).isFalse();
        }
        assertThat(p.coordinator()).isEqualTo(new LegacyProject.Person("นายปิยะพงษ์ รุ่งเรืองศรี", null));
        assertThat(p.responsible()).isEqualTo(new LegacyProject.Person("แพทย์หญิงกมลชนก อินทรประเสริฐ", "7704"));
        assertThat(p.quantityTargets()).singleElement().satisfies(t -> {
            assertThat(t.description()).isEqualTo("ผู้สูงอายุได้รับการคัดกรอง");
            assertThat(t.quantity()).isEqualByComparingTo("6000");
            assertThat(t.unit()).isEqualTo("คน");
        });
        assertThat(result.warnings()).extracting(Finding::line, Finding::key)
                .contains(org.assertj.core.groups.Tuple.tuple(29, "noPhone"),
                        org.assertj.core.groups.Tuple.tuple(61, "noProgress"));
    }

    @Test
    void the_samples_re_encoded_to_windows_874_read_identically() throws IOException {
        for (var code : new String[] {"50200000-0157", "10000000-3312"}) {
            var utf8 = LegacyParser.parse(sample(code));
            var thai = new String(sample(code), StandardCharsets.UTF_8).getBytes(LegacyText.WINDOWS_874);
            var legacy = LegacyParser.parse(thai);
            assertThat(legacy.encoding()).isEqualTo("windows-874");
            assertThat(legacy.project()).isEqualTo(utf8.project());
            assertThat(legacy.findings()).isEqualTo(utf8.findings());
            var bom = LegacyParser.parse(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, sample(code)));
            assertThat(bom.encoding()).isEqualTo("UTF-8 (BOM)");
            assertThat(bom.project()).isEqualTo(utf8.project());
        }
    }

    static final String HEAD = """
            ** แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ **
            1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
            1.1 รหัสโครงการและชื่อโครงการ
            ชื่อโครงการ/กิจกรรม : โครงการทดสอบ
            รหัสโครงการ... : 10000000-0001
            ปีงบประมาณ พ.ศ. : 2566
            เริ่มต้นโครงการ : %s
            งบประมาณที่ได้รับ : 100,000 บาท
            สิ้นสุดโครงการ : 2023-09-30
            งบประมาณที่ใช้ไป : %s บาท
            1.2 หน่วยงานที่รับผิดชอบ
            หน่วยงานที่รับผิดชอบ. : สำนักการแพทย์ / กองหนึ่ง / กลุ่มงานสอง
            ชื่อผู้รับผิดชอบ... : นายทดสอบ ระบบ โทร. 1234
            ผู้ประสานงาน สยป : นางประสาน งาน โทร. 5678
            2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
            """;

    private static LegacyParser.Result parse(String start, String used, String reports) {
        return LegacyParser.parse((HEAD.formatted(start, used) + reports).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void each_quirk_on_its_own_gives_its_warning_at_its_line() {
        var beDate = parse("17/10/2565", "0", "รายงานครั้งที่1\t:: 17/11/2565 : เริ่มงาน\t\t\t\n");
        assertThat(beDate.project().startDate()).isEqualTo(LocalDate.of(2022, 10, 17));
        assertThat(beDate.project().reports().getFirst().date()).isEqualTo(LocalDate.of(2022, 11, 17));
        assertThat(beDate.warnings()).extracting(Finding::line, Finding::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(16, "noProgress"));

        var split = parse("2022-10-01 00:00:00", "1,000", """
                รายงานครั้งที่1\t:: 2022-11-20 : งานหนึ่ง\t\t\t
                **** แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ ****
                :: ความก้าวหน้าของงานฯ = 10.00 %
                : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 1,000 บาท : ล่าช้ากว่าแผน : ไม่เป็นไปตามเป้าหมาย
                """);
        var r = split.project().reports().getFirst();
        assertThat(r.progress()).isEqualByComparingTo("10.00");
        assertThat(r.disbursed()).isEqualByComparingTo("1000.00");
        assertThat(r.onPlan()).isFalse();
        assertThat(r.onTarget()).isFalse();
        assertThat(split.warnings()).extracting(Finding::line, Finding::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(18, "continued"), org.assertj.core.groups.Tuple.tuple(19, "continued"));

        var mismatch = parse("2022-10-01", "5,000", """
                รายงานครั้งที่1 :: 20/11/2565 :
                1. งานหนึ่ง
                :: ความก้าวหน้าของงานฯ = 10.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 1,000 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
                """);
        assertThat(mismatch.project().reports().getFirst().steps()).isEqualTo("1. งานหนึ่ง");
        assertThat(mismatch.warnings()).extracting(f -> f.text(Locale.forLanguageTag("th-TH"))).contains(
                "บรรทัด 10: งบประมาณที่ใช้ไป 5,000.00 บาท ไม่เท่ากับผลรวมที่เบิกใช้ในรายงาน 1,000.00 บาท");

        var outside = parse("2021-05-01", "0", "");
        assertThat(outside.warnings()).extracting(Finding::line, Finding::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7, "dateOutsideYear"));
    }

    @Test
    void only_a_file_that_cannot_be_read_as_a_project_is_refused() {
        var badCode = LegacyParser.parse(HEAD.formatted("2022-10-01", "0").replace("10000000-0001", "1000-01")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(badCode.errors()).extracting(Finding::line, Finding::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "code"));
        var noName = LegacyParser.parse(HEAD.formatted("2022-10-01", "0").replace("โครงการทดสอบ", "")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(noName.errors()).extracting(Finding::key).containsExactly("name");
        var noYear = LegacyParser.parse(HEAD.formatted("2022-10-01", "0").replace(": 2566", ": –")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(noYear.errors()).extracting(Finding::key).containsExactly("fiscalYear");
        var empty = LegacyParser.parse(new byte[0]);
        assertThat(empty.hasErrors()).isTrue();
    }

    @Test
    void breaks_of_our_rules_are_warnings_with_their_line_and_what_cannot_be_placed_is_kept_as_a_note() {
        var badDate = parse("31/02/2565", "0", "");
        assertThat(badDate.errors()).isEmpty();
        assertThat(badDate.warnings()).extracting(Finding::line, Finding::key)
                .contains(org.assertj.core.groups.Tuple.tuple(7, "date"), org.assertj.core.groups.Tuple.tuple(7, "startAssumed"));
        assertThat(badDate.project().startDate()).isEqualTo(LocalDate.of(2022, 10, 1));
        assertThat(badDate.project().notes()).containsExactly(new LegacyProject.Note(7, "เริ่มต้นโครงการ : 31/02/2565"));

        var twice = parse("2022-10-01", "0", "รายงานครั้งที่1\t:: 2022-11-20 : ก\t\t\t\nรายงานครั้งที่1\t:: 2022-12-20 : ข\t\t\t\n");
        assertThat(twice.errors()).isEmpty();
        assertThat(twice.warnings()).extracting(Finding::key).contains("duplicateReport");
        assertThat(twice.project().reports()).extracting(LegacyProject.Report::steps).containsExactly("ก", "ข");

        var unreadable = parse("2022-10-01", "0", "รายงานครั้งที่2\t:: 35/13/2565 : งานที่ทำ\t\t\t\n");
        assertThat(unreadable.errors()).isEmpty();
        assertThat(unreadable.warnings()).extracting(Finding::line, Finding::key)
                .contains(org.assertj.core.groups.Tuple.tuple(16, "reportDate"));
        assertThat(unreadable.project().reports()).isEmpty();
        assertThat(unreadable.project().notes()).extracting(LegacyProject.Note::line, LegacyProject.Note::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(16, "รายงานครั้งที่2\t:: 35/13/2565 : งานที่ทำ"));

        var ends = LegacyParser.parse(HEAD.formatted("2023-10-01", "0").getBytes(StandardCharsets.UTF_8));
        assertThat(ends.errors()).isEmpty();
        assertThat(ends.warnings()).extracting(Finding::key).contains("endBeforeStart", "dateOutsideYear");

        var unknown = LegacyParser.parse(HEAD.formatted("2022-10-01", "0")
                .replace("1.2 หน่วยงานที่รับผิดชอบ\n", "ผู้อนุมัติโครงการ : ผู้อำนวยการสำนัก\n1.2 หน่วยงานที่รับผิดชอบ\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(unknown.warnings()).extracting(Finding::line, Finding::key)
                .contains(org.assertj.core.groups.Tuple.tuple(11, "unknownField"));
        assertThat(unknown.project().notes()).extracting(LegacyProject.Note::text)
                .containsExactly("ผู้อนุมัติโครงการ : ผู้อำนวยการสำนัก");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        var out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
