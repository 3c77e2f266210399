import { z } from 'zod';
import type { ApiRoute } from './api-route.js';
import { apiProblem } from './api-types.js';

/**
 * The OpenAPI 3.1 document of the route table: parameters and request bodies from the same zod schemas that
 * validate requests (`z.toJSONSchema`, input side, so defaults and comma-separated lists read as sent), response
 * bodies from the schemas that give the API's types (src/api/api-types.ts).
 */
export function openApiDocument(routes: readonly ApiRoute[], version: string): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of routes) {
    const path = `/api/v1${route.path.replace(/:(\w+)/g, '{$1}')}`;
    const operation: Record<string, unknown> = {
      summary: route.summary,
      operationId: operationId(route),
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      responses: {
        '200': {
          description: route.returns,
          content: {
            [route.produces ?? 'application/json']: { schema: responseSchema(route) },
          },
        },
        default: { description: 'An error', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
      },
    };
    if (route.auth === false) operation.security = [];
    if (route.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: jsonSchema(route.body, 'input') }, 'text/plain': { schema: { type: 'string' } } },
      };
    }
    (paths[path] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'sitrep API', version, description: 'Coded geopolitical events (CAMEO, PLOVER), their sentences and articles.' },
    paths,
    components: {
      schemas: { Problem: jsonSchema(apiProblem, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
    security: [{ bearer: [] }],
  };
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): object[] {
  if (!schema) return [];
  const json = jsonSchema(schema, 'input') as { properties?: Record<string, { description?: string }>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || (json.required ?? []).includes(name),
      ...(description === undefined ? {} : { description }),
      schema: rest,
    };
  });
}

/** The schema of a route's 200 body: its zod schema, else any object (JSON) or text (a stream). */
function responseSchema(route: ApiRoute): object {
  if (route.response) return jsonSchema(route.response, 'output');
  return route.produces === undefined ? { type: 'object' } : { type: 'string' };
}

/** The JSON Schema of a zod schema: `input` for requests (defaults and coerced strings read as sent), `output` for responses. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): object {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

function operationId(route: ApiRoute): string {
  const words = route.path.split('/').filter((part) => part !== '' && !part.startsWith(':')).map((part) => part.replace(/\.json$/, ''));
  const base = `${route.method.toLowerCase()}${words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('')}`;
  return route.path.includes(':') ? `${base}ById` : base;
}
