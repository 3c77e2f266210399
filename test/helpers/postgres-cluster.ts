import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll } from 'vitest';

/** A throwaway PostgreSQL server for tests: a fresh cluster in a temporary folder, reached over a Unix socket. */
export interface PostgresCluster {
  /** A URL for a new empty database on the server (`postgres://sitrep@/NAME?host=SOCKET_DIR&port=PORT`). */
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

/** Where Debian puts the server programs when they are not on the PATH. */
const DEBIAN_BIN = '/usr/lib/postgresql';

function serverBin(): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, 'initdb'))) return dir;
  if (!existsSync(DEBIAN_BIN)) return null;
  const versions = readdirSync(DEBIAN_BIN).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) if (existsSync(join(DEBIAN_BIN, version, 'bin', 'initdb'))) return join(DEBIAN_BIN, version, 'bin');
  return null;
}

/**
 * Starts a PostgreSQL cluster (initdb, then pg_ctl start with no TCP listener) as the current user, or as the
 * `postgres` system user when running as root (the server refuses root). Returns why it cannot when the server
 * programs or that user are missing, so a test can skip with the reason.
 * @throws Error when the programs exist but the server does not start (a real failure).
 */
export function startPostgresCluster(): PostgresCluster | { unavailable: string } {
  const bin = serverBin();
  if (bin === null) return { unavailable: 'PostgreSQL server programs (initdb, pg_ctl) are not installed' };
  const root = userInfo().uid === 0;
  let owner: { uid: number; gid: number } | null = null;
  if (root) {
    try {
      const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim()));
      owner = { uid: uid!, gid: gid! };
    } catch {
      return { unavailable: 'running as root and there is no postgres user to run the server as' };
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-pg-'));
  const data = join(dir, 'data');
  const run = (program: string, args: string[]) => {
    const command = root ? 'runuser' : join(bin, program);
    const argv = root ? ['-u', 'postgres', '--', join(bin, program), ...args] : args;
    execFileSync(command, argv, { stdio: 'pipe', cwd: dir });
  };
  if (owner) {
    chmodSync(dir, 0o700);
    chownSync(dir, owner.uid, owner.gid);
  }
  const port = 40_000 + Math.floor(Math.random() * 20_000);
  try {
    run('initdb', ['-D', data, '-U', 'sitrep', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-o', `-k ${dir} -p ${port} -c listen_addresses='' -F`, 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`cannot start PostgreSQL: ${(error as { stderr?: Buffer }).stderr?.toString() ?? String(error)}`);
  }
  const url = (database: string) => `postgres://sitrep@/${database}?host=${encodeURIComponent(dir)}&port=${port}`;
  let running = true;
  const stop = () => {
    if (!running) return;
    running = false;
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // A test process that ends without its afterAll (a crash, a killed worker) must not leave a server behind.
  process.once('exit', stop);
  return {
    async createDatabase(name) {
      const admin = new pg.Client({ connectionString: url('postgres') });
      await admin.connect();
      try {
        await admin.query(`create database "${name.replace(/"/g, '')}"`);
      } finally {
        await admin.end();
      }
      return url(name);
    },
    stop,
  };
}

/** The databases a test file runs over: SQLite always, PostgreSQL when a throwaway cluster can start. */
export interface TestEngines {
  engines: readonly ('sqlite' | 'postgres')[];
  /** A URL for a new empty PostgreSQL database. @throws Error when PostgreSQL is not among the engines. */
  createDatabase(name: string): Promise<string>;
}

/**
 * Starts a cluster for the calling test file (stopped after its tests), or warns, naming `what` is skipped on
 * PostgreSQL and why.
 */
export function testEngines(what: string): TestEngines {
  const cluster = startPostgresCluster();
  if ('unavailable' in cluster) {
    console.warn(`PostgreSQL ${what} skipped: ${cluster.unavailable}`);
    return { engines: ['sqlite'], createDatabase: () => Promise.reject(new Error(`PostgreSQL: ${cluster.unavailable}`)) };
  }
  afterAll(() => cluster.stop());
  return { engines: ['sqlite', 'postgres'], createDatabase: (name) => cluster.createDatabase(name) };
}
