import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { useAnnouncer } from '../../../lib/use-announcer';
import { ExceptionForm } from '../components/ExceptionForm';
import { ExceptionList } from '../components/ExceptionList';
import { WeeklyRulesEditor } from '../components/WeeklyRulesEditor';
import { useAvailability } from '../hooks/use-availability';

/** `/werkbank/beratung/verfuegbarkeit`: the weekly periods and the exceptions from today on. */
export function AvailabilityPage() {
  const { t } = useTranslation();
  const id = useId();
  const availability = useAvailability();
  const announcer = useAnnouncer();

  let content;
  if (availability.isPending) {
    content = (
      <div aria-busy="true">
        <LoadingState label={t('workbenchAdvisor.availability.loading')} />
      </div>
    );
  } else if (availability.isError) {
    content = (
      <ErrorState
        title={t('workbenchAdvisor.availability.error')}
        error={availability.error}
        onRetry={() => void availability.refetch()}
        retrying={availability.isFetching}
      />
    );
  } else {
    content = (
      <>
        <WeeklyRulesEditor rules={availability.data.rules} />
        <section className="section" aria-labelledby={`${id}-exceptions`}>
          <h3 id={`${id}-exceptions`} className="section__heading">
            {t('workbenchAdvisor.exceptions.heading')}
          </h3>
          <p>{t('workbenchAdvisor.exceptions.intro')}</p>
          <LiveAnnouncement announcer={announcer} />
          <h4 id={`${id}-list`} className="advisor-form__heading">
            {t('workbenchAdvisor.exceptions.listHeading')}
          </h4>
          <ExceptionList exceptions={availability.data.exceptions} labelledBy={`${id}-list`} announcer={announcer} />
          <ExceptionForm onAdded={(text) => announcer.announce(text)} />
        </section>
      </>
    );
  }

  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__heading">
        {t('workbenchAdvisor.availability.heading')}
      </h2>
      <p>{t('workbenchAdvisor.availability.intro')}</p>
      {content}
    </section>
  );
}
