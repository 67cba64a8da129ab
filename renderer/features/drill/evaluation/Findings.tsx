// 发现的问题与整改措施: the findings of the evaluation, each with its improvement measure, owner and
// due date; a measure is marked done or reopened, a finding removed or added.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrillFinding } from '@shared/drillRecords';
import { planDateOf } from '@shared/time';
import { useConsole } from '../../../db/DatabaseContext';
import { deleteDrillFinding, saveDrillFinding, setMeasureStatus, type RunEvaluation } from '../../../db/drillRuns';
import { Panel } from '../../../ui/Field';
import { useCommand } from '../../../ui/useCommand';
import { useWriteContext } from '../../session/useWriteContext';
import { emptyFinding, FindingForm, type FindingDraft } from './FindingForm';
import { FindingList } from './FindingList';

export function Findings({ data, objectiveName }: { data: RunEvaluation; objectiveName: (code: string) => string }) {
  const { t } = useTranslation();
  const { db, now, plan } = useConsole();
  const context = useWriteContext();
  const write = useCommand();
  const [draft, setDraft] = useState<FindingDraft>(() => emptyFinding(planDateOf(now(), plan.utcOffsetMinutes)));
  const add = async () => {
    const saved = await write.run(() =>
      saveDrillFinding(db, data.run.id, { ...draft, objective: draft.objective || undefined }, context()),
    );
    if (saved) setDraft(emptyFinding(draft.dueDate));
  };
  const toggle = (finding: DrillFinding) =>
    void write.run(() => setMeasureStatus(db, finding.id, finding.status === 'open' ? 'done' : 'open', context()));
  const remove = (finding: DrillFinding) => void write.run(() => deleteDrillFinding(db, finding.id, context()));

  return (
    <Panel title={t('drill.evaluation.findings')}>
      <FindingList findings={data.findings} objectiveName={objectiveName} onToggle={toggle} onRemove={remove} />
      <FindingForm objectives={data.run.scenario.objectives} draft={draft} onChange={setDraft} errors={write.errors} />
      {write.alert && Object.keys(write.errors).length === 0 ? (
        <p className="notice error" role="alert">
          {write.alert}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void add()}>
          {t('drill.evaluation.addFinding')}
        </button>
      </div>
    </Panel>
  );
}
