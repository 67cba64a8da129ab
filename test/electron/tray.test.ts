// The tray icon: what needs attention at a glance while the console is hidden, the way back to
// it, and the way out. Electron's Tray and Menu come in as fakes.
import { describe, expect, it, vi } from 'vitest';
import { createConsoleTray, traySummary, type TrayMenuItem } from '../../electron/services/tray';

vi.mock('electron', () => ({}));

function fakeTrayClass() {
  return class FakeTray {
    static readonly created: FakeTray[] = [];
    tooltip = '';
    menu: TrayMenuItem[] = [];
    menusBuilt = 0;
    clicked: (() => void) | null = null;
    readonly destroy = vi.fn();
    constructor(readonly icon: string) {
      FakeTray.created.push(this);
    }
    setToolTip(text: string) {
      this.tooltip = text;
    }
    setContextMenu(menu: TrayMenuItem[]) {
      this.menu = menu;
      this.menusBuilt += 1;
    }
    on(_event: 'click', listener: () => void) {
      this.clicked = listener;
    }
  };
}

function setUp() {
  const Tray = fakeTrayClass();
  const openConsole = vi.fn();
  const quit = vi.fn();
  const tray = createConsoleTray({
    Tray,
    buildMenu: (template) => template,
    icon: '/opt/console/resources/app.asar/dist/electron/tray.png',
    openConsole,
    quit,
  });
  const icon = Tray.created[0]!;
  const labels = () => icon.menu.map((item) => item.label ?? '—');
  const choose = (label: string) => icon.menu.find((item) => item.label === label)!.click!();
  return { tray, icon, openConsole, quit, labels, choose };
}

const calm = { overdue: 0, levelOneOpen: 0, unacknowledged: 0, drill: false };

describe('the tray icon', () => {
  it('starts with the console’s name and the two actions', () => {
    const { icon, labels } = setUp();
    expect(icon.icon).toMatch(/tray\.png$/);
    expect(icon.tooltip).toBe('应急指挥台');
    expect(labels()).toEqual(['打开指挥台', '—', '退出']);
  });

  it('shows overdue items, open level-1 incidents and unacknowledged alerts in Chinese', () => {
    const { tray, icon, labels } = setUp();
    tray.update({ overdue: 3, levelOneOpen: 1, unacknowledged: 2, drill: false });
    expect(icon.tooltip).toBe('应急指挥台\n逾期 3 项 · 一级事件 1 起 · 未确认提醒 2 条');
    expect(labels()).toEqual(['逾期 3 项', '一级事件 1 起', '未确认提醒 2 条', '—', '打开指挥台', '—', '退出']);
    expect(icon.menu.slice(0, 3).every((item) => item.enabled === false)).toBe(true);
  });

  it('marks a drill’s counts with 【演练】 so nobody takes them for the real ones', () => {
    const { tray, icon, labels } = setUp();
    tray.update({ overdue: 1, levelOneOpen: 1, unacknowledged: 0, drill: true });
    expect(icon.tooltip).toBe('应急指挥台\n【演练】逾期 1 项 · 一级事件 1 起 · 未确认提醒 0 条');
    expect(labels()[0]).toBe('【演练】');
    expect(traySummary({ ...calm, drill: true })).toMatch(/^【演练】/);
  });

  it('does not rebuild its menu when the counts have not changed', () => {
    const { tray, icon } = setUp();
    tray.update(calm);
    tray.update({ ...calm });
    expect(icon.menusBuilt).toBe(2); // the empty start, then the first counts
    tray.update({ ...calm, overdue: 1 });
    expect(icon.menusBuilt).toBe(3);
  });

  it('brings the console to the front when clicked or from 打开指挥台', () => {
    const { icon, openConsole, choose } = setUp();
    icon.clicked!();
    choose('打开指挥台');
    expect(openConsole).toHaveBeenCalledTimes(2);
  });

  it('quits from 退出', () => {
    const { quit, choose } = setUp();
    choose('退出');
    expect(quit).toHaveBeenCalledTimes(1);
  });
});
