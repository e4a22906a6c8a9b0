import { useMemo } from "react";
import { ConnectionPathQuery, OrganizationNamesQuery } from "../api/queries";
import { useQuery } from "../api/use-query";
import type { GraphEdge, GraphNode } from "../components/NetworkGraph";
import { NetworkPanel } from "../components/NetworkPanel";
import { OrganizationLink } from "../components/OrganizationLink";
import { SearchBox } from "../components/SearchBox";
import { href, intParam, navigate } from "../router";

const VIA: Record<string, { out: string; in: string }> = {
  ALLIANCE: { out: "has an alliance with", in: "has an alliance with" },
  SPUN_OFF_FROM: { out: "was spun off from", in: "is the parent of spin-off" },
  ACQUIRED: { out: "acquired", in: "was acquired by" },
  SUBSIDIARY_OF: { out: "is a subsidiary of", in: "is the parent company of" },
};

/** Shortest connection between two organizations (connectionPath), listed and highlighted in the network. */
export function PathPage({ params }: { params: URLSearchParams }) {
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
  const asOf = intParam(params, "asOf");
  const set = (next: { from?: string; to?: string }) =>
    navigate(href("/path", { from: next.from ?? from, to: next.to ?? to, asOf }), { replace: true });
  const names = useQuery(OrganizationNamesQuery, from || to ? { ids: [from, to].filter(Boolean) } : null);
  const nameOf = (id: string) => names.data?.organizations.find((o) => o.id === id)?.name ?? id;
  const path = useQuery(ConnectionPathQuery, from && to ? { fromId: from, toId: to } : null);
  const steps = path.data?.connectionPath ?? null;

  const { highlight, extraNodes, extraEdges } = useMemo(() => {
    if (!steps) return { highlight: undefined, extraNodes: undefined, extraEdges: undefined };
    const extraNodes: GraphNode[] = steps.map((s) => ({
      id: s.organization.id,
      name: s.organization.name,
      kind: s.organization.__typename ?? "Organization",
      degree: 1,
    }));
    // Spin-off, acquisition and subsidiary steps are not alliances: draw them so the path is whole.
    const extraEdges: GraphEdge[] = steps.slice(1).map((s, i) => ({
      source: steps[i]?.organization.id ?? "",
      target: s.organization.id,
    }));
    return { highlight: steps.map((s) => s.organization.id), extraNodes, extraEdges };
  }, [steps]);

  return (
    <main id="main" className="page">
      <h1>Path finder</h1>
      <p className="muted">
        The shortest chain of alliances, spin-offs, acquisitions and subsidiaries between two organizations.
      </p>
      <form className="path-form" onSubmit={(event) => event.preventDefault()}>
        <SearchBox
          label="From"
          initialText={from ? nameOf(from) : ""}
          placeholder="e.g. Oncurious"
          onPick={(o) => set({ from: o.id })}
        />
        <SearchBox
          label="To"
          initialText={to ? nameOf(to) : ""}
          placeholder="e.g. Novartis"
          onPick={(o) => set({ to: o.id })}
        />
      </form>
      {path.error && <p className="error">{path.error.message}</p>}
      {from && to && path.loading && <p>Looking for a path…</p>}
      {steps === null && path.data && (
        <p data-testid="path-result">
          No connection between {nameOf(from)} and {nameOf(to)} within 10 steps.
        </p>
      )}
      {steps && (
        <section aria-labelledby="path-title" className="card">
          <h2 id="path-title">
            {steps.length - 1} step{steps.length === 2 ? "" : "s"} from {steps[0]?.organization.name} to{" "}
            {steps[steps.length - 1]?.organization.name}
          </h2>
          <ol className="path-steps" data-testid="path-result">
            {steps.map((s, i) => {
              const next = steps[i + 1];
              const via = s.via ? VIA[s.via] : undefined;
              return (
                <li key={s.organization.id}>
                  <OrganizationLink
                    id={s.organization.id}
                    name={s.organization.name}
                    kind={s.organization.__typename}
                    asOf={asOf}
                  />
                  {next && (
                    <span className="via">
                      {" "}
                      {via ? (s.direction === "IN" ? via.in : via.out) : s.via?.toLowerCase()}
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      )}
      {steps && (
        <NetworkPanel
          asOf={asOf}
          extraNodes={extraNodes}
          extraEdges={extraEdges}
          highlight={highlight}
          title="The path in the alliance network"
        />
      )}
    </main>
  );
}
