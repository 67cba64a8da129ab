// The board's filters and search, kept per session so leaving the board and coming back keeps them.
import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { EMPTY_FILTERS, type BoardFilters } from '../../db/board';

export const boardSlice = createSlice({
  name: 'board',
  initialState: EMPTY_FILTERS,
  reducers: {
    boardFilterChanged(state, action: PayloadAction<Partial<BoardFilters>>) {
      return { ...state, ...action.payload };
    },
    boardFiltersCleared() {
      return EMPTY_FILTERS;
    },
  },
});

export const { boardFilterChanged, boardFiltersCleared } = boardSlice.actions;
