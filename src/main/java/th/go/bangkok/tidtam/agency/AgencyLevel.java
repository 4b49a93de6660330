package th.go.bangkok.tidtam.agency;

/** The three levels of the BMA agency tree. */
public enum AgencyLevel {
    /** สำนัก / สำนักงานเขต: carries the 8-digit code that project codes start with. */
    OFFICE,
    /** กอง / ฝ่าย */
    DIVISION,
    /** กลุ่มงาน / งาน */
    GROUP;

    public AgencyLevel childLevel() {
        return switch (this) {
            case OFFICE -> DIVISION;
            case DIVISION -> GROUP;
            case GROUP -> throw new IllegalStateException("a group has no children");
        };
    }

    public String messageKey() {
        return "agency.level." + name().toLowerCase();
    }
}
