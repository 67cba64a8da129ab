// Every IPC channel behind the same guard: only the console's own page may call, every payload
// is parsed, and the renderer always gets a Result back — never an exception.
import { CHANNELS } from '@shared/channels';
import { describe, expect, it, vi } from 'vitest';
import {
  fakeNotificationClass,
  fakeWindow,
  goodAppend,
  goodBegin,
  goodFinish,
  goodNotice,
  goodOpen,
  goodPreferences,
  goodPin,
  goodPrint,
  goodRead,
  goodRegistration,
  goodSave,
  goodStatus,
  INCIDENT_ID,
  setUp,
  WRITE_ID,
} from './ipcHarness';

// The real module would try to download Electron; the handlers take their dependencies as fakes.
vi.mock('electron', () => ({}));

const channels = [
  { channel: CHANNELS.appInfo, args: [] as unknown[] },
  { channel: CHANNELS.notify, args: [goodNotice] as unknown[] },
  { channel: CHANNELS.scheduleDeadlines, args: [goodRegistration] as unknown[] },
  { channel: CHANNELS.reportStatus, args: [goodStatus] as unknown[] },
  { channel: CHANNELS.applyPreferences, args: [goodPreferences] as unknown[] },
  { channel: CHANNELS.backupSecret, args: [] as unknown[] },
  { channel: CHANNELS.beginBackup, args: [goodBegin] as unknown[] },
  { channel: CHANNELS.appendBackup, args: [goodAppend] as unknown[] },
  { channel: CHANNELS.finishBackup, args: [goodFinish] as unknown[] },
  { channel: CHANNELS.abortBackup, args: [WRITE_ID] as unknown[] },
  { channel: CHANNELS.listBackups, args: ['live'] as unknown[] },
  { channel: CHANNELS.readBackup, args: [goodRead] as unknown[] },
  { channel: CHANNELS.backupEnds, args: [{ file: goodRead.file }] as unknown[] },
  { channel: CHANNELS.carryBackup, args: [{ id: WRITE_ID, from: goodRead.file }] as unknown[] },
  { channel: CHANNELS.saveFile, args: [goodSave] as unknown[] },
  { channel: CHANNELS.openFile, args: [goodOpen] as unknown[] },
  { channel: CHANNELS.printToPdf, args: [goodPrint] as unknown[] },
  { channel: CHANNELS.pinOffice, args: [goodPin] as unknown[] },
  { channel: CHANNELS.putAttachment, args: [{ name: '现场照片.jpg', data: new Uint8Array([0xff, 0xd8, 0xff]) }] as unknown[] },
  { channel: CHANNELS.readAttachment, args: [{ hash: 'a'.repeat(64) }] as unknown[] },
  { channel: CHANNELS.removeAttachment, args: [{ hash: 'a'.repeat(64) }] as unknown[] },
];

describe('every channel', () => {
  it('registers a handler for each channel the renderer invokes, and no other', () => {
    expect([...setUp().listeners.keys()].sort()).toEqual(
      [
        CHANNELS.appInfo,
        CHANNELS.notify,
        CHANNELS.scheduleDeadlines,
        CHANNELS.reportStatus,
        CHANNELS.applyPreferences,
        CHANNELS.backupSecret,
        CHANNELS.beginBackup,
        CHANNELS.appendBackup,
        CHANNELS.finishBackup,
        CHANNELS.abortBackup,
        CHANNELS.listBackups,
        CHANNELS.readBackup,
        CHANNELS.backupEnds,
        CHANNELS.carryBackup,
        CHANNELS.saveFile,
        CHANNELS.openFile,
        CHANNELS.printToPdf,
        CHANNELS.pinOffice,
        CHANNELS.putAttachment,
        CHANNELS.readAttachment,
        CHANNELS.removeAttachment,
      ].sort(),
    );
  });

  describe.each(channels)('$channel', ({ channel, args }) => {
    it('answers the console’s own page', async () => {
      expect((await setUp().invoke(channel, ...args)).ok).toBe(true);
    });

    it.each([
      ['a foreign website', 'https://evil.example/'],
      ['a local file', 'file:///home/duty/evil.html'],
      ['another app:// host', 'app://evil/'],
      ['the browser-host dev server', 'http://127.0.0.1:4173/'],
      ['a frame that is already gone', null],
    ])('refuses a call from %s without running the handler', async (_what, frameUrl) => {
      const { invokeFrom, deps, serviceCalls } = setUp();
      const result = await invokeFrom(frameUrl, channel, ...args);
      expect(result).toEqual({ ok: false, error: { code: 'ipc-sender-refused', params: { channel } } });
      expect(deps.app.getPath).not.toHaveBeenCalled();
      expect(serviceCalls()).toBe(0);
      expect(deps.log).toHaveBeenCalledWith(expect.stringContaining('refused'));
    });

    it('runs its service for the console’s own page (app:info needs none)', async () => {
      const { invoke, serviceCalls } = setUp();
      await invoke(channel, ...args);
      expect(serviceCalls() > 0).toBe(channel !== CHANNELS.appInfo);
    });

    it('refuses a call with more arguments than the channel takes, without running the handler', async () => {
      const { invoke, serviceCalls } = setUp();
      const result = await invoke(channel, ...(args.length ? args : [undefined]), 'extra');
      expect(result).toMatchObject({ ok: false, error: { code: 'ipc-bad-payload' } });
      expect(serviceCalls()).toBe(0);
    });

    it('survives a sender frame whose URL cannot be read', async () => {
      const { listeners } = setUp();
      const event = {
        get senderFrame(): { url: string } {
          throw new Error('Render frame was disposed before WebFrameMain could be accessed');
        },
      };
      const result = await listeners.get(channel)!(event, ...args);
      expect(result).toMatchObject({ ok: false, error: { code: 'ipc-sender-refused' } });
    });
  });
});

describe('app:info', () => {
  it('tells the console its name, version, host, platform and data folder', async () => {
    const result = await setUp().invoke(CHANNELS.appInfo);
    expect(result).toEqual({
      ok: true,
      value: { name: '应急指挥台', version: '0.1.0', host: 'electron', platform: 'linux', userDataPath: '/home/duty/.config/应急指挥台' },
    });
  });

  it.each([
    ['an object', { name: 'x' }],
    ['a string', 'app'],
    ['null', null],
  ])('refuses a payload (%s): app:info takes none', async (_what, payload) => {
    const result = await setUp().invoke(CHANNELS.appInfo, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc-bad-payload', params: { channel: CHANNELS.appInfo } } });
  });

  it('returns a failure, not an exception, when the data folder cannot be determined', async () => {
    const { invoke } = setUp({
      app: {
        getName: () => '应急指挥台',
        getVersion: () => '0.1.0',
        getPath: () => {
          throw new Error("Failed to get 'userData' path");
        },
      },
    });
    const result = await invoke(CHANNELS.appInfo);
    expect(result).toEqual({
      ok: false,
      error: { code: 'ipc-handler-failed', params: { channel: CHANNELS.appInfo }, message: "Failed to get 'userData' path" },
    });
  });
});

describe('notify:show', () => {
  it('shows a notice with its title and body at normal urgency', async () => {
    const { invoke, Notification } = setUp();
    expect(await invoke(CHANNELS.notify, goodNotice)).toEqual({ ok: true, value: undefined });
    expect(Notification.shown).toHaveLength(1);
    expect(Notification.shown[0]!.options).toEqual({
      title: goodNotice.title,
      body: goodNotice.body,
      urgency: 'normal',
      timeoutType: 'default',
    });
  });

  it('keeps an urgent notice on screen until someone acts on it', async () => {
    const { invoke, Notification } = setUp();
    await invoke(CHANNELS.notify, { ...goodNotice, urgent: true });
    expect(Notification.shown[0]!.options).toMatchObject({ urgency: 'critical', timeoutType: 'never' });
  });

  it.each([
    ['refuses a notification payload without a title', { body: '正文' }],
    ['refuses an empty title', { title: '', body: '正文' }],
    ['refuses a title longer than 200 characters', { title: '超'.repeat(201), body: '' }],
    ['refuses a body longer than 1000 characters', { title: '超时', body: '长'.repeat(1001) }],
    ['refuses a body that is not text', { title: '超时', body: 42 }],
    ['refuses a target whose id is not a UUID', { ...goodNotice, target: { kind: 'incident', id: '../../etc' } }],
    ['refuses a target of an unknown kind', { ...goodNotice, target: { kind: 'file', id: INCIDENT_ID } }],
    ['refuses an urgency flag that is not a boolean', { ...goodNotice, urgent: 'yes' }],
    ['refuses a bare string', '一级事件'],
    ['refuses no payload at all', undefined],
  ])('%s', async (_name, payload) => {
    const { invoke, Notification } = setUp();
    const result = await invoke(CHANNELS.notify, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc-bad-payload', params: { channel: CHANNELS.notify } } });
    expect(Notification.shown).toHaveLength(0);
  });

  it('says where a refused payload went wrong', async () => {
    const result = await setUp().invoke(CHANNELS.notify, { body: '正文' });
    expect(result.ok ? '' : result.error.message).toContain('title');
  });

  it('reports that notifications are unsupported instead of failing silently', async () => {
    const { invoke } = setUp({ Notification: fakeNotificationClass(false) });
    expect(await invoke(CHANNELS.notify, goodNotice)).toEqual({ ok: false, error: { code: 'notifications-unsupported' } });
  });

  it('returns a failure, not an exception, when the system refuses to show the notice', async () => {
    class BrokenNotification {
      static isSupported() {
        return true;
      }
      constructor() {
        throw new Error('D-Bus notification service unavailable');
      }
      on() {
        return this;
      }
      show() {}
    }
    const { invoke } = setUp({ Notification: BrokenNotification });
    expect(await invoke(CHANNELS.notify, goodNotice)).toEqual({
      ok: false,
      error: { code: 'ipc-handler-failed', params: { channel: CHANNELS.notify }, message: 'D-Bus notification service unavailable' },
    });
  });

  it('brings a minimised console forward and opens the incident when the notice is clicked', async () => {
    const window = fakeWindow({ minimized: true });
    const { invoke, Notification } = setUp({ getWindow: () => window });
    await invoke(CHANNELS.notify, goodNotice);
    Notification.shown[0]!.click();
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith(CHANNELS.openTarget, { kind: 'incident', id: INCIDENT_ID });
  });

  it('only brings the console forward when a notice without a target is clicked', async () => {
    const { invoke, Notification, window } = setUp();
    await invoke(CHANNELS.notify, { title: '交班提醒', body: '请完成交班记录' });
    Notification.shown[0]!.click();
    expect(window.focus).toHaveBeenCalled();
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.webContents.send).not.toHaveBeenCalled();
  });

  it('ignores a click that arrives after the console window was closed', async () => {
    const closed = fakeWindow({ destroyed: true });
    const { invoke, Notification } = setUp({ getWindow: () => closed });
    await invoke(CHANNELS.notify, goodNotice);
    expect(() => Notification.shown[0]!.click()).not.toThrow();
    expect(closed.webContents.send).not.toHaveBeenCalled();
  });
});
