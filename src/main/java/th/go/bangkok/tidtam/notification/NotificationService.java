package th.go.bangkok.tidtam.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import th.go.bangkok.tidtam.security.CurrentUser;
import th.go.bangkok.tidtam.users.Recipient;

/**
 * The bell: messages to users about things that wait for them or concern them (a new change request for the
 * head, a decision for the officer). Other services write them inside their own transaction, so a rolled-back
 * action notifies nobody; each user reads and clears only their own. When SMTP is configured, the mailer
 * sends a copy after the commit.
 */
@Service
public class NotificationService {

    public static final int BELL_SIZE = 20;

    private final NotificationRepository repository;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(NotificationRepository repository, CurrentUser currentUser, ApplicationEventPublisher events,
                        Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Internal: called by other services inside their transaction, for recipients they chose. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Collection<Recipient> recipients, String messageKey, List<String> arguments, String link) {
        var now = clock.instant();
        for (var recipient : recipients) {
            repository.save(new Notification(recipient.userId(), messageKey, arguments, link, now));
        }
        if (!recipients.isEmpty()) {
            events.publishEvent(new NotificationSent(List.copyOf(recipients), messageKey, arguments, link));
        }
    }

    /** The signed-in user's latest notifications, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationView> mine() {
        return repository.latest(currentUser.require().id(), PageRequest.of(0, BELL_SIZE)).stream()
                .map(Notification::view).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return repository.countByRecipientIdAndReadAtIsNull(currentUser.require().id());
    }

    /** Opening the bell marks the user's notifications read. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        return repository.markAllRead(currentUser.require().id(), clock.instant());
    }
}
