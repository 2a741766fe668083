/**
 * Reader of the USITC annual tariff database (`tariff_database_YYYY`), one row per HTS-8 line: the
 * rate texts of column 1 general (`mfn_text_rate`), column 1 special (`col1_special_text`) and column
 * 2 (`col2_text_rate`), with the line's validity dates. The pre-parsed numeric rate columns are not
 * used: the same rate-text parser reads every edition, so a rate means the same whatever its source.
 */

export interface TariffDatabaseLine {
  code: string;
  description: string;
  general: string;
  special: string;
  other: string;
  begins?: string;
  ends?: string;
}

export function tariffDatabaseLines(rows: Record<string, string>[]): TariffDatabaseLine[] {
  const lines: TariffDatabaseLine[] = [];
  for (const row of rows) {
    const code = (row.hts8 ?? '').trim();
    if (!/^\d{8}$/.test(code)) continue;
    const line: TariffDatabaseLine = {
      code,
      description: (row.brief_description ?? '').trim(),
      general: (row.mfn_text_rate ?? '').trim(),
      special: (row.col1_special_text ?? '').trim(),
      other: (row.col2_text_rate ?? '').trim(),
    };
    const begins = (row.begin_effect_date ?? '').trim();
    const ends = (row.end_effective_date ?? '').trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(begins)) line.begins = begins;
    if (/^\d{4}-\d{2}-\d{2}$/.test(ends)) line.ends = ends;
    lines.push(line);
  }
  return lines;
}
