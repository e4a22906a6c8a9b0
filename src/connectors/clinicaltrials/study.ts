import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { DatasetInvalidError, type DatasetIssue } from "../../errors/app-errors.js";

/**
 * The parts of a ClinicalTrials.gov API v2 study record the connector reads
 * (https://clinicaltrials.gov/data-api/api: `protocolSection.identificationModule`, `statusModule`,
 * `sponsorCollaboratorsModule`, `conditionsModule`, `designModule`, `contactsLocationsModule`).
 * Unknown fields are ignored, as the API adds fields over time.
 */
const partialDate = z.object({
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD"),
});
const agency = z.object({ name: z.string().trim().min(1, "is required"), class: z.string().optional() });

export const studySchema = z.object({
  protocolSection: z.object({
    identificationModule: z.object({
      nctId: z.string().regex(/^NCT\d{8}$/, "must be an NCT number such as NCT01234567"),
      briefTitle: z.string().optional(),
      officialTitle: z.string().optional(),
    }),
    statusModule: z
      .object({
        overallStatus: z.string().optional(),
        startDate: partialDate.optional(),
        completionDate: partialDate.optional(),
      })
      .optional(),
    sponsorCollaboratorsModule: z.object({
      leadSponsor: agency,
      collaborators: z.array(agency).optional(),
    }),
    conditionsModule: z.object({ conditions: z.array(z.string()).optional() }).optional(),
    designModule: z.object({ phases: z.array(z.string()).optional() }).optional(),
    contactsLocationsModule: z
      .object({
        locations: z
          .array(
            z.object({
              facility: z.string().optional(),
              city: z.string().optional(),
              country: z.string().optional(),
            }),
          )
          .optional(),
      })
      .optional(),
  }),
});

export type Study = z.infer<typeof studySchema>;

export interface StudyFile {
  file: string;
  studies: Study[];
  nextPageToken?: string;
}

/** One API v2 response or record: a single study, or a list page `{ studies: [...], nextPageToken }`. */
export function parseStudyJson(file: string, text: string, issues: DatasetIssue[]): StudyFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    issues.push({ file, message: `is not valid JSON: ${(error as Error).message}` });
    return { file, studies: [] };
  }
  const page = json as { studies?: unknown; nextPageToken?: unknown; protocolSection?: unknown };
  const records: unknown[] = Array.isArray(page.studies) ? page.studies : page.protocolSection ? [json] : [];
  if (!Array.isArray(page.studies) && !page.protocolSection) {
    issues.push({ file, message: "is neither a study (protocolSection) nor a list response (studies)" });
  }
  const studies: Study[] = [];
  records.forEach((record, index) => {
    const result = studySchema.safeParse(record);
    if (result.success) studies.push(result.data);
    else
      for (const issue of result.error.issues)
        issues.push({
          file,
          field: `${Array.isArray(page.studies) ? `studies[${index}].` : ""}${issue.path.join(".")}`,
          message: issue.message,
        });
  });
  return {
    file,
    studies,
    nextPageToken: typeof page.nextPageToken === "string" ? page.nextPageToken : undefined,
  };
}

/** Reads a file, or every `.json` file of a folder (sorted, so runs are reproducible). All-or-nothing. */
export function readStudies(path: string): { studies: Study[]; files: string[] } {
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => join(path, f))
    : [path];
  const issues: DatasetIssue[] = [];
  if (files.length === 0) issues.push({ file: path, message: "holds no .json files" });
  const studies = files.flatMap((file) => parseStudyJson(file, readFileSync(file, "utf8"), issues).studies);
  if (issues.length > 0) throw new DatasetInvalidError(issues);
  return { studies, files };
}

export const yearOf = (date: { date: string } | undefined): number | undefined =>
  date ? Number(date.date.slice(0, 4)) : undefined;
