/**
 * 宣传工作统计表: one group per part of the work (一是社会宣传方面，累计设置户外广告牌…；二是新闻宣传方面…),
 * each a chain of verb + item + figure (domain.md §6), and the units that handed out the most leaflets,
 * with their figures.
 */
export const PUBLICITY_NARRATIVE: readonly string[] = [
  "!动词 户外广告牌=设置 电子显示屏=设置 标语横幅=悬挂 宣传单=发放 倡议书/一封信=发放 入户宣传走访=开展 微信/QQ群信息=发送 短信=发送 宣传车=出动 小喇叭/流动音响=启用 村村通广播=播放",
  "!动词 新媒体刊发转发信息=刊发转发 媒体稿件=刊发 监测网络舆情=监测",
  "!名称 倡议书/一封信=倡议书（一封信） 微信/QQ群信息=微信群、QQ群信息 小喇叭/流动音响=小喇叭和流动音响 新媒体刊发转发信息=新媒体信息 监测网络舆情=网络舆情",
  "[截至{截至时间|时间(不含年)}，]{地区}{单位|报送情况}",
  "{地区}宣传工作开展情况如下：{各分组|分述}",
  "宣传单发放数量排名前三的单位分别是{宣传单|排名(3, 值)}",
];
