import { describe, expect, it, vi } from 'vitest';
import { PageStore, defaultState, readState, writeState, type PageState } from '../../src/state/permalink';

describe('permalink', () => {
  it('reads the defaults from an empty query', () => {
    expect(readState('')).toEqual(defaultState);
  });

  it('round-trips a shared view with trade, routes and a plan', () => {
    const state: PageState = {
      view: { zoom: 5, lat: 42.5, lon: 70.25 },
      layers: ['borders', 'hubs'],
      panel: 'routes',
      year: 2018,
      reporter: 'partner',
      trade: false,
      flows: true,
      routes: ['middle-corridor', 'sea-suez'],
      plan: { from: 'xian', to: 'istanbul', avoid: ['RUS', 'IRN'], by: 'time', scenario: 'planned' },
      lang: 'zh',
    };
    const query = writeState(state, '');
    expect(query).toBe(
      '?view=5%2F42.5000%2F70.2500&layers=borders%2Chubs&panel=routes&year=2018&reporter=partner&trade=off'
        + '&routes=middle-corridor%2Csea-suez&plan=xian%2Cistanbul&avoid=RUS%2CIRN&by=time&scenario=planned&lang=zh',
    );
    expect(readState(query)).toEqual(state);
  });

  it('opens the Data panel from its link, and any other panel name is the trade panel', () => {
    expect(readState('?panel=data').panel).toBe('data');
    expect(writeState({ ...defaultState, panel: 'data' }, '')).toBe('?panel=data');
    expect(readState('?panel=downloads').panel).toBe('trade');
  });

  it('keeps an empty layer list apart from the default of all layers', () => {
    expect(readState('?layers=').layers).toEqual([]);
    expect(readState('').layers).toBeNull();
  });

  it('ignores nonsense and keeps other parameters', () => {
    const state = readState('?year=abc&reporter=both&plan=xian');
    expect([state.year, state.reporter, state.plan]).toEqual([null, 'china', null]);
    expect(readState('?view=99/0/0').view).toBeNull();
    expect(writeState(defaultState, '?lang=en')).toBe('?lang=en');
  });

  it('mirrors every update into the address bar without adding history', () => {
    const replaceState = vi.fn();
    const store = new PageStore(
      { pathname: '/', search: '', hash: '' } as Location,
      { replaceState } as unknown as History,
    );
    store.update({ year: 2024, routes: ['cku-railway'] });
    expect(store.state.year).toBe(2024);
    expect(replaceState).toHaveBeenCalledWith(null, '', '/?year=2024&routes=cku-railway');
  });

  it('leaves the address bar alone when an update does not change it', () => {
    const replaceState = vi.fn();
    const store = new PageStore(
      { pathname: '/', search: '?year=2024&lang=en', hash: '' } as Location,
      { replaceState } as unknown as History,
    );
    store.update({ year: 2024, lang: 'en' });
    expect(replaceState).not.toHaveBeenCalled();
    store.update({ year: 2023 });
    expect(replaceState).toHaveBeenCalledWith(null, '', '/?year=2023&lang=en');
  });

  it('tells subscribers of each change until they unsubscribe', () => {
    const store = new PageStore(
      { pathname: '/', search: '', hash: '' } as Location,
      { replaceState: () => {} } as unknown as History,
    );
    const years: (number | null)[] = [];
    const unsubscribe = store.subscribe((state) => years.push(state.year));
    store.update({ year: 2022 });
    store.update({ year: 2024 });
    unsubscribe();
    store.update({ year: 2025 });
    expect(years).toEqual([2022, 2024]);
  });
});
