import { useTranslation } from 'react-i18next';
import type { NewsItemFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';

/** Every published version, newest first, with the reason of each correction. */
export function VersionHistory({ versions }: { versions: NewsItemFieldsFragment['versions'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (versions.length === 0) return <p className="muted">{t('news.history.none')}</p>;
  return (
    <ol className="plain-list news-history" reversed>
      {versions.map((version) => (
        <li key={version.version}>
          <strong>{t('news.history.version', { number: version.version })}</strong> – {formatDateTime(version.createdAt, language)}: {version.title}
          <br />
          <span className="muted">{version.reason ? t('news.history.reason', { reason: version.reason }) : t('news.history.first')}</span>
        </li>
      ))}
    </ol>
  );
}
