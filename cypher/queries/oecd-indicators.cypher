// @title OECD biotechnology indicators
// The paper's OECD table (number of biotechnology firms and dedicated biotech firms, 2012 or latest
// year) with the BERD and R&D-intensity figures its text cites, one row per country that has any;
// ordered by number of biotech firms (countries with only text figures last).
// @returns id, name, biotechFirms, dedicatedBiotechFirms, dedicatedShare, indicatorYear, firmType, biotechBerdShare, biotechRdIntensity, source
// @expect rows = 15
// @expect row 0 = {"id": "united-states", "biotechFirms": 6862, "dedicatedShare": 31.7}
// @expect row 9 = {"id": "belgium", "biotechFirms": 350, "dedicatedBiotechFirms": 127, "biotechBerdShare": 12.6}
MATCH (c:Country)
WHERE c.biotechFirms IS NOT NULL OR c.biotechBerdShare IS NOT NULL OR c.biotechRdIntensity IS NOT NULL
RETURN c.id AS id, c.name AS name, c.biotechFirms AS biotechFirms, c.dedicatedBiotechFirms AS dedicatedBiotechFirms,
       c.dedicatedShare AS dedicatedShare, c.indicatorYear AS indicatorYear, c.firmType AS firmType,
       c.biotechBerdShare AS biotechBerdShare, c.biotechRdIntensity AS biotechRdIntensity, c.source AS source
ORDER BY c.biotechFirms IS NULL, c.biotechFirms DESC, id;
