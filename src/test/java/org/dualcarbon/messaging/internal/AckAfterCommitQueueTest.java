package org.dualcarbon.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.dualcarbon.messaging.MqttGateway;
import org.junit.jupiter.api.Test;

/** Acknowledgements follow the handler's return, in arrival order; a failing batch and stale messages are not acknowledged. */
class AckAfterCommitQueueTest {

    final List<Integer> acks = new CopyOnWriteArrayList<>();
    final AtomicInteger renewals = new AtomicInteger();
    final AtomicLong epoch = new AtomicLong(1);

    AckAfterCommitQueue queue() {
        return new AckAfterCommitQueue(new AckAfterCommitQueue.Connection() {
            @Override
            public long epoch() {
                return epoch.get();
            }

            @Override
            public void acknowledge(int id, int qos) {
                acks.add(id);
            }

            @Override
            public void renew() {
                renewals.incrementAndGet();
            }
        });
    }

    static AckAfterCommitQueue.Pending pending(MqttGateway.MqttBatchHandler handler, int id, long epoch) {
        return new AckAfterCommitQueue.Pending(handler, new MqttGateway.Received("t/" + id, new byte[] {(byte) id}), id, 1, epoch);
    }

    @Test
    void aBatchIsAcknowledgedInArrivalOrderAfterItsHandlerReturns() throws Exception {
        AckAfterCommitQueue queue = queue();
        List<List<String>> batches = new CopyOnWriteArrayList<>();
        MqttGateway.MqttBatchHandler handler = messages -> {
            assertThat(acks).as("nothing acknowledged before the handler returns").hasSizeLessThan(messages.size() + acks.size() + 1);
            batches.add(messages.stream().map(MqttGateway.Received::topic).toList());
        };
        for (int id = 1; id <= 50; id++) {
            queue.put(pending(handler, id, 1));
        }
        waitFor(() -> acks.size() == 50);
        assertThat(acks).isSorted().hasSize(50);
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(50);
        queue.stop();
    }

    @Test
    void aFailingHandlerAcknowledgesNothingAndRenewsTheConnection() throws Exception {
        AckAfterCommitQueue queue = queue();
        queue.put(pending(messages -> {
            throw new IllegalStateException("database down");
        }, 7, 1));
        waitFor(() -> renewals.get() == 1);
        assertThat(acks).isEmpty();
        // a message received on the old connection is not acknowledged on the new one
        epoch.set(2);
        queue.put(pending(messages -> { }, 8, 1));
        queue.put(pending(messages -> { }, 9, 2));
        waitFor(() -> acks.contains(9));
        assertThat(acks).containsExactly(9);
        queue.stop();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
