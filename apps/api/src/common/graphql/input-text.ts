// Nest's Apollo driver is ESM, so its option types come from @apollo/server's ESM declarations.
import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { Extensions } from '@nestjs/graphql';
import { textProblem } from '@wiw/domain';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  GraphQLID,
  GraphQLString,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { ValidationFailedError } from '../errors/common.errors';

/**
 * Marks a String input field (or argument) that may hold tab and line breaks: descriptions,
 * agendas, messages. Every other String and ID input is one line.
 */
export const MultiLine = (): PropertyDecorator => Extensions({ multiLine: true });

interface Problem {
  field: string;
  constraints: string[];
}

const MAX_REPORTED = 20;

/** The problems of one input value of `type`, found at `path` (arguments, input fields, list items). */
function inspect(value: unknown, type: GraphQLInputType, multiLine: boolean, path: string[], problems: Problem[]): void {
  if (value === null || value === undefined || problems.length >= MAX_REPORTED) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((item, index) => inspect(item, nullable.ofType, multiLine, [...path, String(index)], problems));
    return;
  }
  if (isInputObjectType(nullable)) {
    for (const field of Object.values(nullable.getFields())) {
      inspect((value as Record<string, unknown>)[field.name], field.type, field.extensions.multiLine === true, [...path, field.name], problems);
    }
    return;
  }
  // Other scalars (Date, DateTime) and enums have been parsed by their own rules already.
  if ((nullable === GraphQLString || nullable === GraphQLID) && typeof value === 'string') {
    const problem = textProblem(value, { multiLine });
    if (problem) problems.push({ field: path.join('.'), constraints: [problem] });
  }
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  problems: Problem[];
  seenFragments: Set<string>;
}

/** Every argument of every field the operation selects, fragments included. */
function walk(set: SelectionSetNode, parent: GraphQLNamedType | undefined, state: Walk): void {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
      if (!field) continue; // __typename and friends, which take no text
      const values = getArgumentValues(field, selection, state.variables);
      for (const argument of field.args) {
        // An `input` argument's fields are named as the validation pipe names them: without "input.".
        const path = argument.name === 'input' && isInputObjectType(getNamedType(argument.type)) ? [] : [argument.name];
        inspect(values[argument.name], argument.type, argument.extensions.multiLine === true, path, state.problems);
      }
      if (selection.selectionSet) walk(selection.selectionSet, getNamedType(field.type), state);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? state.schema.getType(selection.typeCondition.name.value) : parent;
      walk(selection.selectionSet, type, state);
    } else {
      const fragment = state.fragments.get(selection.name.value);
      if (!fragment || state.seenFragments.has(fragment.name.value)) continue;
      state.seenFragments.add(fragment.name.value);
      walk(fragment.selectionSet, state.schema.getType(fragment.typeCondition.name.value), state);
    }
  }
}

/**
 * The text problems in all String and ID inputs of an operation, whether written into the query or
 * passed as variables, or null when there are none. Values that do not fit their types are left
 * to graphql-js, which refuses them with BAD_USER_INPUT when the operation executes.
 */
export function inputTextProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): Problem[] | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const state: Walk = { schema, fragments, variables: coerced.coerced, problems: [], seenFragments: new Set() };
  try {
    walk(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined, state);
  } catch (error) {
    // getArgumentValues refuses what does not fit the schema; execution reports that itself.
    if (error instanceof GraphQLError) return state.problems.length ? state.problems : null;
    throw error;
  }
  return state.problems.length ? state.problems : null;
}

/**
 * Checks every String and ID input once, before anything runs: well-formed Unicode, and no control
 * characters except tab and line breaks in fields marked {@link MultiLine}. A problem is answered
 * with BAD_USER_INPUT naming the fields (`extensions.fields`, like the validation pipe's), HTTP 400.
 */
export const inputTextPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (!operation) return;
        const problems = inputTextProblems(schema, document, operation, request.variables);
        if (!problems) return;
        const error = new ValidationFailedError(problems);
        throw new GraphQLError(error.messages.en, { originalError: error, extensions: { code: error.code, http: { status: 400 } } });
      },
    };
  },
};
