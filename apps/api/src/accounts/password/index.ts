export {
  CONTEXT_WORD_MIN_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_PROBLEMS,
  PASSWORD_PROBLEM_MESSAGES,
  checkPasswordPolicy,
  containsContextWord,
  describePasswordProblems,
  isCommonPassword,
  normalizePassword,
  passwordLength,
  passwordProblemMessage,
  type PasswordContext,
  type PasswordProblem,
} from './password.policy';
export { PASSWORD_HASH_OPTIONS, PasswordHasher } from './password-hasher';
