// Chinese texts of the notifications feature: the bell, the notification centre and the alerts'
// own words (which the host shows as desktop notices and the centre keeps as history).
export const zhNotifications = {
  title: '通知中心',
  bell: {
    // The count stays outside brackets: the badge shows it, and a name must say what is seen.
    label: '通知中心：{{count}} 条未确认',
    labelNone: '通知中心（无未确认通知）',
    latest: '未确认的通知',
    empty: '没有未确认的通知。',
    more: '另有 {{count}} 条未确认',
    viewAll: '查看全部',
  },
  burst: {
    title: '另有 {{count}} 条提醒',
    body: '请到通知中心逐条查看并确认。',
  },
  filter: {
    label: '显示范围',
    unacknowledged: '未确认',
    all: '全部',
  },
  kind: {
    level1: '一级事件',
    'due-soon': '即将到期',
    overdue: '已超时',
    'instruction-overdue': '指令逾期',
    'drill-inject': '演练注入',
    'report-due-soon': '报送即将到期',
    'report-overdue': '报送超时',
    'call-back-due': '回访到期',
    'drill-plan-due': '演练将至',
    'drill-plan-overdue': '演练逾期未办',
    'petition-due': '信访事项到期',
    'opinion-warning': '舆情预警',
  },
  list: '通知列表',
  firedAt: '提醒时间 {{at}}',
  dueAt: '应于 {{at}} 提醒',
  shownCount: '已提醒 {{times}} 次，最近一次 {{at}}',
  incident: '事件 {{number}}',
  petition: '信访事项 {{number}}',
  acknowledge: '确认',
  acknowledgeAll: '全部确认',
  acknowledgedBy: '{{name}} 于 {{at}} 确认',
  showing: '显示最近 {{count}} 条',
  empty: {
    unacknowledged: '没有未确认的通知。',
    all: '还没有任何通知。',
  },
  acknowledgedAll: '已确认 {{total}} 条通知。',
  alert: {
    level1: {
      title: '一级事件 {{number}}',
      body: '{{title}}。已定为一级投诉，请立即报告领导小组并启动一级响应。',
    },
    dueSoon: {
      title: '{{number}} {{stage}}即将到期',
      body: '{{title}}：{{stage}}期限为 {{deadline}}，请抓紧办理。',
    },
    overdue: {
      title: '{{number}} {{stage}}已超时',
      body: '{{title}}：{{stage}}期限 {{deadline}} 已过，请立即处理。',
    },
    instructionUnsigned: {
      title: '{{number}} 指令逾期未签收',
      body: '{{receiver}}：{{content}}（时限 {{deadline}}）',
    },
    instructionUnfinished: {
      title: '{{number}} 指令逾期未完成',
      body: '{{receiver}}：{{content}}（时限 {{deadline}}）',
    },
    reportDueSoon: {
      title: '{{number}} $t(reports.kind.{{report}})即将到期',
      body: '{{title}}：$t(reports.kind.{{report}})应于 {{deadline}} 前报送，请抓紧起草和审批。',
    },
    opinionWarning: {
      title: '舆情$t(opinion.warning.{{warning}})',
      body: '$t(opinion.platform.{{platform}})，估计触达 {{reach, number}} 人次：{{summary}}',
    },
    drillPlan: {
      title: '演练计划：{{scenario}}将于 {{day}} 举行',
      body: '年度演练计划中的“{{scenario}}”定于 {{day}} 举行，请通知参演小组、准备场地和材料。',
    },
    drillPlanOverdue: {
      title: '演练计划：{{scenario}}（{{day}}）尚未举行',
      body: '年度演练计划中的“{{scenario}}”原定 {{day}} 举行，至今未记录出勤。请举行后记录出勤，或取消该计划。',
    },
    petition: {
      title: '{{number}} 信访事项即将到期',
      body: '{{subject}}：应于 {{deadline}} 前$t(petitions.duty.{{duty}})。',
    },
    callBack: {
      title: '{{number}} 回访到期',
      body: '{{title}}：已结案事件应于 {{deadline}} 回访投诉人，请记录回访结果和满意度。',
    },
    reportOverdue: {
      title: '{{number}} $t(reports.kind.{{report}})已超时',
      body: '{{title}}：$t(reports.kind.{{report}})应于 {{deadline}} 前报送，现已超时，请立即报送。',
    },
  },
  // The desktop notice's body: only numbers, stages and deadlines, since the host keeps its
  // notices in a file outside the database; the names and the matter stay in the console.
  desktop: {
    level1: '已定为一级投诉，请立即报告领导小组并启动一级响应。',
    'due-soon': '{{stage}}期限为 {{deadline}}，请抓紧办理。',
    overdue: '{{stage}}期限 {{deadline}} 已过，请立即处理。',
    'instruction-overdue': '指令时限 {{deadline}} 已过，详情请在指挥台查看。',
    'drill-inject': '演练 {{run}} 有新的情景注入，详情请在指挥台查看。',
    'report-due-soon': '$t(reports.kind.{{report}})应于 {{deadline}} 前报送。',
    'report-overdue': '$t(reports.kind.{{report}})应于 {{deadline}} 前报送，现已超时。',
    'call-back-due': '已结案事件应于 {{deadline}} 回访投诉人。',
    'drill-plan-due': '年度演练计划中有一次演练即将举行，详见演练计划与培训。',
    'drill-plan-overdue': '年度演练计划中有一次演练已过期未记录出勤，详见演练计划与培训。',
    'petition-due': '信访事项应于 {{deadline}} 前办理。',
    'opinion-warning': '$t(opinion.platform.{{platform}})出现$t(opinion.warning.{{warning}})舆情，详情请在指挥台查看。',
  },
  refusal: {
    'notice-not-found': '找不到该通知，可能已被清除。',
    'notice-already-acknowledged': '该通知已由 {{name}} 确认。',
  },
} as const;
