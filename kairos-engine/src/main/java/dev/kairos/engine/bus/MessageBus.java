package dev.kairos.engine.bus;

import dev.kairos.model.event.Event;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Delivers events to handlers subscribed by event type, and to handlers of every event (journal,
 * dashboards). Synchronous and deterministic: handlers run in subscription order.
 */
public final class MessageBus {
    private final Map<Class<?>, List<Consumer<? super Event>>> byType = new IdentityHashMap<>();
    private final List<Consumer<? super Event>> all = new ArrayList<>();

    /** Subscribes to one event type (exact record class). */
    public <E extends Event> void subscribe(Class<E> type, Consumer<? super E> handler) {
        byType.computeIfAbsent(type, k -> new ArrayList<>()).add(e -> handler.accept(type.cast(e)));
    }

    /** Subscribes to every event. */
    public void subscribeAll(Consumer<? super Event> handler) {
        all.add(handler);
    }

    public void publish(Event event) {
        List<Consumer<? super Event>> handlers = byType.get(event.getClass());
        if (handlers != null) {
            for (int i = 0; i < handlers.size(); i++) {
                handlers.get(i).accept(event);
            }
        }
        for (int i = 0; i < all.size(); i++) {
            all.get(i).accept(event);
        }
    }
}
