import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiContext } from '../api-context.js';
import type { EventFilter } from '../queries/event-filter.js';

/** Events sent per poll at most; the rest follow on the next poll. */
const BATCH = 500;
/** A comment line this often keeps proxies from closing a quiet stream, in milliseconds. */
const HEARTBEAT_MS = 15_000;

/**
 * `GET /stream`: Server-Sent Events, one `event: event` message per stored event (id = event id, data = the
 * event as JSON), in id order. Starts after `after`, else after the `Last-Event-ID` the client sends when it
 * reconnects, else after the newest event stored now. The database is polled every `context.pollMs`.
 */
export async function streamEvents(
  filter: EventFilter,
  after: number | undefined,
  context: ApiContext,
  { request, reply }: { request: FastifyRequest; reply: FastifyReply },
): Promise<void> {
  const resume = Number(request.headers['last-event-id']);
  let last = after ?? (Number.isSafeInteger(resume) && resume >= 0 ? resume : await context.reads.lastEventId());
  reply.hijack();
  const response = reply.raw;
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined) response.setHeader(name, value);
  }
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    'x-accel-buffering': 'no',
  });
  response.write(`retry: 3000\n: sending events after ${last}\n\n`);

  let busy = false;
  let quietSince = Date.now();
  const poll = async () => {
    if (busy) return;
    busy = true;
    try {
      const events = await context.reads.eventsAfter(last, filter, BATCH);
      for (const event of events) {
        response.write(`id: ${event.id}\nevent: event\ndata: ${JSON.stringify(event)}\n\n`);
        last = event.id;
      }
      if (events.length > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= HEARTBEAT_MS) {
        response.write(': heartbeat\n\n');
        quietSince = Date.now();
      }
    } catch (error) {
      request.log.error({ err: error, stage: 'stream' }, 'stream poll failed; the stream ends and the client reconnects');
      stop();
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void poll(), context.pollMs);
  function stop() {
    clearInterval(timer);
    context.closing.removeEventListener('abort', stop);
    if (!response.writableEnded) response.end();
  }
  request.raw.on('close', stop);
  context.closing.addEventListener('abort', stop, { once: true });
  await poll();
}
