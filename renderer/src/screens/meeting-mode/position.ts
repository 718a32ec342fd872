// Where the chair was in meeting mode, per meeting, for this browser session: coming back to meeting mode
// (from the minutes, say) opens the same item.
const STORAGE = 'regie.meetingMode.';

export function rememberedItem(meetingId: string): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE + meetingId);
  } catch {
    return null;
  }
}

export function remember(meetingId: string, itemId: string) {
  try {
    window.sessionStorage.setItem(STORAGE + meetingId, itemId);
  } catch {
    // private mode: the position just does not survive leaving meeting mode
  }
}
