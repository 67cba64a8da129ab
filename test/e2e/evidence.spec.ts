// 证据与附件 on the petrol-station and data-privacy cases: a photo and a PDF attached to the incident
// and its complaint (a program, a file named as a photo that is a program, and an oversize video
// refused with a sentence, nothing attached), seen on the timeline, listed in the printed summary
// (read back with pdftotext), and present, byte for byte, on another PC after the backup file is
// restored there.
import { expect, test, type Page } from '@playwright/test';
import { ConsolePage, IncidentPage, IntakePage, type Registration } from './pages';
import { EvidencePanel, pdfFile, pngPhoto } from './evidencePages';
import { SummaryPage } from './printPages';
import { SettingsPage } from './settingsPages';
import { DATA_PRIVACY, FUEL_DISPUTE_BY_PHONE } from '../fixtures/registrations';

const SHOTS = 'test-results/screenshots';
const OUT = 'test-results/pdf';
const PASSPHRASE = '城东值班2026';

async function registered(page: Page, registration: Registration) {
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('王建国');
  await new IntakePage(page).open();
  const numbers = await new IntakePage(page).register(registration);
  await new IncidentPage(page).openFromBoard(numbers.incident);
  return numbers;
}

for (const [name, registration, photoName, pdfName, pdfLabel] of [
  ['petrol station', FUEL_DISPUTE_BY_PHONE, '加油机现场照片.png', '加油机检定记录.pdf', '加油机检定记录'],
  ['data privacy', DATA_PRIVACY, '短信截图.png', '用户来信扫描件.pdf', '投诉人来信扫描件'],
] as const) {
  test(`${name}: a photo and a PDF attached, on the timeline, in the printed summary, and back after a restore on another PC`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    const slug = name.replace(' ', '-');
    const numbers = await registered(page, registration);
    const evidence = new EvidencePanel(page);
    await expect(evidence.panel()).toContainText('尚无附件。');

    // Refused, each with its sentence, and nothing attached.
    await evidence.attach({ name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\x90\x00') });
    await expect(evidence.refusal()).toContainText('只能附加照片、录音、录像、PDF 和办公文档');
    const disguised = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0, 0, 0]), Buffer.alloc(64)]);
    await evidence.attach({ name: '现场照片.jpg', mimeType: 'image/jpeg', buffer: disguised });
    await expect(evidence.refusal()).toHaveText('这个文件是可执行程序，控制台不接收，没有附加。');
    await evidence.attach({ name: '现场录像.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(21 * 1024 * 1024, 1) });
    await expect(evidence.refusal()).toHaveText('文件超过 20 MB，没有附加。请压缩照片或截取录音的相关部分后再附加。');
    await expect(evidence.panel()).toContainText('尚无附件。');
    await expect(new IncidentPage(page).timeline()).not.toContainText('附加');

    const photo = pngPhoto(photoName);
    const pdf = pdfFile(pdfName, pdfLabel);
    await evidence.attach(photo, '本事件', '现场照片');
    await expect(evidence.status()).toHaveText(`已附加“${photoName}”。`);
    await evidence.attach(pdf, `投诉 ${numbers.complaint}（${registration.subject}）`, pdfLabel);
    await expect(evidence.status()).toHaveText(`已附加“${pdfName}”。`);
    await expect(evidence.row(photoName)).toContainText('照片');
    await expect(evidence.row(photoName)).toContainText('本事件');
    await expect(evidence.row(pdfName)).toContainText(`投诉 ${numbers.complaint}`);
    await expect(evidence.row(pdfName)).toContainText(pdfLabel);
    await evidence.expectPhotoShown(photoName);
    expect((await evidence.saveCopy(pdfName)).equals(pdf.buffer)).toBe(true);
    const timeline = new IncidentPage(page).timeline();
    await expect(timeline).toContainText(`附加照片“${photoName}”（事件）`);
    await expect(timeline).toContainText(`附加PDF 文件“${pdfName}”（投诉）`);
    await evidence.panel().screenshot({ path: `${SHOTS}/evidence-${slug}-zh.png` });

    // Listed in the printed summary, with what each is and its checksum.
    const summary = new SummaryPage(page);
    await summary.openFromIncident(numbers.incident);
    const printed = (await summary.savePdf(`${OUT}/evidence-${slug}.pdf`)).text();
    for (const expected of ['证据与附件清单', photoName, pdfName, pdfLabel, '现场照片', 'SHA-256', '共 2 个附件'])
      expect(printed, expected).toContain(expected);
    await page.goBack();

    // Backed up to a file here, restored on another PC (a browser profile of its own).
    const settings = new SettingsPage(page);
    await settings.open();
    const file = await settings.backupToFile(PASSPHRASE);
    const other = await browser.newContext();
    try {
      const otherPage = await other.newPage();
      await otherPage.clock.setFixedTime(new Date());
      const otherConsole = new ConsolePage(otherPage);
      await otherConsole.open();
      await otherConsole.signIn('王建国');
      const otherSettings = new SettingsPage(otherPage);
      await otherSettings.open();
      await otherSettings.restoreFromFile(file.name, file.text, PASSPHRASE);
      await otherSettings.confirmation().getByRole('checkbox').check();
      await otherSettings.confirmation().getByRole('button', { name: '确认恢复' }).click();
      await expect(otherSettings.status()).toContainText('已恢复');
      await new IncidentPage(otherPage).openFromBoard(numbers.incident);
      const restored = new EvidencePanel(otherPage);
      await expect(restored.row(photoName)).toBeVisible();
      await restored.expectPhotoShown(photoName);
      expect((await restored.saveCopy(pdfName)).equals(pdf.buffer)).toBe(true);
      await otherPage.getByRole('combobox', { name: '语言' }).selectOption('en');
      const english = otherPage.getByRole('region', { name: 'Evidence and attachments', exact: true });
      await expect(english.getByRole('table', { name: 'Attachments' })).toContainText('Save a copy');
      await expect(otherPage.getByRole('list', { name: 'Timeline' })).toContainText(`Attached a photo “${photoName}” (to the incident)`);
      await english.screenshot({ path: `${SHOTS}/evidence-${slug}-en.png` });
    } finally {
      await other.close();
    }
  });
}
