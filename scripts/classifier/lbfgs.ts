/**
 * A limited-memory BFGS minimiser (full batch, deterministic: no randomness,
 * fixed order of every sum), with a backtracking line search on the Armijo
 * condition. Used to fit the purpose model; small and dependency-free so that
 * training is reproducible from the repository alone.
 */

/** Writes the gradient at `x` into `grad` and returns the objective. */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

export interface LbfgsOptions {
  memory?: number;
  maxIterations?: number;
  /** Stop when the largest gradient component is below this. */
  gradientTolerance?: number;
  /** Stop when the objective improves by less than this fraction. */
  relativeTolerance?: number;
}

export function minimise(
  f: Objective,
  x0: Float64Array,
  options: LbfgsOptions = {},
): { x: Float64Array; value: number; iterations: number } {
  const m = options.memory ?? 10;
  const maxIterations = options.maxIterations ?? 1000;
  const gtol = options.gradientTolerance ?? 1e-6;
  const rtol = options.relativeTolerance ?? 1e-10;
  const n = x0.length;
  let x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let fx = f(x, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const d = new Float64Array(n);
  const alpha = new Float64Array(m);
  let xNew = new Float64Array(n);
  let gNew = new Float64Array(n);
  let it = 0;
  for (; it < maxIterations; it++) {
    if (maxAbs(g) < gtol) break;
    // Two-loop recursion: d = -H g.
    for (let i = 0; i < n; i++) d[i] = -g[i]!;
    for (let j = S.length - 1; j >= 0; j--) {
      alpha[j] = rho[j]! * dot(S[j]!, d);
      axpy(-alpha[j]!, Y[j]!, d);
    }
    if (S.length > 0) {
      const last = S.length - 1;
      scale(d, dot(S[last]!, Y[last]!) / dot(Y[last]!, Y[last]!));
    } else {
      scale(d, 1 / Math.max(1, Math.sqrt(dot(g, g))));
    }
    for (let j = 0; j < S.length; j++) {
      const beta = rho[j]! * dot(Y[j]!, d);
      axpy(alpha[j]! - beta, S[j]!, d);
    }
    let slope = dot(g, d);
    if (slope >= 0) {
      // Not a descent direction (curvature went bad): restart from steepest descent.
      S.length = Y.length = rho.length = 0;
      for (let i = 0; i < n; i++) d[i] = -g[i]!;
      scale(d, 1 / Math.max(1, Math.sqrt(dot(g, g))));
      slope = dot(g, d);
    }
    let step = 1;
    let fNew = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < n; i++) xNew[i] = x[i]! + step * d[i]!;
      fNew = f(xNew, gNew);
      if (fNew <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew < fx)) break;
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = xNew[i]! - x[i]!;
      y[i] = gNew[i]! - g[i]!;
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      if (S.length === m) {
        S.shift();
        Y.shift();
        rho.shift();
      }
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
    }
    const improved = (fx - fNew) / Math.max(Math.abs(fx), Math.abs(fNew), 1);
    [x, xNew] = [xNew, x];
    [g, gNew] = [gNew, g];
    fx = fNew;
    if (improved < rtol) {
      it++;
      break;
    }
  }
  return { x, value: fx, iterations: it };
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i]! += a * x[i]!;
}

function scale(x: Float64Array, a: number): void {
  for (let i = 0; i < x.length; i++) x[i]! *= a;
}

function maxAbs(x: Float64Array): number {
  let m = 0;
  for (const v of x) m = Math.max(m, Math.abs(v));
  return m;
}
