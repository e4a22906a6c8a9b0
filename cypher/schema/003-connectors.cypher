// Name:     connectors
// Purpose:  Nodes the open-data connectors create (ClinicalTrials.gov studies, CORDIS projects, the
//           Identifier crosswalk) are merged on their stable ids; the crosswalk is also looked up by
//           (scheme, value) when records are resolved onto organizations.
// Params:   none
// Result:   none; idempotent (IF NOT EXISTS)
CREATE CONSTRAINT clinical_study_id IF NOT EXISTS FOR (n:ClinicalStudy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT identifier_id IF NOT EXISTS FOR (n:Identifier) REQUIRE n.id IS UNIQUE;
CREATE INDEX identifier_scheme_value IF NOT EXISTS FOR (n:Identifier) ON (n.scheme, n.value);
CREATE INDEX region_nuts_code IF NOT EXISTS FOR (n:Region) ON (n.nutsCode);
CREATE INDEX research_institute_id IF NOT EXISTS FOR (n:ResearchInstitute) ON (n.id);
CREATE INDEX public_body_id IF NOT EXISTS FOR (n:PublicBody) ON (n.id);
CREATE INDEX other_organization_id IF NOT EXISTS FOR (n:Other) ON (n.id);
