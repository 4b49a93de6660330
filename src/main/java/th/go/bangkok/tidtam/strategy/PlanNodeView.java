package th.go.bangkok.tidtam.strategy;

import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.base.ThaiDates;

/** A plan node as screens and other features read it. */
public record PlanNodeView(long id, Long parentId, PlanLevel level, String code, String nameTh, String nameEn,
                           int validFromFy, Integer validToFy, boolean example, long version) {

    static PlanNodeView of(PlanNode node) {
        return new PlanNodeView(node.getId(), node.getParent() == null ? null : node.getParent().getId(),
                node.getLevel(), node.getCode(), node.getNameTh(), node.getNameEn(), node.getValidFromFy(),
                node.getValidToFy(), node.isExample(), node.getVersion());
    }

    /** ๗.๓.๑ */
    public String thaiCode() {
        return ThaiDates.toThaiDigits(code);
    }

    public boolean validFor(FiscalYear year) {
        return year.buddhistYear() >= validFromFy && (validToFy == null || year.buddhistYear() <= validToFy);
    }

    /** As the form prints it: "ด้านที่ ๗ การบริหารจัดการเมืองมหานคร", "๗.๓ การบริหารทรัพยากรบุคคล". */
    public String printed() {
        return switch (level) {
            case DIMENSION -> "ด้านที่ " + thaiCode() + " " + nameTh;
            case INDICATOR -> nameTh;
            default -> thaiCode() + " " + nameTh;
        };
    }
}
