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

/** From partner-dependency.cypher: per area, over all partners (not only the page's). */
export interface AreaTotal {
  area: string;
  alliances: number;
  partners: number;
}

/**
 * One entry per area that occurs among all partners, in the paper's order: the totals over all
 * partners, and the partners of the current page that have alliances in it.
 */
export function groupDependencyAreas<P>(
  pagePartners: PartnerAreas<P>[],
  totals: AreaTotal[],
): { area: string; partners: P[]; allianceCount: number; partnerCount: number }[] {
  const byArea = new Map(totals.map((t) => [t.area, t]));
  return DEPENDENCY_AREAS.flatMap((area) => {
    const total = byArea.get(area);
    if (!total) return [];
    return [
      {
        area,
        partners: pagePartners.filter((p) => p.areas.some((a) => a.area === area)).map((p) => p.partner),
        allianceCount: total.alliances,
        partnerCount: total.partners,
      },
    ];
  });
}
