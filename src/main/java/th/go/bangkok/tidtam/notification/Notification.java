package th.go.bangkok.tidtam.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One message in a user's bell: a message key and its arguments (translated when shown, in the reader's
 * language), where it leads, and when it was read.
 */
@Entity
@Table(name = "notification")
class Notification {

    static final String SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(length = 1000)
    private String arguments;

    @Column(length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(long recipientId, String messageKey, List<String> arguments, String link, Instant createdAt) {
        this.recipientId = recipientId;
        this.messageKey = messageKey;
        var joined = String.join(SEPARATOR, arguments);
        this.arguments = joined.length() > 1000 ? joined.substring(0, 1000) : joined;
        this.link = link;
        this.createdAt = createdAt;
    }

    NotificationView view() {
        return new NotificationView(id, messageKey, arguments == null || arguments.isEmpty() ? List.of()
                : Arrays.asList(arguments.split(SEPARATOR, -1)), link, createdAt, readAt != null);
    }
}
