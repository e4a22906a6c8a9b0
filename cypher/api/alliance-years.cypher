// GraphQL allianceTimeline: one AllianceYear map per row of cypher/queries/alliance-years.cypher.
CALL (*) { {{ alliance-years }} }
RETURN {year: year, started: started, ended: ended, active: active, undated: undated} AS year
