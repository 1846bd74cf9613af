export { PASSWORD_PROBLEM_MESSAGES, checkPasswordPolicy, describePasswordProblems, passwordLength, passwordProblemMessage } from './password.policy';
export { PasswordHasher } from './password-hasher';
