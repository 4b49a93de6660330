package th.go.bangkok.tidtam.users;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.agency.Agency;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ConcurrentChangeException;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.security.CurrentUser;
import th.go.bangkok.tidtam.security.PasswordPolicy;
import th.go.bangkok.tidtam.security.SessionTerminator;
import th.go.bangkok.tidtam.security.SignInsBusyException;
import th.go.bangkok.tidtam.security.Usernames;

/** Accounts: administrators manage them; every signed-in user changes their own password and language. */
@Service
@Validated
public class UserService {

    public static final Set<String> LANGUAGES = Set.of("th", "en");
    private static final int EXPORT_PAGE = 500;
    private static final Set<String> SORTABLE = Set.of("username", "fullName", "role");

    private final AppUserRepository repository;
    private final AgencyLookup agencies;
    private final AgencyService agencyService;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final SessionTerminator sessions;
    private final Clock clock;

    UserService(AppUserRepository repository, AgencyLookup agencies, AgencyService agencyService,
                PasswordEncoder passwordEncoder, AuditService audit, CurrentUser currentUser,
                SessionTerminator sessions, Clock clock) {
        this.repository = repository;
        this.agencies = agencies;
        this.agencyService = agencyService;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserListItem> find(UserFilter filter, Pageable pageable) {
        var sort = Sort.by(pageable.getSort().stream().filter(o -> SORTABLE.contains(o.getProperty())).toList());
        var safe = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                sort.isSorted() ? sort : Sort.by("fullName"));
        return repository.findItems(text(filter), filter.role(), filter.enabled(), safe);
    }

    /** Every matching row in list order, read page by page, for the Excel export. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public void forEach(UserFilter filter, Consumer<UserListItem> action) {
        for (int page = 0; ; page++) {
            var items = find(filter, PageRequest.of(page, EXPORT_PAGE));
            items.forEach(action);
            if (items.size() < EXPORT_PAGE) {
                return;
            }
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(UserFilter filter) {
        return repository.countItems(text(filter), filter.role(), filter.enabled());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public UserData get(long id) {
        return repository.findById(id).map(AppUser::toData).orElseThrow(() -> new NotFoundException("User", id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long create(@Valid UserData data, String initialPassword) {
        var username = Usernames.normalise(data.username());
        if (!Usernames.ALLOWED.matcher(username).matches()
                || username.length() < Limits.USERNAME_MIN || username.length() > Limits.USERNAME) {
            throw new BusinessRuleException("user.username.pattern");
        }
        // the database compares names accent- and case-blind, so "Somchai" is taken when "somchai" exists
        if (repository.existsByUsername(username)) {
            throw new BusinessRuleException("user.username.taken", username);
        }
        PasswordPolicy.check(initialPassword, username);
        var user = new AppUser(username);
        user.setPasswordHash(hashing(() -> passwordEncoder.encode(initialPassword)), clock.instant());
        user.apply(data, agencyFor(data));
        repository.save(user);
        audit.created(user);
        return user.getId();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long id, @Valid UserData data) {
        var user = load(id);
        if (user.getVersion() != data.version()) {
            throw new ConcurrentChangeException("User", id);
        }
        if (!Usernames.same(user.getUsername(), data.username())) {
            throw new BusinessRuleException("user.username.immutable");
        }
        boolean disabling = user.isEnabled() && !data.enabled();
        if (disabling) {
            refuseSelf(user);
        }
        var before = user.auditState();
        user.apply(data, agencyFor(data));
        repository.flush();
        audit.updated(user, before);
        if (disabling) {
            endSessionsAfterCommit(user.getUsername());
        }
    }

    /** Disabling ends the user's open sessions at once (after the change commits). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setEnabled(long id, boolean enabled) {
        var user = load(id);
        if (user.isEnabled() == enabled) {
            return;
        }
        if (!enabled) {
            refuseSelf(user);
        }
        var before = user.auditState();
        user.setEnabled(enabled);
        repository.flush();
        audit.updated(user, before);
        if (!enabled) {
            endSessionsAfterCommit(user.getUsername());
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(long id, String newPassword) {
        var user = load(id);
        refuseExternal(user);
        PasswordPolicy.check(newPassword, user.getUsername());
        user.setPasswordHash(hashing(() -> passwordEncoder.encode(newPassword)), clock.instant());
        repository.flush();
        audit.event(AuditAction.PASSWORD_RESET, user.auditType(), user.getId(), "by administrator");
        endSessionsAfterCommit(user.getUsername());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var user = load(currentUser.require().id());
        refuseExternal(user);
        if (currentPassword == null
                || !hashing(() -> passwordEncoder.matches(currentPassword, user.getPasswordHash()))) {
            throw new BusinessRuleException("password.currentWrong");
        }
        if (hashing(() -> passwordEncoder.matches(newPassword, user.getPasswordHash()))) {
            throw new BusinessRuleException("password.sameAsOld");
        }
        PasswordPolicy.check(newPassword, user.getUsername());
        user.setPasswordHash(hashing(() -> passwordEncoder.encode(newPassword)), clock.instant());
        repository.flush();
        audit.event(AuditAction.PASSWORD_CHANGE, user.auditType(), user.getId(), "by the user");
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setOwnLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new BusinessRuleException("user.language.unknown", language);
        }
        var user = load(currentUser.require().id());
        var before = user.auditState();
        user.setLanguage(language);
        repository.flush();
        audit.updated(user, before);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public UserProfile me() {
        var user = load(currentUser.require().id());
        String path = user.getAgency() == null ? null : agencyService.path(user.getAgency().getId());
        return new UserProfile(user.getId(), user.getUsername(), user.getFullName(), user.getPosition(),
                user.getPhone(), user.getRole(), path, user.getLanguage(), user.getSource());
    }

    /**
     * For notifications from other services: the enabled accounts with this role in this agency (the heads of an
     * office, say). Names no more than ids, addresses and languages.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Recipient> recipients(Role role, long agencyId) {
        return repository.findByRoleAndAgencyIdAndEnabledTrue(role, agencyId).stream()
                .map(u -> new Recipient(u.getId(), u.getEmail(), u.getLanguage())).toList();
    }

    /** For notifications from other services: one account, if it is still enabled. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Recipient> recipient(long userId) {
        return repository.findById(userId).filter(AppUser::isEnabled)
                .map(u -> List.of(new Recipient(u.getId(), u.getEmail(), u.getLanguage()))).orElse(List.of());
    }

    /** For notifications from other services that kept a username: that account, if it is still enabled. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Recipient> recipient(String username) {
        return repository.findByUsername(username).filter(AppUser::isEnabled)
                .map(u -> List.of(new Recipient(u.getId(), u.getEmail(), u.getLanguage()))).orElse(List.of());
    }

    private AppUser load(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    /** A directory's or OIDC provider's account signs in with its password there; the portal keeps none for it. */
    private static void refuseExternal(AppUser user) {
        if (user.getSource() != th.go.bangkok.tidtam.security.AccountSource.LOCAL) {
            throw new BusinessRuleException("password.external", user.getSource().name());
        }
    }

    private void refuseSelf(AppUser user) {
        if (currentUser.get().map(me -> me.id() == user.getId()).orElse(false)) {
            throw new BusinessRuleException("user.disable.self");
        }
    }

    /** An officer sits in a division or group, a head in an office; coordinators and admins in none needed. */
    private Agency agencyFor(UserData data) {
        Agency agency = data.agencyId() == null ? null : agencies.require(data.agencyId());
        AgencyRule.violation(data.role(), agency == null ? null : agency.getLevel()).ifPresent(key -> {
            throw new BusinessRuleException(key);
        });
        return agency;
    }

    private void endSessionsAfterCommit(String username) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sessions.endSessionsOf(username);
            }
        });
    }

    private static String text(UserFilter filter) {
        return filter.text() == null || filter.text().isBlank() ? null : filter.text().strip();
    }

    /**
     * A password's hash or check: at month's end it waits for a core the pages leave, and one not done in time is
     * given up (security's PasswordChecks, decision 0032); nothing is saved then, and the person reads "busy".
     */
    private static <T> T hashing(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (SignInsBusyException e) {
            throw new BusinessRuleException("error.busy");
        }
    }
}
