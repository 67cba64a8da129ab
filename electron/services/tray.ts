// The tray icon: what needs attention at a glance (overdue items, open level-1 incidents, alerts
// nobody acknowledged) while the window is hidden, and the way back to the console or out of it.
// Labels are Chinese because the main process has no i18n catalog and operators read Chinese.
import type { HostStatus } from '@shared/bridge';

const APP_NAME = '应急指挥台';
const DRILL_PREFIX = '【演练】';

/** One entry of the tray's context menu; assignable to Electron's MenuItemConstructorOptions. */
export interface TrayMenuItem {
  label?: string;
  type?: 'normal' | 'separator';
  enabled?: boolean;
  click?: () => void;
}

export interface TrayLike<M> {
  setToolTip(text: string): void;
  setContextMenu(menu: M): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
}

export interface TrayDeps<I, M> {
  Tray: new (icon: I) => TrayLike<M>;
  buildMenu: (template: TrayMenuItem[]) => M;
  icon: I;
  /** Shows the console (creating the window if it was closed) and brings it to the front. */
  openConsole: () => void;
  quit: () => void;
}

export interface ConsoleTray {
  update(status: HostStatus): void;
  destroy(): void;
}

/** The counts as the operator reads them, e.g. 逾期 3 项 · 一级事件 1 起 · 未确认提醒 2 条. */
export function trayCounts(status: HostStatus): string[] {
  return [`逾期 ${status.overdue} 项`, `一级事件 ${status.levelOneOpen} 起`, `未确认提醒 ${status.unacknowledged} 条`];
}

/** One line for the tooltip; a drill is marked so nobody takes its counts for the real ones. */
export function traySummary(status: HostStatus): string {
  return `${status.drill ? DRILL_PREFIX : ''}${trayCounts(status).join(' · ')}`;
}

export function trayTooltip(status: HostStatus | null): string {
  return status ? `${APP_NAME}\n${traySummary(status)}` : APP_NAME;
}

export function trayMenuTemplate(
  status: HostStatus | null,
  actions: Pick<TrayDeps<unknown, unknown>, 'openConsole' | 'quit'>,
): TrayMenuItem[] {
  const counts: TrayMenuItem[] = status
    ? [
        ...(status.drill ? [{ label: DRILL_PREFIX, enabled: false }] : []),
        ...trayCounts(status).map((label) => ({ label, enabled: false })),
        { type: 'separator' as const },
      ]
    : [];
  return [...counts, { label: '打开指挥台', click: actions.openConsole }, { type: 'separator' }, { label: '退出', click: actions.quit }];
}

export function createConsoleTray<I, M>(deps: TrayDeps<I, M>): ConsoleTray {
  const tray = new deps.Tray(deps.icon);
  let shown: string | null = null;

  const render = (status: HostStatus | null) => {
    // The renderer reports after every change; rebuilding an unchanged menu would make it
    // flicker (and close it under the operator's pointer on some desktops).
    const tooltip = trayTooltip(status);
    if (tooltip === shown) return;
    shown = tooltip;
    tray.setToolTip(tooltip);
    tray.setContextMenu(deps.buildMenu(trayMenuTemplate(status, deps)));
  };

  tray.on('click', deps.openConsole);
  render(null);
  return {
    update: (status) => render(status),
    destroy: () => tray.destroy(),
  };
}
