import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { BadInputError } from "../../errors/app-errors.js";
import type { Override, Resolution } from "./types.js";

export const OVERRIDE_COLUMNS = ["name", "targetId", "decision", "note"] as const;

/**
 * Reads the reviewer's overrides (CSV: name,targetId,decision[,note]; decision `same` or
 * `different`). A missing file means no overrides; a malformed one is refused with its line.
 */
export function readOverrides(file: string | undefined): Override[] {
  if (!file || !existsSync(file)) return [];
  const records = parse(readFileSync(file, "utf8"), {
    bom: true,
    columns: true,
    skip_empty_lines: true,
    trim: true,
    comment: "#",
    info: true,
  }) as unknown as { record: Record<string, string>; info: { lines: number } }[];
  return records.map(({ record, info }) => {
    const where = `${file} line ${info.lines}`;
    for (const column of ["name", "targetId", "decision"])
      if (!record[column]) throw new BadInputError(`${where}: '${column}' is required`);
    if (record.decision !== "same" && record.decision !== "different")
      throw new BadInputError(`${where}: decision must be 'same' or 'different', not '${record.decision}'`);
    return {
      name: record.name as string,
      targetId: record.targetId as string,
      decision: record.decision,
      line: info.lines,
    };
  });
}

export interface MatchRow {
  name: string;
  source: string;
  decision: "merged" | "review";
  id: string;
  candidateId: string;
  candidateName: string;
  score: number;
  rule: string;
  evidence: string;
}

export const MATCH_COLUMNS: (keyof MatchRow)[] = [
  "decision",
  "name",
  "source",
  "id",
  "candidateId",
  "candidateName",
  "score",
  "rule",
  "evidence",
];

/**
 * The rows of matches.csv for one resolution: a merge made by a scored rule (`merged`: check it),
 * and every candidate left below the threshold (`review`: the mention became `id`, a new organization).
 * Deterministic merges (identifier, override, exact name) are not listed.
 */
export function matchRows(name: string, source: string, resolution: Resolution): MatchRow[] {
  const rows: MatchRow[] = [];
  if (resolution.rule === "name+descriptors" || resolution.rule === "fuzzy") {
    rows.push({
      name,
      source,
      decision: "merged",
      id: resolution.id,
      candidateId: resolution.id,
      candidateName: "",
      score: resolution.score,
      rule: resolution.rule,
      evidence: resolution.evidence,
    });
  }
  for (const c of resolution.candidates) {
    rows.push({
      name,
      source,
      decision: "review",
      id: resolution.id,
      candidateId: c.id,
      candidateName: c.name,
      score: c.score,
      rule: "candidate",
      evidence: c.evidence,
    });
  }
  return rows;
}

export function writeMatches(file: string, rows: MatchRow[]): void {
  const seen = new Set<string>();
  const unique = rows.filter((r) => {
    const key = `${r.decision}|${r.name}|${r.candidateId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  writeFileSync(file, stringify([MATCH_COLUMNS, ...unique.map((r) => MATCH_COLUMNS.map((c) => r[c]))]));
}
