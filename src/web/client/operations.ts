import { graphql } from "../graphql/index.js";

// Operations the browser code sends, typed by GraphQL Code Generator from the API schema
// (`npm run codegen` after changing one). Variables and results are checked at compile time.

/** A spin-off lineage, root last, each organization with its kind. */
export const SpinOffLineageQuery = graphql(`
  query SpinOffLineage($id: ID!) {
    spinOffLineage(id: $id) {
      depth
      year
      organization {
        __typename
        id
        name
      }
    }
  }
`);

/** Autocomplete: organizations matching what the user typed, best first. */
export const SearchOrganizationsQuery = graphql(`
  query SearchOrganizations($query: String!, $limit: Int) {
    searchOrganizations(query: $query, limit: $limit) {
      score
      organization {
        __typename
        id
        name
        aliases
      }
    }
  }
`);

/** Nodes and edges for a graph drawing (an ego network with centerId, a region, or the whole graph). */
export const AllianceNetworkQuery = graphql(`
  query AllianceNetwork($asOf: Int, $regionId: ID, $centerId: ID, $hops: Int, $limit: Int) {
    allianceNetwork(asOf: $asOf, regionId: $regionId, centerId: $centerId, hops: $hops, limit: $limit) {
      truncated
      nodes {
        degree
        community
        organization {
          __typename
          id
          name
        }
      }
      edges {
        source
        target
        types
        allianceCount
        since
      }
    }
  }
`);

/** Alliances started, ended and running per year, for a time slider. */
export const AllianceTimelineQuery = graphql(`
  query AllianceTimeline($regionId: ID) {
    allianceTimeline(regionId: $regionId) {
      year
      started
      ended
      active
      undated
    }
  }
`);
