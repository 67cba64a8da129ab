// One complainant's result in a group complaint (群体投诉): the feedback they heard and whether they
// are satisfied, and — at those stages — recording either for this complainant alone.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outcome } from '../../ui/Outcome';
import type { ComplainantResult as Result } from '@shared/complainantResults';
import type { Incident } from '@shared/model';
import type { Command } from '@shared/workflow';
import { useConsole } from '../../db/DatabaseContext';
import { applyCommand } from '../../db/incidents';
import { Field, FormActions } from '../../ui/Field';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';

type Props = { incident: Incident; result: Result; number: string };

export function ComplainantResult({ incident, result, number }: Props) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const writeContext = useWriteContext();
  const [feedback, setFeedback] = useState('');
  const [satisfaction, setSatisfaction] = useState<'satisfied' | 'unsatisfied'>('satisfied');
  const [open, setOpen] = useState(false);
  const { alert: refusal, busy, run } = useCommand();
  const asks = incident.state === 'feedback' ? 'feedback' : incident.state === 'evaluating' ? 'satisfaction' : null;
  const shown = result.feedback || result.satisfaction || incident.state === 'feedback' || incident.state === 'evaluating';
  if (!shown) return null;

  async function save() {
    const command: Command =
      asks === 'feedback'
        ? { type: 'recordFeedback', feedback, complaintId: result.complaintId }
        : { type: 'recordSatisfaction', satisfaction, complaintId: result.complaintId };
    if (!(await run(() => applyCommand(db, incident.id, command, writeContext())))) return;
    setOpen(false);
    setFeedback('');
  }

  const title = t(asks === 'feedback' ? 'detail.result.recordFeedback' : 'detail.result.recordSatisfaction', { number });
  return (
    <div className="complainant-result">
      <dl className="facts">
        <dt>{t('detail.feedback')}</dt>
        <dd>{result.feedback ?? <span className="muted">{t('detail.result.noFeedback')}</span>}</dd>
        <dt>{t('detail.satisfaction')}</dt>
        <dd>
          {result.satisfaction ? t(`commandField.${result.satisfaction}`) : <span className="muted">{t('detail.result.noAnswer')}</span>}
        </dd>
      </dl>
      {asks && !open ? (
        <button type="button" onClick={() => setOpen(true)} aria-label={title}>
          {t(asks === 'feedback' ? 'command.recordFeedback' : 'command.recordSatisfaction')}
        </button>
      ) : null}
      {asks && open ? (
        <form
          className="command-form"
          aria-label={title}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {asks === 'feedback' ? (
            <Field label={t('commandField.feedback')} wide>
              {(a) => <textarea rows={2} {...a} value={feedback} onChange={(e) => setFeedback(e.target.value)} />}
            </Field>
          ) : (
            <Field label={t('commandField.satisfaction')}>
              {(a) => (
                <select {...a} value={satisfaction} onChange={(e) => setSatisfaction(e.target.value as 'satisfied' | 'unsatisfied')}>
                  <option value="satisfied">{t('commandField.satisfied')}</option>
                  <option value="unsatisfied">{t('commandField.unsatisfied')}</option>
                </select>
              )}
            </Field>
          )}
          {refusal ? <Outcome kind="error">{refusal}</Outcome> : null}
          <FormActions
            busy={busy}
            submitLabel={t('commandField.submit')}
            cancelLabel={t('commandField.cancel')}
            onCancel={() => setOpen(false)}
          />
        </form>
      ) : null}
    </div>
  );
}
