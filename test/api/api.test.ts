import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiArticle, ApiDyad, ApiEvent, ApiEventDetail, ApiPage, ApiPlace, ApiTimeline } from '../../src/api/api-types.js';
import { ROUTES } from '../../src/api/routes.js';
import { testEngines } from '../helpers/postgres-cluster.js';
import { ARTICLES, makeApiFixture, type ApiFixture } from './api-fixture.js';

// Every test runs over SQLite, and over PostgreSQL when its server programs are installed (a throwaway cluster).
const { engines, createDatabase } = testEngines('API tests');

let fixture: ApiFixture;
let all: ApiEvent[];

/** GETs an API path; a 200 body must be exactly what the route's response schema describes. */
async function get<T>(url: string): Promise<{ status: number; type: string; body: T }> {
  const response = await fixture.app.inject({ method: 'GET', url: `/api/v1${url}` });
  const body = response.json() as T;
  const path = url.split('?')[0]!;
  const route = ROUTES.find((r) => r.method === 'GET' && new RegExp(`^${r.path.replace(/:\w+/g, '[^/]+')}$`).test(path));
  if (response.statusCode === 200 && route?.response) expect(route.response.parse(body), `${url} matches its response schema`).toEqual(body);
  return { status: response.statusCode, type: String(response.headers['content-type']), body };
}

async function ids(query: string): Promise<number[]> {
  const { status, body } = await get<ApiPage<ApiEvent>>(`/events?limit=500&${query}`);
  expect(status).toBe(200);
  return body.items.map((event) => event.id);
}

const where = (test: (event: ApiEvent) => boolean) => all.filter(test).map((event) => event.id);
const inBox = (e: ApiEvent, [w, s, east, n]: number[]) => {
  const { lat, lon } = e.location ?? { lat: null, lon: null };
  if (lat === null || lon === null || lat < s! || lat > n!) return false;
  return w! <= east! ? lon >= w! && lon <= east! : lon >= w! || lon <= east!;
};
const starts = (code: string | undefined, prefix: string) => code !== undefined && code.startsWith(prefix);

describe.each(engines)('on %s', (engine) => {
  beforeAll(async () => {
    const url = engine === 'postgres' ? await createDatabase('api') : undefined;
    fixture = await makeApiFixture({}, url);
    all = (await get<ApiPage<ApiEvent>>('/events?limit=500')).body.items;
  });
  afterAll(async () => {
    await fixture.close();
  });

  describe('GET /events', () => {
    it('lists every event, newest first, ties by id', () => {
      expect(all.length).toBeGreaterThanOrEqual(12);
      const keys = all.map((event) => `${event.date}#${String(event.id).padStart(6, '0')}`);
      expect(keys).toEqual([...keys].sort().reverse());
      expect(all[0]).toMatchObject({ date: '2024-03-10', num_mentions: 1, source: { code: 'FJIGOV' } });
    });

    it.each([
      ['actor=RUS', (e: ApiEvent) => starts(e.source.code, 'RUS') || starts(e.target?.code, 'RUS')],
      ['actor=prk,irn', (e: ApiEvent) => ['PRK', 'IRN'].some((p) => starts(e.source.code, p) || starts(e.target?.code, p))],
      ['source=UKR', (e: ApiEvent) => starts(e.source.code, 'UKR')],
      ['target=ISR', (e: ApiEvent) => starts(e.target?.code, 'ISR')],
      ['dyad=ISR,EGY', (e: ApiEvent) => ['ISR', 'EGY'].every((p) => starts(e.source.code, p) || starts(e.target?.code, p))],
      ['plover=CONSULT,AID', (e: ApiEvent) => ['CONSULT', 'AID'].includes(e.plover.event)],
      ['cameo=04', (e: ApiEvent) => e.cameo.startsWith('04')],
      ['quad_class=3,4', (e: ApiEvent) => e.quad_class >= 3],
      ['modality=negated,hedged', (e: ApiEvent) => e.modality === 'negated' || e.modality === 'hedged'],
      ['from=2024-03-05&to=2024-03-09', (e: ApiEvent) => e.date >= '2024-03-05' && e.date <= '2024-03-09'],
      ['country=RUS', (e: ApiEvent) => e.location?.country === 'RUS'],
      ['bbox=130,30,140,45', (e: ApiEvent) => inBox(e, [130, 30, 140, 45])],
      ['bbox=170,-50,-170,50', (e: ApiEvent) => inBox(e, [170, -50, -170, 50])],
      ['actor=TUR&plover=AID', (e: ApiEvent) => e.plover.event === 'AID' && (starts(e.source.code, 'TUR') || starts(e.target?.code, 'TUR'))],
    ])('filters by %s', async (query, test) => {
      const expected = where(test);
      expect(expected.length).toBeGreaterThan(0);
      expect(await ids(query)).toEqual(expected);
    });

    it.each(['', 'actor=PRK', 'q=met', 'actor=RUS&plover=CONSULT', 'from=2024-03-01&to=2024-03-10', 'dyad=PRK,RUS'])(
      'with unit=event lists and counts each merged event once, through its first matching mention (%s)',
      async (query) => {
        const mentions = (await get<ApiPage<ApiEvent>>(`/events?limit=500&sort=id&${query}`)).body.items;
        const seen = new Set<number>();
        const first = mentions.filter((e) => e.event_id === null || (!seen.has(e.event_id) && !!seen.add(e.event_id)));
        const byId = (await get<ApiPage<ApiEvent>>(`/events?limit=500&sort=id&unit=event&${query}`)).body.items;
        expect(byId.map((e) => e.id)).toEqual(first.map((e) => e.id));
        const byDate = (await get<ApiPage<ApiEvent>>(`/events?limit=500&unit=event&${query}`)).body.items;
        expect(byDate.map((e) => e.id).sort((a, b) => a - b)).toEqual(first.map((e) => e.id));
        const timeline = (await get<ApiTimeline>(`/timeline?unit=event&${query}`)).body;
        expect(timeline.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(first.length);
        const dyads = (await get<ApiDyad[]>(`/dyads?unit=event&${query}`)).body;
        expect(dyads.reduce((sum, dyad) => sum + dyad.count, 0)).toBe(first.filter((e) => e.target !== null).length);
        const places = (await get<ApiPlace[]>(`/places?unit=event&${query}`)).body;
        expect(places.reduce((sum, place) => sum + place.count, 0)).toBe(first.filter((e) => e.location?.lat != null && e.location.lon != null).length);
      },
    );

    it('unit=event merges the reports of one happening (the test reports have some)', async () => {
      const mentions = (await get<ApiPage<ApiEvent>>('/events?limit=500')).body.items;
      const events = (await get<ApiPage<ApiEvent>>('/events?limit=500&unit=event')).body.items;
      expect(events.length).toBeLessThan(mentions.length);
      expect(new Set(events.map((e) => e.event_id ?? `alone-${e.id}`)).size).toBe(events.length);
      expect((await get('/events?unit=events')).status).toBe(400);
    });

    it('searches the sentences with FTS5: words, prefixes and phrases', async () => {
      expect(await ids('q=Bakhmut')).toEqual(where((e) => e.sentence.includes('Bakhmut')));
      expect(await ids('q=sanction*')).toEqual(where((e) => /sanction/i.test(e.sentence)));
      expect(await ids('q=%22phone%20call%22')).toEqual(where((e) => e.sentence.includes('phone call')));
      expect(await ids('q=Turkey%20Ukraine')).toEqual(where((e) => e.sentence.includes('Turkey') && e.sentence.includes('Ukraine')));
      // FTS5 syntax in user input is only words.
      expect((await get('/events?q=NEAR(%22a%22%20AND%20OR:)')).status).toBe(200);
    });

    it.each(['', 'actor=UKR&', 'q=met&'])('pages through the list (%s) with a keyset cursor, in every sort order', async (filter) => {
      for (const sort of ['-date', 'date', '-goldstein', 'goldstein', '-confidence', 'id']) {
        const whole = (await get<ApiPage<ApiEvent>>(`/events?${filter}limit=500&sort=${sort}`)).body.items.map((e) => e.id);
        const paged: number[] = [];
        let cursor: string | null = null;
        do {
          const query: string = `/events?${filter}limit=2&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`;
          const page: ApiPage<ApiEvent> = (await get<ApiPage<ApiEvent>>(query)).body;
          paged.push(...page.items.map((e) => e.id));
          cursor = page.next_cursor;
        } while (cursor !== null);
        expect(paged, sort).toEqual(whole);
        expect(whole.length).toBeGreaterThan(2);
        if (filter === '') expect(new Set(whole).size).toBe(all.length);
      }
    });

    it('answers bad parameters with problem details naming each one', async () => {
      const response = await get<{ status: number; title: string; errors: { path: string }[] }>(
        '/events?quad_class=7&from=yesterday&bbox=1,2,3&limit=0&sort=random',
      );
      expect(response.status).toBe(400);
      expect(response.type).toContain('application/problem+json');
      expect(response.body.title).toBe('Bad Request');
      expect(response.body.errors.map((error) => error.path).sort()).toEqual(
        expect.arrayContaining(['query.bbox', 'query.from', 'query.limit', 'query.quad_class.0', 'query.sort']),
      );
      const unknown = await get<{ detail: string }>('/events?actors=RUS');
      expect(unknown.status).toBe(400);
      expect(unknown.body.detail).toMatch(/actors/);
      const cursor = await get<{ status: number; detail: string }>('/events?cursor=garbage');
      expect(cursor.status).toBe(400);
      expect(cursor.body.detail).toMatch(/cursor/);
    });

    it('refuses values that could only match nothing, in words a user can act on', async () => {
      const problems: [string, RegExp][] = [
        ['/events?from=2023-13-45', /query\.from: expected a real calendar day/],
        ['/events?to=2023-02-29', /query\.to: expected a real calendar day/],
        ['/events?plover=BOGUS', /query\.plover\.0: expected PLOVER types among AGREE, CONSULT/],
        ['/events?limit=abc', /query\.limit: expected a whole number from 1 to 500/],
        ['/events?bbox=1,2', /expected four numbers: west,south,east,north$/],
        ['/actors', /expected q: an actor code prefix/],
        ['/events/abc', /expected an event id/],
        ['/events?sort=newest', /query\.sort: expected one of -date, date/],
        ['/timeline?by=actor', /query\.by: expected one of plover, quad_class/],
        ['/events?unit=story', /query\.unit: expected one of mention, event/],
        ['/timeline?from=2024-03-10&to=2024-03-01', /query\.from: expected from on or before to/],
      ];
      for (const [url, detail] of problems) {
        const response = await get<{ detail: string }>(url);
        expect(response.status, url).toBe(400);
        expect(response.body.detail, url).toMatch(detail);
      }
      expect((await get('/events?plover=consult&from=2024-02-29')).status).toBe(200);
    });
  });

  describe('GET /events/:id', () => {
    it('gives the mention: sentence, article and the spans, whose offsets point into the article text', async () => {
      const met = all.find((e) => e.sentence.startsWith('North Korean leader Kim Jong Un met'))!;
      const { body } = await get<ApiEventDetail>(`/events/${met.id}`);
      const [mention] = body.mentions;
      expect(mention!.article).toMatchObject({ key: 'a1', title: 'Summit in Vladivostok', url: 'https://example.org/a1', published: '2024-03-01' });
      const text = ARTICLES[0]!.text;
      expect(mention!.sentence_start).toBe(0);
      expect(mention!.spans.map((span) => [span.role, span.text, text.slice(span.start, span.end)])).toEqual([
        ['source', 'North Korean leader Kim Jong Un', 'North Korean leader Kim Jong Un'],
        ['verb', 'met', 'met'],
        ['target', 'Russian President Vladimir Putin', 'Russian President Vladimir Putin'],
      ]);
      expect(mention!.rule).not.toBe('');
    });

    it('finds the sentence start in the article for later sentences', async () => {
      const event = all.find((e) => e.sentence.startsWith('China condemned'))!;
      const { body } = await get<ApiEventDetail>(`/events/${event.id}`);
      const mention = body.mentions[0]!;
      expect(ARTICLES[0]!.text.slice(mention.sentence_start!, mention.sentence_start! + mention.sentence.length)).toBe(mention.sentence);
    });

    it('gives every mention of the merged event, the one asked for first, and their counts in lists', async () => {
      const first = all.find((e) => e.sentence === 'Kim met Putin.')!;
      const again = all.find((e) => e.sentence === 'Kim met Putin again.')!;
      expect(first.event_id).not.toBeNull();
      expect(again.event_id).toBe(first.event_id);
      for (const listed of [first, again]) expect(listed).toMatchObject({ num_mentions: 2, num_articles: 1, num_sources: 1 });
      const { body } = await get<ApiEventDetail>(`/events/${again.id}`);
      expect(body).toMatchObject({ id: again.id, event_id: first.event_id, num_mentions: 2 });
      expect(body.mentions.map((mention) => [mention.id, mention.sentence])).toEqual([[again.id, 'Kim met Putin again.'], [first.id, 'Kim met Putin.']]);
    });

    it('gives a negated mention alone: it tells of no happening to merge with', async () => {
      const negated = all.find((e) => e.modality === 'negated')!;
      expect(negated).toMatchObject({ event_id: null, num_mentions: 1, num_articles: 1, num_sources: 1 });
      const { body } = await get<ApiEventDetail>(`/events/${negated.id}`);
      expect(body.mentions.map((mention) => mention.sentence)).toEqual([negated.sentence]);
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      expect((await get('/events/999999')).status).toBe(404);
      expect((await get('/events/abc')).status).toBe(400);
    });
  });

  describe('GET /articles/:id', () => {
    it('gives the article text and its events', async () => {
      const event = all.find((e) => e.sentence.startsWith('Turkey pledged'))!;
      const { status, body } = await get<ApiArticle>(`/articles/${event.article_id}`);
      expect(status).toBe(200);
      expect(body.text).toBe(ARTICLES[1]!.text);
      expect(body.events.map((e) => e.id)).toContain(event.id);
      expect((await get('/articles/nope')).status).toBe(404);
    });

    it('finds an article by the key its input gave it, as sitrep code prints it', async () => {
      const { status, body } = await get<ApiArticle>('/articles/a2');
      expect(status).toBe(200);
      expect(body).toMatchObject({ key: 'a2', text: ARTICLES[1]!.text });
      const byId = (await get<ApiArticle>(`/articles/${body.id}`)).body;
      expect(body.events.length).toBeGreaterThan(0);
      expect(body.events.map((e) => e.id)).toEqual(byId.events.map((e) => e.id));
    });
  });

  describe('aggregates', () => {
    it('GET /actors finds actors by code prefix or by name', async () => {
      const byCode = (await get<{ code: string; name: string; count: number }[]>('/actors?q=ukr')).body;
      expect(byCode.map((actor) => actor.code)).toEqual(expect.arrayContaining(['UKR', 'UKRGOV', 'UKRMIL']));
      const byName = (await get<{ code: string }[]>('/actors?q=Erdogan')).body;
      expect(byName.map((actor) => actor.code)).toContain('TURGOV');
      expect((await get('/actors')).status).toBe(400);
    });

    it('GET /timeline counts events per day and PLOVER type or QuadClass, with mean Goldstein', async () => {
      const byType = (await get<ApiTimeline>('/timeline')).body;
      expect(byType.by).toBe('plover');
      expect(byType.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(all.length);
      const consult = byType.buckets.find((bucket) => bucket.date === '2024-03-10' && bucket.key === 'CONSULT')!;
      expect(consult).toMatchObject({ count: 3, mean_goldstein: expect.closeTo(1.9, 9) });
      const byQuad = (await get<ApiTimeline>('/timeline?by=quad_class&interval=month&actor=PRK')).body;
      expect(byQuad.buckets).toEqual([
        { date: '2024-03', key: '1', count: 3, mean_goldstein: expect.closeTo((1 + 1.9 + 1.9) / 3, 6) },
        { date: '2024-03', key: '4', count: 1, mean_goldstein: -7.2 },
      ]);
    });

    it.each(['', 'actor=UKR', 'actor=TUR,ISR&quad_class=1', 'dyad=UKR,UKR', 'dyad=ISR,EGY', 'dyad=PRK,RUS&actor=PRK', 'q=met'])(
      'aggregates count each matching event once (%s)',
      async (query) => {
        const events = (await get<ApiPage<ApiEvent>>(`/events?limit=500&${query}`)).body.items;
        expect(events.length).toBeGreaterThan(0);
        const timeline = (await get<ApiTimeline>(`/timeline?${query}`)).body;
        expect(timeline.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(events.length);
        const dyads = (await get<ApiDyad[]>(`/dyads?${query}`)).body;
        expect(dyads.reduce((sum, dyad) => sum + dyad.count, 0)).toBe(events.filter((e) => e.target !== null).length);
      },
    );

    it('GET /dyads groups actor pairs, by full code or by country', async () => {
      const actors = (await get<ApiDyad[]>('/dyads')).body;
      expect(actors[0]).toEqual({ source: 'PRKGOV', target: 'RUSGOV', count: 3, mean_goldstein: expect.closeTo((1 + 1.9 + 1.9) / 3, 6) });
      const countries = (await get<ApiDyad[]>('/dyads?level=country&plover=ASSAULT')).body;
      expect(countries).toEqual([
        { source: 'RUS', target: 'UKR', count: 1, mean_goldstein: -10 },
        { source: 'UKR', target: 'UKR', count: 1, mean_goldstein: expect.any(Number) },
      ]);
    });

    it('GET /places aggregates located events per point', async () => {
      const places = (await get<ApiPlace[]>('/places')).body;
      const located = all.filter((e) => e.location?.lat != null && e.location.lon != null);
      expect(places.reduce((sum, place) => sum + place.count, 0)).toBe(located.length);
      expect(places).toContainEqual({ lat: 51.88, lon: 128.33, name: 'Vostochny Cosmodrome', country: 'RUS', count: 2, mean_goldstein: 1.9 });
      expect(places).toContainEqual({ lat: 40, lon: 135, name: 'Sea of Japan', country: null, count: 1, mean_goldstein: -7.2 });
      const mobilize = (await get<ApiPlace[]>('/places?plover=MOBILIZE&actor=PRK')).body;
      expect(mobilize.map((place) => place.name)).toEqual(['Sea of Japan']);
    });
  });

  describe('errors and headers', () => {
    it('answers unknown routes with problem details', async () => {
      const response = await get<{ status: number }>('/nowhere');
      expect(response.status).toBe(404);
      expect(response.type).toContain('application/problem+json');
    });

    it('sends no CORS headers by default, and a content security policy', async () => {
      const response = await fixture.app.inject({ method: 'GET', url: '/api/v1/health', headers: { origin: 'https://evil.example' } });
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    });

    it('serves a page saying how to build the dashboard when it is not built', async () => {
      const response = await fixture.app.inject({ method: 'GET', url: '/' });
      expect(response.body).toContain('npm run build:web');
    });
  });
});
