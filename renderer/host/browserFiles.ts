// The browser host's files: downloads and a file input. (Placeholder until they land.)
import type { HostApi } from '@shared/bridge';
import { fail } from '@shared/result';

export const browserFiles = {
  async saveFile() {
    return fail('not-available');
  },
  async openFile() {
    return fail('not-available');
  },
} satisfies Pick<HostApi, 'saveFile' | 'openFile'>;
