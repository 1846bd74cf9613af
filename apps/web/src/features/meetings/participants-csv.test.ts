import { describe, expect, it } from 'vitest';
import type { ParticipantFieldsFragment } from '../../gql/graphql';
import { participantsCsv } from './participants-csv';

const participant = (overrides: Partial<ParticipantFieldsFragment>): ParticipantFieldsFragment => ({
  id: 'r',
  status: 'REGISTERED',
  arrivalNumber: 1,
  waitlistPosition: null,
  code: 'ABCD2345',
  personName: 'Karl Kalthöfer',
  organisationName: 'Kalthöfer Drahtwerk GmbH',
  attendance: null,
  ...overrides,
});
const columns = {
  header: ['Nr.', 'Name', 'Organisation', 'Status', 'Warteliste', 'Code', 'Anwesenheit'],
  status: (p: ParticipantFieldsFragment) => p.status,
  attendance: (p: ParticipantFieldsFragment) => p.attendance ?? '',
};

describe('the registrations as CSV', () => {
  it('writes BOM, header and one line per registration, in order', () => {
    const csv = participantsCsv(
      [participant({}), participant({ arrivalNumber: 3, status: 'WAITLISTED', waitlistPosition: 1, personName: 'Vera Velkamp', code: 'ZXCV7890' })],
      columns,
    );
    expect(csv).toBe(
      '\uFEFFNr.;Name;Organisation;Status;Warteliste;Code;Anwesenheit\r\n' +
        '1;Karl Kalthöfer;Kalthöfer Drahtwerk GmbH;REGISTERED;;ABCD2345;\r\n' +
        '3;Vera Velkamp;Kalthöfer Drahtwerk GmbH;WAITLISTED;1;ZXCV7890;\r\n',
    );
  });

  it('neutralises cells a spreadsheet would run as a formula (= + - @ tab CR) and quotes separators', () => {
    const names = ['=HYPERLINK("https://evil.example/x","Klick")', '+49 231 0', '-2+3', '@SUM(A1)', '\tTab', '\rWagenrücklauf', 'Müller; Meier'];
    const csv = participantsCsv(
      names.map((personName, index) => participant({ personName, arrivalNumber: index + 1 })),
      columns,
    );
    const lines = csv.split('\r\n');
    expect(lines[1]).toContain(`;"'=HYPERLINK(""https://evil.example/x"",""Klick"")";`);
    expect(lines[2]).toContain(";'+49 231 0;");
    expect(lines[3]).toContain(";'-2+3;");
    expect(lines[4]).toContain(";'@SUM(A1);");
    expect(lines[5]).toContain(";'\tTab;");
    expect(csv).toContain(`;"'\rWagenrücklauf";`);
    expect(csv).toContain(';"Müller; Meier";');
    // No cell of the file starts with a formula character.
    const cells = csv
      .slice(1)
      .split(/\r\n(?=\d|$)/)
      .flatMap((row) => row.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell.replace(/^"/, '')))).toEqual([]);
  });
});
