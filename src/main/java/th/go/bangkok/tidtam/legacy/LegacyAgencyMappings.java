package th.go.bangkok.tidtam.legacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.go.bangkok.tidtam.agency.AgencyNames;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.security.CurrentUser;

/**
 * The agency paths of exports that an administrator mapped to one of our agencies, remembered so that an office's
 * whole archive is mapped once: {@link LegacyImports#preview} uses them by itself, with a warning naming the agency
 * used. Only administrators remember, list and forget them (docs/decisions/0016-agency-names-and-remembered-mappings.md).
 */
@Service
public class LegacyAgencyMappings {

    /** One remembered mapping as /import lists it. */
    public record Remembered(long id, String sourcePath, long agencyId, String agencyPath, String createdBy,
                             Instant createdAt) {
    }

    private final LegacyAgencyMappingRepository repository;
    private final AgencyService agencies;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    LegacyAgencyMappings(LegacyAgencyMappingRepository repository, AgencyService agencies, AuditService audit,
                         CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.agencies = agencies;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * From now on a file naming this path (spaces collapsed) is matched to the agency. A path remembered before
     * is pointed at the new agency (audited old → new).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long remember(List<String> sourcePath, long agencyId) {
        var key = AgencyNames.key(sourcePath);
        if (sourcePath.isEmpty() || key.isBlank() || key.length() > LegacyAgencyMapping.SOURCE_PATH) {
            throw new BusinessRuleException("legacy.mapping.path");
        }
        agencies.find(agencyId).orElseThrow(() -> new BusinessRuleException("legacy.agencyChoice"));
        var existing = repository.findBySourcePath(key);
        if (existing.isPresent()) {
            var mapping = existing.get();
            var before = mapping.auditState();
            mapping.setAgencyId(agencyId);
            repository.flush();
            audit.updated(mapping, before);
            return mapping.getId();
        }
        var mapping = repository.save(new LegacyAgencyMapping(key, agencyId, currentUser.require().getUsername(),
                clock.instant()));
        audit.created(mapping);
        return mapping.getId();
    }

    /** Later files naming the path are unknown again until mapped; the projects already imported stay as they are. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void forget(long id) {
        var mapping = repository.findById(id).orElseThrow(() -> new NotFoundException("LegacyAgencyMapping", id));
        audit.deleted(mapping);
        repository.delete(mapping);
    }

    /** Every remembered mapping, by the path the files print; a few dozen at most (one per unknown name). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Remembered> list() {
        var paths = AgencyNode.paths(agencies.all());
        return repository.findAllByOrderBySourcePath().stream().map(m -> new Remembered(m.getId(), m.getSourcePath(),
                m.getAgencyId(), paths.get(m.getAgencyId()), m.getCreatedBy(), m.getCreatedAt())).toList();
    }

    /** Internal to the preview (in its transaction, for whoever may preview): the agency remembered for the path. */
    AgencyNode remembered(List<String> sourcePath, List<AgencyNode> all) {
        var key = AgencyNames.key(sourcePath);
        if (key.length() > LegacyAgencyMapping.SOURCE_PATH) {
            return null;
        }
        return repository.findBySourcePath(key).flatMap(m -> all.stream().filter(a -> a.id() == m.getAgencyId())
                .findFirst()).orElse(null);
    }
}
