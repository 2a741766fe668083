/**
 * Rows of one ECCN whose conditions divide a paragraph between them: whichever way the condition
 * falls, one of the rows applies. When the destination carries every column of such a set, the
 * requirement is certain even though each row alone is a question.
 */
export const COMPLEMENTARY_ROWS: { eccn: string; paragraph: string; columns: string[]; basis: string }[] = [
  {
    eccn: '6A003',
    paragraph: 'b.4.b',
    columns: ['RS1', 'RS2'],
    basis: 'RS Column 1 covers 6A003.b.4.b cameras above 60 Hz or 111,000 elements or to be embedded in a civil product; RS Column 2 covers the rest of 6A003.b.4.b',
  },
];
