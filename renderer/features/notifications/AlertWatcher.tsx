// Keeps the host's alerts, the notification centre and the tray counts in step with the records:
// computes which alerts exist, registers them (in the operator's language) with the host, which
// keeps time for them even while the window is hidden, records those that came due, and reports
// the counts for the tray or the tab title. Renders nothing; nothing here may take the console down.
//
// Live alerts are watched in every mode: while a trainer runs a drill, a live level-1 incident
// must keep repeating and a live deadline must still be told. So in 演练 two watchers run, one on
// the drill database (its own 'drill' scope) and one on the live database ('live' scope).
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { injectAlerts } from '@shared/drillAlerts';
import { drillPlanAlerts, drillProgrammeRule } from '@shared/drillProgramme';
import { useTranslation } from 'react-i18next';
import { alertsDue, alertsFor, alertsToRegister, alertsUntil, alertWindow, desktopWording, statusCounts, type Alert } from '@shared/alerts';
import type { Incident } from '@shared/model';
import { sameScheduledAlert, type ScheduledAlert } from '@shared/schedule';
import { toIsoWithOffset } from '@shared/time';
import { ConsoleProvider, useConsole } from '../../db/DatabaseContext';
import { activeDrillRun } from '../../db/drillRuns';
import { drillPlansToRemind } from '../../db/drillProgramme';
import { recordFirings } from '../../db/notices';
import { usePreferences } from '../../db/reads/records';
import { getHost } from '../../host';
import { useNow } from '../../ui/useNow';
import { useLiveDb } from '../settings/useLiveDb';
import { noticeText } from './noticeText';
import { useAlertSources } from './useAlertSources';
import { say } from '../../i18n/keys';
import { slices } from '../../ui/slices';

/** How often alerts are recomputed: level-1 repeats and "due soon, not yet past" move with the clock. */
export const ALERT_TICK_MS = 60_000;
/** How often alerts that came due are recorded in the notification centre. */
export const RECORD_INTERVAL_MS = 15_000;

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);
const quietly = (work: () => Promise<unknown>) => {
  try {
    void work().catch(() => undefined);
  } catch {
    // A failed look is retried at the next tick; the console carries on.
  }
};

export function AlertWatcher() {
  const { db } = useConsole();
  // Keyed by the database, so a switch of mode mounts a new watcher: one that kept its last answers
  // would for a moment take the live records for the drill's (registering them as drill alerts and
  // recording them in the drill's centre).
  return (
    <>
      <ScopeWatcher key={db.name} reportsStatus />
      {db.mode === 'drill' ? <LiveWhileDrilling /> : null}
    </>
  );
}

/** The live database's alerts while the window shows the drill; the tray keeps the drill's counts. */
function LiveWhileDrilling() {
  // A connection of its own beside the drill's: the screens' live connection is closed and refuses
  // writes while the console drills, but live alerts and their record in the centre must go on.
  const live = useLiveDb();
  return (
    <ConsoleProvider db={live} fallback={null}>
      <ScopeWatcher reportsStatus={false} />
    </ConsoleProvider>
  );
}

/**
 * The alert sources once every incident's stage clocks are counted and kept (useClockCache): the
 * working-day counting of thousands of overdue matters, on a page just opened at years of data,
 * is done in slices (ui/slices) with the page painting between them, and the alerts are then
 * computed from kept clocks. Until then the sources answered before stand.
 */
function useWarmed<T extends { incidents: readonly Incident[]; clocksOf: (incident: Incident) => unknown }>(sources: T | null): T | null {
  const [warmed, setWarmed] = useState<T | null>(null);
  useEffect(() => {
    if (!sources) return;
    let cancelled = false;
    void (async () => {
      const slice = slices();
      for (const incident of sources.incidents) {
        sources.clocksOf(incident);
        if (slice.due()) {
          await slice.pause();
          if (cancelled) return;
        }
      }
      if (!cancelled) setWarmed(sources);
    })();
    return () => {
      cancelled = true;
    };
  }, [sources]);
  return warmed;
}

type Words = { title: string; body: string };

type Registration = { scope: 'live' | 'drill'; alerts: ScheduledAlert[]; summary: { title: string; body: string } };

/**
 * Whether a registration says what the last one said, field by field: at years of data the set
 * holds thousands of alerts, and writing both out as JSON to compare them was itself a long task.
 */
function sameRegistration(a: Registration, b: Registration): boolean {
  if (a.scope !== b.scope || a.summary.title !== b.summary.title || a.summary.body !== b.summary.body) return false;
  if (a.alerts.length !== b.alerts.length) return false;
  return a.alerts.every((alert, i) => sameScheduledAlert(alert, b.alerts[i]!));
}

/**
 * The alerts as the host is given them: in finished words (the host shows them while the page may
 * be hidden), and only what fires up to `until`. Each alert's words are kept from one pass to the
 * next while its keys and params stay the same; those not yet known are put into words in slices,
 * so a page that just opened on a bad day at years of data, with thousands to word, keeps painting.
 * Until a pass is done the set answered before stands.
 */
function useScheduled(alerts: Alert[] | null, until: number, minute: number, offset: number, drill: boolean): ScheduledAlert[] | null {
  const { t, i18n } = useTranslation();
  const [scheduled, setScheduled] = useState<ScheduledAlert[] | null>(null);
  const worded = useRef<{ of: unknown[]; words: Map<string, Words> }>({ of: [], words: new Map() });
  useEffect(() => {
    if (!alerts) return;
    let cancelled = false;
    const of = [t, i18n.language, offset];
    if (!of.every((value, i) => value === worded.current.of[i])) worded.current = { of, words: new Map() };
    // Words found in a pass cut short by a newer one stay known for the next.
    const known = worded.current.words;
    void (async () => {
      const slice = slices();
      const used = new Map<string, Words>();
      const registering: ScheduledAlert[] = [];
      for (const alert of alertsToRegister(alertsUntil(alerts, until), minute)) {
        const wording = desktopWording(alert);
        const id = `${wording.titleKey}|${wording.bodyKey}|${JSON.stringify(wording.params)}`;
        let words = known.get(id);
        if (!words) {
          words = noticeText(wording, t, offset, i18n.language);
          known.set(id, words);
        }
        used.set(id, words);
        registering.push({
          key: alert.key,
          fireAt: alert.fireAt,
          kind: alert.kind,
          title: clip(words.title, 190),
          body: clip(words.body, 1000),
          target: alert.target,
          drill,
          urgent: alert.urgent,
        });
        if (slice.due()) {
          await slice.pause();
          if (cancelled) return;
        }
      }
      if (cancelled) return;
      // Only the words of this pass are kept, so the store of words does not grow with the days.
      if (worded.current.words === known) worded.current = { of, words: used };
      setScheduled(registering);
    })();
    return () => {
      cancelled = true;
    };
  }, [alerts, until, minute, t, i18n.language, offset, drill]);
  return scheduled;
}

const DRILL_REMINDERS_KEPT_MS = 400 * 86_400_000;

/** Keeps one database's alerts registered under its own scope ('live' or 'drill') and recorded in its centre. */
function ScopeWatcher({ reportsStatus }: { reportsStatus: boolean }) {
  const { db, plan, plans, calendar, now } = useConsole();
  const { dueSoonLeadMinutes, levelOneRepeatMinutes } = usePreferences();
  const { t, i18n } = useTranslation();
  const minute = useNow(now, ALERT_TICK_MS);
  const sources = useWarmed(useAlertSources(minute, dueSoonLeadMinutes));
  const drill = db.mode === 'drill';
  const offset = plan.utcOffsetMinutes;
  // In 演练 the drill under way raises its injects too (undefined while read; null: none).
  const drillRun = useLiveQuery(async () => (drill ? ((await activeDrillRun(db)) ?? null) : null), [db, drill]);
  // 演练计划: the planned drills reminded up to the window's end, by their index (the window moves
  // by the hour, so the read is not renewed every minute). One left unheld for over a year was
  // raised long ago and is in the centre; years of such are not read.
  const remindUntil = alertWindow(minute, dueSoonLeadMinutes).until;
  const remindBefore = toIsoWithOffset(remindUntil, plan.utcOffsetMinutes);
  const remindSince = toIsoWithOffset(remindUntil - DRILL_REMINDERS_KEPT_MS, plan.utcOffsetMinutes);
  const drillRule = drillProgrammeRule(plan);
  const plannedDrills = useLiveQuery(
    () => drillPlansToRemind(db, remindSince, remindBefore, drillRule, plan.utcOffsetMinutes),
    [db, remindSince, remindBefore, drillRule.remindDaysBefore, plan.utcOffsetMinutes],
  );

  const alerts = useMemo<Alert[] | null>(() => {
    if (!sources || drillRun === undefined || plannedDrills === undefined) return null;
    sources.keepOnly(sources.incidents);
    const fromRecords = alertsFor({
      incidents: sources.incidents,
      instructions: sources.instructions,
      plan,
      plans,
      calendar,
      preferences: { dueSoonLeadMinutes, levelOneRepeatMinutes },
      now: minute,
      levelOneNotices: sources.levelOneNotices,
      teamNames: sources.teamNames,
      personNames: sources.personNames,
      clocksOf: sources.clocksOf,
      opinionWarnings: sources.opinionWarnings,
      petitions: sources.petitions,
    });
    const programme: Alert[] = drillPlanAlerts(plannedDrills, drillProgrammeRule(plan), plan.utcOffsetMinutes).map((alert) => ({
      ...alert,
      urgent: false,
    }));
    if (!drillRun && programme.length === 0) return fromRecords;
    return [...fromRecords, ...programme, ...(drillRun ? injectAlerts(drillRun, plan.utcOffsetMinutes) : [])].sort(
      (a, b) => Date.parse(a.fireAt) - Date.parse(b.fireAt) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
  }, [sources, plan, plans, calendar, dueSoonLeadMinutes, levelOneRepeatMinutes, minute, drillRun, plannedDrills]);

  // The bridge has one call, which replaces a scope's whole set: that keeps a reload, a second
  // window or a lost message harmless (the next registration says everything), where changes sent
  // one by one would need an order and a way to catch up. So the set is kept small instead: only
  // what fires up to the window's end (everything already due, and the next day; alertWindow),
  // and it is sent only when it differs from the last one sent. As time passes it changes when a
  // level-1 repeat or a record does, and once an hour as the window moves. The host keeps them in
  // a file, so they carry only numbers, stages and deadlines (desktopWording).
  const until = alertWindow(minute, dueSoonLeadMinutes).until;
  const scheduled = useScheduled(alerts, until, minute, offset, drill);

  // Registered only once the records are read: an empty registration would make the host forget
  // which firings it already showed, and show them again after.
  const registered = useRef<Registration | null>(null);
  // Stands for a burst of alerts coming due at once; `{count}` is filled in by the host (so the
  // count given here is that slot, not a number, and goes through say()).
  const summary = useMemo(
    () => ({ title: say(t, 'notifications.burst.title', { count: '{count}' }), body: t('notifications.burst.body') }),
    [t],
  );
  useEffect(() => {
    if (!scheduled) return;
    const registration: Registration = { scope: drill ? 'drill' : 'live', alerts: scheduled, summary };
    if (registered.current && sameRegistration(registered.current, registration)) return;
    registered.current = registration;
    quietly(async () => {
      const result = await getHost().scheduleDeadlines(registration);
      // Tried again at the next change or tick.
      if (!result.ok && registered.current === registration) registered.current = null;
    });
  }, [scheduled, drill, summary]);

  // Recorded on change and every few seconds, with the time of the look, so a firing shows in
  // the centre within seconds of its instant however the minute tick falls. The time of the look
  // is kept as when it was raised: after sleep or a night switched off that is not its due instant.
  const latest = useRef(alerts);
  latest.current = alerts;
  const recording = useRef(false);
  useEffect(() => {
    const record = () => {
      const current = latest.current;
      if (!current || recording.current) return;
      recording.current = true;
      const at = now();
      quietly(() =>
        recordFirings(db, alertsDue(current, at), toIsoWithOffset(at, offset)).finally(() => {
          recording.current = false;
        }),
      );
    };
    record();
    const timer = setInterval(record, RECORD_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [db, now, alerts, offset]);

  // Counted from what the watcher read: every overdue clock is on an incident whose next deadline
  // has passed (or is unknown), every overdue instruction's deadline is before the window's end,
  // and every open level-1 incident is read, so nothing counted lies outside it.
  const status = useMemo(() => {
    if (!sources || !reportsStatus) return null;
    const counts = statusCounts(sources.incidents, sources.instructions, minute, { plan, plans }, calendar, sources.clocksOf);
    const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
    return { ...counts, unacknowledged: sources.unacknowledged, drill, locale } as const;
  }, [sources, reportsStatus, minute, plan, plans, calendar, drill, i18n.language]);
  const reported = useRef<string | null>(null);
  useEffect(() => {
    if (!status) return;
    const signature = JSON.stringify(status);
    if (signature === reported.current) return;
    reported.current = signature;
    quietly(async () => {
      const result = await getHost().reportStatus(status);
      if (!result.ok && reported.current === signature) reported.current = null;
    });
  }, [status]);

  return null;
}
