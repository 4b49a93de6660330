package th.go.bangkok.tidtam.users;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

    Optional<AccessToken> findBySecretHash(String secretHash);

    List<AccessToken> findByUserIdOrderByCreatedAtDesc(long userId);
}
