import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../../components/Badge';
import type { BookingStatus } from '../../../gql/graphql';

const TONES: Record<BookingStatus, BadgeTone> = { CONFIRMED: 'success', CANCELLED: 'danger', ATTENDED: 'info', NO_SHOW: 'warning' };

export function BookingStatusBadge({ status }: { status: BookingStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONES[status]}>{t(`workbench.status.${status}`)}</Badge>;
}
