// The session at this seat: the operator chosen at start and the display language.
import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { Locale } from '@shared/text';

export type SessionState = { operatorId: string | null; locale: Locale };

const initialState: SessionState = { operatorId: null, locale: 'zh-CN' };

export const sessionSlice = createSlice({
  name: 'session',
  initialState,
  reducers: {
    operatorChosen(state, action: PayloadAction<string>) {
      state.operatorId = action.payload;
    },
    operatorSignedOut(state) {
      state.operatorId = null;
    },
    localeSwitched(state, action: PayloadAction<Locale>) {
      state.locale = action.payload;
    },
  },
});

export const { operatorChosen, operatorSignedOut, localeSwitched } = sessionSlice.actions;
