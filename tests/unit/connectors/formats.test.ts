import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fetchStudyPages } from "../../../src/connectors/clinicaltrials/fetch.js";
import { readStudies } from "../../../src/connectors/clinicaltrials/study.js";
import { parseAmount, readCordis } from "../../../src/connectors/cordis/files.js";
import { kindFromCordisActivity, kindFromCtgovClass } from "../../../src/connectors/kinds.js";
import { nutsChain } from "../../../src/connectors/nuts/nuts.js";
import { DatasetInvalidError } from "../../../src/errors/app-errors.js";

const fixtures = join(import.meta.dirname, "..", "..", "fixtures", "connectors");
const temp = () => mkdtempSync(join(tmpdir(), "formats-"));

describe("ClinicalTrials.gov API v2 files", () => {
  it("reads list pages and single-study files from a folder", () => {
    const { studies, files } = readStudies(join(fixtures, "clinicaltrials"));
    expect(files).toHaveLength(4);
    expect(studies).toHaveLength(32);
    expect(new Set(studies.map((s) => s.protocolSection.identificationModule.nctId)).size).toBe(32);
  });

  it("names the file and field of a bad record, and reads nothing", () => {
    const dir = temp();
    writeFileSync(
      join(dir, "a.json"),
      JSON.stringify({ studies: [{ protocolSection: { identificationModule: { nctId: "NCT1" } } }] }),
    );
    writeFileSync(join(dir, "b.json"), "{ not json");
    try {
      readStudies(dir);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetInvalidError);
      const issues = (error as DatasetInvalidError).issues;
      expect(issues).toContainEqual({
        file: join(dir, "a.json"),
        field: "studies[0].protocolSection.identificationModule.nctId",
        message: "must be an NCT number such as NCT01234567",
      });
      expect(
        issues.some((i) => i.file === join(dir, "a.json") && i.field?.endsWith("sponsorCollaboratorsModule")),
      ).toBe(true);
      expect(
        issues.some((i) => i.file === join(dir, "b.json") && i.message.startsWith("is not valid JSON")),
      ).toBe(true);
    }
  });

  it("--query pages through recorded API responses, politely, and saves every page", async () => {
    const pages: Record<string, string> = {
      "": readFileSync(join(fixtures, "clinicaltrials-recorded", "response-1.json"), "utf8"),
      "RECORDED-TOKEN-2": readFileSync(join(fixtures, "clinicaltrials-recorded", "response-2.json"), "utf8"),
    };
    const requests: URL[] = [];
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      requests.push(url);
      const body = pages[url.searchParams.get("pageToken") ?? ""];
      res.writeHead(body ? 200 : 404, { "content-type": "application/json" }).end(body ?? "{}");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const sleeps: number[] = [];
    try {
      const saveDir = temp();
      const files = await fetchStudyPages({
        baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2/studies`,
        condition: "Myasthenia Gravis",
        location: "Belgium",
        pageSize: 2,
        minIntervalMs: 1234,
        sleep: async (ms) => {
          sleeps.push(ms);
        },
        saveDir,
      });
      expect(files.map((f) => f.slice(saveDir.length + 1))).toEqual(["page-0001.json", "page-0002.json"]);
      expect(
        requests.map((u) => [
          u.searchParams.get("query.cond"),
          u.searchParams.get("query.locn"),
          u.searchParams.get("pageSize"),
          u.searchParams.get("pageToken"),
        ]),
      ).toEqual([
        ["Myasthenia Gravis", "Belgium", "2", null],
        ["Myasthenia Gravis", "Belgium", "2", "RECORDED-TOKEN-2"],
      ]);
      // One pause between the two requests, none before the first.
      expect(sleeps).toEqual([1234]);
      const { studies } = readStudies(saveDir);
      expect(studies.map((s) => s.protocolSection.identificationModule.nctId)).toEqual([
        "NCT99000101",
        "NCT99000102",
        "NCT99000103",
      ]);
    } finally {
      server.close();
    }
  });
});

describe("CORDIS files", () => {
  it("reads project.csv (with a BOM) and organization.csv, amounts with a decimal comma or point", () => {
    const { projects, participants } = readCordis(join(fixtures, "cordis"));
    expect(projects).toHaveLength(22);
    expect(projects[0]).toMatchObject({ id: "990000001", acronym: "FIXBIOMARK", totalCost: 4999875.5 });
    expect(participants.find((p) => p.name === "FIXTURE PATIENT ADVOCACY ASBL")?.nutsCode).toBeUndefined();
    expect(parseAmount("1234567,5")).toBe(1234567.5);
    expect(parseAmount("1234567.50")).toBe(1234567.5);
    expect(parseAmount("1.234.567,50")).toBe(1234567.5);
    expect(parseAmount("1,234,567.50")).toBe(1234567.5);
    expect(parseAmount("")).toBeUndefined();
    expect(parseAmount("a lot")).toBeNaN();
  });

  it("refuses bad files with file, line and field", () => {
    const dir = temp();
    writeFileSync(join(dir, "project.csv"), 'id;acronym;title;startDate\n1;"A";"T";2014-13\n');
    writeFileSync(
      join(dir, "organization.csv"),
      'projectID;name;activityType;role;ecContribution\n1;"X";PRC;participant;"12,5"\n2;"Y";PRC;participant;lots\n',
    );
    try {
      readCordis(dir);
      expect.unreachable();
    } catch (error) {
      expect((error as DatasetInvalidError).issues).toEqual([
        {
          file: join(dir, "project.csv"),
          line: 2,
          field: "startDate",
          message: "'2014-13' is not a date (YYYY-MM-DD)",
        },
        {
          file: join(dir, "organization.csv"),
          line: 3,
          field: "projectID",
          message: "'2' is not a project in project.csv",
        },
      ]);
    }
  });
});

describe("kinds and regions", () => {
  it("maps ClinicalTrials.gov classes and CORDIS activity types", () => {
    expect(kindFromCtgovClass("INDUSTRY", "Pfizer Inc.")).toEqual({ kind: "PharmaCompany" });
    expect(kindFromCtgovClass("INDUSTRY", "Fixture Bio NV")).toEqual({ kind: "Firm", kindUncertain: true });
    expect(kindFromCtgovClass("OTHER", "University Hospital Ghent")).toEqual({
      kind: "Other",
      sector: "HOSPITAL",
    });
    expect(kindFromCtgovClass("OTHER", "Ghent University")).toEqual({ kind: "University" });
    expect(kindFromCtgovClass("OTHER", "Fixture Institute of Tropical Medicine")).toEqual({
      kind: "ResearchInstitute",
    });
    expect(kindFromCtgovClass("FED", "Fixture Agency")).toEqual({ kind: "PublicBody", sector: "FED" });
    expect(kindFromCtgovClass("SOMETHING_NEW", "Fixture")).toEqual({ kind: "Other", kindUncertain: true });
    expect(kindFromCordisActivity("PRC", "Fixture SA")).toEqual({ kind: "Firm" });
    expect(kindFromCordisActivity("HES", "X")).toEqual({ kind: "University" });
    expect(kindFromCordisActivity("REC", "X")).toEqual({ kind: "ResearchInstitute" });
    expect(kindFromCordisActivity("PUB", "X")).toEqual({ kind: "PublicBody" });
    expect(kindFromCordisActivity("OTH", "X")).toEqual({ kind: "Other" });
  });

  it("walks a NUTS code up to NUTS 1, onto the paper's regions", () => {
    expect(nutsChain("BE242").map((u) => [u.code, u.level, u.regionId, u.parent])).toEqual([
      ["BE242", 3, "nuts-be242", "BE24"],
      ["BE24", 2, "nuts-be24", "BE2"],
      ["BE2", 1, "flanders", undefined],
    ]);
    expect(nutsChain("BE1")[0]?.regionId).toBe("brussels-capital-region");
    expect(nutsChain("BE310").at(-1)?.regionId).toBe("wallonia");
  });
});
