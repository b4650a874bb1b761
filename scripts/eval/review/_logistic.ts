/**
 * L2-penalised logistic regression by Newton's method, on standardised
 * columns, returned as weights on the raw features (fit-term-model.ts). The
 * penalty keeps a fit on a few hundred judged pairs from leaning on rare
 * feature values; the intercept is not penalised.
 */
export interface Fit {
  intercept: number;
  weights: number[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function predict(fit: Fit, x: number[]): number {
  return sigmoid(x.reduce((z, v, j) => z + fit.weights[j]! * v, fit.intercept));
}

export function fitLogistic(xs: number[][], ys: boolean[], lambda = 1): Fit {
  const d = xs[0]!.length;
  const mean = Array.from({ length: d }, (_, j) => xs.reduce((s, x) => s + x[j]!, 0) / xs.length);
  const sd = mean.map((m, j) => Math.sqrt(xs.reduce((s, x) => s + (x[j]! - m) ** 2, 0) / xs.length) || 1);
  const rows = xs.map((x) => [1, ...x.map((v, j) => (v - mean[j]!) / sd[j]!)]);
  const w = new Array<number>(d + 1).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const g = new Array<number>(d + 1).fill(0);
    const h = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    rows.forEach((r, i) => {
      const p = sigmoid(r.reduce((z, v, j) => z + w[j]! * v, 0));
      const err = p - (ys[i] ? 1 : 0);
      const s = p * (1 - p);
      for (let a = 0; a <= d; a++) {
        g[a]! += err * r[a]!;
        for (let b = 0; b <= d; b++) h[a]![b]! += s * r[a]! * r[b]!;
      }
    });
    for (let a = 1; a <= d; a++) {
      g[a]! += lambda * w[a]!;
      h[a]![a]! += lambda;
    }
    const step = solve(h, g);
    let moved = 0;
    for (let a = 0; a <= d; a++) {
      w[a]! -= step[a]!;
      moved = Math.max(moved, Math.abs(step[a]!));
    }
    if (moved < 1e-9) break;
  }
  const weights = w.slice(1).map((v, j) => v / sd[j]!);
  const intercept = w[0]! - weights.reduce((s, v, j) => s + v * mean[j]!, 0);
  return { intercept, weights };
}

/** Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) x[r] = (m[r]![n]! - m[r]!.slice(r + 1, n).reduce((s, v, k) => s + v * x[r + 1 + k]!, 0)) / m[r]![r]!;
  return x;
}

/** Area under the ROC curve: the chance a useful pair outranks a not-useful one (ties half). */
export function auc(scores: number[], ys: boolean[]): number {
  const pos = scores.filter((_, i) => ys[i]);
  const neg = scores.filter((_, i) => !ys[i]);
  let wins = 0;
  for (const s of pos) for (const t of neg) wins += s > t ? 1 : s === t ? 0.5 : 0;
  return pos.length === 0 || neg.length === 0 ? NaN : wins / (pos.length * neg.length);
}
