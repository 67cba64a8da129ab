// What the operator at the seat may do with one instruction now: sign (签收), report progress or
// the result (反馈), accept or return it. The machine in shared/ decides; refusals are shown.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instruction } from '@shared/command';
import type { Team } from '@shared/model';
import { instructionCommandsFor, instructionReceivers, type CardCommandType, type InstructionCommand } from '@shared/instructions';
import { useConsole } from '../../db/DatabaseContext';
import { applyInstructionCommand } from '../../db/instructions';
import { Field } from '../../ui/Field';
import { Outcome } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';
import { useOperator, useWriteContext } from '../session/useWriteContext';
import { instructionFailureText } from './instructionText';

/** Commands that need a text before they are given; the others run on one click. */
const TEXT_FIELD: Partial<Record<CardCommandType, 'text' | 'reason'>> = { progress: 'text', report: 'text', return: 'reason' };

function commandOf(type: CardCommandType, text: string): InstructionCommand {
  if (type === 'progress' || type === 'report') return { type, text };
  if (type === 'return') return { type, reason: text };
  if (type === 'accept') return { type };
  return { type: 'sign' };
}

export function InstructionActions({ instruction, team }: { instruction: Instruction; team: Team | undefined }) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const operator = useOperator();
  const writeContext = useWriteContext();
  const [open, setOpen] = useState<CardCommandType | null>(null);
  const [text, setText] = useState('');
  // The machine shares some codes with the incident workflow (not-allowed-in-state,
  // reason-required): its refusals read in the instructions' own sentences.
  const { alert, busy, run: write, clear } = useCommand({}, { describe: instructionFailureText });
  if (!operator) return null;
  const commands = instructionCommandsFor(instruction, { actor: operator, receiverIds: instructionReceivers(instruction, team) });
  if (commands.length === 0) return null;
  // The form is open only for a command that asks for a text: its label names that text.
  const field = open ? TEXT_FIELD[open] : undefined;

  async function run(type: CardCommandType, value: string) {
    const done = await write(() => applyInstructionCommand(db, instruction.id, commandOf(type, value), writeContext()));
    if (!done) return;
    setOpen(null);
    setText('');
  }

  const choose = (type: CardCommandType) => {
    clear();
    if (TEXT_FIELD[type]) {
      setOpen(type);
      setText('');
    } else void run(type, '');
  };

  return (
    <div className="instruction-actions">
      <div className="action-buttons">
        {commands.map((type) => (
          <button
            key={type}
            type="button"
            className={`${type === 'return' ? 'secondary' : 'primary'}${open === type ? ' pressed' : ''}`}
            aria-pressed={TEXT_FIELD[type] ? open === type : undefined}
            disabled={busy}
            onClick={() => choose(type)}
          >
            {t(`instructions.command.${type}`)}
          </button>
        ))}
      </div>
      {open && field ? (
        <form
          className="instruction-command"
          aria-label={t(`instructions.command.${open}`)}
          onSubmit={(e) => {
            e.preventDefault();
            void run(open, text);
          }}
        >
          <Field label={t(`instructions.field.${field}`)} wide>
            {(a) => <textarea rows={2} {...a} value={text} onChange={(e) => setText(e.target.value)} />}
          </Field>
          <div className="form-actions">
            <button type="submit" className="primary" disabled={busy}>
              {t('instructions.field.confirm')}
            </button>
            <button type="button" onClick={() => setOpen(null)}>
              {t('instructions.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {alert ? <Outcome kind="error">{alert}</Outcome> : null}
    </div>
  );
}
