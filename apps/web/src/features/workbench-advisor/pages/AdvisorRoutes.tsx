import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { EmptyState } from '../../../components/StatusViews';
import { RequireSignIn } from '../../../components/RequireSignIn';
import { ADVISOR_PATHS } from '../paths';
import { AdvisorLayout } from './AdvisorLayout';
import { AvailabilityPage } from './AvailabilityPage';
import { CalendarPage } from './CalendarPage';
import { FiguresPage } from './FiguresPage';
import { EditFormatPage, NewFormatPage } from './FormatFormPage';
import { FormatsPage } from './FormatsPage';

/** `/werkbank/beratung/*`: the advisors' area of the digital workbench (paths relative to it). */
export function AdvisorRoutes() {
  return (
    <Routes>
      <Route element={<RequireSignIn />}>
        <Route element={<AdvisorLayout />}>
          <Route index element={<FormatsPage />} />
          <Route path="formate/neu" element={<NewFormatPage />} />
          <Route path="formate/:id" element={<EditFormatPage />} />
          <Route path="verfuegbarkeit" element={<AvailabilityPage />} />
          <Route path="kalender" element={<CalendarPage />} />
          <Route path="kennzahlen" element={<FiguresPage />} />
          <Route path="*" element={<AreaNotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}

function AreaNotFound() {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('workbenchAdvisor.notFound')}>
      <p>
        <Link to={ADVISOR_PATHS.formats}>{t('workbenchAdvisor.toFormats')}</Link>
      </p>
    </EmptyState>
  );
}
