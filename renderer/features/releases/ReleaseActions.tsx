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
import { Outcome } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';
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
  // A missing comment is the field's problem: said once, under the field.
  const { errors, alert, busy, run, clear } = useCommand({ 'release-comment-required': 'comment' });
  const commands = releaseCommandsFor(release, ctx);
  if (commands.length === 0) return null;

  async function apply(write: () => Promise<Result<Release>>) {
    if (await run(write)) close();
  }
  function close() {
    setOpen(null);
    setComment('');
    clear();
  }
  function choose(type: ReleaseCommandType) {
    close();
    if (type === 'submit') void apply(() => applyReleaseCommand(db, release.id, { type: 'submit' }, writeContext()));
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
            void apply(() => applyReleaseCommand(db, release.id, { type: open, comment }, writeContext()));
          }}
        >
          <Field
            label={t(open === 'approve' ? 'releases.field.approveComment' : 'releases.field.returnComment')}
            error={errors.comment}
            wide
          >
            {(a) => <textarea rows={2} {...a} value={comment} onChange={(e) => setComment(e.target.value)} />}
          </Field>
          <FormActions busy={busy} submitLabel={t('releases.confirm')} cancelLabel={t('releases.cancel')} onCancel={close} />
        </form>
      ) : null}
      {open === 'publish' ? <PublishForm release={release} onDone={close} onPublished={onPublished} /> : null}
      {alert && open !== 'revise' && open !== 'publish' ? <Outcome kind="error">{alert}</Outcome> : null}
    </div>
  );
}
