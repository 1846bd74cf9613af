/** What a form leaves for the page it returns to ("Das Format … ist angelegt."), in the router state. */
export interface NoticeState {
  notice: string;
}

export function noticeOf(state: unknown): string | null {
  return typeof state === 'object' && state !== null && typeof (state as NoticeState).notice === 'string' ? (state as NoticeState).notice : null;
}
