import { describe, expect, it } from 'vitest';
import { citation } from '../../src/widgets/cite';

describe('citation', () => {
  it('names the map, the full URL, the access date and each source once', () => {
    const text = citation('Corridor Atlas: trade', 'http://localhost:5080/?year=2024', [
      { title: 'Natural Earth', url: 'https://www.naturalearthdata.com/' },
      { title: 'Natural Earth', url: 'https://www.naturalearthdata.com/' },
      { title: 'RFE/RL, 10 May 2023', url: null },
    ], new Date(Date.UTC(2026, 10, 23)));
    expect(text).toBe(
      'Corridor Atlas: trade. Corridor Atlas, interactive map. http://localhost:5080/?year=2024 '
        + '(accessed 23 November 2026). Data: Natural Earth (https://www.naturalearthdata.com/); RFE/RL, 10 May 2023.',
    );
  });

  it('ends with a note on the data when one is given', () => {
    const text = citation(
      'Corridor Atlas',
      'http://localhost/',
      [],
      new Date(Date.UTC(2026, 10, 29)),
      'Hatched areas are disputed.',
    );
    expect(text.endsWith('(accessed 29 November 2026). Hatched areas are disputed.')).toBe(true);
  });
});
