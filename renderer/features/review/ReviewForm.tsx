// 总结: cause analysis, what went well and what to improve, accountability (追责) and the
// follow-up call (回访). Bad input is marked per field and nothing is saved.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_RESULTS, type Review, type ReviewInput } from '@shared/review';
import { toPlanLocalInput } from '@shared/time';
import { useConsole } from '../../db/DatabaseContext';
import { saveReview } from '../../db/reviews';
import { Field, Panel } from '../../ui/Field';
import { Outcome } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';
import { useOperator, useWriteContext } from '../session/useWriteContext';

function inputOf(review: Review | null, offsetMinutes: number, nowMs: number, operatorName: string): ReviewInput {
  return {
    causeAnalysis: review?.causeAnalysis ?? '',
    wentWell: review?.wentWell ?? '',
    toImprove: review?.toImprove ?? '',
    accountability: review?.accountability ?? { decided: false, persons: '', measuresTaken: '', note: '' },
    followUp: review?.followUp
      ? { ...review.followUp, at: toPlanLocalInput(Date.parse(review.followUp.at), offsetMinutes) }
      : { at: toPlanLocalInput(nowMs, offsetMinutes), by: operatorName, result: '', note: '' },
  };
}

export function ReviewForm({ incidentId, review }: { incidentId: string; review: Review | null }) {
  const { t } = useTranslation();
  const { db, plan, now } = useConsole();
  const operator = useOperator();
  const writeContext = useWriteContext();
  const [form, setForm] = useState<ReviewInput>(() => inputOf(review, plan.utcOffsetMinutes, now(), operator?.name ?? ''));
  const { errors, message, busy, run, clear } = useCommand();

  async function save(event: FormEvent) {
    event.preventDefault();
    await run(
      () => saveReview(db, incidentId, form, writeContext()),
      () => t('review.form.saved'),
    );
  }
  const set = <K extends keyof ReviewInput>(key: K, value: ReviewInput[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    // "Saved" no longer holds once the text changes; the marks of a refused save stay until the next.
    if (message?.kind === 'success') clear();
  };
  const setAccountability = (patch: Partial<ReviewInput['accountability']>) => set('accountability', { ...form.accountability, ...patch });
  const setFollowUp = (patch: Partial<ReviewInput['followUp']>) => set('followUp', { ...form.followUp, ...patch });
  const followedUp = form.followUp.result !== '';

  return (
    <Panel title={t('review.form.title')} className="review-form-panel">
      <form className="review-form" onSubmit={save} noValidate aria-label={t('review.form.title')}>
        <Field label={t('review.form.causeAnalysis')} error={errors.causeAnalysis} wide>
          {(a) => <textarea rows={4} {...a} value={form.causeAnalysis} onChange={(e) => set('causeAnalysis', e.target.value)} />}
        </Field>
        <Field label={t('review.form.wentWell')} error={errors.wentWell}>
          {(a) => <textarea rows={3} {...a} value={form.wentWell} onChange={(e) => set('wentWell', e.target.value)} />}
        </Field>
        <Field label={t('review.form.toImprove')} error={errors.toImprove}>
          {(a) => <textarea rows={3} {...a} value={form.toImprove} onChange={(e) => set('toImprove', e.target.value)} />}
        </Field>

        <fieldset className="review-fieldset wide">
          <legend>{t('review.form.accountability')}</legend>
          <label className="review-check">
            <input
              type="checkbox"
              checked={form.accountability.decided}
              onChange={(e) => setAccountability({ decided: e.target.checked })}
            />
            {t('review.form.decided')}
          </label>
          {form.accountability.decided ? (
            <div className="review-row">
              <Field label={t('review.form.persons')} error={errors['accountability.persons']}>
                {(a) => (
                  <input {...a} value={form.accountability.persons} onChange={(e) => setAccountability({ persons: e.target.value })} />
                )}
              </Field>
              <Field label={t('review.form.measuresTaken')} error={errors['accountability.measuresTaken']}>
                {(a) => (
                  <input
                    {...a}
                    value={form.accountability.measuresTaken}
                    onChange={(e) => setAccountability({ measuresTaken: e.target.value })}
                  />
                )}
              </Field>
            </div>
          ) : null}
          <Field label={t('review.form.accountabilityNote')} error={errors['accountability.note']} wide>
            {(a) => <input {...a} value={form.accountability.note} onChange={(e) => setAccountability({ note: e.target.value })} />}
          </Field>
        </fieldset>

        <fieldset className="review-fieldset wide">
          <legend>{t('review.form.followUp')}</legend>
          <div className="review-row">
            <Field label={t('review.form.followUpResult')} error={errors['followUp.result']}>
              {(a) => (
                <select
                  {...a}
                  value={form.followUp.result}
                  onChange={(e) => setFollowUp({ result: e.target.value as ReviewInput['followUp']['result'] })}
                >
                  <option value="">{t('review.form.followUpNone')}</option>
                  {FOLLOW_UP_RESULTS.map((r) => (
                    <option key={r} value={r}>
                      {t(`review.followUpResult.${r}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {followedUp ? (
              <>
                <Field label={t('review.form.followUpAt')} error={errors['followUp.at']}>
                  {(a) => (
                    <input type="datetime-local" {...a} value={form.followUp.at} onChange={(e) => setFollowUp({ at: e.target.value })} />
                  )}
                </Field>
                <Field label={t('review.form.followUpBy')} error={errors['followUp.by']}>
                  {(a) => <input {...a} value={form.followUp.by} onChange={(e) => setFollowUp({ by: e.target.value })} />}
                </Field>
              </>
            ) : null}
          </div>
          {followedUp ? (
            <Field label={t('review.form.followUpNote')} error={errors['followUp.note']} wide>
              {(a) => <textarea rows={2} {...a} value={form.followUp.note} onChange={(e) => setFollowUp({ note: e.target.value })} />}
            </Field>
          ) : null}
        </fieldset>

        {message ? (
          <div className="wide">
            <Outcome kind={message.kind}>{message.text}</Outcome>
          </div>
        ) : null}
        <div className="form-actions wide">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('review.form.saving') : t('review.form.save')}
          </button>
        </div>
      </form>
    </Panel>
  );
}
