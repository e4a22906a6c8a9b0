// @title GDS version
// Whether the server has Graph Data Science; fails with "Unknown function 'gds.version'" when not.
// @returns version
RETURN gds.version() AS version;
