package local.ecosystem.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

/**
 * neo4j-admin, started ahead of time (npm run import -- DIR --bulk). It pays the JVM start and the
 * command set-up (picocli over every command provider, ~1.5 s here) while the dataset is still being
 * validated, then waits on stdin:
 *
 * <pre>
 * run
 * database
 * import
 * ...one argument per line...
 * (an empty line)
 * </pre>
 *
 * and hands the arguments to neo4j-admin's own entry point (AdminTool.main: same output, same exit
 * code as a `java ... org.neo4j.cli.AdminTool ...` run). "abort", or stdin closing before the empty
 * line, exits with status 3 without touching anything: a dataset that fails validation never starts
 * the import.
 */
public final class AdminLauncher {
    static final int ABORTED = 3;

    private AdminLauncher() {}

    public static void main(String[] ignored) throws Exception {
        warmUp();
        System.out.println("launcher: ready");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String first = in.readLine();
        if (!"run".equals(first)) System.exit(ABORTED);
        List<String> args = new ArrayList<>();
        for (String line = in.readLine(); ; line = in.readLine()) {
            if (line == null) System.exit(ABORTED);
            if (line.isEmpty()) break;
            args.add(line);
        }
        AdminTool.main(args.toArray(new String[0]));
    }

    /**
     * Runs neo4j-admin's own import, the same code path the real run takes, on a two-node dataset in
     * a throwaway home (deleted afterwards), its output discarded: that loads and warms the command
     * set-up, the configuration, the CSV input and every import stage. The real home is not touched
     * (NEO4J_HOME and NEO4J_CONF are read only when the arguments come). If the warm-up fails, the
     * real run still works: it just starts cold.
     */
    private static void warmUp() {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("neo4j-admin-warm-up-");
            Path conf = Files.createDirectories(scratch.resolve("conf"));
            Files.writeString(
                    conf.resolve("neo4j.conf"),
                    "server.directories.data=" + scratch.resolve("data") + "\n"
                            + "server.directories.logs=" + scratch.resolve("logs") + "\n"
                            + "server.memory.pagecache.size=8m\n");
            Path nodes = scratch.resolve("nodes.csv");
            Files.writeString(nodes, "id:ID(Node),name,size:long,tags:string[]\na,A,1,x|y\nb,B,2,z\n");
            Path relationships = scratch.resolve("relationships.csv");
            Files.writeString(relationships, ":START_ID(Node),:END_ID(Node),since:long\na,b,1990\n");
            PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
            ExecutionContext context =
                    new ExecutionContext(scratch, conf, discard, discard, new DefaultFileSystemAbstraction());
            AdminTool.execute(
                    context,
                    "database",
                    "import",
                    "full",
                    "neo4j",
                    "--overwrite-destination=true",
                    "--id-type=string",
                    "--array-delimiter=|",
                    "--high-parallel-io=off",
                    "--nodes=Warm=" + nodes,
                    "--relationships=WARM=" + relationships);
        } catch (Exception | LinkageError e) {
            System.err.println("launcher: warm-up skipped (" + e + ")");
        } finally {
            if (scratch != null) delete(scratch);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("launcher: could not delete " + dir + " (" + e + ")");
        }
    }
}
