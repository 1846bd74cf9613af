import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage } from '../lib/error-message';
import { AlertIcon } from './icons';

/** Polite live region announcing that content is loading; pair with aria-busy on the container. */
export function LoadingState({ label, children }: { label: string; children?: ReactNode }) {
  return (
    <div className="state state--loading">
      <p role="status" className="state__status">
        <span className="spinner" aria-hidden="true" />
        {label}
      </p>
      {children}
    </div>
  );
}

interface ErrorStateProps {
  /** What failed, e.g. "Die Organisationen konnten nicht geladen werden." */
  title: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

export function ErrorState({ title, error, onRetry, retrying = false }: ErrorStateProps) {
  const { t } = useTranslation();
  const code = errorCode(error);
  return (
    <div className="state state--error" role="alert">
      <AlertIcon className="state__icon" />
      <div>
        <p className="state__title">{title}</p>
        <p className="state__message">{errorMessage(error, t)}</p>
        {code ? <p className="state__code">{t('common.errorCode', { code })}</p> : null}
        {onRetry ? (
          <button type="button" className="button" onClick={onRetry} disabled={retrying}>
            {t('common.retry')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <p className="state__title">{title}</p>
      {children}
    </div>
  );
}
