import type SqliteDatabase from 'better-sqlite3';

/** Prepared statements kept per connection. */
const CACHE_SIZE = 256;

/**
 * The connection with `prepare` cached by SQL text (least recently used out first). Kysely prepares every
 * query anew; preparing is a large share of a small statement's cost. A cached statement that is busy (an
 * iterator over it is open) is not handed out again: a fresh one is prepared instead.
 */
export function withStatementCache(database: SqliteDatabase.Database): SqliteDatabase.Database {
  const cache = new Map<string, SqliteDatabase.Statement>();
  const prepare = (source: string): SqliteDatabase.Statement => {
    const cached = cache.get(source);
    if (cached && !cached.busy) {
      cache.delete(source);
      cache.set(source, cached);
      return cached;
    }
    const statement = database.prepare(source);
    if (!cached) {
      cache.set(source, statement);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    return statement;
  };
  return new Proxy(database, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
