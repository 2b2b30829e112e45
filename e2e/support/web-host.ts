import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const HOST_SCRIPT = resolve(__dirname, '../../out/main/host.js');

/**
 * The built web host in a child process with its own data folder, so tests run in parallel
 * and can restart the app exactly as a person would.
 */
export class WebHost {
  readonly dataDir: string;
  private child: ChildProcess | null = null;
  private currentUrl = '';

  private constructor(
    dataDir: string,
    private readonly databaseUrl?: string,
  ) {
    this.dataDir = dataDir;
  }

  /** A host on its own SQLite file, or on a PostgreSQL database that other hosts may share. */
  static async start(options: { databaseUrl?: string } = {}): Promise<WebHost> {
    const host = new WebHost(mkdtempSync(join(tmpdir(), 'hoi-nghi-e2e-')), options.databaseUrl);
    await host.launch();
    return host;
  }

  /** The address the host printed, with this run's token. */
  get url(): string {
    return this.currentUrl;
  }

  get origin(): string {
    return new URL(this.currentUrl).origin;
  }

  get token(): string {
    return new URL(this.currentUrl).searchParams.get('token') ?? '';
  }

  private launch(): Promise<void> {
    const args = [HOST_SCRIPT, '--port', '0', '--data-dir', this.dataDir];
    if (this.databaseUrl) args.push('--database-url', this.databaseUrl);
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    return new Promise((resolveStart, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 15_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          this.currentUrl = match[1];
          resolveStart();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`web host exited with ${code}:\n${output}`));
      });
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolveStop) => {
      child.once('exit', () => resolveStop());
      child.kill('SIGTERM');
    });
  }

  /** Stops and starts the host on the same data folder (a new port and token). */
  async restart(): Promise<void> {
    await this.stop();
    await this.launch();
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
