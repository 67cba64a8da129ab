// The browser host's print: the browser's own dialog, offered the summary's file name as the page
// title for the dialog's lifetime; nothing claimed saved, since the dialog does not say.
import type { RefusalCode } from '@shared/refusalCodes';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserPrint } from '../../../renderer/host/browserPrint';
import { printFailureText } from '../../../renderer/features/print/usePrintToPdf';

type FakePage = { title: string; printedAs: string[] };

function fakeBrowser(print: boolean): FakePage {
  const page: FakePage = { title: '(2) 应急指挥台', printedAs: [] };
  const document = {
    get title() {
      return page.title;
    },
    set title(value: string) {
      page.title = value;
    },
  };
  vi.stubGlobal('document', document);
  vi.stubGlobal('window', print ? { print: () => page.printedAs.push(page.title) } : {});
  return page;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('printing in the browser host', () => {
  it('opens the print dialog under the suggested name, then gives the tab its title back', async () => {
    const page = fakeBrowser(true);
    const result = await browserPrint.printToPdf({ suggestedName: '事件摘要-SJ-20261123-0001.pdf' });
    expect(page.printedAs).toEqual(['事件摘要-SJ-20261123-0001']);
    expect(page.title).toBe('(2) 应急指挥台');
    expect(result).toEqual({ ok: true, value: { saved: false } });
  });

  it('refuses a name with a folder in it before any dialog opens', async () => {
    const page = fakeBrowser(true);
    const result = await browserPrint.printToPdf({ suggestedName: '../事件摘要.pdf' });
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc-bad-payload' } });
    expect(page.printedAs).toEqual([]);
  });

  it('says printing is not available where the browser cannot print', async () => {
    fakeBrowser(false);
    expect(await browserPrint.printToPdf({ suggestedName: '应急联系名单.pdf' })).toMatchObject({
      ok: false,
      error: { code: 'not-available' },
    });
  });
});

describe('the sentence for a failed print', () => {
  const t = ((key: string, options?: { defaultValue?: string; message?: string }) =>
    key === 'print.refusal.not-available'
      ? '此环境不支持打印为 PDF。'
      : key === 'print.failed'
        ? `未能打印：${options?.message}`
        : (options?.defaultValue ?? key)) as unknown as Parameters<typeof printFailureText>[1];

  it('uses the sentence the print catalog has for the code', () => {
    expect(printFailureText({ code: 'not-available' }, t)).toBe('此环境不支持打印为 PDF。');
  });

  it('still reads as a sentence, with the host message, for a code it does not know', () => {
    expect(printFailureText({ code: 'printer-on-fire' as RefusalCode, message: 'EIO' }, t)).toBe('未能打印：EIO');
  });
});
