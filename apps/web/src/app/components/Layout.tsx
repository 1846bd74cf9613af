import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Footer } from './Footer';
import { Header } from './Header';
import { RouteFocus } from './RouteFocus';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="app">
      <a href="#main" className="skip-link">
        {t('common.skipToContent')}
      </a>
      <Header />
      <main id="main" tabIndex={-1} className="container site-main">
        {children}
      </main>
      <Footer />
      <RouteFocus />
    </div>
  );
}
