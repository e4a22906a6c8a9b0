import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { DatasetInvalidError, type DatasetIssue } from "../../errors/app-errors.js";

/**
 * CORDIS Horizon 2020 / Horizon Europe bulk files as published on data.europa.eu ("CORDIS – EU
 * research projects under Horizon 2020 / Horizon Europe", CSV): `project.csv` and
 * `organization.csv`, semicolon-separated, double-quoted, UTF-8 with or without a BOM, amounts with
 * a decimal comma or point. Only the columns below are read; others are ignored.
 */
export interface CordisProject {
  line: number;
  id: string;
  acronym?: string;
  status?: string;
  title?: string;
  startDate?: string;
  endDate?: string;
  totalCost?: number;
  ecMaxContribution?: number;
  frameworkProgramme?: string;
  fundingScheme?: string;
}

export interface CordisParticipant {
  line: number;
  projectID: string;
  organisationID?: string;
  vatNumber?: string;
  name: string;
  shortName?: string;
  sme?: boolean;
  activityType?: string;
  city?: string;
  country?: string;
  nutsCode?: string;
  role?: string;
  ecContribution?: number;
}

const PROJECT_COLUMNS = ["id", "title", "startDate"];
const ORGANIZATION_COLUMNS = ["projectID", "name", "activityType", "role"];

/** "1234567,5", "1234567.5", "1.234.567,50" and "1,234,567.50" are all 1234567.5. */
export function parseAmount(text: string): number | undefined {
  const t = text.trim().replace(/\s/g, "");
  if (t === "") return undefined;
  const normalized =
    /,\d{1,2}$/.test(t) || (/,/.test(t) && !/\./.test(t) && !/,\d{3}$/.test(t))
      ? t.replace(/\./g, "").replace(",", ".")
      : t.replace(/,/g, "");
  const value = Number(normalized);
  return Number.isFinite(value) ? value : Number.NaN;
}

function readRows(dir: string, file: string, required: string[], issues: DatasetIssue[]) {
  const path = join(dir, file);
  if (!existsSync(path)) {
    issues.push({
      file: path,
      message: "is missing (a CORDIS folder holds project.csv and organization.csv)",
    });
    return [];
  }
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(readFileSync(path, "utf8"), {
      bom: true,
      delimiter: ";",
      columns: (header: string[]) => header.map((h) => h.trim()),
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof records;
  } catch (error) {
    const err = error as { message?: string; lines?: number };
    issues.push({ file: path, line: err.lines, message: `is not valid CSV: ${err.message}` });
    return [];
  }
  const header = Object.keys(records[0]?.record ?? {});
  const missing = required.filter((c) => records.length > 0 && !header.includes(c));
  for (const column of missing)
    issues.push({ file: path, line: 1, field: column, message: "required column is missing" });
  if (missing.length > 0) return [];
  return records.map(({ record, info }) => ({ path, line: info.lines, cells: record }));
}

export function readCordis(dir: string): { projects: CordisProject[]; participants: CordisParticipant[] } {
  const issues: DatasetIssue[] = [];
  const cell = (cells: Record<string, string>, column: string) => {
    const value = cells[column]?.trim();
    return value === undefined || value === "" ? undefined : value;
  };
  const amount = (path: string, line: number, cells: Record<string, string>, column: string) => {
    const value = parseAmount(cells[column] ?? "");
    if (Number.isNaN(value)) {
      issues.push({ file: path, line, field: column, message: `'${cells[column]}' is not an amount` });
      return undefined;
    }
    return value;
  };
  const date = (path: string, line: number, cells: Record<string, string>, column: string) => {
    const value = cell(cells, column);
    if (value && !/^\d{4}-\d{2}-\d{2}/.test(value))
      issues.push({ file: path, line, field: column, message: `'${value}' is not a date (YYYY-MM-DD)` });
    return value;
  };

  const projects: CordisProject[] = [];
  const projectIds = new Set<string>();
  for (const { path, line, cells } of readRows(dir, "project.csv", PROJECT_COLUMNS, issues)) {
    const id = cell(cells, "id");
    if (!id) {
      issues.push({ file: path, line, field: "id", message: "is required" });
      continue;
    }
    if (projectIds.has(id))
      issues.push({ file: path, line, field: "id", message: `duplicate project id '${id}'` });
    projectIds.add(id);
    projects.push({
      line,
      id,
      acronym: cell(cells, "acronym"),
      status: cell(cells, "status"),
      title: cell(cells, "title"),
      startDate: date(path, line, cells, "startDate"),
      endDate: date(path, line, cells, "endDate"),
      totalCost: amount(path, line, cells, "totalCost"),
      ecMaxContribution: amount(path, line, cells, "ecMaxContribution"),
      frameworkProgramme: cell(cells, "frameworkProgramme"),
      fundingScheme: cell(cells, "fundingScheme"),
    });
  }

  const participants: CordisParticipant[] = [];
  for (const { path, line, cells } of readRows(dir, "organization.csv", ORGANIZATION_COLUMNS, issues)) {
    const projectID = cell(cells, "projectID");
    const name = cell(cells, "name");
    if (!projectID || !projectIds.has(projectID)) {
      issues.push({
        file: path,
        line,
        field: "projectID",
        message: `'${projectID ?? ""}' is not a project in project.csv`,
      });
      continue;
    }
    if (!name) {
      issues.push({ file: path, line, field: "name", message: "is required" });
      continue;
    }
    const sme = cell(cells, "SME")?.toLowerCase();
    participants.push({
      line,
      projectID,
      organisationID: cell(cells, "organisationID"),
      vatNumber: cell(cells, "vatNumber"),
      name,
      shortName: cell(cells, "shortName"),
      sme: sme === "true" ? true : sme === "false" ? false : undefined,
      activityType: cell(cells, "activityType"),
      city: cell(cells, "city"),
      country: cell(cells, "country"),
      nutsCode: cell(cells, "nutsCode"),
      role: cell(cells, "role"),
      ecContribution: amount(path, line, cells, "ecContribution"),
    });
  }
  if (issues.length > 0) throw new DatasetInvalidError(issues);
  return { projects, participants };
}
