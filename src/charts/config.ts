/** Tuning of the chart drawings, in one place: sizes in SVG user units (pixels at scale 1). */
export const CHART_CONFIG = {
  width: 960,
  height: 540,
  /** Room around the plot for the title, legend, axis labels and notes. */
  margin: { top: 92, right: 28, bottom: 64, left: 72 },
  /** Height of one line of notes under the plot. */
  noteLine: 15,
  font: {
    /** DejaVu Sans first: the font the PNG renderer is given (Debian fonts-dejavu-core). */
    family: "'DejaVu Sans', Verdana, Arial, sans-serif",
    title: 18,
    subtitle: 13,
    label: 12,
    small: 11,
  },
  /**
   * Average advance of a DejaVu Sans character in ems, used to lay out legends and wrap notes without
   * measuring text: a little wide, so that what is laid out by it never overlaps.
   */
  charWidthEm: 0.62,
  /** About how many value ticks an axis gets. */
  valueTicks: 6,
  /** At most this many time labels along an axis: more and they would run into each other. */
  maxTimeLabels: 16,
  /** Share of a bar slot left empty between neighbouring bars. */
  barGap: 0.2,
  colors: {
    background: '#ffffff',
    text: '#1a1a1a',
    muted: '#5f5f5f',
    grid: '#e3e3e3',
    axis: '#444444',
    gap: '#f1f1f1',
    event: '#8a8a8a',
  },
  /** Series colours, in order; distinguishable in greyscale print too. */
  palette: ['#1f5fa8', '#c0392b', '#6c6c6c', '#2e8b57', '#d98c1a', '#7b4fa0', '#8c564b'],
  /** PNG pixels per SVG unit: 2 gives a sharp 1920 x 1080 picture. */
  pngScale: 2,
  /** Font files handed to the PNG renderer, where present (Debian package fonts-dejavu-core). */
  fontFiles: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
  defaultFontFamily: 'DejaVu Sans',
} as const;
