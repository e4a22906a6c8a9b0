import { useMemo } from "react";
import { AllianceNetworkQuery } from "../api/queries";
import { useQuery } from "../api/use-query";
import { kindLabel } from "../kinds";
import { href, navigate } from "../router";
import { Legend } from "./Legend";
import { type GraphEdge, type GraphNode, NetworkGraph } from "./NetworkGraph";
import { OrganizationLink } from "./OrganizationLink";

export const NETWORK_LIMIT = 300;

interface Props {
  asOf: number | null;
  regionId?: string | undefined;
  centerId?: string | undefined;
  hops?: number | undefined;
  /** Extra nodes and edges drawn on top of the alliance network (e.g. a path's spin-off step). */
  extraNodes?: GraphNode[] | undefined;
  extraEdges?: GraphEdge[] | undefined;
  highlight?: string[] | undefined;
  title: string;
}

/** The alliance network from allianceNetwork(…), drawn, with a legend and the same data as a list. */
export function NetworkPanel({
  asOf,
  regionId,
  centerId,
  hops,
  extraNodes,
  extraEdges,
  highlight,
  title,
}: Props) {
  // Arguments left out rather than sent as null, so the API's defaults apply.
  const { data, loading, error } = useQuery(AllianceNetworkQuery, {
    asOf,
    limit: NETWORK_LIMIT,
    ...(regionId ? { regionId } : {}),
    ...(centerId ? { centerId, hops: hops ?? 1 } : {}),
  });
  const network = data?.allianceNetwork;
  const { nodes, edges } = useMemo(() => {
    const nodes = new Map<string, GraphNode>();
    for (const n of network?.nodes ?? []) {
      nodes.set(n.organization.id, {
        id: n.organization.id,
        name: n.organization.name,
        kind: n.organization.__typename ?? "Organization",
        degree: n.degree,
      });
    }
    for (const n of extraNodes ?? []) if (!nodes.has(n.id)) nodes.set(n.id, n);
    const edges: GraphEdge[] = (network?.edges ?? []).map((e) => ({ source: e.source, target: e.target }));
    edges.push(...(extraEdges ?? []));
    return { nodes: [...nodes.values()], edges };
  }, [network, extraNodes, extraEdges]);

  const kinds = [...new Set(nodes.map((n) => n.kind))];
  const sorted = [...nodes].sort((a, b) => b.degree - a.degree || a.name.localeCompare(b.name));
  const allianceEdges = network?.edges.length ?? 0;

  return (
    <section className="network-panel" aria-labelledby="network-title" aria-busy={loading}>
      <h2 id="network-title">{title}</h2>
      {error && <p className="error">The network could not be loaded: {error.message}</p>}
      <p className="summary" data-testid="network-summary" aria-live="polite">
        {network
          ? `${nodes.length} organizations, ${allianceEdges} allied pairs${asOf === null ? " (all years)" : ` in ${asOf}`}${network.truncated ? ` (truncated to the first ${NETWORK_LIMIT})` : ""}`
          : loading
            ? "Loading the network…"
            : ""}
      </p>
      <div className="network-body">
        <NetworkGraph
          nodes={nodes}
          edges={edges}
          centerId={centerId}
          highlight={highlight}
          label={`${title}: ${nodes.length} organizations`}
          onSelect={(id) => navigate(href(`/org/${encodeURIComponent(id)}`, { asOf }))}
        />
        <Legend
          kinds={kinds}
          extra={highlight?.length ? [{ colour: "#c2185b", label: "Shortest connection" }] : undefined}
        />
      </div>
      <details className="node-list">
        <summary>List the {nodes.length} organizations shown</summary>
        <ul>
          {sorted.map((n) => (
            <li key={n.id}>
              <OrganizationLink id={n.id} name={n.name} kind={n.kind} asOf={asOf} />{" "}
              <span className="muted">
                {kindLabel(n.kind)}, {n.degree} partner{n.degree === 1 ? "" : "s"}
              </span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
