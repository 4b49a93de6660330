package th.go.bangkok.tidtam.users;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import th.go.bangkok.tidtam.security.Role;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    long countByAgencyId(long agencyId);

    List<AppUser> findByRoleAndAgencyIdAndEnabledTrue(Role role, long agencyId);

    String FILTER = """
            where (:text is null or u.username like concat('%', :text, '%') or u.fullName like concat('%', :text, '%'))
              and (:role is null or u.role = :role)
              and (:enabled is null or u.enabled = :enabled)
            """;

    @Query("""
            select new th.go.bangkok.tidtam.users.UserListItem(u.id, u.username, u.fullName, u.position, u.phone,
                   u.role, a.nameTh, u.enabled)
            from AppUser u left join u.agency a
            """ + FILTER)
    List<UserListItem> findItems(@Param("text") String text, @Param("role") Role role,
                                 @Param("enabled") Boolean enabled, Pageable pageable);

    @Query("select count(u) from AppUser u " + FILTER)
    long countItems(@Param("text") String text, @Param("role") Role role, @Param("enabled") Boolean enabled);

    /** Username and full name of the given accounts (screens show names, not usernames). */
    @Query("select new th.go.bangkok.tidtam.users.AppUserRepository$Name(u.username, u.fullName) from AppUser u "
            + "where u.username in :usernames")
    java.util.List<Name> fullNames(java.util.Collection<String> usernames);

    record Name(String username, String fullName) {
    }
}
