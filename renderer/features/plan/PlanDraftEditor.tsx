// The settings that drive the console, as one version holds them: editable in a draft, read-only
// otherwise. Beneath, the step the version is waiting for: submit (editors) or the leader's
// approve / return, each button saying why it is off for anyone else.
import { useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { opinionRule } from '@shared/opinion';
import { CLOCKED_STAGES, type Plan, type TimeLimitRule } from '@shared/plan';
import { mayApprovePlan, mayEditPlan, refusedInUse, removedButInUse, statusOf, versionNumberOf } from '@shared/planVersions';
import { ok } from '@shared/result';
import { parsePlanLocalDateTime, toIsoWithOffset, toPlanLocalInput } from '@shared/time';
import { useConsole } from '../../db/DatabaseContext';
import { approveVersion, returnSubmitted, saveDraft, submitVersion } from '../../db/plans';
import { Field, Panel } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { useAppSelector } from '../../store';
import { useOperator, useWriteContext } from '../session/useWriteContext';
import { useOpenIncidents, usePlanWrite } from './usePlanVersions';

const UNITS: TimeLimitRule['unit'][] = ['minutes', 'hours', 'workingDays'];
const num = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

export function PlanDraftEditor({ version }: { version: Plan }) {
  const { t } = useTranslation();
  const { db, now } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const operator = useOperator();
  const writeContext = useWriteContext();
  const { errors, message, busy, run } = usePlanWrite();
  const open = useOpenIncidents();
  const [form, setForm] = useState<Plan>(version);
  const [effectiveFrom, setEffectiveFrom] = useState(() => toPlanLocalInput(now(), version.utcOffsetMinutes));
  const [comment, setComment] = useState('');
  const status = statusOf(version);
  const editable = status === 'draft' && db.mode === 'live' && operator !== null && mayEditPlan(operator);
  const number = versionNumberOf(version);
  const err = (path: string) => errors[path];

  const setRule = (index: number, patch: Partial<TimeLimitRule>) =>
    setForm((f) => ({ ...f, timeLimits: f.timeLimits.map((r, i) => (i === index ? { ...r, ...patch } : r)) }));
  const setCategory = (index: number, patch: Partial<Plan['categories'][number]>) =>
    setForm((f) => ({ ...f, categories: f.categories.map((c, i) => (i === index ? { ...c, ...patch } : c)) }));
  const setGrade = (index: number, patch: Partial<Plan['grades'][number]>) =>
    setForm((f) => ({ ...f, grades: f.grades.map((g, i) => (i === index ? { ...g, ...patch } : g)) }));
  const opinion = opinionRule(form);
  // Refused at once (and again at submit and approval) while open incidents still use it.
  const removeCategory = (code: string) =>
    run(async () => {
      const without = { ...form, categories: form.categories.filter((c) => c.code !== code) };
      const inUse = removedButInUse(without, open, version);
      if (inUse.length > 0) return refusedInUse(inUse);
      setForm(without);
      return ok(without);
    });

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
      {message ? (
        <div className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </div>
      ) : null}
      {version.returnComment && status === 'returned' ? (
        <p className="notice warning small">
          {t('planEditor.decide.comment')}: {version.returnComment}
        </p>
      ) : null}
      <fieldset disabled={!editable || busy} className="plan-editor-fields">
        <Section title={t('planEditor.editor.timeLimits')}>
          <table className="plan-table">
            <thead>
              <tr>
                <th>{t('planEditor.editor.stage')}</th>
                <th>{t('planEditor.editor.amount')}</th>
                <th>{t('planEditor.editor.unit')}</th>
                <th>{t('planEditor.editor.scope')}</th>
              </tr>
            </thead>
            <tbody>
              {form.timeLimits.map((rule, i) => (
                <tr key={i}>
                  <td>
                    <select
                      aria-label={`${t('planEditor.editor.stage')} ${i + 1}`}
                      value={rule.stage}
                      onChange={(e) => setRule(i, { stage: e.target.value as TimeLimitRule['stage'] })}
                    >
                      {CLOCKED_STAGES.map((stage) => (
                        <option key={stage} value={stage}>
                          {t(`clock.stage.${stage}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <Field
                      label={`${t(`clock.stage.${rule.stage}`)} ${t('planEditor.editor.amount')}`}
                      error={err(`timeLimits.${i}.amount`) ?? err(`timeLimits.${i}`)}
                    >
                      {(a) => (
                        <input
                          {...a}
                          className="narrow"
                          inputMode="decimal"
                          value={Number.isNaN(rule.amount) ? '' : String(rule.amount)}
                          onChange={(e) => setRule(i, { amount: num(e.target.value) })}
                        />
                      )}
                    </Field>
                  </td>
                  <td>
                    <select
                      aria-label={`${t(`clock.stage.${rule.stage}`)} ${t('planEditor.editor.unit')}`}
                      value={rule.unit}
                      onChange={(e) => setRule(i, { unit: e.target.value as TimeLimitRule['unit'] })}
                    >
                      {UNITS.map((unit) => (
                        <option key={unit} value={unit}>
                          {t(`clock.unit.${unit}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="muted small">{scopeText(rule, form, locale, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
        <Section title={t('planEditor.editor.categories')}>
          <table className="plan-table">
            <thead>
              <tr>
                <th>{t('planEditor.editor.categoryName')}</th>
                <th>{t('planEditor.editor.categoryNameEn')}</th>
                <th>{t('planEditor.editor.department')}</th>
                <th>
                  <span className="visually-hidden">{t('planEditor.versions.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {form.categories.map((category, i) => (
                <tr key={category.code}>
                  <td>
                    <Field label={t('planEditor.editor.categoryName')} error={err(`categories.${i}.name.zh`)}>
                      {(a) => (
                        <input
                          {...a}
                          value={category.name.zh}
                          onChange={(e) => setCategory(i, { name: { ...category.name, zh: e.target.value } })}
                        />
                      )}
                    </Field>
                  </td>
                  <td>
                    <Field label={t('planEditor.editor.categoryNameEn')} error={err(`categories.${i}.name.en`)}>
                      {(a) => (
                        <input
                          {...a}
                          value={category.name.en ?? ''}
                          onChange={(e) => setCategory(i, { name: { ...category.name, en: e.target.value } })}
                        />
                      )}
                    </Field>
                  </td>
                  <td>
                    <Field label={`${category.name.zh} ${t('planEditor.editor.department')}`} error={err(`categories.${i}.department`)}>
                      {(a) => (
                        <input
                          {...a}
                          value={category.department ?? ''}
                          onChange={(e) => setCategory(i, { department: e.target.value.trim() === '' ? undefined : e.target.value })}
                        />
                      )}
                    </Field>
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-label={`${t('planEditor.editor.remove')} ${category.name.zh}`}
                      disabled={form.categories.length <= 1}
                      onClick={() => removeCategory(category.code)}
                    >
                      {t('planEditor.editor.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
        <Section title={t('planEditor.editor.grades')} wide>
          {form.grades.map((grade, i) => (
            <div key={grade.level} className="plan-grade-row">
              <Field label={`${t(`level.${grade.level}`)} ${t('planEditor.editor.gradeName')}`} error={err(`grades.${i}.name.zh`)}>
                {(a) => (
                  <input {...a} value={grade.name.zh} onChange={(e) => setGrade(i, { name: { ...grade.name, zh: e.target.value } })} />
                )}
              </Field>
              <Field label={`${t(`level.${grade.level}`)} ${t('planEditor.editor.criteria')}`} error={err(`grades.${i}.criteria.zh`)}>
                {(a) => (
                  <textarea
                    {...a}
                    rows={2}
                    value={grade.criteria.zh}
                    onChange={(e) => setGrade(i, { criteria: { ...grade.criteria, zh: e.target.value } })}
                  />
                )}
              </Field>
            </div>
          ))}
        </Section>
        <Section title={t('planEditor.editor.thresholds')} wide>
          <div className="plan-thresholds">
            <Field label={t('planEditor.editor.groupPeople')} error={err('grading.groupPeople')}>
              {(a) => (
                <input
                  {...a}
                  inputMode="numeric"
                  value={Number.isNaN(form.grading.groupPeople) ? '' : String(form.grading.groupPeople)}
                  onChange={(e) => setForm((f) => ({ ...f, grading: { ...f.grading, groupPeople: num(e.target.value) } }))}
                />
              )}
            </Field>
            <Field label={t('planEditor.editor.largeGroupPeople')} error={err('grading.largeGroupPeople')}>
              {(a) => (
                <input
                  {...a}
                  inputMode="numeric"
                  value={Number.isNaN(form.grading.largeGroupPeople) ? '' : String(form.grading.largeGroupPeople)}
                  onChange={(e) => setForm((f) => ({ ...f, grading: { ...f.grading, largeGroupPeople: num(e.target.value) } }))}
                />
              )}
            </Field>
            <Field label={t('planEditor.editor.negativeReach')} error={err('opinionRaise.negativeReach')}>
              {(a) => (
                <input
                  {...a}
                  inputMode="numeric"
                  value={Number.isNaN(opinion.negativeReach) ? '' : String(opinion.negativeReach)}
                  onChange={(e) => setForm((f) => ({ ...f, opinionRaise: { ...opinionRule(f), negativeReach: num(e.target.value) } }))}
                />
              )}
            </Field>
          </div>
        </Section>
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

function Section({ title, children, wide }: { title: string; children: ReactNode; wide?: boolean }) {
  return (
    <section className={`plan-editor-section${wide ? ' wide' : ''}`} aria-label={title}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function scopeText(rule: TimeLimitRule, plan: Plan, locale: string, t: TFunction) {
  const names = (rule.categories ?? []).map((code) => {
    const found = plan.categories.find((c) => c.code === code);
    return found ? (locale === 'en' ? (found.name.en ?? found.name.zh) : found.name.zh) : code;
  });
  const parts = [
    rule.from === 'received' ? t('plan.fromReceived') : '',
    names.length ? t('plan.onlyCategories', { list: names.join(t('common.listSeparator')) }) : '',
    rule.levels ? t('plan.onlyLevels', { list: rule.levels.map((l) => t(`level.${l}`)).join(t('common.listSeparator')) }) : '',
  ];
  return parts.filter(Boolean).join(' ');
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
