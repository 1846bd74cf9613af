import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { QueryTooComplexError, QueryTooDeepError } from '../errors/common.errors';
import { MAX_PAGE_SIZE } from '@wiw/domain';

export const MAX_QUERY_DEPTH = 10;
export const MAX_QUERY_COST = 10_000;

type Fragments = Record<string, FragmentDefinitionNode | undefined>;

/** `first: n` multiplies what is selected below it; a variable counts as the largest page. */
function pageSizeOf(field: { arguments?: readonly { name: { value: string }; value: { kind: Kind; value?: unknown } }[] }): number {
  const first = field.arguments?.find((arg) => arg.name.value === 'first');
  if (!first) return 1;
  if (first.value.kind === Kind.INT) return Math.max(1, Number(first.value.value));
  return MAX_PAGE_SIZE;
}

/** Depth and cost of a selection set, following fragments (cycles are refused by graphql-js). */
function measure(set: SelectionSetNode, fragments: Fragments, multiplier: number, seen: Set<string>): { depth: number; cost: number } {
  let depth = 0;
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += multiplier;
      if (selection.selectionSet) {
        const inner = measure(selection.selectionSet, fragments, multiplier * pageSizeOf(selection), seen);
        depth = Math.max(depth, inner.depth + 1);
        cost += inner.cost;
      }
    } else {
      const target = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
      if (!target || (selection.kind === Kind.FRAGMENT_SPREAD && seen.has(selection.name.value))) continue;
      const nextSeen = selection.kind === Kind.FRAGMENT_SPREAD ? new Set(seen).add(selection.name.value) : seen;
      const inner = measure(target.selectionSet, fragments, multiplier, nextSeen);
      depth = Math.max(depth, inner.depth);
      cost += inner.cost;
    }
  }
  return { depth, cost };
}

function report(context: ValidationContext, error: QueryTooDeepError | QueryTooComplexError): void {
  context.reportError(new GraphQLError(error.messages.en, { originalError: error, extensions: { code: error.code } }));
}

/**
 * Refuses operations nested deeper than MAX_QUERY_DEPTH or costing more than MAX_QUERY_COST, where
 * every field costs 1 times the page sizes (`first`) of the lists above it. This bounds the work
 * one request can cause (aliases included) before anything runs.
 */
export const queryLimits: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const fragments: Fragments = {};
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return {
    OperationDefinition(operation) {
      const { depth, cost } = measure(operation.selectionSet, fragments, 1, new Set());
      if (depth > MAX_QUERY_DEPTH) report(context, new QueryTooDeepError(MAX_QUERY_DEPTH));
      else if (cost > MAX_QUERY_COST) report(context, new QueryTooComplexError(cost, MAX_QUERY_COST));
    },
  };
};
