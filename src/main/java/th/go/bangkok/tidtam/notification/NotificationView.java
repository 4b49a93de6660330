package th.go.bangkok.tidtam.notification;

import java.time.Instant;
import java.util.List;

/** A notification as the bell lists it; {@code messageKey} and {@code arguments} are translated by the screen. */
public record NotificationView(long id, String messageKey, List<String> arguments, String link, Instant createdAt,
                               boolean read) {
}
