import type { ReactNode } from "react";
import { OrganizationKindQuery, OrganizationPageQuery } from "../api/queries";
import { useQuery } from "../api/use-query";
import { Bars } from "../components/Bars";
import { NetworkPanel } from "../components/NetworkPanel";
import { OrganizationLink } from "../components/OrganizationLink";
import { TimeSlider } from "../components/TimeSlider";
import { useTimeRange } from "../components/useTimeRange";
import { kindColour, kindLabel } from "../kinds";
import { href, intParam, Link, navigate } from "../router";

export const MIN_HOPS = 1;
export const MAX_HOPS = 3;

type Sources = Map<string, { title: string; citation?: string | null; url?: string | null }>;

/** A superscript citation: the key links to the source listed at the bottom of the page. */
function Cite({ source, sources }: { source: string | null | undefined; sources: Sources }) {
  if (!source) return <span className="muted"> (no source)</span>;
  return (
    <sup className="cite">
      <a href={`#source-${source}`} title={sources.get(source)?.title ?? source}>
        [{source}]
      </a>
    </sup>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

const TEXT: Record<string, string> = {
  PRODUCT: "product-based",
  PLATFORM: "platform-based",
  HYBRID: "hybrid (products and platform)",
  INDEPENDENT: "independent",
  ACQUIRED: "acquired",
  DIVESTED: "divested",
  TAKEOVER: "takeover",
  ACQUISITION: "acquisition",
  DIVESTMENT: "divestment",
  BUY_BACK: "buy-back",
};

export function OrganizationPage({ id, params }: { id: string; params: URLSearchParams }) {
  const asOf = intParam(params, "asOf");
  const hops = Math.min(MAX_HOPS, Math.max(MIN_HOPS, intParam(params, "hops") ?? 1));
  const setParams = (next: { hops?: number; asOf?: number | null }) =>
    navigate(
      href(`/org/${encodeURIComponent(id)}`, {
        hops: next.hops ?? hops,
        asOf: "asOf" in next ? next.asOf : asOf,
      }),
      {
        replace: true,
      },
    );
  const kindOf = useQuery(OrganizationKindQuery, { id });
  const typename = kindOf.data?.organizations[0]?.__typename;
  const page = useQuery(
    OrganizationPageQuery,
    typename
      ? {
          id,
          asOf,
          firm: typename === "Firm",
          university: typename === "University",
          pharmaCompany: typename === "PharmaCompany",
          researchInstitute: typename === "ResearchInstitute",
          publicBody: typename === "PublicBody",
          other: typename === "Other",
        }
      : null,
  );
  const { data } = page;
  const error = kindOf.error ?? page.error;
  const loading = kindOf.loading || page.loading;
  const range = useTimeRange(null);

  if (error) {
    return (
      <main id="main" className="page">
        <h1>Organization not found</h1>
        <p className="error">
          {error.code === "NOT_FOUND" ? `No organization has the id “${id}”.` : error.message}
        </p>
      </main>
    );
  }
  const firm = data?.firms?.[0];
  const org =
    firm ??
    data?.universities?.[0] ??
    data?.pharmaCompanies?.[0] ??
    data?.researchInstitutes?.[0] ??
    data?.publicBodies?.[0] ??
    data?.others?.[0];
  if (!data || !org) {
    return (
      <main id="main" className="page" aria-busy={loading}>
        <p>{loading ? "Loading…" : `No organization has the id “${id}”.`}</p>
      </main>
    );
  }
  const sources: Sources = new Map(data.sources.map((s) => [s.key, s]));
  const cited = new Set<string>();
  const cite = (source: string | null | undefined) => {
    if (source) cited.add(source);
    return <Cite source={source} sources={sources} />;
  };
  const kind = org.__typename;
  const dependency = data.partnerDependency;
  const lineage = [...data.spinOffLineage].sort((a, b) => b.depth - a.depth);
  const acquisitions = [
    ...org.acquiredConnection.edges.map((e) => ({ role: "acquired", edge: e })),
    ...org.acquiredByConnection.edges.map((e) => ({ role: "acquiredBy", edge: e })),
  ];

  return (
    <main id="main" className="page org-page">
      <header className="page-header">
        <p className="kind-badge" style={{ borderColor: kindColour(kind) }}>
          <span className="dot" style={{ backgroundColor: kindColour(kind) }} aria-hidden="true" />
          {kindLabel(kind)}
        </p>
        <h1>{org.name}</h1>
        {org.aliases && org.aliases.length > 0 && (
          <p className="muted">Also known as {org.aliases.join(", ")}</p>
        )}
      </header>

      <div className="columns">
        <section aria-labelledby="facts-title" className="card">
          <h2 id="facts-title">Facts</h2>
          <dl className="facts">
            <Fact term="Kind">
              {kindLabel(kind)}
              {cite(org.source)}
            </Fact>
            {firm?.foundedYear && <Fact term="Founded">{firm.foundedYear}</Fact>}
            {firm?.status && <Fact term="Status">{TEXT[firm.status] ?? firm.status}</Fact>}
            {firm?.businessModel && <Fact term="Business model">{TEXT[firm.businessModel]}</Fact>}
            {firm?.studySample && (
              <Fact term="Study sample">One of the 17 firms of Segers (2015), Table 1</Fact>
            )}
            {firm?.selfSustaining && <Fact term="Self-sustaining">Yes (Segers 2015)</Fact>}
            {org.locatedInConnection.edges.map((e) => (
              <Fact term="Located in" key={e.node.id}>
                <Link href={href(`/region/${encodeURIComponent(e.node.id)}`, { asOf })}>{e.node.name}</Link>
                {e.properties.city ? ` (${e.properties.city})` : ""}
                {cite(e.properties.source)}
              </Fact>
            ))}
            {org.locatedInCountry.map((c) => (
              <Fact term="Country" key={c.id}>
                {c.name}
              </Fact>
            ))}
            {firm && firm.listedOn.length > 0 && (
              <Fact term="Listed on">{firm.listedOn.map((x) => x.name).join(", ")}</Fact>
            )}
            {org.technologyPlatforms.length > 0 && (
              <Fact term="Technology platforms">{org.technologyPlatforms.map((x) => x.name).join(", ")}</Fact>
            )}
            {org.products.length > 0 && (
              <Fact term="Products">{org.products.map((x) => x.name).join(", ")}</Fact>
            )}
            {org.note && <Fact term="Note">{org.note}</Fact>}
          </dl>
        </section>

        <section aria-labelledby="partners-title" className="card">
          <h2 id="partners-title">Partners{asOf !== null ? ` in ${asOf}` : ""}</h2>
          {dependency.partnerCount === 0 ? (
            <p>No alliance is recorded{asOf !== null ? ` as running in ${asOf}` : ""}.</p>
          ) : (
            <>
              <p>
                {dependency.allianceCount} alliance{dependency.allianceCount === 1 ? "" : "s"} with{" "}
                {dependency.partnerCount} partner{dependency.partnerCount === 1 ? "" : "s"}; concentration
                (Herfindahl) {dependency.concentration.toFixed(2)}
                {dependency.concentration >= 0.999 ? ": it depends on a single partner." : "."}
              </p>
              <Bars
                caption="Each partner's share of its alliances"
                bars={dependency.partners.map((p) => ({
                  key: p.partner.id,
                  label: (
                    <OrganizationLink
                      id={p.partner.id}
                      name={p.partner.name}
                      kind={p.partner.__typename}
                      asOf={asOf}
                    />
                  ),
                  share: p.share,
                  detail: p.types.map((t) => t.toLowerCase().replace(/_/g, "-")).join(", "),
                }))}
              />
            </>
          )}
        </section>
      </div>

      <div className="network-with-controls">
        <div className="controls">
          <fieldset className="hops">
            <legend>Ego network</legend>
            <p>
              Within <output data-testid="hops">{hops}</output> step{hops === 1 ? "" : "s"} of {org.name}
            </p>
            <div className="buttons">
              <button
                type="button"
                aria-label="Narrow: one step fewer"
                disabled={hops <= MIN_HOPS}
                onClick={() => setParams({ hops: hops - 1 })}
              >
                −
              </button>
              <button
                type="button"
                aria-label="Widen: one step more"
                disabled={hops >= MAX_HOPS}
                onClick={() => setParams({ hops: hops + 1 })}
              >
                +
              </button>
            </div>
          </fieldset>
          {range && (
            <TimeSlider
              from={range.from}
              to={range.to}
              value={asOf}
              note={range.note}
              onChange={(year) => setParams({ asOf: year })}
            />
          )}
        </div>
        <NetworkPanel asOf={asOf} centerId={id} hops={hops} title={`Ego network of ${org.name}`} />
      </div>

      <div className="columns">
        <section aria-labelledby="lineage-title" className="card">
          <h2 id="lineage-title">Spin-off lineage</h2>
          <ul className="tree" aria-label="Spin-off lineage, from the oldest parent down">
            <LineageTree
              ancestors={lineage.filter((s) => s.depth > 0)}
              self={{ id: org.id, name: org.name, kind }}
              childrenNodes={org.spinOffsConnection.edges}
              asOf={asOf}
            />
          </ul>
          {lineage.length <= 1 && org.spinOffsConnection.edges.length === 0 && (
            <p className="muted">No spin-off relation is recorded for {org.name}.</p>
          )}
        </section>

        <section aria-labelledby="acquisitions-title" className="card">
          <h2 id="acquisitions-title">Acquisitions</h2>
          {acquisitions.length === 0 ? (
            <p className="muted">No acquisition, takeover or divestment is recorded.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Year</th>
                  <th scope="col">What</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {acquisitions.map(({ role, edge }) => {
                  const other = (
                    <OrganizationLink
                      id={edge.node.id}
                      name={edge.node.name}
                      kind={edge.node.__typename}
                      asOf={asOf}
                    />
                  );
                  const what = TEXT[edge.properties.kind] ?? edge.properties.kind;
                  return (
                    <tr key={`${role}-${edge.node.id}-${edge.properties.kind}`}>
                      <td>{edge.properties.year ?? "year not given"}</td>
                      <td>
                        {role === "acquired" ? (
                          <>
                            {org.name} → {other} ({what})
                          </>
                        ) : (
                          <>
                            {other} → {org.name} ({what})
                          </>
                        )}
                        {edge.properties.note ? <div className="muted">{edge.properties.note}</div> : null}
                      </td>
                      <td>{cite(edge.properties.source)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
      </div>

      <section aria-labelledby="sources-title" className="card sources">
        <h2 id="sources-title">Sources</h2>
        <ol>
          {[...cited].sort().map((key) => {
            const s = sources.get(key);
            return (
              <li key={key} id={`source-${key}`}>
                <strong>[{key}]</strong> {s ? s.title : "unknown source"}
                {s?.citation ? `, ${s.citation}` : ""}
                {s?.url ? (
                  <>
                    {" "}
                    <a href={s.url}>{s.url}</a>
                  </>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
    </main>
  );
}

interface TreeNode {
  __typename?: string;
  id: string;
  name: string;
}

interface ChildEdge {
  properties: { year?: number | null };
  node: TreeNode & { spinOffsConnection?: { edges: ChildEdge[] } };
}

function ChildList({ edges, asOf }: { edges: ChildEdge[]; asOf: number | null }) {
  if (edges.length === 0) return null;
  return (
    <ul>
      {edges.map((e) => (
        <li key={e.node.id}>
          <OrganizationLink id={e.node.id} name={e.node.name} kind={e.node.__typename} asOf={asOf} />
          <span className="muted"> spun off{e.properties.year ? ` in ${e.properties.year}` : ""}</span>
          <ChildList edges={e.node.spinOffsConnection?.edges ?? []} asOf={asOf} />
        </li>
      ))}
    </ul>
  );
}

/** Ancestors (oldest first) down to this organization, then its spin-offs and theirs, as nested lists. */
function LineageTree({
  ancestors,
  self,
  childrenNodes,
  asOf,
}: {
  ancestors: { depth: number; year?: number | null; organization: TreeNode }[];
  self: { id: string; name: string; kind: string | undefined };
  childrenNodes: ChildEdge[];
  asOf: number | null;
}) {
  const [first, ...rest] = ancestors;
  if (first) {
    return (
      <li>
        <OrganizationLink
          id={first.organization.id}
          name={first.organization.name}
          kind={first.organization.__typename}
          asOf={asOf}
        />
        <ul>
          <LineageTree ancestors={rest} self={self} childrenNodes={childrenNodes} asOf={asOf} />
        </ul>
      </li>
    );
  }
  return (
    <li>
      <strong className="org-link current" aria-current="page">
        <span className="dot" style={{ backgroundColor: kindColour(self.kind) }} aria-hidden="true" />
        {self.name}
      </strong>
      <ChildList edges={childrenNodes} asOf={asOf} />
    </li>
  );
}
