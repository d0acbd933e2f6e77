/**
 * Groups are numbered 一是…；二是… only when there are at least two (domain.md §6: 一是 never stands
 * without 二是); a single group is written as a plain sentence.
 */
export const NUMBERING = Object.freeze({ minGroups: 2 });
