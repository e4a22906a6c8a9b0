import { stringify } from "csv-stringify/sync";
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
} from "neo4j-driver";

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/**
 * Turns driver values into plain JSON: integers become numbers (no {low, high}), temporal values
 * ISO strings, nodes {labels, properties}, relationships {type, properties}, paths their segments.
 */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === "bigint") return Number(value);
  if (isNode(value)) return { labels: [...value.labels], properties: toPlain(value.properties) };
  if (isRelationship(value)) return { type: value.type, properties: toPlain(value.properties) };
  if (isPath(value)) {
    return {
      start: toPlain(value.start),
      segments: value.segments.map((s) => ({ relationship: toPlain(s.relationship), end: toPlain(s.end) })),
    };
  }
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isLocalTime(value) ||
    isTime(value) ||
    isDuration(value) ||
    isPoint(value)
  ) {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]),
    );
  }
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

function quote(text: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(text) ? text : `\`${text}\``;
}

/** A compact, Cypher-like text for one value: what a table cell shows. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (isNode(value)) {
    const props = formatCell(toPlain(value.properties));
    return `(:${value.labels.map(quote).join(":")} ${props})`;
  }
  if (isRelationship(value)) return `[:${quote(value.type)} ${formatCell(toPlain(value.properties))}]`;
  if (isPath(value)) {
    let text = formatCell(value.start);
    for (const segment of value.segments) {
      const forward = segment.relationship.startNodeElementId === segment.start.elementId;
      const rel = formatCell(segment.relationship);
      text += forward ? `-${rel}->` : `<-${rel}-`;
      text += formatCell(segment.end);
    }
    return text;
  }
  const plain = toPlain(value);
  return formatPlain(plain, true);
}

function formatPlain(value: Plain, top: boolean): string {
  if (value === null) return top ? "" : "null";
  if (typeof value === "string") return top ? value : `'${value.replace(/'/g, "\\'")}'`;
  if (typeof value === "number")
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => formatPlain(v, false)).join(", ")}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `${quote(k)}: ${formatPlain(v, false)}`)
    .join(", ")}}`;
}

export type OutputFormat = "table" | "csv" | "json";

/**
 * Renders rows as an aligned text table, CSV (header + rows) or JSON (an array of row objects).
 * Table cells longer than `maxCellWidth` are cut with an ellipsis (CSV and JSON are never cut).
 */
export function renderRows(
  rows: Record<string, unknown>[],
  columns: string[],
  format: OutputFormat,
  maxCellWidth = Number.POSITIVE_INFINITY,
): string {
  if (format === "json") {
    return `${JSON.stringify(
      rows.map((row) => Object.fromEntries(columns.map((c) => [c, toPlain(row[c])]))),
      null,
      2,
    )}\n`;
  }
  if (format === "csv") {
    const cell = (v: unknown) => {
      const plain = toPlain(v);
      return plain !== null && typeof plain === "object" ? JSON.stringify(plain) : (plain ?? "");
    };
    return stringify([columns, ...rows.map((row) => columns.map((c) => cell(row[c])))]);
  }
  const cut = (text: string) =>
    text.length > maxCellWidth ? `${text.slice(0, Math.max(1, maxCellWidth - 1))}…` : text;
  const cells = rows.map((row) => columns.map((c) => cut(formatCell(row[c]))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join(" | ")
      .trimEnd();
  const out = [line(columns), widths.map((w) => "-".repeat(w)).join("-+-"), ...cells.map(line)];
  out.push(`(${rows.length} row${rows.length === 1 ? "" : "s"})`);
  return `${out.join("\n")}\n`;
}
