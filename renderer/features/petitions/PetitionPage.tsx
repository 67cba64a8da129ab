// One 信访事项: the petitioner's facts (phone and ID number masked), what the office owes next and
// by when, the step it can take now (受理决定, 转办/交办 and 回执, 答复, 复查/复核), the printed
// papers and the petition's history.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { petitionRule, planOfPetition } from '@shared/petitionLimits';
import { petitionDue, petitionMissingYear, requestWindowEnd, TRANSFER_KINDS, type Petition } from '@shared/petitions';
import { maskIdNumber, maskPhone } from '@shared/privacy';
import { planDateOf, toPlanLocalInput } from '@shared/time';
import { useConsole } from '../../db/DatabaseContext';
import { recordPetitionerDataViewed } from '../../db/incidents';
import { FormAlert } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';
import { useTeamsOfKinds } from '../../db/reads/organisation';
import { usePetition } from '../../db/reads/petitions';
import { useTimeline } from '../../db/reads/timeline';
import { useAppSelector } from '../../store';
import { timelineText } from '../../ui/describe';
import { Panel } from '../../ui/Field';
import { formatDateTime, formatDeadline } from '../../ui/format';
import { StepForm, type StepField } from './StepForm';
import './petitions.css';

type Open = 'decide' | 'transfer' | 'extend' | 'answer' | 'review' | 'recheck' | { receipt: string } | null;

export function PetitionPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const book = useConsole();
  const { now, calendar } = book;
  const locale = useAppSelector((s) => s.session.locale);
  const petition = usePetition(id);
  const timeline = useTimeline(id);
  const departments = useTeamsOfKinds('department', 'working-team');
  const [open, setOpen] = useState<Open>(null);
  const [revealed, setRevealed] = useState(false);
  const { alert: revealFailure, run } = useCommand();
  const writeContext = useWriteContext();
  if (petition === undefined) return null;
  if (petition === null)
    return (
      <div className="empty" role="alert">
        <p>{t('petitions.refusal.petition-not-found')}</p>
        <Link href="/petitions">{t('petitions.back')}</Link>
      </div>
    );
  // Its limits are those of the plan in force when it was received.
  const plan = planOfPetition(book, petition);
  const offset = plan.utcOffsetMinutes;
  const at = (when: string | number) => formatDateTime(when, offset);
  const nowInput = toPlanLocalInput(now(), offset);
  const clock = { rule: petitionRule(plan), offsetMinutes: offset, calendar };
  const due = petitionDue(petition, clock);
  const missingYear = petitionMissingYear(petition, clock);
  const close = () => setOpen(null);
  // 保护信访人隐私: the full data is shown only once its viewing is on the petition's history.
  const toggleRevealed = async () => {
    if (revealed) return setRevealed(false);
    if ((await run(() => recordPetitionerDataViewed(book.db, petition.id, petition.number, writeContext()))) === null) return;
    setRevealed(true);
  };
  const form = (
    label: string,
    fields: StepField[],
    initial: Record<string, string>,
    toStep: Parameters<typeof StepForm>[0]['toStep'],
    submit: string,
  ) => (
    <StepForm
      petitionId={petition.id}
      label={label}
      fields={fields}
      initial={initial}
      toStep={toStep}
      submitLabel={submit}
      onDone={close}
    />
  );
  const timeField = (name = 'at', label = t('petitions.field.at')): StepField => ({ name, label, kind: 'datetime' });
  const teamNames = (departments ?? []).map((team) => (locale === 'en' && team.name.en ? team.name.en : team.name.zh));

  const button = (which: Exclude<Open, null | { receipt: string }>, label: string) => (
    <button type="button" className={open === which ? 'primary' : ''} onClick={() => setOpen(which)}>
      {label}
    </button>
  );
  const windowOf = (level: 'review' | 'recheck') => {
    const end = requestWindowEnd(petition, level, clock);
    return end === null ? null : planDateOf(end - 1, offset);
  };

  return (
    <div className="petition-page">
      <div className="page-header">
        <h1>
          {t('petitions.detail.title')} <span className="mono">{petition.number}</span>
        </h1>
        <Link href="/petitions">{t('petitions.back')}</Link>
      </div>
      <Panel
        title={t('petitions.detail.facts')}
        actions={
          <button type="button" className="link" onClick={() => void toggleRevealed()}>
            {revealed ? t('detail.hidePersonal') : t('detail.showPersonal')}
          </button>
        }
      >
        <FormAlert text={revealFailure} />
        <dl className="petition-facts">
          <Fact label={t('petitions.field.name')} value={petition.petitionerName} />
          <Fact label={t('petitions.field.phone')} value={revealed ? petition.petitionerPhone : maskPhone(petition.petitionerPhone)} />
          {petition.petitionerIdNumber ? (
            <Fact
              label={t('petitions.field.idNumber')}
              value={revealed ? petition.petitionerIdNumber : maskIdNumber(petition.petitionerIdNumber)}
            />
          ) : null}
          {petition.petitionerAddress ? (
            <Fact label={t('petitions.field.address')} value={revealed ? petition.petitionerAddress : t('petitions.detail.hidden')} />
          ) : null}
          <Fact label={t('petitions.field.channel')} value={t(`petitions.channel.${petition.channel}`)} />
          <Fact label={t('petitions.field.receivedAt')} value={at(petition.receivedAt)} />
          <Fact label={t('petitions.field.subject')} value={petition.subject} />
          <Fact label={t('petitions.field.content')} value={petition.content} />
          <Fact label={t('petitions.field.request')} value={petition.request} />
        </dl>
      </Panel>
      <Panel title={t('petitions.detail.handling')}>
        <p role="status" className={`petition-due${due && due.dueAt < now() ? ' overdue' : ''}`}>
          {due
            ? t(due.dueAt < now() ? 'petitions.detail.overdue' : 'petitions.detail.dueBy', {
                state: t(`petitions.state.${petition.state}`),
                duty: t(`petitions.duty.${due.duty}`),
                at: formatDeadline(due.dueAt, offset),
              })
            : t(`petitions.state.${petition.state}`)}
        </p>
        {missingYear !== null ? (
          <p role="alert" className="petition-due overdue">
            {t('petitions.detail.calendarMissing', { year: missingYear })}
          </p>
        ) : null}
        <Decisions petition={petition} at={at} />
        <div className="petition-actions">
          {petition.state === 'received' ? button('decide', t('petitions.action.decide')) : null}
          {petition.state === 'accepted' ? button('transfer', t('petitions.action.transfer')) : null}
          {petition.state === 'accepted' && !petition.extension ? button('extend', t('petitions.action.extend')) : null}
          {petition.state === 'accepted' ? button('answer', t('petitions.action.answer')) : null}
          {petition.state === 'answered' ? button('review', t('petitions.action.requestReview')) : null}
          {petition.state === 'review-requested' ? button('answer', t('petitions.action.answerReview')) : null}
          {petition.state === 'reviewed' ? button('recheck', t('petitions.action.requestRecheck')) : null}
          {petition.state === 'recheck-requested' ? button('answer', t('petitions.action.answerRecheck')) : null}
          <PrintLinks petition={petition} />
        </div>
        {open === 'decide'
          ? form(
              t('petitions.action.decide'),
              [
                {
                  name: 'accepted',
                  label: t('petitions.field.decision'),
                  kind: 'select',
                  options: [
                    { value: 'yes', label: t('petitions.decision.accept') },
                    { value: 'no', label: t('petitions.decision.reject') },
                  ],
                },
                timeField(),
                { name: 'reason', label: t('petitions.field.reason'), kind: 'textarea', hint: t('petitions.hint.reason') },
              ],
              { accepted: 'yes', at: nowInput, reason: '' },
              (v) => ({ type: 'decide', accepted: v.accepted === 'yes', reason: v.reason ?? '', at: v.at ?? '' }),
              t('petitions.saveDecision'),
            )
          : null}
        {open === 'transfer'
          ? form(
              t('petitions.action.transfer'),
              [
                {
                  name: 'kind',
                  label: t('petitions.field.transferKind'),
                  kind: 'select',
                  options: TRANSFER_KINDS.map((k) => ({ value: k, label: t(`petitions.transferKind.${k}`) })),
                },
                {
                  name: 'department',
                  label: t('petitions.field.department'),
                  kind: 'text',
                  suggestions: teamNames,
                  hint: t('petitions.hint.department'),
                },
                timeField('sentAt', t('petitions.field.sentAt')),
                timeField('deadline', t('petitions.field.deadline')),
              ],
              { kind: 'transfer', department: '', sentAt: nowInput, deadline: '' },
              (v) => ({
                type: 'transfer',
                kind: v.kind === 'assign' ? 'assign' : 'transfer',
                department: v.department ?? '',
                sentAt: v.sentAt ?? '',
                deadline: v.deadline ?? '',
              }),
              t('petitions.saveTransfer'),
            )
          : null}
        {open === 'extend'
          ? form(
              t('petitions.action.extend'),
              [
                timeField(),
                {
                  name: 'reason',
                  label: t('petitions.field.extendReason'),
                  kind: 'textarea',
                  hint: t('petitions.hint.extend', { days: clock.rule.extendDays }),
                },
              ],
              { at: nowInput, reason: '' },
              (v) => ({ type: 'extend', reason: v.reason ?? '', at: v.at ?? '' }),
              t('petitions.saveExtend'),
            )
          : null}
        {open === 'answer'
          ? form(
              t(`petitions.answerLabel.${petition.state}`, { defaultValue: t('petitions.action.answer') }),
              [timeField(), { name: 'text', label: t('petitions.field.answer'), kind: 'textarea' }],
              { at: nowInput, text: '' },
              (v) => ({ type: 'answer', text: v.text ?? '', at: v.at ?? '' }),
              t('petitions.saveAnswer'),
            )
          : null}
        {open === 'review' || open === 'recheck'
          ? form(
              t(open === 'review' ? 'petitions.action.requestReview' : 'petitions.action.requestRecheck'),
              [
                {
                  ...timeField(),
                  hint: windowOf(open)
                    ? t('petitions.hint.window', { lastDay: windowOf(open) })
                    : t('petitions.detail.calendarMissing', { year: missingYear ?? '' }),
                },
                { name: 'reason', label: t('petitions.field.requestReason'), kind: 'textarea' },
              ],
              { at: nowInput, reason: '' },
              (v) => ({ type: 'request', level: open, reason: v.reason ?? '', at: v.at ?? '' }),
              t('petitions.saveRequest'),
            )
          : null}
      </Panel>
      <Panel title={t('petitions.detail.transfers')}>
        {petition.transfers.length === 0 ? <p className="muted">{t('petitions.detail.noTransfers')}</p> : null}
        {petition.transfers.length > 0 ? (
          <table className="petition-transfers" aria-label={t('petitions.detail.transfers')}>
            <thead>
              <tr>
                <th>{t('petitions.field.transferKind')}</th>
                <th>{t('petitions.field.department')}</th>
                <th>{t('petitions.field.sentAt')}</th>
                <th>{t('petitions.field.deadline')}</th>
                <th>{t('petitions.field.receipt')}</th>
              </tr>
            </thead>
            <tbody>
              {petition.transfers.map((transfer) => (
                <tr key={transfer.id}>
                  <td>{t(`petitions.transferKind.${transfer.kind}`)}</td>
                  <td>{transfer.department}</td>
                  <td>{at(transfer.sentAt)}</td>
                  <td>{formatDeadline(transfer.deadline, offset)}</td>
                  <td>
                    {transfer.receiptAt ? (
                      at(transfer.receiptAt)
                    ) : (
                      <button type="button" onClick={() => setOpen({ receipt: transfer.id })}>
                        {t('petitions.action.receipt')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {open !== null && typeof open === 'object'
          ? form(
              t('petitions.action.receipt'),
              [timeField()],
              { at: nowInput },
              (v) => ({ type: 'receipt', transferId: open.receipt, at: v.at ?? '' }),
              t('petitions.saveReceipt'),
            )
          : null}
      </Panel>
      <Panel title={t('petitions.detail.history')}>
        <ol className="petition-history" aria-label={t('petitions.detail.history')}>
          {(timeline ?? []).map((entry) => (
            <li key={entry.id}>
              {t('petitions.detail.historyLine', {
                at: at(entry.at),
                text: timelineText(entry.kind, entry.params as Record<string, string>, t),
                name: entry.actorName,
              })}
            </li>
          ))}
        </ol>
      </Panel>
    </div>
  );
}

const Fact = ({ label, value }: { label: string; value: string }) => (
  <>
    <dt>{label}</dt>
    <dd>{value}</dd>
  </>
);

/** The decision, the answer and the 复查/复核 texts given so far. */
function Decisions({ petition, at }: { petition: Petition; at: (iso: string) => string }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [];
  if (petition.decision)
    rows.push([
      t(petition.decision.accepted ? 'petitions.decided.accepted' : 'petitions.decided.rejected'),
      t(petition.decision.reason ? 'petitions.detail.byWith' : 'petitions.detail.by', {
        at: at(petition.decision.at),
        name: petition.decision.byName,
        text: petition.decision.reason,
      }),
    ]);
  if (petition.extension)
    rows.push([
      t('petitions.detail.extension'),
      t('petitions.detail.byWith', { at: at(petition.extension.at), name: petition.extension.byName, text: petition.extension.reason }),
    ]);
  if (petition.answer)
    rows.push([t('petitions.paper.answer'), t('petitions.detail.atWith', { at: at(petition.answer.at), text: petition.answer.text })]);
  if (petition.review)
    rows.push([
      t('petitions.detail.reviewRequested'),
      t('petitions.detail.atWith', { at: at(petition.review.requestedAt), text: petition.review.reason }),
    ]);
  if (petition.review?.answer)
    rows.push([
      t('petitions.paper.review'),
      t('petitions.detail.atWith', { at: at(petition.review.answer.at), text: petition.review.answer.text }),
    ]);
  if (petition.recheck)
    rows.push([
      t('petitions.detail.recheckRequested'),
      t('petitions.detail.atWith', { at: at(petition.recheck.requestedAt), text: petition.recheck.reason }),
    ]);
  if (petition.recheck?.answer)
    rows.push([
      t('petitions.paper.recheck'),
      t('petitions.detail.atWith', { at: at(petition.recheck.answer.at), text: petition.recheck.answer.text }),
    ]);
  if (rows.length === 0) return null;
  return (
    <dl className="petition-facts" aria-label={t('petitions.detail.decisions')}>
      {rows.map(([label, value]) => (
        <Fact key={label} label={label} value={value} />
      ))}
    </dl>
  );
}

function PrintLinks({ petition }: { petition: Petition }) {
  const { t } = useTranslation();
  const docs: ('acceptance' | 'rejection' | 'answer' | 'review' | 'recheck')[] = [
    ...(petition.decision?.accepted ? (['acceptance'] as const) : []),
    ...(petition.decision && !petition.decision.accepted ? (['rejection'] as const) : []),
    ...(petition.answer ? (['answer'] as const) : []),
    ...(petition.review?.answer ? (['review'] as const) : []),
    ...(petition.recheck?.answer ? (['recheck'] as const) : []),
  ];
  return (
    <>
      {docs.map((doc) => (
        <Link key={doc} href={`/petitions/${petition.id}/print/${doc}`} className="button-link">
          {t(`petitions.printLink.${doc}`)}
        </Link>
      ))}
    </>
  );
}
