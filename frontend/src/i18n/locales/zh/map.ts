// Chinese (Simplified): the map's own words: legend, drawing a route.
// The project's own translation.
import type { Catalogue } from '../../messages';

export default {
  "legend.heading": "图例",
  "legend.note": "线路经所列车站和地点绘制；各要素的弹出窗口列有资料来源。",
  "legend.boundaries": "国界按Natural Earth的画法绘制：一国实际管辖而另一国主张主权的地区，界线随实际管辖国划定（克里米亚、阿克赛钦、吉尔吉特-巴尔蒂斯坦）；"
    + "自行宣布独立的地区仍留在主张其主权的国家之内（阿布哈兹、南奥塞梯）。斜线区域为争议地区。本地图对主权问题不持立场。",
  "draw.group": "绘制线路",
  "draw.hint": "点击地图添加点。",
  "draw.finish": "完成",
  "draw.cancel": "取消",
  "legend.summit": "峰会举办城市",
  "legend.dryPort": "无水港（换轨）",
  "legend.borderCrossing": "口岸",
  "legend.seaport": "海港",
  "legend.breakOfGauge": "换轨站",
  "legend.ckuRailway": "中吉乌铁路（在建）",
  "legend.corridorRail": "中间走廊（铁路）",
  "legend.corridorSea": "中间走廊（里海航线）",
  "legend.disputed": "争议地区或自行宣布独立的地区（Natural Earth）",
  "legend.gasPipeline": "天然气管道（中亚—中国，A—C线）",
  "legend.gasPipelineD": "天然气管道D线（停滞）",
  "legend.oilPipeline": "石油管道（哈萨克斯坦—中国）",
  "legend.road": "通往口岸的公路",
  "legend.roadCrossing": "公路口岸",
  "legend.visaMutual": "与中国双向免签（所选年份）",
  "legend.visaPartial": "单向免签或部分旅客免签",
  "legend.visaNone": "与中国无免签往来",
  "legend.missionCountry": "中国和中亚",
  "legend.otherCountry": "线路经过的其他国家",
  "draw.points.other": "已添加{count}个点。完成后点击“完成”。",
  "map.zoomIn": "放大",
  "map.zoomOut": "缩小",
  "map.closePopup": "关闭",
} satisfies Catalogue;
