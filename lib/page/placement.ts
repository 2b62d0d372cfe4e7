/**
 * Where the sidebar goes: beside the compose window, never over the text being typed. Pure, so
 * every layout (popup at the bottom right, full screen, inline reply, narrow window) is a table test.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Height the panel may use; it scrolls inside. */
  maxHeight: number;
  /** 'left' / 'right' of the compose; 'inside' when neither side has room (the panel then starts collapsed). */
  side: 'left' | 'right' | 'inside';
}

export const GAP = 8;
export const MIN_HEIGHT = 160;
export const DESIRED_HEIGHT = 560;

export function placeBeside(compose: Box, viewport: { width: number; height: number }, panelWidth: number): Placement {
  const roomLeft = compose.left - GAP;
  const roomRight = viewport.width - (compose.left + compose.width) - GAP;
  // Popups sit at the bottom right of Gmail, so the left side is usually free; prefer it, then the right.
  const side: Placement['side'] = roomLeft >= panelWidth ? 'left' : roomRight >= panelWidth ? 'right' : 'inside';
  const left =
    side === 'left'
      ? compose.left - GAP - panelWidth
      : side === 'right'
        ? compose.left + compose.width + GAP
        : Math.max(GAP, compose.left + compose.width - panelWidth - GAP);
  // As tall as the compose or DESIRED_HEIGHT, whichever is more, bottom-aligned with a short
  // compose (Gmail's popups hug the bottom of the screen), and always on screen.
  const desired = Math.max(compose.height, DESIRED_HEIGHT);
  const top = clamp(Math.min(compose.top, compose.top + compose.height - desired), GAP, Math.max(GAP, viewport.height - MIN_HEIGHT - GAP));
  const maxHeight = Math.max(MIN_HEIGHT, Math.min(viewport.height - top - GAP, desired));
  return { left: Math.round(left), top: Math.round(top), maxHeight: Math.round(maxHeight), side };
}

const clamp = (x: number, lo: number, hi: number) => Math.min(Math.max(x, lo), hi);
