import { useTranslation } from 'react-i18next';
import { useDemoData } from '../../features/organisations';

/** The footer; the notice that companies and people are fictional shows only where demo data is loaded. */
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
      </div>
    </footer>
  );
}
