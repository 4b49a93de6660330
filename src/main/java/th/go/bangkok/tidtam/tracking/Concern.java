package th.go.bangkok.tidtam.tracking;

/** What a month's report can flag: behind plan (ล่าช้ากว่าแผน) or not on target (ไม่เป็นไปตามเป้าหมาย). */
public enum Concern {
    BEHIND_PLAN("on_plan"), OFF_TARGET("on_target");

    private final String column;

    Concern(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    public String messageKey() {
        return "tracking.concern." + name().toLowerCase();
    }
}
