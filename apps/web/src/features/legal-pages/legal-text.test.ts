import { describe, expect, it } from 'vitest';
import { parseInline, parseLegalText } from './legal-text';

describe('parseLegalText', () => {
  it('reads headings, paragraphs with line breaks and lists', () => {
    expect(parseLegalText('## Kontakt\r\nTelefon: 0231 1\nE-Mail: a@b.de\n\n- eins\n* zwei\n\n### Klein')).toEqual([
      { kind: 'heading', level: 2, content: [{ kind: 'text', text: 'Kontakt' }] },
      { kind: 'paragraph', lines: [[{ kind: 'text', text: 'Telefon: 0231 1' }], [{ kind: 'text', text: 'E-Mail: a@b.de' }]] },
      { kind: 'list', items: [[{ kind: 'text', text: 'eins' }], [{ kind: 'text', text: 'zwei' }]] },
      { kind: 'heading', level: 3, content: [{ kind: 'text', text: 'Klein' }] },
    ]);
  });

  it('makes http(s) and mailto links, bold and code; any other address stays text', () => {
    expect(parseInline('**Ombudsstelle**: [Website](https://www.lbbp.nrw.de/ombudsstelle), [Mail](mailto:x@y.de), `__Host-wiw_session`')).toEqual([
      { kind: 'strong', text: 'Ombudsstelle' },
      { kind: 'text', text: ': ' },
      { kind: 'link', text: 'Website', href: 'https://www.lbbp.nrw.de/ombudsstelle' },
      { kind: 'text', text: ', ' },
      { kind: 'link', text: 'Mail', href: 'mailto:x@y.de' },
      { kind: 'text', text: ', ' },
      { kind: 'code', text: '__Host-wiw_session' },
    ]);
    for (const href of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '/relativ', '//evil.example']) {
      expect(parseInline(`[Klick](${href})`)).toEqual([{ kind: 'text', text: `[Klick](${href})` }]);
    }
  });

  it('keeps HTML as text', () => {
    expect(parseLegalText('<script>alert(1)</script>')).toEqual([
      { kind: 'paragraph', lines: [[{ kind: 'text', text: '<script>alert(1)</script>' }]] },
    ]);
  });
});
