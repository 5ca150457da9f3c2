// The app's one way to the API: JSON in, problem details out as ApiError (public/first-data.js only reads ahead
// the first view's answers, which getJson then takes).

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
  ) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiError';
  }

  /** True when the server never answered (offline, stopped, wrong address). */
  get unreachable(): boolean {
    return this.status === 0;
  }
}

export function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const ask = () => send<T>(path, { headers: { Accept: 'application/json, application/geo+json' }, signal });
  const first = firstAnswer<T>(path);
  return first ? first.then((data) => data ?? ask()) : ask();
}

/**
 * The answer public/first-data.js began to read at page load, taken once; later asks go to the API. Whichever runs
 * first decides: if the app asks before that script has run (it loads in parallel), the script stands down.
 */
function firstAnswer<T>(path: string): Promise<T | undefined> | undefined {
  const page = window as { atlasFirstAnswers?: Map<string, Promise<T | undefined>> | null };
  if (page.atlasFirstAnswers === undefined) page.atlasFirstAnswers = null;
  const answer = page.atlasFirstAnswers?.get(path);
  page.atlasFirstAnswers?.delete(path);
  return answer;
}

export function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  return send<T>(path, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal,
  });
}

async function send<T>(path: string, init: RequestInit & { signal?: AbortSignal | undefined }): Promise<T> {
  const { signal } = init;
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(
      0,
      'Cannot reach the Corridor Atlas API',
      error instanceof Error ? error.message : String(error),
    );
  }
  if (!response.ok) throw await problemFrom(response);
  return (await response.json()) as T;
}

async function problemFrom(response: Response): Promise<ApiError> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const problem = (await response.json()) as { title?: string; detail?: string };
      return new ApiError(response.status, problem.title ?? response.statusText, problem.detail ?? '');
    } catch {
      // fall through to the status line
    }
  }
  return new ApiError(response.status, response.statusText || `HTTP ${response.status}`, '');
}
