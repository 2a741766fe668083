/** Deterministic synthetic customer files for the import tests and the store benchmark. */

const FIRST = ['Anna', 'Bernd', 'Chen', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiroshi', 'Ines', 'Jamal', 'Kofi', 'Lucia', 'Marek', 'Nadia', 'Omar', 'Priya'];
const LAST = ['Schmidt', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Rossi', 'Novak', 'Haddad', 'Silva', 'Kowalski', 'Fischer', 'Dubois', 'Jensen', 'Costa'];
const ORG_A = ['Northwind', 'Bluebay', 'Silverline', 'Redwood', 'Evergreen', 'Summit', 'Harbor', 'Pioneer', 'Crescent', 'Granite', 'Meridian', 'Orchid'];
const ORG_B = ['Logistics', 'Instruments', 'Components', 'Trading', 'Foods', 'Textiles', 'Software', 'Machinery', 'Optics', 'Polymers'];
const FORMS = ['GmbH', 'Ltd', 'LLC', 'S.A.', 'B.V.', 'Inc.', 'Oy', 'AG'];
const COUNTRIES = ['DE', 'GB', 'US', 'FR', 'JP', 'IT', 'NL', 'FI', 'BR', 'IN'];
/** Listed names (OFAC SDN) planted among the synthetic ones so that imports raise alerts. */
const LISTED = ['Kim Jong Un', 'Banco Nacional de Cuba', 'Islamic Revolutionary Guard Corps', 'Korea Mining Development Trading Corporation', 'Ali Khamenei'];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

/** CSV text with header id,name,type,country; one listed name every `listedEvery` rows. */
export function syntheticCustomersCsv(count: number, listedEvery = 200): string {
  const lines = ['id,name,type,country'];
  for (let i = 0; i < count; i++) {
    const id = `S${String(i).padStart(7, '0')}`;
    if (i % listedEvery === listedEvery - 1) {
      lines.push(`${id},${pick(LISTED, Math.floor(i / listedEvery))},,`);
    } else if (i % 2 === 0) {
      lines.push(`${id},${pick(FIRST, i * 7)} ${pick(LAST, i * 13 + (i >> 4))}-${(i % 97) + 1},person,${pick(COUNTRIES, i)}`);
    } else {
      lines.push(`${id},"${pick(ORG_A, i * 5)} ${pick(ORG_B, i * 3 + (i >> 5))} ${(i % 389) + 1} ${pick(FORMS, i)}",organization,${pick(COUNTRIES, i * 3)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
