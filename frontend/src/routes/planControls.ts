// The planner's form controls: a place picker over the network's nodes (sorted in the page's language, each with its
// country), a labelled control, and a radio choice.
import { countryName } from '../format';
import { currentLanguage } from '../i18n/messages';
import type { NetworkNodeInfo } from '../contract';

export function nodeSelect(id: string, name: string, nodes: NetworkNodeInfo[], initial: string): HTMLSelectElement {
  const element = document.createElement('select');
  element.id = id;
  element.name = name;
  for (const node of [...nodes].sort((a, b) => a.name.localeCompare(b.name, currentLanguage()))) {
    const option = document.createElement('option');
    option.value = node.id;
    option.textContent = `${node.name} (${countryName(node.country)})`;
    element.append(option);
  }
  if (nodes.some((n) => n.id === initial)) element.value = initial;
  return element;
}

export function labelled(control: HTMLElement, text: string): HTMLLabelElement {
  const label = document.createElement('label');
  label.append(`${text} `, control);
  return label;
}

export function radio(name: string, value: string, text: string, checked: boolean) {
  const input = document.createElement('input');
  input.type = 'radio';
  input.name = name;
  input.value = value;
  input.checked = checked;
  const label = document.createElement('label');
  label.className = 'inline';
  label.append(input, ` ${text}`);
  return { input, label };
}
