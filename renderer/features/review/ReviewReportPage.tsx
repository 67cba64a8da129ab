// Placeholder until the feature is built.
export function ReviewReportPage(_props: { id: string }) {
  return null;
}
