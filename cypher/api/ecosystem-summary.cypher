// GraphQL ecosystemSummary: the single row of cypher/queries/ecosystem-summary.cypher (whole graph)
// or, with $regionId, of cypher/queries/region-summary.cypher, as one map (none for an unknown
// region). Each branch runs its query in a subquery, so only the one that applies does any work.
CALL (*) {
  WITH $regionId IS NULL AS whole WHERE whole
  CALL (*) { {{ ecosystem-summary }} }
  RETURN regionId, asOf, firmCount, universityCount, pharmaCompanyCount, allianceCount, acquisitionCount,
         alliancesByType, topPartners
  UNION
  WITH $regionId AS given WHERE given IS NOT NULL
  CALL (*) { {{ region-summary }} }
  RETURN regionId, asOf, firmCount, universityCount, pharmaCompanyCount, allianceCount, acquisitionCount,
         alliancesByType, topPartners
}
RETURN {
  regionId: regionId, asOf: asOf, firmCount: firmCount, universityCount: universityCount,
  pharmaCompanyCount: pharmaCompanyCount, allianceCount: allianceCount, acquisitionCount: acquisitionCount,
  alliancesByType: alliancesByType, topPartners: topPartners
} AS summary
