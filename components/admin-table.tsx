import type { ReactNode } from "react";

/** A registry listing: a captioned table that scrolls sideways on a phone instead of overflowing the page. */
export function AdminTable({
  caption,
  columns,
  rows,
  empty,
  testId,
  regionLabel,
}: {
  caption: string;
  columns: string[];
  rows: { key: string; cells: ReactNode[] }[];
  empty: string;
  testId?: string;
  /** Name of the scrolling region, in the reader's language; defaults to the caption with an English hint. */
  regionLabel?: string;
}) {
  if (rows.length === 0) return <p className="text-sm text-slate-700">{empty}</p>;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={regionLabel ?? `${caption} (scrolls sideways)`}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="text-slate-600">
            {columns.map((column) => (
              <th key={column} scope="col" className="py-1 pr-4 font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-slate-100 align-top" data-testid={testId}>
              {row.cells.map((cell, index) => (
                <td key={index} className="py-2 pr-4">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
