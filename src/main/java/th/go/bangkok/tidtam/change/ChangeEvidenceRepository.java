package th.go.bangkok.tidtam.change;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChangeEvidenceRepository extends JpaRepository<ChangeEvidence, Long> {

    @Query("""
            select new th.go.bangkok.tidtam.change.ChangeEvidenceInfo(e.id, e.changeRequestId, e.fileName, e.mediaType,
                   e.sizeBytes, e.sha256)
            from ChangeEvidence e where e.changeRequestId in :requestIds order by e.id
            """)
    List<ChangeEvidenceInfo> infoOf(Collection<Long> requestIds);

    long countByChangeRequestId(long changeRequestId);
}
