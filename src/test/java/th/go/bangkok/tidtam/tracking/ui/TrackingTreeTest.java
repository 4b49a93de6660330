package th.go.bangkok.tidtam.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.bangkok.tidtam.agency.AgencyLevel;
import th.go.bangkok.tidtam.tracking.AgencyRow;

/**
 * /tracking's agency tree is built once per rollup for every viewer (issue #17: a tree per session held 60 KB): the
 * same rollup list gives the same tree, another rollup (even with equal figures) its own.
 */
class TrackingTreeTest {

    static AgencyRow row(long id, Long parent, String name) {
        return new AgencyRow(id, parent, parent == null ? AgencyLevel.OFFICE : AgencyLevel.DIVISION, name, 3, 2, 0, 0, 0,
                BigDecimal.TEN, BigDecimal.ONE);
    }

    @Test
    void viewers_of_the_same_rollup_share_one_tree_and_another_rollup_gets_its_own() {
        var rollup = List.of(row(1, null, "สำนักงาน ก.ก."), row(2, 1L, "กองพัฒนาระบบ"), row(3, null, "สำนักสิ่งแวดล้อม"));
        var tree = TrackingView.tree(rollup);
        assertThat(TrackingView.tree(rollup)).as("the next viewer").isSameAs(tree);
        assertThat(tree.getRootItems()).extracting(AgencyRow::name).containsExactly("สำนักงาน ก.ก.", "สำนักสิ่งแวดล้อม");
        assertThat(tree.getChildren(rollup.getFirst())).extracting(AgencyRow::name).containsExactly("กองพัฒนาระบบ");
        var recomputed = new ArrayList<>(rollup);
        assertThat(TrackingView.tree(recomputed)).as("a rollup computed afresh").isNotSameAs(tree);
    }
}
