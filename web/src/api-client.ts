import type { ApiProblem } from '../../src/api/api-types.js';

const BASE = '/api/v1';
const TOKEN_KEY = 'sitrep-token';

/** An API answer other than 2xx, with its problem details when the server sent them. */
export class ApiError extends Error {
  readonly status: number;
  constructor(status: number, problem: ApiProblem | null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
  }
}

/** The bearer token: from `#token=…` in the address (then removed from it), else from this tab's storage. */
export function currentToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]!));
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

export function saveToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

function headers(): HeadersInit {
  const token = currentToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** GET `/api/v1<path>?<params>` as JSON. */
export async function getJson<T>(path: string, params?: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const query = params && [...params.keys()].length > 0 ? `?${params}` : '';
  const response = await fetch(`${BASE}${path}${query}`, { headers: headers(), ...(signal ? { signal } : {}) });
  if (!response.ok) {
    const problem = response.headers.get('content-type')?.includes('json') ? ((await response.json()) as ApiProblem) : null;
    throw new ApiError(response.status, problem);
  }
  return (await response.json()) as T;
}

/**
 * Follows `/api/v1/stream` (Server-Sent Events over fetch, so the bearer token can be sent) and calls `onEvent`
 * with each event's data until `signal` aborts.
 */
export async function followStream(params: URLSearchParams, onEvent: (data: unknown) => void, signal: AbortSignal): Promise<void> {
  const response = await fetch(`${BASE}/stream?${params}`, { headers: headers(), signal });
  if (!response.ok || !response.body) throw new ApiError(response.status, null);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const message = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = message.split('\n').filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('\n');
      if (data !== '') onEvent(JSON.parse(data));
    }
  }
}
