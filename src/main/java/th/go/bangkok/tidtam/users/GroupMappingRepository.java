package th.go.bangkok.tidtam.users;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GroupMappingRepository extends JpaRepository<GroupMapping, Long> {

    Optional<GroupMapping> findByExternalGroup(String externalGroup);

    @Query("select m from GroupMapping m left join fetch m.agency where m.externalGroup in :groups")
    List<GroupMapping> findByExternalGroupIn(Collection<String> groups);

    @Query("select m from GroupMapping m left join fetch m.agency order by m.externalGroup")
    List<GroupMapping> findAllOrdered();
}
