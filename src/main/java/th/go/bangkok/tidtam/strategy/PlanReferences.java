package th.go.bangkok.tidtam.strategy;

/** Implemented by features that link to plan nodes (projects), so a used node is retired, never deleted. */
public interface PlanReferences {

    long countReferencing(long planNodeId);
}
