// Placeholder until the screen is built.
export function EvaluationReportPage(_props: { id: string }) {
  return null;
}
