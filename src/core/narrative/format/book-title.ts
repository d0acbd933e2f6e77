/**
 * The name of a document or programme in title marks: 《防疫物资保障统计表》. A name already in 《》
 * is not wrapped twice, and a title inside the title takes the inner marks 〈〉, as the national
 * punctuation standard (GB/T 15834) asks: 《关于印发〈实施方案〉的通知》.
 */
export function bookTitle(name: string): string {
  const trimmed = name.trim();
  const bare = /^《[^《》]*(?:《[^《》]*》[^《》]*)*》$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
  return `《${bare.replace(/《/g, "〈").replace(/》/g, "〉")}》`;
}
