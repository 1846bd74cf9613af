import { useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

export interface Announcement {
  text: string;
  error: boolean;
}

/**
 * State of a page's live regions (see `LiveAnnouncement`): `announce` shows a text, politely or
 * as an alert, and can move focus to it (when the control that was used has disappeared).
 */
export function useAnnouncer() {
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);

  const announce = useCallback((text: string, { error = false, focus = false }: { error?: boolean; focus?: boolean } = {}) => {
    flushSync(() => setAnnouncement({ text, error }));
    if (focus) (error ? alertRef : statusRef).current?.focus();
  }, []);

  const clear = useCallback(() => setAnnouncement(null), []);

  return { announcement, announce, clear, statusRef, alertRef };
}

export type Announcer = ReturnType<typeof useAnnouncer>;
