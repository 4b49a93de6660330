package th.go.bangkok.tidtam.users;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.go.bangkok.tidtam.agency.Agency;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.security.Role;

/**
 * The administrator's mapping from directory / OIDC groups to a role and an agency: who signs in from outside with
 * what (docs/decisions/0027-directory-and-oidc-sign-in.md). Every change is audited.
 */
@Service
public class GroupMappingService {

    static final int GROUP_LENGTH = 200;

    private final GroupMappingRepository repository;
    private final AgencyLookup agencies;
    private final AuditService audit;

    GroupMappingService(GroupMappingRepository repository, AgencyLookup agencies, AuditService audit) {
        this.repository = repository;
        this.agencies = agencies;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<GroupMappingView> list() {
        return repository.findAllOrdered().stream().map(m -> new GroupMappingView(m.getId(), m.getExternalGroup(),
                m.getRole(), m.getAgency() == null ? null : m.getAgency().getId(),
                m.getAgency() == null ? null : m.getAgency().getNameTh())).toList();
    }

    /** Maps the group (a new one, or changes the one already mapped); members get it at their next sign-in. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long map(String externalGroup, Role role, Long agencyId) {
        var group = externalGroup == null ? "" : externalGroup.strip();
        if (group.isEmpty() || group.length() > GROUP_LENGTH) {
            throw new BusinessRuleException("groupMapping.group.required");
        }
        if (role == null) {
            throw new BusinessRuleException("groupMapping.role.required");
        }
        Agency agency = agencyId == null ? null : agencies.require(agencyId);
        AgencyRule.violation(role, agency == null ? null : agency.getLevel()).ifPresent(key -> {
            throw new BusinessRuleException(key);
        });
        var existing = repository.findByExternalGroup(group);
        if (existing.isPresent()) {
            var mapping = existing.get();
            var before = mapping.auditState();
            mapping.apply(role, agency);
            repository.flush();
            audit.updated(mapping, before);
            return mapping.getId();
        }
        var mapping = new GroupMapping(group);
        mapping.apply(role, agency);
        repository.save(mapping);
        audit.created(mapping);
        return mapping.getId();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void remove(long id) {
        var mapping = repository.findById(id).orElseThrow(() -> new NotFoundException("GroupMapping", id));
        repository.delete(mapping);
        audit.deleted(mapping);
    }
}
