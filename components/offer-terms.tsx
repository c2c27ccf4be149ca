/** An offer's terms in words (lines from describeOffer): the permission, then prohibitions and duties. */
export function OfferTerms({ lines, testId }: { lines: string[]; testId?: string }) {
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800" data-testid={testId}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
