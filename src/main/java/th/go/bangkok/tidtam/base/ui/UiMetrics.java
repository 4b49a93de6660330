package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.base.ops.RequestLogContext;

/**
 * The portal's own figures for operators (issue #21, docs/decisions/0024): open Vaadin sessions and UIs on this
 * node ({@code tidtam.vaadin.sessions}, {@code tidtam.vaadin.uis}), the server's time to open a page, from the
 * navigation's start to the view being in place ({@code tidtam.page.open}, by view), and the time of each UIDL
 * request, the clicks and typing of an open page ({@code tidtam.uidl.requests}). Navigation also puts its route
 * into the log lines of the request.
 */
@Component
class UiMetrics implements VaadinServiceInitListener {

    private static final String UIDL_SAMPLE = UiMetrics.class.getName() + ".uidl";

    private final MeterRegistry registry;
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();
    private final Timer uidl;

    UiMetrics(MeterRegistry registry) {
        this.registry = registry;
        registry.gauge("tidtam.vaadin.sessions", sessions);
        registry.gauge("tidtam.vaadin.uis", uis);
        this.uidl = registry.timer("tidtam.uidl.requests");
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        service.addSessionInitListener(init -> sessions.incrementAndGet());
        service.addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        service.addUIInitListener(init -> {
            var ui = init.getUI();
            uis.incrementAndGet();
            ui.addDetachListener(detach -> uis.decrementAndGet());
            ui.addBeforeEnterListener(enter -> {
                MDC.put(RequestLogContext.ROUTE, "/" + enter.getLocation().getPath());
                ComponentUtil.setData(ui, Timer.Sample.class, Timer.start(registry));
            });
            ui.addAfterNavigationListener(after -> {
                var sample = ComponentUtil.getData(ui, Timer.Sample.class);
                if (sample != null) {
                    ComponentUtil.setData(ui, Timer.Sample.class, null);
                    var view = after.getActiveChain().isEmpty() ? "none"
                            : after.getActiveChain().getFirst().getClass().getSimpleName();
                    sample.stop(registry.timer("tidtam.page.open", "view", view));
                }
            });
        });
        event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
                if (HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)) {
                    request.setAttribute(UIDL_SAMPLE, Timer.start(registry));
                }
            }

            @Override
            public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                                        Exception exception) {
                // timed all the same at requestEnd
            }

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
                if (request.getAttribute(UIDL_SAMPLE) instanceof Timer.Sample sample) {
                    sample.stop(uidl);
                }
            }
        });
    }
}
