import { downloadText } from '../download';
import { html } from '../dom';
import { countryName } from '../format';
import { t } from '../i18n/messages';
import type { PageState } from '../state/permalink';
import { contextList } from './context';
import { mirrorList } from './mirror';
import type { TradeTable } from './table';
import { formatBillions, type PartnerValue } from './types';
import type { TradeContext, TradeSeries } from '../contract';

export interface TradeView {
  state: PageState & { year: number };
  years: number[];
  values: PartnerValue[];
}

/** The trade controls beside the map: overlay and flows on/off, reporter, year slider with play, table, context. */
export class TradePanel {
  readonly element: HTMLElement;
  private table: Promise<TradeTable> | null = null;
  private readonly slider: HTMLInputElement;
  private readonly yearOutput: HTMLOutputElement;
  private readonly play: HTMLButtonElement;
  private readonly summary: HTMLParagraphElement;
  private readonly mirror: HTMLElement;
  private readonly tableDetails: HTMLDetailsElement;
  private readonly tradeToggle: HTMLInputElement;
  private readonly flowsToggle: HTMLInputElement;
  private readonly reporters: HTMLInputElement[];
  private timer: number | null = null;
  private view: TradeView | null = null;

  constructor(
    series: TradeSeries[],
    context: TradeContext,
    private readonly change: (patch: Partial<PageState>) => void,
  ) {
    this.element = document.createElement('section');
    this.element.className = 'trade-panel';
    this.element.setAttribute('aria-labelledby', 'trade-heading');
    const heading = html('h2', { text: t('trade.heading') });
    heading.id = 'trade-heading';

    this.tradeToggle = checkbox('trade-toggle', (on) => this.change({ trade: on }));
    this.flowsToggle = checkbox('flows-toggle', (on) => this.change({ flows: on }));
    const toggles = html('div', { class: 'trade-toggles' }, labelled(this.tradeToggle, t('trade.toggleColour')),
      labelled(this.flowsToggle, t('trade.toggleFlows')));

    const [fieldset, reporters] = this.reporterChoice();
    this.reporters = reporters;
    const year = this.yearControl();
    [this.slider, this.yearOutput, this.play] = [year.slider, year.output, year.play];

    this.summary = document.createElement('p');
    this.summary.className = 'trade-summary';
    this.mirror = document.createElement('section');
    this.mirror.className = 'trade-mirror';
    this.mirror.setAttribute('aria-label', t('trade.mirrorLabel'));
    this.tableDetails = this.tableToOpen(series);

    this.element.append(heading, toggles, fieldset, year.control, this.summary, this.mirror, this.tableDetails,
      contextList(context.figures));
  }

  /** Whose figures colour the map: China's customs or each partner's statistics. */
  private reporterChoice(): [HTMLFieldSetElement, HTMLInputElement[]] {
    const fieldset = html('fieldset', {}, html('legend', { text: t('trade.reporter') }));
    const inputs = (['china', 'partner'] as const).map((value) => {
      const input = html('input', { attrs: { type: 'radio', name: 'reporter', value, id: `reporter-${value}` } });
      input.addEventListener('change', () => input.checked && this.change({ reporter: value }));
      fieldset.append(labelled(input, value === 'china' ? t('trade.reporterChina') : t('trade.reporterPartner')));
      return input;
    });
    return [fieldset, inputs];
  }

  /** The year slider, the year it shows, and Play, which steps through the years. */
  private yearControl() {
    const slider = html('input', { attrs: { type: 'range', id: 'trade-year', step: '1' } });
    slider.addEventListener('input', () => this.change({ year: Number(slider.value) }));
    const output = document.createElement('output');
    output.htmlFor.add('trade-year');
    const yearLabel = html('label', {}, `${t('trade.year')} `, output);
    yearLabel.htmlFor = 'trade-year';
    const play = html('button', { class: 'trade-play', text: t('trade.play') });
    play.type = 'button';
    play.setAttribute('aria-pressed', 'false');
    play.addEventListener('click', () => (this.timer === null ? this.start() : this.stop()));
    const control = html('div', { class: 'trade-year' }, yearLabel, slider, play);
    return { control, slider, output, play };
  }

  /**
   * The table (and its code) is made when first opened, then kept filled while open: the first view does not wait
   * for rows it does not show.
   */
  private tableToOpen(series: TradeSeries[]): HTMLDetailsElement {
    const download = html('button', { text: t('trade.downloadCsv'), attrs: { type: 'button' } });
    download.addEventListener('click', async () =>
      downloadText((await import('./csv')).seriesToCsv(series), 'corridor-atlas-china-central-asia-trade.csv'));
    const summary = html('summary', { text: t('trade.tableSummary') });
    const details = html('details', { class: 'trade-table-details' }, summary, download);
    details.addEventListener('toggle', () => this.showTable());
    return details;
  }

  update(view: TradeView): void {
    this.view = view;
    const { state, years, values } = view;
    this.tradeToggle.checked = state.trade;
    this.flowsToggle.checked = state.flows;
    for (const radio of this.reporters) radio.checked = radio.value === state.reporter;
    this.slider.min = String(years[0]);
    this.slider.max = String(years[years.length - 1]);
    this.slider.value = String(state.year);
    this.slider.setAttribute('aria-valuetext', String(state.year));
    this.yearOutput.value = String(state.year);
    const known = values.filter((v) => v.point);
    const figures = known.map((v) => `${countryName(v.iso3)} ${formatBillions(v.point!.total)}`).join(', ');
    const others = known.length < 5 ? `; ${t('trade.noDataOthers')}` : '';
    this.summary.textContent = known.length
      ? `${state.year}: ${figures}${others}.`
      : `${state.year}: ${t(state.reporter === 'china' ? 'trade.noChinaFigures' : 'trade.noPartnerFigures')}`;
    this.showTable();
    this.showMirror(values, state.year);
  }

  private showTable(): void {
    if (!this.tableDetails.open || !this.view) return;
    this.table ??= import('./table').then(({ TradeTable }) => {
      const table = new TradeTable();
      this.tableDetails.querySelector('summary')!.after(table.element);
      return table;
    });
    void this.table.then((table) => {
      if (this.view) table.show(this.view.values, this.view.state.year, this.view.state.reporter);
    });
  }

  /**
   * Beside the map's values: where both sides report the year, China's figure against the partner's and why they
   * differ.
   */
  private showMirror(values: PartnerValue[], year: number): void {
    const gaps = values.flatMap((v) => (v.mirror ? [v.mirror] : []));
    const heading = html('h3', { text: t('trade.mirrorHeading', { year }) });
    const body = gaps.length
      ? mirrorList(gaps, (m) => countryName(m.iso3))
      : html('p', { text: t('trade.noMirror', { year }) });
    this.mirror.replaceChildren(heading, body);
  }

  /** Plays the years from the current one (from the first if at the end), one a second. */
  private start(): void {
    if (!this.view) return;
    const { years } = this.view;
    if (this.view.state.year >= years[years.length - 1]!) this.change({ year: years[0]! });
    this.play.textContent = t('trade.pause');
    this.play.setAttribute('aria-pressed', 'true');
    this.timer = window.setInterval(() => {
      const current = this.view!.state.year;
      const last = this.view!.years[this.view!.years.length - 1]!;
      if (current >= last) this.stop();
      else this.change({ year: current + 1 });
    }, 1000);
  }

  private stop(): void {
    if (this.timer !== null) window.clearInterval(this.timer);
    this.timer = null;
    this.play.textContent = t('trade.play');
    this.play.setAttribute('aria-pressed', 'false');
  }
}

function checkbox(id: string, onToggle: (on: boolean) => void): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.id = id;
  input.addEventListener('change', () => onToggle(input.checked));
  return input;
}

function labelled(input: HTMLInputElement, text: string): HTMLLabelElement {
  const label = document.createElement('label');
  label.append(input, ` ${text}`);
  return label;
}
