// Placeholder until the screen is built.
export function NoticePage(_props: { id: string }) {
  return null;
}
