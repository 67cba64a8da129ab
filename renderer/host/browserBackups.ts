// The browser host's backup store. (Placeholder until the store lands.)
import type { HostApi } from '@shared/bridge';
import { fail, type Result } from '@shared/result';

export const browserBackups = {
  async keep(_count: number): Promise<Result<void>> {
    return fail('not-available');
  },
  async backupNow() {
    return fail('not-available');
  },
  async listBackups() {
    return fail('not-available');
  },
  async readBackup() {
    return fail('not-available');
  },
  onBackupRequest() {
    return () => undefined;
  },
} satisfies Pick<HostApi, 'backupNow' | 'listBackups' | 'readBackup' | 'onBackupRequest'> & { keep(count: number): Promise<Result<void>> };
