// 发布: the channel and the time (now by default) of releasing the approved words.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RELEASE_CHANNELS, type Publication, type Release } from '@shared/releases';
import { toPlanLocalInput } from '@shared/time';
import { useConsole } from '../../db/DatabaseContext';
import { publishRelease, type PublishInput } from '../../db/releases';
import { Field, FormActions } from '../../ui/Field';
import { FormAlert } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';

type Props = { release: Release; onDone: () => void; onPublished: (publication: Publication) => void };

export function PublishForm({ release, onDone, onPublished }: Props) {
  const { t } = useTranslation();
  const { db, plan, now } = useConsole();
  const writeContext = useWriteContext();
  const [form, setForm] = useState<PublishInput>(() => ({ channel: '', at: toPlanLocalInput(now(), plan.utcOffsetMinutes) }));
  const { errors, alert, busy, run } = useCommand();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const released = await run(() => publishRelease(db, release.id, form, writeContext()));
    if (!released) return;
    const publication = released.publications.at(-1);
    if (publication) onPublished(publication);
    onDone();
  }

  return (
    <form className="release-command publish-form" aria-label={t('releases.command.publish')} onSubmit={submit} noValidate>
      <Field label={t('releases.field.channel')} error={errors.channel}>
        {(a) => (
          <select {...a} value={form.channel} onChange={(e) => setForm((f) => ({ ...f, channel: e.target.value }))}>
            <option value="">{t('releases.choose')}</option>
            {RELEASE_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`releases.channel.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('releases.field.at')} error={errors.at}>
        {(a) => <input type="datetime-local" {...a} value={form.at} onChange={(e) => setForm((f) => ({ ...f, at: e.target.value }))} />}
      </Field>
      <FormAlert text={alert} wide />
      <FormActions busy={busy} submitLabel={t('releases.command.publish')} cancelLabel={t('releases.cancel')} onCancel={onDone} />
    </form>
  );
}
