package th.go.bangkok.tidtam.legacy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import th.go.bangkok.tidtam.project.ProjectData;

/**
 * One project as an old-system export describes it, before it is matched to our agencies and plan: every field
 * of the form, its reports in order, the change approvals its reports mention, and the lines the parser could not
 * place (kept with the project, see ProjectImportService.keepImportNotes).
 */
public record LegacyProject(String code, String name, Integer fiscalYear, LocalDate startDate, LocalDate endDate,
                            BigDecimal budget, BigDecimal budgetUsed, List<String> agencyPath, Person responsible,
                            Person coordinator, String rationale, List<String> objectives, List<String> qualityTargets,
                            List<ProjectData.QuantityTargetData> quantityTargets, List<PlanRef> plan,
                            List<Report> reports, List<ApprovedChange> changes, List<Note> notes) {

    /** The same project with these reports and notes (the preview sets aside reports it cannot keep). */
    public LegacyProject with(List<Report> reports, List<Note> notes) {
        return new LegacyProject(code, name, fiscalYear, startDate, endDate, budget, budgetUsed, agencyPath,
                responsible, coordinator, rationale, objectives, qualityTargets, quantityTargets, plan, reports,
                changes, notes);
    }

    /** A line of the export that has no field of its own, kept as it was written (its line number, its text). */
    public record Note(int line, String text) {
    }

    /** Someone named on the form, kept as a name and phone extension (no account needed). */
    public record Person(String name, String phone) {
    }

    /**
     * A line of section 1.6: its level, code in Arabic digits (7.3.1) or none for an indicator, its text, and the
     * line of the export it stands on.
     */
    public record PlanRef(th.go.bangkok.tidtam.strategy.PlanLevel level, String code, String name, int line) {
    }

    /** รายงานครั้งที่ N as the export printed it; figures may be absent, the round may differ from N. */
    public record Report(int number, int line, LocalDate date, String steps, BigDecimal progress, BigDecimal disbursed,
                         Integer round, Boolean onPlan, Boolean onTarget) {
    }

    /** A change approved by letter, as a report's text mentions it (ขออนุมัติเปลี่ยนแปลง … ตามหนังสือที่ …). */
    public record ApprovedChange(int reportNumber, String letterNo, LocalDate letterDate, String text) {
    }
}
