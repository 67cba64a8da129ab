// The main process's security decisions: which URLs are the console's own, where a window may
// go, what may leave for the operating system, and which files app:// may serve.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  contentSecurityPolicy,
  isAllowedExternal,
  openLinkOutside,
  isAppUrl,
  mayNavigate,
  mimeTypeFor,
  resolveAssetPath,
} from '../../electron/security';
import { validateOpinion } from '@shared/opinion';

// The real module would try to download Electron; nothing here may need it.
vi.mock('electron', () => ({}));

describe('the console origin', () => {
  it.each([
    'app://console/',
    'app://console/index.html',
    'app://console/assets/main.js?v=1',
    'app://console/#/incidents/42',
    APP_ENTRY_URL,
  ])('recognises %s as the console', (url) => expect(isAppUrl(url)).toBe(true));

  it.each([
    ['a foreign https site', 'https://evil.example/'],
    ['a local file', 'file:///etc/passwd'],
    ['another app:// host', 'app://evil/'],
    ['a look-alike host', 'app://console.evil.example/'],
    ['credentials before the host', 'app://evil@console/'],
    ['a port', 'app://console:8080/'],
    ['plain http on the same name', 'http://console/'],
    ['the dev server', 'http://127.0.0.1:4173/'],
    ['a data: page', 'data:text/html,<script>alert(1)</script>'],
    ['javascript:', 'javascript:alert(1)'],
    ['about:blank', 'about:blank'],
    ['an empty string', ''],
    ['garbage', 'not a url'],
  ])('does not take %s for the console', (_what, url) => expect(isAppUrl(url)).toBe(false));

  it('does not take a missing frame URL for the console', () => {
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });
});

describe('navigation', () => {
  it('lets the window move between the console’s own pages', () => {
    expect(mayNavigate('app://console/#/plan')).toBe(true);
  });

  it.each(['https://evil.example/phish', 'file:///C:/Windows/System32', 'app://other/', 'http://localhost:4173/'])(
    'keeps the window from navigating to %s',
    (url) => expect(mayNavigate(url)).toBe(false),
  );
});

describe('links handed to the operating system', () => {
  it.each(['https://www.12315.cn/', 'http://news.example.cn/2026/11/23/a.html', 'mailto:duty@example.org', 'tel:12315'])(
    'allows %s',
    (url) => expect(isAllowedExternal(url)).toBe(true),
  );

  it.each([
    ['credentials disguising the host of a plain http link', 'http://bank.example@evil.example/'],
    ['a password in a plain http link', 'http://user:secret@news.example.cn/'],
    ['ftp', 'ftp://files.example.com/a.txt'],
    ['a local file', 'file:///etc/passwd'],
    ['an executable share', 'smb://server/share/run.exe'],
    ['javascript:', 'javascript:alert(1)'],
    ['credentials disguising the host', 'https://bank.example@evil.example/'],
    ['the console itself', 'app://console/'],
    ['an empty mailto', 'mailto:'],
    ['garbage', '::::'],
  ])('refuses %s', (_what, url) => expect(isAllowedExternal(url)).toBe(false));
});

describe('files served under app://', () => {
  const root = path.resolve('/opt/console/dist/renderer');

  it('serves index.html for the bare origin', () => {
    expect(resolveAssetPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveAssetPath(root, '')).toBe(path.join(root, 'index.html'));
  });

  it('maps an asset path inside the build folder', () => {
    expect(resolveAssetPath(root, '/assets/main-abc.js')).toBe(path.join(root, 'assets', 'main-abc.js'));
  });

  it('decodes percent-encoded names, including Chinese ones', () => {
    expect(resolveAssetPath(root, '/assets/%E5%9B%BE%E6%A0%87.png')).toBe(path.join(root, 'assets', '图标.png'));
  });

  it('keeps a name that merely starts with two dots', () => {
    expect(resolveAssetPath(root, '/..hidden')).toBe(path.join(root, '..hidden'));
  });

  it.each([
    ['encoded dot segments', '/%2e%2e/%2e%2e/etc/passwd'],
    ['an encoded slash after ..', '/assets/..%2f..%2f..%2fsecret'],
    ['a raw .. segment', '/../secret.txt'],
    ['a sibling folder sharing the prefix', '/../renderer-old/index.html'],
    ['a NUL byte', '/index.html%00.png'],
    ['a malformed escape', '/%E0%A4%A'],
  ])('refuses %s', (_what, urlPath) => expect(resolveAssetPath(root, urlPath)).toBeNull());

  it('treats a leading double slash as a path inside the build, not an absolute path', () => {
    expect(resolveAssetPath(root, '//etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
  });

  describe('on Windows', () => {
    const winRoot = 'C:\\Program Files\\应急指挥台\\resources\\app.asar\\dist\\renderer';

    it('maps an asset inside the build folder', () => {
      expect(resolveAssetPath(winRoot, '/assets/main.js', path.win32)).toBe(`${winRoot}\\assets\\main.js`);
    });

    it.each([
      ['backslash traversal', '/..%5c..%5c..%5cWindows%5cwin.ini'],
      ['another drive', '/D:%5Csecret.txt'],
      ['an absolute drive path', '/C:%5CWindows%5Cwin.ini'],
    ])('refuses %s', (_what, urlPath) => expect(resolveAssetPath(winRoot, urlPath, path.win32)).toBeNull());

    it('reads a UNC-looking path as a path inside the build, never as a network share', () => {
      expect(resolveAssetPath(winRoot, '/%5C%5Cserver%5Cshare%5Cfile', path.win32)).toBe(`${winRoot}\\server\\share\\file`);
    });
  });
});

describe('the content security policy', () => {
  const directives = new Map(
    contentSecurityPolicy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );

  it('allows scripts only from the console itself', () => {
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
  });

  it('forbids plugins, base rewriting and framing', () => {
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
  });

  it('keeps images on the console (also from data: URLs) and connects only to itself and an office server over HTTP(S) or WebSocket', () => {
    expect(directives.get('connect-src')).toBe("'self' http: https: ws: wss:");
    expect(directives.get('img-src')).toBe("'self' data:");
    expect(directives.get('style-src')).toBe("'self' 'unsafe-inline'");
  });
});

describe('content types', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/main-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/main.CSS', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/logo.png', 'image/png'],
    ['fonts/NotoSansSC.woff2', 'font/woff2'],
    ['assets/main.js.map', 'application/json; charset=utf-8'],
  ])('gives %s the type %s', (file, type) => expect(mimeTypeFor(file)).toBe(type));

  it('serves unknown files as opaque bytes, never as something a browser would run', () => {
    expect(mimeTypeFor('notes.exe')).toBe('application/octet-stream');
    expect(mimeTypeFor('README')).toBe('application/octet-stream');
  });
});

describe('a link that would open a new window', () => {
  it('goes to the operating system when it may, and never opens a console window', async () => {
    const opened: string[] = [];
    const open = async (url: string) => {
      opened.push(url);
    };
    expect(openLinkOutside('https://weibo.com/1234567890/AbCdEf', open)).toEqual({ action: 'deny' });
    expect(openLinkOutside('file:///etc/passwd', open)).toEqual({ action: 'deny' });
    expect(openLinkOutside('javascript:alert(1)', open)).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(opened).toEqual(['https://weibo.com/1234567890/AbCdEf']);
  });

  it('opens every link the opinion form accepts, plain http included', async () => {
    const links = ['http://news.example.cn/2026/11/23/a.html', 'https://t.cn/A6xYz', 'https://mp.weixin.qq.com/s/AbC-dEf_123#frag'];
    const opened: string[] = [];
    for (const link of links) {
      const logged = validateOpinion(
        {
          platform: 'news',
          link,
          summary: '本地新闻报道城东加油站计量问题',
          sentiment: 'negative',
          reach: '5000',
          foundAt: '2026-11-23T09:40',
        },
        480,
        Date.parse('2026-11-23T10:00:00+08:00'),
      );
      expect(logged.ok).toBe(true);
      openLinkOutside(link, async (url) => {
        opened.push(url);
      });
    }
    await Promise.resolve();
    expect(opened).toEqual(links);
  });
});
