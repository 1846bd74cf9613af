import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LegalLinks } from '../../features/legal-pages';
import { useDemoData } from '../../features/organisations';
import { NEWS_PATH, PUBLIC_FIGURES_PATH, TRANSPARENCY_PATH } from '../../lib/site-paths';

/** The footer with the legal pages' links; the notice that companies and people are fictional shows only where demo data is loaded. */
export function Footer() {
  const { t } = useTranslation();
  const demoData = useDemoData().data === true;
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        {demoData ? (
          <p className="site-footer__demo">
            <strong>{t('footer.demoNotice')}</strong> {t('footer.realInstitutions')}
          </p>
        ) : null}
        <p className="site-footer__meta">
          {t('common.portalName')} · {t('footer.partnership')}
        </p>
        <nav aria-label={t('footer.navLabel')}>
          <ul className="site-footer__links">
            <li>
              <Link to={PUBLIC_FIGURES_PATH}>{t('footer.publicFigures')}</Link>
            </li>
            <li>
              <Link to={NEWS_PATH}>{t('footer.news')}</Link>
            </li>
            <li>
              <Link to={TRANSPARENCY_PATH}>{t('footer.transparency')}</Link>
            </li>
          </ul>
        </nav>
        <LegalLinks />
      </div>
    </footer>
  );
}
