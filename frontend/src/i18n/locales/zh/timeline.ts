import type { Catalogue } from '../../messages';

export default {
  'timeline.tab': '大事记',
  'timeline.heading': '大事记',
  'timeline.intro': '塑造这些通道的事件，按时间先后排列。选择一个事件，即可在地图上看到它涉及的内容，以及当年交通网的状况。',
  'timeline.translationNote': '事件原文为英文，俄文和中文文本为本图集自行翻译。',
  'timeline.clear': '取消选择',
  'timeline.list': '按日期排列的事件',
  'timeline.shown': '{title}：地图显示截至{year}年的状况',
  'timeline.sources': '来源：{count}',
  'timeline.accessed': '访问于{date}',
  'timeline.loading': '正在加载大事记…',
  'timeline.error': '无法加载大事记（{message}）。',
  'timeline.asOf.label': '交通网截至',
  'timeline.asOf.today': '今天',
  'timeline.asOf.now': '今天',
  'timeline.asOf.note': '以所选年份年底为准：已建成的线路照常显示，在建线路以虚线显示，尚未开工的不显示。',
  'timeline.popup.dates': '时间',
  'timeline.popup.events': '相关事件',
  'timeline.popup.opened': '开通',
  'timeline.popup.constructionStart': '开工',
  'timeline.popup.plannedSince': '规划始于',
} satisfies Catalogue;
