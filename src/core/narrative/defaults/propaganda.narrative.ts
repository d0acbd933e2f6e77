/**
 * 宣传思想工作统计表 (a half-year): the period's work in groups (理论武装, 新闻宣传, 文化文明, 新媒体), each
 * a chain of verb + item + figure (受教育群众达…人次, 评选好人…人, 发布推文…条), then the news output against
 * the previous period (同比 or 环比, by the periods) and its first units with their figures.
 */
export const PROPAGANDA_NARRATIVE: readonly string[] = [
  "!verbs centerGroupStudy=开展 lectures=开展 lectureAudience= theoryArticles=刊发 newsArticles=刊发 infoSubmitted=报送 infoAdopted=被 specialColumns=推出",
  "!verbs culturalEvents=举办 culturalParticipants=吸引 goodPeople=评选 civilizedHouseholds=评选 volunteers=注册 volunteerService=开展 posts=发布",
  "!names centerGroupStudy=中心组学习 lectureAudience=受教育群众达 infoSubmitted=信息 infoAdopted=采用 culturalParticipants=群众参与 goodPeople=好人 followers=新媒体平台粉丝",
  "{region}{units|reporting}",
  "[{period}，]{region}宣传思想工作主要情况如下：{sections|groups}",
  "新闻稿件数量{newsArticles|change}",
  "新闻稿件数量排名前三的单位分别是{newsArticles|top(3, 值)}",
];
