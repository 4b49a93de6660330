package th.go.bangkok.tidtam.tracking;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import th.go.bangkok.tidtam.base.Messages;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.change.ChangeNavigation;
import th.go.bangkok.tidtam.notification.NotificationService;
import th.go.bangkok.tidtam.progress.ProgressNavigation;
import th.go.bangkok.tidtam.progress.ReportingCalendar;
import th.go.bangkok.tidtam.users.Recipient;

/**
 * The daily digest: every user gets at most one notification a day listing all their items, never one per project.
 * <ul>
 *   <li>an officer: reports overdue (the month is past due and not closed yet), reports due within
 *       {@code tidtam.reminders.due-soon-days}, and reports sent back for correction;</li>
 *   <li>a head of office: change requests waiting for a decision, and reports still missing in the office once
 *       past due;</li>
 *   <li>a coordinator: reports missing everywhere once past due, and change requests waiting over
 *       {@code tidtam.tracking.stale-change-days}.</li>
 * </ul>
 * Everything runs on the injected clock. Each digest first claims the row (user, day) in {@code reminder_digest},
 * in the same transaction as the notification, so a second run, or a second node at the same moment, sends nothing
 * twice. The overdue and due-soon items are also recorded as automatic reminders of their projects.
 */
@Service
public class ReminderDigests {

    private static final int CODES_SHOWN = 8;

    private final DigestQueries queries;
    private final ReportingCalendar calendar;
    private final NotificationService notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int dueSoonDays;
    private final int staleChangeDays;

    ReminderDigests(DigestQueries queries, ReportingCalendar calendar, NotificationService notifications,
                    TransactionTemplate transactions, Clock clock,
                    @Value("${tidtam.reminders.due-soon-days:3}") int dueSoonDays,
                    @Value("${tidtam.tracking.stale-change-days:14}") int staleChangeDays) {
        this.queries = queries;
        this.calendar = calendar;
        this.notifications = notifications;
        this.transactions = transactions;
        this.clock = clock;
        this.dueSoonDays = dueSoonDays;
        this.staleChangeDays = staleChangeDays;
    }

    /** Today's items of one user, before they are worded. */
    private static final class Items {
        final Map<YearMonth, List<DigestQueries.OwedReport>> overdue = new LinkedHashMap<>();
        final Map<YearMonth, List<DigestQueries.OwedReport>> dueSoon = new LinkedHashMap<>();
        final List<DigestQueries.OwedReport> returned = new ArrayList<>();
        final Map<YearMonth, Long> missingInScope = new LinkedHashMap<>();
        long pendingChanges;
        long staleChanges;

        int count() {
            return overdue.values().stream().mapToInt(List::size).sum() + dueSoon.values().stream().mapToInt(List::size).sum()
                    + returned.size() + (int) Math.min(Integer.MAX_VALUE, pendingChanges + staleChanges)
                    + (missingInScope.values().stream().anyMatch(n -> n > 0) ? 1 : 0);
        }

        List<DigestQueries.OwedReport> reminded() {
            var all = new ArrayList<DigestQueries.OwedReport>();
            overdue.values().forEach(all::addAll);
            dueSoon.values().forEach(all::addAll);
            return all;
        }
    }

    /**
     * Sends today's digests (the job calls this once a day). Returns how many went out; users who already had
     * today's digest, or have nothing to do, get none.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int sendDailyDigests() {
        var today = calendar.today();
        var items = new HashMap<Long, Items>();
        var accounts = queries.accounts();
        var current = calendar.currentMonth();
        for (var month : List.of(current.minusMonths(1), current)) {
            if (calendar.isClosed(month)) {
                continue;
            }
            var due = calendar.dueDate(month);
            boolean overdue = today.isAfter(due);
            boolean soon = !overdue && ChronoUnit.DAYS.between(today, due) <= dueSoonDays;
            if (!overdue && !soon) {
                continue;
            }
            for (var owed : queries.missing(month)) {
                var target = items.computeIfAbsent(owed.ownerId(), id -> new Items());
                (overdue ? target.overdue : target.dueSoon).computeIfAbsent(month, m -> new ArrayList<>()).add(owed);
            }
            if (overdue) {
                var byOffice = queries.missingByOffice(month).stream()
                        .collect(Collectors.toMap(DigestQueries.Count::key, DigestQueries.Count::count));
                long everywhere = byOffice.values().stream().mapToLong(Long::longValue).sum();
                for (var account : accounts) {
                    long n = switch (account.role()) {
                        case "HEAD" -> account.agencyId() == null ? 0 : byOffice.getOrDefault(account.agencyId(), 0L);
                        case "COORDINATOR" -> everywhere;
                        default -> 0;
                    };
                    if (n > 0) {
                        items.computeIfAbsent(account.id(), id -> new Items()).missingInScope.put(month, n);
                    }
                }
            }
        }
        var firstOpen = calendar.isClosed(current.minusMonths(1)) ? current : current.minusMonths(1);
        queries.returned(firstOpen).forEach(r -> items.computeIfAbsent(r.ownerId(), id -> new Items()).returned.add(r));
        var pending = queries.pendingChangesByOffice(null).stream()
                .collect(Collectors.toMap(DigestQueries.Count::key, DigestQueries.Count::count));
        long stale = queries.pendingChangesByOffice(clock.instant().minus(Duration.ofDays(staleChangeDays))).stream()
                .mapToLong(DigestQueries.Count::count).sum();
        for (var account : accounts) {
            if ("HEAD".equals(account.role()) && account.agencyId() != null && pending.containsKey(account.agencyId())) {
                items.computeIfAbsent(account.id(), id -> new Items()).pendingChanges = pending.get(account.agencyId());
            }
            if ("COORDINATOR".equals(account.role()) && stale > 0) {
                items.computeIfAbsent(account.id(), id -> new Items()).staleChanges = stale;
            }
        }

        int sent = 0;
        for (var account : accounts) {
            var mine = items.get(account.id());
            if (mine == null || mine.count() == 0) {
                continue;
            }
            if (Boolean.TRUE.equals(transactions.execute(status -> send(account, mine, today)))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(DigestQueries.Account account, Items items, java.time.LocalDate today) {
        var now = clock.instant();
        if (!queries.claim(account.id(), today, items.count(), now)) {
            return false;
        }
        var locale = Messages.of(account.language());
        var lines = new ArrayList<String>();
        items.overdue.forEach((month, owed) -> lines.add(text("digest.overdue", locale, ThaiDates.formatMonth(month),
                owed.size(), codes(owed, locale))));
        items.dueSoon.forEach((month, owed) -> lines.add(text("digest.dueSoon", locale, ThaiDates.formatMonth(month),
                ThaiDates.formatShort(calendar.dueDate(month)), owed.size(), codes(owed, locale))));
        if (!items.returned.isEmpty()) {
            lines.add(text("digest.returned", locale, items.returned.size(), codes(items.returned, locale)));
        }
        if (items.pendingChanges > 0) {
            lines.add(text("digest.pendingChanges", locale, items.pendingChanges));
        }
        items.missingInScope.forEach((month, n) -> lines.add(text("HEAD".equals(account.role())
                ? "digest.officeMissing" : "digest.allMissing", locale, ThaiDates.formatMonth(month), n)));
        if (items.staleChanges > 0) {
            lines.add(text("digest.staleChanges", locale, items.staleChanges, staleChangeDays));
        }
        var link = switch (account.role()) {
            case "HEAD" -> items.pendingChanges > 0 ? ChangeNavigation.APPROVALS : TrackingNavigation.TRACKING;
            case "COORDINATOR" -> TrackingNavigation.TRACKING;
            default -> ProgressNavigation.DUE;
        };
        notifications.send(List.of(new Recipient(account.id(), account.email(), account.language())),
                "notification.digest", List.of(ThaiDates.formatShort(today), String.join(" · ", lines)), link);
        queries.recordReminders(items.reminded(), now);
        return true;
    }

    private String codes(List<DigestQueries.OwedReport> owed, Locale locale) {
        var shown = owed.stream().limit(CODES_SHOWN).map(DigestQueries.OwedReport::code).collect(Collectors.joining(", "));
        return owed.size() <= CODES_SHOWN ? shown : shown + " " + text("digest.andMore", locale, owed.size() - CODES_SHOWN);
    }

    private String text(String key, Locale locale, Object... args) {
        return Messages.get(locale, key, args);
    }
}
