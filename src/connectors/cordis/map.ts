import type { IngestRun } from "../ingest-run.js";
import { kindFromCordisActivity } from "../kinds.js";
import type { ExternalIdentifier } from "../resolution/types.js";
import type { CordisParticipant, CordisProject } from "./files.js";

export const cordisKey = (projectId: string) => `cordis:project:${projectId}`;

/** Stronger roles win when one organization appears twice in a project (two PICs resolved to one). */
const ROLE_RANK = ["coordinator", "participant", "partner", "beneficiary", "thirdparty", "associatedpartner"];
const rank = (role: string | undefined) => {
  const i = ROLE_RANK.indexOf((role ?? "").toLowerCase());
  return i === -1 ? ROLE_RANK.length : i;
};

/**
 * Maps CORDIS projects and participants into the run: a Project per project, PARTICIPATES_IN {role,
 * ecContribution} per participant, LOCATED_IN the participant's NUTS region (or country when there is
 * no nutsCode), and a RESEARCH_COLLABORATION tie between every two participants of a project, dated
 * by its start year.
 */
export function mapCordis(
  run: IngestRun,
  projects: CordisProject[],
  participants: CordisParticipant[],
): void {
  const byProject = new Map<string, CordisParticipant[]>();
  for (const p of participants) byProject.set(p.projectID, [...(byProject.get(p.projectID) ?? []), p]);
  for (const project of projects) {
    const key = cordisKey(project.id);
    const programme = project.frameworkProgramme ?? "CORDIS";
    run.recordSource(
      key,
      `CORDIS project ${project.id}${project.acronym ? ` (${project.acronym})` : ""}`,
      `CORDIS, EU research projects under ${programme}: project ${project.id}${project.title ? `, ${project.title}` : ""}.`,
      `https://cordis.europa.eu/project/id/${project.id}`,
    );
    const startYear = project.startDate ? Number(project.startDate.slice(0, 4)) : undefined;
    const projectNodeId = `cordis-project-${project.id.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
    run.builder.row("projects.csv", projectNodeId, {
      id: projectNodeId,
      name: project.acronym ?? project.title ?? project.id,
      projectId: project.id,
      acronym: project.acronym,
      title: project.title,
      status: project.status,
      startYear,
      endYear: project.endDate ? Number(project.endDate.slice(0, 4)) : undefined,
      totalCost: project.totalCost,
      ecMaxContribution: project.ecMaxContribution,
      frameworkProgramme: project.frameworkProgramme,
      fundingScheme: project.fundingScheme,
      testData: run.testData,
      source: key,
      note: startYear === undefined ? "The record gives no start date." : undefined,
    });
    const members: string[] = [];
    const seen = new Set<string>();
    for (const p of byProject.get(project.id) ?? []) {
      const identifiers: ExternalIdentifier[] = [];
      if (p.organisationID) identifiers.push({ scheme: "CORDIS_ORG", value: p.organisationID });
      if (p.vatNumber)
        identifiers.push({ scheme: "VAT", value: p.vatNumber.replace(/[\s.]/g, "").toUpperCase() });
      const guess = kindFromCordisActivity(p.activityType, p.name);
      const id = run.organization(
        {
          name: p.name,
          ...guess,
          sme: guess.kind === "Firm" ? p.sme : undefined,
          identifiers,
          sourceKey: key,
        },
        guess.kindUncertain
          ? `CORDIS activityType '${p.activityType ?? ""}': kind not determined.`
          : undefined,
      );
      run.locatedIn(id, run.place(p.country, p.nutsCode), p.city, key);
      const edgeKey = `${id}->${projectNodeId}`;
      const row = run.builder.row("participations.csv", edgeKey, {
        from: id,
        to: projectNodeId,
        role: p.role,
        ecContribution: p.ecContribution,
        nameAsListed: p.name,
        source: key,
      });
      if (seen.has(edgeKey)) {
        // The same organization twice in one project: keep the stronger role, add the contributions.
        if (rank(p.role) < rank(row.role as string | undefined)) row.role = p.role;
        if (p.ecContribution !== undefined)
          row.ecContribution = ((row.ecContribution as number | undefined) ?? 0) + p.ecContribution;
        row.nameAsListed = `${row.nameAsListed} / ${p.name}`;
      }
      seen.add(edgeKey);
      members.push(id);
    }
    const unique = [...new Set(members)];
    for (let i = 0; i < unique.length; i++)
      for (let j = i + 1; j < unique.length; j++)
        run.tie(unique[i] as string, unique[j] as string, "RESEARCH_COLLABORATION", startYear, key);
  }
}
