import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Coder } from '../pipeline/coder.js';
import type { ApiContext } from './api-context.js';
import type { ApiRoute } from './api-route.js';
import { HttpProblem } from './http-problem.js';
import type { ReadStore } from './queries/read-store.js';
import { InvalidCursorError } from './queries/invalid-cursor-error.js';
import { ROUTES } from './routes.js';

export interface ApiServerOptions {
  reads: ReadStore;
  loadCoder: () => Coder | Promise<Coder>;
  version: string;
  /** When set, every `/api/v1` route but `/health` needs `Authorization: Bearer <token>`. */
  token?: string;
  /** An origin allowed to call the API from another site (CORS); none by default. `*` allows any. */
  corsOrigin?: string;
  /** The built dashboard (web/dist), served at `/`; null or missing: a page saying how to build it. */
  dashboardDir?: string | null;
  /** `/stream` poll interval in milliseconds (default 1000). */
  pollMs?: number;
  now?: () => Date;
  /** Fastify's logger (pino) options; false (default) logs nothing. */
  logger?: boolean | object;
}

/** Headers on every response: the dashboard runs only its own scripts and never loads anything from elsewhere. */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * The `sitrep serve` HTTP server: the API under `/api/v1` (route table in routes.ts), errors as problem details,
 * optional bearer token and CORS, and the dashboard's static files. Not listening yet: call `listen`.
 *
 * @example
 * const app = await createApiServer({ reads, loadCoder, version: '0.1.0' });
 * await app.listen({ port: 8080 });
 */
export async function createApiServer(options: ApiServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, forceCloseConnections: true });
  const closing = new AbortController();
  const context: ApiContext = {
    reads: options.reads,
    loadCoder: options.loadCoder,
    version: options.version,
    now: options.now ?? (() => new Date()),
    pollMs: options.pollMs ?? 1000,
    closing: closing.signal,
  };
  app.addHook('preClose', async () => closing.abort());
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(SECURITY_HEADERS);
    if (options.corsOrigin !== undefined) addCors(request, reply, options.corsOrigin);
  });
  if (options.token !== undefined && options.token !== '') app.addHook('onRequest', bearerGuard(options.token));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500) request.log.error({ err: error, url: request.url }, 'request failed');
    return sendProblem(reply, problem);
  });
  app.setNotFoundHandler((request, reply) => sendProblem(reply, new HttpProblem(404, `no route for ${request.method} ${request.url.split('?')[0]}`)));
  app.addContentTypeParser('text/plain', { parseAs: 'string' }, (_request, body, done) => done(null, { text: body }));

  for (const spec of ROUTES) registerRoute(app, spec, context);
  if (options.corsOrigin !== undefined) app.options('/api/v1/*', async (_request, reply) => reply.code(204).send());
  await registerDashboard(app, options.dashboardDir ?? null);
  return app;
}

function registerRoute(app: FastifyInstance, spec: ApiRoute, context: ApiContext): void {
  app.route({
    method: spec.method,
    url: `/api/v1${spec.path}`,
    ...(spec.bodyLimit === undefined ? {} : { bodyLimit: spec.bodyLimit }),
    config: { auth: spec.auth !== false },
    handler: async (request, reply) => {
      const input = {
        query: validate(spec.query, request.query, 'query'),
        params: validate(spec.params, request.params, 'path'),
        body: validate(spec.body, request.body, 'body'),
      };
      const result = await spec.handle(input, context, { request, reply });
      if (reply.sent) return reply;
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(result));
    },
  });
}

/** The request part parsed by its schema, or a 400 problem listing every issue. */
function validate(schema: z.ZodType | undefined, value: unknown, where: string): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({ path: [where, ...issue.path].join('.'), message: issue.message }));
  throw new HttpProblem(400, `invalid ${where}: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`, errors);
}

function toProblem(error: FastifyError | Error): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof InvalidCursorError) return new HttpProblem(400, error.message);
  const status = (error as FastifyError).statusCode;
  if (status !== undefined && status >= 400 && status < 500) return new HttpProblem(status, error.message);
  return new HttpProblem(500, 'the server failed to answer; the error is in its log');
}

function sendProblem(reply: FastifyReply, problem: HttpProblem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(JSON.stringify(problem.body()));
}

/** An onRequest hook refusing API requests without the token (compared in constant time). */
function bearerGuard(token: string) {
  const expected = digest(token);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith('/api/') || request.method === 'OPTIONS') return;
    if ((request.routeOptions.config as { auth?: boolean }).auth === false) return;
    const match = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '');
    if (match && timingSafeEqual(digest(match[1]!), expected)) return;
    reply.header('www-authenticate', 'Bearer realm="sitrep"');
    return sendProblem(reply, new HttpProblem(401, 'this server needs Authorization: Bearer <token>'));
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function addCors(request: FastifyRequest, reply: FastifyReply, allowed: string): void {
  const origin = request.headers.origin;
  if (origin === undefined || (allowed !== '*' && origin !== allowed)) return;
  reply.header('access-control-allow-origin', allowed === '*' ? '*' : origin);
  reply.header('vary', 'Origin');
  reply.header('access-control-allow-headers', 'authorization, content-type, last-event-id');
  reply.header('access-control-allow-methods', 'GET, POST, OPTIONS');
}

async function registerDashboard(app: FastifyInstance, dir: string | null): Promise<void> {
  if (dir !== null && existsSync(join(dir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: dir,
      wildcard: false,
      setHeaders: (response, path) => {
        const hashed = path.includes(`${join(dir, 'assets')}`);
        response.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    return;
  }
  app.get('/', async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').send('The sitrep dashboard is not built. Run: npm run build:web\nThe API is at /api/v1/.\n'),
  );
}
