package th.go.bangkok.tidtam.notification;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

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
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;

    NotificationMailer(JavaMailSender mail, MessageSource messages,
                       @Value("${tidtam.mail.from:tidtam@bangkok.go.th}") String from,
                       @Value("${tidtam.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.mail = mail;
        this.messages = messages;
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
                var locale = Locale.forLanguageTag(recipient.language() == null ? "th" : recipient.language());
                var text = messages.getMessage(event.messageKey(), event.arguments().toArray(), locale);
                var message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(recipient.email());
                message.setSubject(messages.getMessage("notification.mail.subject", null, locale) + ": " + text);
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
