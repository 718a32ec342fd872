// The user guide through marked: headings with ids for the table of contents, lists, tables, inline markup,
// and raw HTML shown as text, never interpreted.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import guideSource from '../../docs/gebruikershandleiding.md?raw';
import { MarkdownView, readGuide } from '../../renderer/src/screens/help/markdown';

const html = (source: string) =>
  renderToStaticMarkup(createElement(MarkdownView, { guide: readGuide(source) }));

describe('the guide through marked', () => {
  it('renders headings with ids (the h1 is the page title), paragraphs and inline markup', () => {
    const out = html(
      '# Regie\n\n## De **agenda** maken\n\nEen *punt* met `code` en ~~weg~~.\n\n### Stap één',
    );
    expect(out).toBe(
      '<h2 id="guide-de-agenda-maken">De <strong>agenda</strong> maken</h2>' +
        '<p>Een <em>punt</em> met <code>code</code> en <del>weg</del>.</p>' +
        '<h3 id="guide-stap-een">Stap één</h3>',
    );
  });

  it('renders numbered lists from their start, bullets, continuation lines and tables', () => {
    expect(html('3. drie\n4. vier\n   verder')).toBe('<ol start="3"><li>drie</li><li>vier\nverder</li></ol>');
    expect(html('- a\n- **b**')).toBe('<ul><li>a</li><li><strong>b</strong></li></ul>');
    expect(html('| Toets | Doet |\n|---|---|\n| `Alt+N` | nieuw punt |')).toBe(
      '<table><thead><tr><th>Toets</th><th>Doet</th></tr></thead>' +
        '<tbody><tr><td><code>Alt+N</code></td><td>nieuw punt</td></tr></tbody></table>',
    );
  });

  it('shows raw HTML as text and follows no links', () => {
    const out = html('<img src=x onerror="alert(1)">\n\nZie <b>dit</b> en [de site](https://example.nl).');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>');
    expect(out).not.toContain('href');
    expect(out).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(out).toContain('Zie &lt;b&gt;dit&lt;/b&gt; en de site.');
  });

  it('lists the chapters of the real guide for the table of contents', () => {
    const guide = readGuide(guideSource);
    expect(guide.chapters.length).toBeGreaterThan(5);
    for (const c of guide.chapters) {
      expect(c.id).toMatch(/^[a-z0-9-]+$/);
      expect(c.title).not.toMatch(/[*_`]/);
    }
  });
});
