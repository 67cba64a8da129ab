// 保护投诉人隐私: personal data is masked wherever it is not needed (lists, boards, prints).
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s+/g, '');
  if (digits.length < 7) return digits.length === 0 ? '' : '*'.repeat(digits.length);
  // First three and last four leave at least four digits hidden only from 11 characters up (a
  // mobile, a landline with its area code). On 7–10 characters (8001234567, 0101234567, a local
  // number) they would show all but three digits or more, so a shorter number shows at most its
  // last four, and always hides at least four.
  if (digits.length < 11) {
    const shown = Math.min(4, digits.length - 4);
    return `${'*'.repeat(digits.length - shown)}${digits.slice(-shown)}`;
  }
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

export function maskIdNumber(id: string): string {
  if (id.length === 0) return '';
  if (id.length <= 8) return '*'.repeat(id.length);
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/** 张三 → 张*, 欧阳娜娜 → 欧***; a Latin name keeps its first letter. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  return chars[0] + '*'.repeat(chars.length - 1);
}
