/** The account feature's public surface: its routes and what other features use of it. */
export { accountRoutes } from './routes';
export { PasswordRules } from './components/PasswordRules';
export { useMunicipalitiesByRegion } from './hooks/use-municipalities-by-region';
export { useSignOut } from './hooks/use-sign-out';
export { passwordServerIssues, validateNewPassword } from './password';
