// 证据与附件清单 on paper: every file attached to the incident, in the order attached — what it is,
// to what, its size, who attached it and when, and its SHA-256, so a copy handed over later can be
// checked against the file. Printed in the incident summary and in the archive's 卷宗.
import { useTranslation } from 'react-i18next';
import { sizeText } from '@shared/attachmentFiles';
import type { Attachment } from '@shared/attachments';
import type { Complaint } from '@shared/model';
import { useConsole } from '../../db/DatabaseContext';
import { formatDateTime } from '../../ui/format';
import { PaperSection, PaperTable } from '../../ui/paper/Paper';

export function EvidenceTable({
  attachments,
  complaints,
  title,
}: {
  attachments: readonly Attachment[];
  complaints: readonly Complaint[];
  title?: string;
}) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const on = (a: Attachment) => {
    const kind = t(`attachments.onKind.${a.on.kind}`);
    const complaint = a.on.kind === 'complaint' ? complaints.find((c) => c.id === a.on.id) : undefined;
    return complaint ? `${kind} ${complaint.number}` : kind;
  };
  return (
    <PaperSection title={title ?? t('attachments.printed.title')} empty={attachments.length ? null : t('attachments.printed.none')}>
      <PaperTable
        className="evidence-list"
        columns={[
          { label: '#', className: 'col-seq' },
          t('attachments.printed.file'),
          { label: t('attachments.columns.type'), className: 'col-channel' },
          { label: t('attachments.columns.on'), className: 'col-name' },
          { label: t('attachments.columns.size'), className: 'col-channel' },
          { label: t('attachments.columns.by'), className: 'col-name' },
        ]}
      >
        {attachments.map((a, index) => (
          <tr key={a.id}>
            <td className="nowrap">{index + 1}</td>
            <td>
              <div>{a.name}</div>
              {a.label ? <div>{a.label}</div> : null}
              <div className="evidence-hash">
                {t('attachments.printed.hash')} {a.hash}
              </div>
            </td>
            <td className="nowrap">{t(`attachments.type.${a.type}`)}</td>
            <td>{on(a)}</td>
            <td className="nowrap">{sizeText(a.size)}</td>
            <td>
              <div>{a.byName}</div>
              <div className="nowrap">{formatDateTime(a.at, plan.utcOffsetMinutes)}</div>
            </td>
          </tr>
        ))}
      </PaperTable>
      {attachments.length ? <p className="muted small">{t('attachments.printed.count', { count: attachments.length })}</p> : null}
    </PaperSection>
  );
}
