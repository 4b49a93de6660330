package th.go.bangkok.tidtam.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import th.go.bangkok.tidtam.base.Messages;

/**
 * E-mail copies of notifications, only when SMTP is configured ({@code spring.mail.host}); otherwise this bean
 * does not exist. Sent after the commit, off the request thread, in the recipient's language; a failure is
 * logged and the in-app notification stays.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final JavaMailSender mail;
    private final String from;
    private final String baseUrl;

    NotificationMailer(JavaMailSender mail,
                       @Value("${tidtam.mail.from:tidtam@bangkok.go.th}") String from,
                       @Value("${tidtam.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.mail = mail;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @TransactionalEventListener
    void sent(NotificationSent event) {
        Thread.ofVirtual().start(() -> {
            for (var recipient : event.recipients()) {
                if (recipient.email() == null || recipient.email().isBlank()) {
                    continue;
                }
                var locale = Messages.of(recipient.language());
                var text = Messages.get(locale, event.messageKey(), event.arguments().toArray());
                var message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(recipient.email());
                message.setSubject(Messages.get(locale, "notification.mail.subject") + ": " + text);
                message.setText(text + (event.link() == null ? "" : "\n\n" + baseUrl + "/" + event.link()));
                try {
                    mail.send(message);
                } catch (RuntimeException e) {
                    log.warn("Could not e-mail notification to user {}: {}", recipient.userId(), e.getMessage());
                }
            }
        });
    }
}
