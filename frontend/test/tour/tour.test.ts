import { afterEach, describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en/tour';
import { setCatalogue } from '../../src/i18n/messages';
import { startTour, type TourHost } from '../../src/tour/tour';

function fakeHost() {
  const shown: string[] = [];
  const changes: (number | null)[] = [];
  const host: TourHost = {
    show: (step) => shown.push(step.id),
    place: (element) => (document.body.append(element), () => element.remove()),
    changed: (step) => changes.push(step),
  };
  return { host, shown, changes };
}

const press = (key: string, target: EventTarget = document.body) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

describe('startTour', () => {
  afterEach(() => document.body.replaceChildren());

  it('goes forward and back with the arrow keys, stops at both ends, and Escape leaves', () => {
    setCatalogue('en', en);
    const { host, shown, changes } = fakeHost();
    startTour(host, { events: [], trade: [] }, 1);
    expect(document.querySelector('.tour h2')?.textContent).toBe('Where the Belt and Road began');
    expect((document.querySelector('.tour-previous') as HTMLButtonElement).disabled).toBe(true);
    for (let i = 0; i < 8; i++) press('ArrowRight');
    press('ArrowLeft');
    expect(shown).toEqual([
      'belt',
      'summits',
      'khorgos',
      'cku',
      'caspian',
      'shift',
      'trade',
      'trade',
      'trade',
      'shift',
    ]);
    press('Escape');
    expect(document.querySelector('.tour')).toBeNull();
    expect(changes.at(-1)).toBeNull();
    press('ArrowRight');
    expect(shown.length).toBe(10);
  });

  it('leaves the arrows to a slider or form field that has the focus', () => {
    setCatalogue('en', en);
    const { host, shown } = fakeHost();
    const slider = document.createElement('input');
    slider.type = 'range';
    document.body.append(slider);
    startTour(host, { events: [], trade: [] }, 3);
    press('ArrowRight', slider);
    expect(shown).toEqual(['khorgos']);
    (document.querySelector('.tour-next') as HTMLButtonElement).click();
    expect(shown).toEqual(['khorgos', 'cku']);
  });

  it('starts at the step asked for, kept within the tour', () => {
    setCatalogue('en', en);
    const { host, shown } = fakeHost();
    startTour(host, { events: [], trade: [] }, 42);
    expect(shown).toEqual(['trade']);
  });

  it('tells its host whether it plays: as it opens, at Pause and Play, and at a key press', () => {
    setCatalogue('en', en);
    const { host } = fakeHost();
    const played: boolean[] = [];
    const tour = startTour({ ...host, played: (on) => played.push(on) }, { events: [], trade: [] }, 1, {
      autoplay: true,
      loop: false,
      intervalMs: 60_000,
    });
    const button = document.querySelector('.tour-play') as HTMLButtonElement;
    button.click();
    button.click();
    press('Shift');
    expect(played).toEqual([true, false, true, false]);
    tour.close();
  });
});

