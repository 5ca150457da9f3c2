import { describe, expect, it } from 'vitest';
import { defaultState, readState, writeState } from '../../src/state/permalink';

describe('permalink', () => {
  it('reads the defaults from an empty query', () => {
    expect(readState('')).toEqual(defaultState);
  });
  it('round-trips a shared view', () => {
    const state = { year: 2018, reporter: 'partner' as const, trade: false, flows: true };
    const query = writeState(state, '');
    expect(query).toBe('?year=2018&reporter=partner&trade=off');
    expect(readState(query)).toEqual(state);
  });
  it('ignores nonsense and keeps other parameters', () => {
    expect(readState('?year=abc&reporter=both').year).toBeNull();
    expect(readState('?year=abc&reporter=both').reporter).toBe('china');
    expect(writeState(defaultState, '?view=4/41/76')).toBe('?view=4%2F41%2F76');
  });
});
