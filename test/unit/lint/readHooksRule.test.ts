// The lint rule that keeps table queries out of the screens: a feature that queries a table is
// told to read through renderer/db/reads, and one that reads through a hook passes.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const READ_HOOKS = /read through a hook of renderer\/db\/reads/;

const inlineQuery = `import { useLiveQuery } from 'dexie-react-hooks';
import { useConsole } from '../../db/DatabaseContext';

export function useLevelOneIncidents() {
  const { db } = useConsole();
  return useLiveQuery(() => db.incidents.where('level').equals(1).toArray(), [db]);
}
`;

const throughHook = `import { useIncident } from '../../db/reads/incidents';

export function useIncidentTitle(id: string) {
  return useIncident(id)?.title ?? '';
}
`;

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function readHookMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
  return (result?.messages ?? []).filter((m) => READ_HOOKS.test(m.message)).map((m) => m.message);
}

describe('the read-hooks lint rule', () => {
  it('tells a feature that queries a table to read through a hook', async () => {
    const messages = await readHookMessages(inlineQuery, 'renderer/features/sample/useLevelOneIncidents.ts');
    expect(messages.length).toBeGreaterThan(0);
  }, 60_000);

  it('catches a lookup by key and a Dexie import in a component', async () => {
    const component = `import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useConsole } from '../../db/DatabaseContext';

export function Title({ id }: { id: string }) {
  const { db } = useConsole();
  const incident = useLiveQuery(() => db.incidents.get(id), [db, id]);
  return <h1>{incident?.title ?? String(Dexie.minKey)}</h1>;
}
`;
    const messages = await readHookMessages(component, 'renderer/features/sample/Title.tsx');
    expect(messages).toHaveLength(2);
  }, 60_000);

  it('lets a feature read through a hook', async () => {
    expect(await readHookMessages(throughHook, 'renderer/features/sample/useIncidentTitle.ts')).toEqual([]);
  }, 60_000);

  it('lets the read hooks themselves query their tables', async () => {
    expect(await readHookMessages(inlineQuery, 'renderer/db/reads/sample.ts')).toEqual([]);
  }, 60_000);
});
