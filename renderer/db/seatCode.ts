// This window's seat code (席位): made once per installation, shown in the audit beside each sign-in.

export function seatCode(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage): string {
  const stored = storage?.getItem('console.seat');
  if (stored) return stored;
  const code = Array.from(globalThis.crypto.getRandomValues(new Uint8Array(3)), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  storage?.setItem('console.seat', code);
  return code;
}
