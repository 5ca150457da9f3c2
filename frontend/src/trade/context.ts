import { t } from '../i18n/messages';
import { originalText } from '../i18n/names';
import { sourceLink } from '../sourceLink';
import type { ContextFigure, ContextValue } from '../contract';

/**
 * The region in context: each figure with its value, year and reporter, and its sources. Figures that stand side by
 * side but do not compare like with like say so first, in their note.
 */
export function contextList(figures: ContextFigure[]): HTMLElement {
  const section = document.createElement('details');
  section.className = 'trade-context';
  const summary = document.createElement('summary');
  summary.textContent = t('trade.context');
  section.append(summary);
  // Written when first opened: the first view of the map does not wait for a list it does not show.
  section.addEventListener('toggle', () => {
    if (section.open && section.childElementCount === 1) section.append(figureList(figures));
  });
  return section;
}

function figureList(figures: ContextFigure[]): HTMLElement {
  const list = document.createElement('ul');
  for (const figure of figures) {
    const li = document.createElement('li');
    li.dataset.figure = figure.id;
    li.append(originalText(document.createElement('strong'), figure.label));
    if (figure.values) {
      li.append(document.createTextNode(figure.comparable === false ? ` (${t('trade.notComparable')})` : ''));
      if (figure.note) li.append(paragraph(figure.note, 'trade-context-note'));
      const values = document.createElement('ul');
      for (const value of figure.values) {
        const item = document.createElement('li');
        item.append(
          originalText(document.createElement('span'), valueText(value, figure.unit)),
          ` ${t('trade.reportedBy')} `,
          originalText(document.createElement('span'), `${value.reporter}.`),
          ' ',
          cite(value),
        );
        values.append(item);
      }
      li.append(values);
    } else if (figure.value !== undefined && figure.value !== null) {
      // A figure that stands alone: its value, year, reporter and sources, read as one of a list's values.
      const value: ContextValue = {
        value: figure.value,
        year: figure.year ?? null,
        reporter: figure.reporter ?? '',
        sources: figure.sources ?? [],
      };
      li.append(
        `: `,
        originalText(document.createElement('span'), `${amount(value, figure.unit)}.`),
        ` ${t('trade.reportedBy')} `,
        originalText(document.createElement('span'), `${value.reporter}.${figure.note ? ` ${figure.note}` : ''}`),
        ' ',
        cite(value),
      );
    }
    list.append(li);
  }
  return list;
}

/** "Name: amount, what it measures." as the source words it. */
function valueText(value: ContextValue, unit: string): string {
  return `${value.name ? `${value.name}: ` : ''}${amount(value, unit)}${value.measures ? `, ${value.measures}` : ''}.`;
}

function amount(value: ContextValue, unit: string): string {
  const when =
    value.year !== null && value.year !== undefined
      ? `, ${value.year}`
      : value.asOf
        ? `, ${t('trade.statedOn', { date: value.asOf })}`
        : `, ${t('trade.yearNotStated')}`;
  return `${value.lowerBound ? `${t('trade.moreThan')} ` : ''}${value.value} ${value.unit ?? unit}${when}`;
}

function cite(value: ContextValue): HTMLElement {
  const span = document.createElement('span');
  span.className = 'trade-cite';
  span.append(`${t('trade.sources')} `);
  value.sources.forEach((s, i) => span.append(i ? '; ' : '', sourceLink(s)));
  return span;
}

function paragraph(text: string, className: string): HTMLParagraphElement {
  const p = originalText(document.createElement('p'), text) as HTMLParagraphElement;
  p.className = className;
  return p;
}
