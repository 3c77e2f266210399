import { afterEach, describe, expect, it } from 'vitest';
import type { ApiEvent, ApiHealth } from '../../src/api/api-types.js';
import { CODE_BODY_LIMIT, ROUTES } from '../../src/api/routes.js';
import { makeApiFixture, storeArticles, type ApiFixture } from './api-fixture.js';

let fixture: ApiFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

describe('bearer token', () => {
  it('guards every route but /health', async () => {
    fixture = await makeApiFixture({ token: 's3cret' });
    const health = await fixture.app.inject({ url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
    expect((health.json() as ApiHealth).last_event_id).toBeGreaterThan(0);
    for (const url of ['/api/v1/events', '/api/v1/openapi.json', '/api/v1/timeline', '/api/v1/events/1']) {
      const refused = await fixture.app.inject({ url });
      expect(refused.statusCode, url).toBe(401);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.headers['www-authenticate']).toContain('Bearer');
      const wrong = await fixture.app.inject({ url, headers: { authorization: 'Bearer nope' } });
      expect(wrong.statusCode, url).toBe(401);
      const right = await fixture.app.inject({ url, headers: { authorization: 'Bearer s3cret' } });
      expect(right.statusCode, url).toBe(200);
    }
    const code = await fixture.app.inject({ method: 'POST', url: '/api/v1/code', payload: { text: 'Kim met Putin.' } });
    expect(code.statusCode).toBe(401);
  });
});

describe('CORS', () => {
  it('allows the configured origin only', async () => {
    fixture = await makeApiFixture({ corsOrigin: 'https://analyst.example' });
    const allowed = await fixture.app.inject({ url: '/api/v1/health', headers: { origin: 'https://analyst.example' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://analyst.example');
    const other = await fixture.app.inject({ url: '/api/v1/health', headers: { origin: 'https://evil.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await fixture.app.inject({ method: 'OPTIONS', url: '/api/v1/events', headers: { origin: 'https://analyst.example' } });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toContain('authorization');
  });
});

describe('POST /code', () => {
  it('codes JSON and plain text bodies without storing anything', async () => {
    fixture = await makeApiFixture();
    const before = (await fixture.app.inject({ url: '/api/v1/health' })).json() as ApiHealth;
    const json = await fixture.app.inject({
      method: 'POST',
      url: '/api/v1/code',
      payload: { text: 'North Korean leader Kim Jong Un met Russian President Vladimir Putin.', published: '2023-09-13' },
    });
    expect(json.statusCode).toBe(200);
    expect(json.json()).toMatchObject({ published: '2023-09-13', events: [{ source: { code: 'PRKGOV' }, target: { code: 'RUSGOV' }, plover: { event: 'CONSULT' } }] });
    const plain = await fixture.app.inject({
      method: 'POST',
      url: '/api/v1/code',
      headers: { 'content-type': 'text/plain' },
      payload: 'Iran threatened to impose new sanctions on Israel.',
    });
    expect(plain.json()).toMatchObject({ events: [{ source: { code: 'IRN' }, plover: { event: 'THREATEN' } }] });
    const after = (await fixture.app.inject({ url: '/api/v1/health' })).json() as ApiHealth;
    expect(after.last_event_id).toBe(before.last_event_id);
  });

  it('refuses empty text, bad or impossible dates, unknown fields and bodies over the size limit', async () => {
    fixture = await makeApiFixture();
    const post = (payload: unknown) => fixture!.app.inject({ method: 'POST', url: '/api/v1/code', payload: payload as object });
    expect((await post({ text: '' })).statusCode).toBe(400);
    expect((await post({ text: 'Kim met Putin.', published: '13/09/2023' })).statusCode).toBe(400);
    expect((await post({ text: 'Kim met Putin.', published: '2024-13-02' })).statusCode).toBe(400);
    expect((await post({ text: 'Kim met Putin.', published: '2024-02-31' })).statusCode).toBe(400);
    const unknown = await post({ text: 'Kim met Putin.', date: '2024-01-01' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toMatch(/date/);
    const broken = await fixture.app.inject({ method: 'POST', url: '/api/v1/code', headers: { 'content-type': 'application/json' }, payload: '{"text":' });
    expect(broken.statusCode).toBe(400);
    expect(broken.headers['content-type']).toContain('application/problem+json');
    const xml = await fixture.app.inject({ method: 'POST', url: '/api/v1/code', headers: { 'content-type': 'application/xml' }, payload: '<text/>' });
    expect(xml.statusCode).toBe(415);
    const big = await post({ text: 'x'.repeat(CODE_BODY_LIMIT + 1) });
    expect(big.statusCode).toBe(413);
    expect(big.headers['content-type']).toContain('application/problem+json');
  });
});

describe('GET /openapi.json', () => {
  it('documents every route with parameters from the request schemas', async () => {
    fixture = await makeApiFixture();
    const document = (await fixture.app.inject({ url: '/api/v1/openapi.json' })).json() as {
      openapi: string;
      paths: Record<string, Record<string, { parameters: { name: string; in: string; schema: { type?: string } }[]; requestBody?: unknown; security?: unknown[] }>>;
    };
    expect(document.openapi).toBe('3.1.0');
    for (const route of ROUTES) {
      const path = `/api/v1${route.path.replace(/:(\w+)/g, '{$1}')}`;
      expect(document.paths[path]?.[route.method.toLowerCase()], path).toBeDefined();
    }
    const events = document.paths['/api/v1/events']!.get!;
    const names = events.parameters.map((parameter) => parameter.name);
    expect(names).toEqual(expect.arrayContaining(['from', 'to', 'actor', 'dyad', 'country', 'plover', 'cameo', 'quad_class', 'modality', 'bbox', 'q', 'sort', 'limit', 'cursor']));
    expect(events.parameters.find((parameter) => parameter.name === 'limit')!.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 500, default: 50 });
    expect(document.paths['/api/v1/events/{id}']!.get!.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);
    expect(document.paths['/api/v1/code']!.post!.requestBody).toBeDefined();
    expect(document.paths['/api/v1/health']!.get!.security).toEqual([]);
  });

  it('documents the response bodies with the schemas that give the API types', async () => {
    fixture = await makeApiFixture();
    type Operation = { responses: Record<string, { content: Record<string, { schema: Record<string, any> }> }> };
    const document = (await fixture.app.inject({ url: '/api/v1/openapi.json' })).json() as { paths: Record<string, Record<string, Operation>> };
    const body = (path: string, method = 'get') => document.paths[`/api/v1${path}`]![method]!.responses['200']!.content;
    const page = body('/events')['application/json']!.schema;
    expect(page.required).toEqual(['items', 'next_cursor']);
    const event = page.properties.items.items;
    expect(event.required).toEqual(expect.arrayContaining(['id', 'event_id', 'source', 'target', 'cameo', 'plover', 'quad_class', 'goldstein', 'num_mentions', 'num_sources']));
    expect(event.properties.quad_class).toMatchObject({ type: 'integer', minimum: 1, maximum: 4 });
    expect(event.properties.goldstein.description).toMatch(/Goldstein/);
    expect(body('/events/{id}')['application/json']!.schema.properties.mentions.items.properties.spans).toBeDefined();
    expect(body('/timeline')['application/json']!.schema.properties.by).toMatchObject({ enum: ['plover', 'quad_class'] });
    expect(body('/stream')['text/event-stream']!.schema).toEqual({ type: 'string' });
    for (const route of ROUTES.filter((r) => r.produces === undefined && !r.path.endsWith('.json'))) {
      expect(route.response, route.path).toBeDefined();
    }
  });
});

describe('GET /stream', () => {
  it('sends events as they are stored, as Server-Sent Events, filtered', async () => {
    fixture = await makeApiFixture();
    const url = await fixture.app.listen({ port: 0, host: '127.0.0.1' });
    const controller = new AbortController();
    const response = await fetch(`${url}/api/v1/stream?actor=IRN`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    const readUntil = async (pattern: RegExp) => {
      while (!pattern.test(text)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${pattern}`);
        text += value;
      }
    };
    await readUntil(/sending events after \d+/);
    await storeArticles(fixture.file, [
      { id: 'late', published: '2024-04-01', text: 'Germany pledged support to Poland. Iran accused Israel of violating the ceasefire.' },
    ]);
    await readUntil(/event: event\ndata: .*\n\n/);
    const data = /data: (.*)\n/.exec(text.slice(text.indexOf('event: event')))![1]!;
    const event = JSON.parse(data) as ApiEvent;
    expect(event).toMatchObject({ source: { code: 'IRN' }, target: { code: 'ISR' }, date: '2024-04-01' });
    expect(text).toMatch(new RegExp(`id: ${event.id}\n`));
    expect(text).not.toContain('Germany');
    controller.abort();
    // The full-text index follows the new rows too (triggers of migration 0100).
    const found = (await fixture.app.inject({ url: '/api/v1/events?q=ceasefire' })).json() as { items: ApiEvent[] };
    expect(found.items.map((e) => e.id)).toEqual([event.id]);
  });

  it('resumes after Last-Event-ID', async () => {
    fixture = await makeApiFixture();
    const url = await fixture.app.listen({ port: 0, host: '127.0.0.1' });
    const controller = new AbortController();
    const response = await fetch(`${url}/api/v1/stream`, { signal: controller.signal, headers: { 'last-event-id': '10' } });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while (!/id: 11\n/.test(text)) text += (await reader.read()).value ?? '';
    expect(text).toContain('sending events after 10');
    controller.abort();
  });
});
