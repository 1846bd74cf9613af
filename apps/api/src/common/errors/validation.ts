import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ValidationFailedError } from './common.errors';

function flatten(errors: ValidationError[], prefix = ''): Array<{ field: string; constraints: string[] }> {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    // Constraint names (maxLength, isEnum, whitelistValidation, …) are stable and language-neutral.
    const own = error.constraints ? [{ field, constraints: Object.keys(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The global pipe: class-validator on every input class, unknown properties rejected. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new ValidationFailedError(flatten(errors)),
  });
}
