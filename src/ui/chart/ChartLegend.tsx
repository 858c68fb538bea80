/**
 * A chart's key as HTML under the plot rather than inside the fixed-height SVG: long names
 * wrap instead of being cut off at the chart's bottom edge. The PNG export draws it too
 * (`data-png-rect` swatches, `data-png-text` labels).
 */
export function ChartLegend({
  items,
  testId,
}: {
  items: readonly { key: string; label: string; color: string; dashed?: boolean }[];
  testId?: string;
}) {
  if (items.length === 0) return null;
  return (
    <ul className="chart-legend" data-testid={testId}>
      {items.map((item) => (
        <li key={item.key}>
          <span
            className={item.dashed ? 'chart-key dashed' : 'chart-key'}
            style={{ background: item.color }}
            data-png-rect=""
            aria-hidden="true"
          />
          <span data-png-text="">{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
