// The options of a "choose a person" select, written one way everywhere: name · title.
import type { Person } from '@shared/model';

export function PersonOptions({ people, emptyLabel }: { people: readonly Person[]; emptyLabel: string }) {
  return (
    <>
      <option value="">{emptyLabel}</option>
      {people.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name} · {p.title}
        </option>
      ))}
    </>
  );
}
