// Chinese texts of rehearsal mode (演练模式): the banner, the watermark and the mode switch.
export const zhDrill = {
  banner: '演练模式 — 本画面所有数据均为演练数据，不影响正式工作',
  watermark: '演练',
  enter: '进入演练模式',
  leave: '返回正式模式',
  confirmEnter: '进入演练模式后，所有登记和处置只记入演练数据，不影响正式工作。确定进入？',
  confirmLeave: '返回正式模式后，将显示正式数据，演练数据保留在演练库中。确定返回？',
  confirm: '确定',
  cancel: '取消',
  dialog: '切换模式',
  tabs: { label: '演练导调', runs: '导调台', scenarios: '演练脚本库', notices: '演练通知' },
  onlyInDrill: '演练导调只在演练模式下使用。请先点击右上角“进入演练模式”。',
};
