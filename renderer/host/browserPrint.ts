// The browser host's printing: the browser's own print dialog. (Placeholder until it lands.)
import type { HostApi } from '@shared/bridge';
import { fail } from '@shared/result';

export const browserPrint = {
  async printToPdf() {
    return fail('not-available');
  },
} satisfies Pick<HostApi, 'printToPdf'>;
