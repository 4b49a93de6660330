package th.go.bangkok.tidtam.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.go.bangkok.tidtam.agency.AgencyLevel;
import th.go.bangkok.tidtam.security.Role;

/** The one rule the user service enforces and the user form checks as the administrator types. */
class AgencyRuleTest {

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource(nullValues = "none", value = {
            "OFFICER, DIVISION, none", "OFFICER, GROUP, none", "OFFICER, OFFICE, user.agency.officerNeedsUnit",
            "OFFICER, none, user.agency.officerNeedsUnit",
            "HEAD, OFFICE, none", "HEAD, DIVISION, user.agency.headNeedsOffice", "HEAD, none, user.agency.headNeedsOffice",
            "COORDINATOR, none, none", "COORDINATOR, DIVISION, none", "ADMIN, none, none", "ADMIN, OFFICE, none"})
    void an_account_sits_where_its_role_works(Role role, AgencyLevel level, String broken) {
        assertThat(AgencyRule.violation(role, level).orElse(null)).isEqualTo(broken);
    }
}
