package th.go.bangkok.tidtam.agency;

import th.go.bangkok.tidtam.base.Trees;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ConcurrentChangeException;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.Snapshot;

/** The agency tree: everyone signed in reads it; only administrators change it. */
@Service
@Validated
public class AgencyService {

    private final AgencyRepository repository;
    private final AuditService audit;
    private final List<AgencyReferences> references;
    /** The tree every view and session shares (decision 0005), read again after an administrator's change. */
    private final Snapshot<AgencyNode> tree = new Snapshot<>();

    AgencyService(AgencyRepository repository, AuditService audit, List<AgencyReferences> references) {
        this.repository = repository;
        this.audit = audit;
        this.references = references;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AgencyNode> offices() {
        return repository.findOffices().stream().map(AgencyNode::of).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AgencyNode> children(long parentId) {
        return repository.findChildren(parentId).stream().map(AgencyNode::of).toList();
    }

    /** The whole tree, flat; a few hundred rows at most, for pickers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AgencyNode> all() {
        return tree.get(() -> repository.findAllWithParents().stream().map(AgencyNode::of).toList());
    }

    /** After agencies were written outside this service (a bulk load, a restore): the shared tree is read again. */
    @PreAuthorize("hasRole('ADMIN')")
    public void reload() {
        tree.changed();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<AgencyNode> find(long id) {
        return repository.findById(id).map(AgencyNode::of);
    }

    /** "สำนักงาน ก.ก. / กองพัฒนาระบบราชการกรุงเทพมหานคร / กลุ่มงาน…", as the form prints it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String path(long id) {
        var agency = repository.findWithParents(id).orElseThrow(() -> new NotFoundException("Agency", id));
        return String.join(" / ", Trees.ancestry(agency, Agency::getParent).stream().map(Agency::getNameTh).toList());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createOffice(@Valid AgencyData data) {
        if (data.code() == null || data.code().isBlank()) {
            throw new BusinessRuleException("agency.code.required");
        }
        checkCodeFree(data.code(), null);
        tree.changed();
        var office = repository.save(new Agency(null, AgencyLevel.OFFICE, data.code(), data.nameTh().strip(),
                blankToNull(data.nameEn()), officialName(data)));
        audit.created(office);
        return office.getId();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createChild(long parentId, @Valid AgencyData data) {
        var parent = repository.findById(parentId).orElseThrow(() -> new NotFoundException("Agency", parentId));
        if (parent.getLevel() == AgencyLevel.GROUP) {
            throw new BusinessRuleException("agency.group.noChildren");
        }
        tree.changed();
        var child = repository.save(new Agency(parent, parent.getLevel().childLevel(), null, data.nameTh().strip(),
                blankToNull(data.nameEn()), officialName(data)));
        audit.created(child);
        return child.getId();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long id, @Valid AgencyData data) {
        var agency = repository.findById(id).orElseThrow(() -> new NotFoundException("Agency", id));
        if (agency.getVersion() != data.version()) {
            throw new ConcurrentChangeException("Agency", id);
        }
        var before = agency.auditState();
        tree.changed();
        if (agency.getLevel() == AgencyLevel.OFFICE) {
            if (data.code() == null || data.code().isBlank()) {
                throw new BusinessRuleException("agency.code.required");
            }
            checkCodeFree(data.code(), id);
            agency.setCode(data.code());
        }
        agency.setNameTh(data.nameTh().strip());
        agency.setNameEn(blankToNull(data.nameEn()));
        agency.setOfficialName(officialName(data));
        repository.flush();
        audit.updated(agency, before);
    }

    /** Refused with a clear message while children, users or (later) projects point at the agency. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id) {
        var agency = repository.findById(id).orElseThrow(() -> new NotFoundException("Agency", id));
        long children = repository.countByParentId(id);
        if (children > 0) {
            throw new BusinessRuleException("agency.inUse.children", children);
        }
        for (var reference : references) {
            long count = reference.countReferencing(id);
            if (count > 0) {
                throw new BusinessRuleException(reference.inUseMessageKey(), count);
            }
        }
        audit.deleted(agency);
        tree.changed();
        repository.delete(agency);
    }

    private void checkCodeFree(String code, Long exceptId) {
        boolean taken = exceptId == null ? repository.existsByCode(code) : repository.existsByCodeAndIdNot(code, exceptId);
        if (taken) {
            throw new BusinessRuleException("agency.code.taken", code);
        }
    }

    /** Kept with its spaces collapsed, as documents print it and the importer compares it. */
    private static String officialName(AgencyData data) {
        var official = blankToNull(data.officialName());
        return official == null ? null : AgencyNames.normalise(official);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
