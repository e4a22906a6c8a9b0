export interface PlaygroundTab {
  query: string;
  variables?: string;
}

/** The tabs the playground opens with: one per traversal, then a few generated queries. */
export const PLAYGROUND_EXAMPLES: PlaygroundTab[] = [
  {
    query: `# Spin-off lineage: Oncurious > ThromboGenics > University of Leuven
query Lineage($id: ID!) {
  spinOffLineage(id: $id) {
    depth
    year
    organization { id name __typename }
  }
}`,
    variables: `{ "id": "oncurious" }`,
  },
  {
    query: `# Every spin-off below an organization, with its depth
query Descendants($id: ID!) {
  spinOffDescendants(id: $id, maxDepth: 5) {
    depth
    organization { id name }
  }
}`,
    variables: `{ "id": "ku-leuven" }`,
  },
  {
    query: `# How much a firm depends on its partners (shares, Herfindahl concentration, areas)
query Dependency($id: ID!, $asOf: Int) {
  partnerDependency(id: $id, asOf: $asOf) {
    organization { name }
    allianceCount
    partnerCount
    concentration
    partners { partner { id name } share types }
    dependencyAreas { area allianceCount partners { name } }
  }
}`,
    variables: `{ "id": "ablynx", "asOf": null }`,
  },
  {
    query: `# The reverse view: firms allied with a large partner, one page at a time
query Dependents($partnerId: ID!, $limit: Int, $offset: Int) {
  dependentFirms(partnerId: $partnerId, limit: $limit, offset: $offset) {
    totalCount
    hasMore
    firms {
      firm { id name }
      allianceCount
      share
      types
    }
  }
}`,
    variables: `{ "partnerId": "novartis", "limit": 20, "offset": 0 }`,
  },
  {
    query: `# Shortest connection over alliances, spin-offs, acquisitions and subsidiaries
query Path($from: ID!, $to: ID!) {
  connectionPath(fromId: $from, toId: $to, maxHops: 6) {
    organization { id name __typename }
    via
    direction
  }
}`,
    variables: `{ "from": "oncurious", "to": "novartis" }`,
  },
  {
    query: `# Key figures of the whole cluster, or of one region
query Summary($regionId: ID) {
  ecosystemSummary(regionId: $regionId) {
    firmCount
    universityCount
    pharmaCompanyCount
    allianceCount
    acquisitionCount
    alliancesByType { type count }
    topPartners { partner { name } dependentFirmCount }
  }
}`,
    variables: `{ "regionId": null }`,
  },
  {
    query: `# Generated query: the paper's sample firms with their region and platforms
query SampleFirms {
  firms(where: { studySample: { eq: true } }, sort: [{ name: ASC }], limit: 20) {
    id
    name
    selfSustaining
    locatedIn { name }
    technologyPlatforms { name }
  }
}`,
  },
  {
    query: `# Generated query: a firm's alliances with the alliance's properties
query Alliances($id: ID!) {
  firms(where: { id: { eq: $id } }) {
    name
    alliancesConnection {
      totalCount
      edges {
        node { name __typename }
        properties { ... on Alliance { type since until source } }
      }
    }
  }
}`,
    variables: `{ "id": "galapagos" }`,
  },
  {
    query: `# Generated query: takeovers and acquisitions, cursor-paginated
query Acquirers {
  pharmaCompaniesConnection(first: 10, sort: [{ name: ASC }], where: { acquired: { some: { name: { startsWith: "" } } } }) {
    edges {
      node {
        name
        acquiredConnection { edges { node { name } properties { ... on Acquisition { year kind } } } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
];
