// What the operator at the seat may do with one statement now: edit it, submit it, approve or
// return it (with a comment), release it on a channel. The machine in shared/ decides.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  currentVersion,
  releaseCommandsFor,
  type Publication,
  type Release,
  type ReleaseCommandType,
  type ReleaseContext,
} from '@shared/releases';
import type { Result } from '@shared/result';
import { useConsole } from '../../db/DatabaseContext';
import { applyReleaseCommand } from '../../db/releases';
import { attempt, failureText } from '../../ui/describe';
import { Field, FormActions } from '../../ui/Field';
import { useWriteContext } from '../session/useWriteContext';
import { PublishForm } from './PublishForm';
import { StatementForm } from './StatementForm';

type Props = { release: Release; ctx: ReleaseContext; onPublished: (publication: Publication) => void };

export function ReleaseActions({ release, ctx, onPublished }: Props) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const writeContext = useWriteContext();
  const [open, setOpen] = useState<ReleaseCommandType | null>(null);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | undefined>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const commands = releaseCommandsFor(release, ctx);
  if (commands.length === 0) return null;

  async function run(write: () => Promise<Result<Release>>) {
    setBusy(true);
    const result = await attempt(write);
    setBusy(false);
    if (!result.ok) {
      // A missing comment is the field's problem: said once, under the field.
      const missingComment = result.error.code === 'release-comment-required';
      setCommentError(missingComment ? 'releases.refusal.release-comment-required' : undefined);
      setRefusal(missingComment ? null : failureText(result.error, t));
      return;
    }
    close();
  }
  function close() {
    setOpen(null);
    setComment('');
    setCommentError(undefined);
    setRefusal(null);
  }
  function choose(type: ReleaseCommandType) {
    close();
    if (type === 'submit') void run(() => applyReleaseCommand(db, release.id, { type: 'submit' }, writeContext()));
    else setOpen(type);
  }
  const current = currentVersion(release);

  return (
    <div className="release-actions">
      <div className="action-buttons">
        {commands.map((type) => (
          <button
            key={type}
            type="button"
            className={`${type === 'return' ? 'secondary' : 'primary'}${open === type ? ' pressed' : ''}`}
            aria-pressed={type === 'submit' ? undefined : open === type}
            disabled={busy}
            onClick={() => choose(type)}
          >
            {t(`releases.command.${type}`)}
          </button>
        ))}
      </div>
      {open === 'revise' ? (
        <StatementForm
          label={t('releases.command.revise')}
          submitLabel={t('releases.save')}
          initial={{ title: current.title, text: current.text }}
          save={(input) => applyReleaseCommand(db, release.id, { type: 'revise', ...input }, writeContext())}
          onDone={close}
        />
      ) : null}
      {open === 'approve' || open === 'return' ? (
        <form
          className="release-command"
          aria-label={t(`releases.command.${open}`)}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => applyReleaseCommand(db, release.id, { type: open, comment }, writeContext()));
          }}
        >
          <Field label={t(open === 'approve' ? 'releases.field.approveComment' : 'releases.field.returnComment')} error={commentError} wide>
            {(a) => <textarea rows={2} {...a} value={comment} onChange={(e) => setComment(e.target.value)} />}
          </Field>
          <FormActions busy={busy} submitLabel={t('releases.confirm')} cancelLabel={t('releases.cancel')} onCancel={close} />
        </form>
      ) : null}
      {open === 'publish' ? <PublishForm release={release} onDone={close} onPublished={onPublished} /> : null}
      {refusal && open !== 'revise' && open !== 'publish' ? (
        <div className="notice error" role="alert">
          {refusal}
        </div>
      ) : null}
    </div>
  );
}
