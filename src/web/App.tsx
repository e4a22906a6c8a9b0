import { useEffect } from "react";
import { SearchBox } from "./components/SearchBox";
import { HomePage } from "./pages/HomePage";
import { OrganizationPage } from "./pages/OrganizationPage";
import { PathPage } from "./pages/PathPage";
import { RegionPage } from "./pages/RegionPage";
import { href, Link, navigate, useLocation } from "./router";

export function App() {
  const { route, params } = useLocation();
  useEffect(() => {
    document.title = `${route.view === "org" ? `${route.id} · ` : route.view === "path" ? "Path finder · " : ""}Ecosystem explorer`;
  }, [route]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link href={href("/")} className="brand">
          Ecosystem explorer
        </Link>
        <nav aria-label="Main">
          <Link href={href("/")}>Regions</Link>
          <Link href={href("/path")}>Path finder</Link>
          <a href="/">GraphQL playground</a>
        </nav>
        {route.view !== "home" && (
          <div className="header-search">
            <SearchBox
              label="Search"
              hideLabel
              placeholder="Organization name"
              onPick={(o) => navigate(href(`/org/${encodeURIComponent(o.id)}`))}
            />
          </div>
        )}
      </header>
      {route.view === "home" && <HomePage />}
      {route.view === "org" && <OrganizationPage key={route.id} id={route.id} params={params} />}
      {route.view === "path" && <PathPage params={params} />}
      {route.view === "region" && <RegionPage key={route.id} id={route.id} params={params} />}
      {route.view === "notFound" && (
        <main id="main" className="page">
          <h1>Page not found</h1>
          <p>
            <Link href={href("/")}>Back to the explorer's start page</Link>
          </p>
        </main>
      )}
    </>
  );
}
