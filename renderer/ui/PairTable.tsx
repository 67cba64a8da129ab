// A table of label/value pairs, one pair to a row, as the printed reports lay out their facts.
/** Label/value rows, one pair to a row. */
export function PairTable({ label, rows }: { label: string; rows: [string, string][] }) {
  return (
    <table className="summary-facts per-row-1" aria-label={label}>
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
