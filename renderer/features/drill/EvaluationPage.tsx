// Placeholder until the screen is built.
export function EvaluationPage(_props: { id: string }) {
  return null;
}
