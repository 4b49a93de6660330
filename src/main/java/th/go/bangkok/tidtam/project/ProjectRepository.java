package th.go.bangkok.tidtam.project;

import java.util.Optional;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

    /**
     * A project with the agencies and owner every screen shows. A JPQL string, not a derived query with an entity
     * graph: Hibernate keeps the SQL of a string query, and translated the other again on every project page open.
     */
    @Query("""
            select p from Project p join fetch p.agency join fetch p.office left join fetch p.division
            join fetch p.owner where p.code = :code""")
    Optional<Project> findByCode(@Param("code") String code);

    boolean existsByCode(String code);

    @Query("select max(p.code) from Project p where p.code like concat(:officeCode, '-%')")
    Optional<String> maxCodeOfOffice(String officeCode);

    long countByAgencyIdOrOfficeIdOrDivisionId(long agencyId, long officeId, long divisionId);

    @Query("""
            select p from Project p
            where (p.agency.id = :unit or p.division.id = :unit)
              and p.status = th.go.bangkok.tidtam.project.ProjectStatus.ACTIVE
            order by p.code
            """)
    java.util.List<Project> findActiveOfUnit(long unit);
}
