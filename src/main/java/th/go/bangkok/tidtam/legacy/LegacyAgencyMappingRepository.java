package th.go.bangkok.tidtam.legacy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LegacyAgencyMappingRepository extends JpaRepository<LegacyAgencyMapping, Long> {

    Optional<LegacyAgencyMapping> findBySourcePath(String sourcePath);

    List<LegacyAgencyMapping> findAllByOrderBySourcePath();

    long countByAgencyId(long agencyId);
}
