// The browser host's printing: the browser's own print dialog, which offers "Save as PDF" and
// paper alike. The page's @page rule (features/print/PrintSetup) gives the header and page
// numbers, exactly as in Electron's printToPDF.
import type { HostApi } from '@shared/bridge';
import { PrintRequestSchema } from '@shared/bridge';
import { fail, ok } from '@shared/result';

export const browserPrint = {
  async printToPdf(request) {
    const parsed = PrintRequestSchema.safeParse(request);
    if (!parsed.success) return fail('ipc-bad-payload');
    if (typeof window.print !== 'function') return fail('not-available');
    // Browsers name a saved PDF after the page title; for the dialog's lifetime the title is the
    // suggested name (window.print blocks until the dialog closes), then the tab's own again.
    const title = document.title;
    document.title = parsed.data.suggestedName.replace(/\.pdf$/i, '');
    try {
      window.print();
    } finally {
      document.title = title;
    }
    // window.print says nothing of what the operator chose in the dialog, so nothing is known
    // to be saved: the browser's dialog decides.
    return ok({ saved: false });
  },
} satisfies Pick<HostApi, 'printToPdf'>;
