// Chinese: the printed handout (print/handout.ts).
import type { Catalogue } from '../../messages';

export default {
  'print.caption': '本图显示：{layers}。',
  'print.asOf': '截至{year}年底的网络。',
  'print.asOfToday': '{year}年的网络。',
  'print.mapAlt': '地图：{title}',
  'print.permalink': '在线查看此视图',
  'print.scan': '扫描二维码或输入网址：',
  'print.qr': '此视图网址的二维码',
  'print.sources': '资料来源',
  'print.back': '返回地图',
} satisfies Catalogue;
