package th.go.bangkok.tidtam.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Targets in several levels as stored text (the breakdown column, kept baselines and change requests as JSON):
 * what was written before items existed reads exactly as before, and items with their notes come back whole.
 */
class QuantityTargetLevelsTest {

    private final BreakdownConverter converter = new BreakdownConverter();

    @Test
    void a_breakdown_stored_before_items_existed_reads_as_before_and_is_written_the_same() {
        var old = "1100\tข้าราชการ\n108\tบุคคลภายนอก";
        var parts = converter.convertToEntityAttribute(old);
        assertThat(parts).containsExactly(new QuantityTarget.Part("ข้าราชการ", new BigDecimal("1100")),
                new QuantityTarget.Part("บุคคลภายนอก", new BigDecimal("108")));
        assertThat(converter.convertToDatabaseColumn(parts)).isEqualTo(old);
        assertThat(converter.convertToEntityAttribute(null)).isEmpty();
        assertThat(converter.convertToDatabaseColumn(List.of())).isNull();
    }

    @Test
    void groups_with_items_notes_and_continued_text_come_back_whole() {
        var parts = ImportedProjectFixtures.twoLevelTarget().toTarget().breakdown();
        var text = converter.convertToDatabaseColumn(parts);
        assertThat(text.lines().toList()).startsWith("600\tกลุ่มเป้าหมาย ข้าราชการกรุงเทพมหานครสามัญ",
                "*\t\t\t\tประเภทวิชาการ ระดับปฏิบัติการ - ระดับชำนาญการ");
        assertThat(text).contains("+\t\t\t\tซึ่งปฏิบัติงานด้านงานสารบรรณของหน่วยงาน")
                .contains("*\t12\tคน\tจำนวน 4 รุ่น ๆ ละ 12 คน\tเจ้าหน้าที่ดำเนินการ");
        assertThat(converter.convertToEntityAttribute(text)).isEqualTo(parts);
        var tabbed = List.of(new QuantityTarget.Part("ก\tข", BigDecimal.ONE, List.of(
                new QuantityTarget.Item("รายการ\nสอง", null, null, "หมายเหตุ\tหนึ่ง", true))));
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(tabbed)))
                .as("tabs and line breaks inside a text become spaces, never break the format")
                .containsExactly(new QuantityTarget.Part("ก ข", BigDecimal.ONE, List.of(
                        new QuantityTarget.Item("รายการ สอง", null, null, "หมายเหตุ หนึ่ง", true))));
    }

    @Test
    void a_baseline_kept_as_json_before_items_existed_reads_with_none_and_one_with_items_round_trips() {
        var old = """
                {"startDate":"2025-10-01","endDate":"2026-09-30","budget":824000.00,"objectives":["ก"],
                 "qualityTargets":[],"quantityTargets":[{"description":"ผู้เข้าร่วม","quantity":1208,"unit":"คน",
                 "breakdown":[{"description":"ข้าราชการ","quantity":1100},{"description":"บุคคลภายนอก","quantity":108}]}]}
                """;
        var read = BaselineJson.read(old);
        assertThat(read.quantityTargets().getFirst().breakdown()).extracting(ProjectData.Part::items)
                .containsExactly(List.of(), List.of());
        assertThat(read.quantityTargets().getFirst().toTarget().toString())
                .isEqualTo("ผู้เข้าร่วม 1208 คน (ข้าราชการ 1100 + บุคคลภายนอก 108)");

        var baseline = new Baseline(LocalDate.of(2021, 10, 1), LocalDate.of(2022, 9, 30), new BigDecimal("412500.00"),
                List.of("ก"), List.of(), List.of(ImportedProjectFixtures.twoLevelTarget()));
        var back = BaselineJson.read(BaselineJson.write(baseline));
        assertThat(back.quantityTargets()).isEqualTo(baseline.quantityTargets());
        assertThat(back.differencesFrom(baseline)).isEmpty();
    }

    @Test
    void only_groups_are_added_up_against_the_whole_never_the_items() {
        var target = ImportedProjectFixtures.twoLevelTarget();
        assertThat(target.isBreakdownAddingUp()).as("600 + 50 = 650; the items (12, 2) are not summed").isTrue();
        var wrong = new ProjectData.QuantityTargetData(target.description(), new BigDecimal("651"), target.unit(),
                target.breakdown());
        assertThat(wrong.isBreakdownAddingUp()).isFalse();
        assertThat(target.toTarget().toString()).as("the audit trail and change comparisons see the items")
                .contains("[- เจ้าหน้าที่ดำเนินการ จำนวน 12 คน (จำนวน 4 รุ่น ๆ ละ 12 คน); - วิทยากร จำนวน 2 คน (รุ่นละ 2 คน)]");
    }
}
