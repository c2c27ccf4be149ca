// A small accessible horizontal bar chart in plain SVG: the numbers are also in a visually hidden table.

export function BarChart({ title, rows, noData }: { title: string; rows: { label: string; value: number }[]; noData: string }) {
  const max = Math.max(1, ...rows.map((row) => row.value));
  const barHeight = 22;
  const labelWidth = 170;
  const width = 480;
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="mb-2 text-sm font-semibold text-slate-900">{title}</figcaption>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{noData}</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${width} ${rows.length * (barHeight + 6)}`} className="w-full" role="img" aria-label={title}>
            {rows.map((row, index) => {
              const y = index * (barHeight + 6);
              const barWidth = ((width - labelWidth - 40) * row.value) / max;
              return (
                <g key={row.label}>
                  <text x={0} y={y + 15} fontSize="12" fill="#334155">
                    {row.label.length > 26 ? `${row.label.slice(0, 25)}…` : row.label}
                  </text>
                  <rect x={labelWidth} y={y} width={Math.max(2, barWidth)} height={barHeight} rx={3} fill="#0f766e" />
                  <text x={labelWidth + barWidth + 6} y={y + 15} fontSize="12" fill="#0f172a">
                    {row.value}
                  </text>
                </g>
              );
            })}
          </svg>
          {/* In a box: a table ignores width and overflow, so an sr-only table would still span its longest label. */}
          <div className="sr-only">
            <table>
              <caption>{title}</caption>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{row.label}</th>
                    <td>{row.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </figure>
  );
}
