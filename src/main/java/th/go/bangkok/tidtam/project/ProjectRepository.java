package th.go.bangkok.tidtam.project;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

    @EntityGraph(attributePaths = {"agency", "office", "division", "owner"})
    Optional<Project> findByCode(String code);

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
