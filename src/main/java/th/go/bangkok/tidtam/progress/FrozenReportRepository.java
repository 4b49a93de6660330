package th.go.bangkok.tidtam.progress;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Insert and read only: a snapshot has no update or delete. */
interface FrozenReportRepository extends Repository<FrozenReport, Long> {

    FrozenReport save(FrozenReport snapshot);

    List<FrozenReport> findByProjectIdOrderByReportMonth(long projectId);
}
