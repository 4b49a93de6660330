package th.go.bangkok.tidtam.security;

/** The four roles of Tidtam; a user has exactly one. */
public enum Role {
    /** ผู้รับผิดชอบโครงการ: belongs to a division or group. */
    OFFICER,
    /** หัวหน้าสำนักงาน: belongs to an office. */
    HEAD,
    /** ผู้ประสานงาน สยป.: sees all agencies. */
    COORDINATOR,
    /** ผู้ดูแลระบบ */
    ADMIN;

    /** Names for {@code @RolesAllowed}, which needs constants. */
    public static final class Names {
        public static final String OFFICER = "OFFICER";
        public static final String HEAD = "HEAD";
        public static final String COORDINATOR = "COORDINATOR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name().toLowerCase();
    }
}
