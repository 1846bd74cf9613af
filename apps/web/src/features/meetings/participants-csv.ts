import { CSV_BOM, CSV_SEPARATOR, csvField } from '../../lib/csv';
import type { ParticipantFieldsFragment } from '../../gql/graphql';

export interface ParticipantColumns {
  header: readonly string[];
  status: (participant: ParticipantFieldsFragment) => string;
  attendance: (participant: ParticipantFieldsFragment) => string;
}

/**
 * The registrations as CSV (BOM, ";", CRLF) in the order of the list: arrival number, name,
 * organisation, status, waitlist place, code, attendance. Every text cell goes through `csvField`,
 * so a name such as "=HYPERLINK(…)" is not run as a formula by a spreadsheet.
 */
export function participantsCsv(participants: readonly ParticipantFieldsFragment[], columns: ParticipantColumns): string {
  const line = (cells: ReadonlyArray<string | number | null>) =>
    cells.map((cell) => (cell === null ? '' : typeof cell === 'number' ? String(cell) : csvField(cell, true))).join(CSV_SEPARATOR);
  const rows = participants.map((p) =>
    line([p.arrivalNumber, p.personName, p.organisationName, columns.status(p), p.waitlistPosition ?? null, p.code, columns.attendance(p)]),
  );
  return `${CSV_BOM}${[line(columns.header), ...rows].join('\r\n')}\r\n`;
}
