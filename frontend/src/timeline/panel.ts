// The Timeline tab: every event in date order with its date and sources; selecting one shows it on the map.
import { t } from '../i18n/messages';
import { datetimeOf, formatEventDate } from './dates';
import { sourceList } from './sources';
import type { EventsResponse, TimelineEvent } from '../contract';

export class TimelinePanel {
  readonly element: HTMLElement;
  private readonly items = new Map<string, { item: HTMLLIElement; button: HTMLButtonElement; details: HTMLElement }>();
  private readonly status: HTMLParagraphElement;
  private readonly clear: HTMLButtonElement;

  constructor(response: EventsResponse, private readonly onSelect: (event: TimelineEvent | null) => void) {
    this.element = document.createElement('section');
    this.element.className = 'timeline-panel';
    this.element.setAttribute('aria-labelledby', 'timeline-heading');
    const heading = document.createElement('h2');
    heading.id = 'timeline-heading';
    heading.textContent = t('timeline.heading');
    const intro = document.createElement('p');
    intro.textContent = t('timeline.intro');
    const translation = document.createElement('p');
    translation.textContent = t('timeline.translationNote');
    this.clear = document.createElement('button');
    this.clear.type = 'button';
    this.clear.className = 'timeline-clear';
    this.clear.textContent = t('timeline.clear');
    this.clear.addEventListener('click', () => this.onSelect(null));
    this.status = document.createElement('p');
    this.status.className = 'visually-hidden';
    this.status.setAttribute('role', 'status');

    const list = document.createElement('ol');
    list.className = 'timeline-events';
    list.setAttribute('aria-label', t('timeline.list'));
    for (const event of response.events) list.append(this.item(event));
    this.element.append(heading, intro, translation, this.clear, this.status, list);
    this.select(null);
  }

  /** Marks the event selected (null: none) and opens its summary. */
  select(event: TimelineEvent | null): void {
    for (const [id, { item, button, details }] of this.items) {
      const on = id === event?.id;
      item.classList.toggle('is-selected', on);
      button.setAttribute('aria-pressed', String(on));
      details.hidden = !on;
    }
    this.clear.hidden = event === null;
    this.status.textContent = event ? t('timeline.shown', { title: event.title, year: event.year }) : '';
  }

  private item(event: TimelineEvent): HTMLLIElement {
    const item = document.createElement('li');
    item.dataset.eventId = event.id;
    const time = document.createElement('time');
    time.dateTime = datetimeOf(event.date);
    time.textContent = formatEventDate(event.date);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'timeline-event-button';
    button.textContent = event.title;
    button.addEventListener('click', () =>
      this.onSelect(button.getAttribute('aria-pressed') === 'true' ? null : event),
    );
    const details = document.createElement('div');
    const summary = document.createElement('p');
    summary.textContent = event.summary;
    details.append(summary);
    for (const note of event.notes) {
      const text = document.createElement('p');
      text.className = 'timeline-note';
      text.textContent = note.text;
      details.append(text, sourceList(note.sources));
    }
    const sources = document.createElement('details');
    const label = document.createElement('summary');
    label.textContent = t('timeline.sources', { count: event.sources.length });
    sources.append(label, sourceList(event.sources));
    item.append(time, button, details, sources);
    this.items.set(event.id, { item, button, details });
    return item;
  }
}
