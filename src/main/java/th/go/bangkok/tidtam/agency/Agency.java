package th.go.bangkok.tidtam.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import th.go.bangkok.tidtam.audit.Auditable;
import th.go.bangkok.tidtam.base.AbstractEntity;
import th.go.bangkok.tidtam.base.Limits;

/** One unit of the BMA: an office, a division of an office, or a group of a division. */
@Entity
@Table(name = "agency")
public class Agency extends AbstractEntity implements Auditable, th.go.bangkok.tidtam.base.FigureSource {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Agency parent;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private AgencyLevel level;

    @Pattern(regexp = "\\d{8}", message = "{agency.code.pattern}")
    @Column(length = Limits.AGENCY_CODE)
    private String code;

    @NotBlank(message = "{agency.nameTh.required}")
    @Size(max = Limits.AGENCY_NAME, message = "{validation.tooLong}")
    @Column(name = "name_th", nullable = false)
    private String nameTh;

    @Size(max = Limits.AGENCY_NAME, message = "{validation.tooLong}")
    @Column(name = "name_en")
    private String nameEn;

    /** The name printed on documents and in the old system's exports, when it differs from the short one. */
    @Size(max = Limits.AGENCY_NAME, message = "{validation.tooLong}")
    @Column(name = "official_name")
    private String officialName;

    protected Agency() {
    }

    public Agency(Agency parent, AgencyLevel level, String code, String nameTh, String nameEn, String officialName) {
        this.parent = parent;
        this.level = level;
        this.code = code;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
        this.officialName = officialName;
    }

    public Agency getParent() {
        return parent;
    }

    public AgencyLevel getLevel() {
        return level;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameTh() {
        return nameTh;
    }

    public void setNameTh(String nameTh) {
        this.nameTh = nameTh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getOfficialName() {
        return officialName;
    }

    public void setOfficialName(String officialName) {
        this.officialName = officialName;
    }

    @Override
    public String auditType() {
        return "Agency";
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("level", level);
        state.put("parentId", parent == null ? null : parent.getId());
        state.put("code", code);
        state.put("nameTh", nameTh);
        state.put("nameEn", nameEn);
        state.put("officialName", officialName);
        return state;
    }
}
