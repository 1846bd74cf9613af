import { type Announcer } from '../lib/use-announcer';

/**
 * A polite status region and an alert region, always in the page (a region that appears together
 * with its text is often not read out); each is visually hidden while it has nothing to say.
 */
export function LiveAnnouncement({ announcer }: { announcer: Announcer }) {
  const { announcement, statusRef, alertRef } = announcer;
  const status = announcement && !announcement.error ? announcement.text : '';
  const alert = announcement?.error ? announcement.text : '';
  return (
    <>
      <p ref={statusRef} role="status" tabIndex={-1} className={status ? 'form-notice' : 'visually-hidden'}>
        {status}
      </p>
      <p ref={alertRef} role="alert" tabIndex={-1} className={alert ? 'form-alert form-alert--inline' : 'visually-hidden'}>
        {alert}
      </p>
    </>
  );
}
