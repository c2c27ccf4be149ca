// How many entries a search found, in words. Past the exact limit the total is an estimate from a
// sample: it is rounded to what the sample can tell (two significant digits) and said to be "about".

export function describeCount(count: number, exact: boolean): string {
  if (exact) return count.toLocaleString("en");
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(1, count))) - 1);
  return `about ${(Math.round(count / magnitude) * magnitude).toLocaleString("en")}`;
}

export function describeTotal(total: number, exact: boolean): string {
  return exact && total === 1 ? "1 entry" : `${describeCount(total, exact)} entries`;
}
