package th.go.bangkok.tidtam.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import th.go.bangkok.tidtam.audit.Auditable;
import th.go.bangkok.tidtam.base.AbstractEntity;
import th.go.bangkok.tidtam.base.FiscalYear;

/**
 * One node of the 20-year plan. Codes are kept in Arabic digits (7.3.1) and printed in Thai digits (๗.๓.๑).
 * Each node is valid for a range of fiscal years, so next year's plan can change without rewriting history.
 */
@Entity
@Table(name = "plan_node")
public class PlanNode extends AbstractEntity implements Auditable, th.go.bangkok.tidtam.base.FigureSource {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private PlanNode parent;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private PlanLevel level;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(name = "name_th", nullable = false, length = 1000)
    private String nameTh;

    @Column(name = "name_en", length = 1000)
    private String nameEn;

    @Column(name = "valid_from_fy", nullable = false)
    private int validFromFy;

    @Column(name = "valid_to_fy")
    private Integer validToFy;

    @Column(nullable = false)
    private boolean example;

    protected PlanNode() {
    }

    PlanNode(PlanNode parent, PlanLevel level, PlanNodeData data) {
        this.parent = parent;
        this.level = level;
        this.example = false;
        apply(data);
    }

    void apply(PlanNodeData data) {
        this.code = data.code().strip();
        this.nameTh = data.nameTh().strip();
        this.nameEn = data.nameEn() == null || data.nameEn().isBlank() ? null : data.nameEn().strip();
        this.validFromFy = data.validFromFy();
        this.validToFy = data.validToFy();
    }

    public boolean isValidFor(FiscalYear year) {
        return year.buddhistYear() >= validFromFy && (validToFy == null || year.buddhistYear() <= validToFy);
    }

    void retireAfter(int lastFiscalYear) {
        this.validToFy = lastFiscalYear;
    }

    void markExample() {
        this.example = true;
    }

    public PlanNode getParent() {
        return parent;
    }

    public PlanLevel getLevel() {
        return level;
    }

    public String getCode() {
        return code;
    }

    public String getNameTh() {
        return nameTh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getValidFromFy() {
        return validFromFy;
    }

    public Integer getValidToFy() {
        return validToFy;
    }

    public boolean isExample() {
        return example;
    }

    @Override
    public String auditType() {
        return "PlanNode";
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("level", level);
        state.put("parentId", parent == null ? null : parent.getId());
        state.put("code", code);
        state.put("nameTh", nameTh);
        state.put("nameEn", nameEn);
        state.put("validFromFy", validFromFy);
        state.put("validToFy", validToFy);
        return state;
    }
}
