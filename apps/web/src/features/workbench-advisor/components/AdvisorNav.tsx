import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ADVISOR_PATHS, ADVISOR_SECTIONS, sectionOf } from '../paths';

/** Formats, availability, calendar and figures; the current one (format forms count as formats) carries aria-current="page". */
export function AdvisorNav() {
  const { t } = useTranslation();
  const current = sectionOf(useLocation().pathname);
  return (
    <nav aria-label={t('workbenchAdvisor.nav.label')} className="coordination-nav">
      <ul className="coordination-nav__list">
        {ADVISOR_SECTIONS.map((section) => (
          <li key={section}>
            <Link to={ADVISOR_PATHS[section]} className="site-nav__link" aria-current={current === section ? 'page' : undefined}>
              {t(`workbenchAdvisor.nav.${section}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
