import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

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
 * Builds the server, fills a fresh SQLite database with the demo data and
 * starts the server on a free port. Returns the teardown, which stops the
 * server and deletes everything it made.
 */
export default async function globalSetup() {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-e2e-'));
  const bin = join(dir, 'debrief');
  const dataDir = join(dir, 'data');
  const log = join(dir, 'server.log');
  let server: ChildProcess | undefined;

  const teardown = async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      const timer = setTimeout(() => server!.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    execFileSync('go', ['build', '-o', bin, '.'], { cwd: repoRoot, stdio: 'inherit' });
    execFileSync(bin, ['demo', '--data-dir', dataDir], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const out = createWriteStream(log);
    server = spawn(bin, ['serve', '--addr', `127.0.0.1:${port}`, '--data-dir', dataDir], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.pipe(out);
    server.stderr!.pipe(out);
    await waitReady(`${base}/readyz`, server, log, 60_000);

    process.env.DEBRIEF_E2E_URL = base;
  } catch (err) {
    await teardown();
    throw err;
  }
  return teardown;
}
