/**
 * 宣传工作统计表: one group per part of the work (一是社会宣传方面，累计设置户外广告牌…；二是新闻宣传方面…),
 * each a chain of verb + item + figure (domain.md §6), and the units that handed out the most leaflets,
 * with their figures.
 */
export const PUBLICITY_NARRATIVE: readonly string[] = [
  "!verbs billboards=设置 ledScreens=设置 banners=悬挂 leaflets=发放 openLetters=发放 doorVisits=开展 groupMessages=发送 textMessages=发送 publicityVehicles=出动 loudspeakers=启用 villageBroadcast=播放",
  "!verbs newMediaPosts=刊发转发 mediaArticles=刊发 opinionsMonitored=监测",
  "!names openLetters=倡议书（一封信） groupMessages=微信群、QQ群信息 loudspeakers=小喇叭和流动音响 newMediaPosts=新媒体信息 opinionsMonitored=网络舆情",
  "[截至{cutoff|datetime(不含年)}，]{region}{units|reporting}",
  "{region}宣传工作开展情况如下：{sections|groups}",
  "宣传单发放数量排名前三的单位分别是{leaflets|top(3, 值)}",
];
