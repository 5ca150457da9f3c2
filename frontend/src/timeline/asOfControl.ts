// The "as of" control on the map: a year slider for the network as it stood then, and a button back to today.
import { formatNumber } from '../i18n/formats';
import { t } from '../i18n/messages';
import { firstAsOfYear } from './asOf';
import './timeline.css';

export interface AsOfControl {
  element: HTMLElement;
  update(year: number | null): void;
}

export function createAsOfControl(
  onChange: (year: number | null) => void,
  thisYear = new Date().getFullYear(),
): AsOfControl {
  const element = document.createElement('div');
  element.className = 'as-of';
  element.setAttribute('role', 'group');
  element.setAttribute('aria-labelledby', 'as-of-label');
  const label = document.createElement('label');
  label.id = 'as-of-label';
  label.htmlFor = 'as-of-year';
  const output = document.createElement('output');
  output.htmlFor.add('as-of-year');
  label.append(`${t('timeline.asOf.label')} `, output);
  const slider = document.createElement('input');
  slider.type = 'range';
  slider.id = 'as-of-year';
  slider.min = String(firstAsOfYear);
  slider.max = String(thisYear);
  slider.step = '1';
  slider.addEventListener('input', () => onChange(Number(slider.value)));
  const today = document.createElement('button');
  today.type = 'button';
  today.textContent = t('timeline.asOf.today');
  today.addEventListener('click', () => onChange(null));
  const note = document.createElement('p');
  note.className = 'as-of-note';
  note.textContent = t('timeline.asOf.note');
  element.append(label, slider, today, note);

  const update = (year: number | null) => {
    const shown = year ?? thisYear;
    slider.value = String(shown);
    const text = year === null ? t('timeline.asOf.now') : formatNumber(year, { useGrouping: false });
    output.value = text;
    slider.setAttribute('aria-valuetext', text);
    today.disabled = year === null;
    element.dataset.year = year === null ? 'today' : String(year);
  };
  update(null);
  return { element, update };
}
