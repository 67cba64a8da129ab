// 指令: the instructions issued from an incident (placeholder until built).
import type { Incident } from '@shared/model';

export function InstructionsPanel(_props: { incident: Incident }) {
  return null;
}
