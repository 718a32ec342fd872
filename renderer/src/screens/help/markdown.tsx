// The user guide's Markdown, read by `marked` (GitHub-flavoured) and turned into React elements token by token.
// Raw HTML is disabled: an HTML tag in the text is shown as the text it is, and nothing is ever handed to
// innerHTML. Links are shown by their text (Regie is offline and opens no web pages from its guide).
import { Fragment, type ReactNode } from 'react';
import { Lexer, type Token, type Tokens } from 'marked';

export interface Chapter {
  id: string;
  title: string;
}

export interface Guide {
  tokens: Token[];
  /** The second-level headings, for the table of contents. */
  chapters: Chapter[];
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A token's text as a reader sees it (no markup): for headings' ids and the table of contents. */
function plain(tokens: Token[] | undefined, fallback: string): string {
  if (!tokens) return fallback;
  return tokens
    .map((t) => {
      const children = (t as Tokens.Generic).tokens as Token[] | undefined;
      return children ? plain(children, '') : 'text' in t ? String(t.text) : '';
    })
    .join('');
}

export function readGuide(source: string): Guide {
  const tokens = new Lexer({ gfm: true }).lex(source.replace(/\r\n?/g, '\n'));
  const chapters = tokens
    .filter((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 2)
    .map((h) => {
      const title = plain(h.tokens, h.text);
      return { id: slug(title), title };
    });
  return { tokens, chapters };
}

function inline(tokens: Token[] | undefined, fallback = ''): ReactNode {
  if (!tokens) return fallback;
  return tokens.map((t, i) => <Fragment key={i}>{inlineToken(t as Tokens.Generic)}</Fragment>);
}

function inlineToken(t: Tokens.Generic): ReactNode {
  switch (t.type) {
    case 'strong':
      return <strong>{inline(t.tokens, t.text)}</strong>;
    case 'em':
      return <em>{inline(t.tokens, t.text)}</em>;
    case 'del':
      return <del>{inline(t.tokens, t.text)}</del>;
    case 'codespan':
      return <code>{t.text}</code>;
    case 'br':
      return <br />;
    case 'link':
      return inline(t.tokens, t.text);
    case 'image':
      return t.text;
    case 'text':
      return t.tokens ? inline(t.tokens, t.text) : t.text;
    default:
      // escape, html (shown as text: raw HTML is disabled) and anything new.
      return 'text' in t ? String(t.text) : t.raw;
  }
}

function block(t: Tokens.Generic, key: number): ReactNode {
  switch (t.type) {
    case 'heading': {
      // The page's title is the h1; the guide's own title is left out.
      if (t.depth === 1) return null;
      const Tag = `h${Math.min(t.depth, 4)}` as 'h2' | 'h3' | 'h4';
      return (
        <Tag key={key} id={`guide-${slug(plain(t.tokens, t.text))}`}>
          {inline(t.tokens, t.text)}
        </Tag>
      );
    }
    case 'paragraph':
      return <p key={key}>{inline(t.tokens, t.text)}</p>;
    case 'list': {
      const items = (t as Tokens.List).items.map((item, i) => <li key={i}>{blocks(item.tokens)}</li>);
      return t.ordered ? (
        <ol key={key} start={typeof t.start === 'number' ? t.start : undefined}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'table': {
      const table = t as Tokens.Table;
      return (
        <table key={key}>
          <thead>
            <tr>
              {table.header.map((c, i) => (
                <th key={i}>{inline(c.tokens, c.text)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((c, i) => (
                  <td key={i}>{inline(c.tokens, c.text)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
    case 'blockquote':
      return <blockquote key={key}>{blocks(t.tokens)}</blockquote>;
    case 'hr':
      return <hr key={key} />;
    case 'code':
      return (
        <pre key={key}>
          <code>{t.text}</code>
        </pre>
      );
    case 'text':
      // A tight list item's text.
      return <Fragment key={key}>{inline(t.tokens, t.text)}</Fragment>;
    case 'html':
      return <p key={key}>{t.text}</p>;
    default:
      return null; // space, def
  }
}

function blocks(tokens: Token[] | undefined): ReactNode {
  return (tokens ?? []).map((t, i) => block(t as Tokens.Generic, i));
}

export function MarkdownView({ guide }: { guide: Guide }) {
  return <>{blocks(guide.tokens)}</>;
}
