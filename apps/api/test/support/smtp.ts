import { createServer, type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/* ---------- a minimal MIME reader for what nodemailer sends (quoted-printable / base64, RFC 2047) ---------- */

export interface ParsedMail {
  headers: Map<string, string>;
  subject: string;
  text: string;
  html: string;
}

function decodeBytes(input: string, encoding: string): string {
  if (encoding === 'base64') return Buffer.from(input.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding !== 'quoted-printable' && encoding !== 'q') return input;
  const source = encoding === 'q' ? input.replace(/_/g, ' ') : input.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < source.length; i += 1) {
    const hex = source.slice(i + 1, i + 3);
    if (source[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(source[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?[^?]+\?([QqBb])\?([^?]*)\?=/g, (_, kind: string, text: string) => decodeBytes(text, kind.toLowerCase() === 'b' ? 'base64' : 'q'));
}

function parsePart(raw: string, into: ParsedMail): Map<string, string> {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map(
    head.split(/\r?\n/).map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()] as const),
  );
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.startsWith('multipart/') && boundary) {
    for (const part of body.split(`--${boundary}`).slice(1, -1)) parsePart(part.replace(/^\r?\n/, ''), into);
  } else {
    const content = decodeBytes(body, (headers.get('content-transfer-encoding') ?? '').toLowerCase());
    if (type.startsWith('text/html')) into.html = content;
    else into.text = content;
  }
  return headers;
}

export function parseMail(raw: string): ParsedMail {
  const mail: ParsedMail = { headers: new Map(), subject: '', text: '', html: '' };
  mail.headers = parsePart(raw, mail);
  mail.subject = decodeWords(mail.headers.get('subject') ?? '');
  return mail;
}

/* ---------- an in-process SMTP server ---------- */

export interface Received extends ParsedMail {
  to: string[];
  from: string;
}

export interface TestSmtp {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 that keeps what it receives (or refuses every recipient). */
export async function startSmtp(options: { reject?: boolean; delayMs?: number; credentials?: string } = {}): Promise<TestSmtp> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onRcptTo: (_address, _session, callback) =>
      options.reject ? callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 })) : callback(),
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        received.push({ ...parseMail(Buffer.concat(chunks).toString('utf8')), to: session.envelope.rcptTo.map((r) => r.address), from });
        setTimeout(() => callback(), options.delayMs ?? 0);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://${options.credentials ? `${options.credentials}@` : ''}127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A local port nobody listens on. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
