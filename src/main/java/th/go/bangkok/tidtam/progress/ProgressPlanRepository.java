package th.go.bangkok.tidtam.progress;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressPlanRepository extends JpaRepository<ProgressPlan, Long> {

    Optional<ProgressPlan> findByProjectId(long projectId);
}
