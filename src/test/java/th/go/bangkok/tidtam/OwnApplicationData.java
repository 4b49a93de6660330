package th.go.bangkok.tidtam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For a test that starts applications of its own on a database of its own ({@code @RegisterExtension}): the data
 * folder, outside the temp folder as production's must be (the checkout itself may well lie in /tmp), deleted after
 * each test; and Spring Security's static security-context strategy, which each application installs, given back
 * to the test contexts the other tests share.
 */
public final class OwnApplicationData implements AfterEachCallback {

    private final Path dataDir;
    private final SecurityContextHolderStrategy sharedStrategy = SecurityContextHolder.getContextHolderStrategy();

    public OwnApplicationData(String name) {
        dataDir = Path.of(System.getProperty("user.home"), ".tidtam-test",
                name + "-" + UUID.randomUUID().toString().substring(0, 8), "mariadb");
    }

    /** The embedded database's folder, for {@code --tidtam.embedded-db.dir}. */
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
        var root = dataDir.getParent();
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
