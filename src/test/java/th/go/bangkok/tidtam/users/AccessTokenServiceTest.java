package th.go.bangkok.tidtam.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;

/** Issue #22: a user's tokens are theirs alone; the expiry is at most a year away; nobody anonymous has any. */
@IntegrationTest
class AccessTokenServiceTest {

    @Autowired
    AccessTokenService tokens;
    @Autowired
    TestUsers users;
    @Autowired
    Clock clock;

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ThaiDates.ZONE);
    }

    @Test
    void a_user_sees_and_revokes_only_their_own_tokens() {
        var mine = users.as(TestUsers.OFFICER, () -> tokens.create("ของฉัน", today().plusDays(7)));
        assertThat(users.as(TestUsers.OFFICER, () -> tokens.mine())).extracting(AccessTokenView::id)
                .contains(mine.token().id());
        assertThat(users.as(TestUsers.ADMIN, () -> tokens.mine())).extracting(AccessTokenView::id)
                .doesNotContain(mine.token().id());
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> tokens.revoke(mine.token().id())))
                .isInstanceOf(NotFoundException.class);
        users.as(TestUsers.OFFICER, () -> tokens.revoke(mine.token().id()));
        assertThat(users.as(TestUsers.OFFICER, () -> tokens.mine())).filteredOn(t -> t.id() == mine.token().id())
                .singleElement().satisfies(t -> assertThat(t.revokedAt()).isNotNull());
    }

    @Test
    void an_expiry_must_be_after_today_and_at_most_a_year_away() {
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> tokens.create("นาน", today().plusDays(366))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("token.error.expiry");
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> tokens.create("วันนี้", today())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("token.error.expiry");
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> tokens.create(" ", today().plusDays(1))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("token.error.name");
        assertThat(users.as(TestUsers.OFFICER, () -> tokens.create("หนึ่งปี", today().plusDays(365))).secret())
                .startsWith("tdt-");
    }

    @Test
    void nobody_anonymous_creates_or_lists_tokens() {
        assertThatThrownBy(() -> users.as(TestUsers.ANONYMOUS, () -> tokens.mine()))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        assertThatThrownBy(() -> users.as(TestUsers.ANONYMOUS, () -> tokens.create("x", today().plusDays(1))))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }
}
