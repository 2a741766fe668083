/** A data row a trade parser could not read; `record` counts data rows from 0 (the header is not one). */
export interface RowProblem {
  record: number;
  reason: string;
}

/** What a trade parser makes of one file: the value, and the rows it left out and why. */
export interface Parsed<T> {
  value: T;
  rowsRead: number;
  problems: RowProblem[];
}

