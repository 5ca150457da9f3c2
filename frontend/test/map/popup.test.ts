import { describe, expect, it } from 'vitest';
import { describe as describeProperties } from '../../src/layers/describe';
import { popupContent } from '../../src/map/popup';

describe('popupContent', () => {
  it('shows text from the data as text, never as HTML', () => {
    const element = popupContent(
      describeProperties({ name: '<img src=x onerror=alert(1)>', outcomes: ['<script>alert(2)</script>'] }),
    );
    expect(element.querySelector('img')).toBeNull();
    expect(element.querySelector('script')).toBeNull();
    expect(element.querySelector('h2')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(element.querySelector('li')?.textContent).toBe('<script>alert(2)</script>');
  });

  it('links web sources in a new tab and writes other sources as plain text', () => {
    const element = popupContent(
      describeProperties({
        name: 'Khorgos Gateway',
        sources: [
          { title: 'KazTAG, 4 Oct 2024', url: 'https://kaztag.info/en/news/x' },
          { title: 'RFE/RL', url: null },
          { title: 'Bad', url: 'javascript:alert(1)' },
        ],
      }),
    );
    const links = [...element.querySelectorAll('.feature-sources a')] as HTMLAnchorElement[];
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.rel])).toEqual([
      ['KazTAG, 4 Oct 2024', 'https://kaztag.info/en/news/x', 'noopener noreferrer'],
    ]);
    expect([...element.querySelectorAll('.feature-sources li')].map((li) => li.textContent)).toEqual([
      'KazTAG, 4 Oct 2024',
      'RFE/RL',
      'Bad',
    ]);
  });

  it('lays facts out as a definition list', () => {
    const element = popupContent(describeProperties({ name: 'Dostyk', country: 'KAZ', kind: 'border-crossing' }));
    expect([...element.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['Country', 'Kind']);
    expect([...element.querySelectorAll('dd')].map((dd) => dd.textContent)).toEqual(['Kazakhstan', 'Border crossing']);
  });

  it('names the claimants of a disputed area and says whose line the map follows', () => {
    const element = popupContent(
      describeProperties({
        name: 'Crimea',
        kind: 'disputed',
        administeredBy: 'Russia',
        claimedBy: ['Ukraine'],
        drawnAs: 'Russia',
        lineFollows: 'administration',
        boundaryNote:
          "Natural Earth's country polygons draw Crimea as part of Russia: the line follows Russia's administration, "
          + 'not the claim of Ukraine.',
        naturalEarthNote: 'Admin. by Russia; Claimed by Ukraine',
        naturalEarthId: 1159321217,
      }),
    );
    expect([...element.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual([
      'Kind',
      'Administered by',
      "On this map's borders, part of",
      "Natural Earth's note",
    ]);
    expect(element.querySelector('h3')?.textContent).toBe('Claimed by');
    expect(element.querySelector('li')?.textContent).toBe('Ukraine');
    expect(element.querySelector('.feature-note')?.textContent).toContain("the line follows Russia's administration");
  });
});
