import { useTranslation } from 'react-i18next';

export function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p className="site-footer__demo">
          <strong>{t('footer.demoNotice')}</strong> {t('footer.realInstitutions')}
        </p>
        <p className="site-footer__meta">
          {t('common.portalName')} · {t('footer.partnership')}
        </p>
      </div>
    </footer>
  );
}
