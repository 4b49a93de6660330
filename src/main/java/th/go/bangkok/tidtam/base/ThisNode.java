package th.go.bangkok.tidtam.base;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This application node's name among the nodes sharing one database ({@code tidtam.node-name}; by default the host's
 * name and the process id): a background batch records the node that runs it. See docs/decisions/0025-several-nodes.md.
 */
@Component
public class ThisNode {

    private final String name;

    public ThisNode(@Value("${tidtam.node-name:}") String configured) {
        this.name = configured.isBlank() ? host() + ":" + ProcessHandle.current().pid() : configured.strip();
    }

    public String name() {
        return name;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
