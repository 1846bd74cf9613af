import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ExternalLinkIcon } from './icons';

/** Only http(s) URLs become links: a stored `javascript:` URL must never be clickable. */
export function isSafeHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'https:' || protocol === 'http:';
}

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useTranslation();
  if (!isSafeHttpUrl(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="external-link">
      {children}
      <ExternalLinkIcon className="external-link__icon" />
      <span className="visually-hidden"> {t('common.opensInNewTab')}</span>
    </a>
  );
}
