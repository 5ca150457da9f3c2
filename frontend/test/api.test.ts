import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, getJson } from '../src/api';

afterEach(() => vi.unstubAllGlobals());

describe('getJson', () => {
  it('returns the parsed body', async () => {
    vi.stubGlobal(
      'fetch',
      async () => new Response('[{"id":"borders"}]', { status: 200, headers: { 'Content-Type': 'application/json' } }),
    );
    await expect(getJson('/api/layers')).resolves.toEqual([{ id: 'borders' }]);
  });

  it('turns problem details into an ApiError with status, title and detail', async () => {
    const problem = { status: 404, title: 'Unknown layer', detail: "There is no layer 'x'." };
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(JSON.stringify(problem), { status: 404, headers: { 'Content-Type': 'application/problem+json' } }),
    );
    const error = await getJson('/api/layers/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 404,
      title: 'Unknown layer',
      detail: "There is no layer 'x'.",
      unreachable: false,
    });
  });

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = (await getJson('/api/layers').catch((e: unknown) => e)) as ApiError;
    expect(error.unreachable).toBe(true);
    expect(error.title).toBe('Cannot reach the Corridor Atlas API');
  });
});

/** Preload links as index.html has them. */
function preload(...hrefs: string[]): void {
  for (const href of hrefs) {
    const link = document.createElement('link');
    // "as" last: happy-dom would fetch the preload itself if it were set when rel and href are.
    Object.assign(link, { rel: 'preload', href });
    document.head.append(link);
    link.setAttribute('as', 'fetch');
  }
}

describe('the first view’s answers (public/first-data.js)', () => {
  // Each case starts as a page does, before either the script or the app has run.
  beforeEach(() => delete (window as { atlasFirstAnswers?: unknown }).atlasFirstAnswers);

  it('are read once at page load, taken once by getJson, and a failed one is asked again and reported', async () => {
    preload('/api/basemap', '/api/layers/summits');
    const asked: string[] = [];
    let basemapAnswers = 0;
    vi.stubGlobal('fetch', async (path: string) => {
      asked.push(path);
      if (path === '/api/basemap')
        return new Response(JSON.stringify({ answer: ++basemapAnswers }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      return new Response(JSON.stringify({ status: 503, title: 'Store unavailable' }), {
        status: 503,
        headers: { 'Content-Type': 'application/problem+json' },
      });
    });
    // @ts-expect-error: a classic script with no exports, run here as it runs in the page
    await import('../public/first-data.js');
    expect(asked).toEqual(['/api/basemap', '/api/layers/summits']);

    await expect(getJson('/api/basemap')).resolves.toEqual({ answer: 1 });
    expect(asked).toHaveLength(2);
    // Taken once: a later ask (another zoom, a retry) goes to the API.
    await expect(getJson('/api/basemap')).resolves.toEqual({ answer: 2 });
    // A failed first answer is asked again, so the error the reader sees is the API's own.
    await expect(getJson('/api/layers/summits')).rejects.toMatchObject({ status: 503, title: 'Store unavailable' });
    expect(asked).toEqual(['/api/basemap', '/api/layers/summits', '/api/basemap', '/api/layers/summits']);
  });

  it('stand down when the app asked first, so nothing is asked twice', async () => {
    const asked: string[] = [];
    vi.stubGlobal(
      'fetch',
      async (path: string) => (
        asked.push(path),
        new Response('{"id":"basemap"}', { status: 200, headers: { 'Content-Type': 'application/json' } })
      ),
    );
    await expect(getJson('/api/basemap')).resolves.toEqual({ id: 'basemap' });
    // @ts-expect-error: a classic script with no exports, run again as if it had arrived late
    await import('../public/first-data.js?late');
    expect(asked).toEqual(['/api/basemap']);
  });

  it('are not read for a view at another zoom, whose first requests differ', async () => {
    preload('/api/basemap/land?zoom=4', '/api/layers/hubs');
    history.replaceState(null, '', '/?view=6/43.2/76.9');
    const asked: string[] = [];
    vi.stubGlobal(
      'fetch',
      async (path: string) => (
        asked.push(path),
        new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } })
      ),
    );
    try {
      // @ts-expect-error: a classic script with no exports, run again for a permalink's page
      await import('../public/first-data.js?zoom6');
    } finally {
      history.replaceState(null, '', '/');
    }
    expect(asked).not.toContain('/api/basemap/land?zoom=4');
    expect(asked).toContain('/api/layers/hubs');
  });
});
