// One table of console commands: keyboard shortcuts and the shortcut help are built from it, so
// a shortcut and its description cannot drift apart.
import type { TextKey } from '../i18n/keys';

export type CommandContext = { navigate: (to: string) => void; path: string };

export type ConsoleCommand = {
  id: string;
  labelKey: TextKey;
  /** e.g. 'Alt+N', '/', '?': modifier names joined with '+', then the key as KeyboardEvent.key reads it. */
  shortcut: string;
  run: (ctx: CommandContext) => void;
};

const focusBoardSearch = (ctx: CommandContext) => {
  if (!ctx.path.startsWith('/board')) ctx.navigate('/board');
  // The board may mount on this navigation; focus its search once it is there.
  setTimeout(() => document.querySelector<HTMLInputElement>('.board input[type="search"]')?.focus(), 50);
};

export const COMMANDS: ConsoleCommand[] = [
  { id: 'go.dashboard', labelKey: 'shortcuts.dashboard', shortcut: 'Alt+D', run: (c) => c.navigate('/') },
  { id: 'go.board', labelKey: 'shortcuts.board', shortcut: 'Alt+B', run: (c) => c.navigate('/board') },
  { id: 'complaint.new', labelKey: 'shortcuts.newComplaint', shortcut: 'Alt+N', run: (c) => c.navigate('/intake') },
  { id: 'go.inbox', labelKey: 'shortcuts.inbox', shortcut: 'Alt+I', run: (c) => c.navigate('/inbox') },
  { id: 'board.search', labelKey: 'shortcuts.search', shortcut: '/', run: focusBoardSearch },
  { id: 'go.bigscreen', labelKey: 'shortcuts.bigScreen', shortcut: 'Alt+F', run: (c) => c.navigate('/bigscreen') },
];

/** The shortcut an event types, in the registry's notation. */
export function shortcutOf(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>): string {
  const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  return [event.ctrlKey ? 'Ctrl' : '', event.metaKey ? 'Meta' : '', event.altKey ? 'Alt' : '', key].filter(Boolean).join('+');
}

/** Plain keys (/, ?) are text while typing; only modified shortcuts act inside a field. */
export function commandFor(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>, typing: boolean): ConsoleCommand | null {
  const shortcut = shortcutOf(event);
  const command = COMMANDS.find((c) => c.shortcut.toUpperCase() === shortcut.toUpperCase());
  if (!command) return null;
  return typing && !command.shortcut.includes('+') ? null : command;
}
