// One write path: only the executor opens a transaction on the console's database, so every change
// is a command (checked, decided, written and logged together). A module that opens its own would
// write around the log an office server replays.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const EXECUTOR = 'renderer/db/executor.ts';

function sourcesUnder(folder: string): string[] {
  return readdirSync(path.join(root, folder)).flatMap((name) => {
    const relative = `${folder}/${name}`;
    if (statSync(path.join(root, relative)).isDirectory()) return sourcesUnder(relative);
    return /\.tsx?$/.test(name) ? [relative] : [];
  });
}

describe('the one write path', () => {
  it('has no module but the executor open a transaction', () => {
    const opening = sourcesUnder('renderer').filter(
      (file) => file !== EXECUTOR && /\.transaction\(/.test(readFileSync(path.join(root, file), 'utf8')),
    );
    expect(opening).toEqual([]);
    // The rule finds what it looks for: the executor itself opens them.
    expect(readFileSync(path.join(root, EXECUTOR), 'utf8')).toMatch(/\.transaction\(/);
  });
});
