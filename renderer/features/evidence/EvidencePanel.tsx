// 证据与附件 on the incident page: attach a photo, a recording, a scanned letter or a calibration
// record to the incident, one of its complaints, a communication or its review; the list of what is
// attached, a photo shown on request, and a copy of any file saved through the host. The console
// never opens a file itself: a photo is drawn as an image from its bytes, anything else is saved.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_EXTENSIONS, extensionOf, MAX_ATTACHMENT_BYTES, sizeText, toBase64 } from '@shared/attachmentFiles';
import type { Attachment, AttachmentTargetKind } from '@shared/attachments';
import type { Incident } from '@shared/model';
import { fail } from '@shared/result';
import { attachFile } from '../../db/attachments';
import { useConsole } from '../../db/DatabaseContext';
import { useAttachmentsOf } from '../../db/reads/attachments';
import { useCommunicationsOf } from '../../db/reads/communications';
import { useComplaintsOf } from '../../db/reads/complaints';
import { useReviewState } from '../../db/reads/reviews';
import { getHost } from '../../host';
import { Field, Panel } from '../../ui/Field';
import { FormMessage, Outcome } from '../../ui/Outcome';
import { formatDateTime } from '../../ui/format';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';
import './evidence.css';

type Target = { kind: AttachmentTargetKind; id: string; text: string };

export function EvidencePanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { db, plan } = useConsole();
  const writeContext = useWriteContext();
  const attachments = useAttachmentsOf(incident.id);
  const complaints = useComplaintsOf(incident.id);
  const communications = useCommunicationsOf(incident.id);
  const review = useReviewState(incident.id)?.review;
  const fileInput = useRef<HTMLInputElement>(null);
  const [target, setTarget] = useState(`incident:${incident.id}`);
  const [label, setLabel] = useState('');
  const [chosen, setChosen] = useState<File | null>(null);
  const command = useCommand({}, { validationSentence: 'attachments.fixFields' });
  const copy = useCommand();
  if (attachments === undefined) return null;
  const at = (value: string) => formatDateTime(value, plan.utcOffsetMinutes);

  const targets: Target[] = [
    { kind: 'incident', id: incident.id, text: t('attachments.on.incident') },
    ...(complaints ?? []).map((c) => ({
      kind: 'complaint' as const,
      id: c.id,
      text: t('attachments.on.complaint', { number: c.number, name: c.subject }),
    })),
    ...(communications ?? []).map((c) => ({
      kind: 'communication' as const,
      id: c.id,
      text: t('attachments.on.communication', { at: at(c.at) }),
    })),
    ...(review ? [{ kind: 'review' as const, id: review.id, text: t('attachments.on.review') }] : []),
  ];
  const targetText = (a: Attachment) =>
    targets.find((one) => one.kind === a.on.kind && one.id === a.on.id)?.text ?? t(`attachments.onKind.${a.on.kind}`);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const file = chosen;
    const on = targets.find((one) => `${one.kind}:${one.id}` === target) ?? targets[0]!;
    const done = await command.run(
      () =>
        file
          ? attachFile(
              db,
              getHost(),
              { name: file.name, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) },
              { incidentId: incident.id, on: { kind: on.kind, id: on.id }, label },
              writeContext(),
            )
          : Promise.resolve(fail('validation', { file: 'attachments.chooseFile' })),
      (value, tr) => tr('attachments.attached', { name: value.name }),
    );
    if (done) {
      setLabel('');
      setChosen(null);
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  async function saveCopy(a: Attachment) {
    await copy.run(async () => {
      const read = await getHost().readAttachment({ hash: a.hash });
      if (!read.ok) return read;
      const ext = extensionOf(a.name);
      return getHost().saveFile({
        suggestedName: a.name,
        filters: [{ name: t(`attachments.type.${a.type}`), extensions: [ext || 'bin'] }],
        data: new Uint8Array(read.value),
      });
    });
  }

  return (
    <Panel title={t('attachments.title')} className="evidence-panel">
      <p className="muted small">{t('attachments.intro', { max: MAX_ATTACHMENT_BYTES / (1024 * 1024) })}</p>
      {incident.archive ? (
        <p className="muted">{t('attachments.refusal.attachment-archived', { number: incident.archive.number })}</p>
      ) : (
        <form className="evidence-form" aria-label={t('attachments.attach')} onSubmit={submit} noValidate>
          <Field label={t('attachments.field.file')} error={command.errors.file}>
            {(a) => (
              <input
                {...a}
                ref={fileInput}
                type="file"
                accept={Object.keys(ATTACHMENT_EXTENSIONS)
                  .map((ext) => `.${ext}`)
                  .join(',')}
                onChange={(e) => {
                  setChosen(e.target.files?.[0] ?? null);
                  command.clear();
                }}
              />
            )}
          </Field>
          <Field label={t('attachments.field.on')}>
            {(a) => (
              <select {...a} value={target} onChange={(e) => setTarget(e.target.value)}>
                {targets.map((one) => (
                  <option key={`${one.kind}:${one.id}`} value={`${one.kind}:${one.id}`}>
                    {one.text}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('attachments.field.label')} error={command.errors.label} hint={t('attachments.labelHint')} wide>
            {(a) => <input {...a} value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />}
          </Field>
          <div className="form-actions wide">
            <button type="submit" disabled={command.busy}>
              {t('attachments.attach')}
            </button>
          </div>
          <FormMessage message={command.message} wide />
        </form>
      )}
      {copy.alert ? <Outcome kind="error">{copy.alert}</Outcome> : null}
      {attachments.length === 0 ? (
        <p className="muted">{t('attachments.empty')}</p>
      ) : (
        <table className="evidence-table" aria-label={t('attachments.list')}>
          <thead>
            <tr>
              <th scope="col">{t('attachments.columns.name')}</th>
              <th scope="col">{t('attachments.columns.type')}</th>
              <th scope="col">{t('attachments.columns.label')}</th>
              <th scope="col">{t('attachments.columns.on')}</th>
              <th scope="col">{t('attachments.columns.size')}</th>
              <th scope="col">{t('attachments.columns.by')}</th>
              <th scope="col">{t('attachments.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {attachments.map((a) => (
              <AttachmentRow key={a.id} attachment={a} on={targetText(a)} at={at(a.at)} onSave={() => void saveCopy(a)} />
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

function AttachmentRow({ attachment: a, on, at, onSave }: { attachment: Attachment; on: string; at: string; onSave: () => void }) {
  const { t } = useTranslation();
  const [photo, setPhoto] = useState<string | null>(null);
  const show = useCommand();
  async function toggle() {
    if (photo) return setPhoto(null);
    await show.run(async () => {
      const read = await getHost().readAttachment({ hash: a.hash });
      if (!read.ok) return read;
      // Drawn as an image of the type its extension names, never the type the file claims.
      const mime = ATTACHMENT_EXTENSIONS[extensionOf(a.name)]?.mime ?? 'application/octet-stream';
      setPhoto(`data:${mime};base64,${toBase64(read.value)}`);
      return read;
    });
  }
  return (
    <>
      <tr>
        <td className="evidence-name">{a.name}</td>
        <td>{t(`attachments.type.${a.type}`)}</td>
        <td>{a.label || '—'}</td>
        <td>{on}</td>
        <td className="num">{sizeText(a.size)}</td>
        <td>
          {a.byName}
          <div className="muted small evidence-when">{at}</div>
        </td>
        <td className="evidence-actions">
          {a.type === 'photo' ? (
            <button type="button" className="link" onClick={() => void toggle()}>
              {photo ? t('attachments.hide') : t('attachments.show')}
            </button>
          ) : null}
          <button type="button" className="link" onClick={onSave}>
            {t('attachments.save')}
          </button>
        </td>
      </tr>
      {photo || show.alert ? (
        <tr className="evidence-photo-row">
          <td colSpan={7}>
            {photo ? <img className="evidence-photo" src={photo} alt={t('attachments.photoOf', { name: a.name })} /> : null}
            {show.alert ? <Outcome kind="error">{show.alert}</Outcome> : null}
          </td>
        </tr>
      ) : null}
    </>
  );
}
