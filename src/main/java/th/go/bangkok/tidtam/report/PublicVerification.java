package th.go.bangkok.tidtam.report;

import java.time.Instant;

/** What /verify tells someone who is not signed in (or may not view the project): see FormService#publicCheck. */
public record PublicVerification(String reference, String projectCode, String projectName, Instant printedAt,
                                 boolean matches) {
}
