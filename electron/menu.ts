// The application menu: only what a desktop window needs (edit, zoom, window). The console's
// own commands live in the renderer. Labels are Chinese here because the main process has no
// i18n catalog of its own and operators read Chinese; roles keep the platform shortcuts.
import type { MenuItemConstructorOptions } from 'electron';

const LABELS = {
  app: '应急指挥台',
  file: '文件',
  quit: '退出',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  view: '视图',
  reload: '重新加载',
  devTools: '开发者工具',
  resetZoom: '实际大小',
  zoomIn: '放大',
  zoomOut: '缩小',
  fullScreen: '全屏',
  window: '窗口',
  minimize: '最小化',
  close: '关闭窗口',
} as const;

export interface MenuContext {
  isMac: boolean;
  /** Packaged builds have no developer tools entry; operators should not stumble into them. */
  isPackaged: boolean;
}

export function menuTemplate({ isMac, isPackaged }: MenuContext): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: LABELS.reload },
    ...(isPackaged ? [] : [{ role: 'toggleDevTools', label: LABELS.devTools } as const]),
    { type: 'separator' },
    { role: 'resetZoom', label: LABELS.resetZoom },
    { role: 'zoomIn', label: LABELS.zoomIn },
    { role: 'zoomOut', label: LABELS.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: LABELS.fullScreen },
  ];
  return [
    isMac
      ? { label: LABELS.app, submenu: [{ role: 'quit', label: LABELS.quit }] }
      : { label: LABELS.file, submenu: [{ role: 'quit', label: LABELS.quit }] },
    {
      label: LABELS.edit,
      submenu: [
        { role: 'undo', label: LABELS.undo },
        { role: 'redo', label: LABELS.redo },
        { type: 'separator' },
        { role: 'cut', label: LABELS.cut },
        { role: 'copy', label: LABELS.copy },
        { role: 'paste', label: LABELS.paste },
        { role: 'selectAll', label: LABELS.selectAll },
      ],
    },
    { label: LABELS.view, submenu: view },
    {
      label: LABELS.window,
      submenu: [
        { role: 'minimize', label: LABELS.minimize },
        { role: 'close', label: LABELS.close },
      ],
    },
  ];
}
