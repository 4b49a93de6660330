package th.go.bangkok.tidtam.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select n from Notification n where n.recipientId = :recipientId order by n.createdAt desc, n.id desc")
    List<Notification> latest(long recipientId, Pageable page);

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(long recipientId, Instant at);
}
