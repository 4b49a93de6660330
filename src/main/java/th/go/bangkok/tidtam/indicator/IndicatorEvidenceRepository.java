package th.go.bangkok.tidtam.indicator;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorEvidenceRepository extends JpaRepository<IndicatorEvidence, Long> {

    @Query("""
            select new th.go.bangkok.tidtam.indicator.EvidenceRef(e.id, e.resultId, e.fileName)
            from IndicatorEvidence e where e.resultId in :resultIds order by e.id
            """)
    List<EvidenceRef> refsOf(Collection<Long> resultIds);

    long countByResultId(long resultId);
}
