package th.go.bangkok.tidtam.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByProjectIdOrderByReportMonthAscReportDateAscIdAsc(long projectId);

    Optional<ProgressReport> findByProjectIdAndReportMonthAndMonthSeq(long projectId, LocalDate reportMonth, int monthSeq);

    /** The month's report (imported history may hold earlier ones of the same month too: decision 0015). */
    default Optional<ProgressReport> monthReport(long projectId, LocalDate reportMonth) {
        return findByProjectIdAndReportMonthAndMonthSeq(projectId, reportMonth, 0);
    }

    List<ProgressReport> findByProjectIdInOrderByReportMonthAscReportDateAscIdAsc(Collection<Long> projectIds);

    /** Submitted reports of months up to {@code lastClosed}: what the freeze job has still to freeze. */
    @Query("""
            select r from ProgressReport r
            where r.status = th.go.bangkok.tidtam.progress.ReportStatus.SUBMITTED and r.reportMonth <= :lastClosed
              and r.id > :afterId
            order by r.id
            """)
    List<ProgressReport> toFreeze(LocalDate lastClosed, long afterId, org.springframework.data.domain.Pageable page);

    List<ProgressReport> findByProjectIdInAndReportMonthGreaterThanEqual(Collection<Long> projectIds, LocalDate from);


    @Query("""
            select coalesce(sum(r.disbursed), 0) from ProgressReport r
            where r.projectId = :projectId and r.status in (th.go.bangkok.tidtam.progress.ReportStatus.SUBMITTED, th.go.bangkok.tidtam.progress.ReportStatus.FROZEN)
              and r.id <> :exceptId
            """)
    BigDecimal disbursedExcept(long projectId, long exceptId);

    /** Per project: the filed disbursements' sum and the % done of its latest filed month that states one. */
    @Query("""
            select r.projectId, coalesce(sum(r.disbursed), 0),
                   (select r2.progress from ProgressReport r2
                    where r2.projectId = r.projectId and r2.monthSeq = 0 and r2.progress is not null
                      and r2.status in (th.go.bangkok.tidtam.progress.ReportStatus.SUBMITTED, th.go.bangkok.tidtam.progress.ReportStatus.FROZEN)
                      and r2.reportMonth = (select max(r3.reportMonth) from ProgressReport r3
                                            where r3.projectId = r.projectId and r3.monthSeq = 0
                                              and r3.progress is not null and r3.status in (th.go.bangkok.tidtam.progress.ReportStatus.SUBMITTED, th.go.bangkok.tidtam.progress.ReportStatus.FROZEN)))
            from ProgressReport r
            where r.projectId in :projectIds and r.status in (th.go.bangkok.tidtam.progress.ReportStatus.SUBMITTED, th.go.bangkok.tidtam.progress.ReportStatus.FROZEN)
            group by r.projectId
            """)
    List<Object[]> usageByProject(Collection<Long> projectIds);
}
