// Reads of 回访 for the screens: an incident's call-backs, the incidents owed one, a year's calls.
import type { CallBack } from '@shared/callBacks';
import type { Incident } from '@shared/model';
import { callBacksBetween, callBacksOf, incidentsDueCallBack } from '../callBacks';
import { useRead } from './live';

export const useIncidentCallBacks = (incidentId: string): CallBack[] | undefined =>
  useRead((db) => callBacksOf(db, incidentId), [incidentId]);

export const useIncidentsDueCallBack = (since: string): Incident[] | undefined => useRead((db) => incidentsDueCallBack(db, since), [since]);

export const useCallBacksBetween = (from: string, to: string): CallBack[] | undefined =>
  useRead((db) => callBacksBetween(db, from, to), [from, to]);
