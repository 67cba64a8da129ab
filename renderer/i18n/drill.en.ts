// English texts of rehearsal mode: the banner, the watermark and the mode switch.
import type { Catalog } from './zh-CN';

export const enDrill: Catalog['drill'] = {
  banner: 'DRILL MODE — all data on this screen is drill data and does not affect live work',
  watermark: 'DRILL',
  enter: 'Enter drill mode',
  leave: 'Return to live mode',
  confirmEnter:
    'In drill mode every registration and action is recorded as drill data only and does not affect live work. Enter drill mode?',
  confirmLeave: 'Live data will be shown again; the drill data stays in the drill store. Return to live mode?',
  confirm: 'OK',
  cancel: 'Cancel',
  dialog: 'Switch mode',
  tabs: { label: 'Drills', runs: 'Trainer console', scenarios: 'Scenario library', notices: 'Drill notices' },
  onlyInDrill: 'Drills are run in rehearsal mode only. Choose “Enter rehearsal mode” at the top right first.',
};
