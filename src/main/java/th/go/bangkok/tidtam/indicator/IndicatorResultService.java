package th.go.bangkok.tidtam.indicator;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ConcurrentChangeException;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.files.EvidenceCheck;
import th.go.bangkok.tidtam.base.files.EvidenceUpload;
import th.go.bangkok.tidtam.notification.NotificationService;
import th.go.bangkok.tidtam.security.CurrentUser;
import th.go.bangkok.tidtam.strategy.PlanService;
import th.go.bangkok.tidtam.users.UserService;

/**
 * An indicator's quarterly results: entered by the owning agency's officers (or coordinators and administrators),
 * then accepted or returned by a coordinator. A quarter closes {@code tidtam.indicators.close-days} after its end;
 * from then on its result is frozen for everybody. Reading them goes through {@link IndicatorService}.
 */
@Service
@Validated
public class IndicatorResultService {

    private final IndicatorResultRepository results;
    private final IndicatorEvidenceRepository evidence;
    private final IndicatorRules rules;
    private final PlanService plan;
    private final AgencyService agencies;
    private final QuarterCalendar calendar;
    private final AuditService audit;
    private final NotificationService notifications;
    private final UserService users;
    private final CurrentUser currentUser;
    private final Clock clock;

    IndicatorResultService(IndicatorResultRepository results, IndicatorEvidenceRepository evidence,
                           IndicatorRules rules, PlanService plan, AgencyService agencies, QuarterCalendar calendar,
                           AuditService audit, NotificationService notifications, UserService users,
                           CurrentUser currentUser, Clock clock) {
        this.results = results;
        this.evidence = evidence;
        this.rules = rules;
        this.plan = plan;
        this.agencies = agencies;
        this.calendar = calendar;
        this.audit = audit;
        this.notifications = notifications;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A quarter's result, by an officer of the owning agency (or a unit below it), a coordinator or an
     * administrator: from the quarter's first day until it closes, not once accepted (a coordinator returns it
     * first). A number target needs a number; a milestone says whether it is done and on which day. Evidence
     * files are added to the ones there. Entering again sends it back to review.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'COORDINATOR', 'ADMIN')")
    @Transactional
    public long saveResult(long targetId, int quarter, @Valid ResultData data, List<EvidenceUpload> files) {
        var user = currentUser.require();
        var target = rules.target(targetId);
        var all = agencies.all().stream().collect(Collectors.toMap(AgencyNode::id, Function.identity()));
        if (!IndicatorRules.mayEnter(user, target, all)) {
            throw new AccessDeniedException("not the indicator's owning agency");
        }
        if (quarter < 1 || quarter > 4) {
            throw new BusinessRuleException("indicator.quarter.invalid");
        }
        var q = new FiscalQuarter(target.getFiscalYear(), quarter);
        var node = plan.all().stream().filter(n -> n.id() == target.getIndicatorId()).findFirst().orElseThrow();
        if (!node.validFor(FiscalYear.of(target.getFiscalYear()))) {
            throw new BusinessRuleException("indicator.notValidThatYear", String.valueOf(target.getFiscalYear()),
                    String.valueOf(node.validFromFy()), node.validToFy() == null ? "–" : String.valueOf(node.validToFy()));
        }
        rules.checkOpen(q);
        if (!calendar.hasStarted(q)) {
            throw new BusinessRuleException("indicator.quarter.notStarted", ThaiDates.formatShort(q.firstDay()));
        }
        BigDecimal value = null;
        Boolean done = null;
        java.time.LocalDate doneOn = null;
        if (target.getKind().numeric()) {
            value = number(data.value());
            if (target.getKind() == TargetKind.PERCENT
                    && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
                throw new BusinessRuleException("indicator.result.percentRange");
            }
        } else {
            if (data.done() == null) {
                throw new BusinessRuleException("indicator.result.doneRequired");
            }
            done = data.done();
            if (done) {
                if (data.doneOn() == null) {
                    throw new BusinessRuleException("indicator.result.doneOnRequired");
                }
                if (data.doneOn().isAfter(calendar.today())) {
                    throw new BusinessRuleException("indicator.result.doneOnFuture");
                }
                doneOn = data.doneOn();
            }
        }
        var checked = EvidenceCheck.check(files == null ? List.of() : files, 0);
        var existing = results.findByTargetIdAndQuarter(targetId, quarter);
        IndicatorResult result;
        if (existing.isPresent()) {
            result = existing.get();
            if (data.version() == null || result.getVersion() != data.version()) {
                throw new ConcurrentChangeException("IndicatorResult", result.getId());
            }
            if (result.getStatus() == ResultStatus.ACCEPTED) {
                throw new BusinessRuleException("indicator.result.accepted");
            }
            EvidenceCheck.check(files == null ? List.of() : files, evidence.countByResultId(result.getId()));
            var before = result.auditState();
            result.enter(value, done, doneOn, data.note(), user.getUsername(), clock.instant());
            results.flush();
            audit.updated(result, before);
        } else {
            result = new IndicatorResult(targetId, quarter);
            result.enter(value, done, doneOn, data.note(), user.getUsername(), clock.instant());
            results.save(result);
            audit.created(result);
        }
        for (var file : checked) {
            var stored = evidence.save(new IndicatorEvidence(result.getId(), file, clock.instant(), user.getUsername()));
            audit.event(AuditAction.ATTACH, result.auditType(), result.getId(), stored.describe());
        }
        return result.getId();
    }

    /** ยอมรับ: the result counts for the status from now on. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    @Transactional
    public void accept(long resultId, long version) {
        var result = reviewing(resultId, version);
        if (result.getStatus() != ResultStatus.SUBMITTED) {
            throw new BusinessRuleException("indicator.result.notSubmitted");
        }
        var before = result.auditState();
        result.review(ResultStatus.ACCEPTED, currentUser.require().getUsername(), clock.instant(), null);
        results.flush();
        audit.updated(result, before);
    }

    /**
     * ส่งกลับแก้ไข, with the comment the owning agency reads; an accepted result may be returned too. Whoever entered
     * it is notified (the bell, and e-mail when set up).
     */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    @Transactional
    public void returnForRevision(long resultId, String comment, long version) {
        if (comment == null || comment.isBlank()) {
            throw new BusinessRuleException("indicator.result.commentRequired");
        }
        var result = reviewing(resultId, version);
        if (result.getStatus() == ResultStatus.RETURNED) {
            throw new BusinessRuleException("indicator.result.notSubmitted");
        }
        var before = result.auditState();
        result.review(ResultStatus.RETURNED, currentUser.require().getUsername(), clock.instant(), comment.strip());
        results.flush();
        audit.updated(result, before);
        var target = rules.target(result.getTargetId());
        var node = plan.all().stream().filter(n -> n.id() == target.getIndicatorId()).findFirst().orElseThrow();
        notifications.send(users.recipient(result.getEnteredBy()), "notification.indicator.returned",
                List.of(node.thaiCode() + " " + node.nameTh(), String.valueOf(result.getQuarter()),
                        String.valueOf(target.getFiscalYear()), comment.strip()),
                IndicatorNavigation.indicator(target.getIndicatorId(), target.getFiscalYear()));
    }

    private IndicatorResult reviewing(long resultId, long version) {
        var result = results.findById(resultId).orElseThrow(() -> new NotFoundException("IndicatorResult", resultId));
        var target = rules.target(result.getTargetId());
        rules.checkOpen(new FiscalQuarter(target.getFiscalYear(), result.getQuarter()));
        if (result.getVersion() != version) {
            throw new ConcurrentChangeException("IndicatorResult", resultId);
        }
        return result;
    }

    /** "1,250", "๑๒.๕", "80 %", "80%" are numbers; anything else is refused, naming what was typed. */
    static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException("indicator.result.valueRequired");
        }
        var cleaned = ThaiDates.toArabicDigits(text.strip()).replace(",", "").replace("%", "").strip();
        try {
            var value = new BigDecimal(cleaned);
            if (value.scale() > 2) {
                throw new BusinessRuleException("indicator.value.digits");
            }
            return value.setScale(2);
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("indicator.result.notNumber", text.strip());
        }
    }
}
