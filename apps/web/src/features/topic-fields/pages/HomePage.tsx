import { TOPIC_FIELDS_SECTION_ID } from '../../../lib/site-paths';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ArrowRightIcon } from '../../../components/icons';
import { PageHeading } from '../../../components/PageHeading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { BOARD_PATH } from '../../../lib/site-paths';
import { TopicFieldGrid } from '../components/TopicFieldGrid';
import '../topic-fields.css';

/** Anchor of the topic-field section; the "Themenfelder" nav item links to /#themenfelder. */

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(undefined);
  return (
    <div className="page">
      <section className="hero">
        <PageHeading>{t('home.title')}</PageHeading>
        <div className="hero__text">
          <p className="lead">{t('home.intro1')}</p>
          <p>{t('home.intro2')}</p>
        </div>
        <Link to="/organisationen" className="button button--secondary">
          {t('home.toDirectory')}
          <ArrowRightIcon />
        </Link>
      </section>
      <section aria-labelledby={TOPIC_FIELDS_SECTION_ID} className="section">
        <h2 id={TOPIC_FIELDS_SECTION_ID} tabIndex={-1} className="section__heading">
          {t('home.topicFieldsHeading')}
        </h2>
        <TopicFieldGrid />
      </section>
      <section aria-labelledby="boerse" className="section card">
        <h2 id="boerse" className="section__heading">
          {t('home.boardTeaserTitle')}
        </h2>
        <p>{t('home.boardTeaserText')}</p>
        <p>
          <Link to={BOARD_PATH} className="button button--secondary">
            {t('home.toBoard')}
            <ArrowRightIcon />
          </Link>
        </p>
      </section>
    </div>
  );
}
