package th.go.bangkok.tidtam.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import th.go.bangkok.tidtam.agency.Agency;
import th.go.bangkok.tidtam.audit.Auditable;
import th.go.bangkok.tidtam.base.AbstractEntity;
import th.go.bangkok.tidtam.security.AccountSource;
import th.go.bangkok.tidtam.security.ExternalIdentity;
import th.go.bangkok.tidtam.security.Role;

/** An account. Validation lives on {@link UserData}, the only way data gets in. */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity implements Auditable {

    @Column(nullable = false, unique = true, length = 50)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 200)
    private String position;

    @Column(length = 30)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(nullable = false, length = 5)
    private String language = "th";

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private AccountSource source = AccountSource.LOCAL;

    protected AppUser() {
    }

    AppUser(String username) {
        this.username = username;
    }

    void apply(UserData data, Agency agency) {
        this.fullName = data.fullName().strip();
        this.position = blankToNull(data.position());
        this.phone = blankToNull(data.phone());
        this.email = blankToNull(data.email());
        this.role = data.role();
        this.agency = agency;
        this.enabled = data.enabled();
    }

    /** An account from a directory or OIDC provider: its first sign-in creates it, with no usable local password. */
    static AppUser external(ExternalIdentity identity) {
        var user = new AppUser(identity.username());
        user.source = identity.source();
        // a hash no password matches: the encoder's prefix for "none" is unknown, so nothing ever verifies against it
        user.passwordHash = "{none}" + identity.source();
        return user;
    }

    /** What the source says of the person and what their groups give them, at every sign-in. */
    void applyExternal(ExternalIdentity identity, Role role, Agency agency) {
        if (identity.fullName() != null && !identity.fullName().isBlank()) {
            this.fullName = cut(identity.fullName().strip(), 200);
        } else if (this.fullName == null) {
            this.fullName = username;
        }
        if (identity.email() != null && !identity.email().isBlank()) {
            this.email = cut(identity.email().strip(), 200);
        }
        if (identity.phone() != null && !identity.phone().isBlank()) {
            this.phone = cut(identity.phone().strip(), 30);
        }
        this.role = role;
        this.agency = agency;
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }

    public AccountSource getSource() {
        return source;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    UserData toData() {
        return new UserData(username, fullName, position, phone, email, role,
                agency == null ? null : agency.getId(), enabled, getVersion());
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPosition() {
        return position;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash, Instant changedAt) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = changedAt;
    }

    public Role getRole() {
        return role;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    void setLanguage(String language) {
        this.language = language;
    }

    @Override
    public String auditType() {
        return "User";
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("username", username);
        state.put("fullName", fullName);
        state.put("position", position);
        state.put("phone", phone);
        state.put("email", email);
        state.put("role", role);
        state.put("agencyId", agency == null ? null : agency.getId());
        state.put("enabled", enabled);
        state.put("language", language);
        state.put("source", source);
        return state;
    }
}
