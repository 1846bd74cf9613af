import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ArrowLeftIcon } from '../../../components/icons';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { isEditable, type EntryView } from '../entry-view';
import { entryPath, type EntrySide } from '../paths';
import '../../../styles/cards.css';
import '../matchmaking.css';

interface Props {
  title: string;
  intro: string;
  back: { to: string; text: string };
  children: ReactNode;
}

/** The page around a need or offer form. */
export function FormPageFrame({ title, intro, back, children }: Props) {
  useDocumentTitle(title);
  return (
    <div className="page page--narrow matchmaking account-page">
      <Link to={back.to} className="back-link">
        <ArrowLeftIcon />
        {back.text}
      </Link>
      <PageHeading>{title}</PageHeading>
      <p className="lead">{intro}</p>
      {children}
    </div>
  );
}

interface StatesProps {
  pending: boolean;
  error: unknown;
  onRetry: () => void;
  /** Why the form cannot be shown (no company, entry no longer editable …), with a way on. */
  blocked?: { title: string; children: ReactNode } | null;
  children: () => ReactNode;
}

/** Loading, error and "not possible" states before a form can be shown. */
export function FormStates({ pending, error, onRetry, blocked, children }: StatesProps) {
  const { t } = useTranslation();
  if (pending) {
    return (
      <div aria-busy="true">
        <LoadingState label={t('matchmaking.form.loading')} />
      </div>
    );
  }
  if (error) return <ErrorState title={t('matchmaking.form.loadError')} error={error} onRetry={onRetry} />;
  if (blocked) return <EmptyState title={blocked.title}>{blocked.children}</EmptyState>;
  return <>{children()}</>;
}

interface EditProps<T extends Pick<EntryView, 'title' | 'status' | 'viewerCanEdit'>> {
  side: EntrySide;
  id: string;
  query: UseQueryResult<T>;
  children: (entry: T) => ReactNode;
}

/** The edit page of a need or an offer: only for its owners and while it is a draft or open. */
export function EditEntryFrame<T extends Pick<EntryView, 'title' | 'status' | 'viewerCanEdit'>>({ side, id, query, children }: EditProps<T>) {
  const { t } = useTranslation();
  const back = { to: entryPath(side, id), text: t('matchmaking.form.backToEntry') };
  const editable = query.data ? query.data.viewerCanEdit && isEditable(query.data.status) : true;
  return (
    <FormPageFrame
      title={t(side === 'need' ? 'matchmaking.form.editNeedTitle' : 'matchmaking.form.editOfferTitle')}
      intro={query.data?.title ?? ''}
      back={back}
    >
      <FormStates
        pending={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        blocked={editable ? null : { title: t('matchmaking.form.notEditable'), children: <Link to={back.to}>{back.text}</Link> }}
      >
        {() => children(query.data!)}
      </FormStates>
    </FormPageFrame>
  );
}
