/**
 * The legal pages' text format: plain text with a few Markdown marks, turned into data (never into
 * HTML), so whatever an administrator types is shown as text. Blank lines separate blocks; "## " and
 * "### " start headings, "- " or "* " list items; inside a line **bold**, `code` and
 * [links](https://…) — only http(s) and mailto addresses become links, anything else stays text.
 */
export type Inline =
  { kind: 'text'; text: string } | { kind: 'strong'; text: string } | { kind: 'code'; text: string } | { kind: 'link'; text: string; href: string };

export type Block =
  { kind: 'heading'; level: 2 | 3; content: Inline[] } | { kind: 'paragraph'; lines: Inline[][] } | { kind: 'list'; items: Inline[][] };

const INLINE = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;
const HEADING = /^(#{2,3})\s+(.+)$/;
const LIST_ITEM = /^[-*]\s+(.+)$/;

/** True for an address that may become a link: http(s) and mailto only (no javascript:, data:, …). */
export function isSafeLinkTarget(href: string): boolean {
  if (!URL.canParse(href)) return false;
  return ['https:', 'http:', 'mailto:'].includes(new URL(href).protocol);
}

export function parseInline(line: string): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  const text = (value: string) => {
    if (!value) return;
    const previous = parts.at(-1);
    if (previous?.kind === 'text') previous.text += value;
    else parts.push({ kind: 'text', text: value });
  };
  for (const match of line.matchAll(INLINE)) {
    text(line.slice(last, match.index));
    const [whole, strong, code, linkText, href] = match;
    if (strong !== undefined) parts.push({ kind: 'strong', text: strong });
    else if (code !== undefined) parts.push({ kind: 'code', text: code });
    else if (linkText !== undefined && href !== undefined && isSafeLinkTarget(href)) parts.push({ kind: 'link', text: linkText, href });
    else text(whole);
    last = match.index + whole.length;
  }
  text(line.slice(last));
  return parts;
}

export function parseLegalText(source: string): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const heading = HEADING.exec(line);
    const item = LIST_ITEM.exec(line);
    if (!line) {
      open = null;
    } else if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length === 2 ? 2 : 3, content: parseInline(heading[2]!) });
      open = null;
    } else if (item) {
      if (open?.kind !== 'list') blocks.push((open = { kind: 'list', items: [] }));
      open.items.push(parseInline(item[1]!));
    } else {
      if (open?.kind !== 'paragraph') blocks.push((open = { kind: 'paragraph', lines: [] }));
      open.lines.push(parseInline(line));
    }
  }
  return blocks;
}
