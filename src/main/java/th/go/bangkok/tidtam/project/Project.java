package th.go.bangkok.tidtam.project;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import th.go.bangkok.tidtam.agency.Agency;
import th.go.bangkok.tidtam.audit.Auditable;
import th.go.bangkok.tidtam.base.AbstractEntity;
import th.go.bangkok.tidtam.users.AppUser;

/**
 * A project as sections 1.1–1.6 of the official form describe it. The baseline (dates, budget, objectives,
 * targets, plan links) is frozen once the project is submitted; it changes only through a change request.
 * Office and division are copied from the agency so that list filters use an index.
 *
 * <p>One file because it is the entity of one table with its element collections, and the rules that keep its baseline
 * consistent belong with its fields.
 */
@Entity
@Table(name = "project")
public class Project extends AbstractEntity implements Auditable, th.go.bangkok.tidtam.base.FigureSource {

    @Column(nullable = false, unique = true, length = 13)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "office_id")
    private Agency office;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "division_id")
    private Agency division;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal budget;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private ProjectStatus status = ProjectStatus.DRAFT;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private AppUser owner;

    @Column(name = "responsible_name", nullable = false, length = 200)
    private String responsibleName;

    @Column(name = "responsible_phone", length = 30)
    private String responsiblePhone;

    @Column(name = "coordinator_name", length = 200)
    private String coordinatorName;

    @Column(name = "coordinator_phone", length = 30)
    private String coordinatorPhone;

    @Column(columnDefinition = "TEXT")
    private String rationale;

    /** ",12,15,": the plan dimensions this project's links belong to, for the list filter (decision 0008). */
    @Column(name = "dimension_ids", nullable = false, length = 200)
    private String dimensionIds = ",";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Set when the project came from an old-system export (see the legacy import). */
    @Column(name = "imported_at")
    private Instant importedAt;

    @ElementCollection
    @CollectionTable(name = "project_objective", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @Column(name = "item_text", nullable = false, length = 1000)
    private List<String> objectives = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_quality_target", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @Column(name = "item_text", nullable = false, length = 1000)
    private List<String> qualityTargets = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_quantity_target", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<QuantityTarget> quantityTargets = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_plan_link", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<PlanLink> planLinks = new ArrayList<>();

    /** Lines of the export the importer could not place; read only for imported projects (see ProjectService). */
    @ElementCollection
    @CollectionTable(name = "project_import_note", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<ImportNote> importNotes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_search_gram", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "gram", nullable = false, length = 3)
    private Set<String> searchGrams = new HashSet<>();

    protected Project() {
    }

    Project(String code, Agency agency, Agency office, Agency division, AppUser owner, Instant createdAt) {
        this.code = code;
        this.agency = agency;
        this.office = office;
        this.division = division;
        this.owner = owner;
        this.createdAt = createdAt;
    }

    /** The baseline: what only a change request may alter once the project is active. */
    void applyBaseline(ProjectData data, List<PlanLink> links) {
        this.fiscalYear = data.fiscalYear();
        this.name = data.name().strip();
        this.startDate = data.startDate();
        this.endDate = data.endDate();
        this.budget = data.budget();
        replace(objectives, clean(data.objectives()));
        replace(qualityTargets, clean(data.qualityTargets()));
        replace(quantityTargets, data.quantityTargets().stream().map(ProjectData.QuantityTargetData::toTarget).toList());
        replace(planLinks, links);
        var grams = SearchGrams.of(code + " " + this.name);
        searchGrams.retainAll(grams);
        searchGrams.addAll(grams);
        this.dimensionIds = "," + String.join(",", links.stream().map(l -> Long.toString(l.dimensionId()))
                .distinct().toList()) + (links.isEmpty() ? "" : ",");
    }

    /** The baseline as it stands. */
    Baseline baseline() {
        return new Baseline(startDate, endDate, budget, List.copyOf(objectives), List.copyOf(qualityTargets),
                quantityTargets.stream().map(ProjectData.QuantityTargetData::of).toList());
    }

    /** An approved change: the new baseline, field by field (the name, year and plan links stay). */
    void applyChange(Baseline changed) {
        this.startDate = changed.startDate();
        this.endDate = changed.endDate();
        this.budget = changed.budget();
        replace(objectives, clean(changed.objectives()));
        replace(qualityTargets, clean(changed.qualityTargets()));
        replace(quantityTargets, changed.quantityTargets().stream().map(ProjectData.QuantityTargetData::toTarget).toList());
    }

    /** What stays editable while the project runs. */
    void applyDetails(ProjectData data) {
        this.responsibleName = data.responsibleName().strip();
        this.responsiblePhone = blankToNull(data.responsiblePhone());
        this.coordinatorName = blankToNull(data.coordinatorName());
        this.coordinatorPhone = blankToNull(data.coordinatorPhone());
        this.rationale = blankToNull(data.rationale());
    }

    /** The names of the baseline fields that data would change. */
    List<String> baselineChanges(ProjectData data, List<PlanLink> links) {
        var changed = new ArrayList<String>();
        if (fiscalYear != data.fiscalYear()) {
            changed.add("fiscalYear");
        }
        if (!name.equals(data.name().strip())) {
            changed.add("name");
        }
        if (!startDate.equals(data.startDate())) {
            changed.add("startDate");
        }
        if (!endDate.equals(data.endDate())) {
            changed.add("endDate");
        }
        if (budget.compareTo(data.budget()) != 0) {
            changed.add("budget");
        }
        if (!objectives.equals(clean(data.objectives()))) {
            changed.add("objectives");
        }
        if (!qualityTargets.equals(clean(data.qualityTargets()))) {
            changed.add("qualityTargets");
        }
        if (!quantityTargets.stream().map(QuantityTarget::toString).toList().equals(
                data.quantityTargets().stream().map(t -> t.toTarget().toString()).toList())) {
            changed.add("quantityTargets");
        }
        if (!planLinks.stream().map(PlanLink::planNodeId).toList().equals(links.stream().map(PlanLink::planNodeId).toList())) {
            changed.add("planLinks");
        }
        return changed;
    }

    Instant getImportedAt() {
        return importedAt;
    }

    void markImported(Instant at) {
        this.importedAt = at;
    }

    List<ImportNote> getImportNotes() {
        return List.copyOf(importNotes);
    }

    void replaceImportNotes(List<ImportNote> notes) {
        replace(importNotes, notes);
    }

    void setStatus(ProjectStatus status) {
        this.status = status;
    }

    private static <T> void replace(List<T> target, List<T> values) {
        target.clear();
        target.addAll(values);
    }

    private static List<String> clean(List<String> items) {
        return items.stream().filter(i -> i != null && !i.isBlank()).map(String::strip).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getCode() {
        return code;
    }

    public Agency getAgency() {
        return agency;
    }

    public Agency getOffice() {
        return office;
    }

    public Agency getDivision() {
        return division;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public AppUser getOwner() {
        return owner;
    }

    public String getResponsibleName() {
        return responsibleName;
    }

    public String getResponsiblePhone() {
        return responsiblePhone;
    }

    public String getCoordinatorName() {
        return coordinatorName;
    }

    public String getCoordinatorPhone() {
        return coordinatorPhone;
    }

    public String getRationale() {
        return rationale;
    }

    public List<String> getObjectives() {
        return List.copyOf(objectives);
    }

    public List<String> getQualityTargets() {
        return List.copyOf(qualityTargets);
    }

    public List<QuantityTarget> getQuantityTargets() {
        return List.copyOf(quantityTargets);
    }

    public List<PlanLink> getPlanLinks() {
        return List.copyOf(planLinks);
    }

    @Override
    public String auditType() {
        return "Project";
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("code", code);
        state.put("status", status);
        state.put("fiscalYear", fiscalYear);
        state.put("name", name);
        state.put("startDate", startDate);
        state.put("endDate", endDate);
        state.put("budget", budget == null ? null : budget.toPlainString());
        state.put("agencyId", agency == null ? null : agency.getId());
        state.put("ownerId", owner == null ? null : owner.getId());
        state.put("responsibleName", responsibleName);
        state.put("responsiblePhone", responsiblePhone);
        state.put("coordinatorName", coordinatorName);
        state.put("coordinatorPhone", coordinatorPhone);
        state.put("rationale", rationale);
        state.put("objectives", List.copyOf(objectives));
        state.put("qualityTargets", List.copyOf(qualityTargets));
        state.put("quantityTargets", quantityTargets.stream().map(QuantityTarget::toString).toList());
        state.put("planLinks", planLinks.stream().map(PlanLink::planNodeId).toList());
        if (importedAt != null) {
            // only imported projects hold notes: reading them for others would cost a statement for nothing
            state.put("importNotes", importNotes.stream().map(n -> n.lineNo() + ": " + n.text()).toList());
        }
        return state;
    }
}
