export {
  CONTEXT_WORD_MIN_LENGTH,
  PASSWORD_PROBLEM_MESSAGES,
  checkPasswordPolicy,
  containsContextWord,
  describePasswordProblems,
  isCommonPassword,
  normalizePassword,
  passwordLength,
  passwordProblemMessage,
  type PasswordContext,
} from './password.policy';
export { PASSWORD_HASH_OPTIONS, PasswordHasher } from './password-hasher';
