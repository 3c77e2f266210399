import robotsParserModule from 'robots-parser';

// A CommonJS module whose types declare an ES default export: at run time the default import is the function.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

/** How long a host's robots.txt is trusted before it is fetched again, in milliseconds (1 hour). */
export const ROBOTS_TTL_MS = 3_600_000;

/** What robots.txt says about one host for sitrep's User-Agent. */
export interface RobotsRules {
  isAllowed(url: string): boolean;
  /** Crawl-delay in milliseconds, when given. */
  crawlDelayMs: number | undefined;
}

/** Everything allowed: no robots.txt (4xx), or one that could not be read. */
export const ALLOW_ALL: RobotsRules = { isAllowed: () => true, crawlDelayMs: undefined };

/**
 * Parses a robots.txt body (robots-parser) for `userAgent`; `robotsUrl` is where it was fetched from.
 * @example parseRobots('https://example.org/robots.txt', 'User-agent: *\nDisallow: /private', 'sitrep').isAllowed(…)
 */
export function parseRobots(robotsUrl: string, body: string, userAgent: string): RobotsRules {
  const robot = robotsParser(robotsUrl, body);
  const delay = robot.getCrawlDelay(userAgent);
  return {
    isAllowed: (url) => robot.isAllowed(url, userAgent) !== false,
    crawlDelayMs: delay === undefined ? undefined : delay * 1000,
  };
}
