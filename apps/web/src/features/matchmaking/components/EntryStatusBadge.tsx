import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../../components/Badge';
import type { NeedStatus, OfferStatus } from '../../../gql/graphql';
import type { EntrySide } from '../paths';

const TONES: Record<NeedStatus | OfferStatus, BadgeTone> = { DRAFT: 'warning', OPEN: 'success', FILLED: 'info', CLOSED: 'neutral' };

/** The status of one's own entry as a badge (in words: "Entwurf", "Veröffentlicht", …). */
export function EntryStatusBadge({ side, status }: { side: EntrySide; status: NeedStatus | OfferStatus }) {
  const { t } = useTranslation();
  const text = side === 'need' ? t(`matchmaking.needStatus.${status}`) : t(`matchmaking.offerStatus.${status as OfferStatus}`);
  return <Badge tone={TONES[status]}>{text}</Badge>;
}
