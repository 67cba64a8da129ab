// Reads of 演练计划与培训 for the screens (renderer/db/drillProgramme.ts).
import type { DrillMeasure, DrillPlanItem, Training } from '@shared/drillProgramme';
import { drillPlanOfYear, measuresOfDrills, openDrillMeasures, personProgrammeRecord, trainingsBetween } from '../drillProgramme';
import { useRead } from './live';

export const useDrillPlanOfYear = (year: number): DrillPlanItem[] | undefined => useRead((db) => drillPlanOfYear(db, year), [year]);

export const useMeasuresOfDrills = (planIds: readonly string[]): DrillMeasure[] | undefined =>
  useRead((db) => measuresOfDrills(db, planIds), [planIds.join(',')]);

export const useOpenDrillMeasures = (): DrillMeasure[] | undefined => useRead((db) => openDrillMeasures(db), []);

export const useTrainingsOfYear = (year: number): Training[] | undefined =>
  useRead((db) => trainingsBetween(db, `${year}-01-01`, `${year + 1}-01-01`), [year]);

export const usePersonProgrammeRecord = (personId: string) =>
  useRead(async (db) => (personId ? personProgrammeRecord(db, personId) : null), [personId]);
