// Placeholder until the screen is built.
export function NoticeListPage() {
  return null;
}
