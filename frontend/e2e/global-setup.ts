import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The PostgreSQL server the two-instance tests make their database on; the Go tests use the same variable. */
const postgresAdminURL = process.env.DEBRIEF_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable';

/** freePort asks the OS for a port nobody is listening on. */
function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? ok(addr.port) : fail(new Error('no port'))));
    });
  });
}

async function waitReady(url: string, server: ChildProcess, log: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`debrief exited with code ${server.exitCode} before it was ready:\n${readFileSync(log, 'utf8')}`);
    }
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`debrief was not ready at ${url} within ${timeoutMs} ms:\n${readFileSync(log, 'utf8')}`);
}

/**
 * The environment of the servers: the caller's, without a database URL of
 * its own, so each server uses exactly the database its flags name.
 */
function serverEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.DEBRIEF_DATABASE_URL;
  return env;
}

interface Server {
  base: string;
  stop: () => Promise<void>;
}

/**
 * startServer runs `debrief serve` on a free loopback port (where the
 * development sign-in is allowed) with the given database flags, logging to
 * log, and waits until it is ready.
 */
async function startServer(bin: string, cwd: string, log: string, dbFlags: string[]): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const out = createWriteStream(log);
  // The webhook test (followup.spec.ts) points a webhook at 127.0.0.1, which
  // Debrief refuses by default as a private network.
  const server = spawn(bin, ['serve', '--addr', `127.0.0.1:${port}`, '--webhook-allow-private-networks', ...dbFlags], {
    cwd,
    env: serverEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.pipe(out);
  server.stderr!.pipe(out);
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitReady(`${base}/readyz`, server, log, 60_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return { base, stop };
}

/** psql runs one statement on url with the PostgreSQL client, failing on any error. */
function psql(url: string, sql: string): string {
  return execFileSync('psql', [url, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-tAc', sql], {
    env: { ...process.env, PGCONNECT_TIMEOUT: '5' },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
}

/** postgresUnreachable says why PostgreSQL cannot be used, or null when it can. */
function postgresUnreachable(): string | null {
  try {
    psql(postgresAdminURL, 'SELECT 1');
    return null;
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    const why = e.code === 'ENOENT' ? 'the psql client is not installed' : (e.stderr || e.message).trim();
    return `PostgreSQL is not usable at ${postgresAdminURL} (set DEBRIEF_TEST_DATABASE_URL to use another): ${why}`;
  }
}

/**
 * startPostgresPair makes a fresh PostgreSQL database, loads the demo data
 * into it and starts two servers on it, as two replicas behind a load
 * balancer would run. Their addresses go to the tests in
 * DEBRIEF_E2E_PG_URL_A and DEBRIEF_E2E_PG_URL_B. It returns the teardown,
 * which stops both and drops the database.
 */
async function startPostgresPair(bin: string, dir: string): Promise<() => Promise<void>> {
  const name = `debrief_e2e_${randomBytes(6).toString('hex')}`;
  const url = new URL(postgresAdminURL);
  url.pathname = `/${name}`;
  const dbURL = url.toString();
  const servers: Server[] = [];
  let created = false;
  const teardown = async () => {
    await Promise.all(servers.map((s) => s.stop()));
    if (created) {
      try {
        psql(postgresAdminURL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } catch (err) {
        console.error(`could not drop the e2e database ${name}:`, err);
      }
    }
  };
  try {
    psql(postgresAdminURL, `CREATE DATABASE ${name}`);
    created = true;
    execFileSync(bin, ['demo', '--database-url', dbURL], { cwd: dir, env: serverEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
    for (const instance of ['a', 'b']) {
      servers.push(await startServer(bin, dir, join(dir, `server-pg-${instance}.log`), ['--database-url', dbURL]));
    }
    process.env.DEBRIEF_E2E_PG_URL_A = servers[0].base;
    process.env.DEBRIEF_E2E_PG_URL_B = servers[1].base;
  } catch (err) {
    await teardown();
    throw err;
  }
  return teardown;
}

/**
 * Builds the server, fills a fresh SQLite database with the demo data and
 * starts the server on a free port (DEBRIEF_E2E_URL). When PostgreSQL is
 * reachable it also starts two servers sharing a fresh PostgreSQL database
 * (see startPostgresPair); when it is not, DEBRIEF_E2E_PG_UNAVAILABLE says
 * why, and the tests that need it fail under CI and skip elsewhere. Returns
 * the teardown, which stops the servers and deletes everything they made.
 */
export default async function globalSetup() {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-e2e-'));
  const bin = join(dir, 'debrief');
  const stops: (() => Promise<void>)[] = [];

  const teardown = async () => {
    await Promise.all(stops.map((stop) => stop()));
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    execFileSync('go', ['build', '-o', bin, '.'], { cwd: repoRoot, stdio: 'inherit' });
    const dataDir = join(dir, 'data');
    execFileSync(bin, ['demo', '--data-dir', dataDir], { cwd: dir, env: serverEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
    const sqlite = await startServer(bin, dir, join(dir, 'server.log'), ['--data-dir', dataDir]);
    stops.push(sqlite.stop);
    process.env.DEBRIEF_E2E_URL = sqlite.base;

    const unreachable = postgresUnreachable();
    if (unreachable) {
      process.env.DEBRIEF_E2E_PG_UNAVAILABLE = unreachable;
      console.warn(`${unreachable}\nThe two-instance PostgreSQL browser tests will ${process.env.CI ? 'fail' : 'be skipped'}.`);
    } else {
      stops.push(await startPostgresPair(bin, dir));
    }
  } catch (err) {
    await teardown();
    throw err;
  }
  return teardown;
}
