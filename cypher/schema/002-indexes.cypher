// Name:     indexes
// Purpose:  Lookups by name (playground filters, CLI) and alliance filtering by type and year.
// Params:   none
// Result:   none; idempotent (IF NOT EXISTS)
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX firm_id IF NOT EXISTS FOR (n:Firm) ON (n.id);
CREATE INDEX university_id IF NOT EXISTS FOR (n:University) ON (n.id);
CREATE INDEX pharma_company_id IF NOT EXISTS FOR (n:PharmaCompany) ON (n.id);
CREATE INDEX alliance_type IF NOT EXISTS FOR ()-[r:ALLIANCE]-() ON (r.type);
CREATE INDEX alliance_since IF NOT EXISTS FOR ()-[r:ALLIANCE]-() ON (r.since);
