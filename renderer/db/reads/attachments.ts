// Reads of 证据与附件 for the screens and the printed file: an incident's attachments, by index.
import type { Attachment } from '@shared/attachments';
import { attachmentsOf } from '../attachments';
import { useRead } from './live';

export const useAttachmentsOf = (incidentId: string): Attachment[] | undefined =>
  useRead((db) => attachmentsOf(db, incidentId), [incidentId]);
