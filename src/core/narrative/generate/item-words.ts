/**
 * The words an item is written with in lists and chains, by field key: the verb before it (发放,
 * 张贴, 出动) and the name it goes by in a sentence when the form's label does not read well there
 * (新媒体刊发转发信息 → 新媒体信息). Templates set them with `!verbs` and `!names` lines.
 */
export interface ItemWords {
  verbs?: ReadonlyMap<string, string>;
  names?: ReadonlyMap<string, string>;
}

/** How a list of items treats the ones with nothing to state. */
export interface ListOptions {
  /**
   * State the items with nothing to report: a 0 as 0 (新增发热人员0人), an item with no data as
   * 暂无数据. By default both are left out, as a clerk leaves them out of a list.
   */
  keep?: boolean;
  /** Name at most this many items, and end the list with 等 when some were left unnamed. */
  limit?: number;
  /** End the list with 等 although every item is named (the template's items are a selection). */
  partial?: boolean;
}
