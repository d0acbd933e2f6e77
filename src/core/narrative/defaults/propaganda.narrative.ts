/**
 * 宣传思想工作统计表 (a half-year): the period's work in groups (理论武装, 新闻宣传, 文化文明, 新媒体), each
 * a chain of verb + item + figure (受教育群众达…人次, 评选好人…人, 发布推文…条), then the news output against
 * the previous period (同比 or 环比, by the periods) and its first units with their figures.
 */
export const PROPAGANDA_NARRATIVE: readonly string[] = [
  "!动词 中心组学习=开展 宣讲=开展 受众= 理论文章=刊发 新闻稿件=刊发 信息报送=报送 采用=被 专题专版=推出",
  "!动词 文化活动=举办 参与群众=吸引 评选好人=评选 文明户=评选 志愿者=注册 志愿服务=开展 推文=发布",
  "!名称 中心组学习=中心组学习 受众=受教育群众达 信息报送=信息 采用=采用 参与群众=群众参与 评选好人=好人 粉丝=新媒体平台粉丝",
  "{地区}{单位|报送情况}",
  "[{报告期}，]{地区}宣传思想工作主要情况如下：{各分组|分述}",
  "新闻稿件数量{新闻稿件|变化}",
  "新闻稿件数量排名前三的单位分别是{新闻稿件|排名(3, 值)}",
];
