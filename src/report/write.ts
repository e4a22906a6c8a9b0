import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type ReportDocument, toHtml, toMarkdown } from "./document.js";

// The generation date in the subtitle ("… on 2026-11-26 from the graph …"), the only part of a
// report that changes when the graph does not.
const GENERATION_DATE = /on \d{4}-\d{2}-\d{2} from the graph/g;

function withoutDate(text: string): string {
  return text.replace(GENERATION_DATE, "on <date> from the graph");
}

export interface WriteResult {
  written: string[];
  unchanged: string[];
  /** Charts of an earlier run that this report no longer has. */
  removed: string[];
}

/**
 * Writes findings.md, findings.html and charts/*.svg under `out`. A file whose new text differs
 * from the one on disk only by the generation date is left untouched, so re-running the report on
 * an unchanged graph changes nothing in a committed reports/ folder. Charts the report no longer
 * draws (e.g. a flat line now said in a sentence) are removed.
 */
export function writeReport(out: string, doc: ReportDocument): WriteResult {
  const files: [string, string][] = [];
  for (const section of doc.sections) {
    for (const block of section.blocks)
      if (block.kind === "chart") files.push([join("charts", block.chart.file), block.chart.svg]);
  }
  files.push(["findings.md", toMarkdown(doc)], ["findings.html", toHtml(doc)]);
  const result: WriteResult = { written: [], unchanged: [], removed: [] };
  mkdirSync(join(out, "charts"), { recursive: true });
  const charts = new Set(files.map(([name]) => name));
  for (const file of readdirSync(join(out, "charts"))) {
    const name = join("charts", file);
    if (file.endsWith(".svg") && !charts.has(name)) {
      rmSync(join(out, name));
      result.removed.push(name);
    }
  }
  for (const [name, text] of files) {
    const path = join(out, name);
    if (existsSync(path) && withoutDate(readFileSync(path, "utf8")) === withoutDate(text)) {
      result.unchanged.push(name);
    } else {
      writeFileSync(path, text);
      result.written.push(name);
    }
  }
  return result;
}
