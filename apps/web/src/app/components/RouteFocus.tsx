import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After client-side navigation (not on first load) move focus to the target of the URL hash if
 * present, else to the page's h1, so keyboard and screen-reader users start on the new content.
 * Changes of the search params alone (directory filters) keep focus where it is.
 */
export function RouteFocus() {
  const { pathname, hash } = useLocation();
  const previous = useRef(`${pathname}${hash}`);

  useEffect(() => {
    const current = `${pathname}${hash}`;
    if (previous.current === current) return;
    previous.current = current;

    const byHash = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (byHash) {
      byHash.scrollIntoView?.({ block: 'start' });
      byHash.focus({ preventScroll: true });
      return;
    }
    window.scrollTo?.(0, 0);
    const main = document.getElementById('main');
    const heading = main?.querySelector<HTMLElement>('h1');
    (heading ?? main)?.focus({ preventScroll: true });
  }, [pathname, hash]);

  return null;
}
