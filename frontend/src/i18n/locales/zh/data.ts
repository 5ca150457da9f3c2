// Chinese (Simplified): the Data tab and the downloads' citations.
// The project's own translation.
import type { Catalogue } from '../../messages';

export default {
  "data.heading": "开放数据",
  "data.intro": "所有图层和表格，均附许可协议和引用格式。GIS软件可连接",
  "data.ogc": "（OGC API – Features）；API说明见",
  "data.as": "{title}（{format}）",
  "data.licence": "许可协议：",
  "data.citation": "引用格式",
  "data.citationFor": "{title}的引用格式",
  "data.citationText": "Corridor Atlas。{title}［数据集］。{url}（访问日期：{date}）。许可协议：{licence}。署名：{attribution}。",
  "data.collection.network-nodes": "网络节点",
  "data.collection.network-sections": "网络路段",
  "data.tradeTitle": "中国与中亚历年贸易",
  "data.tradeDescription": "中方统计和伙伴国统计的货物贸易，每个数值一行，均附资料来源；没有任何估算值。",
  "data.routesTitle": "线路对比",
  "data.routesTitlePart": "线路对比（第{part}部分，共{parts}部分）",
  "data.routesDescription": "{routes}：各线路按依据、运输方式和国家的长度、途经国家、过境次数、换轨次数、换装次数、运输时间和二氧化碳当量。",
  "data.volumesTitle": "逐年货运量",
  "data.volumesDescription": "各走廊逐年的货运量：每个报告方一个系列（统计口径不同的数字分开列出），每个数值一行，均附资料来源。JSON 还给出瓶颈环节的通过能力及其利用率。",
} satisfies Catalogue;
