package th.go.bangkok.tidtam.base;

/**
 * Every length and range that both a form field (setMaxLength) and a Bean Validation constraint use.
 * One number in one place, so the field and the check never disagree.
 */
public final class Limits {

    public static final int USERNAME = 50;
    public static final int USERNAME_MIN = 3;
    public static final int PERSON_NAME = 200;
    public static final int POSITION = 200;
    public static final int PHONE = 30;
    public static final int EMAIL = 200;
    public static final int AGENCY_NAME = 255;
    public static final int AGENCY_CODE = 8;
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 128;
    public static final int PLAN_NAME = 1000;
    public static final int PROJECT_NAME = 500;
    public static final int LIST_ITEM = 1000;
    public static final int LIST_ITEMS = 30;
    public static final int RATIONALE = 20_000;
    public static final int TARGET_DESCRIPTION = 500;
    public static final int UNIT = 50;
    public static final int BREAKDOWN_PARTS = 10;

    private Limits() {
    }
}
