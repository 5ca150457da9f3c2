// Beside the comparison: the link to the printable brief, the cost charts of the routes compared and the volumes
// charts. The charts' code (charts.ts) loads with the first of them, not with the first view.
import { ApiError, getJson } from '../api';
import { currentLanguage, t } from '../i18n/messages';
import type { RouteMetrics, RouteVolumes } from '../contract';

/** The brief prints one to four routes (its page holds no more); its link carries only their ids. */
export function briefLink(): { element: HTMLElement; update(ids: string[]): void } {
  const element = document.createElement('div');
  const link = document.createElement('a');
  link.className = 'route-brief';
  link.textContent = t('routes.brief');
  link.target = '_blank';
  const hint = document.createElement('p');
  hint.textContent = t('routes.briefHint');
  element.append(link, hint);
  return {
    element,
    update(ids) {
      const usable = ids.length >= 1 && ids.length <= 4;
      link.hidden = !usable;
      hint.hidden = usable;
      if (usable) link.href = `/brief?routes=${ids.map(encodeURIComponent).join(',')}&lang=${currentLanguage()}`;
    },
  };
}

const failed = (error: unknown) =>
  t('routes.charts.loadFailed', { reason: error instanceof ApiError ? error.title : String(error) });

/** The volumes and capacity charts, filled once their code and data have loaded. */
export function volumesSection(): HTMLElement {
  const element = document.createElement('div');
  const volumes = getJson<RouteVolumes>('/api/routes/volumes');
  void Promise.all([import('./charts'), volumes])
    .then(([{ volumeCharts }, volumes]) => element.replaceChildren(volumeCharts(volumes)))
    .catch((error: unknown) => {
      element.textContent = failed(error);
    });
  return element;
}

/** Cost charts of the routes compared, into their container; a later comparison replaces an earlier one. */
export function costChartsInto(): ((compared: RouteMetrics[]) => void) & { element: HTMLElement } {
  const element = document.createElement('div');
  let latest = 0;
  const show = (compared: RouteMetrics[]) => {
    const call = ++latest;
    if (!compared.some((m) => m.costUsdPerFeu?.series.some((s) => s.points.length > 1))) {
      element.replaceChildren();
      return;
    }
    void import('./charts').then(({ costCharts }) => {
      if (call === latest) element.replaceChildren(costCharts(compared));
    }).catch((error: unknown) => {
      element.textContent = failed(error);
    });
  };
  return Object.assign(show, { element });
}
