export interface ExplorableItem {
  /** Tooltip lines: the first is the heading. */
  lines: string[];
  /** Where the tooltip points, in percent of the chart's box. */
  x: number;
  y: number;
}
