// The main window's size and position, remembered in a small JSON file in the data folder. Restored
// only when it would be visible on one of the current displays (a laptop undocked from its second
// screen must not open Regie off-screen). Pure apart from the file helpers, which take an fs.
import nodeFs from 'node:fs';
import nodePath from 'node:path';
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WIDTH = 1024;
export const MIN_HEIGHT = 700;
const DEFAULT_WIDTH = 1280;
const DEFAULT_HEIGHT = 820;
/** How much of the window must lie on a display (in both directions) to count as visible. */
const MIN_VISIBLE = 120;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface WindowState extends Rect {
  maximized: boolean;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(1).max(100_000);
const windowStateSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  maximized: z.boolean().default(false),
});

function parseWindowState(value: unknown): WindowState | null {
  const result = windowStateSchema.safeParse(value);
  return result.success ? result.data : null;
}

type FsLike = Pick<typeof nodeFs, 'readFileSync' | 'writeFileSync' | 'renameSync' | 'mkdirSync' | 'rmSync'>;

/** The saved state, or null when there is none or it is unreadable (never throws). */
export function readWindowState(file: string, fs: FsLike = nodeFs): WindowState | null {
  try {
    return parseWindowState(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/**
 * Writes atomically: a temporary file in the same folder, then a rename over the old one, so a crash
 * never leaves half a file. Synchronous because it runs while the window closes. Never throws: losing
 * the window position is not worth an error message.
 */
export function writeWindowState(file: string, state: WindowState, fs: FsLike = nodeFs): boolean {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(nodePath.dirname(file), { recursive: true });
    fs.writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
    fs.renameSync(temp, file);
    return true;
  } catch {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // nothing left to do
    }
    return false;
  }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Visible: a good part of the window lies on one display's work area, and its top edge (the title bar,
 * to drag it by) is inside that work area.
 */
export function isVisibleOnSomeDisplay(bounds: Rect, workAreas: readonly Rect[]): boolean {
  return workAreas.some((area) => {
    const o = overlap(bounds, area);
    const minWidth = Math.min(MIN_VISIBLE, bounds.width);
    const minHeight = Math.min(MIN_VISIBLE, bounds.height);
    const titleBarInside = bounds.y >= area.y && bounds.y <= area.y + area.height - 40;
    return o.width >= minWidth && o.height >= minHeight && titleBarInside;
  });
}

interface InitialBounds {
  bounds: { width: number; height: number; x?: number; y?: number };
  maximized: boolean;
}

/**
 * Where the window opens: the saved bounds when visible (never below the minimum size), otherwise the
 * default size centred on the primary display; maximised when that display is smaller than the minimum.
 */
export function chooseInitialBounds(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  primary: Rect,
): InitialBounds {
  if (saved && isVisibleOnSomeDisplay(saved, workAreas)) {
    return {
      bounds: {
        x: saved.x,
        y: saved.y,
        width: Math.max(saved.width, MIN_WIDTH),
        height: Math.max(saved.height, MIN_HEIGHT),
      },
      maximized: saved.maximized,
    };
  }
  const width = Math.max(MIN_WIDTH, Math.min(DEFAULT_WIDTH, primary.width));
  const height = Math.max(MIN_HEIGHT, Math.min(DEFAULT_HEIGHT, primary.height));
  return {
    bounds: {
      width,
      height,
      x: primary.x + Math.max(0, Math.round((primary.width - width) / 2)),
      y: primary.y + Math.max(0, Math.round((primary.height - height) / 2)),
    },
    maximized: saved?.maximized === true || primary.width < MIN_WIDTH || primary.height < MIN_HEIGHT,
  };
}
