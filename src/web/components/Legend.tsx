import { KINDS, type Kind } from "../kinds";

/** Colour legend for the kinds present in a view (all kinds when none are given). */
export function Legend({ kinds, extra }: { kinds?: string[]; extra?: { colour: string; label: string }[] }) {
  const shown = (Object.keys(KINDS) as Kind[]).filter((k) => !kinds || kinds.includes(k));
  if (shown.length === 0 && !extra?.length) return null;
  return (
    <ul className="legend" aria-label="Legend">
      {shown.map((kind) => (
        <li key={kind}>
          <span className="swatch" style={{ backgroundColor: KINDS[kind].colour }} aria-hidden="true" />
          {KINDS[kind].label}
        </li>
      ))}
      {extra?.map((item) => (
        <li key={item.label}>
          <span className="swatch line" style={{ backgroundColor: item.colour }} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
