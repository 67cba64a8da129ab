// The session at this seat: the operator chosen at start, the display language and whether the
// console is rehearsing (演练) or working live. The mode picks which database is open.
import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { Locale } from '@shared/text';
import type { Mode } from '@shared/model';

export type SessionState = { operatorId: string | null; locale: Locale; mode: Mode };

const initialState: SessionState = { operatorId: null, locale: 'zh-CN', mode: 'live' };

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
    drillModeEntered(state) {
      state.mode = 'drill';
    },
    liveModeEntered(state) {
      state.mode = 'live';
    },
  },
});

export const { operatorChosen, operatorSignedOut, localeSwitched, drillModeEntered, liveModeEntered } = sessionSlice.actions;
