import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AccountPage } from '../features/account/pages/AccountPage';
import { ForgotPasswordPage } from '../features/account/pages/ForgotPasswordPage';
import { ResetPasswordPage } from '../features/account/pages/ResetPasswordPage';
import { SessionsPage } from '../features/account/pages/SessionsPage';
import { SignInPage } from '../features/account/pages/SignInPage';
import { SignUpPage } from '../features/account/pages/SignUpPage';
import { VerifyEmailPage } from '../features/account/pages/VerifyEmailPage';
import { ACCOUNT_PATH, FORGOT_PASSWORD_PATH, INVITATION_PATH, MY_ORGANISATIONS_PATH, RESET_PASSWORD_PATH, SESSIONS_PATH, SIGN_IN_PATH, SIGN_UP_PATH, VERIFY_EMAIL_PATH } from '../lib/site-paths';
import { CoordinationLayout } from '../features/coordination/pages/CoordinationLayout';
import { COORDINATION_PATHS } from '../features/coordination/paths';
import { RequireSignIn } from '../components/RequireSignIn';
import { MatchmakingLayout } from '../components/SuspenseOutlet';
import { BOARD_PATH } from '../lib/site-paths';
import { ADVISOR_PATH, WORKBENCH_PATH } from '../lib/site-paths';
import { DASHBOARD_PATH } from '../lib/site-paths';
import { InvitationPage } from '../features/my-organisations/pages/InvitationPage';
import { MyOrganisationsPage } from '../features/my-organisations/pages/MyOrganisationsPage';
import { OrganisationPage } from '../features/organisations/pages/OrganisationPage';
import { OrganisationsPage } from '../features/organisations/pages/OrganisationsPage';
import { HomePage } from '../features/topic-fields/pages/HomePage';
import { TopicFieldPage } from '../features/topic-fields/pages/TopicFieldPage';
import { Layout } from './components/Layout';
import { NotFoundPage } from './pages/NotFoundPage';

// The joint office's pages are for a few people only: loaded when opened (the layout, with the
// access check and a Suspense boundary, is part of the main bundle).
const VerificationPage = lazy(() => import('../features/coordination/pages/VerificationPage').then((m) => ({ default: m.VerificationPage })));
const PeoplePage = lazy(() => import('../features/coordination/pages/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const OfficesPage = lazy(() => import('../features/coordination/pages/OfficesPage').then((m) => ({ default: m.OfficesPage })));
const AuditLogPage = lazy(() => import('../features/coordination/pages/AuditLogPage').then((m) => ({ default: m.AuditLogPage })));

// The skills board ("Börse") is loaded when opened; MatchmakingLayout holds its Suspense boundary.
const BoardPage = lazy(() => import('../features/matchmaking/pages/BoardPage').then((m) => ({ default: m.BoardPage })));
const NeedDetailPage = lazy(() => import('../features/matchmaking/pages/NeedDetailPage').then((m) => ({ default: m.NeedDetailPage })));
const OfferDetailPage = lazy(() => import('../features/matchmaking/pages/OfferDetailPage').then((m) => ({ default: m.OfferDetailPage })));
const NewNeedPage = lazy(() => import('../features/matchmaking/pages/NeedFormPage').then((m) => ({ default: m.NewNeedPage })));
const EditNeedPage = lazy(() => import('../features/matchmaking/pages/NeedFormPage').then((m) => ({ default: m.EditNeedPage })));
const NewOfferPage = lazy(() => import('../features/matchmaking/pages/OfferFormPage').then((m) => ({ default: m.NewOfferPage })));
const EditOfferPage = lazy(() => import('../features/matchmaking/pages/OfferFormPage').then((m) => ({ default: m.EditOfferPage })));
const MyEntriesPage = lazy(() => import('../features/matchmaking/pages/MyEntriesPage').then((m) => ({ default: m.MyEntriesPage })));
// The digital workbench: companies' pages and the advisors' area, each with its own nested routes.
const WorkbenchRoutes = lazy(() => import('../features/workbench/pages/WorkbenchRoutes').then((m) => ({ default: m.WorkbenchRoutes })));
const AdvisorRoutes = lazy(() => import('../features/workbench-advisor/pages/AdvisorRoutes').then((m) => ({ default: m.AdvisorRoutes })));
// The partnership dashboard (with recharts) for officials and the joint office: loaded when opened.
const DashboardRoutes = lazy(() => import('../features/dashboard/pages/DashboardRoutes').then((m) => ({ default: m.DashboardRoutes })));
const ContactRequestsPage = lazy(() => import('../features/matchmaking/pages/ContactRequestsPage').then((m) => ({ default: m.ContactRequestsPage })));

export function AppRoutes() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/themenfelder/:slug" element={<TopicFieldPage />} />
        <Route path="/organisationen" element={<OrganisationsPage />} />
        <Route path="/organisationen/:id" element={<OrganisationPage />} />
        <Route path={SIGN_IN_PATH} element={<SignInPage />} />
        <Route path={SIGN_UP_PATH} element={<SignUpPage />} />
        <Route path={VERIFY_EMAIL_PATH} element={<VerifyEmailPage />} />
        <Route path={SESSIONS_PATH} element={<SessionsPage />} />
        <Route path={FORGOT_PASSWORD_PATH} element={<ForgotPasswordPage />} />
        <Route path={RESET_PASSWORD_PATH} element={<ResetPasswordPage />} />
        <Route path={ACCOUNT_PATH} element={<AccountPage />} />
        <Route path={MY_ORGANISATIONS_PATH} element={<MyOrganisationsPage />} />
        <Route path={INVITATION_PATH} element={<InvitationPage />} />
        <Route path={COORDINATION_PATHS.verification} element={<CoordinationLayout />}>
          <Route index element={<VerificationPage />} />
          <Route path={COORDINATION_PATHS.people} element={<PeoplePage />} />
          <Route path={COORDINATION_PATHS.offices} element={<OfficesPage />} />
          <Route path={COORDINATION_PATHS.log} element={<AuditLogPage />} />
        </Route>
        <Route path={BOARD_PATH} element={<MatchmakingLayout />}>
          <Route index element={<BoardPage side="need" />} />
          <Route path="angebote" element={<BoardPage side="offer" />} />
          <Route path="bedarfe" element={<Navigate to={BOARD_PATH} replace />} />
          <Route path="bedarfe/:id" element={<NeedDetailPage />} />
          <Route path="angebote/:id" element={<OfferDetailPage />} />
          <Route element={<RequireSignIn />}>
            <Route path="bedarfe/neu" element={<NewNeedPage />} />
            <Route path="bedarfe/:id/bearbeiten" element={<EditNeedPage />} />
            <Route path="angebote/neu" element={<NewOfferPage />} />
            <Route path="angebote/:id/bearbeiten" element={<EditOfferPage />} />
            <Route path="meine" element={<MyEntriesPage />} />
            <Route path="kontakte" element={<ContactRequestsPage />} />
          </Route>
        </Route>
        <Route path={`${ADVISOR_PATH}/*`} element={<MatchmakingLayout />}>
          <Route path="*" element={<AdvisorRoutes />} />
        </Route>
        <Route path={`${WORKBENCH_PATH}/*`} element={<MatchmakingLayout />}>
          <Route path="*" element={<WorkbenchRoutes />} />
        </Route>
        <Route path={`${DASHBOARD_PATH}/*`} element={<MatchmakingLayout />}>
          <Route path="*" element={<DashboardRoutes />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
