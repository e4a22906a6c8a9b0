import type { IngestRun } from "../ingest-run.js";
import { kindFromCtgovClass } from "../kinds.js";
import { type Study, yearOf } from "./study.js";

export const ctgovKey = (nctId: string) => `ctgov:${nctId}`;

/**
 * Maps API v2 studies into the run: a ClinicalStudy per study, SPONSORED_BY {role} to its lead
 * sponsor and each collaborator (a collaborator listed twice, or also the lead, counts once), and a
 * CO_DEVELOPMENT tie per lead–collaborator pair dated by the study's start year.
 */
export function mapStudies(run: IngestRun, studies: Study[]): void {
  for (const study of studies) {
    const section = study.protocolSection;
    const nctId = section.identificationModule.nctId;
    const key = ctgovKey(nctId);
    const title =
      section.identificationModule.briefTitle ?? section.identificationModule.officialTitle ?? nctId;
    run.recordSource(
      key,
      `ClinicalTrials.gov ${nctId}`,
      `ClinicalTrials.gov study record ${nctId} (API v2): ${title}`,
      `https://clinicaltrials.gov/study/${nctId}`,
    );
    const startYear = yearOf(section.statusModule?.startDate);
    const studyId = nctId.toLowerCase();
    const countries = [
      ...new Set(
        (section.contactsLocationsModule?.locations ?? [])
          .map((l) => l.country)
          .filter((c): c is string => Boolean(c)),
      ),
    ].sort();
    run.builder.row("clinical_studies.csv", studyId, {
      id: studyId,
      name: title,
      nctId,
      title: section.identificationModule.officialTitle,
      phases: section.designModule?.phases,
      status: section.statusModule?.overallStatus,
      startYear,
      completionYear: yearOf(section.statusModule?.completionDate),
      conditions: section.conditionsModule?.conditions,
      countries,
      testData: run.testData,
      source: key,
      note: startYear === undefined ? "The record gives no start date." : undefined,
    });
    const { leadSponsor, collaborators = [] } = section.sponsorCollaboratorsModule;
    const mention = (agency: { name: string; class?: string }) => {
      const guess = kindFromCtgovClass(agency.class, agency.name);
      return run.organization(
        { name: agency.name, ...guess, identifiers: [], sourceKey: key },
        agency.class && guess.kindUncertain && agency.class !== "INDUSTRY"
          ? `ClinicalTrials.gov class ${agency.class}: kind not determined.`
          : undefined,
      );
    };
    const lead = mention(leadSponsor);
    run.builder.row("sponsorships.csv", `${studyId}|${lead}|LEAD`, {
      from: studyId,
      to: lead,
      role: "LEAD",
      agencyClass: leadSponsor.class,
      nameAsListed: leadSponsor.name,
      source: key,
    });
    for (const collaborator of collaborators) {
      const id = mention(collaborator);
      if (id === lead || run.builder.has("sponsorships.csv", `${studyId}|${id}|COLLABORATOR`)) continue;
      run.builder.row("sponsorships.csv", `${studyId}|${id}|COLLABORATOR`, {
        from: studyId,
        to: id,
        role: "COLLABORATOR",
        agencyClass: collaborator.class,
        nameAsListed: collaborator.name,
        source: key,
      });
      run.tie(lead, id, "CO_DEVELOPMENT", startYear, key);
    }
  }
}
