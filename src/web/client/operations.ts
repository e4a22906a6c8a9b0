import { graphql } from "../graphql/index.js";

// Operations the browser code sends, typed by GraphQL Code Generator from the API schema
// (`npm run codegen` after changing one). Variables and results are checked at compile time.

/** A spin-off lineage, root last; each organization with its kind and alliance partners. */
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
