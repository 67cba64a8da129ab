// 受理登记: a registration against the plan in force, each bad field reported with the message
// key the form shows (validation.*), and the resident ID check character.
import { describe, expect, it } from 'vitest';
import { defaultPlan } from '@shared/defaultPlan';
import { isValidIdNumber, isValidPhone, registrationErrors, validateRegistrations, type RegistrationInput } from '@shared/registration';

const plan = defaultPlan('2026-01-05T09:00:00+08:00');
/** Monday 2026-11-23 10:00 China time. */
const NOW = Date.parse('2026-11-23T10:00:00+08:00');

// Check characters computed by hand (GB 11643: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2,
// sum mod 11 indexes "10X98765432"):
//   44030419900101123?  4·7+4·9+0·10+3·5+0·8+4·4+1·2+9·1+9·6+0·3+0·7+1·9+0·10+1·5+1·8+2·4+3·2 = 196;
//                       196 mod 11 = 9 → '3'
//   11010519491231002?  7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 → 'X'
const VALID_ID = '440304199001011233';
const VALID_ID_X = '11010519491231002X';

function good(overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  return {
    receivedAt: '2026-11-23T09:30',
    channelCode: 'hotline',
    categoryCode: 'fuel-quantity-quality',
    urgency: 'normal',
    complainant: { name: '周先生', phone: '13912345678', idNumber: '', address: '城东路8号' },
    subject: '城东加油站加油数量不足',
    content: '加满油箱后发现加油量与油箱容量不符，怀疑加油机计量有误。',
    expectedResolution: '核实计量并退还差额',
    place: '城东加油站',
    peopleInvolved: 1,
    facts: { mediaAttention: false, injury: false, regulatorInvolved: false, repeatComplaint: false, amountAtStake: 0 },
    ownerId: 'a1000000-0000-4000-8000-000000000007',
    ...overrides,
  };
}
const complainant = (overrides: Partial<RegistrationInput['complainant']>) => ({ ...good().complainant, ...overrides });
const errorsOf = (input: RegistrationInput) => registrationErrors(plan, NOW, input);

describe('a registration', () => {
  it('is accepted when complete', () => {
    expect(errorsOf(good())).toBeNull();
  });

  it('is accepted with a valid ID number, a landline and a time a few minutes ahead of the PC clock', () => {
    expect(errorsOf(good({ complainant: complainant({ idNumber: VALID_ID_X, phone: '0755-12345678' }) }))).toBeNull();
    expect(errorsOf(good({ receivedAt: '2026-11-23T10:04' }))).toBeNull();
  });

  it('needs the complainant’s name', () => {
    expect(errorsOf(good({ complainant: complainant({ name: '' }) }))).toEqual({ 'complainant.name': 'validation.required' });
    expect(errorsOf(good({ complainant: complainant({ name: '   ' }) }))).toEqual({ 'complainant.name': 'validation.required' });
  });

  it('needs a phone number to call back, and a real one', () => {
    expect(errorsOf(good({ complainant: complainant({ phone: '' }) }))).toEqual({ 'complainant.phone': 'validation.required' });
    expect(errorsOf(good({ complainant: complainant({ phone: '1391234567' }) }))).toEqual({ 'complainant.phone': 'validation.phone' });
    expect(errorsOf(good({ complainant: complainant({ phone: '12912345678' }) }))).toEqual({ 'complainant.phone': 'validation.phone' });
  });

  it('refuses an ID number whose check character is wrong', () => {
    expect(errorsOf(good({ complainant: complainant({ idNumber: '440304199001011234' }) }))).toEqual({
      'complainant.idNumber': 'validation.idNumber',
    });
  });

  it('refuses a receipt time in the future', () => {
    expect(errorsOf(good({ receivedAt: '2026-11-23T10:06' }))).toEqual({ receivedAt: 'validation.future' });
    expect(errorsOf(good({ receivedAt: '2026-11-24T09:00' }))).toEqual({ receivedAt: 'validation.future' });
  });

  it('refuses a receipt time that is missing or not a real date', () => {
    expect(errorsOf(good({ receivedAt: '' }))).toEqual({ receivedAt: 'validation.required' });
    expect(errorsOf(good({ receivedAt: '2026-02-30T10:00' }))).toEqual({ receivedAt: 'validation.dateTime' });
  });

  it('asks for more than a few characters of content', () => {
    expect(errorsOf(good({ content: '油少了' }))).toEqual({ content: 'validation.contentShort' });
    expect(errorsOf(good({ content: '  油少了  ' }))).toEqual({ content: 'validation.contentShort' });
  });

  it('needs at least one person involved, counted in whole people', () => {
    expect(errorsOf(good({ peopleInvolved: 0 }))).toEqual({ peopleInvolved: 'validation.atLeastOne' });
    expect(errorsOf(good({ peopleInvolved: 1.5 }))).toEqual({ peopleInvolved: 'validation.wholeNumber' });
  });

  it('refuses a category or channel the plan does not use', () => {
    expect(errorsOf(good({ categoryCode: 'weather' }))).toEqual({ categoryCode: 'validation.choose' });
    expect(errorsOf(good({ channelCode: 'pigeon' }))).toEqual({ channelCode: 'validation.choose' });
  });

  it('asks the operator to choose an urgency', () => {
    expect(errorsOf(good({ urgency: '' }))).toEqual({ urgency: 'validation.choose' });
  });

  it('needs a subject, an expected resolution, a place and an owner', () => {
    expect(errorsOf(good({ subject: '', expectedResolution: ' ', place: '', ownerId: '' }))).toEqual({
      subject: 'validation.required',
      expectedResolution: 'validation.required',
      place: 'validation.required',
      ownerId: 'validation.choose',
    });
  });

  it('refuses a negative amount at stake', () => {
    expect(errorsOf(good({ facts: { ...good().facts, amountAtStake: -1 } }))).toEqual({ 'facts.amountAtStake': 'validation.amount' });
  });

  it('reports each bad field of a batch row by row', () => {
    const { valid, invalid } = validateRegistrations(plan, NOW, [good(), good({ peopleInvolved: 0 }), good()]);
    expect(valid.map((v) => v.index)).toEqual([0, 2]);
    expect(invalid).toEqual([{ index: 1, errors: { peopleInvolved: 'validation.atLeastOne' } }]);
  });
});

describe('the resident ID number check', () => {
  it('accepts numbers with the right check character, X in either case', () => {
    expect(isValidIdNumber(VALID_ID)).toBe(true);
    expect(isValidIdNumber(VALID_ID_X)).toBe(true);
    expect(isValidIdNumber(VALID_ID_X.toLowerCase())).toBe(true);
  });

  it('refuses a wrong check character, a wrong length or letters inside', () => {
    expect(isValidIdNumber('440304199001011230')).toBe(false);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('44030419900101123')).toBe(false);
    expect(isValidIdNumber('4403041990010112334')).toBe(false);
    expect(isValidIdNumber('4403041990A1011233')).toBe(false);
  });
});

describe('phone numbers the office can call back', () => {
  it('accepts mobiles, landlines with area code and extension, and 400/800 numbers', () => {
    for (const phone of [
      '13812345678',
      '138 1234 5678',
      '010-12345678',
      '075512345678',
      '0755-1234567-802',
      '400-123-4567',
      '8001234567',
    ]) {
      expect(isValidPhone(phone), phone).toBe(true);
    }
  });

  it('refuses numbers that cannot be dialled', () => {
    for (const phone of ['12345', '1381234567', '23812345678', '12345678', 'abc']) expect(isValidPhone(phone), phone).toBe(false);
  });
});
