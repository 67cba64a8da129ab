// 保护投诉人隐私: phone numbers, ID numbers and names are masked on lists, boards and prints.
import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName, maskPhone } from '@shared/privacy';

/** How many of the number's digits a masked text still shows. */
const digitsShown = (masked: string) => masked.replace(/\D/g, '').length;

describe('masking a phone number', () => {
  it('shows a mobile number as its first three and last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('ignores the spaces people type in a mobile number', () => {
    expect(maskPhone('138 1234 5678')).toBe('138****5678');
  });

  it('masks a landline with its area code', () => {
    expect(maskPhone('010-12345678')).toBe('010****5678');
    expect(maskPhone('0755-1234567')).toBe('075****4567');
  });

  it('masks a service number', () => {
    expect(maskPhone('400-123-4567')).toBe('400****4567');
  });

  it('hides at least four digits of a short landline or service number', () => {
    for (const local of ['1234567', '12345678', '1234567890', '0101234567', '8001234567']) {
      const masked = maskPhone(local);
      expect(masked, local).not.toContain(local);
      expect(local.length - digitsShown(masked), local).toBeGreaterThanOrEqual(4);
      expect(masked.endsWith(local.slice(-3)), local).toBe(true);
    }
    expect(maskPhone('12345678')).toBe('****5678');
    expect(maskPhone('1234567')).toBe('****567');
  });

  it('masks a short number completely', () => {
    expect(maskPhone('110')).toBe('***');
    expect(maskPhone('123456')).toBe('******');
  });

  it('shows nothing for an empty or blank number', () => {
    expect(maskPhone('')).toBe('');
    expect(maskPhone('   ')).toBe('');
  });
});

describe('masking an ID number', () => {
  it('shows an 18-character resident ID as its first four and last four characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });

  it('keeps the length of an old 15-digit ID', () => {
    expect(maskIdNumber('110105491231002')).toBe('1101*******1002');
  });

  it('masks a short number completely and shows nothing for none', () => {
    expect(maskIdNumber('12345678')).toBe('********');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('masking a name', () => {
  it('keeps the surname of a two-character name', () => {
    expect(maskName('张三')).toBe('张*');
  });

  it('keeps only the first character of a compound surname', () => {
    expect(maskName('欧阳娜娜')).toBe('欧***');
  });

  it('keeps the first letter of a Latin name', () => {
    expect(maskName('Alice')).toBe('A****');
  });

  it('trims spaces around the name first', () => {
    expect(maskName('  李四 ')).toBe('李*');
  });

  it('shows nothing for an empty name', () => {
    expect(maskName('')).toBe('');
  });
});
