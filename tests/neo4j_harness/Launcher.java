// Starts a real in-process Neo4j (org.neo4j.test:neo4j-harness) for the Python tests.
//
// tests/neo4j_server.py compiles it once into tests/neo4j_harness/target/launcher-*.jar (the
// source launcher compiled it at every start, ~2 s each). By hand, Java 17's single-file
// source launcher still runs it without a compile step:
//   java -Xmx512m -cp "$(tail -n1 tests/neo4j_harness/classpath.txt)" \
//        tests/neo4j_harness/Launcher.java DATA_DIR [PAGECACHE_MB]
//
// Protocol with tests/neo4j_server.py:
//   * prints exactly one line "BOLT_URI=bolt://127.0.0.1:PORT" on stdout once Bolt accepts
//     connections; everything else goes to stderr;
//   * shuts down cleanly when stdin reaches EOF (the parent closed it or died) or on SIGTERM.
//
// Guests: `Launcher --guests` starts no Neo4j of its own; it prints "READY" and then opens
// and closes Neo4j servers in this JVM on request, one command a line on stdin (fields
// separated by tabs):
//   OPEN  DIR [pagecache=MB] [auth=true] [http=true] [boltPort=N] [keepPlans=true]
//         -> "OPENED DIR bolt://127.0.0.1:PORT [http://127.0.0.1:PORT]" or "FAILED DIR MESSAGE"
//   CLOSE DIR
//         -> "CLOSED DIR" or "FAILED DIR MESSAGE"
// Each guest is a whole DBMS as the one of DATA_DIR above (its store and transaction logs in
// DIR/data, its logs in DIR/logs, its own Bolt port), with the options of the command line's
// (-Dcitegraph.*) as fields. EOF and SIGTERM close every guest, then the JVM exits. The test
// run keeps one such JVM for the session servers of all its pytest-xdist workers and for the
// tests that need a server on a store of their own but never kill or restart its process
// (tests/conftest.py): a JVM's start (~4.5 s of CPU) and the compiling of its code in its
// first statements (~5 s for a bundled build) are paid once, not once per server.
//
// Persistence: the harness always runs in a fresh random "neo4j home" below its working
// directory and deletes that folder on close(), so data kept under the home would never survive
// a restart. We therefore point server.directories.data (which holds the store files *and* the
// transaction logs) at DATA_DIR/data, outside the random home. A server SIGKILLed mid-load and
// restarted on the same DATA_DIR recovers from its transaction logs like a packaged server.
// Auth is disabled (harness default); Bolt and everything else listen on 127.0.0.1 only.

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

public final class Launcher {
    private static final Object LOCK = new Object();
    private static final CountDownLatch BUILD_DONE = new CountDownLatch(1);
    private static Neo4j server;
    // `--guests`: the servers opened on request, by their DIR as the parent wrote it; under LOCK.
    private static final Map<String, Neo4j> GUESTS = new LinkedHashMap<>();
    private static boolean closed;

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--guests")) {
            serveGuests();
            return;
        }
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: java -cp CLASSPATH Launcher.java DATA_DIR [PAGECACHE_MB [auth]]");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        long pagecacheMb = args.length > 1 ? Long.parseLong(args[1]) : 64;
        // "auth" turns authentication on (user neo4j, initial password neo4j), for the tests
        // of what users see when their credentials are wrong.
        boolean auth = args.length > 2 && args[2].equals("auth");

        // Keep stdout for the one protocol line; stray prints from libraries must not be
        // mistaken for it, nor fill a pipe nobody reads.
        PrintStream protocol = System.out;
        System.setOut(System.err);

        // Registered before build() so a SIGTERM during a slow start still closes the store.
        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::shutdown, "harness-shutdown"));

        // -Dcitegraph.boltPort=N: a fixed Bolt port, so that a client keeps its URI across a
        // restart (the restart tests); 0, the default, lets the OS pick a free one.
        int boltPort = Integer.getInteger("citegraph.boltPort", 0);
        // -Dcitegraph.http=true: also serve Neo4j's HTTP API (the port the Browser uses) on a
        // free port, announced as HTTP_URI=..., for the tests of a Bolt URI pointing at it.
        boolean http = Boolean.getBoolean("citegraph.http");
        // -Dcitegraph.keepPlans=true: a cached query plan is never planned again because the
        // data's statistics moved (Neo4j does so for a plan older than
        // dbms.cypher.min_replan_interval, 10 s, once the counts it was planned on changed by
        // 75%). The test session empties its database before every test, so each build after
        // a wipe planned its statements again: about 2 s of the server's CPU per bundled build
        // on the 2-core box, whose writes take 0.6 s. Plans only choose how, never what.
        boolean keepPlans = Boolean.getBoolean("citegraph.keepPlans");

        Neo4j neo4j;
        try {
            neo4j = build(root, pagecacheMb, auth, boltPort, http, keepPlans);
            synchronized (LOCK) {
                server = neo4j;
            }
            BUILD_DONE.countDown();
        } catch (Throwable t) {
            // Before exit(): the shutdown hook waits on this latch, and exit() waits on the hook.
            BUILD_DONE.countDown();
            t.printStackTrace();
            // Exit explicitly: threads left behind by a half-started DBMS would keep the JVM alive
            // and the parent would only notice at its start timeout.
            System.exit(1);
            return;
        }
        removeStaleHomes(root.resolve("home"), neo4j.config().get(GraphDatabaseSettings.neo4j_home));

        if (http) {
            protocol.println("HTTP_URI=http://127.0.0.1:" + neo4j.httpURI().getPort());
        }
        protocol.println("BOLT_URI=bolt://127.0.0.1:" + neo4j.boltURI().getPort());
        protocol.flush();

        // The parent never writes; EOF means "stop" (or that the parent is gone).
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        while (in.read(buffer) != -1) {
            // discard
        }
        shutdown();
        System.exit(0);
    }

    /** `--guests`: no server of its own; opens and closes guests as stdin asks until EOF. */
    private static void serveGuests() throws IOException {
        PrintStream protocol = System.out;
        System.setOut(System.err);
        BUILD_DONE.countDown(); // nothing to wait for in shutdown()
        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::shutdown, "harness-shutdown"));
        protocol.println("READY");
        protocol.flush();
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] fields = line.split("\t");
            String answer;
            if (fields.length >= 2 && fields[0].equals("OPEN")) {
                answer = openGuest(fields);
            } else if (fields.length == 2 && fields[0].equals("CLOSE")) {
                answer = closeGuest(fields[1]);
            } else {
                answer = "FAILED\t" + (fields.length > 1 ? fields[1] : "") + "\tunknown command: " + line;
            }
            protocol.println(answer);
            protocol.flush();
        }
        shutdown();
        System.exit(0);
    }

    /** OPEN DIR [name=value...]: the protocol's answer line. */
    private static String openGuest(String[] fields) {
        String dir = fields[1];
        try {
            Map<String, String> options = new HashMap<>();
            for (int i = 2; i < fields.length; i++) {
                String[] option = fields[i].split("=", 2);
                if (option.length != 2) {
                    throw new IllegalArgumentException("not name=value: " + fields[i]);
                }
                options.put(option[0], option[1]);
            }
            long pagecacheMb = Long.parseLong(options.getOrDefault("pagecache", "64"));
            boolean auth = Boolean.parseBoolean(options.getOrDefault("auth", "false"));
            boolean http = Boolean.parseBoolean(options.getOrDefault("http", "false"));
            int boltPort = Integer.parseInt(options.getOrDefault("boltPort", "0"));
            boolean keepPlans = Boolean.parseBoolean(options.getOrDefault("keepPlans", "false"));
            synchronized (LOCK) {
                if (closed || GUESTS.containsKey(dir)) {
                    return "FAILED\t" + dir + "\t" + (closed ? "shutting down" : "already open");
                }
            }
            Path root = Path.of(dir).toAbsolutePath().normalize();
            Neo4j guest = build(root, pagecacheMb, auth, boltPort, http, keepPlans);
            synchronized (LOCK) {
                if (closed) {
                    guest.close();
                    return "FAILED\t" + dir + "\tshutting down";
                }
                GUESTS.put(dir, guest);
            }
            removeStaleHomes(root.resolve("home"), guest.config().get(GraphDatabaseSettings.neo4j_home));
            return "OPENED\t" + dir + "\tbolt://127.0.0.1:" + guest.boltURI().getPort()
                    + (http ? "\thttp://127.0.0.1:" + guest.httpURI().getPort() : "");
        } catch (Throwable t) {
            t.printStackTrace();
            return "FAILED\t" + dir + "\t" + oneLine(t);
        }
    }

    /** CLOSE DIR: the protocol's answer line. */
    private static String closeGuest(String dir) {
        Neo4j guest;
        synchronized (LOCK) {
            guest = GUESTS.remove(dir);
        }
        if (guest == null) {
            return "FAILED\t" + dir + "\tno guest is open there";
        }
        try {
            guest.close();
            return "CLOSED\t" + dir;
        } catch (Throwable t) {
            t.printStackTrace();
            return "FAILED\t" + dir + "\t" + oneLine(t);
        }
    }

    /** The exception and its causes on one line, for the protocol. */
    private static String oneLine(Throwable t) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = t; cause != null && text.length() < 4000; cause = cause.getCause()) {
            text.append(text.length() == 0 ? "" : "; caused by: ").append(cause);
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    /** A Neo4j on ROOT/data (store and transaction logs) and ROOT/logs, its home in ROOT/home. */
    private static Neo4j build(
            Path root, long pagecacheMb, boolean auth, int boltPort, boolean http, boolean keepPlans)
            throws IOException {
        var builder = Neo4jBuilders.newInProcessBuilder(Files.createDirectories(root.resolve("home")));
        if (http) {
            builder = builder
                    .withConfig(HttpConnector.enabled, true)
                    .withConfig(HttpConnector.listen_address, new SocketAddress("127.0.0.1", 0));
        } else {
            builder = builder.withDisabledServer(); // no HTTP/HTTPS: most tests only speak Bolt
        }
        if (keepPlans) {
            builder = builder.withConfig(
                    GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofDays(36500));
        }
        if (boltPort != 0) {
            // Advertise the port we listen on, not Neo4j's default :7687: the HTTP discovery
            // document (what the Neo4j Browser connects to) and neo4j:// routing tables
            // hand this address to clients.
            builder = builder.withConfig(
                    BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort));
        }
        return builder
                .withConfig(GraphDatabaseSettings.data_directory, root.resolve("data"))
                // Outside the random home so debug.log survives a crash for post-mortems.
                .withConfig(GraphDatabaseSettings.logs_directory, root.resolve("logs"))
                .withConfig(GraphDatabaseSettings.auth_enabled, auth)
                // CI has no internet and tests must not phone home.
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
                // Preallocating 256 MiB per transaction log file wastes disk in every tmp dir.
                .withConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .withConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
                .withConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
                // Port 0 (unless -Dcitegraph.boltPort): the OS picks a free port atomically,
                // so parallel sessions cannot race.
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .withConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Netty's default 5 s quiet period per event loop group makes every stop() take
                // ~10 s; nothing is connected by then, so waiting buys nothing.
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
    }

    /** Idempotent; blocks a concurrent caller until the first close() has finished. */
    private static void shutdown() {
        try {
            // A SIGTERM during build() must not halt the JVM with a half-opened store.
            BUILD_DONE.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (LOCK) {
            if (closed) {
                return;
            }
            closed = true;
            for (Neo4j guest : GUESTS.values()) {
                try {
                    guest.close();
                } catch (Throwable t) { // close the others all the same
                    t.printStackTrace();
                }
            }
            GUESTS.clear();
            if (server != null) {
                server.close();
            }
        }
    }

    /**
     * A SIGKILLed harness cannot delete its random home (config, plugins dir, neo4j.log). We only
     * get here after the store lock under DATA_DIR/data was taken, so no live server still uses
     * any sibling home and it is safe to remove them. Same 32-char check the harness itself uses.
     */
    private static void removeStaleHomes(Path homes, Path current) throws IOException {
        try (Stream<Path> children = Files.list(homes)) {
            for (Path child : (Iterable<Path>) children::iterator) {
                boolean looksRandom = child.getFileName().toString().matches("[0-9a-f]{32}");
                if (looksRandom && !child.toAbsolutePath().equals(current.toAbsolutePath())) {
                    deleteRecursively(child);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
