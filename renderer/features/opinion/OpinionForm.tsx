// 登记舆情: platform, sentiment, estimated reach, when it was found, the link and a summary.
// Bad input is marked field by field (codes from shared/opinion.ts) and nothing is stored.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPINION_PLATFORMS, SENTIMENTS, type OpinionField, type OpinionInput, type OpinionItem } from '@shared/opinion';
import { toPlanLocalInput } from '@shared/time';
import { useConsole } from '../../db/DatabaseContext';
import { logOpinionItem } from '../../db/opinions';
import { Field, FormActions } from '../../ui/Field';
import { FormAlert } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';

/** `incidentId` absent: an item watched before any incident (舆情监测 page). `onLogged` hears the item saved. */
export function OpinionForm({
  incidentId,
  onDone,
  onLogged,
}: {
  incidentId?: string;
  onDone: () => void;
  onLogged?: (item: OpinionItem) => void;
}) {
  const { t } = useTranslation();
  const { db, plan, now } = useConsole();
  const writeContext = useWriteContext();
  const [form, setForm] = useState<OpinionInput>(() => ({
    platform: '',
    sentiment: '',
    reach: '',
    foundAt: toPlanLocalInput(now(), plan.utcOffsetMinutes),
    link: '',
    summary: '',
    spread: '',
    mediaPickup: false,
  }));
  const { errors, alert, busy, run } = useCommand();
  const set = (field: OpinionField, value: string) => setForm((f) => ({ ...f, [field]: value }));
  const errorOf = (field: OpinionField) => (errors[field] ? `opinion.error.${errors[field]}` : undefined);

  async function submit() {
    const item = await run(() => logOpinionItem(db, incidentId, form, writeContext()));
    if (!item) return;
    onLogged?.(item);
    onDone();
  }

  return (
    <form
      className="opinion-form"
      aria-label={t('opinion.add')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field label={t('opinion.field.platform')} error={errorOf('platform')}>
        {(a) => (
          <select {...a} value={form.platform} onChange={(e) => set('platform', e.target.value)}>
            <option value="">{t('opinion.choose')}</option>
            {OPINION_PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {t(`opinion.platform.${p}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('opinion.field.sentiment')} error={errorOf('sentiment')}>
        {(a) => (
          <select {...a} value={form.sentiment} onChange={(e) => set('sentiment', e.target.value)}>
            <option value="">{t('opinion.choose')}</option>
            {SENTIMENTS.map((s) => (
              <option key={s} value={s}>
                {t(`opinion.sentiment.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('opinion.field.reach')} error={errorOf('reach')}>
        {(a) => (
          <input
            {...a}
            inputMode="numeric"
            placeholder={t('opinion.reachHint')}
            value={String(form.reach)}
            onChange={(e) => set('reach', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('opinion.field.spread')} error={errorOf('spread')}>
        {(a) => <input {...a} inputMode="numeric" value={String(form.spread ?? '')} onChange={(e) => set('spread', e.target.value)} />}
      </Field>
      <label className="check opinion-media">
        <input
          type="checkbox"
          checked={form.mediaPickup === true}
          onChange={(e) => setForm((f) => ({ ...f, mediaPickup: e.target.checked }))}
        />
        {t('opinion.field.mediaPickup')}
      </label>
      <Field label={t('opinion.field.foundAt')} error={errorOf('foundAt')}>
        {(a) => <input type="datetime-local" {...a} value={form.foundAt} onChange={(e) => set('foundAt', e.target.value)} />}
      </Field>
      <Field label={t('opinion.field.link')} error={errorOf('link')} wide>
        {(a) => <input type="url" {...a} value={form.link} onChange={(e) => set('link', e.target.value)} />}
      </Field>
      <Field label={t('opinion.field.summary')} error={errorOf('summary')} wide>
        {(a) => <textarea rows={2} {...a} value={form.summary} onChange={(e) => set('summary', e.target.value)} />}
      </Field>
      <FormAlert text={alert} wide />
      <FormActions busy={busy} submitLabel={t('opinion.save')} cancelLabel={t('opinion.cancel')} onCancel={onDone} />
    </form>
  );
}
