import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { COORDINATION_PATHS, COORDINATION_SECTIONS } from '../paths';

/** The six pages of the joint office; the current one carries aria-current="page". */
export function CoordinationNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('coordination.nav.label')} className="coordination-nav">
      <ul className="coordination-nav__list">
        {COORDINATION_SECTIONS.map((section) => (
          <li key={section}>
            <NavLink to={COORDINATION_PATHS[section]} end className="site-nav__link">
              {t(`coordination.nav.${section}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
