// Placeholder until the screen is built.
export function DrillHomePage() {
  return null;
}
