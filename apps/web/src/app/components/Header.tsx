import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LogoMark } from '../../components/icons';
import { AccountMenu } from './AccountMenu';
import { useOpenContactRequestCount } from '../../features/matchmaking';
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

/**
 * The site header: brand, main navigation, account menu and language switch in one row from 60rem
 * up. Below that the navigation, account menu and language switch fold behind a "Menü" disclosure
 * button (aria-expanded); it closes on Escape (focus back on the button) and on navigation.
 */
export function Header() {
  const { t } = useTranslation();
  const location = useLocation();
  const { pathname, hash } = location;
  const active = activeNavItem(pathname, hash);
  const me = useMe();
  const items = canSeeDashboard(me.data?.roles) ? ITEMS : ITEMS.filter(({ item }) => item !== 'dashboard');
  const menuId = useId();
  // The account menu's badge is folded away on small screens: the menu button repeats it.
  const openRequests = useOpenContactRequestCount(Boolean(me.data)).data ?? 0;
  // Open for the location it was opened at: navigating elsewhere closes it without an effect.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === location.key;
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      setOpenAt(null);
      toggleRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

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
        <button
          ref={toggleRef}
          type="button"
          className="header-button site-header__toggle"
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpenAt(open ? null : location.key)}
        >
          <span className="site-header__toggle-icon" aria-hidden="true" />
          {t('nav.menu')}
          {openRequests > 0 ? (
            <span className="account-menu__count">
              <span aria-hidden="true">{openRequests}</span>
              <span className="visually-hidden">, {t('account.menu.openContactRequests', { count: openRequests })}</span>
            </span>
          ) : null}
        </button>
        <div id={menuId} className="site-header__menu" data-open={open}>
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
      </div>
    </header>
  );
}
