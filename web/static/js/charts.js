// Hand-written SVG charts: released answers with their noise interval, and budget gauges.
import { fmt } from './dp.js';

const NS = 'http://www.w3.org/2000/svg';
function s(tag, attrs = {}, text) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

// intervalChart draws value ± half on an axis from lo to hi: the 95% band, the point and
// tick labels. The title and description make it readable without sight.
export function intervalChart({ value, half, lo, hi, label, unit = '' }) {
  const W = 420, H = 86, L = 16, R = 16, Y = 40;
  if (!(hi > lo)) { hi = lo + 1; }
  const x = (v) => L + ((Math.min(Math.max(v, lo), hi) - lo) / (hi - lo)) * (W - L - R);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img', class: 'chart', 'aria-label': `${label}: ${fmt(value)}${unit}, 95% interval ${fmt(value - half)} to ${fmt(value + half)}` });
  svg.append(s('title', {}, `${label}: ${fmt(value)} ± ${fmt(half)}${unit}`));
  svg.append(s('line', { x1: L, x2: W - R, y1: Y + 18, y2: Y + 18, class: 'axis' }));
  for (let i = 0; i <= 4; i++) {
    const v = lo + ((hi - lo) * i) / 4;
    svg.append(s('line', { x1: x(v), x2: x(v), y1: Y + 14, y2: Y + 22, class: 'axis' }));
    svg.append(s('text', { x: x(v), y: Y + 36, 'text-anchor': 'middle', class: 'tick' }, fmt(v)));
  }
  svg.append(s('rect', { x: x(value - half), y: Y - 8, width: Math.max(x(value + half) - x(value - half), 2), height: 16, class: 'band', rx: 3 }));
  svg.append(s('line', { x1: x(value - half), x2: x(value - half), y1: Y - 12, y2: Y + 12, class: 'whisker' }));
  svg.append(s('line', { x1: x(value + half), x2: x(value + half), y1: Y - 12, y2: Y + 12, class: 'whisker' }));
  svg.append(s('circle', { cx: x(value), cy: Y, r: 6, class: 'point' }));
  const tx = Math.min(Math.max(x(value), 60), W - 60);
  svg.append(s('text', { x: tx, y: Y - 18, 'text-anchor': 'middle', class: 'value' }, `${fmt(value)} ± ${fmt(half)}${unit}`));
  return svg;
}

// gauge shows spent of total (epsilon) as a bar with a readable label; over-spend is red.
export function gauge(spent, total, { label = 'Privacy budget', pending = 0 } = {}) {
  const pct = total > 0 ? Math.min(spent / total, 1) : 0;
  const pend = total > 0 ? Math.min(pending / total, 1 - pct) : 0;
  const wrap = document.createElement('div');
  wrap.className = 'gauge' + (spent >= total && total > 0 ? ' gauge-full' : '');
  wrap.setAttribute('role', 'meter');
  wrap.setAttribute('aria-label', label);
  wrap.setAttribute('aria-valuemin', '0');
  wrap.setAttribute('aria-valuemax', String(total));
  wrap.setAttribute('aria-valuenow', String(spent));
  const text = `${label}: ε ${fmt(spent)} of ${fmt(total)} spent (${Math.round(pct * 100)}%)` + (pending ? `, ε ${fmt(pending)} planned` : '');
  wrap.setAttribute('aria-valuetext', text);
  const bar = document.createElement('div');
  bar.className = 'gauge-bar';
  const fill = document.createElement('div');
  fill.className = 'gauge-fill';
  fill.style.width = (pct * 100).toFixed(1) + '%';
  const plan = document.createElement('div');
  plan.className = 'gauge-plan';
  plan.style.width = (pend * 100).toFixed(1) + '%';
  bar.append(fill, plan);
  const cap = document.createElement('div');
  cap.className = 'gauge-label';
  cap.textContent = text;
  wrap.append(bar, cap);
  return wrap;
}
