package th.go.bangkok.tidtam.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.Access;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.FiscalYear;

/** Every PlanService method against every role and anonymous; and the rules of the tree. */
@IntegrationTest
class PlanServiceAccessTest {

    /** Each test JVM has a fresh database, so a counter gives every test dimension its own code. */
    static final java.util.concurrent.atomic.AtomicInteger NEXT_CODE = new java.util.concurrent.atomic.AtomicInteger(100);

    @Autowired
    PlanService plan;
    @Autowired
    TestUsers testUsers;

    static Stream<Arguments> matrix() {
        return Access.matrix(Map.of(
                "all", Access.SIGNED_IN, "validFor", Access.SIGNED_IN, "byIds", Access.SIGNED_IN,
                "createDimension", Access.ADMIN_ONLY, "createChild", Access.ADMIN_ONLY, "update", Access.ADMIN_ONLY,
                "retire", Access.ADMIN_ONLY, "delete", Access.ADMIN_ONLY, "markExample", Access.ADMIN_ONLY));
    }

    @ParameterizedTest(name = "{0} → {1}: allowed={2}")
    @MethodSource("matrix")
    void each_role_is_allowed_or_denied_each_plan_action(String user, String action, boolean allowed) {
        var code = String.valueOf(NEXT_CODE.getAndIncrement());
        long node = testUsers.as(TestUsers.ADMIN, () -> plan.createDimension(
                new PlanNodeData(code, "ด้านทดสอบ " + code, null, 2561, null, 0)));
        Runnable call = switch (action) {
            case "all" -> () -> assertThat(plan.all()).isNotEmpty();
            case "validFor" -> () -> assertThat(plan.validFor(FiscalYear.of(2569))).isNotEmpty();
            case "byIds" -> () -> assertThat(plan.byIds(List.of(node))).containsKey(node);
            case "createDimension" -> () -> plan.createDimension(new PlanNodeData(code + "9", "ใหม่", null, 2561, null, 0));
            case "createChild" -> () -> plan.createChild(node, new PlanNodeData(code + ".1", "ย่อย", null, 2561, null, 0));
            case "update" -> () -> plan.update(node, new PlanNodeData(code, "ชื่อใหม่", null, 2561, null, 0));
            case "retire" -> () -> plan.retire(node, 2570);
            case "delete" -> () -> plan.delete(node);
            case "markExample" -> () -> plan.markExample(node);
            default -> throw new IllegalArgumentException(action);
        };
        Access.check(testUsers, user, allowed, call);
        if (!allowed) {
            var after = testUsers.as(TestUsers.ADMIN, () -> plan.byIds(List.of(node)).get(node));
            assertThat(after.nameTh()).startsWith("ด้านทดสอบ");
            assertThat(after.validToFy()).isNull();
        }
    }

    @Test
    void the_seven_dimensions_and_the_real_chain_are_seeded_and_printed_in_thai_digits() {
        var all = testUsers.as(TestUsers.OFFICER, plan::all);
        assertThat(all).filteredOn(n -> n.level() == PlanLevel.DIMENSION && n.code().length() == 1).hasSize(7);
        var goal = all.stream().filter(n -> n.code().equals("7.3.1")).findFirst().orElseThrow();
        assertThat(goal.printed()).startsWith("๗.๓.๑ บุคลากรกรุงเทพมหานคร");
        var dimension = all.stream().filter(n -> n.code().equals("7") && n.level() == PlanLevel.DIMENSION).findFirst().orElseThrow();
        assertThat(dimension.printed()).isEqualTo("ด้านที่ ๗ การบริหารจัดการเมืองมหานคร");
        assertThat(all).anySatisfy(n -> assertThat(n.nameTh()).startsWith("คู่มือการปฏิบัติงานของทุกหน่วยงาน"));
    }

    @Test
    void a_node_with_children_cannot_be_deleted_and_a_child_code_must_sit_under_its_parent() {
        long seven = testUsers.as(TestUsers.ADMIN, () -> plan.all().stream()
                .filter(n -> n.code().equals("7") && n.level() == PlanLevel.DIMENSION).findFirst().orElseThrow().id());
        assertThatThrownBy(() -> testUsers.as(TestUsers.ADMIN, () -> plan.delete(seven)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("plan.inUse.children"));
        assertThatThrownBy(() -> testUsers.as(TestUsers.ADMIN, () -> plan.createChild(seven,
                new PlanNodeData("6.9", "ผิดที่", null, 2561, null, 0))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("plan.code.underParent"));
        long thaiDigits = testUsers.as(TestUsers.ADMIN, () -> plan.createChild(seven,
                new PlanNodeData("๗." + (50 + Math.abs(UUID.randomUUID().hashCode() % 40)), "รหัสเลขไทย", null, 2561, null, 0)));
        assertThat(testUsers.as(TestUsers.ADMIN, () -> plan.byIds(List.of(thaiDigits)).get(thaiDigits).code())).startsWith("7.");
    }
}
