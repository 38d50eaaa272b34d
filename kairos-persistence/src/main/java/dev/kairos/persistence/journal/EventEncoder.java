package dev.kairos.persistence.journal;

import dev.kairos.engine.journal.RunManifest;
import dev.kairos.model.ClientOrderId;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.StrategyId;
import dev.kairos.model.event.Event;
import dev.kairos.model.event.Signal;
import dev.kairos.model.order.Fill;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderSpec;
import dev.kairos.model.portfolio.PositionSnapshot;
import java.util.Map;

/**
 * Turns a manifest or an event into the columns of one journal row: its kind, the order id and instrument
 * it concerns (for the views' joins and filters) and its canonical JSON payload (see the package
 * documentation). The switch over the sealed {@link Event} type has no default: a new event type must be
 * given a kind and an encoding here before the module compiles.
 *
 * <p>Not thread-safe: reuses one JSON buffer.
 */
final class EventEncoder {

    /**
     * The encoded columns of one row.
     *
     * @param orderId    the order the entry concerns, or null (SQL NULL) when none
     * @param instrument the instrument the entry concerns, or null (SQL NULL) when the event does not name one
     */
    record Encoded(EntryKind kind, long timestamp, String orderId, String instrument, String payload) {
    }

    private final CanonicalJson json = new CanonicalJson();

    Encoded encode(RunManifest manifest) {
        json.reset().beginObject()
                .field("kairosVersion", manifest.kairosVersion())
                .field("strategy", manifest.strategy());
        writeMap("params", manifest.params());
        json.field("seed", manifest.seed());
        writeMap("config", manifest.config());
        json.name("data").beginArray();
        for (RunManifest.DataFile file : manifest.data()) {
            json.beginObject()
                    .field("path", file.path())
                    .field("instrument", file.instrument())
                    .field("sha256", file.sha256())
                    .field("rows", file.rows())
                    .endObject();
        }
        json.endArray().endObject();
        return new Encoded(EntryKind.RUN, 0L, null, null, json.toString());
    }

    Encoded encode(Event event) {
        json.reset().beginObject().field("timestamp", event.timestamp());
        EntryKind kind;
        String orderId;
        String instrument;
        switch (event) {
            case Signal s -> {
                kind = EntryKind.SIGNAL;
                orderId = null;
                instrument = symbol(s.instrument());
                json.field("instrument", instrument)
                        .field("source", value(s.source()))
                        .field("direction", s.direction().name())
                        .field("confidence", s.confidence())
                        .name("reasons").beginArray();
                for (String reason : s.reasons()) {
                    json.value(reason);
                }
                json.endArray();
            }
            case Event.OrderDenied d -> {
                kind = EntryKind.ORDER_DENIED;
                orderId = d.order() == null ? null : value(d.order().id());
                instrument = d.order() == null ? null : symbol(d.order().instrument());
                json.name("order");
                writeOrder(d.order());
                json.field("check", d.check()).field("reason", d.reason());
            }
            case Event.OrderSubmitted s -> {
                kind = EntryKind.ORDER_SUBMITTED;
                orderId = s.order() == null ? null : value(s.order().id());
                instrument = s.order() == null ? null : symbol(s.order().instrument());
                json.name("order");
                writeOrder(s.order());
                json.field("decisionPrice", s.decisionPrice());
            }
            case Event.OrderAccepted a -> {
                kind = EntryKind.ORDER_ACCEPTED;
                orderId = value(a.orderId());
                instrument = null;
                json.field("orderId", orderId);
            }
            case Event.OrderRejected r -> {
                kind = EntryKind.ORDER_REJECTED;
                orderId = value(r.orderId());
                instrument = null;
                json.field("orderId", orderId).field("reason", r.reason());
            }
            case Event.OrderTriggered t -> {
                kind = EntryKind.ORDER_TRIGGERED;
                orderId = value(t.orderId());
                instrument = null;
                json.field("orderId", orderId);
            }
            case Event.OrderFilled f -> {
                kind = EntryKind.ORDER_FILLED;
                orderId = f.fill() == null ? null : value(f.fill().orderId());
                instrument = f.fill() == null ? null : symbol(f.fill().instrument());
                json.name("fill");
                writeFill(f.fill());
                json.field("status", f.status() == null ? null : f.status().name())
                        .field("filledQuantity", f.filledQuantity())
                        .field("leavesQuantity", f.leavesQuantity());
            }
            case Event.OrderCanceled c -> {
                kind = EntryKind.ORDER_CANCELED;
                orderId = value(c.orderId());
                instrument = null;
                json.field("orderId", orderId).field("reason", c.reason());
            }
            case Event.OrderExpired x -> {
                kind = EntryKind.ORDER_EXPIRED;
                orderId = value(x.orderId());
                instrument = null;
                json.field("orderId", orderId);
            }
            case Event.OrderModified m -> {
                kind = EntryKind.ORDER_MODIFIED;
                orderId = value(m.orderId());
                instrument = null;
                json.field("orderId", orderId).name("spec");
                writeSpec(m.spec());
            }
            case Event.PositionChanged p -> {
                kind = EntryKind.POSITION_CHANGED;
                orderId = null;
                instrument = p.position() == null ? null : symbol(p.position().instrument());
                json.name("position");
                writePosition(p.position());
                json.field("realizedPnl", p.realizedPnl());
            }
            case Event.FundingApplied f -> {
                kind = EntryKind.FUNDING_APPLIED;
                orderId = null;
                instrument = symbol(f.instrument());
                json.field("instrument", instrument)
                        .field("rate", f.rate())
                        .field("notional", f.notional())
                        .field("amount", f.amount());
            }
            case Event.EquitySample e -> {
                kind = EntryKind.EQUITY_SAMPLE;
                orderId = null;
                instrument = null;
                json.field("equity", e.equity())
                        .field("cash", e.cash())
                        .field("grossExposure", e.grossExposure())
                        .field("unrealizedPnl", e.unrealizedPnl());
            }
            case Event.ExitAlert a -> {
                kind = EntryKind.EXIT_ALERT;
                orderId = null;
                instrument = symbol(a.instrument());
                json.field("instrument", instrument)
                        .field("fraction", a.fraction())
                        .field("reason", a.reason());
            }
            case Event.RegimeUpdate r -> {
                kind = EntryKind.REGIME_UPDATE;
                orderId = null;
                instrument = symbol(r.instrument());
                json.field("instrument", instrument)
                        .field("timeframe", r.timeframe().toString())
                        .field("regime", r.regime().key())
                        .field("confidence", r.confidence().score())
                        .field("level", r.confidence().level().name())
                        .field("agreement", r.confidence().agreement())
                        .field("accuracy", r.confidence().historicalAccuracy())
                        .field("dataQuality", r.confidence().dataQuality())
                        .field("boundary", r.confidence().boundaryDistance())
                        .field("volatilityModifier", r.confidence().volatilityModifier())
                        .field("pBullTrend", r.probabilities().bullTrend())
                        .field("pBearTrend", r.probabilities().bearTrend())
                        .field("pVolatileRange", r.probabilities().volatileRange())
                        .field("pQuietRange", r.probabilities().quietRange());
            }
            case Event.RiskChecked r -> {
                kind = EntryKind.RISK_CHECKED;
                orderId = value(r.orderId());
                instrument = symbol(r.instrument());
                json.field("orderId", orderId).field("instrument", instrument).name("verdicts").beginArray();
                for (Event.RiskChecked.Verdict v : r.verdicts()) {
                    json.beginObject()
                            .field("check", v.check())
                            .field("passed", v.passed())
                            .field("reason", v.reason())
                            .endObject();
                }
                json.endArray();
            }
            case Event.HealthUpdate h -> {
                kind = EntryKind.HEALTH_UPDATE;
                orderId = null;
                instrument = null;
                json.field("overall", h.overall())
                        .field("data", h.data())
                        .field("venue", h.venue())
                        .field("errors", h.errors())
                        .field("signals", h.signals());
            }
        }
        json.endObject();
        return new Encoded(kind, event.timestamp(), orderId, instrument, json.toString());
    }

    private void writeOrder(Order order) {
        if (order == null) {
            json.nullValue();
            return;
        }
        json.beginObject()
                .field("id", value(order.id()))
                .field("instrument", symbol(order.instrument()))
                .field("strategy", value(order.strategy()))
                .field("side", order.side().name())
                .field("quantity", order.quantity())
                .name("spec");
        writeSpec(order.spec());
        json.field("timeInForce", order.timeInForce().name())
                .field("reduceOnly", order.reduceOnly())
                .field("createdAt", order.createdAt())
                .endObject();
    }

    private void writeSpec(OrderSpec spec) {
        if (spec == null) {
            json.nullValue();
            return;
        }
        json.beginObject();
        switch (spec) {
            case OrderSpec.Market m -> json.field("type", "market");
            case OrderSpec.Limit l -> json.field("type", "limit")
                    .field("price", l.price())
                    .field("postOnly", l.postOnly());
            case OrderSpec.StopMarket s -> json.field("type", "stop_market")
                    .field("triggerPrice", s.triggerPrice());
            case OrderSpec.StopLimit s -> json.field("type", "stop_limit")
                    .field("triggerPrice", s.triggerPrice())
                    .field("limitPrice", s.limitPrice());
            case OrderSpec.TrailingStop s -> json.field("type", "trailing_stop")
                    .field("trail", s.trail())
                    .field("percent", s.percent());
        }
        json.endObject();
    }

    private void writeFill(Fill fill) {
        if (fill == null) {
            json.nullValue();
            return;
        }
        json.beginObject()
                .field("orderId", value(fill.orderId()))
                .field("instrument", symbol(fill.instrument()))
                .field("side", fill.side().name())
                .field("quantity", fill.quantity())
                .field("price", fill.price())
                .field("fee", fill.fee())
                .field("liquidity", fill.liquidity().name())
                .field("timestamp", fill.timestamp())
                .field("decisionPrice", fill.decisionPrice())
                .field("slippageBps", fill.slippageBps())
                .field("latencyMs", fill.latencyMs())
                .endObject();
    }

    private void writePosition(PositionSnapshot position) {
        if (position == null) {
            json.nullValue();
            return;
        }
        json.beginObject()
                .field("instrument", symbol(position.instrument()))
                .field("quantity", position.quantity())
                .field("averagePrice", position.averagePrice())
                .field("realizedPnl", position.realizedPnl())
                .field("unrealizedPnl", position.unrealizedPnl())
                .field("markPrice", position.markPrice())
                .endObject();
    }

    private void writeMap(String name, Map<String, String> map) {
        json.name(name).beginObject();
        for (Map.Entry<String, String> e : map.entrySet()) {
            json.field(e.getKey(), e.getValue());
        }
        json.endObject();
    }

    private static String symbol(InstrumentId id) {
        return id == null ? null : id.symbol();
    }

    private static String value(ClientOrderId id) {
        return id == null ? null : id.value();
    }

    private static String value(StrategyId id) {
        return id == null ? null : id.value();
    }
}
