package th.go.bangkok.tidtam.users;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.base.StartupStep;
import th.go.bangkok.tidtam.security.PasswordPolicy;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.security.SystemAuthentication;

/**
 * Outside demo mode no account exists until the first administrator is created from
 * TIDTAM_ADMIN_USERNAME / TIDTAM_ADMIN_PASSWORD on first start. A weak password stops the start.
 * <p>
 * Like the demo data (docs/decisions/0024), before the web servers start: a sign-in in the first seconds finds the
 * account, and a weak password stops the start before any port answers.
 */
@Component
class AdminBootstrap extends StartupStep {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AppUserRepository repository;
    private final UserService users;
    private final String username;
    private final String password;

    AdminBootstrap(AppUserRepository repository, UserService users,
                   @Value("${TIDTAM_ADMIN_USERNAME:${tidtam.admin.username:}}") String username,
                   @Value("${TIDTAM_ADMIN_PASSWORD:${tidtam.admin.password:}}") String password) {
        super(FIRST_ADMINISTRATOR);
        this.repository = repository;
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    protected void run() {
        if (repository.count() > 0) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No account exists yet. Set TIDTAM_ADMIN_USERNAME and TIDTAM_ADMIN_PASSWORD and restart "
                    + "to create the first administrator.");
            return;
        }
        var weakness = PasswordPolicy.violation(password, username);
        if (weakness.isPresent()) {
            throw new IllegalStateException("TIDTAM_ADMIN_PASSWORD is too weak (" + weakness.get() + "): use at least "
                    + "10 characters with letters and digits, not containing the username.");
        }
        SystemAuthentication.run(() -> users.create(
                new UserData(username, "ผู้ดูแลระบบ", null, null, null, Role.ADMIN, null, true, 0), password));
        log.info("Created the first administrator '{}'", username);
    }
}
