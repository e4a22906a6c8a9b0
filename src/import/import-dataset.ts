import type { Database } from "../db/database.js";
import { DatasetInvalidError } from "../errors/app-errors.js";
import { validateDataset } from "./validate.js";
import { type WriteReport, writeDataset } from "./write.js";

export interface ImportReport extends WriteReport {
  dir: string;
  nodeCount: number;
  relationshipCount: number;
  sourceCount: number;
}

/** Validates everything first, then writes all of it in one transaction (or nothing). */
export async function importDataset(db: Database, dir: string): Promise<ImportReport> {
  const { dataset, issues } = validateDataset(dir);
  if (!dataset) throw new DatasetInvalidError(issues);
  const written = await writeDataset(db, dataset);
  return {
    dir,
    nodeCount: dataset.nodes.length,
    relationshipCount: dataset.relationships.length,
    sourceCount: dataset.sources.size,
    ...written,
  };
}

export function formatReport(report: ImportReport): string {
  const created = (list: { created: number }[]) => list.reduce((sum, c) => sum + c.created, 0);
  const total = report.nodeCount + report.sourceCount;
  const lines = [
    `Imported ${report.dir}: ${report.nodeCount} nodes, ${report.relationshipCount} relationships, ${report.sourceCount} sources.`,
    `  created ${created(report.nodes)} nodes (sources included) and ${created(report.relationships)} relationships; ` +
      `${total - created(report.nodes)} nodes and ${report.relationshipCount - created(report.relationships)} relationships already existed and were updated in place.`,
    ...report.nodes.map((c) => `  (:${c.what})  rows ${c.rows}, created ${c.created}`),
    ...report.relationships.map((c) => `  ${c.what}  rows ${c.rows}, created ${c.created}`),
  ];
  return lines.join("\n");
}
