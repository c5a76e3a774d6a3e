package org.dualcarbon.monitoring.internal;

import java.util.concurrent.RejectedExecutionException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.dualcarbon.monitoring.IngestOutcome;
import org.dualcarbon.monitoring.MonitoringIngestion;
import org.dualcarbon.monitoring.hj212.Hj212Compatibility;
import org.dualcarbon.monitoring.hj212.Hj212Deviation;
import org.dualcarbon.monitoring.hj212.Hj212Encoder;
import org.dualcarbon.monitoring.hj212.Hj212ParseResult;
import org.dualcarbon.monitoring.hj212.Hj212Parser;
import org.dualcarbon.monitoring.hj212.Hj212Replies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * HJ 212-2017 over TCP, for data loggers that speak only that: frames end with CR LF and go through the same
 * ingestion as MQTT messages; when a frame's Flag asks for an answer the logger gets the standard's 9014 data
 * response after the frame is stored (or was stored before). A line longer than the largest frame is cut off,
 * kept as rejected and skipped to its end, so a flood cannot exhaust memory. {@code dc.monitoring.hj212-tcp-port}:
 * 0 picks a free port, -1 turns the listener off.
 */
@Component
public class Hj212TcpServer implements SmartLifecycle {

    static final int MAX_FRAME = 10 * 1024 + 16;
    static final int MAX_CONNECTIONS = 200;
    private static final Logger log = LoggerFactory.getLogger(Hj212TcpServer.class);

    private final MonitoringIngestion ingestion;
    private final String host;
    private final int configuredPort;
    private final Hj212Parser replyParser = new Hj212Parser();
    private final Hj212Encoder encoder = new Hj212Encoder();
    private ServerSocket server;
    private ExecutorService connections;
    private volatile boolean running;

    Hj212TcpServer(MonitoringIngestion ingestion, @Value("${dc.monitoring.hj212-tcp-host:127.0.0.1}") String host,
                   @Value("${dc.monitoring.hj212-tcp-port:-1}") int port) {
        this.ingestion = ingestion;
        this.host = host;
        this.configuredPort = port;
    }

    @Override
    public synchronized void start() {
        if (configuredPort < 0) {
            return;
        }
        try {
            server = new ServerSocket(configuredPort, 50, InetAddress.getByName(host));
        } catch (IOException e) {
            throw new IllegalStateException("HJ 212 TCP listener could not bind " + host + ":" + configuredPort, e);
        }
        connections = new ThreadPoolExecutor(4, MAX_CONNECTIONS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(MAX_CONNECTIONS));
        running = true;
        Thread acceptor = new Thread(this::acceptLoop, "hj212-tcp-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
        log.info("HJ 212 TCP listener on {}:{}", host, port());
    }

    /** The port listened on, -1 when off. */
    public int port() {
        return server == null ? -1 : server.getLocalPort();
    }

    private void acceptLoop() {
        while (running) {
            try {
                Socket socket = server.accept();
                socket.setSoTimeout((int) TimeUnit.MINUTES.toMillis(10));
                connections.execute(() -> serve(socket));
            } catch (IOException e) {
                if (running) {
                    log.warn("HJ 212 TCP accept failed: {}", e.getMessage());
                }
            } catch (RejectedExecutionException e) {
                log.warn("HJ 212 TCP: more than {} connections; one refused", MAX_CONNECTIONS);
            }
        }
    }

    private void serve(Socket socket) {
        String peer = socket.getRemoteSocketAddress().toString();
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            ByteArrayOutputStream frame = new ByteArrayOutputStream(256);
            boolean overflow = false;
            int previous = -1;
            int b;
            while ((b = in.read()) != -1) {
                if (!overflow) {
                    frame.write(b);
                }
                if (frame.size() > MAX_FRAME && !overflow) {
                    overflow = true;
                    ingestion.acceptTcp(peer, frame.toByteArray());
                }
                if (previous == '\r' && b == '\n') {
                    if (!overflow) {
                        handle(peer, frame.toByteArray(), out);
                    }
                    frame.reset();
                    overflow = false;
                }
                previous = b;
            }
        } catch (SocketTimeoutException e) {
            log.debug("HJ 212 TCP {} idle, closed", peer);
        } catch (IOException e) {
            log.debug("HJ 212 TCP {} closed: {}", peer, e.getMessage());
        }
    }

    private void handle(String peer, byte[] bytes, OutputStream out) throws IOException {
        IngestOutcome outcome = ingestion.acceptTcp(peer, bytes);
        if (outcome.status() == IngestOutcome.Status.REJECTED) {
            return;
        }
        // the frame passed the device's checks; read it again only to answer it
        Hj212ParseResult parsed = replyParser.parse(bytes, Hj212Compatibility.allowing(Hj212Deviation.values()));
        if (parsed instanceof Hj212ParseResult.Accepted accepted && accepted.frame().flag().ackRequired()) {
            out.write(encoder.encodeBytes(Hj212Replies.dataResponse(accepted.frame())));
            out.flush();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                log.debug("closing the HJ 212 listener: {}", e.getMessage());
            }
            connections.shutdownNow();
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
