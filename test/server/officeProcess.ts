// `npm run office-server` as an office runs it, for tests that need the real process: started on a
// free port and waited for, killed with everything it started, and asked for one-time codes.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

/** Starts the server on `port` over the database at `url`, and waits until it answers. */
export async function startServer(url: string, port: number): Promise<ChildProcess> {
  const child = spawn('npm', ['run', '--silent', 'office-server'], {
    env: { ...process.env, DATABASE_URL: url, OFFICE_PORT: String(port) },
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 300; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/v1/health`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the office server did not start');
}

/** Kills the server and everything it started at once, as a power cut or a task manager would. */
export function kill(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // gone already
  }
}

/** A one-time code for a new seat, as `npm run office-server -- code NAME` prints it; and what it printed. */
export function oneTimeCode(url: string, name: string): { code: string; printed: string } {
  const printed = execFileSync('npm', ['run', '--silent', 'office-server', '--', 'code', name], {
    env: { ...process.env, DATABASE_URL: url },
  }).toString();
  const [code = ''] = /[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}/.exec(printed) ?? [];
  return { code, printed };
}
