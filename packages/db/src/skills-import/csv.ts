/*
 * A streaming CSV reader for RFC 4180 files: fields separated by commas, records by CRLF or LF,
 * fields optionally in double quotes, where a quote is written twice and commas and line breaks
 * are kept. It holds one chunk of input and the current record in memory, never the whole file.
 */

/** One record and the line of the file it starts on (1-based; a quoted field may span lines). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** The file is not valid CSV at this point; nothing after it can be read reliably. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const BOM = '\uFEFF';

const enum State {
  /** At the start of a field: a quote opens a quoted field, anything else an unquoted one. */
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted field: a second quote is a literal quote, anything else ends the field. */
  QuoteInQuoted,
  /** A record ended with CR: a following LF belongs to it. */
  AfterCr,
}

/**
 * Reads CSV records from a stream of UTF-8 bytes (or strings). A byte order mark at the start is
 * skipped, empty lines are ignored, and line numbers count LF (and lone CR) line breaks, so a
 * record's `line` is what an editor shows. Invalid UTF-8, a quoted field that is never closed and
 * text between a closing quote and the next comma raise CsvSyntaxError.
 */
export async function* parseCsv(input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>): AsyncGenerator<CsvRecord> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let state = State.FieldStart;
  let fields: string[] = [];
  let field = '';
  /** Whether the current record has any content yet (a lone line break is an empty line). */
  let inRecord = false;
  let line = 1;
  let recordLine = 1;
  let first = true;
  /** Inside a quoted field: the previous character was a CR (so an LF after it is the same line break). */
  let crBefore = false;
  const done: CsvRecord[] = [];

  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    done.push({ line: recordLine, fields });
    fields = [];
    inRecord = false;
  };

  const consume = (text: string) => {
    if (first && text.length > 0) {
      if (text.startsWith(BOM)) text = text.slice(1);
      first = false;
    }
    /** Start of the not yet copied part of the current field within `text`. */
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      switch (state) {
        case State.Quoted:
          if (c === QUOTE) {
            field += text.slice(start, i);
            state = State.QuoteInQuoted;
          } else if (c === CR || (c === LF && !crBefore)) {
            line += 1;
          }
          crBefore = c === CR;
          continue;
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            state = State.Quoted;
            start = i; // the second quote is kept as the literal one
            continue;
          }
          if (c !== COMMA && c !== LF && c !== CR)
            throw new CsvSyntaxError(line, 'text after the closing quote of a field (a quote inside a quoted field must be doubled)');
          break; // handled below like the end of an unquoted field
        case State.Unquoted:
          if (c !== COMMA && c !== LF && c !== CR) continue;
          field += text.slice(start, i);
          break;
        case State.AfterCr:
          state = State.FieldStart;
          if (c === LF) continue;
        // falls through: after a lone CR this character starts the next record
        case State.FieldStart:
          if (c === QUOTE) {
            if (!inRecord) recordLine = line;
            inRecord = true;
            state = State.Quoted;
            start = i + 1;
            continue;
          }
          if (c !== COMMA && c !== LF && c !== CR) {
            if (!inRecord) recordLine = line;
            inRecord = true;
            state = State.Unquoted;
            start = i;
            continue;
          }
          break;
      }
      // Here c is a comma or a line break ending the current field.
      if (c === COMMA) {
        if (!inRecord) recordLine = line;
        inRecord = true;
        endField();
        state = State.FieldStart;
      } else {
        if (inRecord) endRecord();
        line += 1;
        state = c === CR ? State.AfterCr : State.FieldStart;
      }
    }
    if (state === State.Quoted || state === State.Unquoted) field += text.slice(start);
  };

  const decode = (chunk: Uint8Array | string | null): string => {
    if (typeof chunk === 'string') return chunk;
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new CsvSyntaxError(line, 'the file is not valid UTF-8');
    }
  };

  let failure: { error: unknown } | null = null;
  try {
    for await (const chunk of input) {
      consume(decode(chunk));
      yield* done;
      done.length = 0;
    }
    consume(decode(null));
    if ((state as State) === State.Quoted) throw new CsvSyntaxError(recordLine, 'a quoted field is not closed before the end of the file');
    if (inRecord) endRecord();
  } catch (error) {
    failure = { error };
  }
  // The records completed before a syntax error are still valid.
  yield* done;
  if (failure) throw failure.error;
}
