/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SpinOffLineage($id: ID!) {\n    spinOffLineage(id: $id) {\n      depth\n      year\n      organization {\n        __typename\n        id\n        name\n      }\n    }\n  }\n": typeof types.SpinOffLineageDocument,
    "\n  query SearchOrganizations($query: String!, $limit: Int) {\n    searchOrganizations(query: $query, limit: $limit) {\n      score\n      organization {\n        __typename\n        id\n        name\n        aliases\n      }\n    }\n  }\n": typeof types.SearchOrganizationsDocument,
    "\n  query AllianceNetwork($asOf: Int, $regionId: ID, $centerId: ID, $hops: Int, $limit: Int) {\n    allianceNetwork(asOf: $asOf, regionId: $regionId, centerId: $centerId, hops: $hops, limit: $limit) {\n      truncated\n      nodes {\n        degree\n        community\n        organization {\n          __typename\n          id\n          name\n        }\n      }\n      edges {\n        source\n        target\n        types\n        allianceCount\n        since\n      }\n    }\n  }\n": typeof types.AllianceNetworkDocument,
    "\n  query AllianceTimeline($regionId: ID) {\n    allianceTimeline(regionId: $regionId) {\n      year\n      started\n      ended\n      active\n      undated\n    }\n  }\n": typeof types.AllianceTimelineDocument,
};
const documents: Documents = {
    "\n  query SpinOffLineage($id: ID!) {\n    spinOffLineage(id: $id) {\n      depth\n      year\n      organization {\n        __typename\n        id\n        name\n      }\n    }\n  }\n": types.SpinOffLineageDocument,
    "\n  query SearchOrganizations($query: String!, $limit: Int) {\n    searchOrganizations(query: $query, limit: $limit) {\n      score\n      organization {\n        __typename\n        id\n        name\n        aliases\n      }\n    }\n  }\n": types.SearchOrganizationsDocument,
    "\n  query AllianceNetwork($asOf: Int, $regionId: ID, $centerId: ID, $hops: Int, $limit: Int) {\n    allianceNetwork(asOf: $asOf, regionId: $regionId, centerId: $centerId, hops: $hops, limit: $limit) {\n      truncated\n      nodes {\n        degree\n        community\n        organization {\n          __typename\n          id\n          name\n        }\n      }\n      edges {\n        source\n        target\n        types\n        allianceCount\n        since\n      }\n    }\n  }\n": types.AllianceNetworkDocument,
    "\n  query AllianceTimeline($regionId: ID) {\n    allianceTimeline(regionId: $regionId) {\n      year\n      started\n      ended\n      active\n      undated\n    }\n  }\n": types.AllianceTimelineDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpinOffLineage($id: ID!) {\n    spinOffLineage(id: $id) {\n      depth\n      year\n      organization {\n        __typename\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpinOffLineage($id: ID!) {\n    spinOffLineage(id: $id) {\n      depth\n      year\n      organization {\n        __typename\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchOrganizations($query: String!, $limit: Int) {\n    searchOrganizations(query: $query, limit: $limit) {\n      score\n      organization {\n        __typename\n        id\n        name\n        aliases\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchOrganizations($query: String!, $limit: Int) {\n    searchOrganizations(query: $query, limit: $limit) {\n      score\n      organization {\n        __typename\n        id\n        name\n        aliases\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllianceNetwork($asOf: Int, $regionId: ID, $centerId: ID, $hops: Int, $limit: Int) {\n    allianceNetwork(asOf: $asOf, regionId: $regionId, centerId: $centerId, hops: $hops, limit: $limit) {\n      truncated\n      nodes {\n        degree\n        community\n        organization {\n          __typename\n          id\n          name\n        }\n      }\n      edges {\n        source\n        target\n        types\n        allianceCount\n        since\n      }\n    }\n  }\n"): (typeof documents)["\n  query AllianceNetwork($asOf: Int, $regionId: ID, $centerId: ID, $hops: Int, $limit: Int) {\n    allianceNetwork(asOf: $asOf, regionId: $regionId, centerId: $centerId, hops: $hops, limit: $limit) {\n      truncated\n      nodes {\n        degree\n        community\n        organization {\n          __typename\n          id\n          name\n        }\n      }\n      edges {\n        source\n        target\n        types\n        allianceCount\n        since\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllianceTimeline($regionId: ID) {\n    allianceTimeline(regionId: $regionId) {\n      year\n      started\n      ended\n      active\n      undated\n    }\n  }\n"): (typeof documents)["\n  query AllianceTimeline($regionId: ID) {\n    allianceTimeline(regionId: $regionId) {\n      year\n      started\n      ended\n      active\n      undated\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;