// Placeholder until the screen is built.
export function TrainerConsolePage(_props: { id: string }) {
  return null;
}
