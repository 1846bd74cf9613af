import { GraphQLError, type ASTVisitor, type ValidationContext, type ValidationRule } from 'graphql';
import { OperationNotSupportedError } from '../errors/common.errors';

/**
 * Refuses operations whose type the schema does not have (we serve no subscriptions) while
 * validating, with OPERATION_NOT_SUPPORTED; graphql-js 16 lets them pass validation and fails
 * them during execution with an uncoded error.
 */
export const knownOperationTypes: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(operation) {
    if (context.getSchema().getRootType(operation.operation)) return;
    const error = new OperationNotSupportedError(operation.operation);
    context.reportError(new GraphQLError(error.messages.en, { nodes: operation, originalError: error, extensions: { code: error.code } }));
  },
});
