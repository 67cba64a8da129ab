// The session at this seat: the operator chosen at start, the display language and whether the
// console is rehearsing (演练) or working live. The mode picks which database is open; it is one
// fact for every window of the console (see consoleMode.ts), so this slice only follows it.
import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { Locale } from '@shared/text';
import type { Mode } from '@shared/model';

export type SessionState = {
  operatorId: string | null;
  /** Whether the operator confirmed who they are in this window, rather than being only remembered from last time. */
  seated: boolean;
  locale: Locale;
  mode: Mode;
  /** The mode another window switched the console to, until the operator here has read why the screen changed. */
  switchedElsewhere: Mode | null;
};

const initialState: SessionState = { operatorId: null, seated: false, locale: 'zh-CN', mode: 'live', switchedElsewhere: null };

export const sessionSlice = createSlice({
  name: 'session',
  initialState,
  reducers: {
    /** Who sat here last, preselected in the picker; not yet anyone's confirmation. */
    operatorRemembered(state, action: PayloadAction<string>) {
      state.operatorId = action.payload;
    },
    operatorChosen(state, action: PayloadAction<string>) {
      state.operatorId = action.payload;
      state.seated = true;
    },
    operatorSignedOut(state) {
      state.operatorId = null;
      state.seated = false;
    },
    localeSwitched(state, action: PayloadAction<Locale>) {
      state.locale = action.payload;
    },
    /** The operator at this window switched the console into 演练. */
    drillModeEntered(state) {
      state.mode = 'drill';
      state.switchedElsewhere = null;
    },
    /** The operator at this window switched the console back to live work. */
    liveModeEntered(state) {
      state.mode = 'live';
      state.switchedElsewhere = null;
    },
    /** The mode the console was in when this window opened (or reloaded). */
    consoleModeFound(state, action: PayloadAction<Mode>) {
      state.mode = action.payload;
    },
    /** Another window switched the console; this one follows, whatever it was in the middle of. */
    modeSwitchedInAnotherWindow(state, action: PayloadAction<Mode>) {
      if (state.mode === action.payload) return;
      state.mode = action.payload;
      state.switchedElsewhere = action.payload;
    },
    modeSwitchNoticeDismissed(state) {
      state.switchedElsewhere = null;
    },
  },
});

export const {
  operatorRemembered,
  operatorChosen,
  operatorSignedOut,
  localeSwitched,
  drillModeEntered,
  liveModeEntered,
  consoleModeFound,
  modeSwitchedInAnotherWindow,
  modeSwitchNoticeDismissed,
} = sessionSlice.actions;
