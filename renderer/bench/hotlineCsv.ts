// A hotline system's CSV export, as the import benchmark reads it: Chinese headers, names
// rather than codes, a 工单号 per row, UTF-8 with BOM.
import { COLUMN_TITLES, REQUIRED_FIELDS } from '@shared/importing';
import { toPlanLocalInput } from '@shared/time';
import { writeRowsCsv } from '../features/exchange/csvFile';

const CHANNELS = ['12345热线', '电子邮件', '现场来访', '12315 转办', '微博'];
const CATEGORIES = ['产品质量', '服务质量', '合同纠纷', '食品安全', '加油站数质量'];
const URGENCIES = ['一般', '较紧急', '紧急'];

export function hotlineCsv(count: number, now: number): Uint8Array {
  const rows = Array.from({ length: count }, (_, i) => [
    `GD${String(i).padStart(8, '0')}`,
    toPlanLocalInput(now - (i % 900) * 60_000).replace('T', ' '),
    CHANNELS[i % CHANNELS.length]!,
    CATEGORIES[i % CATEGORIES.length]!,
    URGENCIES[i % URGENCIES.length]!,
    `${'王李张刘陈'[i % 5]}先生${i}`,
    `139${String(10_000_000 + i).slice(-8)}`,
    `第${i}号工单涉及的产品`,
    `门店${i % 40}`,
    `顾客反映购买的产品存在质量问题（工单${i}），要求处理。`,
    '退货退款',
    String(1 + (i % 3)),
  ]);
  const fields = (['externalRef', ...REQUIRED_FIELDS, 'peopleInvolved'] as const).map((field) => COLUMN_TITLES[field]);
  return new TextEncoder().encode(writeRowsCsv(fields, rows));
}
