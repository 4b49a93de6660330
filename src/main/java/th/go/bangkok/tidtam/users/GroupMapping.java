package th.go.bangkok.tidtam.users;

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
import th.go.bangkok.tidtam.agency.Agency;
import th.go.bangkok.tidtam.audit.Auditable;
import th.go.bangkok.tidtam.base.AbstractEntity;
import th.go.bangkok.tidtam.security.Role;

/** A directory group (or OIDC groups claim value) and the role and agency its members get at sign-in. */
@Entity
@Table(name = "group_mapping")
public class GroupMapping extends AbstractEntity implements Auditable {

    @Column(name = "external_group", nullable = false, unique = true, length = 200)
    private String externalGroup;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    protected GroupMapping() {
    }

    GroupMapping(String externalGroup) {
        this.externalGroup = externalGroup;
    }

    void apply(Role role, Agency agency) {
        this.role = role;
        this.agency = agency;
    }

    public String getExternalGroup() {
        return externalGroup;
    }

    public Role getRole() {
        return role;
    }

    public Agency getAgency() {
        return agency;
    }

    @Override
    public String auditType() {
        return "GroupMapping";
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("externalGroup", externalGroup);
        state.put("role", role);
        state.put("agencyId", agency == null ? null : agency.getId());
        return state;
    }
}
