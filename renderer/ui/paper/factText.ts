// Puts an incident's facts (shared/incidentFacts) into the operator's words: the label from the
// print catalog, the value in the reader's language and the plan's time zone.
import { useTranslation } from 'react-i18next';
import type { FactValue, IncidentFact, IncidentFactKey } from '@shared/incidentFacts';
import { MILESTONE_ORDER, type MilestoneKey } from '@shared/incidentFacts';
import { localized } from '@shared/text';
import { useAppSelector } from '../../store';
import { formatDateTime } from '../format';

const isMilestone = (key: IncidentFactKey): key is MilestoneKey => (MILESTONE_ORDER as readonly string[]).includes(key);

/** Labels a report words its own way (the review's cover: 事由, 接收时间…). */
export type FactLabels = Partial<Record<IncidentFactKey, string>>;

export function useFactText(labels: FactLabels = {}) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);

  function label(fact: IncidentFact): string {
    const own = labels[fact.key];
    if (own) return own;
    if (isMilestone(fact.key)) return t(`print.milestone.${fact.key}`);
    if (fact.key === 'complainantResult') return t('print.field.complainantResult', { name: fact.of ?? '' });
    return t(`print.field.${fact.key}`);
  }

  function value(fact: FactValue): string {
    switch (fact.kind) {
      case 'text':
        return fact.text;
      case 'named':
        return localized(fact.name, locale);
      case 'level':
        return fact.level === null
          ? t('level.none')
          : t('print.levelWithColour', { level: t(`level.${fact.level}`), colour: t(`print.colour.${fact.colour}`) });
      case 'state':
        return t(`state.${fact.state}`);
      case 'people':
        return t('print.value.people', { count: fact.count });
      case 'complaints':
        return t('print.value.complaints', { count: fact.count });
      case 'complainants':
        return fact.people.map((person) => t('print.value.complainant', person)).join(t('common.listSeparator'));
      case 'instant':
        return formatDateTime(fact.at, fact.utcOffsetMinutes);
      case 'satisfaction':
        return t(`commandField.${fact.satisfaction}`);
      case 'escalation':
        return [t(`commandField.${fact.route}`), fact.outcome].filter(Boolean).join(t('common.listSeparator'));
      case 'rejection':
        return t('common.labelled', { label: t(`commandField.${fact.rejection}`), value: fact.reason });
      case 'result':
        return t('print.value.result', {
          feedback: fact.feedback ?? t('detail.result.noFeedback'),
          satisfaction: fact.satisfaction ? t(`commandField.${fact.satisfaction}`) : t('detail.result.noAnswer'),
        });
      case 'none':
        return t('print.none');
    }
  }

  /** Label/value rows for a fact table. */
  const rows = (facts: readonly IncidentFact[]): [string, string][] => facts.map((fact) => [label(fact), value(fact.value)]);
  return { label, value, rows };
}
