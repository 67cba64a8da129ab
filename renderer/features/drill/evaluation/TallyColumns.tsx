// The counts behind a rating (expected, done, on time, late, missing, not due, not injected), as
// the same run of columns in the objectives' and the teams' tables.
import { useTranslation } from 'react-i18next';
import type { DrillTally } from '@shared/drillEvaluation';

const COLUMNS = ['expected', 'done', 'onTime', 'late', 'missing', 'notDue', 'notInjected'] as const;

export function TallyHead() {
  const { t } = useTranslation();
  return (
    <>
      {COLUMNS.map((column) => (
        <th key={column} className="num">
          {t(`drill.evaluation.col.${column}`)}
        </th>
      ))}
    </>
  );
}

export function TallyCells({ tally }: { tally: DrillTally }) {
  return (
    <>
      {COLUMNS.map((column) => (
        <td key={column} className="num">
          {tally[column]}
        </td>
      ))}
    </>
  );
}
