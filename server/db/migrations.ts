// The office server's schema, created and upgraded by the server itself: numbered steps, each run
// once in order inside one transaction, under a lock so two servers starting together do not both
// run one. A step is never edited once shipped; a change is a new step.
//
// Live and drill never mix: each has its own PostgreSQL schema (office_live, office_drill) with the
// same tables: the office's version (one number that every applied command raises), each seat's
// last applied sequence number, the commands applied (with their outcome, so a push repeated after
// a lost answer gets the same answer), and the office's records as rows of JSON by table and key
// (a removed row keeps its key, with no document, so seats learn of the removal).
import type { Pool } from 'pg';
import { inTransaction } from './transaction';

export const MODE_SCHEMAS = { live: 'office_live', drill: 'office_drill' } as const;

/** An advisory lock number of the console's own, held while the schema is upgraded. */
const MIGRATION_LOCK = 72_541_001;

const modeTables = (schema: string) => `
CREATE SCHEMA ${schema};
CREATE TABLE ${schema}.office (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version bigint NOT NULL
);
INSERT INTO ${schema}.office (version) VALUES (0);
CREATE TABLE ${schema}.seat_progress (
  seat_id text PRIMARY KEY REFERENCES public.seats (id),
  last_seq bigint NOT NULL DEFAULT 0
);
CREATE TABLE ${schema}.commands (
  version bigint PRIMARY KEY,
  seat_id text NOT NULL REFERENCES public.seats (id),
  seat_seq bigint NOT NULL,
  name text NOT NULL,
  entry jsonb NOT NULL,
  outcome jsonb NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (seat_id, seat_seq)
);
CREATE TABLE ${schema}.rows (
  tbl text NOT NULL,
  key text NOT NULL,
  doc jsonb,
  version bigint NOT NULL,
  PRIMARY KEY (tbl, key)
);
CREATE INDEX rows_by_version ON ${schema}.rows (version);
CREATE INDEX rows_by_incident ON ${schema}.rows (tbl, (doc ->> 'incidentId'));
`;

export type Migration = { version: number; name: string; sql: string };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'seats; versions, seat progress, commands and rows, live and drill apart',
    sql: `
CREATE TABLE public.seats (
  id text PRIMARY KEY,
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  enrolled_at timestamptz NOT NULL DEFAULT now()
);
${modeTables(MODE_SCHEMAS.live)}
${modeTables(MODE_SCHEMAS.drill)}`,
  },
  {
    version: 2,
    name: 'one-time enrollment codes for new seats',
    sql: `
CREATE TABLE public.enrollment_codes (
  code_hash text PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  seat_id text REFERENCES public.seats (id)
);`,
  },
  {
    version: 3,
    name: 'rows found by any field a command looks up (a GIN index on the documents)',
    sql: [MODE_SCHEMAS.live, MODE_SCHEMAS.drill]
      .map((schema) => `CREATE INDEX rows_by_content ON ${schema}.rows USING gin (doc jsonb_path_ops);`)
      .join('\n'),
  },
  {
    version: 4,
    name: 'sessions: a person signed in at a seat; commands the server makes itself (sign-in attempts, accounts) have no seat number',
    sql: `
CREATE TABLE public.sessions (
  token_hash text PRIMARY KEY,
  seat_id text NOT NULL REFERENCES public.seats (id),
  person_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  proven_at timestamptz NOT NULL DEFAULT now(),
  used_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz
);
CREATE INDEX sessions_by_seat ON public.sessions (seat_id, person_id);
${[MODE_SCHEMAS.live, MODE_SCHEMAS.drill].map((schema) => `ALTER TABLE ${schema}.commands ALTER COLUMN seat_seq DROP NOT NULL;`).join('\n')}`,
  },
];

/** Brings the database up to the newest step; returns the schema version it is at. */
export async function migrate(pool: Pool, steps: readonly Migration[] = MIGRATIONS): Promise<number> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS public.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const found = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM public.schema_migrations');
    let current = Number(found.rows[0]?.version ?? 0);
    for (const step of steps) {
      if (step.version <= current) continue;
      await client.query(step.sql);
      await client.query('INSERT INTO public.schema_migrations (version, name) VALUES ($1, $2)', [step.version, step.name]);
      current = step.version;
    }
    return current;
  });
}
