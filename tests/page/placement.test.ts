import { describe, expect, it } from 'vitest';
import { GAP, placeBeside } from '../../lib/page/placement';

const viewport = { width: 1440, height: 900 };
const W = 300;

describe('placeBeside', () => {
  it.each([
    ['a Gmail popup at the bottom right: to its left', { left: 900, top: 380, width: 520, height: 520 }, 'left', 900 - GAP - W],
    ['an inline reply with room on the right only', { left: 120, top: 300, width: 700, height: 400 }, 'right', 120 + 700 + GAP],
    ['a full-screen compose: inside, at its right edge', { left: 40, top: 40, width: 1360, height: 820 }, 'inside', 40 + 1360 - W - GAP],
  ] as const)('%s', (_name, compose, side, left) => {
    const p = placeBeside(compose, viewport, W);
    expect(p.side).toBe(side);
    expect(p.left).toBe(left);
  });

  it('never covers the compose when a side has room', () => {
    const compose = { left: 900, top: 380, width: 520, height: 520 };
    const p = placeBeside(compose, viewport, W);
    expect(p.left + W <= compose.left || p.left >= compose.left + compose.width).toBe(true);
  });

  it('keeps the panel on screen when the compose starts below the fold', () => {
    const p = placeBeside({ left: 120, top: 1200, width: 700, height: 400 }, viewport, W);
    expect(p.top).toBeLessThanOrEqual(viewport.height - 160 - GAP);
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(viewport.height);
  });

  it('keeps the panel on screen when the compose starts above the top', () => {
    expect(placeBeside({ left: 900, top: -200, width: 520, height: 900 }, viewport, W).top).toBe(GAP);
  });
});

describe('placeBeside: height', () => {
  it('grows upward beside a short popup at the bottom of the screen', () => {
    const compose = { left: 900, top: 500, width: 520, height: 340 };
    const p = placeBeside(compose, viewport, W);
    expect(p.top + p.maxHeight).toBe(compose.top + compose.height);
    expect(p.maxHeight).toBe(560);
  });
});
