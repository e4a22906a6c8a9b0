import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useState } from "react";

/**
 * The explorer's whole state lives in the URL (path + query string), so every view is a deep link
 * that can be bookmarked, shared and reloaded. Routes, all below /explore:
 *   /                      home: search and regions
 *   /org/:id?hops&asOf     an organization: facts, partners, lineage, acquisitions, ego network
 *   /path?from&to&asOf     shortest connection between two organizations
 *   /region/:id?asOf       a region: key figures and its alliance network
 */
export const BASE = "/explore";

export type Route =
  | { view: "home" }
  | { view: "org"; id: string }
  | { view: "path" }
  | { view: "region"; id: string }
  | { view: "notFound" };

export interface Location {
  route: Route;
  params: URLSearchParams;
}

export function parseLocation(pathname: string, search: string): Location {
  const path = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(search);
  let route: Route = { view: "notFound" };
  if (parts.length === 0) route = { view: "home" };
  else if (parts[0] === "org" && parts[1] && parts.length === 2) route = { view: "org", id: parts[1] };
  else if (parts[0] === "path" && parts.length === 1) route = { view: "path" };
  else if (parts[0] === "region" && parts[1] && parts.length === 2) route = { view: "region", id: parts[1] };
  return { route, params };
}

/** Builds an explorer URL; params with null/undefined/"" values are left out. */
export function href(path: string, params: Record<string, string | number | null | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, String(value));
  }
  const qs = query.toString();
  return `${BASE}${path}${qs ? `?${qs}` : ""}`;
}

const listeners = new Set<() => void>();

/** Goes to an explorer URL without reloading; `replace` keeps the back button for real moves. */
export function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
  for (const listener of listeners) listener();
}

const readLocation = () => parseLocation(window.location.pathname, window.location.search);

export function useLocation(): Location {
  const [location, setLocation] = useState(readLocation);
  useEffect(() => {
    const update = () => setLocation(readLocation());
    listeners.add(update);
    window.addEventListener("popstate", update);
    return () => {
      listeners.delete(update);
      window.removeEventListener("popstate", update);
    };
  }, []);
  return location;
}

/** A real link (works with the keyboard, middle-click, copy link) that navigates in place. */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { onClick, ...rest } = props;
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(props.href);
    window.scrollTo(0, 0);
  };
  return <a {...rest} href={props.href} onClick={handle} />;
}

/** Reads an integer query parameter, or null when absent or not a number. */
export function intParam(params: URLSearchParams, name: string): number | null {
  const raw = params.get(name);
  if (raw === null || raw === "") return null;
  const value = Number(raw);
  return Number.isInteger(value) ? value : null;
}
