package th.go.bangkok.tidtam.change;

/** ร่าง → ยื่นคำขอ → อนุมัติ | ไม่อนุมัติ | ส่งกลับแก้ไข (→ ยื่นใหม่); the requester may withdraw before a decision. */
public enum ChangeStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, RETURNED, WITHDRAWN;

    public String messageKey() {
        return "change.status." + name().toLowerCase();
    }

    /** Still the requester's to edit. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean decided() {
        return this == APPROVED || this == REJECTED;
    }
}
