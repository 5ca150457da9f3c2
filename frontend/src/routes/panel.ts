import { ApiError, getJson, postJson } from '../api';
import { html } from '../dom';
import { downloadText } from '../download';
import { countryName } from '../format';
import { currentLanguage, t } from '../i18n/messages';
import { comparisonTable } from './table';
import { briefLink, costChartsInto, volumesSection } from './extras';
import { labelled, nodeSelect, radio } from './planControls';
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

const avoidable = ['RUS', 'BLR', 'IRN', 'AFG', 'KAZ', 'TKM', 'AZE', 'GEO', 'TUR', 'KGZ', 'UZB', 'TJK'];

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
  private readonly from: HTMLSelectElement;
  private readonly to: HTMLSelectElement;
  private readonly avoid: HTMLInputElement[] = [];
  private readonly byTime: { input: HTMLInputElement; label: HTMLLabelElement };
  private readonly planned: { input: HTMLInputElement; label: HTMLLabelElement };

  constructor(
    private readonly routes: RouteSummary[],
    nodes: NetworkNodeInfo[],
    private readonly callbacks: Callbacks,
  ) {
    nodeNames = new Map(nodes.map((n) => [n.id, n.name]));
    this.element = document.createElement('section');
    this.element.className = 'routes-panel';
    this.element.setAttribute('aria-labelledby', 'routes-heading');
    const heading = document.createElement('h2');
    heading.id = 'routes-heading';
    heading.textContent = t('routes.heading');

    const pick = document.createElement('fieldset');
    pick.append(html('legend', { text: t('routes.pick') }));
    routes.forEach((route, i) => {
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.value = route.id;
      input.id = `route-${route.id}`;
      input.addEventListener('change', () => this.pickChanged());
      this.checkboxes.push(input);
      const swatch = document.createElement('span');
      swatch.className = 'route-swatch';
      swatch.setAttribute('aria-hidden', 'true');
      swatch.style.backgroundColor = routeColours[i % routeColours.length]!;
      const label = document.createElement('label');
      label.append(input, ' ', swatch, ` ${route.name} (${nodeName(route.from)} → ${nodeName(route.to)})`);
      pick.append(label);
    });

    const plan = document.createElement('form');
    plan.className = 'route-plan';
    plan.append(html('h3', { text: t('routes.plan') }));
    this.from = nodeSelect('plan-from', t('routes.from'), nodes, 'xian');
    this.to = nodeSelect('plan-to', t('routes.to'), nodes, 'istanbul');
    const avoidBox = document.createElement('fieldset');
    avoidBox.append(html('legend', { text: t('routes.avoid') }));
    for (const iso3 of avoidable) {
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.value = iso3;
      this.avoid.push(input);
      const label = document.createElement('label');
      label.className = 'inline';
      label.append(input, ` ${countryName(iso3)}`);
      avoidBox.append(label);
    }
    const by = document.createElement('fieldset');
    by.append(html('legend', { text: t('routes.shortestBy') }));
    const byDistance = radio('plan-by', 'distance', t('routes.byDistance'), true);
    this.byTime = radio('plan-by', 'time', t('routes.byTime'), false);
    by.append(byDistance.label, this.byTime.label);
    const links = document.createElement('fieldset');
    links.append(html('legend', { text: t('routes.links') }));
    const today = radio('plan-scenario', 'today', t('routes.linksToday'), true);
    this.planned = radio('plan-scenario', 'planned', t('routes.linksPlanned'), false);
    links.append(today.label, this.planned.label);
    const submit = document.createElement('button');
    submit.type = 'submit';
    submit.textContent = t('routes.find');
    plan.append(labelled(this.from, t('routes.from')), labelled(this.to, t('routes.to')), avoidBox, by, links, submit);
    plan.addEventListener('submit', (event) => {
      event.preventDefault();
      this.state = { ...this.state, plan: this.readPlan() };
      this.callbacks.change(this.state);
      void this.refresh();
    });

    const own = document.createElement('div');
    own.className = 'route-own';
    own.append(html('h3', { text: t('routes.own') }));
    const draw = document.createElement('button');
    draw.type = 'button';
    draw.textContent = t('routes.draw');
    draw.addEventListener('click', () =>
      this.callbacks.startDrawing(
        (line) =>
          void this.measure({
            type: 'Feature',
            properties: { name: t('routes.drawnName') },
            geometry: { type: 'LineString', coordinates: line },
          }),
      ),
    );
    const upload = document.createElement('input');
    upload.type = 'file';
    upload.id = 'route-upload';
    upload.accept = '.geojson,.json,application/geo+json,application/json';
    upload.addEventListener('change', async () => {
      const file = upload.files?.[0];
      if (file) await this.measure(await file.text());
      upload.value = '';
    });
    own.append(draw, labelled(upload, t('routes.upload')));

    const exportButton = document.createElement('button');
    exportButton.type = 'button';
    exportButton.textContent = t('routes.exportCsv');
    exportButton.addEventListener('click', async () =>
      downloadText((await import('./csv')).metricsToCsv(this.all()), 'corridor-atlas-routes.csv'),
    );

    this.message.className = 'route-message';
    this.message.setAttribute('role', 'status');
    this.element.append(
      heading,
      pick,
      plan,
      own,
      this.message,
      this.result,
      exportButton,
      this.brief.element,
      this.costCharts.element,
      volumesSection(),
    );
    this.brief.update([]);
  }

  /** Restores a shared selection and plan, then computes them. */
  async restore(state: RoutesState): Promise<void> {
    this.state = state;
    for (const box of this.checkboxes) box.checked = state.routes.includes(box.value);
    if (state.plan) {
      this.from.value = state.plan.from;
      this.to.value = state.plan.to;
      for (const box of this.avoid) box.checked = state.plan.avoid.includes(box.value);
      this.byTime.input.checked = state.plan.by === 'time';
      this.planned.input.checked = state.plan.scenario === 'planned';
    }
    await this.refresh();
  }

  private pickChanged(): void {
    const chosen = this.checkboxes.filter((b) => b.checked).map((b) => b.value);
    this.state = { ...this.state, routes: chosen };
    this.callbacks.change(this.state);
    void this.refresh();
  }

  private readPlan(): PlanRequest {
    return {
      from: this.from.value,
      to: this.to.value,
      avoid: this.avoid.filter((b) => b.checked).map((b) => b.value),
      by: this.byTime.input.checked ? 'time' : 'distance',
      scenario: this.planned.input.checked ? 'planned' : 'today',
    };
  }

  private async refresh(): Promise<void> {
    this.say('');
    try {
      const ids = this.state.routes;
      this.compared =
        ids.length >= 2
          ? (
              await getJson<RouteComparison>(
                `/api/routes/compare?ids=${ids.map(encodeURIComponent).join(',')}${langParam()}`,
              )
            ).routes
          : [];
      if (ids.length === 1) this.say(t('routes.oneMore'));
      const plan = this.state.plan;
      this.plan = plan
        ? await getJson<RouteMetrics>(planPath(plan))
        : null;
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
      this.say(
        error instanceof ApiError ? t('routes.notMeasured', { reason: error.detail || error.title }) : String(error),
      );
    }
    this.render();
  }

  private all(): RouteMetrics[] {
    const plan = this.plan
      ? [
          {
            ...this.plan,
            name: t(this.plan.scenario === 'planned' ? 'routes.planNamePlanned' : 'routes.planName', {
              name: this.plan.name,
            }),
          },
        ]
      : [];
    return [...this.compared, ...plan, ...(this.custom ? [this.custom] : [])];
  }

  private render(): void {
    const metrics = this.all();
    const colours = new Map<string, string>();
    metrics.forEach((m) => {
      const index = this.routes.findIndex((r) => r.id === m.id);
      colours.set(
        m.id,
        index >= 0 ? routeColours[index % routeColours.length]! : m.id === 'plan' ? '#111111' : '#7b3294',
      );
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
