package th.go.bangkok.tidtam.indicator;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorTargetRepository extends JpaRepository<IndicatorTarget, Long> {

    List<IndicatorTarget> findByFiscalYear(int fiscalYear);

    Optional<IndicatorTarget> findByIndicatorIdAndFiscalYear(long indicatorId, int fiscalYear);

    List<IndicatorTarget> findByIndicatorIdOrderByFiscalYearDesc(long indicatorId);
}
