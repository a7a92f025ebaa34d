package org.evidencegraph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Starts the embedded Neo4j Community engine with a Bolt connector on 127.0.0.1.
 *
 * <p>Contract with the parent process (src/db/embedded.ts):
 * <ul>
 *   <li>configuration comes from system properties (see {@link Settings});</li>
 *   <li>one line {@code READY bolt://127.0.0.1:PORT} on stdout once Bolt accepts connections;</li>
 *   <li>end of stdin means the parent is gone (even after kill -9), so the engine shuts down;</li>
 *   <li>SIGTERM/SIGINT shut down cleanly through the JVM shutdown hook.</li>
 * </ul>
 * Any start-up failure prints {@code FAILED <reason>} on stderr and exits with status 2.
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] args) {
    Settings settings;
    try {
      settings = Settings.fromSystemProperties();
    } catch (IllegalArgumentException e) {
      System.err.println("FAILED " + e.getMessage());
      System.exit(2);
      return;
    }

    DatabaseManagementService service;
    try {
      DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(settings.dataDir);
      // Further settings from a neo4j.conf-style file (-Deg.neo4jConf), read first so the
      // launcher's own below (ports, auth, connectors) always win.
      if (settings.neo4jConf != null) {
        builder.loadPropertiesFromFile(settings.neo4jConf);
      }
      service = builder
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", settings.boltPort))
          .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", settings.boltPort))
          .setConfig(HttpConnector.enabled, false)
          .setConfig(HttpsConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, settings.pageCacheBytes)
          .setConfig(GraphDatabaseSettings.transaction_timeout, settings.transactionTimeout)
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          // Bolt's event loops wait out a 5 s quiet period each on shutdown (about 10 s per
          // stop). The one client of an embedded engine is the process that stops it, so
          // nothing can arrive in that window: shut the loops down once their work is done.
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .build();
    } catch (RuntimeException e) {
      System.err.println("FAILED " + rootMessage(e));
      System.exit(2);
      return;
    }

    AtomicBoolean stopped = new AtomicBoolean(false);
    CountDownLatch done = new CountDownLatch(1);
    Runnable stop = () -> {
      if (stopped.compareAndSet(false, true)) {
        try {
          service.shutdown();
        } finally {
          done.countDown();
        }
      }
    };
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.run();
    }, "neo4j-shutdown"));

    // Touch the default database so that READY means "queries will succeed".
    service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("READY bolt://127.0.0.1:" + settings.boltPort);
    System.out.flush();

    Thread watchdog = new Thread(() -> {
      waitForEndOfInput(System.in);
      System.err.println("parent process gone (stdin closed); stopping Neo4j");
      System.exit(0); // runs the shutdown hook
    }, "parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();

    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void waitForEndOfInput(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // The parent never writes; reading only detects that the pipe closed.
      }
    } catch (IOException ignored) {
      // A broken pipe also means the parent is gone.
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  /** Launcher settings, validated; each error names the property and the bad value. */
  static final class Settings {
    final Path dataDir;
    final int boltPort;
    final long pageCacheBytes;
    final Duration transactionTimeout;
    /** A neo4j.conf-style file of further settings (-Deg.neo4jConf), or null. */
    final Path neo4jConf;

    private Settings(Path dataDir, int boltPort, long pageCacheBytes, Duration transactionTimeout,
        Path neo4jConf) {
      this.dataDir = dataDir;
      this.boltPort = boltPort;
      this.pageCacheBytes = pageCacheBytes;
      this.transactionTimeout = transactionTimeout;
      this.neo4jConf = neo4jConf;
    }

    static Settings fromSystemProperties() {
      String dir = System.getProperty("eg.dataDir", ".data");
      int port = parseInt("eg.boltPort", System.getProperty("eg.boltPort", "7687"), 1, 65535);
      long pageCache = parseBytes("eg.pageCache", System.getProperty("eg.pageCache", "512m"));
      int timeoutSeconds = parseInt("eg.txTimeoutSeconds", System.getProperty("eg.txTimeoutSeconds", "0"), 0, 86400);
      String conf = System.getProperty("eg.neo4jConf");
      Path confPath = conf == null || conf.isBlank() ? null : Path.of(conf).toAbsolutePath();
      if (confPath != null && !Files.isReadable(confPath)) {
        throw new IllegalArgumentException("eg.neo4jConf names no readable file: " + conf);
      }
      return new Settings(Path.of(dir).toAbsolutePath(), port, pageCache, Duration.ofSeconds(timeoutSeconds), confPath);
    }

    private static int parseInt(String name, String value, int min, int max) {
      try {
        int n = Integer.parseInt(value.trim());
        if (n < min || n > max) {
          throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + value);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " must be an integer, got '" + value + "'");
      }
    }

    /** Accepts plain bytes or a k/m/g suffix, as Neo4j's own memory settings do. */
    static long parseBytes(String name, String value) {
      String v = value.trim().toLowerCase();
      long unit = 1;
      if (v.endsWith("k")) { unit = 1L << 10; v = v.substring(0, v.length() - 1); }
      else if (v.endsWith("m")) { unit = 1L << 20; v = v.substring(0, v.length() - 1); }
      else if (v.endsWith("g")) { unit = 1L << 30; v = v.substring(0, v.length() - 1); }
      try {
        long n = Long.parseLong(v);
        if (n <= 0) {
          throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
        return n * unit;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " must be a size such as 512m or 2g, got '" + value + "'");
      }
    }
  }
}
