import { describe, expect, it } from 'vitest';
import { COMMANDS, commandFor } from '../../../renderer/commands/registry';

const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('keyboard shortcuts', () => {
  it('open a new complaint with Alt+N, whatever has focus', () => {
    expect(commandFor(key('n', { altKey: true }), false)?.id).toBe('complaint.new');
    expect(commandFor(key('n', { altKey: true }), true)?.id).toBe('complaint.new');
  });

  it('leave / to the text being typed in a field, and search with it elsewhere', () => {
    expect(commandFor(key('/'), true)).toBeNull();
    expect(commandFor(key('/'), false)?.id).toBe('board.search');
  });

  it('ignore a plain letter', () => {
    expect(commandFor(key('n'), false)).toBeNull();
  });

  it('give every command its own shortcut', () => {
    const shortcuts = COMMANDS.map((c) => c.shortcut.toUpperCase());
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
  });
});
