// Placeholder until the screen is built.
export function NoticePrintPage(_props: { id: string }) {
  return null;
}
