import { describe, expect, it } from 'vitest';
import { configFromQuery, embedQuery } from '../../src/widgets/config';

describe('a tour widget in the embed address', () => {
  it('round-trips type=tour, and a map widget stays without a type', () => {
    const tour = configFromQuery('?layers=&view=4/41/76&title=Tour&type=tour');
    expect(tour.type).toBe('tour');
    expect(embedQuery(tour)).toContain('type=tour');
    const map = configFromQuery('?layers=hubs&title=Hubs');
    expect(map.type).toBeUndefined();
    expect(embedQuery(map)).not.toContain('type=');
  });
});
