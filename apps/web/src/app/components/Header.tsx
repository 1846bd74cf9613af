import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LogoMark } from '../../components/icons';
import { AccountMenu } from './AccountMenu';
import { useMe } from '../../lib/session/use-me';
import { canSeeDashboard } from '../../lib/session/access';
import { DASHBOARD_PATH } from '../../lib/site-paths';
import { BOARD_PATH } from '../../lib/site-paths';
import { ORGANISATIONS_PATH } from '../../lib/site-paths';
import { WORKBENCH_PATH } from '../../lib/site-paths';
import { COWORKING_PATH, MEETINGS_PATH } from '../../lib/site-paths';
import { TOPIC_FIELDS_SECTION_ID } from '../../lib/site-paths';
import { LanguageSwitch } from './LanguageSwitch';

type NavItem = 'home' | 'topicFields' | 'organisations' | 'board' | 'workbench' | 'meetings' | 'coworking' | 'dashboard';

/** Which nav item stands for the current location (aria-current="page"). */
export function activeNavItem(pathname: string, hash: string): NavItem | null {
  if (pathname.startsWith('/themenfelder')) return 'topicFields';
  if (pathname.startsWith(ORGANISATIONS_PATH)) return 'organisations';
  if (pathname === BOARD_PATH || pathname.startsWith(`${BOARD_PATH}/`)) return 'board';
  if (pathname === WORKBENCH_PATH || pathname.startsWith(`${WORKBENCH_PATH}/`)) return 'workbench';
  if (pathname === MEETINGS_PATH || pathname.startsWith(`${MEETINGS_PATH}/`)) return 'meetings';
  if (pathname === COWORKING_PATH || pathname.startsWith(`${COWORKING_PATH}/`)) return 'coworking';
  if (pathname === DASHBOARD_PATH || pathname.startsWith(`${DASHBOARD_PATH}/`)) return 'dashboard';
  if (pathname === '/') return hash === `#${TOPIC_FIELDS_SECTION_ID}` ? 'topicFields' : 'home';
  return null;
}

const ITEMS: ReadonlyArray<{ item: NavItem; to: string }> = [
  { item: 'home', to: '/' },
  { item: 'topicFields', to: `/#${TOPIC_FIELDS_SECTION_ID}` },
  { item: 'organisations', to: ORGANISATIONS_PATH },
  { item: 'board', to: BOARD_PATH },
  { item: 'workbench', to: WORKBENCH_PATH },
  { item: 'meetings', to: MEETINGS_PATH },
  { item: 'coworking', to: COWORKING_PATH },
  // Only for OFFICIAL, COORDINATOR and ADMIN (others get "no access" at the URL, the API refuses them).
  { item: 'dashboard', to: DASHBOARD_PATH },
];

export function Header() {
  const { t } = useTranslation();
  const { pathname, hash } = useLocation();
  const active = activeNavItem(pathname, hash);
  const me = useMe();
  const items = canSeeDashboard(me.data?.roles) ? ITEMS : ITEMS.filter(({ item }) => item !== 'dashboard');
  return (
    <header className="site-header">
      <div className="site-header__inner container">
        <Link to="/" className="brand">
          <LogoMark className="brand__mark" />
          <span className="brand__text">
            <span className="brand__name">{t('common.portalName')}</span>
            <span className="brand__tagline">{t('common.portalTagline')}</span>
          </span>
        </Link>
        <nav aria-label={t('nav.label')} className="site-nav">
          <ul className="site-nav__list">
            {items.map(({ item, to }) => (
              <li key={item}>
                <Link to={to} className="site-nav__link" aria-current={active === item ? 'page' : undefined}>
                  {t(`nav.${item}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <AccountMenu />
        <LanguageSwitch />
      </div>
    </header>
  );
}
