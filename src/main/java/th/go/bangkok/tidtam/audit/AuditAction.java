package th.go.bangkok.tidtam.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE, ATTACH, DETACH, REMIND, IMPORT,
    LOGIN_SUCCESS, LOGIN_FAILURE, LOGIN_LOCKED, LOGOUT,
    PASSWORD_CHANGE, PASSWORD_RESET,
    // personal access tokens of the read API (docs/decisions/0028)
    TOKEN_CREATE, TOKEN_REVOKE, TOKEN_USE;

    public String messageKey() {
        return "audit.action." + name().toLowerCase();
    }
}
