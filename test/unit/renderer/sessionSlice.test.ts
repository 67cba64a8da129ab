// The seat's session: rehearsal mode is entered and left as events and never touches the rest;
// a switch made in another window is followed and remembered until the operator has read it.
import { describe, expect, it } from 'vitest';
import {
  consoleModeFound,
  drillModeEntered,
  liveModeEntered,
  modeSwitchedInAnotherWindow,
  localeSwitched,
  operatorChosen,
  operatorRemembered,
  operatorSignedOut,
  sessionSlice,
  type SessionState,
} from '../../../renderer/features/session/sessionSlice';

const reduce = (state: SessionState | undefined, ...actions: Parameters<typeof sessionSlice.reducer>[1][]) =>
  actions.reduce((s, a) => sessionSlice.reducer(s, a), state ?? sessionSlice.reducer(undefined, { type: '@@init' }));

describe('session mode', () => {
  it('starts in live work', () => {
    expect(reduce(undefined).mode).toBe('live');
  });

  it('enters the drill and returns to live work', () => {
    const drilling = reduce(undefined, drillModeEntered());
    expect(drilling.mode).toBe('drill');
    expect(reduce(drilling, liveModeEntered()).mode).toBe('live');
  });

  it('keeps the operator and the language across a switch', () => {
    const state = reduce(undefined, operatorChosen('p-1'), localeSwitched('en'), drillModeEntered(), liveModeEntered(), drillModeEntered());
    expect(state).toEqual({ operatorId: 'p-1', seated: true, locale: 'en', mode: 'drill', switchedElsewhere: null });
  });

  it('opens in the mode the console was found in, with nothing to explain', () => {
    const state = reduce(undefined, consoleModeFound('drill'));
    expect(state.mode).toBe('drill');
    expect(state.switchedElsewhere).toBeNull();
  });

  it('follows a switch made in another window and remembers to say so', () => {
    const state = reduce(undefined, operatorChosen('p-1'), modeSwitchedInAnotherWindow('drill'));
    expect(state).toEqual({ operatorId: 'p-1', seated: true, locale: 'zh-CN', mode: 'drill', switchedElsewhere: 'drill' });
  });

  it('has nothing to say when another window confirms the mode this window is already in', () => {
    const state = reduce(undefined, drillModeEntered(), modeSwitchedInAnotherWindow('drill'));
    expect(state.switchedElsewhere).toBeNull();
  });
});

describe('the operator at the seat', () => {
  it('preselects who sat here last without signing them in', () => {
    const state = reduce(undefined, operatorRemembered('p-1'));
    expect(state.operatorId).toBe('p-1');
    expect(state.seated).toBe(false);
  });

  it('signs in the operator who confirms, and signs them out again', () => {
    const seated = reduce(undefined, operatorRemembered('p-1'), operatorChosen('p-2'));
    expect(seated).toMatchObject({ operatorId: 'p-2', seated: true });
    expect(reduce(seated, operatorSignedOut())).toMatchObject({ operatorId: null, seated: false });
  });
});
