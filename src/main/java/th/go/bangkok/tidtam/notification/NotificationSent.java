package th.go.bangkok.tidtam.notification;

import java.util.List;
import th.go.bangkok.tidtam.users.Recipient;

/** Published when notifications are written; the mailer sends them once the transaction has committed. */
record NotificationSent(List<Recipient> recipients, String messageKey, List<String> arguments, String link) {
}
