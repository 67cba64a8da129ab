// app:info — who and where the console is, for the About box and support requests.
import { AppInfoSchema, type AppInfo } from '@shared/bridge';
import { ok, type Result } from '@shared/result';

export interface AppInfoDeps {
  app: { getName(): string; getVersion(): string; getPath(name: 'userData'): string };
  platform: string;
}

export function appInfoHandler({ app, platform }: AppInfoDeps) {
  return (): Result<AppInfo> =>
    // Parsed on the way out too, so a wrong field is caught here and not in the renderer.
    ok(
      AppInfoSchema.parse({
        name: app.getName(),
        version: app.getVersion(),
        host: 'electron',
        platform,
        userDataPath: app.getPath('userData'),
      }),
    );
}
