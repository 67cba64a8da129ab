// Pokes: the moment a command is applied, every seat of that mode is told the new office version,
// so it pulls at once instead of asking every few seconds. The push announces the version with
// PostgreSQL's NOTIFY inside its own transaction (delivered only once it is committed); each server
// process LISTENs and passes it to the seats connected to it, so two server processes on one
// database (or a restart in between) still tell every seat.
import pg from 'pg';
import type { Mode } from '@shared/model';

export const POKE_CHANNELS: Record<Mode, string> = { live: 'office_live_version', drill: 'office_drill_version' };

export type Listener = (version: number) => void;

/** How long to wait before listening again after the database went away. */
const RETRY_MS = 500;

export class Pokes {
  private readonly listeners: Record<Mode, Set<Listener>> = { live: new Set(), drill: new Set() };
  private client: pg.Client | null = null;
  private stopped = false;
  private retry: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly connectionString: string) {}

  /** Starts listening; resolves once the first LISTEN is in place. */
  async start(): Promise<void> {
    await this.listen();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('error', () => this.again(client));
    client.on('end', () => this.again(client));
    client.on('notification', (message) => {
      const mode = (Object.keys(POKE_CHANNELS) as Mode[]).find((m) => POKE_CHANNELS[m] === message.channel);
      const version = Number(message.payload);
      if (!mode || !Number.isFinite(version)) return;
      for (const listener of this.listeners[mode]) listener(version);
    });
    await client.connect();
    for (const channel of Object.values(POKE_CHANNELS)) await client.query(`LISTEN ${channel}`);
    this.client = client;
  }

  /** The connection was lost (the database restarted): listen again, and poke everyone so nothing missed meanwhile stays unseen. */
  private again(client: pg.Client) {
    if (this.client !== client || this.stopped) return;
    this.client = null;
    void client.end().catch(() => undefined);
    const attempt = () => {
      this.retry = null;
      if (this.stopped) return;
      this.listen().then(
        () => {
          for (const mode of ['live', 'drill'] as const) for (const listener of this.listeners[mode]) listener(-1);
        },
        () => {
          this.retry = setTimeout(attempt, RETRY_MS);
        },
      );
    };
    this.retry = setTimeout(attempt, RETRY_MS);
  }

  /** Calls `listener` with each new version of `mode` (or -1: pull, something may have been missed); returns the unsubscribe. */
  subscribe(mode: Mode, listener: Listener): () => void {
    this.listeners[mode].add(listener);
    return () => this.listeners[mode].delete(listener);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }
}
