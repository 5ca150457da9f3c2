import { describe, expect, it } from 'vitest';
import { configFromQuery, embedQuery, iframeSnippet, parseView } from '../../src/widgets/config';

describe('widget config in a URL', () => {
  it('round-trips through /embed?…', () => {
    const config = {
      title: 'Trade 2024',
      caption: 'For class 9B',
      layers: ['borders', 'trade'],
      year: 2024,
      center: [42.5, 70.25] as [number, number],
      zoom: 5,
      basemap: 'offline' as const,
    };
    expect(configFromQuery(embedQuery(config))).toEqual(config);
  });
  it('keeps layer ids as the API writes them (the API says which exist), drops anything else, clamps long text', () => {
    const config = configFromQuery(`?layers=borders,visa-free,<b>,,borders,Pipelines&title=${'x'.repeat(200)}`);
    expect(config.layers).toEqual(['borders', 'visa-free']);
    expect(config.title).toHaveLength(120);
  });
  it('shows the core layers when the address names none', () => {
    expect(configFromQuery('?view=4/41/76').layers).toEqual(['borders', 'summits', 'hubs', 'railways', 'corridors']);
  });
  it('reads a view and refuses one out of range', () => {
    expect(parseView('4/41/76')).toEqual({ zoom: 4, center: [41, 76] });
    expect(parseView('4/91/76')).toBeNull();
    expect(parseView('x')).toBeNull();
  });
});

describe('iframeSnippet', () => {
  it('is lazy, titled and escapes what it quotes', () => {
    const html = iframeSnippet('https://atlas.example/embed?title=a"b', 'Trade "2024" <b>');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('title="Trade &quot;2024&quot; &lt;b>"');
    expect(html).toContain('src="https://atlas.example/embed?title=a&quot;b"');
  });
});
