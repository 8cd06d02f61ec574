// The patient's page: a master key kept in the browser (or derived from a wallet signature),
// consent preferences by GA4GH DUO category, matching studies, opt in and revoke by signing
// with a per-study pseudonymous key, rewards, and every computation that used their record.
import { gql, explain } from './api.js';
import { studyKey, newMaster, masterFromWallet, hasWallet, consentScope, signAuth, deadline } from './keys.js';
import { el, $, say, busy, tokens, short, badge, showFieldError, clearFieldErrors, show } from './ui.js';
import { duoLabel, permissions, modifiers } from './duo.js';

const store = {
  get: (k) => localStorage.getItem('medmarket.patient.' + k) || '',
  set: (k, v) => (v ? localStorage.setItem('medmarket.patient.' + k, v) : localStorage.removeItem('medmarket.patient.' + k)),
};
const view = $('#view');
const keyBox = $('#account');

function master() { return store.get('master'); }
function prefs() {
  try { return JSON.parse(store.get('prefs')) || { permitted: [], required: [] }; } catch (e) { return { permitted: [], required: [] }; }
}
function joined() {
  try { return JSON.parse(store.get('studies')) || []; } catch (e) { return []; }
}
function remember(id) {
  const l = joined();
  if (!l.includes(String(id))) { l.push(String(id)); store.set('studies', JSON.stringify(l)); }
}

function renderKey() {
  const box = el('p', { class: 'msg', hidden: true });
  keyBox.replaceChildren(el('h2', {}, 'Your key'));
  if (!master()) {
    const imp = el('input', { id: 'master-import', type: 'password', autocomplete: 'off', 'data-field': 'master' });
    keyBox.append(
      el('p', {}, 'One master key, kept only in this browser, gives you a different pseudonymous address for every study, so nobody can link your consents.'),
      el('div', { class: 'row' },
        el('button', { type: 'button', id: 'create-master', onclick: () => { store.set('master', newMaster()); start(); } }, 'Create my key'),
        hasWallet() ? el('button', { type: 'button', id: 'wallet-master', onclick: (ev) => busy(ev.target, box, 'Asking your wallet to sign…', async () => { store.set('master', await masterFromWallet()); start(); }) }, 'Derive it from my wallet') : null),
      el('details', {}, el('summary', {}, 'Restore a backed-up key'), el('label', { for: 'master-import' }, 'Master key (64 hex digits)'), imp,
        el('button', { type: 'button', onclick: () => {
          const v = imp.value.trim().replace(/^(?!0x)/, '0x');
          if (!/^0x[0-9a-fA-F]{64}$/.test(v)) { say(box, 'error', 'A master key is 64 hexadecimal digits.'); return; }
          store.set('master', v); start();
        } }, 'Restore')),
      box);
    return false;
  }
  keyBox.append(el('p', {}, 'Your master key is kept in this browser. Study addresses are derived from it; the server never sees it.'),
    el('div', { class: 'row' },
      el('button', { type: 'button', class: 'secondary', onclick: () => prompt('Your master key — write it down and keep it secret:', master()) }, 'Back up key'),
      el('button', { type: 'button', class: 'secondary', onclick: () => { if (confirm('Forget your key in this browser? Without a backup you cannot revoke or collect rewards.')) { store.set('master', ''); start(); } } }, 'Forget')));
  return true;
}

function start() {
  if (!renderKey()) { show(view, ); return; }
  const p = prefs();
  const box = el('p', { class: 'msg', hidden: true, id: 'prefs-msg' });
  const ref = el('input', { id: 'patient-ref', type: 'text', autocomplete: 'off', spellcheck: 'false', value: store.get('ref'), 'data-field': 'patientRef', 'aria-describedby': 'ref-hint' });
  const choice = (code, group) => el('label', { class: 'choice' }, el('input', { type: 'checkbox', name: group, value: code, id: `${group}-${code.slice(4)}`, checked: p[group].includes(code) }), ' ', duoLabel(code));
  const form = el('form', { id: 'prefs', class: 'panel' },
    el('h2', {}, 'Your vault and your consent preferences'),
    el('div', { class: 'field' }, el('label', { for: 'patient-ref' }, 'Your vault handle'), el('span', { class: 'hint', id: 'ref-hint' }, 'The handle your hospital or patient cooperative gave you. It opens your own access log and lets the vault check eligibility; it is never shown to researchers.'), ref),
    el('fieldset', { class: 'choices', 'data-field': 'preferences.permitted' }, el('legend', {}, 'I allow my data to be used for (data-use categories)'), ...permissions.map((c) => choice(c, 'permitted'))),
    el('details', {}, el('summary', {}, 'Conditions every study must honour'),
      el('fieldset', { class: 'choices', 'data-field': 'preferences.required' }, el('legend', {}, 'Required conditions'), ...modifiers.map((c) => choice(c, 'required')))),
    el('div', { class: 'row' }, el('button', { type: 'submit', id: 'find-studies' }, 'Save and show matching studies')), box);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const np = {
      permitted: [...form.querySelectorAll('input[name=permitted]:checked')].map((c) => c.value),
      required: [...form.querySelectorAll('input[name=required]:checked')].map((c) => c.value),
    };
    store.set('prefs', JSON.stringify(np));
    store.set('ref', ref.value.trim());
    loadStudies();
  });
  show(view, form,
    el('section', { id: 'matching', 'aria-live': 'polite' }),
    el('section', { id: 'mine' }),
    el('section', { id: 'mydata', class: 'panel' }));
  if (p.permitted.length) loadStudies();
  loadMyData();
}

function describe(q) {
  return q.aggregate === 'mean' ? `the average ${q.field} (${q.lower}–${q.upper})` : 'how many participants fit';
}

function studyCard(s, inStudy, box) {
  const key = studyKey(master(), s.id);
  const card = el('article', { class: 'study-card', id: 'study-card-' + s.id, 'aria-labelledby': 'study-title-' + s.id },
    el('h3', { id: 'study-title-' + s.id }, s.title, ' ', badge(s.status)),
    s.summary ? el('p', {}, s.summary) : null,
    el('p', {}, `Sponsor: ${s.sponsor || '—'}. Reward: ${tokens(s.rewardPerParticipant)}. ${s.consents} of ${s.participantCap} places taken.`),
    el('p', {}, 'Data use: ' + s.dataUse.map(duoLabel).join('; ')),
    el('p', {}, 'It asks: ' + s.plan.map(describe).join('; ') + '. Only noisy totals leave the vault.'),
    el('p', { class: 'hint' }, 'Your address for this study: ', el('code', {}, short(key.address))));
  const actions = el('div', { class: 'row' });
  if (inStudy) {
    card.append(el('p', { class: 'msg msg-ok joined' }, 'You are taking part.'));
    actions.append(el('button', { type: 'button', class: 'secondary revoke', id: 'revoke-' + s.id, onclick: (ev) => busy(ev.target, box, 'Signing your revocation…', async () => {
      const n = await gql('query($a: String!) { nonces(address: $a) { consent } }', { a: key.address });
      const auth = await signAuth(key, 'consent', 'Revoke', { studyId: s.id, participant: key.address, nonce: n.nonces.consent, deadline: deadline(30) });
      await gql('mutation($id: ID!, $p: String!, $a: AuthInput!) { revokeConsent(studyId: $id, participant: $p, auth: $a) }', { id: s.id, p: key.address, a: auth });
      await loadStudies();
      say($('#studies-msg'), 'ok', `Consent to study ${s.id} revoked. No later computation will use your data.`);
    }) }, 'Revoke my consent'));
  } else if (s.status === 'RECRUITING') {
    actions.append(el('button', { type: 'button', class: 'optin', id: 'optin-' + s.id, onclick: (ev) => busy(ev.target, box, 'Signing your consent…', async () => {
      const ref = store.get('ref');
      if (!ref) { clearFieldErrors(document); showFieldError(document, 'patientRef', 'Enter your vault handle to opt in.'); throw new Error('enter your vault handle first.'); }
      const n = await gql('query($a: String!) { nonces(address: $a) { consent } }', { a: key.address });
      const consent = { studyId: s.id, participant: key.address, scope: consentScope(s.dataUse), expiry: String(Math.floor(Date.now() / 1000) + 365 * 86400) };
      const auth = await signAuth(key, 'consent', 'Consent', { ...consent, nonce: n.nonces.consent, deadline: deadline(30) });
      say(box, 'info', 'Recording your consent on chain…');
      await gql('mutation($c: ConsentInput!, $ref: String!, $a: AuthInput!) { optIn(consent: $c, patientRef: $ref, auth: $a) }', { c: consent, ref, a: auth });
      remember(s.id);
      await loadStudies();
      say($('#studies-msg'), 'ok', `You joined study ${s.id}. You can revoke at any time.`);
    }) }, 'Opt in (sign my consent)'));
  }
  card.append(actions);
  return card;
}

async function loadStudies() {
  const box = el('p', { class: 'msg', hidden: true, id: 'studies-msg' });
  const root = $('#matching');
  show(root, el('h2', {}, 'Studies that fit your preferences'), box, el('p', {}, 'Looking…'));
  const p = prefs();
  const ref = store.get('ref');
  const fields = 'id title summary sponsor status dataUse rewardPerParticipant participantCap consents plan { aggregate field lower upper epsilon }';
  try {
    const d = await gql(`query($p: ConsentPreferencesInput!, $ref: String) { matchingStudies(preferences: $p, patientRef: $ref) { ${fields} } }`,
      { p: { permitted: p.permitted, required: p.required }, ref: ref || null });
    const list = d.matchingStudies;
    const states = await Promise.all(list.map((s) => gql('query($id: ID!, $a: String!) { consentValid(studyId: $id, participant: $a) }', { id: s.id, a: studyKey(master(), s.id).address }).then((x) => x.consentValid)));
    show(root, el('h2', {}, 'Studies that fit your preferences'), box,
      list.length ? el('div', { class: 'cards' }, ...list.map((s, i) => studyCard(s, states[i], box))) : el('p', {}, 'No approved study fits your preferences right now.'));
    // Studies joined earlier that no longer match (closed, or preferences changed).
    const shown = new Set(list.map((s) => s.id));
    const others = joined().filter((id) => !shown.has(id));
    const mine = $('#mine');
    mine.replaceChildren();
    if (others.length) {
      const rows = [];
      for (const id of others) {
        const x = await gql(`query($id: ID!, $a: String!) { study(id: $id) { ${fields} } consentValid(studyId: $id, participant: $a) }`, { id, a: studyKey(master(), id).address });
        if (x.study) rows.push(studyCard(x.study, x.consentValid, box));
      }
      if (rows.length) mine.append(el('h2', {}, 'Other studies you joined'), el('div', { class: 'cards' }, ...rows));
    }
  } catch (err) {
    clearFieldErrors(document);
    if (err.field) showFieldError(document, err.field.startsWith('preferences') ? err.field.replace(/\[\d+\]$/, '') : err.field, err.message);
    show(root, el('h2', {}, 'Studies that fit your preferences'), el('p', { class: 'msg msg-error', role: 'alert' }, explain(err)));
  }
  loadMyData();
}

let myDataRun = 0;

async function loadMyData() {
  const root = $('#mydata');
  if (!root) return;
  const run = ++myDataRun; // a later call wins over an earlier one still waiting
  const ref = store.get('ref');
  const head = el('h2', {}, 'Your rewards and who used your data');
  if (!ref) { show(root, head, el('p', {}, 'Enter your vault handle above to see every computation that read your record.')); return; }
  try {
    const c = await gql('{ studies(first: 1) { totalCount } }');
    const n = Math.min(c.studies.totalCount, 100);
    const byAddr = {};
    for (let id = 1; id <= n; id++) byAddr[studyKey(master(), id).address.toLowerCase()] = id;
    const d = await gql('query($ref: String!, $p: [String!]) { myData(patientRef: $ref, participants: $p) { accesses { studyId query queryHash at } rewards { participant balance } } }',
      { ref, p: Object.keys(byAddr) });
    if (run !== myDataRun) return;
    const rewards = d.myData.rewards.filter((r) => BigInt(r.balance) > 0n);
    const total = rewards.reduce((t, r) => t + BigInt(r.balance), 0n);
    show(root, head,
      el('p', { id: 'reward-total' }, 'Token balance across your study addresses: ', el('strong', {}, tokens(total.toString()))),
      rewards.length ? el('table', { id: 'rewards' }, el('caption', {}, 'Rewards by study'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Study'), el('th', { scope: 'col' }, 'Your study address'), el('th', { scope: 'col' }, 'Balance'))),
        el('tbody', {}, ...rewards.map((r) => el('tr', {}, el('td', {}, byAddr[r.participant.toLowerCase()]), el('td', {}, el('code', {}, short(r.participant))), el('td', {}, tokens(r.balance)))))) : null,
      d.myData.accesses.length
        ? el('table', { id: 'accesses' }, el('caption', {}, 'Every computation that read your record (from your vault’s access log)'),
          el('thead', {}, el('tr', {}, ...['When', 'Study', 'Question', 'Query hash'].map((h) => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, ...d.myData.accesses.map((a) => el('tr', {}, el('td', {}, new Date(a.at).toLocaleString()), el('td', {}, a.studyId), el('td', {}, a.query), el('td', {}, el('code', {}, short(a.queryHash)))))))
        : el('p', { id: 'no-accesses' }, 'No computation has read your record yet.'));
  } catch (err) {
    if (run !== myDataRun) return;
    show(root, head, el('p', { class: 'msg msg-error', role: 'alert' }, err.code === 'ENOTFOUND' ? 'Your vault does not know this handle. Check it with your vault operator.' : explain(err)));
  }
}

start();
