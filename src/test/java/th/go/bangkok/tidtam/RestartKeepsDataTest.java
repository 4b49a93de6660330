package th.go.bangkok.tidtam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import th.go.bangkok.tidtam.agency.AgencyData;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.security.SystemAuthentication;

/**
 * The embedded database keeps its data across a restart: written, application stopped, started again on the
 * same data folder (outside the temp folder, as in production), still there; demo data is not loaded twice.
 */
class RestartKeepsDataTest {

    /** Outside the temp folder, as production must be; the checkout itself may well lie in /tmp. */

    @RegisterExtension
    final OwnApplicationData own = new OwnApplicationData("restart");

    @Test
    void data_written_before_a_restart_is_there_after_it() {
        String name = "สำนักที่ต้องอยู่รอด " + UUID.randomUUID();
        int officesBefore;
        try (var first = start()) {
            var agencies = first.getBean(AgencyService.class);
            officesBefore = SystemAuthentication.call(() -> agencies.offices().size());
            SystemAuthentication.run(() -> agencies.createOffice(new AgencyData("77777777", name, "Survivor", 0)));
        }
        try (var second = start()) {
            var agencies = second.getBean(AgencyService.class);
            var offices = SystemAuthentication.call(agencies::offices);
            assertThat(offices).extracting(AgencyNode::nameTh).contains(name);
            assertThat(offices).hasSize(officesBefore + 1);
        }
    }

    private ConfigurableApplicationContext start() {
        // command-line arguments, which outrank application.properties
        return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--management.server.port=0",
                "--tidtam.embedded-db.dir=" + own.dataDir().toAbsolutePath(),
                "--tidtam.embedded-db.ephemeral=false",
                "--tidtam.demo.enabled=true",
                "--spring.jmx.enabled=false");
    }

}
