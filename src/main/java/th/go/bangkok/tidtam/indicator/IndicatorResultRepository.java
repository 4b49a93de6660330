package th.go.bangkok.tidtam.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorResultRepository extends JpaRepository<IndicatorResult, Long> {

    List<IndicatorResult> findByTargetIdInOrderByQuarter(Collection<Long> targetIds);

    Optional<IndicatorResult> findByTargetIdAndQuarter(long targetId, int quarter);
}
