import { BOARD_PATH } from '../../lib/site-paths';

/** The two kinds of board entries; their paths are German ("bedarfe", "angebote"). */
export type EntrySide = 'need' | 'offer';

const SEGMENTS: Record<EntrySide, string> = { need: 'bedarfe', offer: 'angebote' };

/** The board of one side: needs at /boerse, offers at /boerse/angebote. */
export function boardPath(side: EntrySide): string {
  return side === 'need' ? BOARD_PATH : `${BOARD_PATH}/${SEGMENTS.offer}`;
}

export function entryPath(side: EntrySide, id: string): string {
  return `${BOARD_PATH}/${SEGMENTS[side]}/${encodeURIComponent(id)}`;
}

export function editEntryPath(side: EntrySide, id: string): string {
  return `${entryPath(side, id)}/bearbeiten`;
}

export function newEntryPath(side: EntrySide): string {
  return `${BOARD_PATH}/${SEGMENTS[side]}/neu`;
}

/** The other side of the board: a need pairs with an offer and vice versa. */
export function otherSide(side: EntrySide): EntrySide {
  return side === 'need' ? 'offer' : 'need';
}
