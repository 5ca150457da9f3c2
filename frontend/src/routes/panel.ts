import { ApiError, getJson, postJson } from '../api';
import { html } from '../dom';
import { downloadText } from '../download';
import { currentLanguage, t } from '../i18n/messages';
import { comparisonTable } from './table';
import { briefLink, costChartsInto, volumesSection } from './extras';
import { labelled, planForm, type PlanForm } from './planControls';
import { routeColours } from './types';
import type { NetworkNodeInfo, RouteComparison, RouteMetrics, RouteSummary } from '../contract';

export interface PlanRequest {
  from: string;
  to: string;
  avoid: string[];
  by: 'distance' | 'time';
  scenario: 'today' | 'planned';
}

export interface RoutesState {
  routes: string[];
  plan: PlanRequest | null;
}

interface Callbacks {
  change(state: RoutesState): void;
  show(metrics: RouteMetrics[], colours: Map<string, string>): void;
  startDrawing(done: (line: [number, number][]) => void): void;
}

/** The language of the page for the API's names (English needs none). */
const langParam = () => (currentLanguage() === 'en' ? '' : `&lang=${currentLanguage()}`);

let nodeNames = new Map<string, string>();
const nodeName = (id: string) => nodeNames.get(id) ?? id;

/**
 * Planners' panel: pick 2 to 6 routes to compare, plan a path between two nodes (avoiding countries, by distance
 * or time), or measure your own route drawn on the map or uploaded as GeoJSON. Everything lands in one table.
 */
export class RoutesPanel {
  readonly element: HTMLElement;
  private readonly checkboxes: HTMLInputElement[] = [];
  private readonly result = document.createElement('div');
  private readonly message = document.createElement('p');
  private readonly brief = briefLink();
  private readonly costCharts = costChartsInto();
  private compared: RouteMetrics[] = [];
  private plan: RouteMetrics | null = null;
  private custom: RouteMetrics | null = null;
  private state: RoutesState = { routes: [], plan: null };
  private readonly planForm: PlanForm;

  constructor(
    private readonly routes: RouteSummary[],
    nodes: NetworkNodeInfo[],
    private readonly callbacks: Callbacks,
  ) {
    nodeNames = new Map(nodes.map((n) => [n.id, n.name]));
    this.element = html('section', { class: 'routes-panel', attrs: { 'aria-labelledby': 'routes-heading' } });
    const heading = html('h2', { text: t('routes.heading'), attrs: { id: 'routes-heading' } });
    const pick = this.routePicker();
    this.planForm = planForm(nodes, (plan) => {
      this.state = { ...this.state, plan };
      this.callbacks.change(this.state);
      void this.refresh();
    });
    const own = this.ownRoute();
    const exportButton = html('button', { text: t('routes.exportCsv'), attrs: { type: 'button' } });
    exportButton.addEventListener('click', async () =>
      downloadText((await import('./csv')).metricsToCsv(this.all()), 'corridor-atlas-routes.csv'));

    this.message.className = 'route-message';
    this.message.setAttribute('role', 'status');
    this.element.append(heading, pick, this.planForm.element, own, this.message, this.result, exportButton,
      this.brief.element, this.costCharts.element, volumesSection());
    this.brief.update([]);
  }

  /** Pick 2 to 6 of the routes, each beside its colour on the map. */
  private routePicker(): HTMLFieldSetElement {
    const pick = html('fieldset', {}, html('legend', { text: t('routes.pick') }));
    this.routes.forEach((route, i) => {
      const input = html('input', { attrs: { type: 'checkbox', value: route.id, id: `route-${route.id}` } });
      input.addEventListener('change', () => this.pickChanged());
      this.checkboxes.push(input);
      const swatch = html('span', { class: 'route-swatch', attrs: { 'aria-hidden': 'true' } });
      swatch.style.backgroundColor = routeColours[i % routeColours.length]!;
      const ends = `${nodeName(route.from)} → ${nodeName(route.to)}`;
      pick.append(html('label', {}, input, ' ', swatch, ` ${route.name} (${ends})`));
    });
    return pick;
  }

  /** Your own route, drawn on the map or uploaded as GeoJSON, measured like the others. */
  private ownRoute(): HTMLElement {
    const own = html('div', { class: 'route-own' }, html('h3', { text: t('routes.own') }));
    const draw = html('button', { text: t('routes.draw'), attrs: { type: 'button' } });
    const drawn = (line: [number, number][]) => ({
      type: 'Feature',
      properties: { name: t('routes.drawnName') },
      geometry: { type: 'LineString', coordinates: line },
    });
    draw.addEventListener('click', () => this.callbacks.startDrawing((line) => void this.measure(drawn(line))));
    const upload = html('input', {
      attrs: { type: 'file', id: 'route-upload', accept: '.geojson,.json,application/geo+json,application/json' },
    });
    upload.addEventListener('change', async () => {
      const file = upload.files?.[0];
      if (file) await this.measure(await file.text());
      upload.value = '';
    });
    own.append(draw, labelled(upload, t('routes.upload')));
    return own;
  }

  /** Restores a shared selection and plan, then computes them. */
  async restore(state: RoutesState): Promise<void> {
    this.state = state;
    for (const box of this.checkboxes) box.checked = state.routes.includes(box.value);
    if (state.plan) this.planForm.show(state.plan);
    await this.refresh();
  }

  private pickChanged(): void {
    const chosen = this.checkboxes.filter((b) => b.checked).map((b) => b.value);
    this.state = { ...this.state, routes: chosen };
    this.callbacks.change(this.state);
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    this.say('');
    try {
      const ids = this.state.routes;
      const compare = `/api/routes/compare?ids=${ids.map(encodeURIComponent).join(',')}${langParam()}`;
      this.compared = ids.length >= 2 ? (await getJson<RouteComparison>(compare)).routes : [];
      if (ids.length === 1) this.say(t('routes.oneMore'));
      const plan = this.state.plan;
      this.plan = plan ? await getJson<RouteMetrics>(planPath(plan)) : null;
    } catch (error) {
      this.plan = null;
      this.say(error instanceof ApiError ? error.detail || error.title : String(error));
    }
    this.render();
  }

  private async measure(route: unknown): Promise<void> {
    try {
      this.custom = await postJson<RouteMetrics>(`/api/routes/metrics${langParam().replace('&', '?')}`, route);
      this.say('');
    } catch (error) {
      const reason = error instanceof ApiError ? error.detail || error.title : null;
      this.say(reason !== null ? t('routes.notMeasured', { reason }) : String(error));
    }
    this.render();
  }

  private all(): RouteMetrics[] {
    const planName = (plan: RouteMetrics) =>
      t(plan.scenario === 'planned' ? 'routes.planNamePlanned' : 'routes.planName', { name: plan.name });
    const plan = this.plan ? [{ ...this.plan, name: planName(this.plan) }] : [];
    return [...this.compared, ...plan, ...(this.custom ? [this.custom] : [])];
  }

  private render(): void {
    const metrics = this.all();
    const colours = new Map<string, string>();
    metrics.forEach((m) => {
      const index = this.routes.findIndex((r) => r.id === m.id);
      // The routes keep their colours; a planned path is black, your own route purple.
      const own = m.id === 'plan' ? '#111111' : '#7b3294';
      colours.set(m.id, index >= 0 ? routeColours[index % routeColours.length]! : own);
    });
    this.result.replaceChildren(...(metrics.length ? [comparisonTable(metrics, colours)] : []));
    this.callbacks.show(metrics, colours);
    this.brief.update(this.state.routes.filter((id) => this.routes.some((r) => r.id === id)));
    this.costCharts(this.compared);
  }

  private say(text: string): void {
    this.message.textContent = text;
    this.message.hidden = text === '';
  }
}

/** The planner's request: from, to, by and scenario, the countries to avoid (when any) and the page's language. */
function planPath(plan: PlanRequest): string {
  const ends = `from=${encodeURIComponent(plan.from)}&to=${encodeURIComponent(plan.to)}`;
  const avoid = plan.avoid.length ? `&avoid=${plan.avoid.join(',')}` : '';
  return `/api/routes/plan?${ends}&by=${plan.by}&scenario=${plan.scenario}${avoid}${langParam()}`;
}
