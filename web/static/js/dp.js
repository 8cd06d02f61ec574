// The noise in a released answer, from the plan: medmarket releases counts and bounded means
// with Laplace noise (google/differential-privacy dpagg, one contribution per patient).

// A Laplace variable with scale b is within ±b·ln(20) of zero 95% of the time.
const LN20 = Math.log(20);

// noiseOf describes the noise of query q's answer. n is the number of people in the answer,
// needed for a mean (the count released by the same study, or its participants).
export function noiseOf(q, n) {
  const eps = q.epsilon;
  if (q.aggregate === 'count') {
    const b = 1 / eps;
    return {
      scale: b, half95: b * LN20, exact: true,
      text: `Laplace noise of scale 1/ε = ${fmt(b)}; 95% of the time within ±${fmt(b * LN20)} of the true count.`,
    };
  }
  // BoundedMean spends ε/2 on a noisy count and ε/2 on a noisy sum of the values clamped to
  // [lower, upper]; the sum's noise scale is ((upper−lower)/2)/(ε/2) = (upper−lower)/ε, so the
  // mean is off by about that divided by n.
  const width = q.upper - q.lower;
  const people = Math.max(n || 0, 1);
  const b = width / (eps * people);
  return {
    scale: b, half95: b * LN20, exact: false,
    text: `Approximate: values clamped to [${q.lower}, ${q.upper}]; the noisy sum has Laplace scale (upper−lower)/ε = ${fmt(width / eps)}, so with about ${people} people the mean is within roughly ±${fmt(b * LN20)} (95%). Small cohorts make this wide.`,
  };
}

export function fmt(x) {
  if (!isFinite(x)) return String(x);
  const a = Math.abs(x);
  if (a !== 0 && (a < 0.001 || a >= 1e6)) return x.toExponential(2);
  return String(Math.round(x * 1000) / 1000);
}
