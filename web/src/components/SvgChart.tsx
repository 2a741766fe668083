/**
 * A chart drawn by the server's chart code (src/charts, the same drawing `--chart FILE` writes), shown
 * as it is: the SVG is built from numbers and escaped text, and titled for screen readers; the figures
 * are also in a table beside it.
 */
export function SvgChart({ svg, caption }: { svg: string; caption: string }) {
  return (
    <figure className="chart svg-chart">
      <div dangerouslySetInnerHTML={{ __html: svg.replace(/^<\?xml[^>]*>\s*/, '') }} />
      <figcaption className="small muted">{caption}</figcaption>
    </figure>
  );
}
