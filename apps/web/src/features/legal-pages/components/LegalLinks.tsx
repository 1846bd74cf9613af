import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LEGAL_PAGES, LEGAL_PATHS } from '../paths';

/** The footer's links to the three legal pages (on every page). */
export function LegalLinks() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('legal.footerLabel')}>
      <ul className="site-footer__links">
        {LEGAL_PAGES.map((page) => (
          <li key={page}>
            <Link to={LEGAL_PATHS[page]}>{t(`legal.titles.${page}`)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
