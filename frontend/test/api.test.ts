import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, getJson } from '../src/api';

afterEach(() => vi.unstubAllGlobals());

describe('getJson', () => {
  it('returns the parsed body', async () => {
    vi.stubGlobal('fetch', async () => new Response('[{"id":"borders"}]', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    await expect(getJson('/api/layers')).resolves.toEqual([{ id: 'borders' }]);
  });

  it('turns problem details into an ApiError with status, title and detail', async () => {
    const problem = { status: 404, title: 'Unknown layer', detail: "There is no layer 'x'." };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(problem), { status: 404, headers: { 'Content-Type': 'application/problem+json' } }));
    const error = await getJson('/api/layers/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, title: 'Unknown layer', detail: "There is no layer 'x'.", unreachable: false });
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
