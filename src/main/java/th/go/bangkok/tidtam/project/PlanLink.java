package th.go.bangkok.tidtam.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A link of section 1.6: the deepest plan node chosen (an indicator, or a goal) and, for filtering, the
 * dimension it belongs to.
 */
@Embeddable
public class PlanLink {

    @Column(name = "plan_node_id", nullable = false)
    private long planNodeId;

    @Column(name = "dimension_id", nullable = false)
    private long dimensionId;

    protected PlanLink() {
    }

    PlanLink(long planNodeId, long dimensionId) {
        this.planNodeId = planNodeId;
        this.dimensionId = dimensionId;
    }

    public long planNodeId() {
        return planNodeId;
    }

    public long dimensionId() {
        return dimensionId;
    }

    @Override
    public String toString() {
        return Long.toString(planNodeId);
    }
}
