// The Places tab: every feature of the layers shown, by layer, as buttons. For keyboard and screen-reader users it is
// the map's table of contents: activating a place brings it into view and opens its facts (map/overlay.ts does that).
import { t } from '../i18n/messages';
import './places.css';

export interface PlaceGroup {
  id: string;
  title: string;
  places: { id: string; name: string; lang: string | null }[];
  open(id: string): void;
}

export function placesPanel(container: HTMLElement): { render(groups: PlaceGroup[]): void } {
  const section = document.createElement('section');
  section.className = 'places-panel';
  section.setAttribute('aria-labelledby', 'places-heading');
  const heading = document.createElement('h2');
  heading.id = 'places-heading';
  heading.textContent = t('places.heading');
  const intro = document.createElement('p');
  intro.textContent = t('places.intro');
  const body = document.createElement('div');
  section.append(heading, intro, body);
  container.append(section);

  const render = (groups: PlaceGroup[]) => {
    const lists = groups.filter((g) => g.places.length).map((group) => {
      const wrapper = document.createElement('section');
      wrapper.className = 'places-group';
      wrapper.dataset.layer = group.id;
      const title = document.createElement('h3');
      title.id = `places-${group.id}`;
      title.textContent = group.title;
      const list = document.createElement('ul');
      list.setAttribute('aria-labelledby', title.id);
      const collator = new Intl.Collator(document.documentElement.lang || undefined);
      for (const place of [...group.places].sort((a, b) => collator.compare(a.name, b.name))) {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'place-button';
        button.dataset.place = `${group.id}/${place.id}`;
        button.textContent = place.name;
        if (place.lang) button.lang = place.lang;
        button.addEventListener('click', () => group.open(place.id));
        item.append(button);
        list.append(item);
      }
      wrapper.append(title, list);
      return wrapper;
    });
    body.replaceChildren(
      ...(lists.length ? lists : [Object.assign(document.createElement('p'), { textContent: t('places.none') })]),
    );
    container.dataset.places = String(groups.reduce((n, g) => n + g.places.length, 0));
  };
  return { render };
}
