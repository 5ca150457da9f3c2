import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { autoplay, readAutoplay } from '../../src/tour/autoplay';

describe('readAutoplay', () => {
  it('plays only when asked, every 12 s unless told', () => {
    expect(readAutoplay('?tour=1')).toEqual({ autoplay: false, loop: false, intervalMs: 12_000 });
    expect(readAutoplay('?tour=1&autoplay=1&loop=1&interval=5')).toEqual({
      autoplay: true,
      loop: true,
      intervalMs: 5_000,
    });
  });

  it('keeps the interval within 2 s and 10 min', () => {
    expect(readAutoplay('?interval=0').intervalMs).toBe(2_000);
    expect(readAutoplay('?interval=-4').intervalMs).toBe(2_000);
    expect(readAutoplay('?interval=99999').intervalMs).toBe(600_000);
    expect(readAutoplay('?interval=abc').intervalMs).toBe(12_000);
  });
});

describe('autoplay', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const run = (loop: boolean, first = 1) => {
    const panel = document.createElement('section');
    document.body.append(panel);
    const steps = { index: first, count: 3, go: (n: number) => ((steps.index = n), player.stepped()) };
    const player = autoplay(panel, steps, { autoplay: true, loop, intervalMs: 1000 });
    panel.append(player.button);
    return { panel, steps, player };
  };

  it('advances a step each interval and stops at the end', () => {
    const { steps, player } = run(false);
    vi.advanceTimersByTime(1000);
    expect(steps.index).toBe(2);
    vi.advanceTimersByTime(2000);
    expect(steps.index).toBe(3);
    expect(player.playing).toBe(false);
  });

  it('loops back to the first step when asked', () => {
    const { steps } = run(true, 3);
    vi.advanceTimersByTime(1000);
    expect(steps.index).toBe(1);
  });

  it('stops at a key press and holds while the pointer is over the panel', () => {
    const { panel, steps, player } = run(false);
    panel.dispatchEvent(new Event('pointerenter'));
    vi.advanceTimersByTime(5000);
    expect(steps.index).toBe(1);
    expect(panel.dataset.autoplay).toBe('held');
    panel.dispatchEvent(new Event('pointerleave'));
    vi.advanceTimersByTime(1000);
    expect(steps.index).toBe(2);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(player.playing).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(steps.index).toBe(2);
  });
});
