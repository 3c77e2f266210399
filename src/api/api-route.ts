import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ApiContext } from './api-context.js';

/** The validated parts of a request. */
export interface RouteInput<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType> {
  query: z.output<Q>;
  params: z.output<P>;
  body: z.output<B>;
}

/**
 * One line of the route table: method, path under `/api/v1` (`:name` for a path parameter), the zod schemas that
 * validate the request (and make the OpenAPI document), and a thin handler whose result is sent as JSON. A
 * handler that answers by itself (a stream) hijacks the reply and returns nothing.
 */
export interface ApiRoute<Q extends z.ZodType = z.ZodType, P extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  method: 'GET' | 'POST';
  path: string;
  summary: string;
  query?: Q;
  params?: P;
  body?: B;
  /** False for the one route open without the bearer token (`/health`). */
  auth?: boolean;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** What the 200 response is, in words (for the OpenAPI document); JSON unless `produces` says otherwise. */
  returns: string;
  /** The schema of the 200 JSON body (src/api/api-types.ts), for the OpenAPI document and the tests. */
  response?: z.ZodType;
  produces?: string;
  handle(input: RouteInput<Q, P, B>, context: ApiContext, http: { request: FastifyRequest; reply: FastifyReply }): unknown;
}

/** Declares a route with its handler's input types inferred from the schemas. */
export function route<Q extends z.ZodType = z.ZodUndefined, P extends z.ZodType = z.ZodUndefined, B extends z.ZodType = z.ZodUndefined>(
  spec: ApiRoute<Q, P, B>,
): ApiRoute {
  return spec as unknown as ApiRoute;
}
