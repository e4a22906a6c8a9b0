/** The order in which the paper lists what new biotech firms depend on large partners for. */
export const DEPENDENCY_AREAS = [
  "MARKETING",
  "MANUFACTURING",
  "PRODUCT_DEVELOPMENT",
  "LICENSING",
  "MILESTONE_PAYMENTS",
];

export interface PartnerAreas<P> {
  partner: P;
  /** From partner-dependency.cypher: alliances with this partner per area (only areas > 0). */
  areas: { area: string; alliances: number }[];
}

/** Regroups per-partner area counts into one entry per area (only areas that occur), in the paper's order. */
export function groupDependencyAreas<P>(
  partners: PartnerAreas<P>[],
): { area: string; partners: P[]; allianceCount: number }[] {
  return DEPENDENCY_AREAS.map((area) => {
    const inArea = partners.flatMap((p) => p.areas.filter((a) => a.area === area).map((a) => ({ p, a })));
    return {
      area,
      partners: inArea.map(({ p }) => p.partner),
      allianceCount: inArea.reduce((sum, { a }) => sum + a.alliances, 0),
    };
  }).filter((group) => group.partners.length > 0);
}
