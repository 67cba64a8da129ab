// 事件详情: everything about one incident and the actions allowed now.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { gradeSuggestion } from '@shared/grading';
import { localized } from '@shared/text';
import { planOfIncident } from '@shared/planVersions';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { useIncident } from '../../db/reads/incidents';
import { gradingInputOf } from '@shared/projection';
import { useAppSelector } from '../../store';
import { LevelBadge, StateBadge } from '../../ui/Badges';
import { Panel } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { say, type TextKey } from '../../i18n/keys';
import { InstructionsPanel } from '../instructions/InstructionsPanel';
import { TaskForcePanel } from '../organisation/TaskForcePanel';
import { OpinionPanel } from '../opinion/OpinionPanel';
import { ReleasesPanel } from '../releases/ReleasesPanel';
import { IncidentResourcesPanel } from '../resources/IncidentResourcesPanel';
import { ReviewPanel } from '../review/ReviewPanel';
import { UpwardReportsPanel } from '../reports/UpwardReportsPanel';
import { CallBacksPanel } from '../callbacks/CallBacksPanel';
import { ArchivePanel } from '../archive/ArchivePanel';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { ActionsPanel } from './ActionsPanel';
import { ClocksPanel } from './ClocksPanel';
import { CommunicationsPanel } from './CommunicationsPanel';
import { ComplainantsPanel } from './ComplainantsPanel';
import { GradingPanel } from './GradingPanel';
import { TimelinePanel } from './TimelinePanel';

export function IncidentPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const book = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const people = usePeople();
  const incident = useIncident(id);
  if (incident === undefined) return null;
  if (incident === null)
    return (
      <div className="empty">
        <p>{t('detail.notFound')}</p>
        <Link href="/board">{t('detail.back')}</Link>
      </div>
    );

  // Grading, names and thresholds as the version the incident was opened under has them.
  const plan = planOfIncident(book, incident);
  const suggestion = gradeSuggestion(gradingInputOf(incident), plan.grading);
  const name = (list: { code: string; name: { zh: string; en?: string } }[], code: string) => {
    const item = list.find((i) => i.code === code);
    return item ? localized(item.name, locale) : code;
  };
  const urgency = plan.urgencies.find((u) => u.code === incident.urgency);
  const facts: [TextKey, string | undefined][] = [
    ['detail.findings', incident.investigationFindings],
    ['detail.solution', incident.solution],
    ['detail.feedback', incident.feedback],
    ['detail.satisfaction', incident.satisfaction && t(`commandField.${incident.satisfaction}`)],
    [
      'detail.escalation',
      incident.escalation &&
        (incident.escalation.outcome
          ? t('common.labelled', { label: t(`commandField.${incident.escalation.route}`), value: incident.escalation.outcome })
          : t(`commandField.${incident.escalation.route}`)),
    ],
    [
      'detail.rejection',
      incident.rejection && t('common.labelled', { label: t(`commandField.${incident.rejection.kind}`), value: incident.rejection.reason }),
    ],
  ];

  return (
    <div className="incident">
      <div className="page-header incident-header">
        <Link href="/board" className="back">
          ← {t('detail.back')}
        </Link>
        <h1>
          <span className="mono">{incident.number}</span> {incident.title}
        </h1>
        <div className="header-badges">
          <LevelBadge level={incident.level} grades={plan.grades} />
          <StateBadge state={incident.state} />
        </div>
        <Link href={`/incidents/${incident.id}/summary`} className="button">
          {t('print.openSummary')}
        </Link>
      </div>
      {incident.peopleInvolved >= plan.grading.groupPeople ? (
        <div className="notice warning" role="status">
          {t('detail.groupBanner', {
            count: incident.complainantCount,
            people: incident.peopleInvolved,
            threshold: plan.grading.groupPeople,
          })}
        </div>
      ) : null}
      <div className="incident-grid">
        <div className="incident-main">
          <ActionsPanel incident={incident} suggestedLevel={suggestion.level} />
          <TaskForcePanel incident={incident} />
          <InstructionsPanel incident={incident} />
          {/* 信息报送: 首报, 续报, 终报 to the leading group and the bodies the plan names. */}
          <UpwardReportsPanel incident={incident} />
          <Panel title={t('detail.summary')} className="summary-panel">
            <dl className="facts">
              <dt>{t('detail.category')}</dt>
              <dd>{name(plan.categories, incident.categoryCode)}</dd>
              <dt>{t('detail.channel')}</dt>
              <dd>{name(plan.channels, incident.channelCode)}</dd>
              <dt>{t('detail.place')}</dt>
              <dd>{incident.place}</dd>
              <dt>{t('detail.urgency')}</dt>
              <dd>{urgency ? localized(urgency.name, locale) : incident.urgency}</dd>
              <dt>{t('detail.owner')}</dt>
              <dd>{people.find((p) => p.id === incident.ownerId)?.name ?? ''}</dd>
              <dt>{t('detail.received')}</dt>
              <dd>{formatDateTime(incident.milestones.receivedAt, plan.utcOffsetMinutes)}</dd>
              {facts
                .filter(([, value]) => value)
                .map(([label, value]) => (
                  <div key={label} className="fact-row">
                    <dt>{say(t, label)}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
            </dl>
          </Panel>
          <GradingPanel incident={incident} suggestion={suggestion} />
          <ComplainantsPanel incident={incident} />
          <CommunicationsPanel incidentId={incident.id} />
          <EvidencePanel incident={incident} />
          {/* The working teams' tools: statements (宣传引导组), public opinion, resources (后勤保障组). */}
          <ReleasesPanel incidentId={incident.id} />
          <OpinionPanel incidentId={incident.id} />
          <IncidentResourcesPanel incidentId={incident.id} />
          {/* The after-action review (总结) once the incident is closed. */}
          <ReviewPanel incidentId={incident.id} />
          {/* 回访 after closing. */}
          <CallBacksPanel incident={incident} />
          {/* 归档 once finished; the 卷宗 and its deletion after the retention. */}
          <ArchivePanel incident={incident} />
        </div>
        <div className="incident-side">
          <ClocksPanel incident={incident} />
          <TimelinePanel incidentId={incident.id} />
        </div>
      </div>
    </div>
  );
}
