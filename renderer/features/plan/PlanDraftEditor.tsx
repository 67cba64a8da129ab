// The settings that drive the console, as one version holds them: editable in a draft, read-only
// otherwise. Beneath, the step the version is waiting for: submit (editors) or the leader's
// approve / return, each button saying why it is off for anyone else.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@shared/plan';
import {
  mayApprovePlan,
  mayEditPlan,
  refusedInUse,
  removedButInUse,
  statusOf,
  versionNumberOf,
  withoutCategory,
} from '@shared/planVersions';
import { ok } from '@shared/result';
import { parsePlanLocalDateTime, toIsoWithOffset, toPlanLocalInput } from '@shared/time';
import { useConsole } from '../../db/DatabaseContext';
import { approveVersion, discardVersion, returnSubmitted, saveDraft, submitVersion } from '../../db/plans';
import { Field, Panel } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { useOperator, useWriteContext } from '../session/useWriteContext';
import { useOpenLiveIncidents } from '../../db/reads/plans';
import { useCommand } from '../../ui/useCommand';
import { CategoriesSection } from './editor/CategoriesSection';
import { DocumentSection } from './editor/DocumentSection';
import { ChannelsSection } from './editor/ChannelsSection';
import { GradesSection } from './editor/GradesSection';
import { InstructionsSection } from './editor/InstructionsSection';
import { PolicySection } from './editor/PolicySection';
import { ThresholdsSection } from './editor/ThresholdsSection';
import { ReportingSection } from './editor/ReportingSection';
import { PetitionsSection } from './editor/PetitionsSection';
import { TimeLimitsSection } from './editor/TimeLimitsSection';
import { Outcome } from '../../ui/Outcome';

export function PlanDraftEditor({ version }: { version: Plan }) {
  const { t } = useTranslation();
  const { db, now } = useConsole();
  const operator = useOperator();
  const writeContext = useWriteContext();
  const { errors, message, busy, run } = useCommand();
  const open = useOpenLiveIncidents();
  const [form, setForm] = useState<Plan>(version);
  const [effectiveFrom, setEffectiveFrom] = useState(() => toPlanLocalInput(now(), version.utcOffsetMinutes));
  const [comment, setComment] = useState('');
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const status = statusOf(version);
  const editable = status === 'draft' && db.mode === 'live' && operator !== null && mayEditPlan(operator);
  const number = versionNumberOf(version);
  const err = (path: string) => errors[path];

  const section = { form, update: (change: (plan: Plan) => Plan) => setForm(change), err };
  // Refused at once (and again at submit and approval) while open incidents still use it.
  const removeCategory = (code: string) =>
    run(async () => {
      const without = withoutCategory(form, code);
      const inUse = removedButInUse(without, open, version);
      if (inUse.length > 0) return refusedInUse(inUse);
      setForm(without);
      return ok(without);
    });
  // Asked once more in words on the screen: a discarded draft cannot be had back.
  const discard = async () => {
    setConfirmDiscard(false);
    await run(
      () => discardVersion(db, version.id, writeContext()),
      () => t('planEditor.editor.discarded', { version: number }),
    );
  };

  const save = () =>
    run(
      () => saveDraft(db, form, writeContext()),
      () => t('planEditor.editor.saved'),
    );
  const submit = async () => {
    const saved = await run(() => saveDraft(db, form, writeContext()));
    if (saved)
      await run(
        () => submitVersion(db, version.id, writeContext()),
        () => t('planEditor.editor.submitted'),
      );
  };
  const approve = () => {
    const ms = parsePlanLocalDateTime(effectiveFrom, version.utcOffsetMinutes);
    const iso = ms === null ? 'invalid' : toIsoWithOffset(ms, version.utcOffsetMinutes);
    return run(
      () => approveVersion(db, version.id, iso, writeContext()),
      (saved) => t('planEditor.decide.approved', { from: formatDateTime(saved.effectiveFrom ?? iso, version.utcOffsetMinutes) }),
    );
  };
  const sendBack = () =>
    run(
      () => returnSubmitted(db, version.id, comment, writeContext()),
      () => t('planEditor.decide.returned'),
    );

  const title = editable
    ? t('planEditor.editor.title', { version: number })
    : t('planEditor.editor.readOnly', { version: number, status: t(`planEditor.status.${status}`) });
  return (
    <Panel title={title} className="plan-editor">
      {message ? <Outcome kind={message.kind}>{message.text}</Outcome> : null}
      {version.returnComment && status === 'returned' ? (
        <p className="notice warning small">
          {t('planEditor.decide.comment')}: {version.returnComment}
        </p>
      ) : null}
      <fieldset disabled={!editable || busy} className="plan-editor-fields">
        <DocumentSection {...section} />
        <TimeLimitsSection {...section} />
        <ChannelsSection {...section} />
        <CategoriesSection {...section} onRemove={removeCategory} />
        <GradesSection {...section} />
        <InstructionsSection {...section} />
        <ThresholdsSection {...section} />
        <ReportingSection {...section} />
        <PetitionsSection {...section} />
        <PolicySection {...section} />
      </fieldset>
      <div className="form-actions plan-actions">
        {status === 'draft' ? (
          <>
            <button type="button" disabled={!editable || busy} onClick={save}>
              {t('planEditor.editor.save')}
            </button>
            <button type="button" className="primary" disabled={!editable || busy} onClick={submit}>
              {t('planEditor.editor.submit')}
            </button>
            <button type="button" className="danger" disabled={!editable || busy} onClick={() => setConfirmDiscard(true)}>
              {t('planEditor.editor.discard')}
            </button>
            {confirmDiscard ? (
              <div className="notice warning plan-discard" role="group" aria-label={t('planEditor.editor.discard')}>
                {t('planEditor.editor.discardConfirm', { version: number })}{' '}
                <button type="button" className="danger" disabled={busy} onClick={discard}>
                  {t('planEditor.editor.discardYes')}
                </button>{' '}
                <button type="button" onClick={() => setConfirmDiscard(false)}>
                  {t('common.cancel')}
                </button>
              </div>
            ) : null}
            {!editable ? <span className="muted small">{t('planEditor.whyNot.notEditor')}</span> : null}
          </>
        ) : null}
        {status === 'submitted' ? (
          <Decision
            leader={db.mode === 'live' && operator !== null && mayApprovePlan(operator)}
            busy={busy}
            effectiveFrom={effectiveFrom}
            onEffectiveFrom={setEffectiveFrom}
            comment={comment}
            onComment={setComment}
            onApprove={approve}
            onReturn={sendBack}
          />
        ) : null}
      </div>
    </Panel>
  );
}

type DecisionProps = {
  leader: boolean;
  busy: boolean;
  effectiveFrom: string;
  onEffectiveFrom: (value: string) => void;
  comment: string;
  onComment: (value: string) => void;
  onApprove: () => void;
  onReturn: () => void;
};

/** 批准 / 退回: the leader's decision; anyone else sees the buttons off and why. */
function Decision({ leader, busy, effectiveFrom, onEffectiveFrom, comment, onComment, onApprove, onReturn }: DecisionProps) {
  const { t } = useTranslation();
  return (
    <div className="plan-decision" aria-label={t('planEditor.decide.title')} role="group">
      <Field label={t('planEditor.decide.effectiveFrom')}>
        {(a) => (
          <input {...a} type="datetime-local" value={effectiveFrom} disabled={!leader} onChange={(e) => onEffectiveFrom(e.target.value)} />
        )}
      </Field>
      <button type="button" className="primary" disabled={!leader || busy} onClick={onApprove}>
        {t('planEditor.decide.approve')}
      </button>
      <Field label={t('planEditor.decide.comment')} wide>
        {(a) => <textarea {...a} rows={2} value={comment} disabled={!leader} onChange={(e) => onComment(e.target.value)} />}
      </Field>
      <button type="button" disabled={!leader || busy} onClick={onReturn}>
        {t('planEditor.decide.return')}
      </button>
      {!leader ? <span className="muted small">{t('planEditor.whyNot.notLeader')}</span> : null}
    </div>
  );
}
