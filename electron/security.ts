// Security decisions of the main process as small pure functions, so each one is unit-tested
// rather than trusted: which URLs are ours, where a window may go, which files the app:// scheme
// may serve, and the policy every response carries.
import path from 'node:path';

/** The renderer's one origin. IndexedDB belongs to it, so it must never change between releases. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'console';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // fflate (inside read-/write-excel-file) zips and unzips large XLSX parts in workers made from
  // blob: URLs of its own code; without this, XLSX import and export never finish.
  "worker-src 'self' blob:",
  // React and the chart library set inline style attributes; scripts stay strict.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  // The office server a seat joins (设置 → 办公室服务器) is at an address the office chooses, over
  // HTTP(S) and WebSocket; nothing else is fetched from outside.
  "connect-src 'self' http: https: ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

function parse(url: string | null | undefined): URL | null {
  if (typeof url !== 'string' || url === '') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for app://console/…: same scheme and host, and no credentials or port that could
 * make a look-alike (`app://evil@console`, `app://console:1`) pass a looser comparison.
 */
export function isAppUrl(url: string | null | undefined): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}

/** The console is a single page: it never navigates anywhere but its own origin. */
export function mayNavigate(url: string | null | undefined): boolean {
  return isAppUrl(url);
}

// http: as well as https: because the opinion form accepts both (many local news sites still
// serve plain http) and a link the monitoring team logged must open. It opens in the operating
// system's browser, outside the console, so it reaches neither the renderer nor its data.
const WEB_SCHEMES = new Set(['https:', 'http:']);
const EXTERNAL_SCHEMES = new Set([...WEB_SCHEMES, 'mailto:', 'tel:']);

/** What may be handed to the operating system (browser, mail client, softphone). */
export function isAllowedExternal(url: string | null | undefined): boolean {
  const parsed = parse(url);
  if (parsed === null || !EXTERNAL_SCHEMES.has(parsed.protocol)) return false;
  if (WEB_SCHEMES.has(parsed.protocol)) {
    // Credentials in a link are a classic way to disguise the real host.
    return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  }
  return parsed.pathname !== '';
}

/**
 * What a link that would open a new window does: the console never opens windows of its own; a
 * link the operating system may handle (an opinion item's post, a mailto: or tel: link) is
 * handed to it, anything else is dropped.
 */
export function openLinkOutside(url: string, openExternal: (url: string) => Promise<void>): { action: 'deny' } {
  if (isAllowedExternal(url)) void openExternal(url).catch(() => undefined);
  return { action: 'deny' };
}

/** The subset of node:path used here; tests pass path.win32 to check Windows separators too. */
export type PathApi = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute'>;

/**
 * Maps a URL path (still percent-encoded, as in `new URL(...).pathname`) to a file inside
 * `root`, or null when it would leave `root` or cannot be decoded. '/' means index.html.
 */
export function resolveAssetPath(root: string, urlPath: string, pathApi: PathApi = path): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  // Leading separators would make the path absolute (or a UNC share on Windows).
  const relativePart = decoded.replace(/^[/\\]+/, '');
  const rootResolved = pathApi.resolve(root);
  const resolved = pathApi.resolve(rootResolved, relativePart === '' ? 'index.html' : relativePart);
  const fromRoot = pathApi.relative(rootResolved, resolved);
  const escapes = fromRoot === '..' || fromRoot.startsWith('../') || fromRoot.startsWith('..\\') || pathApi.isAbsolute(fromRoot); // another drive on Windows
  if (escapes) return null;
  return fromRoot === '' ? pathApi.resolve(rootResolved, 'index.html') : resolved;
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Content type by extension; unknown files are opaque bytes (never sniffed as HTML or script). */
export function mimeTypeFor(filePath: string): string {
  const ext = path.extname(filePath).toLowerCase();
  return MIME_TYPES[ext] ?? 'application/octet-stream';
}
