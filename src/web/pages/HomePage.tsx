import { RegionsQuery } from "../api/queries";
import { useQuery } from "../api/use-query";
import { NetworkPanel } from "../components/NetworkPanel";
import { SearchBox } from "../components/SearchBox";
import { href, Link, navigate } from "../router";

export function HomePage() {
  const regions = useQuery(RegionsQuery, {});
  return (
    <main id="main" className="page home">
      <h1>Explore the ecosystem</h1>
      <p>
        Organizations of the innovation ecosystem, their alliances, spin-offs and acquisitions, each fact with
        its source. Search an organization, follow its partners, widen its network step by step, replay it
        year by year, or find how two organizations are connected.
      </p>
      <SearchBox
        label="Search an organization"
        placeholder="Name or alias, e.g. Ablynx"
        autoFocus
        onPick={(o) => navigate(href(`/org/${encodeURIComponent(o.id)}`))}
      />
      <div className="columns">
        <section className="card" aria-labelledby="regions-title">
          <h2 id="regions-title">Regions</h2>
          {regions.error && <p className="error">{regions.error.message}</p>}
          <ul>
            {(regions.data?.regions ?? []).map((r) => (
              <li key={r.id}>
                <Link href={href(`/region/${encodeURIComponent(r.id)}`)}>{r.name}</Link>
                {r.country ? <span className="muted"> ({r.country.name})</span> : null}
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="paths-title">
          <h2 id="paths-title">Connections</h2>
          <p>
            <Link href={href("/path")}>Find the shortest connection</Link> between two organizations, through
            alliances, spin-offs, acquisitions and subsidiaries.
          </p>
        </section>
      </div>
      <NetworkPanel asOf={null} title="The whole alliance network" />
    </main>
  );
}
