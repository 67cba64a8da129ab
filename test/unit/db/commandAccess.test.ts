/// <reference types="vite/client" />
// Every command the console can run has a rule in the access table: a command added without one
// would be refused at the executor, so this finds it before a person does.
import { describe, expect, it } from 'vitest';
import { COMMAND_ACCESS } from '@shared/commandAccess';

const modules = import.meta.glob(['../../../renderer/db/**/*.ts', '!**/backupWorker.ts'], { eager: true }) as Record<
  string,
  Record<string, unknown>
>;

const isCommand = (value: unknown): value is { name: string } =>
  typeof value === 'object' && value !== null && 'name' in value && 'decide' in value && 'tables' in value && 'read' in value;

describe('the access table', () => {
  it('has a rule for every command in the repositories', () => {
    const names = new Set<string>();
    for (const exported of Object.values(modules)) for (const value of Object.values(exported)) if (isCommand(value)) names.add(value.name);
    expect(names.size).toBeGreaterThan(60);
    expect([...names].filter((name) => !(name in COMMAND_ACCESS))).toEqual([]);
  });
});
