// The drill notice on paper, laid out as a Chinese official document (GB/T 9704-2012): the red
// 发文机关标志 and 文号 over a red rule, the title, 主送, the body under 一、二、三… headings,
// the signature and 成文日期 on the right, and the 版记 (抄送, 印发) between rules at the end.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { chineseNumeral, drillContents, paragraphs, type DrillNotice } from '@shared/drillNotice';
import type { Locale } from '@shared/text';
import { drillTimeSpan, noticeDate } from './noticeText';

type Section = { key: string; title: string; body: ReactNode };

/** A 发文机关标志 shrinks as the name grows, so a long name still fits the type area on one line. */
function issuerSize(issuer: string): string {
  const length = [...issuer].length;
  if (length <= 11) return 'size-l';
  if (length <= 14) return 'size-m';
  if (length <= 18) return 'size-s';
  return 'size-xs';
}

const withoutColon = (text: string) => text.replace(/[:：]\s*$/, '');

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {paragraphs(text).map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </>
  );
}

export function OfficialNotice({ notice, scenarioTitle, locale }: { notice: DrillNotice; scenarioTitle: string | null; locale: Locale }) {
  const { t } = useTranslation();
  const numbered = (key: 'drillNotice.print.heading' | 'drillNotice.print.subheading', i: number, title: string) =>
    t(key, { cn: chineseNumeral(i + 1), n: i + 1, title });
  const contents = drillContents(notice);
  const sections: Section[] = [
    { key: 'purpose', title: t('drillNotice.print.section.purpose'), body: <Paragraphs text={notice.purpose} /> },
    {
      key: 'timePlace',
      title: t('drillNotice.print.section.timePlace'),
      body: (
        <>
          <p>{t('drillNotice.print.time', { time: drillTimeSpan(notice.startsAt, notice.endsAt, locale, t) })}</p>
          <p>{t('drillNotice.print.place', { place: notice.place })}</p>
        </>
      ),
    },
    {
      key: 'content',
      title: t('drillNotice.print.section.content'),
      body: (
        <>
          {scenarioTitle ? <p>{t('drillNotice.print.scenario', { title: scenarioTitle })}</p> : null}
          {contents.map(({ kind, text }, i) => {
            const [first = '', ...rest] = paragraphs(text);
            return (
              <div key={kind} className="on-subsection">
                <p>
                  <span className="on-subheading">{numbered('drillNotice.print.subheading', i, t(`drillNotice.form.kind.${kind}`))}</span>
                  {first}
                </p>
                {rest.map((line, j) => (
                  <p key={j}>{line}</p>
                ))}
              </div>
            );
          })}
        </>
      ),
    },
    {
      key: 'people',
      title: t('drillNotice.print.section.people'),
      body: (
        <>
          <p>{t('drillNotice.print.participants', { text: notice.participants })}</p>
          <p>{t('drillNotice.print.personInCharge', { name: notice.personInCharge })}</p>
        </>
      ),
    },
    ...(notice.preparation
      ? [{ key: 'preparation', title: t('drillNotice.print.section.preparation'), body: <Paragraphs text={notice.preparation} /> }]
      : []),
    ...(notice.requirements
      ? [{ key: 'requirements', title: t('drillNotice.print.section.requirements'), body: <Paragraphs text={notice.requirements} /> }]
      : []),
  ];
  const issuedOn = noticeDate(notice.issuedOn, locale);

  return (
    // lang lets the browser pick the right glyphs and line breaking for the words on the page.
    <article className="official-notice" aria-label={t('drillNotice.print.document')} lang={locale}>
      <header className="on-masthead">
        <p className={`on-issuer ${issuerSize(notice.issuer)}`}>{notice.issuer}</p>
        {notice.docNumber ? <p className="on-doc-number">{notice.docNumber}</p> : null}
        <hr className="on-red-rule" />
      </header>
      <h1 className="on-title">{notice.title}</h1>
      {notice.addressees ? (
        <p className="on-addressees">{t('drillNotice.print.addressees', { text: withoutColon(notice.addressees) })}</p>
      ) : null}
      <div className="on-body">
        {sections.map((section, i) => (
          <section key={section.key} aria-label={section.title}>
            <h2>{numbered('drillNotice.print.heading', i, section.title)}</h2>
            {section.body}
          </section>
        ))}
        <p className="on-closing">{t('drillNotice.print.closing')}</p>
      </div>
      <div className="on-signature">
        <p>{notice.issuer}</p>
        <p>{issuedOn}</p>
      </div>
      {/* 版记: on the last page, between a thick rule above and below and thin ones inside. */}
      <footer className="on-record">
        {notice.copyTo ? <p className="on-copy-to">{t('drillNotice.print.copyTo', { text: withoutColon(notice.copyTo) })}</p> : null}
        <p className="on-printed">
          <span>{notice.issuer}</span>
          <span>{t('drillNotice.print.printedOn', { date: issuedOn })}</span>
        </p>
      </footer>
    </article>
  );
}
