// How many entries a search found. Past the exact limit the total is an estimate from a sample: it is
// rounded to what the sample can tell (two significant digits) and said to be "about" (the words and
// the digit grouping are the reader's: catalogue.results.total).

/** The count to show: an exact count as it is, an estimate rounded to two significant digits. */
export function shownCount(count: number, exact: boolean): number {
  if (exact) return count;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(1, count))) - 1);
  return Math.round(count / magnitude) * magnitude;
}

/** The values of catalogue.results.total for a total. */
export function totalValues(total: number, exact: boolean): { count: number; approximate: "true" | "false" } {
  return { count: shownCount(total, exact), approximate: exact ? "false" : "true" };
}
