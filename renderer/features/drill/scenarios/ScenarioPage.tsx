// Placeholder until the screen is built.
export function ScenarioPage(_props: { id: string }) {
  return null;
}
