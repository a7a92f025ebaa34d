/**
 * dat.normand1999 (Normand, 1999; as distributed with metafor/metadat): length of hospital stay
 * under specialist care (n1, m1, sd1) and routine care (n2, m2, sd2), 9 studies.
 */
export const NORMAND: readonly (readonly [number, number, number, number, number, number])[] = [
  [155, 55, 47, 156, 75, 64],
  [31, 27, 7, 32, 29, 4],
  [75, 64, 17, 71, 119, 29],
  [18, 66, 20, 18, 137, 48],
  [8, 14, 8, 13, 18, 11],
  [57, 19, 7, 52, 18, 4],
  [34, 52, 45, 33, 41, 34],
  [110, 21, 16, 183, 31, 27],
  [60, 30, 27, 52, 23, 20],
];
