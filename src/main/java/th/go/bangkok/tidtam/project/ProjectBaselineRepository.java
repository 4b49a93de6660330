package th.go.bangkok.tidtam.project;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Insert and read only: a kept version is never changed. */
interface ProjectBaselineRepository extends Repository<ProjectBaseline, Long> {

    ProjectBaseline save(ProjectBaseline version);

    List<ProjectBaseline> findByProjectIdOrderByVersionNo(long projectId);
}
