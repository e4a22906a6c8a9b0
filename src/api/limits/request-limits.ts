import { createRequire } from "node:module";
import type { ApolloServerPlugin } from "@apollo/server";
import type * as GraphQLModule from "graphql";
import type { OperationDefinitionNode } from "graphql";
import type * as QueryComplexity from "graphql-query-complexity";
import { AppError } from "../../errors/app-errors.js";
import { MAX_QUERY_DEPTH, operationDepth } from "../query-limits.js";
import {
  checkPagingArguments,
  type InputSize,
  MAX_INPUT_DEPTH,
  MAX_INPUT_TERMS,
  measureInput,
  rawInputExceeds,
} from "./arguments.js";
import { fieldCost, isGeneratedRootField } from "./cost-model.js";
import { fieldBranches, MAX_GENERATED_BRANCHES } from "./generated-branches.js";

// CommonJS builds, as in cost-model.ts (one graphql module per process).
const require = createRequire(import.meta.url);
const { GraphQLError, Kind, getNamedType } = require("graphql") as typeof GraphQLModule;
const { getComplexity } = require("graphql-query-complexity") as typeof QueryComplexity;

/** Most tokens a GraphQL document may have; the parser stops there (introspection has ~300). */
export const MAX_DOCUMENT_TOKENS = 20_000;

export interface RequestLimits {
  /** Budget of the cost model (QUERY_MAX_COST). */
  maxCost: number;
  maxInputTerms?: number;
  maxInputDepth?: number;
  maxGeneratedBranches?: number;
}

function refuse(message: string, code: string, extensions: Record<string, unknown> = {}): never {
  throw new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
}

/**
 * The variables as the checks below see them. A variable declared `ID` / `ID!` is one term whatever
 * its value, and no cost, paging or branch rule reads an id's text (cursors are `String`s), so its
 * value is left out: the same traversal asked for another id is not estimated again (each new id
 * missed this cache, and the two estimates were most of the plugin's time per request).
 */
function acceptanceKey(operation: OperationDefinitionNode, variables: Record<string, unknown>): string {
  const ids = new Set<string>();
  for (const definition of operation.variableDefinitions ?? []) {
    const type = definition.type.kind === Kind.NON_NULL_TYPE ? definition.type.type : definition.type;
    if (type.kind === Kind.NAMED_TYPE && type.name.value === "ID") ids.add(definition.variable.name.value);
  }
  return JSON.stringify(variables, function (this: unknown, name, value) {
    return this === variables && ids.has(name) && typeof value === "string" ? "<id>" : value;
  });
}

/**
 * Apollo plugin that runs after the operation is parsed, validated and resolved, and before any
 * resolver: it refuses subscriptions, bad paging arguments, oversized inputs and requests over the
 * cost budget. Nothing reaches the database for a refused request.
 */
export function requestLimitsPlugin(limits: RequestLimits): ApolloServerPlugin {
  const maxTerms = limits.maxInputTerms ?? MAX_INPUT_TERMS;
  const maxDepth = limits.maxInputDepth ?? MAX_INPUT_DEPTH;
  const maxBranches = limits.maxGeneratedBranches ?? MAX_GENERATED_BRANCHES;
  // The checks depend only on the document, the operation and the variables. Apollo keeps parsed
  // documents in a cache (same object for the same query text), so a request it has seen and
  // accepted is not estimated again: the estimate was the largest cost of this plugin per request.
  const accepted = new WeakMap<object, Set<string>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          // Unknown operationName: Apollo answers OPERATION_RESOLUTION_FAILURE right after this hook.
          if (!operation) return;
          // The operation's variables as sent, before GraphQL coerces them (see rawInputExceeds).
          const declared = new Set(operation.variableDefinitions?.map((d) => d.variable.name.value));
          const sent = Object.entries(request.variables ?? {}).filter(([name]) => declared.has(name));
          const passed = rawInputExceeds(Object.fromEntries(sent), maxTerms + sent.length, maxDepth);
          if (passed === "terms") {
            refuse(
              `The request's arguments hold more than ${maxTerms} terms (filters, lists); split it.`,
              "QUERY_TOO_COMPLEX",
              { maxInputTerms: maxTerms },
            );
          }
          if (passed === "depth") {
            refuse(`An argument is nested deeper than ${maxDepth} levels; flatten it.`, "QUERY_TOO_COMPLEX", {
              maxInputDepth: maxDepth,
            });
          }
          const key = `${operation.name?.value ?? ""}\u0000${acceptanceKey(operation, request.variables ?? {})}`;
          if (accepted.get(document)?.has(key)) return;
          if (operation.operation === "subscription") {
            refuse("Subscriptions are not supported by this API; use a query.", "OPERATION_NOT_SUPPORTED");
          }
          const depth = operationDepth(document, operation);
          if (depth > MAX_QUERY_DEPTH) {
            refuse(
              `The query is nested ${depth} levels deep; the limit is ${MAX_QUERY_DEPTH}.`,
              "QUERY_TOO_COMPLEX",
              {
                depth,
                maxDepth: MAX_QUERY_DEPTH,
              },
            );
          }
          const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter(Boolean));
          const input: InputSize = { terms: 0, depth: 0 };
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              ...(operation.name ? { operationName: operation.name.value } : {}),
              estimators: [
                ({ type, field, args, childComplexity }) => {
                  if (field.name.startsWith("__")) return 0;
                  const isRoot = roots.has(type as never);
                  // Custom root fields (traversals) check their own arguments in their resolvers.
                  if (!isRoot || isGeneratedRootField(schema, field.type)) {
                    checkPagingArguments(field.name, getNamedType(field.type).name, args);
                  }
                  for (const value of Object.values(args)) measureInput(value, input, 1);
                  if (input.terms > maxTerms) {
                    refuse(
                      `The request's arguments hold more than ${maxTerms} terms (filters, lists); split it.`,
                      "QUERY_TOO_COMPLEX",
                      { maxInputTerms: maxTerms },
                    );
                  }
                  if (input.depth > maxDepth) {
                    refuse(
                      `An argument is nested ${input.depth} levels deep; the limit is ${maxDepth}.`,
                      "QUERY_TOO_COMPLEX",
                      { maxInputDepth: maxDepth },
                    );
                  }
                  return fieldCost({
                    schema,
                    parentType: type,
                    field,
                    args,
                    childCost: childComplexity,
                    isRoot,
                  });
                },
              ],
            });
          } catch (error) {
            if (error instanceof GraphQLError && error.extensions?.code) throw error;
            if (error instanceof AppError) refuse(error.message, error.code);
            // The estimate coerces the variables first, so a missing or mistyped variable lands here.
            refuse(error instanceof Error ? error.message : String(error), "BAD_USER_INPUT");
          }
          if (cost > limits.maxCost) {
            refuse(
              `The query costs ${cost}; the limit is ${limits.maxCost}. Ask for fewer rows (limit/first), fewer aliases or less nesting.`,
              "QUERY_TOO_COMPLEX",
              { cost, maxCost: limits.maxCost },
            );
          }
          // Second pass (only for requests within the cost budget): the size of the Cypher the library
          // will generate, which grows with every interface level (generated-branches.ts).
          const branches = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            ...(operation.name ? { operationName: operation.name.value } : {}),
            estimators: [
              ({ field, args, childComplexity }) => fieldBranches(schema, field, args, childComplexity),
            ],
          });
          if (branches > maxBranches) {
            refuse(
              `The query would generate ${branches} per-type subqueries; the limit is ${maxBranches}. Each level of organizations (a relationship filter such as alliances: { some: … }, or a nested field typed Organization) multiplies them by the number of organization kinds: nest fewer levels, or ask a concrete kind (firms, universities…).`,
              "QUERY_TOO_COMPLEX",
              { generatedBranches: branches, maxGeneratedBranches: maxBranches },
            );
          }
          const seen = accepted.get(document) ?? new Set<string>();
          if (seen.size < 100) seen.add(key);
          accepted.set(document, seen);
        },
      };
    },
  };
}
