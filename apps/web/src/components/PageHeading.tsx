import type { ReactNode } from 'react';

/**
 * The one h1 of a page. Focusable by script (tabIndex -1) so the app shell can move focus here
 * after a route change; screen readers then announce the new page.
 */
export function PageHeading({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <h1 id={id} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
