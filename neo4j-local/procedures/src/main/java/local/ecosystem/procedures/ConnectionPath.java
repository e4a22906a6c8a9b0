package local.ecosystem.procedures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.graphalgo.impl.util.PathImpl;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.TerminationGuard;

/**
 * The shortest connection between two organizations, for cypher/queries/connection-path.cypher.
 *
 * <p>A bidirectional breadth-first search that grows, one whole level at a time, the side whose
 * frontier has fewer relationships to read (degrees come from the store: a pharma hub's 100,000
 * alliances are counted, not read). Cypher's shortestPath grows the side with fewer frontier
 * nodes instead, so a pair whose only short route crosses a hub reads the whole hub; here the hub is
 * reached from both sides and never expanded. Neo4j's GraphAlgoFactory.shortestPath (one
 * relationship per side in turn) was measured too: it was slower than Cypher at p99 (README).
 *
 * <p>The first meeting of the two sides gives a shortest path: a node already seen by the other side
 * at a shallower level would have met this side one level earlier.
 */
public class ConnectionPath {
    static final RelationshipType[] LINKS = {
        RelationshipType.withName("ALLIANCE"),
        RelationshipType.withName("SPUN_OFF_FROM"),
        RelationshipType.withName("ACQUIRED"),
        RelationshipType.withName("SUBSIDIARY_OF"),
    };

    /** The longest path the procedure searches for (the API accepts at most 10). */
    static final long MAX_HOPS = 20;

    @Context
    public TerminationGuard guard;

    public static class PathResult {
        public final Path path;

        public PathResult(Path path) {
            this.path = path;
        }
    }

    /** One side of the search: every node it reached, with the relationship it was reached by. */
    @SuppressWarnings("removal")
    private static final class Side {
        // Internal ids, not element ids: these are only compared within this transaction, and
        // building an element id string per visited node costs more than reading its relationships.
        final Map<Long, Relationship> reachedBy = new HashMap<>();
        List<Node> frontier = new ArrayList<>();
        /** Relationships the next level reads, once counted in full (-1 before). */
        private long cost = -1;

        Side(Node start) {
            reachedBy.put(start.getId(), null);
            setFrontier(List.of(start));
        }

        void setFrontier(List<Node> nodes) {
            frontier = nodes;
            cost = -1;
        }

        /**
         * Relationships the next level reads, counted until the count passes {@code limit}. All types
         * count: one degree call per node (a hub's comes from the degree store) is cheaper than one per
         * link type, and the other types are few.
         */
        long cost(long limit) {
            if (cost >= 0) return cost;
            long sum = 0;
            for (Node node : frontier) {
                sum += node.getDegree();
                if (sum > limit) return sum;
            }
            cost = sum;
            return sum;
        }

        /** The relationships from {@code node} back to this side's start, in that order. */
        List<Relationship> pathBack(Node node) {
            List<Relationship> rels = new ArrayList<>();
            Relationship rel = reachedBy.get(node.getId());
            while (rel != null) {
                rels.add(rel);
                node = rel.getOtherNode(node);
                rel = reachedBy.get(node.getId());
            }
            return rels;
        }
    }

    @Procedure(name = "ecosystem.connectionPath", mode = Mode.READ)
    @Description("ecosystem.connectionPath(from, to, maxHops) - one shortest path of at most maxHops "
            + "ALLIANCE, SPUN_OFF_FROM, ACQUIRED or SUBSIDIARY_OF relationships, in either direction; "
            + "no row when there is none or an end is null")
    public Stream<PathResult> connectionPath(
            @Name("from") Node from, @Name("to") Node to, @Name("maxHops") long maxHops) {
        if (from == null || to == null) return Stream.empty();
        if (maxHops < 0 || maxHops > MAX_HOPS) {
            throw new IllegalArgumentException("maxHops must be between 0 and " + MAX_HOPS + ", got " + maxHops);
        }
        if (from.equals(to)) return Stream.of(new PathResult(PathImpl.singular(from)));
        Side a = new Side(from);
        Side b = new Side(to);
        for (long hops = 0; hops < maxHops && !a.frontier.isEmpty() && !b.frontier.isEmpty(); hops++) {
            // The smaller frontier is counted in full, the other only as far as needed to compare:
            // a frontier holding a hub is never counted past the other side's whole level.
            Side first = a.frontier.size() <= b.frontier.size() ? a : b;
            Side second = first == a ? b : a;
            long firstCost = first.cost(Long.MAX_VALUE);
            Side grow = second.cost(firstCost) < firstCost ? second : first;
            Side other = grow == a ? b : a;
            Node middle = expand(grow, other);
            if (middle != null) return Stream.of(new PathResult(join(a, b, middle)));
        }
        return Stream.empty();
    }

    /** Grows {@code side} by one level; returns the first node it shares with {@code other}, if any. */
    @SuppressWarnings("removal")
    private Node expand(Side side, Side other) {
        List<Node> next = new ArrayList<>();
        for (Node node : side.frontier) {
            guard.check();
            for (Relationship rel : node.getRelationships(Direction.BOTH, LINKS)) {
                Node neighbour = rel.getOtherNode(node);
                long id = neighbour.getId();
                if (side.reachedBy.containsKey(id)) continue;
                side.reachedBy.put(id, rel);
                if (other.reachedBy.containsKey(id)) return neighbour;
                next.add(neighbour);
            }
        }
        side.setFrontier(next);
        return null;
    }

    /** from ... middle ... to: side a's relationships back from the middle, reversed, then side b's. */
    private static Path join(Side a, Side b, Node middle) {
        List<Relationship> toStart = a.pathBack(middle);
        Node start = middle;
        for (Relationship rel : toStart) start = rel.getOtherNode(start);
        PathImpl.Builder builder = new PathImpl.Builder(start);
        for (int i = toStart.size() - 1; i >= 0; i--) builder = builder.push(toStart.get(i));
        for (Relationship rel : b.pathBack(middle)) builder = builder.push(rel);
        return builder.build();
    }
}
