// The papers of a petition: 不予受理告知书, 答复意见书, 复查意见书 and 复核意见书. Each names the
// petitioner (phone and ID number masked, as complaints are printed), the matter, the decision or
// opinion with its date, and what the petitioner may do next within the plan's limits.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { limitEnd, petitionRule, planOfPetition } from '@shared/petitionLimits';
import { requestWindowEnd } from '@shared/petitions';
import { planDateOf } from '@shared/time';
import type { Petition, PetitionReply } from '@shared/petitions';
import { maskPhone } from '@shared/privacy';
import { useConsole } from '../../db/DatabaseContext';
import { usePetition } from '../../db/reads/petitions';
import { useAppSelector } from '../../store';
import { formatDateTime } from '../../ui/format';
import { FactTable, PaperSection } from '../../ui/paper/Paper';
import { PrintedPaper } from '../print/PrintedPaper';
import '../print/print.css';
import './petitions.css';

export const PETITION_PAPERS = ['acceptance', 'rejection', 'answer', 'review', 'recheck'] as const;
export type PetitionPaper = (typeof PETITION_PAPERS)[number];

const Paragraphs = ({ text }: { text: string }) => (
  <div className="petition-paper-text">
    {text.split(/\n+/).map((line, i) => (
      <p key={i}>{line}</p>
    ))}
  </div>
);

/** What the paper decides or answers, and the request it answers (复查, 复核), if any. */
function contentOf(petition: Petition, paper: PetitionPaper): { reply: PetitionReply | null; asked?: { at: string; reason: string } } {
  if (paper === 'answer') return { reply: petition.answer ?? null };
  if (paper === 'review')
    return {
      reply: petition.review?.answer ?? null,
      ...(petition.review ? { asked: { at: petition.review.requestedAt, reason: petition.review.reason } } : {}),
    };
  if (paper === 'recheck')
    return {
      reply: petition.recheck?.answer ?? null,
      ...(petition.recheck ? { asked: { at: petition.recheck.requestedAt, reason: petition.recheck.reason } } : {}),
    };
  const d = petition.decision;
  const decided = d && d.accepted === (paper === 'acceptance') ? d : null;
  return { reply: decided ? { at: decided.at, text: decided.reason, by: decided.by, byName: decided.byName } : null };
}

export function PetitionPrintPage({ id, paper }: { id: string; paper: string }) {
  const { t } = useTranslation();
  const book = useConsole();
  const { calendar } = book;
  const locale = useAppSelector((s) => s.session.locale);
  const petition = usePetition(id);
  if (petition === undefined) return null;
  const known = (PETITION_PAPERS as readonly string[]).includes(paper) ? (paper as PetitionPaper) : null;
  const found = petition && known ? contentOf(petition, known) : null;
  if (!petition || !known || !found?.reply)
    return (
      <div className="empty" role="alert">
        <p>{t('petitions.paper.missing')}</p>
        <Link href={petition ? `/petitions/${petition.id}` : '/petitions'}>{t('petitions.back')}</Link>
      </div>
    );
  const { reply, asked } = found;
  // Counted as the commands count: the plan in force when it was received, the office calendar.
  const plan = planOfPetition(book, petition);
  const at = (iso: string) => formatDateTime(iso, plan.utcOffsetMinutes);
  const rule = petitionRule(plan);
  const clock = { rule, offsetMinutes: plan.utcOffsetMinutes, calendar };
  /** The last day (inclusive) the petitioner may ask for the next level, as the console will count it. */
  const lastDay = (level: 'review' | 'recheck') => {
    const end = requestWindowEnd(petition, level, clock);
    return end === null ? null : planDateOf(end - 1, plan.utcOffsetMinutes);
  };
  const reviewBy = known === 'answer' ? lastDay('review') : null;
  // 受理告知书: the answer is owed by the last day of the limit counted from the decision.
  const answerEnd =
    known === 'acceptance' && petition.decision
      ? limitEnd(Date.parse(petition.decision.at), rule.answerWithinDays, rule, plan.utcOffsetMinutes, calendar)
      : null;
  const answerBy = answerEnd?.ok ? planDateOf(answerEnd.dueAt - 1, plan.utcOffsetMinutes) : null;
  const recheckBy = known === 'review' ? lastDay('recheck') : null;
  const title = t(`petitions.paper.${known}`);
  const organisation = locale === 'en' && plan.organisationName.en ? plan.organisationName.en : plan.organisationName.zh;
  const rows: [string, string][] = [
    [t('petitions.columns.number'), petition.number],
    [t('petitions.field.name'), petition.petitionerName],
    [t('petitions.field.phone'), maskPhone(petition.petitionerPhone)],
    [t('petitions.field.channel'), t(`petitions.channel.${petition.channel}`)],
    [t('petitions.field.receivedAt'), at(petition.receivedAt)],
    [t('petitions.field.subject'), petition.subject],
  ];
  const next =
    known === 'answer'
      ? reviewBy
        ? t('petitions.paper.nextReviewBy', { lastDay: reviewBy })
        : t('petitions.paper.nextReview', { days: rule.reviewRequestDays })
      : known === 'review'
        ? recheckBy
          ? t('petitions.paper.nextRecheckBy', { lastDay: recheckBy })
          : t('petitions.paper.nextRecheck', { days: rule.recheckRequestDays })
        : known === 'recheck'
          ? t('petitions.paper.final')
          : known === 'acceptance'
            ? answerBy
              ? t('petitions.paper.nextAcceptanceBy', { lastDay: answerBy })
              : t('petitions.paper.nextAcceptance', { days: rule.answerWithinDays })
            : t('petitions.paper.nextRejection');
  return (
    <PrintedPaper
      back={{ href: `/petitions/${petition.id}`, label: t('petitions.back') }}
      title={title}
      number={petition.number}
      subject={petition.subject}
      drill={petition.mode === 'drill'}
    >
      <PaperSection title={t('petitions.paper.facts')}>
        <FactTable label={title} rows={rows} />
      </PaperSection>
      <PaperSection title={t('petitions.field.request')}>
        <Paragraphs text={petition.request} />
      </PaperSection>
      {asked ? (
        <PaperSection title={t(known === 'review' ? 'petitions.detail.reviewRequested' : 'petitions.detail.recheckRequested')}>
          <Paragraphs text={t('petitions.detail.atWith', { at: at(asked.at), text: asked.reason })} />
        </PaperSection>
      ) : null}
      <PaperSection title={t(known === 'rejection' ? 'petitions.paper.reasonTitle' : 'petitions.paper.opinionTitle')}>
        <Paragraphs
          text={
            known === 'rejection'
              ? t('petitions.paper.rejectionLead', { received: at(petition.receivedAt), reason: reply.text })
              : known === 'acceptance'
                ? t('petitions.paper.acceptanceLead', { received: at(petition.receivedAt) }) + (reply.text ? `\n${reply.text}` : '')
                : reply.text
          }
        />
        <Paragraphs text={next} />
      </PaperSection>
      <PaperSection title={t('petitions.paper.issuedTitle')}>
        <p>{t('petitions.paper.issued', { organisation, at: at(reply.at), name: reply.byName })}</p>
      </PaperSection>
    </PrintedPaper>
  );
}
