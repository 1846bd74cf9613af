import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import type { LegalPageKind } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { useLegalPageHistory } from '../hooks/use-legal-page';

/** The saved versions of a page, newest first, each with its date, author and both texts on demand. */
export function LegalHistory({ page }: { page: LegalPageKind }) {
  const { t } = useTranslation();
  const id = useId();
  const { dateTime } = useFormatters();
  const history = useLegalPageHistory(page, true);

  let content;
  if (history.isPending) {
    content = (
      <div aria-busy="true">
        <LoadingState label={t('legal.editor.history.loading')} />
      </div>
    );
  } else if (history.isError) {
    content = (
      <ErrorState
        title={t('legal.editor.history.error')}
        error={history.error}
        onRetry={() => void history.refetch()}
        retrying={history.isFetching}
      />
    );
  } else {
    content = (
      <ol className="legal-history" reversed>
        {history.data.map((version, index) => (
          <li key={version.version}>
            <p>
              {t('legal.editor.history.entry', {
                version: version.version,
                date: dateTime(version.savedAt),
                author: version.authorName ?? t('legal.editor.history.defaultAuthor'),
              })}
              {index === 0 ? <strong> · {t('legal.editor.history.current')}</strong> : null}
            </p>
            <details>
              <summary>{t('legal.editor.history.showText')}</summary>
              <pre lang="de">{version.bodyDe}</pre>
              <pre lang="en">{version.bodyEn}</pre>
            </details>
          </li>
        ))}
      </ol>
    );
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('legal.editor.history.title')}</h2>
      {content}
    </section>
  );
}
