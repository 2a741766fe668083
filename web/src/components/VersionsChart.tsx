import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** Entries per list version over time: a drop or jump between versions shows at a glance. */
export function VersionsChart({ points }: { points: { at: string; entries: number }[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current || points.length < 2) return;
    const data: uPlot.AlignedData = [points.map((p) => Date.parse(p.at) / 1000), points.map((p) => p.entries)];
    const plot = new uPlot(
      {
        width: Math.min(720, box.current.clientWidth || 720),
        height: 180,
        scales: { x: { time: true } },
        series: [{}, { label: 'entries', stroke: '#1f5fa8', width: 2, points: { show: true } }],
        axes: [{}, { size: 60 }],
        legend: { show: false },
      },
      data,
      box.current,
    );
    return () => plot.destroy();
  }, [points]);
  if (points.length < 2) return null;
  return (
    <figure className="chart">
      <div ref={box} aria-hidden="true" />
      <figcaption className="small muted">
        Entries per version: {points.map((p) => p.entries).join(' → ')}
      </figcaption>
    </figure>
  );
}
