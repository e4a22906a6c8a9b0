import { graphql } from "../graphql";

// Every operation the explorer sends. GraphQL Code Generator (client preset) reads this file and
// generates the result and variable types, so each call site is checked against the printed API
// schema (src/api/generated/api.graphql). Search, network and timeline are the client's own
// operations (src/web/client/operations.ts), shared rather than written twice.

export {
  AllianceNetworkQuery,
  AllianceTimelineQuery,
  SearchOrganizationsQuery,
} from "../client/operations";

export const OrganizationFactsFragment = graphql(`
  fragment OrganizationFacts on Organization {
    __typename
    id
    name
    aliases
    source
    note
    locatedInConnection(first: 5) {
      edges {
        properties {
          ... on Location {
            city
            source
          }
        }
        node {
          id
          name
        }
      }
    }
    locatedInCountry(limit: 5) {
      id
      name
    }
    technologyPlatforms(limit: 20) {
      id
      name
    }
    products(limit: 20) {
      id
      name
    }
    acquiredConnection(first: 20) {
      edges {
        properties {
          ... on Acquisition {
            year
            kind
            source
            note
          }
        }
        node {
          __typename
          id
          name
        }
      }
    }
    acquiredByConnection(first: 20) {
      edges {
        properties {
          ... on Acquisition {
            year
            kind
            source
            note
          }
        }
        node {
          __typename
          id
          name
        }
      }
    }
    spinOffsConnection(first: 20) {
      edges {
        properties {
          ... on SpinOff {
            year
            source
          }
        }
        node {
          __typename
          id
          name
          spinOffsConnection(first: 20) {
            edges {
              properties {
                ... on SpinOff {
                  year
                  source
                }
              }
              node {
                __typename
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

/**
 * An organization's kind. The page then asks that kind's own root field (firms, universities…):
 * asked through `organizations`, every field below would be generated once per organization kind
 * (six times the Cypher, and six times the planning; see the README's limits).
 */
export const OrganizationKindQuery = graphql(`
  query ExplorerOrganizationKind($id: ID!) {
    organizations(where: { id: { eq: $id } }, limit: 1) {
      __typename
    }
  }
`);

export const OrganizationPageQuery = graphql(`
  query ExplorerOrganization($id: ID!, $asOf: Int, $firm: Boolean! = false, $university: Boolean! = false, $pharmaCompany: Boolean! = false, $researchInstitute: Boolean! = false, $publicBody: Boolean! = false, $other: Boolean! = false) {
    firms(where: { id: { eq: $id } }, limit: 1) @include(if: $firm) {
      ...OrganizationFacts
      foundedYear
      status
      businessModel
      studySample
      selfSustaining
      listedOn(limit: 5) {
        id
        name
      }
    }
    universities(where: { id: { eq: $id } }, limit: 1) @include(if: $university) {
      ...OrganizationFacts
    }
    pharmaCompanies(where: { id: { eq: $id } }, limit: 1) @include(if: $pharmaCompany) {
      ...OrganizationFacts
    }
    researchInstitutes(where: { id: { eq: $id } }, limit: 1) @include(if: $researchInstitute) {
      ...OrganizationFacts
    }
    publicBodies(where: { id: { eq: $id } }, limit: 1) @include(if: $publicBody) {
      ...OrganizationFacts
    }
    others(where: { id: { eq: $id } }, limit: 1) @include(if: $other) {
      ...OrganizationFacts
    }
    partnerDependency(id: $id, asOf: $asOf) {
      allianceCount
      partnerCount
      concentration
      partners {
        allianceCount
        share
        types
        partner {
          __typename
          id
          name
        }
      }
    }
    spinOffLineage(id: $id) {
      depth
      year
      organization {
        __typename
        id
        name
      }
    }
    sources(limit: 200) {
      key
      title
      citation
      url
    }
  }
`);

export const ConnectionPathQuery = graphql(`
  query ExplorerPath($fromId: ID!, $toId: ID!) {
    connectionPath(fromId: $fromId, toId: $toId, maxHops: 10) {
      via
      direction
      organization {
        __typename
        id
        name
      }
    }
  }
`);

export const OrganizationNamesQuery = graphql(`
  query ExplorerNames($ids: [ID!]!) {
    organizations(where: { id: { in: $ids } }, limit: 2) {
      __typename
      id
      name
    }
  }
`);

export const RegionsQuery = graphql(`
  query ExplorerRegions {
    regions(limit: 200, sort: [{ name: ASC }]) {
      id
      name
      country {
        name
      }
    }
  }
`);

export const RegionPageQuery = graphql(`
  query ExplorerRegion($regionId: ID!, $asOf: Int) {
    regions(where: { id: { eq: $regionId } }, limit: 1) {
      id
      name
      source
      country {
        id
        name
      }
    }
    ecosystemSummary(regionId: $regionId, asOf: $asOf, top: 10) {
      firmCount
      universityCount
      pharmaCompanyCount
      allianceCount
      acquisitionCount
      alliancesByType {
        type
        count
      }
      topPartners {
        dependentFirmCount
        partner {
          __typename
          id
          name
        }
      }
    }
  }
`);
