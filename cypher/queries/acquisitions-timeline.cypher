// @title Acquisitions and takeovers over time
// Answers: who took over, acquired, divested or bought back whom, and when? One row per ACQUIRED
// relationship, by year (undated last), then kind, then target name. kind: TAKEOVER, ACQUISITION,
// DIVESTMENT, BUY_BACK. For DIVESTMENT and BUY_BACK the source names no buyer, so `acquirer` is the
// party that let go (Galapagos sold BioFocus and Argenta; Uteron Pharma was bought back from
// Actavis in 2015).
// year is null when the source gives none ("in recent years", no date printed): only 4 of the 10
// edges have one. source = the citation key of the fact. $kind keeps one kind (null: all).
// @param kind = null -- TAKEOVER, ACQUISITION, DIVESTMENT or BUY_BACK, or null for all
// @returns year, kind, acquirerId, acquirer, targetId, target, source
// @expect rows = 10
// @expect column year = [2010, 2013, 2013, 2015, null, null, null, null, null, null]
// @expect column targetId = ["movetis", "cangenix", "uteron-pharma", "uteron-pharma", "cellerix", "mastercell", "oncyte", "argenta", "biofocus", "devgen"]
// @expect row 9 = {"kind": "TAKEOVER", "acquirer": "Syngenta", "target": "Devgen", "source": "segers2015:text"}
MATCH (a:Organization)-[q:ACQUIRED]->(t:Organization)
WHERE $kind IS NULL OR q.kind = $kind
RETURN q.year AS year, q.kind AS kind, a.id AS acquirerId, a.name AS acquirer, t.id AS targetId,
       t.name AS target, q.source AS source
ORDER BY year, kind, target, acquirer;
