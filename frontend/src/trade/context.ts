import { sourceLink } from '../sourceLink';
import type { ContextFigure, ContextValue } from './types';

/**
 * The region in context: each figure with its value, year and reporter, and its sources. Figures that stand side by
 * side but do not compare like with like say so first, in their note.
 */
export function contextList(figures: ContextFigure[]): HTMLElement {
  const section = document.createElement('details');
  section.className = 'trade-context';
  const summary = document.createElement('summary');
  summary.textContent = 'The region in context';
  section.append(summary);
  const list = document.createElement('ul');
  for (const figure of figures) {
    const li = document.createElement('li');
    li.dataset.figure = figure.id;
    const label = document.createElement('strong');
    label.textContent = figure.label;
    li.append(label);
    if (figure.values) {
      li.append(document.createTextNode(figure.comparable === false ? ' (not comparable as they stand)' : ''));
      if (figure.note) li.append(paragraph(figure.note, 'trade-context-note'));
      const values = document.createElement('ul');
      for (const value of figure.values) {
        const item = document.createElement('li');
        item.append(document.createTextNode(`${value.name ? `${value.name}: ` : ''}${amount(value, figure.unit)}${value.measures ? `, ${value.measures}` : ''}. Reported by ${value.reporter}. `), cite(value));
        values.append(item);
      }
      li.append(values);
    } else if (figure.value !== undefined) {
      li.append(document.createTextNode(`: ${amount(figure as ContextValue, figure.unit)}. Reported by ${figure.reporter}.${figure.note ? ` ${figure.note}` : ''} `), cite(figure as ContextValue));
    }
    list.append(li);
  }
  section.append(list);
  return section;
}

function amount(value: ContextValue, unit: string): string {
  const when = value.year !== null && value.year !== undefined ? `, ${value.year}` : value.asOf ? `, as stated on ${value.asOf}` : ', year not stated';
  return `${value.lowerBound ? 'more than ' : ''}${value.value} ${value.unit ?? unit}${when}`;
}

function cite(value: ContextValue): HTMLElement {
  const span = document.createElement('span');
  span.className = 'trade-cite';
  span.append('Sources: ');
  value.sources.forEach((s, i) => span.append(i ? '; ' : '', sourceLink(s)));
  return span;
}

function paragraph(text: string, className: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}
