// Typed keys: every t() call is checked against the Chinese catalog, so a key that is not there
// (misspelt, moved, never written) fails the type check instead of showing the raw key on screen.
// The Chinese catalogs are `as const`, so i18next also reads each sentence's {{placeholders}}: a
// literal key called without one of its values fails the type check too. Keys known only at run
// time go through say() (renderer/i18n/keys.ts).
// The English catalog is typed to have the same keys (Catalog in zh-CN.ts). Keys built from coded
// values go through keyIn(), keys that arrive as data through dataKey() (renderer/i18n/keys.ts).
import 'i18next';
import type { zhCN } from './zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
