// GraphQL ecosystemSummary: the single row of cypher/queries/ecosystem-summary.cypher as one map
// (none for an unknown region).
CALL (*) { {{ ecosystem-summary }} }
RETURN {
  regionId: regionId, asOf: asOf, firmCount: firmCount, universityCount: universityCount,
  pharmaCompanyCount: pharmaCompanyCount, allianceCount: allianceCount, acquisitionCount: acquisitionCount,
  alliancesByType: alliancesByType, topPartners: topPartners
} AS summary
