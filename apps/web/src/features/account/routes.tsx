import { Route } from 'react-router';
import {
  ACCOUNT_PATH,
  FORGOT_PASSWORD_PATH,
  RESET_PASSWORD_PATH,
  SESSIONS_PATH,
  SIGN_IN_PATH,
  SIGN_UP_PATH,
  VERIFY_EMAIL_PATH,
} from '../../lib/site-paths';
import { AccountPage } from './pages/AccountPage';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { SessionsPage } from './pages/SessionsPage';
import { SignInPage } from './pages/SignInPage';
import { SignUpPage } from './pages/SignUpPage';
import { VerifyEmailPage } from './pages/VerifyEmailPage';

/** Sign in and up, e-mail confirmation, passwords, "Mein Konto" and the sessions (part of the main bundle). */
export const accountRoutes = (
  <>
    <Route path={SIGN_IN_PATH} element={<SignInPage />} />
    <Route path={SIGN_UP_PATH} element={<SignUpPage />} />
    <Route path={VERIFY_EMAIL_PATH} element={<VerifyEmailPage />} />
    <Route path={SESSIONS_PATH} element={<SessionsPage />} />
    <Route path={FORGOT_PASSWORD_PATH} element={<ForgotPasswordPage />} />
    <Route path={RESET_PASSWORD_PATH} element={<ResetPasswordPage />} />
    <Route path={ACCOUNT_PATH} element={<AccountPage />} />
  </>
);
