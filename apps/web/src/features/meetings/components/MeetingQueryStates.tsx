import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryStates } from '../../../components/QueryStates';
import { ErrorCodes } from '../../../lib/error-codes';
import { hasErrorCode } from '../../../lib/error-message';
import { MEETINGS_PATH } from '../../../lib/site-paths';

/** Loading, error and "no such meeting" (MEETING_NOT_FOUND, with the way back to the calendar) around a meeting query. */
export function MeetingQueryStates<T>({
  query,
  loadingLabel,
  errorTitle,
  children,
}: {
  query: UseQueryResult<T>;
  loadingLabel: string;
  errorTitle: string;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <QueryStates
      query={query}
      notFound={hasErrorCode(query.error, ErrorCodes.MEETING_NOT_FOUND)}
      notFoundText={t('meetings.detail.notFound')}
      notFoundAction={
        <Link to={MEETINGS_PATH} className="button button--secondary">
          {t('meetings.detail.back')}
        </Link>
      }
      loadingLabel={loadingLabel}
      errorTitle={errorTitle}
    >
      {children}
    </QueryStates>
  );
}
