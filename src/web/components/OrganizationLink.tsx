import { kindColour } from "../kinds";
import { href, Link } from "../router";

/** An organization's name with its kind's colour dot, linking to its page (keeping the year). */
export function OrganizationLink({
  id,
  name,
  kind,
  asOf,
}: {
  id: string;
  name: string;
  kind?: string | null | undefined;
  asOf?: number | null | undefined;
}) {
  return (
    <Link href={href(`/org/${encodeURIComponent(id)}`, { asOf })} className="org-link">
      <span className="dot" style={{ backgroundColor: kindColour(kind) }} aria-hidden="true" />
      {name}
    </Link>
  );
}
