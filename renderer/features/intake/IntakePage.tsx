// 受理登记: the registration form. Invalid input is marked field by field and nothing is saved.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonOptions } from '../../ui/PersonOptions';
import { Link } from 'wouter';
import { localized } from '@shared/text';
import { registerComplaint } from '../../db/complaints';
import { registerAndSettle } from '../../db/quickPath';
import { departmentOf, routedOwnerId } from '@shared/routing';
import { useUnitName } from '../plan/useUnitName';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { useIncident } from '../../db/reads/incidents';
import { useOpinionItems } from '../../db/reads/opinions';
import { attachOpinions } from '../../db/opinions';
import { useLoadedTeams } from '../../db/reads/organisation';
import { Field } from '../../ui/Field';
import { useAppSelector } from '../../store';
import { useOperator, useWriteContext } from '../session/useWriteContext';
import { useCommand } from '../../ui/useCommand';
import { AttachPicker } from './AttachPicker';
import { GradePreview } from './GradePreview';
import { emptyIntake, emptyQuick, fieldOfPath, toRegistration, type IntakeFormState, type QuickFormState } from './intakeForm';
import { QuickPathFields } from './QuickPathFields';

type Saved = { complaint: string; complaintId: string; incident: string; incidentId: string; closed: boolean };

/**
 * `attachTo`: a complaint on an existing incident. `fromOpinion`: items of the opinion watch (立为事件)
 * the form starts from and the new incident takes once registered.
 */
export function IntakePage({ attachTo: attachFromRoute, fromOpinion }: { attachTo?: string; fromOpinion?: string[] }) {
  const { t } = useTranslation();
  const { db, plan, now } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const people = usePeople();
  const operator = useOperator();
  const writeContext = useWriteContext();
  const [attachTo, setAttachTo] = useState<string | undefined>(attachFromRoute);
  const incident = useIncident(attachTo) ?? undefined;
  const teams = useLoadedTeams();
  const [form, setForm] = useState<IntakeFormState>(() => emptyIntake(now(), plan.utcOffsetMinutes, operator?.id ?? ''));
  const [quick, setQuick] = useState<QuickFormState>(emptyQuick);
  const [prefilledFor, setPrefilledFor] = useState<string | null>(null);
  const command = useCommand();
  const { alert, busy: saving } = command;
  // The refusal names the registration's paths (`complainant.name`); the form's fields are flat.
  const errors = useMemo(
    () => Object.fromEntries(Object.entries(command.errors).map(([path, key]) => [fieldOfPath(path), key])),
    [command.errors],
  );
  const [saved, setSaved] = useState<Saved | null>(null);
  const opinionItems = useOpinionItems(fromOpinion ?? []);
  const watchedOpinions = (opinionItems ?? []).filter((item) => item.incidentId === undefined);
  const [opinionPrefilled, setOpinionPrefilled] = useState(false);
  const [opinionsAttached, setOpinionsAttached] = useState<number | null>(null);
  // Unchanged since the last save: a second Enter must not submit an empty form over the
  // confirmation that shows the numbers just assigned.
  const [pristineAfterSave, setPristineAfterSave] = useState(false);
  const submitting = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  // The form is taller than a screen and the button is at its foot: after a save the numbers just
  // assigned are brought into view (and take the focus, so the links beside them are one Tab
  // away); after a refusal the cursor goes to the first field marked, which scrolls it into view.
  useEffect(() => {
    if (!saved) return;
    savedRef.current?.scrollIntoView({ block: 'nearest' });
    savedRef.current?.focus({ preventScroll: true });
  }, [saved]);
  useEffect(() => {
    if (!alert) return;
    const firstInvalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (firstInvalid) firstInvalid.focus();
    else alertRef.current?.scrollIntoView({ block: 'nearest' });
  }, [alert, errors]);

  // The roster loads after the first render; the operator is the default owner once known.
  if (!form.ownerId && operator) setForm((f) => ({ ...f, ownerId: operator.id }));
  if (incident && prefilledFor !== incident.id) {
    // The matter's own facts come from the incident; what was already typed is kept.
    setPrefilledFor(incident.id);
    setForm((f) => ({
      ...f,
      categoryCode: f.categoryCode || incident.categoryCode,
      subject: f.subject || incident.title,
      place: f.place || incident.place,
    }));
  }

  if (fromOpinion && opinionItems && !opinionPrefilled) {
    // 立为事件: the matter as the monitoring team logged it; the operator completes the rest.
    setOpinionPrefilled(true);
    const first = watchedOpinions[0];
    const social = plan.channels.find((c) => c.code === 'social-media');
    setForm((f) => ({
      ...f,
      channelCode: f.channelCode || (social?.code ?? ''),
      subject: f.subject || (first ? first.summary.slice(0, 60) : ''),
      content:
        f.content ||
        watchedOpinions
          .map((item) =>
            t('opinion.prefillLine', {
              platform: t(`opinion.platform.${item.platform}`),
              summary: item.summary,
              reach: t('opinion.reach', { reach: item.reach }),
            }),
          )
          .join('\n'),
      mediaAttention: f.mediaAttention || watchedOpinions.some((item) => item.mediaPickup),
    }));
  }

  const set = <K extends keyof IntakeFormState>(key: K, value: IntakeFormState[K]) => {
    setPristineAfterSave(false);
    setForm((f) => ({ ...f, [key]: value }));
  };
  const text = (key: keyof IntakeFormState) => ({
    value: form[key] as string,
    onChange: (e: { target: { value: string } }) => set(key, e.target.value as never),
  });
  // 对口处理: choosing a category makes the unit it names the owner; the owner can still be changed.
  const chooseCategory = (categoryCode: string) => {
    set('categoryCode', categoryCode);
    const owner = routedOwnerId(plan, categoryCode, people, teams ?? []);
    if (owner) set('ownerId', owner);
  };
  const department = form.categoryCode ? departmentOf(plan, form.categoryCode) : null;
  const unitLabel = useUnitName();
  const check = (key: 'mediaAttention' | 'injury' | 'regulatorInvolved' | 'repeatComplaint') => (
    <label className="check">
      <input type="checkbox" checked={form[key]} onChange={(e) => set(key, e.target.checked)} />
      {t(`intake.${key}`)}
    </label>
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (submitting.current || pristineAfterSave) return;
    submitting.current = true;
    // 当场解决 is offered for a new matter only; attached to an incident it is a plain registration.
    const settle = quick.on && !attachTo;
    const registered = await command.run(() =>
      settle
        ? registerAndSettle(db, toRegistration(form), quick, writeContext())
        : registerComplaint(db, toRegistration(form, attachTo), writeContext()),
    );
    submitting.current = false;
    if (!registered) return;
    if (fromOpinion && watchedOpinions.length > 0) {
      // The items join the incident just registered; should that fail, they stay on the watch list.
      const attached = await command.run(() =>
        attachOpinions(
          db,
          watchedOpinions.map((item) => item.id),
          registered.incident.id,
          writeContext(),
        ),
      );
      setOpinionsAttached(attached ? attached.length : null);
    }
    setSaved({
      complaint: registered.complaint.number,
      complaintId: registered.complaint.id,
      incident: registered.incident.number,
      incidentId: registered.incident.id,
      closed: settle,
    });
    setQuick(emptyQuick());
    setForm(emptyIntake(now(), plan.utcOffsetMinutes, operator?.id ?? '', attachTo ? registered.incident : undefined));
    setPristineAfterSave(true);
  }

  const err = (key: string) => errors[key];
  return (
    <div className="intake-layout">
      <form ref={formRef} className="intake" onSubmit={submit} noValidate aria-label={t(attachTo ? 'intake.attachTitle' : 'intake.title')}>
        <div className="page-header">
          <h1>{t(attachTo ? 'intake.attachTitle' : 'intake.title')}</h1>
        </div>
        {saved ? (
          <div ref={savedRef} className="notice success" role="status" tabIndex={-1}>
            {t(saved.closed ? 'acknowledgement.quick.saved' : 'intake.saved', { complaint: saved.complaint, incident: saved.incident })}{' '}
            <Link href={`/incidents/${saved.incidentId}`}>{t('intake.openIncident')}</Link>{' '}
            <Link href={`/complaints/${saved.complaintId}/acknowledgement`}>{t('acknowledgement.open')}</Link>
            {opinionsAttached ? <div>{t('opinion.fromOpinionAttached', { count: opinionsAttached, number: saved.incident })}</div> : null}
          </div>
        ) : null}
        {fromOpinion && !saved && watchedOpinions.length > 0 ? (
          <div className="notice" role="note">
            {t('opinion.fromOpinion', { count: watchedOpinions.length })}
          </div>
        ) : null}
        {alert ? (
          <div ref={alertRef} className="notice error" role="alert">
            {alert}
          </div>
        ) : null}

        <fieldset>
          <legend>{t('intake.sectionReceipt')}</legend>
          <AttachPicker
            incident={incident}
            onChoose={(id) => {
              setPristineAfterSave(false);
              setAttachTo(id ?? undefined);
            }}
          />
          <Field label={t('intake.receivedAt')} error={err('receivedAt')}>
            {(a) => <input type="datetime-local" {...a} {...text('receivedAt')} />}
          </Field>
          <Field label={t('intake.channel')} error={err('channelCode')}>
            {(a) => (
              <select {...a} {...text('channelCode')}>
                <option value="">{t('intake.choose')}</option>
                {plan.channels.map((c) => (
                  <option key={c.code} value={c.code}>
                    {localized(c.name, locale)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('intake.category')} error={err('categoryCode')}>
            {(a) => (
              <select {...a} value={form.categoryCode} onChange={(e) => chooseCategory(e.target.value)}>
                <option value="">{t('intake.choose')}</option>
                {plan.categories.map((c) => (
                  <option key={c.code} value={c.code}>
                    {localized(c.name, locale)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('intake.urgency')} error={err('urgency')}>
            {(a) => (
              <select {...a} {...text('urgency')}>
                <option value="">{t('intake.choose')}</option>
                {plan.urgencies.map((u) => (
                  <option key={u.code} value={u.code}>
                    {localized(u.name, locale)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('intake.owner')} error={err('ownerId')}>
            {(a) => (
              <select {...a} {...text('ownerId')}>
                <PersonOptions people={people} emptyLabel={t('intake.choose')} />
              </select>
            )}
          </Field>
          {department ? <p className="muted small wide">{t('planEditor.routing', { department: unitLabel(department) })}</p> : null}
        </fieldset>

        <fieldset>
          <legend>{t('intake.sectionComplainant')}</legend>
          <Field label={t('intake.name')} error={err('name')}>
            {(a) => <input {...a} {...text('name')} autoComplete="off" />}
          </Field>
          <Field label={t('intake.phone')} error={err('phone')}>
            {(a) => <input {...a} {...text('phone')} inputMode="tel" autoComplete="off" />}
          </Field>
          <Field label={t('intake.idNumber')} error={err('idNumber')}>
            {(a) => <input {...a} {...text('idNumber')} autoComplete="off" />}
          </Field>
          <Field label={t('intake.address')} error={err('address')} wide>
            {(a) => <input {...a} {...text('address')} autoComplete="off" />}
          </Field>
          <p className="hint wide">{t('intake.privacyNote')}</p>
        </fieldset>

        <fieldset>
          <legend>{t('intake.sectionContent')}</legend>
          <Field label={t('intake.subject')} error={err('subject')}>
            {(a) => <input {...a} {...text('subject')} />}
          </Field>
          <Field label={t('intake.place')} error={err('place')}>
            {(a) => <input {...a} {...text('place')} />}
          </Field>
          <Field label={t('intake.content')} error={err('content')} wide>
            {(a) => <textarea rows={4} {...a} {...text('content')} />}
          </Field>
          <Field label={t('intake.expectedResolution')} error={err('expectedResolution')} wide>
            {(a) => <textarea rows={2} {...a} {...text('expectedResolution')} />}
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('intake.sectionFacts')}</legend>
          <Field label={t('intake.peopleInvolved')} error={err('peopleInvolved')}>
            {(a) => <input type="number" min={1} step={1} {...a} {...text('peopleInvolved')} />}
          </Field>
          <Field label={t('intake.amountAtStake')} error={err('amountAtStake')}>
            {(a) => <input type="number" min={0} step="0.01" {...a} {...text('amountAtStake')} />}
          </Field>
          <div className="checks wide">
            {check('mediaAttention')}
            {check('injury')}
            {check('regulatorInvolved')}
            {check('repeatComplaint')}
          </div>
        </fieldset>

        {attachTo ? null : (
          <QuickPathFields
            quick={quick}
            errors={errors}
            onChange={(next) => {
              setPristineAfterSave(false);
              setQuick(next);
            }}
          />
        )}

        <div className="form-actions">
          <button type="submit" className="primary" disabled={saving}>
            {quick.on && !attachTo
              ? t(saving ? 'acknowledgement.quick.saving' : 'acknowledgement.quick.save')
              : t(saving ? 'intake.saving' : 'intake.save')}
          </button>
          <button
            type="button"
            onClick={() => {
              command.clear();
              setQuick(emptyQuick());
              setForm(emptyIntake(now(), plan.utcOffsetMinutes, operator?.id ?? '', incident));
            }}
          >
            {t('intake.reset')}
          </button>
        </div>
      </form>
      <GradePreview form={form} incident={incident} />
    </div>
  );
}
