import { readable } from "./format.js";

/** A small document model, rendered both to Markdown and to self-contained HTML. */
export interface Table {
  columns: string[];
  rows: (string | number | boolean | null)[][];
}

export interface Chart {
  /** File name under reports/charts/ (Markdown links to it; HTML inlines the SVG). */
  file: string;
  svg: string;
  caption: string;
}

export type Block =
  | { kind: "p"; text: string }
  | { kind: "table"; table: Table }
  | { kind: "chart"; chart: Chart };

export interface Section {
  heading: string;
  blocks: Block[];
}

export interface ReportDocument {
  title: string;
  subtitle: string;
  sections: Section[];
}

function cellText(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value === "number") return readable(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

export function toMarkdown(doc: ReportDocument): string {
  const out = [`# ${doc.title}`, "", doc.subtitle, ""];
  for (const section of doc.sections) {
    out.push(`## ${section.heading}`, "");
    for (const block of section.blocks) {
      if (block.kind === "p") out.push(block.text, "");
      else if (block.kind === "chart")
        out.push(`![${block.chart.caption}](charts/${block.chart.file})`, "", `*${block.chart.caption}*`, "");
      else {
        const { columns, rows } = block.table;
        out.push(`| ${columns.join(" | ")} |`, `|${columns.map(() => "---").join("|")}|`);
        for (const row of rows)
          out.push(`| ${row.map((v) => cellText(v).replace(/\|/g, "\\|")).join(" | ")} |`);
        out.push("");
      }
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Markdown-ish inline markup in paragraphs: **bold** and `code`. */
function inline(text: string): string {
  return esc(text)
    .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
    .replace(/`(.+?)`/g, "<code>$1</code>");
}

export function toHtml(doc: ReportDocument): string {
  const body: string[] = [`<h1>${esc(doc.title)}</h1>`, `<p class="subtitle">${inline(doc.subtitle)}</p>`];
  for (const section of doc.sections) {
    body.push(`<h2>${esc(section.heading)}</h2>`);
    for (const block of section.blocks) {
      if (block.kind === "p") body.push(`<p>${inline(block.text)}</p>`);
      else if (block.kind === "chart")
        body.push(`<figure>${block.chart.svg}<figcaption>${esc(block.chart.caption)}</figcaption></figure>`);
      else {
        const { columns, rows } = block.table;
        body.push(
          `<table><thead><tr>${columns.map((c) => `<th>${esc(c)}</th>`).join("")}</tr></thead><tbody>${rows
            .map((r) => `<tr>${r.map((v) => `<td>${esc(cellText(v))}</td>`).join("")}</tr>`)
            .join("")}</tbody></table>`,
        );
      }
    }
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(doc.title)}</title>
<style>
  body { font-family: Helvetica, Arial, sans-serif; max-width: 960px; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.45; }
  table { border-collapse: collapse; margin: 1em 0; font-size: 14px; }
  th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }
  th { background: #f3f3f3; }
  figure { margin: 1.5em 0; } figure svg { max-width: 100%; height: auto; } figcaption { font-size: 13px; color: #555; }
  .subtitle { color: #555; } code { background: #f3f3f3; padding: 0 3px; }
</style>
</head>
<body>
${body.join("\n")}
</body>
</html>
`;
}
