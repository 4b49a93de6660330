package th.go.bangkok.tidtam.strategy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanNodeRepository extends JpaRepository<PlanNode, Long> {

    @Query("select n from PlanNode n left join fetch n.parent order by n.code")
    List<PlanNode> findAllWithParent();

    long countByParentId(long parentId);

    boolean existsByLevelAndCodeAndValidFromFy(PlanLevel level, String code, int validFromFy);
}
