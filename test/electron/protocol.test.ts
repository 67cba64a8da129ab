// The app:// handler that serves the built renderer: the page and its assets come back with the
// right type and the security policy; anything outside the build, or not ours, is refused.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppRequestHandler } from '../../electron/protocol';
import { contentSecurityPolicy } from '../../electron/security';

// The real module would try to download Electron; the handler must not need it.
vi.mock('electron', () => ({}));

const INDEX = '<!doctype html><title>应急指挥台</title>';
let workspace: string;
let root: string;
let handle: ReturnType<typeof createAppRequestHandler>;

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'console-protocol-'));
  root = path.join(workspace, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), INDEX);
  await writeFile(path.join(root, 'assets', 'main.js'), 'console.log("console")');
  await writeFile(path.join(root, 'assets', 'main.css'), 'body{}');
  await writeFile(path.join(root, 'assets', '图标.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  // Beside the build, where a traversal would land.
  await writeFile(path.join(workspace, 'secret.txt'), 'operator passwords');
  await mkdir(path.join(workspace, 'renderer-old'));
  await writeFile(path.join(workspace, 'renderer-old', 'index.html'), 'old build');
  handle = createAppRequestHandler(root);
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handle({ url, method });

describe('serving the console over app://console', () => {
  it('serves index.html for the bare origin, as HTML with the security policy', async () => {
    const response = await get('app://console/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await response.text()).toBe(INDEX);
  });

  it('serves index.html for a hash route', async () => {
    const response = await get('app://console/#/incidents/42');
    expect(await response.text()).toBe(INDEX);
  });

  it('serves a script as JavaScript and a stylesheet as CSS, each with the policy and nosniff', async () => {
    const script = await get('app://console/assets/main.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await script.text()).toBe('console.log("console")');

    const style = await get('app://console/assets/main.css?v=2');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('serves a file with a Chinese name', async () => {
    const response = await get(`app://console/assets/${encodeURIComponent('图标')}.png`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  });

  it('falls back to index.html for an unknown page path', async () => {
    const response = await get('app://console/incidents/42');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(INDEX);
  });

  it('answers a missing script with 404 rather than HTML under a .js name', async () => {
    const response = await get('app://console/assets/missing-chunk.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://console/assets/main.js', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('refuses to change anything (no POST)', async () => {
    expect((await get('app://console/index.html', 'POST')).status).toBe(405);
  });
});

describe('refusals', () => {
  it.each([
    ['encoded dot segments', 'app://console/%2e%2e%2fsecret.txt'],
    ['an encoded slash after ..', 'app://console/assets/..%2f..%2fsecret.txt'],
    ['a sibling folder sharing the prefix', 'app://console/..%2frenderer-old/index.html'],
  ])('refuses a path that leaves the build (%s)', async (_what, url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('operator passwords');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('never serves a file beside the build even through plain dot segments', async () => {
    // The URL parser already folds /../ away; what is left must still be inside the build.
    const response = await get('app://console/../secret.txt');
    expect(await response.text()).not.toContain('operator passwords');
  });

  it('refuses a request for another app:// host', async () => {
    const response = await get('app://evil/index.html');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toBe(INDEX);
  });

  it('reports a read error as 500 instead of throwing', async () => {
    const broken = createAppRequestHandler(root, () => Promise.reject(Object.assign(new Error('disk failure'), { code: 'EIO' })));
    const response = await broken({ url: 'app://console/', method: 'GET' });
    expect(response.status).toBe(500);
  });

  it('says the console is not built when index.html is missing', async () => {
    const empty = createAppRequestHandler(path.join(workspace, 'nowhere'));
    const response = await empty({ url: 'app://console/', method: 'GET' });
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('npm run build');
  });
});
