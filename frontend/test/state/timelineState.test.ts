import { describe, expect, it } from 'vitest';
import { defaultState, readState, writeState } from '../../src/state/permalink';

describe('permalink: the timeline and the tour', () => {
  it('carries the "as of" year, the tour step, the event and the Timeline tab', () => {
    const query = writeState({ ...defaultState, panel: 'timeline', asOf: 2015, tour: 3, event: 'btk-opened-2017' }, '');
    expect(query).toBe('?panel=timeline&asof=2015&tour=3&event=btk-opened-2017');
    expect(readState(query)).toEqual({
      ...defaultState,
      panel: 'timeline',
      asOf: 2015,
      tour: 3,
      event: 'btk-opened-2017',
    });
  });

  it('leaves them out when they are absent or make no sense', () => {
    expect(readState('?asof=abc&tour=0&event=<b>')).toEqual(defaultState);
    expect(writeState({ ...defaultState, asOf: null, tour: null, event: null }, '?asof=2015&tour=2&event=x')).toBe('');
  });

  it('keeps whether the tour plays: autoplay=1 while it plays, gone once paused or closed; loop, interval stay', () => {
    const playing = readState('?tour=2&autoplay=1&loop=1&interval=5');
    expect(playing).toEqual({ ...defaultState, tour: 2, autoplay: true });
    expect(writeState({ ...playing, autoplay: false }, '?tour=2&autoplay=1&loop=1&interval=5')).toBe(
      '?tour=2&loop=1&interval=5',
    );
    expect(writeState({ ...playing, tour: 3 }, '?tour=2&loop=1&interval=5')).toBe(
      '?tour=3&loop=1&interval=5&autoplay=1',
    );
    expect(writeState({ ...playing, tour: null }, '?tour=2&autoplay=1')).toBe('');
    expect(readState('?autoplay=yes&tour=1')).toEqual({ ...defaultState, tour: 1 });
  });
});
