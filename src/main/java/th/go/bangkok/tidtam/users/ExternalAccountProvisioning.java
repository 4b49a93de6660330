package th.go.bangkok.tidtam.users;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.security.AccountSource;
import th.go.bangkok.tidtam.security.ExternalAccounts;
import th.go.bangkok.tidtam.security.ExternalIdentity;
import th.go.bangkok.tidtam.security.NoMappedGroupException;
import th.go.bangkok.tidtam.security.TidtamUser;
import th.go.bangkok.tidtam.security.Usernames;

/**
 * Accounts of people the city's directory or OIDC provider vouched for: created at the first sign-in from what the
 * source says (name, e-mail, phone), their role and agency taken from their groups through {@link GroupMapping} at
 * every sign-in. When several groups are mapped the strongest role wins (administrator, coordinator, head, officer),
 * between equals the first group by name. The audit trail names the source ("ldap", "oidc") as who made the change,
 * with old → new role and agency. See docs/decisions/0027-directory-and-oidc-sign-in.md.
 */
@Component
class ExternalAccountProvisioning implements ExternalAccounts {

    private static final Logger securityLog = LoggerFactory.getLogger("tidtam.security");

    private final AppUserRepository users;
    private final GroupMappingRepository mappings;
    private final AuditService audit;

    ExternalAccountProvisioning(AppUserRepository users, GroupMappingRepository mappings, AuditService audit) {
        this.users = users;
        this.mappings = mappings;
        this.audit = audit;
    }

    @Override
    @Transactional
    public TidtamUser signIn(ExternalIdentity identity) {
        if (identity.source() == AccountSource.LOCAL) {
            throw new IllegalArgumentException("a local account is not provisioned");
        }
        var name = Usernames.normalise(identity.username());
        if (!Usernames.ALLOWED.matcher(name).matches() || name.length() < Limits.USERNAME_MIN
                || name.length() > Limits.USERNAME) {
            securityLog.warn("External sign-in refused, the name cannot be an account name: source={} user={}",
                    identity.source(), name.length() > Limits.USERNAME ? name.substring(0, Limits.USERNAME) : name);
            throw new BadCredentialsException("name not usable");
        }
        var existing = users.findByUsername(name).filter(found -> Usernames.same(found.getUsername(), name));
        if (existing.isPresent() && existing.get().getSource() != identity.source()) {
            // a local account (or another source's) is never taken over by a name that happens to match
            securityLog.warn("External sign-in refused, the name is a {} account: source={} user={}",
                    existing.get().getSource(), identity.source(), name);
            throw new BadCredentialsException("name belongs to another source");
        }
        if (existing.isPresent() && !existing.get().isEnabled()) {
            throw new DisabledException("account disabled");
        }
        var mapping = strongest(mappings.findByExternalGroupIn(identity.groups()));
        if (mapping == null) {
            throw new NoMappedGroupException("no mapped group");
        }
        var actor = identity.source().name().toLowerCase();
        return as(actor, () -> {
            AppUser user;
            if (existing.isPresent()) {
                user = existing.get();
                var before = user.auditState();
                user.applyExternal(identity, mapping.getRole(), mapping.getAgency());
                users.flush();
                audit.updated(user, before);
            } else {
                user = AppUser.external(new ExternalIdentity(identity.source(), name, identity.fullName(),
                        identity.email(), identity.phone(), identity.groups()));
                user.applyExternal(identity, mapping.getRole(), mapping.getAgency());
                users.save(user);
                audit.created(user);
                securityLog.info("Account created at first sign-in: source={} user={} role={}", identity.source(),
                        name, mapping.getRole());
            }
            // the account as the sign-in form's lookup makes it (enabled, or refused above), without the hash marker
            var account = UserAccountDetailsService.account(user);
            account.eraseCredentials();
            return account;
        });
    }

    private static GroupMapping strongest(List<GroupMapping> found) {
        return found.stream().min(Comparator.comparing((GroupMapping m) -> -m.getRole().ordinal())
                .thenComparing(GroupMapping::getExternalGroup)).orElse(null);
    }

    /** The trail names the source as who changed the account; the caller's context is back afterwards. */
    private static <T> T as(String actor, java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
