// 办公室服务器: joining this PC to the office's server, as one seat among several. The address and
// the one-time code read out by whoever runs the server enroll the seat; the office says what joining
// would do (take this seat's data into an empty office, or give this seat the office's) before
// anything moves, and refuses a seat holding work of its own the office lacks. A joined seat shows
// how it stands and can leave, keeping its data as a local copy.
import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { OfficePinSchema } from '@shared/bridge';
import type { JoinPreview } from '@shared/officeProtocol';
import { fail, type Result } from '@shared/result';
import { useConsole } from '../../db/DatabaseContext';
import { getHost } from '../../host';
import { enrollSeat, joinOffice, leaveOffice, officeConfig, officeUrl, previewJoin, seatBookOf } from '../../office/officeSeat';
import { startOffice, stopOffice, useOfficeStatus } from '../../office/useOfficeSeat';
import { failureText } from '../../ui/describe';
import { Field, Panel } from '../../ui/Field';
import { proveToOffice } from '../../db/accounts';
import { useOperator, useWriteContext } from '../session/useWriteContext';
import { useLiveDb } from './useLiveDb';

const JOINERS = new Set(['leader', 'deputy']);
type Enrolled = { url: string; token: string; seatId: string; name: string };

export function OfficePanel() {
  const { t } = useTranslation();
  const db = useLiveDb();
  const { calendar, db: shown } = useConsole();
  const operator = useOperator();
  const config = useLiveQuery(() => officeConfig(db), [db]);
  const status = useOfficeStatus();
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [errors, setErrors] = useState<{ address?: string; code?: string; fingerprint?: string }>({});
  const [enrolled, setEnrolled] = useState<Enrolled | null>(null);
  const [preview, setPreview] = useState<JoinPreview | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | undefined>();
  const writeContext = useWriteContext();
  const book = seatBookOf(db, () => calendar);
  const mayJoin = operator === null || JOINERS.has(operator.role);
  const drill = shown.mode === 'drill';

  async function busyWith(work: () => Promise<void>) {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }
  const refused = (result: Result<unknown>) => !result.ok && setMessage({ kind: 'error', text: failureText(result.error, t) });

  function check(event: FormEvent) {
    event.preventDefault();
    const url = officeUrl(address);
    // The office certificate's fingerprint, read out with the code, pins the server (an https address only).
    const pin = fingerprint.trim() && url ? OfficePinSchema.safeParse({ origin: url, fingerprint: fingerprint.trim() }) : null;
    const found = {
      ...(url ? {} : { address: 'settings.office.addressInvalid' }),
      ...(code.trim() ? {} : { code: 'validation.required' }),
      ...(pin && !pin.success ? { fingerprint: 'settings.office.fingerprintInvalid' } : {}),
    };
    setErrors(found);
    if (!url || !code.trim() || (pin && !pin.success)) return;
    void busyWith(async () => {
      if (pin?.success) {
        const pinned = await getHost().pinOffice(pin.data);
        if (!pinned.ok) return void refused(pinned);
      }
      const seat = await enrollSeat(url, code.trim());
      if (!seat.ok) return void refused(seat);
      const next = { url, ...seat.value };
      setEnrolled(next);
      const asked = await previewJoin(db, next);
      if (!asked.ok) return void refused(asked);
      setPreview(asked.value);
    });
  }

  function join() {
    if (!enrolled) return;
    // Whoever joins the seat signs in at the office with it: the office takes the actor of each command from that session.
    if (operator && !password) return setPasswordError('validation.required');
    setPasswordError(undefined);
    void busyWith(async () => {
      const joined = await joinOffice(db, enrolled, book).catch((error: unknown) =>
        fail('office-unreachable', { url: enrolled.url }, String(error)),
      );
      if (!joined.ok) return void refused(joined);
      setEnrolled(null);
      setPreview(null);
      setCode('');
      setMessage({ kind: 'success', text: t('settings.office.joined', { name: enrolled.name }) });
      if (operator) {
        const proved = await proveToOffice(db, password, writeContext());
        setPassword('');
        if (!proved.ok) {
          setMessage({
            kind: 'error',
            text: `${t('settings.office.joined', { name: enrolled.name })} ${t('settings.office.joinedNotSignedIn', { reason: failureText(proved.error, t) })}`,
          });
        }
      }
      await startOffice(db, book);
    });
  }

  function leave() {
    void busyWith(async () => {
      stopOffice();
      await leaveOffice(db);
      setLeaving(false);
      setMessage({ kind: 'success', text: t('settings.office.left') });
    });
  }

  const outcome = message ? (
    <p className={message.kind === 'error' ? 'form-error' : 'form-success'} role={message.kind === 'error' ? 'alert' : 'status'}>
      {message.text}
    </p>
  ) : null;

  if (config === undefined) return null;
  if (config) {
    const waiting = status.state === 'single' ? 0 : status.waiting;
    return (
      <Panel title={t('settings.office.title')} className="office-panel">
        <p>
          {t('settings.office.member', { name: config.name, url: config.url, joinedAt: new Date(config.joinedAt).toLocaleDateString() })}
        </p>
        <p className="muted">
          {status.state === 'single'
            ? t('settings.office.starting')
            : status.state === 'in-step' && waiting === 0
              ? t('settings.office.status.in-stepNone')
              : t(`settings.office.status.${status.state}`, { count: waiting })}
        </p>
        {leaving ? (
          <div className="confirm">
            <p>{waiting > 0 ? t('settings.office.leaveConfirmWaiting', { count: waiting }) : t('settings.office.leaveConfirm')}</p>
            <button type="button" className="danger" disabled={busy} onClick={leave}>
              {t('settings.office.leave')}
            </button>
            <button type="button" disabled={busy} onClick={() => setLeaving(false)}>
              {t('common.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" disabled={busy || !mayJoin || drill} onClick={() => setLeaving(true)}>
            {t('settings.office.leave')}
          </button>
        )}
        {outcome}
      </Panel>
    );
  }

  return (
    <Panel title={t('settings.office.title')} className="office-panel">
      <p className="muted">{t('settings.office.intro')}</p>
      {!mayJoin && operator ? <p className="form-error">{t('settings.office.needsLeader', { name: operator.name })}</p> : null}
      {drill ? <p className="muted">{t('settings.office.drillLocked')}</p> : null}
      {preview && enrolled ? (
        <div className="office-preview">
          <p>
            {t(`settings.office.preview.${preview.way}`, {
              name: enrolled.name,
              seatRows: preview.seatRows,
              officeRows: preview.officeRows,
            })}
          </p>
          {preview.way === 'refused' ? (
            <p className="form-error" role="alert">
              {failureText(
                { code: 'office-join-own-records', params: { count: Object.values(preview.own).reduce((n, m) => n + (m ?? 0), 0) } },
                t,
              )}
            </p>
          ) : (
            <>
              {operator ? (
                <div className="field-row">
                  <Field label={t('settings.office.joinPassword', { name: operator.name })} error={passwordError}>
                    {(a) => (
                      <input
                        {...a}
                        type="password"
                        value={password}
                        autoComplete="current-password"
                        onChange={(e) => setPassword(e.target.value)}
                      />
                    )}
                  </Field>
                </div>
              ) : null}
              <button type="button" className="primary" disabled={busy} onClick={join}>
                {t('settings.office.join')}
              </button>
            </>
          )}
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setPreview(null);
              setEnrolled(null);
            }}
          >
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <form onSubmit={check} noValidate>
          <Field label={t('settings.office.address')} error={errors.address}>
            {(a) => <input {...a} value={address} placeholder="192.168.1.20:8443" onChange={(e) => setAddress(e.target.value)} />}
          </Field>
          <Field label={t('settings.office.code')} error={errors.code}>
            {(a) => <input {...a} value={code} autoComplete="off" onChange={(e) => setCode(e.target.value)} />}
          </Field>
          <Field label={t('settings.office.fingerprint')} error={errors.fingerprint} hint={t('settings.office.fingerprintHint')}>
            {(a) => (
              <input
                {...a}
                value={fingerprint}
                autoComplete="off"
                spellCheck={false}
                placeholder={t('settings.office.fingerprintPlaceholder')}
                onChange={(e) => setFingerprint(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="primary" disabled={busy || !mayJoin || drill}>
            {t('settings.office.check')}
          </button>
        </form>
      )}
      {outcome}
    </Panel>
  );
}
