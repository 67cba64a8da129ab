// Redux holds what is not data: who is at the console, the locale, the board's filters.
// Database rows stay in Dexie and are read with live queries.
import { configureStore } from '@reduxjs/toolkit';
import { useDispatch, useSelector } from 'react-redux';
import { boardSlice } from '../features/incidents/boardSlice';
import { persistModeSwitches, type ModeStorage } from '../features/session/consoleMode';
import { sessionSlice } from '../features/session/sessionSlice';

/** `modeStorage` is where the console's mode is kept for every window (the origin's localStorage). */
export function createStore(modeStorage: ModeStorage) {
  return configureStore({
    reducer: { session: sessionSlice.reducer, board: boardSlice.reducer },
    middleware: (defaults) => defaults().concat(persistModeSwitches(modeStorage)),
  });
}

export type AppStore = ReturnType<typeof createStore>;
export type RootState = ReturnType<AppStore['getState']>;
export const useAppDispatch = useDispatch.withTypes<AppStore['dispatch']>();
export const useAppSelector = useSelector.withTypes<RootState>();
