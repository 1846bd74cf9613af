import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv, type CsvRecord } from './csv';

async function read(input: Array<Uint8Array | string> | string): Promise<CsvRecord[]> {
  const records: CsvRecord[] = [];
  for await (const record of parseCsv(typeof input === 'string' ? [input] : input)) records.push(record);
  return records;
}
const fieldsOf = async (input: Array<Uint8Array | string> | string) => (await read(input)).map((record) => record.fields);

describe('parseCsv', () => {
  it('reads plain records with LF or CRLF line ends, with or without a final line break', async () => {
    expect(await fieldsOf('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(await fieldsOf('a,b,c\r\n1,2,3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(await fieldsOf('a,b,c\r\n1,2,3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(await fieldsOf('a,b\rc,d\r\r"e",f\r')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('keeps empty fields, including a trailing one, and skips empty lines', async () => {
    expect(await fieldsOf('a,,c\n,,\n\n\r\nx,y,\n')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
      ['x', 'y', ''],
    ]);
    expect(await fieldsOf('')).toEqual([]);
    expect(await fieldsOf('\n\n')).toEqual([]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', async () => {
    const csv = 'uri,label,alt\n1,"Lager, Logistik","say ""hi"""\n2,"""quoted""","first\nsecond\r\nthird"\n3,"",x\n';
    expect(await fieldsOf(csv)).toEqual([
      ['uri', 'label', 'alt'],
      ['1', 'Lager, Logistik', 'say "hi"'],
      ['2', '"quoted"', 'first\nsecond\r\nthird'],
      ['3', '', 'x'],
    ]);
  });

  it('gives each record the line it starts on, counting line breaks inside quotes', async () => {
    const csv = 'h1,h2\n"a\nb\r\nc",x\r\n\nlast,"multi\rline"\nend,1';
    expect((await read(csv)).map((record) => [record.line, record.fields[0]])).toEqual([
      [1, 'h1'],
      [2, 'a\nb\r\nc'],
      [6, 'last'],
      [8, 'end'],
    ]);
  });

  it('skips a byte order mark, in bytes and in text', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('conceptUri,preferredLabel\n')]);
    expect(await fieldsOf([bytes])).toEqual([['conceptUri', 'preferredLabel']]);
    expect(await fieldsOf('\uFEFFconceptUri,preferredLabel\n')).toEqual([['conceptUri', 'preferredLabel']]);
  });

  it('reads the same records whatever the chunk boundaries (multi-byte characters and CRLF split too)', async () => {
    const csv = '\uFEFFa,"Zähler ""ß"", groß",c\r\n"x\r\ny",Ölpreis,\r\n"",ü,"end"';
    const bytes = new TextEncoder().encode(csv);
    const whole = await read([bytes]);
    expect(whole.map((record) => record.fields)).toEqual([
      ['a', 'Zähler "ß", groß', 'c'],
      ['x\r\ny', 'Ölpreis', ''],
      ['', 'ü', 'end'],
    ]);
    for (let size = 1; size <= 7; size++) {
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.slice(i, i + size));
      expect(await read(chunks)).toEqual(whole);
    }
  });

  it('keeps a quote inside an unquoted field as it is', async () => {
    expect(await fieldsOf('5" Rohr,b\n')).toEqual([['5" Rohr', 'b']]);
  });

  it('rejects a quoted field that is never closed, naming the line it starts on', async () => {
    const failure = read('a,b\n1,"open\n2,3\n');
    await expect(failure).rejects.toBeInstanceOf(CsvSyntaxError);
    await expect(read('a,b\n1,"open\n2,3\n')).rejects.toThrow('line 2: a quoted field is not closed before the end of the file');
  });

  it('rejects text after a closing quote but hands out the records before it', async () => {
    const seen: string[][] = [];
    const reading = (async () => {
      for await (const record of parseCsv(['a,b\n1,2\n"x"y,3\n'])) seen.push(record.fields);
    })();
    await expect(reading).rejects.toThrow('line 3: text after the closing quote of a field');
    expect(seen).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('rejects bytes that are not UTF-8', async () => {
    await expect(read([new Uint8Array([0x61, 0x2c, 0xff, 0x0a])])).rejects.toThrow('the file is not valid UTF-8');
  });
});
