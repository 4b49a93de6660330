package th.go.bangkok.tidtam.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import th.go.bangkok.tidtam.project.ImportNote;
import th.go.bangkok.tidtam.project.ProjectData;
import th.go.bangkok.tidtam.project.QuantityTarget;

/**
 * Quantitative targets in several levels (issue #16): the whole, groups with their own totals, items under them with
 * their per-round notes; only groups are added up against the whole, and a line that fits nowhere is kept.
 */
class LegacyTargetsTest {

    @Test
    void the_training_export_files_650_people_in_two_groups_with_their_items_and_notes() throws IOException {
        var result = LegacyParser.parse(LegacyParserTest.sample("03000000-1875"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(Finding::key).doesNotContain("partsMismatch", "quantityText");
        var target = result.project().quantityTargets();
        assertThat(target).singleElement().satisfies(t -> {
            assertThat(t.description()).isEqualTo("จัดฝึกอบรม โดยมีผู้เข้ารับการฝึกอบรม");
            assertThat(t.quantity()).isEqualByComparingTo("650");
            assertThat(t.unit()).isEqualTo("คน");
            assertThat(t.isBreakdownAddingUp()).isTrue();
            assertThat(t.breakdown()).extracting(ProjectData.Part::description, p -> p.quantity().intValue())
                    .containsExactly(tuple("กลุ่มเป้าหมาย ข้าราชการกรุงเทพมหานครสามัญ", 600), tuple("ผู้เกี่ยวข้อง", 50));
            assertThat(t.breakdown().getFirst().items()).containsExactly(
                    new QuantityTarget.Item("ประเภทวิชาการ ระดับปฏิบัติการ - ระดับชำนาญการ", null, null, null, true),
                    new QuantityTarget.Item("ประเภททั่วไป ระดับปฏิบัติงาน - ระดับชำนาญงาน", null, null, null, true),
                    QuantityTarget.Item.continuation("ซึ่งปฏิบัติงานด้านงานสารบรรณของหน่วยงาน"));
            assertThat(t.breakdown().get(1).items()).containsExactly(
                    new QuantityTarget.Item("เจ้าหน้าที่ดำเนินการ", new BigDecimal("12"), "คน", "จำนวน 4 รุ่น ๆ ละ 12 คน", true),
                    new QuantityTarget.Item("วิทยากร", new BigDecimal("2"), "คน", "รุ่นละ 2 คน", true));
        });
        assertThat(result.project().notes()).isEmpty();
    }

    @Test
    void the_training_target_prints_as_filed_line_by_line() throws IOException {
        var data = LegacyParser.parse(LegacyParserTest.sample("03000000-1875")).project().quantityTargets().getFirst();
        assertThat(data.lines()).extracting(QuantityTarget.Line::depth, QuantityTarget.Line::text).containsExactly(
                tuple(0, "จัดฝึกอบรม โดยมีผู้เข้ารับการฝึกอบรม จำนวน 650 คน"),
                tuple(1, "กลุ่มเป้าหมาย ข้าราชการกรุงเทพมหานครสามัญ จำนวน 600 คน"),
                tuple(2, "- ประเภทวิชาการ ระดับปฏิบัติการ - ระดับชำนาญการ"),
                tuple(2, "- ประเภททั่วไป ระดับปฏิบัติงาน - ระดับชำนาญงาน"),
                tuple(2, "ซึ่งปฏิบัติงานด้านงานสารบรรณของหน่วยงาน"),
                tuple(1, "ผู้เกี่ยวข้อง จำนวน 50 คน"),
                tuple(2, "- เจ้าหน้าที่ดำเนินการ จำนวน 12 คน (จำนวน 4 รุ่น ๆ ละ 12 คน)"),
                tuple(2, "- วิทยากร จำนวน 2 คน (รุ่นละ 2 คน)"));
    }

    @Test
    void a_target_after_a_complete_breakdown_stays_a_target_of_its_own_and_a_lone_dash_is_ignored() {
        var text = LegacyParserTest.HEAD.formatted("2022-10-01", "0").replace("2. รายงานความก้าวหน้า", """
                1.5 เป้าหมายของโครงการ
                2. เป้าหมายเชิงปริมาณ
                ผู้เข้าร่วม จำนวนทั้งสิ้น 1,208 คน ประกอบด้วย
                - ข้าราชการ จำนวน 1,100 คน
                - บุคคลภายนอก จำนวน 108 คน
                วิทยากร จำนวน 5 คน
                ผู้ประสานงาน จำนวนทั้งสิ้น 20 คน ประกอบด้วย
                เจ้าหน้าที่ จำนวน 20 คน ได้แก่
                -
                - ฝ่ายทะเบียน
                ผู้ติดตาม จำนวน 3 คน
                2. รายงานความก้าวหน้า""");
        var result = LegacyParser.parse(text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(Finding::key).doesNotContain("partsMismatch");
        var targets = result.project().quantityTargets();
        assertThat(targets).extracting(ProjectData.QuantityTargetData::description)
                .containsExactly("ผู้เข้าร่วม", "วิทยากร", "ผู้ประสานงาน", "ผู้ติดตาม");
        assertThat(targets.getFirst().breakdown()).extracting(p -> p.quantity().intValue()).containsExactly(1100, 108);
        assertThat(targets.get(2).breakdown()).singleElement().satisfies(group ->
                assertThat(group.items()).extracting(QuantityTarget.Item::description).containsExactly("ฝ่ายทะเบียน"));
    }

    @Test
    void only_groups_are_added_up_against_the_whole_and_lines_that_fit_nowhere_are_kept_with_a_warning() {
        var text = LegacyParserTest.HEAD.formatted("2022-10-01", "0").replace("2. รายงานความก้าวหน้า", """
                1.5 เป้าหมายของโครงการ
                2. เป้าหมายเชิงปริมาณ
                ตามแผนของหน่วยงาน
                ผู้เข้าร่วม จำนวนทั้งสิ้น 100 คน ประกอบด้วย
                ข้าราชการ จำนวน 80 คน ได้แก่
                - ระดับปฏิบัติการ จำนวน 30 คน
                - ระดับชำนาญการ จำนวน 10 คน
                บุคคลภายนอก จำนวน 30 คน
                - ผู้แทนชุมชน (รุ่นละ 10 คน)
                อบรม จำนวน 3 ครั้ง
                - ครั้งละหนึ่งวัน
                2. รายงานความก้าวหน้า""");
        var result = LegacyParser.parse(text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(Finding::line, Finding::key).containsExactlyInAnyOrder(
                tuple(17, "quantityText"), tuple(25, "quantityText"), tuple(18, "partsMismatch"));
        var targets = result.project().quantityTargets();
        assertThat(targets).extracting(ProjectData.QuantityTargetData::description)
                .containsExactly("ผู้เข้าร่วม", "อบรม");
        var whole = targets.getFirst();
        assertThat(whole.breakdown()).extracting(ProjectData.Part::description).containsExactly("ข้าราชการ", "บุคคลภายนอก");
        assertThat(whole.breakdown().getFirst().items()).extracting(QuantityTarget.Item::quantity)
                .as("items are never added up against their group").containsExactly(new BigDecimal("30"), new BigDecimal("10"));
        assertThat(whole.breakdown().get(1).items()).containsExactly(
                new QuantityTarget.Item("ผู้แทนชุมชน", null, null, "รุ่นละ 10 คน", true));
        assertThat(targets.get(1).breakdown()).isEmpty();
        assertThat(result.project().notes()).containsExactly(
                new LegacyProject.Note(17, "ตามแผนของหน่วยงาน"), new LegacyProject.Note(25, "- ครั้งละหนึ่งวัน"));
    }

    @Test
    void a_one_level_breakdown_reads_as_before_with_its_parts_in_the_targets_unit() throws IOException {
        var p = LegacyParser.parse(LegacyParserTest.sample("50200000-0157")).project();
        assertThat(p.quantityTargets().getFirst().breakdown()).extracting(ProjectData.Part::quantity)
                .containsExactly(new BigDecimal("5"), new BigDecimal("7"));
        assertThat(p.quantityTargets()).allSatisfy(t -> assertThat(t.breakdown()).allSatisfy(
                part -> assertThat(part.items()).isEmpty()));
        assertThat(p.notes()).isEmpty();
    }
}
