import { loadQuery } from "../cypher/library.js";
import { runQuery } from "../cypher/run-query.js";
import type { Database } from "../db/database.js";
import type { Section } from "./document.js";
import { lineChart } from "./svg.js";

interface SourceSummary {
  origin: "ctgov" | "cordis";
  records: number;
  firstYear: number | null;
  lastYear: number | null;
  undated: number;
  organizations: number;
  byKind: { kind: string; count: number }[];
  ties: number;
  testRecords: number;
}

const LABELS = {
  ctgov: {
    heading: "Open data: ClinicalTrials.gov",
    records: "clinical studies",
    ties: "CO_DEVELOPMENT ties (one per lead sponsor–collaborator pair, dated by the earliest study)",
  },
  cordis: {
    heading: "Open data: CORDIS (EU research projects)",
    records: "EU-funded projects",
    ties: "RESEARCH_COLLABORATION ties (one per pair of co-participants, dated by the earliest project)",
  },
} as const;

/**
 * One report section per open-data source present in the graph (none on the seed alone): what
 * was loaded, by kind, and how its ties grew year by year. Every figure is queried when the report
 * is generated.
 */
export async function openDataSections(db: Database): Promise<Section[]> {
  const summaries = await runQuery<SourceSummary & Record<string, unknown>>(
    db,
    loadQuery("open-data-summary"),
  );
  const growth = await runQuery<{ origin: string; year: number; ties: number }>(
    db,
    loadQuery("open-data-ties-by-year"),
  );
  return summaries.map((s) => {
    const labels = LABELS[s.origin];
    const points = growth.filter((g) => g.origin === s.origin);
    const series = points.map((g, i) => ({
      x: g.year,
      y: points.slice(0, i + 1).reduce((sum, p) => sum + p.ties, 0),
    }));
    return {
      heading: labels.heading,
      blocks: [
        ...(s.testRecords > 0
          ? [
              {
                kind: "p" as const,
                text: `**Test data:** ${s.testRecords} of these ${s.records} records come from hand-written test fixtures (marked TEST DATA); they describe no real study, project or deal.`,
              },
            ]
          : []),
        {
          kind: "p",
          text: `${s.records} ${labels.records}${s.firstYear !== null ? ` starting ${s.firstYear}–${s.lastYear}` : ""}${s.undated ? ` (${s.undated} without a start date)` : ""}, linking ${s.organizations} organizations; ${s.ties} ${labels.ties}.`,
        },
        {
          kind: "table",
          table: {
            columns: ["kind", "organizations"],
            rows: [...s.byKind]
              .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind))
              .map((k) => [k.kind, k.count]),
          },
        },
        ...(series.length > 1
          ? [
              {
                kind: "chart" as const,
                chart: {
                  file: `open-data-${s.origin}-ties.svg`,
                  svg: lineChart(`${labels.heading}: ties by year (cumulative)`, series, { yLabel: "ties" }),
                  caption: `Cumulative ${s.origin === "ctgov" ? "co-development" : "research collaboration"} ties by the year of their earliest evidence.`,
                },
              },
            ]
          : []),
      ],
    };
  });
}
