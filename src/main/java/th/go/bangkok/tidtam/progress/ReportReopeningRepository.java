package th.go.bangkok.tidtam.progress;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportReopeningRepository extends JpaRepository<ReportReopening, Long> {

    List<ReportReopening> findByProjectIdOrderByReopenedAt(long projectId);

    boolean existsByProjectIdAndReportMonthAndOpenUntilGreaterThanEqual(long projectId, LocalDate reportMonth,
                                                                        LocalDate today);

    @Query("select r from ReportReopening r where r.projectId in :projectIds and r.openUntil >= :today")
    List<ReportReopening> runningFor(java.util.Collection<Long> projectIds, LocalDate today);

    /** Project id and month of every reopening still running, for the freeze job to leave alone. */
    @Query("select r.projectId, r.reportMonth from ReportReopening r where r.openUntil >= :today")
    List<Object[]> running(LocalDate today);
}
