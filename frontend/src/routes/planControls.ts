// The planner's form controls: a place picker over the network's nodes (sorted in the page's language, each with its
// country), a labelled control, and a radio choice.
import { countryName } from '../format';
import { currentLanguage } from '../i18n/messages';
import type { NetworkNodeInfo } from '../contract';
import { html } from '../dom';

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
