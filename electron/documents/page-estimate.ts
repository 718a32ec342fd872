// How many pages one of Regie's documents takes, worked out from its body as docx formats it — so the
// footer's "Pagina 1 van 2" carries its numbers as a cached field value, and viewers that never recompute
// fields (previews in mail programs, some phone viewers) still show them. Word and LibreOffice recompute
// the fields on opening, so the estimate only has to be right where nobody recomputes.
//
// Why by hand: docx's own estimator (`docx/layout`) lays out every line as Word does, but costs 100–600 ms
// for a 7–40 item agenda on these machines (measured; it is ~10× the time to build and pack the document),
// and the agenda is built inside the distribution package, whose whole budget is 1.5 × a plain copy. This
// one knows only Regie's own documents — one section, Arial, our paragraph and table styles — and lays
// them out in a few milliseconds: words wrapped with Arial's advance widths (identical to Liberation Sans,
// which LibreOffice uses in its place), line heights of 1.15 × the font size, spacing, rows that do not
// split, repeated header rows, headings kept with what follows, and widow/orphan control. The documents
// tests compare its count with LibreOffice's page count for every fixture.
import type { PageNumberEstimator } from 'docx';

/** What the layout needs of a paragraph style, in the units of the XML (half-points, twentieths of a point). */
export interface EstimateStyle {
  basedOn?: string;
  size?: number;
  bold?: boolean;
  before?: number;
  after?: number;
  /** Line spacing in 240ths of a line ('auto' rule). */
  line?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  indentLeft?: number;
}

export interface EstimateSetup {
  /** Paragraph styles by id; 'Normal' is the document default. */
  styles: Record<string, EstimateStyle>;
  /** Page width and height, and margins, in twips. */
  page: { width: number; height: number };
  margin: { top: number; bottom: number; left: number; right: number };
  /** Default cell margins of tables (top/bottom/left/right), in twips. */
  cellMargin: { top: number; bottom: number; left: number; right: number };
  /** Left indent of list paragraphs (numbering), in twips. */
  listIndent: number;
}

// Advance widths of Arial (= Helvetica metrics), per 1000 em, for the printable ASCII range 32..126.
// prettier-ignore
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667,
  556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556,
  556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722,
  500, 500, 500, 334, 260, 334, 584,
];
// prettier-ignore
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722,
  611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556,
  611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778,
  556, 556, 500, 389, 280, 389, 584,
];
const SPECIAL: Record<string, number> = {
  '€': 556,
  '–': 556,
  '—': 1000,
  '‘': 222,
  '’': 222,
  '“': 333,
  '”': 333,
  '•': 350,
  '…': 1000,
  '·': 278,
  '\u00a0': 278,
};

function charWidth(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0) ?? 32;
  const table = bold ? BOLD : REGULAR;
  if (code >= 32 && code <= 126) return table[code - 32] as number;
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  // Accented Latin letters are as wide as their base letter ('é' as 'e').
  const base = ch.normalize('NFD').charCodeAt(0);
  if (base >= 32 && base <= 126) return table[base - 32] as number;
  return code > 0x2000 ? 1000 : 556; // symbols and emoji: about an em
}

/** Arial's line height: (ascender + descender + line gap) / em = (1854 + 434 + 67) / 2048. */
const LINE_FACTOR = 1.15;
/** What a row's border adds to its height (twips, measured in LibreOffice's PDFs). */
const ROW_BORDER = 8;

// ---------- reading the formatted XML (xml-js style objects: { tag: children[] | child }) ----------

type Node = Record<string, unknown>;

function children(node: unknown): unknown[] {
  if (Array.isArray(node)) return node;
  return node === undefined || node === null ? [] : [node];
}

function tagOf(node: unknown): string | null {
  if (typeof node !== 'object' || node === null) return null;
  const key = Object.keys(node).find((k) => k !== '_attr');
  return key ?? null;
}

function find(list: unknown[], tag: string): unknown {
  for (const c of list) if (tagOf(c) === tag) return (c as Node)[tag];
  return undefined;
}

function attr(node: unknown, name: string): string | undefined {
  for (const c of children(node)) {
    if (typeof c === 'object' && c !== null && '_attr' in c) {
      const v = (c as { _attr: Record<string, unknown> })._attr[name];
      if (v !== undefined) return String(v);
    }
  }
  if (typeof node === 'object' && node !== null && '_attr' in node) {
    const v = (node as { _attr: Record<string, unknown> })._attr[name];
    if (v !== undefined) return String(v);
  }
  return undefined;
}

/** An on/off property (w:b, w:keepNext, w:tblHeader …): present and not switched off by its w:val. */
function isOn(node: unknown): boolean {
  if (node === undefined) return false;
  const v = attr(node, 'w:val');
  return v === undefined || !['0', 'false', 'off'].includes(v);
}

function num(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

// ---------- blocks ----------

interface Run {
  text: string;
  size: number;
  bold: boolean;
}

interface Para {
  style: Required<Omit<EstimateStyle, 'basedOn'>>;
  /** Lines of runs: hard line breaks split a paragraph into segments. */
  segments: Run[][];
  exact: number | null;
}

function resolveStyle(
  setup: EstimateSetup,
  id: string | undefined,
): Required<Omit<EstimateStyle, 'basedOn'>> {
  const chain: EstimateStyle[] = [];
  let current: string | undefined = id ?? 'Normal';
  const seen = new Set<string>();
  while (current && !seen.has(current)) {
    seen.add(current);
    const s: EstimateStyle | undefined = setup.styles[current];
    if (!s) break;
    chain.push(s);
    current = s.basedOn ?? (current === 'Normal' ? undefined : 'Normal');
  }
  const out = {
    size: 20,
    bold: false,
    before: 0,
    after: 0,
    line: 240,
    keepNext: false,
    keepLines: false,
    indentLeft: 0,
  };
  for (const s of chain.reverse())
    Object.assign(out, Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'basedOn')));
  return out;
}

function readParagraph(setup: EstimateSetup, p: unknown): Para {
  const list = children(p);
  const pPr = children(find(list, 'w:pPr'));
  const style = resolveStyle(setup, attr(find(pPr, 'w:pStyle'), 'w:val'));
  const spacing = find(pPr, 'w:spacing');
  let exact: number | null = null;
  if (spacing !== undefined) {
    style.before = num(attr(spacing, 'w:before')) ?? style.before;
    style.after = num(attr(spacing, 'w:after')) ?? style.after;
    const line = num(attr(spacing, 'w:line'));
    if (line !== undefined) {
      if (attr(spacing, 'w:lineRule') === 'exact') exact = line;
      else style.line = line;
    }
  }
  if (find(pPr, 'w:keepNext') !== undefined) style.keepNext = isOn(find(pPr, 'w:keepNext'));
  if (find(pPr, 'w:keepLines') !== undefined) style.keepLines = isOn(find(pPr, 'w:keepLines'));
  if (find(pPr, 'w:numPr') !== undefined) style.indentLeft = setup.listIndent;
  const ind = find(pPr, 'w:ind');
  if (ind !== undefined) style.indentLeft = num(attr(ind, 'w:left')) ?? style.indentLeft;

  const segments: Run[][] = [[]];
  const addRuns = (nodes: unknown[]) => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'w:r') {
        const r = children((node as Node)[tag]);
        const rPr = children(find(r, 'w:rPr'));
        const size = num(attr(find(rPr, 'w:sz'), 'w:val')) ?? style.size;
        const boldNode = find(rPr, 'w:b');
        const runStyle = attr(find(rPr, 'w:rStyle'), 'w:val');
        const bold = boldNode !== undefined ? isOn(boldNode) : runStyle === 'Strong' || style.bold;
        for (const c of r) {
          const t = tagOf(c);
          if (t === 'w:br') segments.push([]);
          else if (t === 'w:t') {
            const text = children((c as Node)[t])
              .filter((x): x is string => typeof x === 'string')
              .join('');
            segments[segments.length - 1]?.push({ text, size, bold });
          } else if (t === 'w:tab') segments[segments.length - 1]?.push({ text: '    ', size, bold });
        }
      } else if (tag === 'w:fldSimple' || tag === 'w:hyperlink') addRuns(children((node as Node)[tag]));
    }
  };
  addRuns(list);
  return { style, segments, exact };
}

/** Lines a segment of runs takes in `width` twips: words wrapped greedily at spaces. */
function lineCount(runs: Run[], width: number): { lines: number; size: number } {
  let size = 0;
  for (const r of runs) size = Math.max(size, r.size);
  if (runs.every((r) => r.text === '')) return { lines: 1, size };
  let lines = 1;
  let x = 0;
  let word = 0;
  let pendingSpace = 0;
  const flushWord = () => {
    if (word === 0) return;
    if (x > 0 && x + pendingSpace + word > width) {
      lines++;
      x = 0;
      pendingSpace = 0;
    }
    // A word longer than the line breaks anywhere.
    while (word > width) {
      lines++;
      word -= width;
    }
    x += pendingSpace + word;
    pendingSpace = 0;
    word = 0;
  };
  for (const r of runs) {
    const scale = ((r.size / 2) * 20) / 1000; // twips per 1/1000 em
    for (const ch of r.text) {
      const w = charWidth(ch, r.bold) * scale;
      if (ch === ' ') {
        flushWord();
        pendingSpace += w;
      } else word += w;
    }
  }
  flushWord();
  return { lines, size };
}

interface Lines {
  heights: number[];
  before: number;
  after: number;
  keepNext: boolean;
  keepLines: boolean;
}

function paragraphLines(p: Para, width: number): Lines {
  const heights: number[] = [];
  const avail = Math.max(200, width - p.style.indentLeft);
  for (const seg of p.segments) {
    const { lines, size } = lineCount(seg, avail);
    const pt = (size || p.style.size) / 2;
    const h = p.exact ?? pt * LINE_FACTOR * 20 * (p.style.line / 240);
    for (let i = 0; i < lines; i++) heights.push(h);
  }
  return {
    heights,
    before: p.style.before,
    after: p.style.after,
    keepNext: p.style.keepNext,
    keepLines: p.style.keepLines,
  };
}

/**
 * Between two paragraphs LibreOffice leaves the larger of the first's space after and the second's space
 * before (measured); the first paragraph's space before and the last one's after stay inside the cell.
 */
function cellHeight(
  setup: EstimateSetup,
  tc: unknown[],
  width: number,
  margin: EstimateSetup['cellMargin'],
): number {
  let h = margin.top + margin.bottom;
  let previousAfter: number | null = null;
  for (const p of tc.filter((c) => tagOf(c) === 'w:p')) {
    const l = paragraphLines(readParagraph(setup, (p as Node)['w:p']), width - margin.left - margin.right);
    h += (previousAfter === null ? l.before : Math.max(previousAfter, l.before)) + sum(l.heights);
    previousAfter = l.after;
  }
  return h + (previousAfter ?? 0);
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

interface Row {
  height: number;
  header: boolean;
}

function tableRows(setup: EstimateSetup, tbl: unknown): Row[] {
  const list = children(tbl);
  const grid = children(find(list, 'w:tblGrid'))
    .filter((c) => tagOf(c) === 'w:gridCol')
    .map((c) => num(attr((c as Node)['w:gridCol'], 'w:w')) ?? 0);
  const tblPr = children(find(list, 'w:tblPr'));
  const mar = find(tblPr, 'w:tblCellMar');
  const margin = { ...setup.cellMargin };
  if (mar !== undefined) {
    const m = children(mar);
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const v = num(attr(find(m, `w:${side}`), 'w:w'));
      if (v !== undefined) margin[side] = v;
    }
  }
  const rows: Row[] = [];
  for (const tr of list.filter((c) => tagOf(c) === 'w:tr')) {
    const cells = children((tr as Node)['w:tr']);
    const trPr = children(find(cells, 'w:trPr'));
    let col = 0;
    let height = 0;
    for (const tc of cells.filter((c) => tagOf(c) === 'w:tc')) {
      const tcList = children((tc as Node)['w:tc']);
      const tcPr = children(find(tcList, 'w:tcPr'));
      const span = num(attr(find(tcPr, 'w:gridSpan'), 'w:val')) ?? 1;
      const width = grid.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      height = Math.max(height, cellHeight(setup, tcList, width, margin));
    }
    rows.push({ height: height + ROW_BORDER, header: isOn(find(trPr, 'w:tblHeader')) });
  }
  return rows;
}

// ---------- pages ----------

/** The number of pages of a formatted body. */
export function countPages(setup: EstimateSetup, body: unknown): number {
  const content = setup.page.height - setup.margin.top - setup.margin.bottom;
  const width = setup.page.width - setup.margin.left - setup.margin.right;
  const blocks = children((body as Node)['w:body']).filter((c) => tagOf(c) !== 'w:sectPr');

  let pages = 1;
  let y = 0; // used height on the current page
  let lastAfter = 0;
  const newPage = () => {
    pages++;
    y = 0;
    lastAfter = 0;
  };

  const laid = blocks.map((b) => {
    const tag = tagOf(b);
    if (tag === 'w:tbl') return { kind: 'table' as const, rows: tableRows(setup, (b as Node)[tag]) };
    return { kind: 'para' as const, lines: paragraphLines(readParagraph(setup, (b as Node)['w:p']), width) };
  });

  /** Space before a block, after one with `after` below it: LibreOffice leaves the larger of the two. */
  const before = (i: number): number => {
    const b = laid[i];
    return b && b.kind === 'para' ? b.lines.before : 0;
  };

  /**
   * Height a block needs to start on this page, its own space before not counted: a kept-together paragraph
   * whole, else its first two lines (orphan control); a table its header and first row; and a paragraph that
   * keeps with the next one, the next one's start as well.
   */
  const startNeed = (i: number, depth = 0): number => {
    const b = laid[i];
    if (!b) return 0;
    if (b.kind === 'table') {
      const head = b.rows.filter((r) => r.header).reduce((a, r) => a + r.height, 0);
      const first = b.rows.find((r) => !r.header)?.height ?? 0;
      return head + first;
    }
    const l = b.lines;
    const own = l.keepLines ? sum(l.heights) : sum(l.heights.slice(0, 2));
    if (l.keepNext && depth < 5 && laid[i + 1])
      return own + Math.max(l.after, before(i + 1)) + startNeed(i + 1, depth + 1);
    return own;
  };

  laid.forEach((b, i) => {
    if (b.kind === 'table') {
      const header = b.rows.filter((r) => r.header);
      const headerHeight = header.reduce((a, r) => a + r.height, 0);
      y += lastAfter;
      lastAfter = 0;
      b.rows.forEach((row, k) => {
        if (y + row.height > content && y > 0) {
          newPage();
          if (!row.header) y += headerHeight;
        } else if (k === 0 && y + startNeed(i) > content && y > 0) {
          newPage();
        }
        y += row.height;
      });
      return;
    }
    const l = b.lines;
    const spaceBefore = y === 0 ? 0 : Math.max(l.before, lastAfter);
    if (y > 0 && y + spaceBefore + startNeed(i) > content) newPage();
    y += y === 0 ? 0 : spaceBefore;
    const total = l.heights.length;
    l.heights.forEach((h, k) => {
      if (y + h > content && y > 0) {
        // Widow/orphan control: never one line alone at the end or start of a page.
        const left = total - k;
        newPage();
        if (left === 1 && k >= 2) y += l.heights[k - 1] ?? 0;
      }
      y += h;
    });
    lastAfter = l.after;
  });
  return pages;
}

/** A docx page-number estimator that gives the page count of Regie's documents (see above). */
export function pageCountEstimator(setup: EstimateSetup): PageNumberEstimator {
  return ((body: unknown) => ({
    bookmarks: new Map<string, string>(),
    pageCount: countPages(setup, body),
  })) as PageNumberEstimator;
}
