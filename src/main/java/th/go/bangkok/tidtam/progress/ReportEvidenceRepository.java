package th.go.bangkok.tidtam.progress;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportEvidenceRepository extends JpaRepository<ReportEvidence, Long> {

    /** The list without the contents: one query for all the reports of a project. */
    @Query("""
            select new th.go.bangkok.tidtam.progress.EvidenceInfo(e.id, e.reportId, e.fileName, e.mediaType,
                   e.sizeBytes, e.sha256, e.uploadedAt, e.uploadedBy)
            from ReportEvidence e where e.reportId in :reportIds order by e.id
            """)
    List<EvidenceInfo> infoOf(Collection<Long> reportIds);

    long countByReportId(long reportId);
}
