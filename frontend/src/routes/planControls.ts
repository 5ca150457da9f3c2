// The planner's form controls: the plan form (from, to, countries to avoid, by distance or time, today's links or the
// planned ones), a place picker over the network's nodes (sorted in the page's language, each with its country), a
// labelled control, and a radio choice.
import { countryName } from '../format';
import { currentLanguage, t } from '../i18n/messages';
import type { NetworkNodeInfo } from '../contract';
import { html } from '../dom';
import type { PlanRequest } from './panel';

const avoidable = ['RUS', 'BLR', 'IRN', 'AFG', 'KAZ', 'TKM', 'AZE', 'GEO', 'TUR', 'KGZ', 'UZB', 'TJK'];

/** The plan form: reads the request it shows, and shows a request restored from the address. */
export interface PlanForm {
  element: HTMLFormElement;
  read(): PlanRequest;
  show(plan: PlanRequest): void;
}

export function planForm(nodes: NetworkNodeInfo[], submitted: (plan: PlanRequest) => void): PlanForm {
  const form = html('form', { class: 'route-plan' }, html('h3', { text: t('routes.plan') }));
  const from = nodeSelect('plan-from', t('routes.from'), nodes, 'xian');
  const to = nodeSelect('plan-to', t('routes.to'), nodes, 'istanbul');
  const avoidBox = html('fieldset', {}, html('legend', { text: t('routes.avoid') }));
  const avoid = avoidable.map((iso3) => {
    const input = html('input', { attrs: { type: 'checkbox', value: iso3 } });
    avoidBox.append(html('label', { class: 'inline' }, input, ` ${countryName(iso3)}`));
    return input;
  });
  const byDistance = radio('plan-by', 'distance', t('routes.byDistance'), true);
  const byTime = radio('plan-by', 'time', t('routes.byTime'), false);
  const by = html('fieldset', {}, html('legend', { text: t('routes.shortestBy') }), byDistance.label, byTime.label);
  const today = radio('plan-scenario', 'today', t('routes.linksToday'), true);
  const planned = radio('plan-scenario', 'planned', t('routes.linksPlanned'), false);
  const links = html('fieldset', {}, html('legend', { text: t('routes.links') }), today.label, planned.label);
  const submit = html('button', { text: t('routes.find'), attrs: { type: 'submit' } });
  form.append(labelled(from, t('routes.from')), labelled(to, t('routes.to')), avoidBox, by, links, submit);
  const read = (): PlanRequest => ({
    from: from.value,
    to: to.value,
    avoid: avoid.filter((b) => b.checked).map((b) => b.value),
    by: byTime.input.checked ? 'time' : 'distance',
    scenario: planned.input.checked ? 'planned' : 'today',
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitted(read());
  });
  const show = (plan: PlanRequest) => {
    from.value = plan.from;
    to.value = plan.to;
    for (const box of avoid) box.checked = plan.avoid.includes(box.value);
    byTime.input.checked = plan.by === 'time';
    planned.input.checked = plan.scenario === 'planned';
  };
  return { element: form, read, show };
}

export function nodeSelect(id: string, name: string, nodes: NetworkNodeInfo[], initial: string): HTMLSelectElement {
  const sorted = [...nodes].sort((a, b) => a.name.localeCompare(b.name, currentLanguage()));
  const element = html(
    'select',
    { attrs: { id, name } },
    ...sorted.map((node) =>
      html('option', { text: `${node.name} (${countryName(node.country)})`, attrs: { value: node.id } }),
    ),
  );
  if (nodes.some((n) => n.id === initial)) element.value = initial;
  return element;
}

export function labelled(control: HTMLElement, text: string): HTMLLabelElement {
  return html('label', {}, `${text} `, control);
}

export function radio(name: string, value: string, text: string, checked: boolean) {
  const input = html('input', { attrs: { type: 'radio', name, value } });
  input.checked = checked;
  return { input, label: html('label', { class: 'inline' }, input, ` ${text}`) };
}
