// A small Markdown reader for the user guide: headings, paragraphs, bullet and numbered lists (with
// continuation lines), tables, horizontal rules, and inline bold, italics and code. Everything becomes
// React elements: the text is never handed to innerHTML, so nothing in it is ever interpreted as HTML.
import { Fragment, type ReactNode } from 'react';

export type Block =
  | { kind: 'heading'; level: number; text: string; id: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; start: number; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][] }
  | { kind: 'rule' }
  | { kind: 'code'; text: string };

export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  const isListItem = (l: string) => /^\s*([-*+]|\d+[.)])\s+/.test(l);
  const startsBlock = (l: string) => /^(#{1,6}\s|---+\s*$|```|\|)/.test(l.trim()) || isListItem(l);
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    if (!trimmed) {
      i++;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(trimmed);
    if (heading) {
      const text = (heading[2] ?? '').replace(/#+\s*$/, '').trim();
      blocks.push({ kind: 'heading', level: heading[1]!.length, text, id: slug(text) });
      i++;
    } else if (/^(-{3,}|\*{3,}|_{3,})$/.test(trimmed)) {
      blocks.push({ kind: 'rule' });
      i++;
    } else if (trimmed.startsWith('```')) {
      const code: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] ?? '').trim().startsWith('```')) code.push(lines[i++] ?? '');
      i++;
      blocks.push({ kind: 'code', text: code.join('\n') });
    } else if (trimmed.startsWith('|')) {
      const rows: string[][] = [];
      while (i < lines.length && (lines[i] ?? '').trim().startsWith('|')) rows.push(cells(lines[i++] ?? ''));
      const [head = [], maybeRule, ...rest] = rows;
      const body = maybeRule && maybeRule.every((c) => /^:?-+:?$/.test(c)) ? rest : rows.slice(1);
      blocks.push({ kind: 'table', head, rows: body });
    } else if (isListItem(line)) {
      const ordered = /^\s*\d/.test(line);
      const start = ordered ? Number(/\d+/.exec(line)?.[0] ?? 1) : 1;
      const items: string[] = [];
      while (i < lines.length) {
        const l = lines[i] ?? '';
        if (isListItem(l) && /^\s*\d/.test(l) === ordered) {
          items.push(l.replace(/^\s*([-*+]|\d+[.)])\s+/, ''));
        } else if (l.trim() && /^\s+/.test(l) && items.length) {
          items[items.length - 1] += ' ' + l.trim();
        } else break;
        i++;
      }
      blocks.push({ kind: 'list', ordered, start, items });
    } else {
      const text: string[] = [];
      while (i < lines.length && (lines[i] ?? '').trim() && !(text.length && startsBlock(lines[i] ?? '')))
        text.push((lines[i++] ?? '').trim());
      blocks.push({ kind: 'paragraph', text: text.join(' ') });
    }
  }
  return blocks;
}

/** Inline markup: **bold**, __bold__, *italic*, _italic_, `code`. Anything else stays plain text. */
export function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  const pattern = /(\*\*|__)(.+?)\1|`([^`]+)`|(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\4(?![\w*])/g;
  let last = 0;
  let key = 0;
  for (const m of text.matchAll(pattern)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    if (m[2] !== undefined) out.push(<strong key={key++}>{inline(m[2])}</strong>);
    else if (m[3] !== undefined) out.push(<code key={key++}>{m[3]}</code>);
    else if (m[5] !== undefined) out.push(<em key={key++}>{inline(m[5])}</em>);
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out.map((part, i) => (typeof part === 'string' ? <Fragment key={`t${i}`}>{part}</Fragment> : part));
}
