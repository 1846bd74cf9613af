import { useTranslation } from 'react-i18next';
import type { NewsItemFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';

/** What the approver asked for when sending the item back (the author and the approvers see it until publication). */
export function SentBackNote({ item }: { item: NewsItemFieldsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!item.sentBack) return null;
  return (
    <p className="news__sent-back" role="note">
      {t('news.sendBack.note', {
        role: t(`news.approverRole.${item.sentBack.role}`),
        date: formatDateTime(item.sentBack.sentBackAt, language),
        comment: item.sentBack.comment,
      })}
    </p>
  );
}
