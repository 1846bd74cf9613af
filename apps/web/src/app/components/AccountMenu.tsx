import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../../lib/session/use-me';
import { useSignOut } from '../../features/account';
import { useOpenContactRequestCount } from '../../features/matchmaking';
import { isCoordinator } from '../../lib/session/access';
import { CONTACTS_PATH, MY_ENTRIES_PATH } from '../../lib/site-paths';
import { ACCOUNT_PATH, COORDINATION_PATH, MY_ORGANISATIONS_PATH, SESSIONS_PATH, SIGN_IN_PATH, signInPath } from '../../lib/site-paths';
import './account-menu.css';
import { ADVISOR_PATH, MY_BOOKINGS_PATH, MY_MEETING_INVITATIONS_PATH } from '../../lib/site-paths';

/**
 * Header entry of the account: "Anmelden" when signed out; when signed in the person's name as a
 * disclosure button opening "Mein Konto", "Meine Organisationen", "Meine Einträge" and
 * "Kontaktanfragen" (the board), "Geschäftsstelle" (joint office only), "Meine Sitzungen" and
 * "Abmelden". Closes on Escape, on a click outside and on navigation.
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const id = useId();
  // Open for the location it was opened at: navigating elsewhere closes it without an effect.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === location.key;
  const containerRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  // On a private page the page's own guard then sends to the sign-in (with `weiter` back there).
  const signOut = useSignOut({ onSignedOut: () => setOpenAt(null) });
  const openRequests = useOpenContactRequestCount(Boolean(me.data)).data ?? 0;
  const openRequestsText = t('account.menu.openContactRequests', { count: openRequests });

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpenAt(null);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Closes this menu only, not the small-screen header menu around it (see Header).
      event.preventDefault();
      setOpenAt(null);
      toggleRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    // Capture phase: before the header menu's own Escape handler.
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, [open]);

  // Until the server has answered, show nothing rather than a wrong state.
  if (me.isPending) return <div className="account-menu" aria-hidden="true" />;

  if (!me.data) {
    const onSignIn = location.pathname === SIGN_IN_PATH;
    return (
      <div className="account-menu">
        <Link
          to={onSignIn ? `${location.pathname}${location.search}` : signInPath(`${location.pathname}${location.search}${location.hash}`)}
          className="site-nav__link account-menu__sign-in"
          aria-current={onSignIn ? 'page' : undefined}
        >
          {t('account.menu.signIn')}
        </Link>
      </div>
    );
  }

  return (
    <div className="account-menu" ref={containerRef}>
      <button
        ref={toggleRef}
        type="button"
        className="header-button account-menu__toggle"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpenAt(open ? null : location.key)}
      >
        <span className="visually-hidden">{t('account.menu.signedInAs')} </span>
        <span className="account-menu__name">{me.data.name}</span>
        {openRequests > 0 ? (
          <span className="account-menu__count" title={openRequestsText}>
            <span aria-hidden="true">{openRequests}</span>
            <span className="visually-hidden">, {openRequestsText}</span>
          </span>
        ) : null}
        <span className="account-menu__chevron" aria-hidden="true" />
      </button>
      <ul id={`${id}-panel`} className="account-menu__panel" hidden={!open}>
        <li>
          <Link to={ACCOUNT_PATH} className="account-menu__item" aria-current={location.pathname === ACCOUNT_PATH ? 'page' : undefined}>
            {t('account.menu.account')}
          </Link>
        </li>
        <li>
          <Link
            to={MY_ORGANISATIONS_PATH}
            className="account-menu__item"
            aria-current={location.pathname === MY_ORGANISATIONS_PATH ? 'page' : undefined}
          >
            {t('account.menu.organisations')}
          </Link>
        </li>
        {[
          { to: MY_ENTRIES_PATH, text: t('account.menu.myEntries') },
          { to: CONTACTS_PATH, text: t('account.menu.contactRequests'), count: openRequests, countText: openRequestsText },
          { to: MY_BOOKINGS_PATH, text: t('account.menu.myBookings') },
          { to: MY_MEETING_INVITATIONS_PATH, text: t('account.menu.myInvitations') },
          ...(me.data.roles.includes('ADVISOR') ? [{ to: ADVISOR_PATH, text: t('account.menu.advisorArea') }] : []),
        ].map(({ to, text, count, countText }: { to: string; text: string; count?: number; countText?: string }) => (
          <li key={to}>
            <Link to={to} className="account-menu__item" aria-current={location.pathname === to ? 'page' : undefined}>
              {text}
              {count ? (
                <span className="account-menu__count">
                  <span aria-hidden="true">{count}</span>
                  <span className="visually-hidden">, {countText}</span>
                </span>
              ) : null}
            </Link>
          </li>
        ))}
        {isCoordinator(me.data.roles) ? (
          <li>
            <Link
              to={COORDINATION_PATH}
              className="account-menu__item"
              aria-current={location.pathname === COORDINATION_PATH || location.pathname.startsWith(`${COORDINATION_PATH}/`) ? 'page' : undefined}
            >
              {t('account.menu.coordination')}
            </Link>
          </li>
        ) : null}
        <li>
          <Link to={SESSIONS_PATH} className="account-menu__item" aria-current={location.pathname === SESSIONS_PATH ? 'page' : undefined}>
            {t('account.menu.sessions')}
          </Link>
        </li>
        <li>
          <button type="button" className="account-menu__item" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
            {signOut.isPending ? t('account.menu.signingOut') : t('account.menu.signOut')}
          </button>
        </li>
      </ul>
      {signOut.isError ? (
        <p className="account-menu__error" role="alert">
          {t('account.menu.signOutFailed')}
        </p>
      ) : null}
    </div>
  );
}
