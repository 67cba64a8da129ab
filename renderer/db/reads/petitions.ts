// Reads of 信访事项 for the screens: a page of the newest, a search, one petition.
import type { Petition } from '@shared/petitions';
import { petitionStatistics } from '@shared/petitionStatistics';
import { newestPetitions, petitionById, petitionDays, searchPetitions, PETITION_PAGE } from '../petitions';
import { useRead } from './live';

export const useNewestPetitions = (pages: number): Petition[] | undefined =>
  useRead((db) => newestPetitions(db, PETITION_PAGE * pages), [pages]);

export const usePetitionSearch = (query: string): Petition[] | undefined => useRead((db) => searchPetitions(db, query), [query]);

export const usePetition = (id: string): Petition | undefined | null => useRead(async (db) => (await petitionById(db, id)) ?? null, [id]);

/** A period's petitions by month and outcome, from the days' running totals. */
export const usePetitionStatistics = (from: string, to: string) =>
  useRead(async (db) => petitionStatistics(await petitionDays(db, from, to)), [from, to]);
