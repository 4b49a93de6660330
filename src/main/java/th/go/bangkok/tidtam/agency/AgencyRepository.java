package th.go.bangkok.tidtam.agency;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgencyRepository extends JpaRepository<Agency, Long> {

    @Query("select a from Agency a left join fetch a.parent where a.parent is null order by a.nameTh")
    List<Agency> findOffices();

    @Query("select a from Agency a left join fetch a.parent where a.parent.id = :parentId order by a.nameTh")
    List<Agency> findChildren(long parentId);

    @Query("select a from Agency a left join fetch a.parent p left join fetch p.parent order by a.nameTh")
    List<Agency> findAllWithParents();

    @Query("select a from Agency a left join fetch a.parent p left join fetch p.parent where a.id = :id")
    java.util.Optional<Agency> findWithParents(long id);

    long countByParentId(long parentId);

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, long id);
}
