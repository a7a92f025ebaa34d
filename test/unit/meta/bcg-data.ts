/**
 * dat.bcg: 13 trials of the BCG vaccine against tuberculosis (Colditz et al., 1994,
 * JAMA 271(9):698-702), as shipped with metafor/metadat and printed in the metafor
 * README: https://github.com/wviechtb/metafor/blob/master/README.md ("Example").
 * tpos/tneg: TB positive/negative among vaccinated; cpos/cneg: among controls.
 */

export interface BcgTrial {
  trial: number;
  author: string;
  year: number;
  tpos: number;
  tneg: number;
  cpos: number;
  cneg: number;
}

export const DAT_BCG: readonly BcgTrial[] = [
  { trial: 1, author: 'Aronson', year: 1948, tpos: 4, tneg: 119, cpos: 11, cneg: 128 },
  { trial: 2, author: 'Ferguson & Simes', year: 1949, tpos: 6, tneg: 300, cpos: 29, cneg: 274 },
  { trial: 3, author: 'Rosenthal et al', year: 1960, tpos: 3, tneg: 228, cpos: 11, cneg: 209 },
  {
    trial: 4,
    author: 'Hart & Sutherland',
    year: 1977,
    tpos: 62,
    tneg: 13536,
    cpos: 248,
    cneg: 12619,
  },
  {
    trial: 5,
    author: 'Frimodt-Moller et al',
    year: 1973,
    tpos: 33,
    tneg: 5036,
    cpos: 47,
    cneg: 5761,
  },
  { trial: 6, author: 'Stein & Aronson', year: 1953, tpos: 180, tneg: 1361, cpos: 372, cneg: 1079 },
  { trial: 7, author: 'Vandiviere et al', year: 1973, tpos: 8, tneg: 2537, cpos: 10, cneg: 619 },
  { trial: 8, author: 'TPT Madras', year: 1980, tpos: 505, tneg: 87886, cpos: 499, cneg: 87892 },
  { trial: 9, author: 'Coetzee & Berjak', year: 1968, tpos: 29, tneg: 7470, cpos: 45, cneg: 7232 },
  { trial: 10, author: 'Rosenthal et al', year: 1961, tpos: 17, tneg: 1699, cpos: 65, cneg: 1600 },
  {
    trial: 11,
    author: 'Comstock et al',
    year: 1974,
    tpos: 186,
    tneg: 50448,
    cpos: 141,
    cneg: 27197,
  },
  { trial: 12, author: 'Comstock & Webster', year: 1969, tpos: 5, tneg: 2493, cpos: 3, cneg: 2338 },
  { trial: 13, author: 'Comstock et al', year: 1976, tpos: 27, tneg: 16886, cpos: 29, cneg: 17825 },
];

/** The trial as EffectInput events/totals (vaccinated = intervention). */
export function bcgCounts(t: BcgTrial): {
  eventsI: number;
  totalI: number;
  eventsC: number;
  totalC: number;
} {
  return { eventsI: t.tpos, totalI: t.tpos + t.tneg, eventsC: t.cpos, totalC: t.cpos + t.cneg };
}
