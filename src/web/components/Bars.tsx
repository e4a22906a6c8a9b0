import type { ReactNode } from "react";

export interface Bar {
  key: string;
  label: ReactNode;
  /** 0–1 */
  share: number;
  detail?: string;
}

/** Horizontal bars for shares (partners' share of an organization's alliances). */
export function Bars({ bars, caption }: { bars: Bar[]; caption: string }) {
  return (
    <table className="bars">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Partner</th>
          <th scope="col">Share of alliances</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.key}>
            <th scope="row">{bar.label}</th>
            <td>
              <span className="bar-track" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${Math.round(bar.share * 100)}%` }} />
              </span>
              <span className="bar-value">
                {Math.round(bar.share * 100)} %{bar.detail ? ` · ${bar.detail}` : ""}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
