import { STATUS_CODES } from 'node:http';
import type { ApiProblem } from './api-types.js';

/**
 * An error that answers a request with RFC 9457 problem details (`application/problem+json`). Handlers throw it;
 * the server's error handler sends it.
 *
 * @example throw new HttpProblem(404, 'no event with id 42');
 */
export class HttpProblem extends Error {
  readonly status: number;
  readonly errors: ApiProblem['errors'];
  constructor(status: number, detail: string, errors?: ApiProblem['errors']) {
    super(detail);
    this.name = 'HttpProblem';
    this.status = status;
    this.errors = errors;
  }

  /** The response body. `type` is `about:blank`: the HTTP status says it all (RFC 9457 §4.2.1). */
  body(): ApiProblem {
    const body: ApiProblem = { type: 'about:blank', title: STATUS_CODES[this.status] ?? 'Error', status: this.status, detail: this.message };
    if (this.errors !== undefined) body.errors = this.errors;
    return body;
  }
}
