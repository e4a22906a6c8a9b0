import { RegionPageQuery } from "../api/queries";
import { useQuery } from "../api/use-query";
import { NetworkPanel } from "../components/NetworkPanel";
import { OrganizationLink } from "../components/OrganizationLink";
import { TimeSlider } from "../components/TimeSlider";
import { useTimeRange } from "../components/useTimeRange";
import { href, intParam, navigate } from "../router";

/** A region: its key figures (ecosystemSummary) and its organizations' alliance network over time. */
export function RegionPage({ id, params }: { id: string; params: URLSearchParams }) {
  const asOf = intParam(params, "asOf");
  const { data, error, loading } = useQuery(RegionPageQuery, { regionId: id, asOf });
  const range = useTimeRange(id);
  if (error) {
    return (
      <main id="main" className="page">
        <h1>Region not found</h1>
        <p className="error">
          {error.code === "NOT_FOUND" ? `No region has the id “${id}”.` : error.message}
        </p>
      </main>
    );
  }
  const region = data?.regions[0];
  const summary = data?.ecosystemSummary;
  if (!region || !summary) {
    return (
      <main id="main" className="page" aria-busy={loading}>
        <p>Loading…</p>
      </main>
    );
  }
  return (
    <main id="main" className="page">
      <header className="page-header">
        <p className="kind-badge">Region{region.country ? ` of ${region.country.name}` : ""}</p>
        <h1>{region.name}</h1>
      </header>
      <div className="columns">
        <section className="card" aria-labelledby="figures-title">
          <h2 id="figures-title">Key figures{asOf !== null ? ` in ${asOf}` : ""}</h2>
          <dl className="figures">
            <dt>Biotech firms</dt>
            <dd>{summary.firmCount}</dd>
            <dt>Universities and institutes</dt>
            <dd>{summary.universityCount}</dd>
            <dt>Pharma, chemical or diagnostics companies</dt>
            <dd>{summary.pharmaCompanyCount}</dd>
            <dt>Alliances</dt>
            <dd>
              {summary.allianceCount}
              {summary.alliancesByType.length > 0 &&
                ` (${summary.alliancesByType.map((t) => `${t.count} ${t.type.toLowerCase().replace(/_/g, "-")}`).join(", ")})`}
            </dd>
            <dt>Acquisitions</dt>
            <dd>{summary.acquisitionCount}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="hubs-title">
          <h2 id="hubs-title">Partners most firms depend on</h2>
          {summary.topPartners.length === 0 ? (
            <p className="muted">No partner is shared.</p>
          ) : (
            <ol>
              {summary.topPartners.map((p) => (
                <li key={p.partner.id}>
                  <OrganizationLink
                    id={p.partner.id}
                    name={p.partner.name}
                    kind={p.partner.__typename}
                    asOf={asOf}
                  />{" "}
                  <span className="muted">
                    {p.dependentFirmCount} firm{p.dependentFirmCount === 1 ? "" : "s"}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
      <div className="network-with-controls">
        <div className="controls">
          {range && (
            <TimeSlider
              from={range.from}
              to={range.to}
              value={asOf}
              note={range.note}
              onChange={(year) =>
                navigate(href(`/region/${encodeURIComponent(id)}`, { asOf: year }), { replace: true })
              }
            />
          )}
        </div>
        <NetworkPanel asOf={asOf} regionId={id} title={`Alliances among organizations in ${region.name}`} />
      </div>
    </main>
  );
}
