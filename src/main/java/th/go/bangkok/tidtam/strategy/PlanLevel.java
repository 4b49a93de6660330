package th.go.bangkok.tidtam.strategy;

/** The levels of the BMA 20-year plan as the form's section 1.6 prints them. */
public enum PlanLevel {
    /** ประเด็นยุทธศาสตร์ / ด้านที่ ๑–๗ */
    DIMENSION,
    /** ประเด็นยุทธศาสตร์ย่อย, e.g. ๗.๓ */
    SUB_ISSUE,
    /** เป้าหมายที่, e.g. ๗.๓.๑ */
    GOAL,
    /** ตัวชี้วัด */
    INDICATOR;

    public PlanLevel childLevel() {
        return switch (this) {
            case DIMENSION -> SUB_ISSUE;
            case SUB_ISSUE -> GOAL;
            case GOAL -> INDICATOR;
            case INDICATOR -> throw new IllegalStateException("an indicator has no children");
        };
    }

    public String messageKey() {
        return "plan.level." + name().toLowerCase();
    }
}
