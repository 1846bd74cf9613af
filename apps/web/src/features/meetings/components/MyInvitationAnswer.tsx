import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { useMe } from '../../../lib/session/use-me';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useMyInvitations } from '../hooks/use-invitations';
import { InvitationCard } from './InvitationCard';

/** On the meeting page: my invitations to it (as office holder or member of an invited organisation), with their answer. */
export function MyInvitationAnswer({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const announcer = useAnnouncer();
  const me = useMe();
  const invitations = useMyInvitations({ enabled: Boolean(me.data) });
  const mine = (invitations.data ?? []).filter((invitation) => invitation.meeting.id === meetingId);
  if (mine.length === 0) return null;
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__heading">
        {t('meetingInvitations.onMeeting')}
      </h2>
      <ul className="entry-list">
        {mine.map((invitation) => (
          <li key={invitation.id}>
            <InvitationCard invitation={invitation} announcer={announcer} showMeeting={false} />
          </li>
        ))}
      </ul>
      <LiveAnnouncement announcer={announcer} />
    </section>
  );
}
