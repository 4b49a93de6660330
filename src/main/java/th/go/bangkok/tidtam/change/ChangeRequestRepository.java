package th.go.bangkok.tidtam.change;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {

    List<ChangeRequest> findByProjectIdOrderByCreatedAtDesc(long projectId);

    /** The row locked until the decision commits: of two heads deciding at once, the second waits, then sees it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ChangeRequest c where c.id = :id")
    Optional<ChangeRequest> lockById(long id);

    @Query("""
            select c from ChangeRequest c where c.status = th.go.bangkok.tidtam.change.ChangeStatus.APPROVED
              and c.letterYear = :year and c.letterNo = :letterNo
            """)
    Optional<ChangeRequest> approvedWithLetter(int year, String letterNo);

    @Query("""
            select c from ChangeRequest c where c.officeId = :officeId and c.status in :statuses
            order by c.submittedAt asc, c.id asc
            """)
    List<ChangeRequest> ofOffice(long officeId, Collection<ChangeStatus> statuses, Pageable page);

    @Query("select count(c) from ChangeRequest c where c.officeId = :officeId and c.status in :statuses")
    long countOfOffice(long officeId, Collection<ChangeStatus> statuses);

    String DECIDED = """
            where c.officeId = :officeId and c.status in :statuses and (:kind is null or c.kind = :kind)
            """;

    @Query("select c from ChangeRequest c " + DECIDED + " order by c.decidedAt desc, c.id desc")
    List<ChangeRequest> decidedOfOffice(long officeId, Collection<ChangeStatus> statuses, ChangeKind kind, Pageable page);

    @Query("select count(c) from ChangeRequest c " + DECIDED)
    long countDecidedOfOffice(long officeId, Collection<ChangeStatus> statuses, ChangeKind kind);
}
