// The page's state in its URL, so a view can be bookmarked and shared: read once at start, written on every change.

export interface PageState {
  year: number | null;
  reporter: 'china' | 'partner';
  trade: boolean;
  flows: boolean;
}

export const defaultState: PageState = { year: null, reporter: 'china', trade: true, flows: true };

export function readState(search: string): PageState {
  const params = new URLSearchParams(search);
  const year = Number(params.get('year'));
  return {
    year: Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : null,
    reporter: params.get('reporter') === 'partner' ? 'partner' : 'china',
    trade: params.get('trade') !== 'off',
    flows: params.get('flows') !== 'off',
  };
}

export function writeState(state: PageState, search: string): string {
  const params = new URLSearchParams(search);
  const set = (key: string, value: string | null, fallback: string | null) =>
    value === fallback || value === null ? params.delete(key) : params.set(key, value);
  set('year', state.year === null ? null : String(state.year), null);
  set('reporter', state.reporter, 'china');
  set('trade', state.trade ? 'on' : 'off', 'on');
  set('flows', state.flows ? 'on' : 'off', 'on');
  const text = params.toString();
  return text ? `?${text}` : '';
}
