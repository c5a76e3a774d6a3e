package org.dualcarbon.monitoring.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dualcarbon.monitoring.MinuteAggregate;
import org.dualcarbon.monitoring.MonitoringWarning;
import org.dualcarbon.monitoring.ThresholdProblem;
import org.dualcarbon.monitoring.ThresholdTableRefused;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.time.SessionPseudoClock;

/**
 * The one stateful stream session of the warning rules. Its clock is a pseudo clock that follows event time: it is
 * moved to the end of each minute fed in (data time) and, on {@link #tick(long)}, to the wall clock — so tests and
 * replays behave exactly as live data, and windows never depend on when a batch happened to be processed. Minutes
 * older than the clock are still inserted (state facts ignore their age); the clock never goes back. All methods are
 * serialised: ingestion feeds, the schedule ticks, the alarm service releases and a rule author activates a new table.
 */
public final class WarningSession implements AutoCloseable {

    private KieSession session;
    private List<AlarmThreshold> thresholds;
    private final WarningSink sink = new WarningSink();

    public WarningSession(List<AlarmThreshold> thresholds) {
        this.session = open(RuleBaseBuilder.warnings(thresholds), thresholds);
        this.thresholds = List.copyOf(thresholds);
    }

    /** The session of the shipped table rules/monitoring/warning-thresholds.drl.csv. */
    public static WarningSession shipped() {
        return new WarningSession(WarningThresholds.read(RuleBaseBuilder.shippedTable()));
    }

    /** Inserts closed minutes in data-time order, firing after each; returns the warnings raised and cleared. */
    public synchronized List<MonitoringWarning> feed(List<MinuteAggregate> minutes) {
        List<MonitoringWarning> events = new ArrayList<>();
        minutes.stream().map(RuleMinute::of).sorted(Comparator.comparingLong(RuleMinute::getTimestamp)).forEach(m -> {
            advanceTo(m.getTimestamp() + 60_000);
            session.insert(m);
            session.fireAllRules();
            events.addAll(sink.drain());
        });
        return events;
    }

    /** Moves the clock to {@code epochMillis} and lets the time-based checks (silence) look. */
    public synchronized List<MonitoringWarning> tick(long epochMillis) {
        advanceTo(epochMillis);
        FactHandle tick = session.insert(new ClockTick(currentTime()));
        session.fireAllRules();
        session.delete(tick);
        return sink.drain();
    }

    /**
     * The alarm of this warning has ended: the same condition may warn again, from minutes after now on (a
     * {@link ReleaseMark} keeps the minutes already seen from raising it again).
     */
    public synchronized List<MonitoringWarning> release(long deviceId, MonitoringWarning.Cause cause, String code) {
        for (FactHandle handle : session.getFactHandles(o -> o instanceof OpenWarning w && w.getDeviceId() == deviceId
                && w.getCause().equals(cause.name()) && w.getCode().equals(code)
                || o instanceof ReleaseMark r && r.getDeviceId() == deviceId && r.getCause().equals(cause.name())
                && r.getCode().equals(code))) {
            session.delete(handle);
        }
        session.insert(new ReleaseMark(deviceId, cause.name(), code, currentTime()));
        session.fireAllRules();
        return sink.drain();
    }

    /**
     * Replaces the thresholds: the new rule base is compiled first — if that fails nothing changes — then every fact
     * but the old thresholds moves to a new session on the same clock, and the old session is disposed.
     */
    public synchronized void replace(List<AlarmThreshold> newThresholds) {
        swap(prepare(newThresholds));
    }

    /**
     * Reads, checks and activates a threshold table (the format of rules/monitoring/warning-thresholds.drl.csv); a
     * table with any problem is refused with its rows and reasons ({@link ThresholdTableRefused}) and the running
     * rules stay as they were.
     */
    public synchronized List<AlarmThreshold> activate(byte[] table) {
        List<AlarmThreshold> rows = WarningThresholds.read(table);
        replace(rows);
        return rows;
    }

    /** Compiles the rules for new thresholds without touching the running session; fails if they do not compile. */
    static PreparedRules prepare(List<AlarmThreshold> newThresholds) {
        try {
            return new PreparedRules(RuleBaseBuilder.warnings(newThresholds), List.copyOf(newThresholds));
        } catch (RuntimeException e) {
            throw new ThresholdTableRefused(List.of(ThresholdProblem.ofTable("无法编译 / does not compile: " + e.getMessage())));
        }
    }

    /** Runs on rules {@link #prepare prepared} before: moves every fact but the old thresholds to a new session. */
    public synchronized void swap(PreparedRules prepared) {
        KieSession next = open(prepared.base(), prepared.thresholds());
        long now = currentTime();
        ((SessionPseudoClock) next.getSessionClock()).advanceTime(now, TimeUnit.MILLISECONDS);
        session.getObjects(o -> !(o instanceof AlarmThreshold)).forEach(next::insert);
        next.fireAllRules();
        sink.drain();
        KieSession old = session;
        session = next;
        thresholds = prepared.thresholds();
        old.dispose();
    }

    /**
     * Puts back the state a restart would lose, read from the database: the warnings whose alarms are still open (so
     * they are neither raised twice nor left uncleared) and the latest minute of every device (so a device that fell
     * silent before the restart is still found silent). Facts already in the session for the same device and cause
     * are kept; nothing fires until the next minute or tick.
     */
    public synchronized void restore(List<OpenWarning> openWarnings, List<DeviceLastSeen> lastSeen) {
        java.util.Set<String> open = new java.util.HashSet<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        session.getObjects(o -> o instanceof OpenWarning || o instanceof DeviceLastSeen).forEach(o -> {
            if (o instanceof OpenWarning w) {
                open.add(w.getDeviceId() + ":" + w.getCause() + ":" + w.getCode());
            } else {
                seen.add(((DeviceLastSeen) o).getDeviceId());
            }
        });
        openWarnings.stream().filter(w -> open.add(w.getDeviceId() + ":" + w.getCause() + ":" + w.getCode()))
                .forEach(session::insert);
        lastSeen.stream().filter(s -> seen.add(s.getDeviceId())).forEach(session::insert);
    }

    /** A compiled rule base for a threshold table, not yet running. */
    public record PreparedRules(KieBase base, List<AlarmThreshold> thresholds) {
    }

    public synchronized List<AlarmThreshold> thresholds() {
        return thresholds;
    }

    /** Facts in working memory (events and state), to watch that memory stays flat. */
    public synchronized long factCount() {
        return session.getFactCount();
    }

    public synchronized long currentTime() {
        return session.getSessionClock().getCurrentTime();
    }

    @Override
    public synchronized void close() {
        session.dispose();
    }

    private void advanceTo(long epochMillis) {
        SessionPseudoClock clock = session.getSessionClock();
        long by = epochMillis - clock.getCurrentTime();
        if (by > 0) {
            clock.advanceTime(by, TimeUnit.MILLISECONDS);
        }
    }

    private KieSession open(KieBase base, List<AlarmThreshold> rows) {
        KieSessionConfiguration configuration = KieServices.Factory.get().newKieSessionConfiguration();
        configuration.setOption(ClockTypeOption.get("pseudo"));
        KieSession opened = base.newKieSession(configuration, null);
        opened.setGlobal("warnings", sink);
        rows.forEach(opened::insert);
        return opened;
    }
}
