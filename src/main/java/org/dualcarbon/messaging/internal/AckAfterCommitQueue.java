package org.dualcarbon.messaging.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.dualcarbon.messaging.MqttGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Between Paho's callback thread and the batch handlers (security.md §6.1): the callback puts each message in a
 * bounded queue and blocks when it is full (never drops — the broker then holds what is not read); one writer thread
 * takes up to {@link MqttGateway#MAX_BATCH} messages, or what came within {@link MqttGateway#MAX_BATCH_WAIT_MS} ms, or
 * up to a pause of {@link MqttGateway#MAX_BATCH_IDLE_MS} ms (the broker's in-flight limit holds the rest back),
 * hands each run of messages of the same subscription to its handler and, when the handler returns, acknowledges
 * them in arrival order. A failing handler acknowledges nothing further and asks for a new connection; messages
 * received on an earlier connection are not acknowledged on a later one (the broker delivers them again).
 */
final class AckAfterCommitQueue {

    static final int CAPACITY = 10_000;
    private static final Logger log = LoggerFactory.getLogger(AckAfterCommitQueue.class);

    /** A message waiting for its handler, with what acknowledges it. */
    record Pending(MqttGateway.MqttBatchHandler handler, MqttGateway.Received message, int id, int qos, long connection) {
    }

    /** What the queue needs from the connection. */
    interface Connection {
        long epoch();

        void acknowledge(int id, int qos) throws Exception;

        void renew();
    }

    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Connection connection;
    private final AtomicLong handled = new AtomicLong();
    private volatile boolean running = true;
    private final Thread writer;

    AckAfterCommitQueue(Connection connection) {
        this.connection = connection;
        this.writer = new Thread(this::drain, "mqtt-batch-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Called on Paho's callback thread; blocks while the queue is full. */
    void put(Pending pending) throws InterruptedException {
        queue.put(pending);
    }

    int depth() {
        return queue.size();
    }

    long handled() {
        return handled.get();
    }

    void stop() {
        running = false;
        writer.interrupt();
    }

    private void drain() {
        List<Pending> batch = new ArrayList<>(MqttGateway.MAX_BATCH);
        while (running) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MqttGateway.MAX_BATCH_WAIT_MS);
                while (batch.size() < MqttGateway.MAX_BATCH) {
                    long left = Math.min(until - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(MqttGateway.MAX_BATCH_IDLE_MS));
                    Pending next = left <= 0 ? queue.poll() : queue.poll(left, TimeUnit.NANOSECONDS);
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                }
                handle(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void handle(List<Pending> batch) {
        long current = connection.epoch();
        int from = 0;
        while (from < batch.size()) {
            int to = from;
            while (to < batch.size() && batch.get(to).handler() == batch.get(from).handler()) {
                to++;
            }
            List<Pending> run = batch.subList(from, to).stream().filter(p -> p.connection() == current).toList();
            if (!run.isEmpty()) {
                try {
                    run.get(0).handler().handle(run.stream().map(Pending::message).toList());
                } catch (Exception e) {
                    log.error("MQTT batch of {} messages not stored ({}); not acknowledged, reconnecting so the broker "
                            + "delivers them again", run.size(), e.toString());
                    queue.clear();
                    connection.renew();
                    return;
                }
                for (Pending p : run) {
                    try {
                        connection.acknowledge(p.id(), p.qos());
                    } catch (Exception e) {
                        log.warn("MQTT acknowledgement of message {} failed: {}", p.id(), e.getMessage());
                    }
                }
                handled.addAndGet(run.size());
            }
            from = to;
        }
    }
}
