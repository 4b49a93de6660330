package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No stack trace ever reaches the browser. An expected refusal shows its message; anything else shows a
 * reference number that is also in the log next to the stack trace.
 */
@org.springframework.stereotype.Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    /** A closed tab or a dropped connection is not an error of ours, and there is nobody left to tell. */
    static boolean clientWentAway(Throwable throwable) {
        for (var t = throwable; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("ClientAbortException")
                    || t instanceof java.io.IOException && "Broken pipe".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            var throwable = error.getThrowable();
            if (clientWentAway(throwable)) {
                log.debug("The browser closed the connection before the response was written", throwable);
                return;
            }
            var expected = UiErrors.messageFor(throwable);
            String text = expected.orElseGet(() -> {
                var reference = newReference();
                var ui = error.getComponent().flatMap(Component::getUI).orElse(UI.getCurrent());
                logUnexpected(reference, ui == null ? null : ui.getActiveViewLocation().getPath(),
                        () -> log.error("Unexpected error, reference {}", reference, throwable));
                return UiErrors.tr("error.unexpected", reference);
            });
            var ui = error.getComponent().flatMap(Component::getUI).orElse(UI.getCurrent());
            if (ui != null) {
                ui.access(() -> Notifications.error(text));
            }
        }));
    }

    /** The reference the user is shown, and the route they were on, as fields of the log line (decision 0024). */
    static void logUnexpected(String reference, String route, Runnable logging) {
        var routeKey = th.go.bangkok.tidtam.base.ops.RequestLogContext.ROUTE;
        var requestRoute = org.slf4j.MDC.get(routeKey);
        try (var ref = org.slf4j.MDC.putCloseable(th.go.bangkok.tidtam.base.ops.RequestLogContext.ERROR_REFERENCE,
                reference)) {
            if (route != null) {
                org.slf4j.MDC.put(routeKey, "/" + route);
            }
            logging.run();
        } finally {
            if (requestRoute == null) {
                org.slf4j.MDC.remove(routeKey);
            } else {
                org.slf4j.MDC.put(routeKey, requestRoute);
            }
        }
    }

    static String newReference() {
        return HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(4)
                .putInt(ThreadLocalRandom.current().nextInt()).array()).toUpperCase();
    }
}
