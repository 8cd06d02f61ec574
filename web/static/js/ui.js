// Small DOM helpers shared by the pages: element building, status messages, field errors,
// downloads, token amounts and the account panel every role uses.
import { formatUnits } from '/static/vendor/ethers.min.js';
import { explain } from './api.js';
import { hasWallet } from './keys.js';

// el builds an element: el('p', {class: 'x', onclick: f}, 'text', child...).
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'class') e.className = v;
    else if (v === true) e.setAttribute(k, '');
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

export const $ = (sel, root = document) => root.querySelector(sel);

// say shows a message in box: kind is 'info', 'ok' or 'error' (errors are announced).
export function say(box, kind, text) {
  box.hidden = false;
  box.className = 'msg msg-' + kind;
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  box.textContent = text;
}

// busy runs f with button disabled and a message, showing any error clearly in box.
export async function busy(button, box, doing, f) {
  if (button) button.disabled = true;
  if (box && doing) say(box, 'info', doing);
  try {
    const r = await f();
    // The "doing" note goes once done, unless f said something else.
    if (box && doing && box.textContent === doing) box.hidden = true;
    return r;
  } catch (err) {
    if (box) say(box, 'error', explain(err));
    else console.error(err);
    return undefined;
  } finally {
    if (button) button.disabled = false;
  }
}

// Field errors: inputs carry data-field with the API's field path; the error goes right
// after the field, linked with aria-describedby.
export function clearFieldErrors(root) {
  for (const e of root.querySelectorAll('.field-error')) e.remove();
  for (const e of root.querySelectorAll('[aria-invalid]')) e.removeAttribute('aria-invalid');
}

// fieldFor finds the element for an API field path, or the closest enclosing one
// ("plan[0].epsilon", then "plan[0]", then "plan").
export function fieldFor(root, path) {
  let p = path;
  while (p) {
    const found = root.querySelector(`[data-field="${CSS.escape(p)}"]`);
    if (found) return found;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut > 0 ? p.slice(0, cut) : '';
  }
  return null;
}

export function showFieldError(root, path, message) {
  const target = fieldFor(root, path);
  if (!target) return null;
  const id = 'err-' + path.replace(/[^a-zA-Z0-9]/g, '-');
  const note = el('p', { class: 'field-error', id, role: 'alert' }, message);
  target.setAttribute('aria-invalid', 'true');
  target.setAttribute('aria-describedby', id);
  if (target.matches('input, select, textarea')) target.insertAdjacentElement('afterend', note);
  else target.append(note);
  return target;
}

export function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// Reward tokens have 18 decimals; the API counts base units.
export function tokens(base) {
  const s = formatUnits(BigInt(base || '0'), 18);
  return (s.endsWith('.0') ? s.slice(0, -2) : s) + ' MMR';
}

export function short(addr) {
  return addr ? addr.slice(0, 8) + '…' + addr.slice(-6) : '';
}

export function badge(status) {
  return el('span', { class: 'badge badge-' + String(status).toLowerCase() }, status);
}

export function mark(ok, yes, no) {
  return el('span', { class: ok ? 'mark mark-ok' : 'mark mark-bad' }, ok ? '✓ ' : '✗ ', ok ? yes : no);
}

// accountPanel renders the account box of a role into root and calls onChange(account) when
// it changes. opts.session adds Sign-In with Ethereum; opts.importLabel names the import.
export async function accountPanel(root, ring, opts, onChange) {
  const box = el('p', { class: 'msg', hidden: true });
  async function render() {
    root.replaceChildren();
    const acct = await ring.account();
    root.append(el('h2', {}, opts.title || 'Your account'));
    if (!acct) {
      const keyInput = el('input', { id: ring.role + '-import', type: 'password', autocomplete: 'off', spellcheck: 'false', 'data-field': 'key', placeholder: '0x…' });
      root.append(
        el('p', {}, opts.intro || 'Your key signs every action. It stays in this browser.'),
        el('div', { class: 'row' },
          el('button', { type: 'button', id: ring.role + '-create', onclick: () => { ring.create(); render(); } }, 'Create a key in this browser'),
          hasWallet() ? el('button', { type: 'button', id: ring.role + '-wallet', onclick: (ev) => busy(ev.target, box, 'Asking your wallet…', async () => { await ring.connectWallet(); await render(); }) }, 'Use my wallet') : null),
        el('details', {}, el('summary', {}, opts.importLabel || 'Import an existing private key'),
          el('label', { for: keyInput.id }, 'Private key (64 hex digits)'), keyInput,
          el('button', { type: 'button', id: ring.role + '-import-go', onclick: (ev) => busy(ev.target, box, '', async () => { ring.import(keyInput.value); await render(); }) }, 'Import')),
        box);
      onChange(null);
      return;
    }
    const sess = opts.session ? ring.session() : null;
    root.append(
      el('p', {}, 'Address ', el('code', { id: 'my-address', title: acct.address }, acct.address), ' ',
        el('span', { class: 'muted' }, acct.kind === 'wallet' ? '(your wallet)' : '(key kept in this browser)')),
      opts.session ? el('p', { id: 'session-state' }, sess ? `Signed in until ${new Date(sess.expires).toLocaleString()}.` : 'Not signed in.') : null,
      el('div', { class: 'row' },
        opts.session && !sess ? el('button', { type: 'button', id: 'sign-in', onclick: (ev) => busy(ev.target, box, 'Signing in…', async () => { await ring.signIn(acct); await render(); }) }, 'Sign in (Sign-In with Ethereum)') : null,
        opts.session && sess ? el('button', { type: 'button', class: 'secondary', onclick: async () => { await ring.signOut(); render(); } }, 'Sign out') : null,
        acct.kind === 'local' ? el('button', { type: 'button', class: 'secondary', onclick: () => { const k = ring.get('key'); prompt('Your private key — store it safely and never share it:', k); } }, 'Back up key') : null,
        el('button', { type: 'button', class: 'secondary', onclick: () => { if (confirm('Forget this account in this browser? Without a backup you lose access to it.')) { ring.forget(); render(); } } }, 'Forget')),
      box);
    onChange(acct, sess);
  }
  await render();
  return render;
}

// router calls routes by location.hash ("#study/3" -> routes.study('3')).
export function router(routes) {
  const go = () => {
    const [name, ...args] = location.hash.replace(/^#/, '').split('/');
    (routes[name] || routes[''])(...args);
  };
  window.addEventListener('hashchange', go);
  go();
  return go;
}

// reviewsList shows ethics boards' decisions with their rationale.
// LIVE are the statuses of an approved study whose analyses may run.
export const LIVE = ['APPROVED', 'RECRUITING'];
export function reviewsList(reviews) {
  if (!reviews || !reviews.length) return null;
  return el('section', { class: 'panel', id: 'reviews' }, el('h3', {}, 'Ethics review decisions'),
    el('ul', {}, ...reviews.map((r) => el('li', {},
      el('strong', {}, r.outcome.replace('_', ' ').toLowerCase()), ` by ${short(r.board)} on ${new Date(r.at).toLocaleString()}: `, r.rationale || '(no rationale given)',
      r.conditions.length ? el('ul', {}, ...r.conditions.map((c) => el('li', {}, 'Condition: ' + c))) : null))));
}

// show replaces root's content with the given nodes, skipping absent ones.
export function show(root, ...kids) {
  root.replaceChildren(...kids.flat().filter((k) => k !== null && k !== undefined && k !== false));
}
