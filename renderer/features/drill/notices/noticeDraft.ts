// What the notice form holds: a new notice prefilled from the plan (issuer = the organisation,
// 成文日期 = today in the plan's zone, a drill a week later in the morning) and the catalog's
// standard wording; or a saved notice, field for field.
import type { TFunction } from 'i18next';
import type { DrillKind, DrillNotice } from '@shared/drillNotice';
import type { Plan } from '@shared/plan';
import { localized, type Locale } from '@shared/text';
import { addDays, planDateOf } from '@shared/time';

/** The id in the address of a notice not yet saved: #/drill/notices/new. */
export const NEW_NOTICE = 'new';

export type NoticeForm = {
  docNumber: string;
  title: string;
  addressees: string;
  purpose: string;
  startsAt: string;
  endsAt: string;
  place: string;
  kinds: DrillKind[];
  processContent: string;
  suddenContent: string;
  scenarioId: string;
  participants: string;
  personInCharge: string;
  preparation: string;
  requirements: string;
  issuer: string;
  issuedOn: string;
  copyTo: string;
};

export type NoticeTextField = Exclude<keyof NoticeForm, 'kinds'>;

export function draftNotice(plan: Plan, locale: Locale, now: number, t: TFunction): NoticeForm {
  const today = planDateOf(now, plan.utcOffsetMinutes);
  const drillDay = addDays(today, 7);
  return {
    docNumber: '',
    title: t('drillNotice.defaults.title'),
    addressees: t('drillNotice.defaults.addressees'),
    purpose: t('drillNotice.defaults.purpose'),
    startsAt: `${drillDay}T09:00`,
    endsAt: `${drillDay}T11:30`,
    place: '',
    kinds: ['process', 'sudden'],
    processContent: t('drillNotice.defaults.processContent'),
    suddenContent: t('drillNotice.defaults.suddenContent'),
    scenarioId: '',
    participants: t('drillNotice.defaults.participants'),
    personInCharge: '',
    preparation: t('drillNotice.defaults.preparation'),
    requirements: t('drillNotice.defaults.requirements'),
    issuer: localized(plan.organisationName, locale),
    issuedOn: today,
    copyTo: '',
  };
}

export function formOf(notice: DrillNotice): NoticeForm {
  const { id: _id, createdAt: _c, updatedAt: _u, updatedBy: _b, scenarioId, ...fields } = notice;
  return { ...fields, scenarioId: scenarioId ?? '' };
}
