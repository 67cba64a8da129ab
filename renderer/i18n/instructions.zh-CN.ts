// Chinese texts of the instructions screens (owned by that feature; merged into the catalog).
export const zhInstructions = {
  title: '指令收件箱',
};
