// The app:// scheme handler: serves the Vite build from dist/renderer under one fixed origin
// (app://console), so IndexedDB keeps its data across releases and install folders — something
// file:// cannot promise. Every response carries the CSP; nothing outside the build is served.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentSecurityPolicy, isAppUrl, mimeTypeFor, resolveAssetPath } from './security';

/** What the handler reads of a request; Electron's (fetch API) Request has both. */
export interface AssetRequest {
  readonly url: string;
  readonly method: string;
}

export type ReadAsset = (filePath: string) => Promise<Uint8Array>;

const MISSING = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && MISSING.has(String((error as { code?: unknown }).code));
}

function respond(status: number, body: Uint8Array | string | null, contentType = 'text/plain; charset=utf-8'): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      // The files change with each release and are read from local disk: no stale copies.
      'Cache-Control': 'no-cache',
    },
  });
}

export function createAppRequestHandler(root: string, readAsset: ReadAsset = (filePath) => readFile(filePath)) {
  const indexPath = path.join(root, 'index.html');

  const serve = async (filePath: string, headOnly: boolean): Promise<Response> => {
    const bytes = await readAsset(filePath);
    return respond(200, headOnly ? null : bytes, mimeTypeFor(filePath));
  };

  return async (request: AssetRequest): Promise<Response> => {
    if (!isAppUrl(request.url)) return respond(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed');
    const headOnly = request.method === 'HEAD';
    const filePath = resolveAssetPath(root, new URL(request.url).pathname);
    if (filePath === null) return respond(403, 'Forbidden');
    try {
      return await serve(filePath, headOnly);
    } catch (error) {
      if (!isMissing(error)) return respond(500, 'Internal error');
      // Routes live in the hash, so an unknown page path still gets the app; a missing file
      // with an extension (a script, a style) is a real 404 rather than HTML under a .js name.
      if (path.extname(filePath) !== '' && path.extname(filePath) !== '.html') return respond(404, 'Not found');
      try {
        return await serve(indexPath, headOnly);
      } catch {
        return respond(500, 'The console is not built: run npm run build');
      }
    }
  };
}
