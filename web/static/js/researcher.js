// The researcher's pages: a study wizard validated by the API (prepareStudy), registration
// and funding by signature, status, released results as charts with their noise, exports.
import { parseUnits, formatUnits } from '/static/vendor/ethers.min.js';
import { gql, explain } from './api.js';
import { Keyring, signAuth, signingDomain, deadline, randomNonce } from './keys.js';
import { el, $, say, busy, clearFieldErrors, showFieldError, download, tokens, badge, accountPanel, router, reviewsList, show, LIVE } from './ui.js';
import { duoLabel, permissions, modifiers } from './duo.js';
import { noiseOf, fmt } from './dp.js';
import { intervalChart, gauge } from './charts.js';

const ring = new Keyring('researcher');
const view = $('#view');
let account = null;
let route = () => {};

const STUDY_FIELDS = `id title summary sponsor status researcher approvedBy protocolHash dataUse mode
  epsilonBudget epsilonSpent deltaBudget rewardPerParticipant participantCap consents registryGaps
  escrow { funded paid refunded } plan { id aggregate field lower upper epsilon }
  decisions { outcome rationale conditions board at protocolHash }`;

function token() {
  const s = ring.session();
  return s ? s.token : '';
}

accountPanel($('#account'), ring, { session: true, title: 'Your researcher account', intro: 'Your key signs registrations, funding permits and analysis requests. Sign in to see your results and keep drafts.' }, (a) => {
  account = a;
  route();
}).then(() => { route = router({ '': listView, new: wizardView, study: studyView }); });

function needAccount() {
  show(view, el('p', { class: 'msg msg-info' }, 'Create, import or connect an account above to start.'));
}

// ---- my studies

async function listView() {
  if (!account) return needAccount();
  const box = el('p', { class: 'msg', hidden: true });
  const bal = el('span', { id: 'balance' }, '…');
  show(view, 
    el('section', { class: 'panel' },
      el('h2', {}, 'Tokens'),
      el('p', {}, 'Balance: ', bal, ' ',
        el('button', { type: 'button', id: 'faucet', class: 'secondary', onclick: (ev) => busy(ev.target, box, 'Requesting test tokens…', async () => {
          const auth = await signAuth(account, 'registry', 'Request', { action: 'faucet', studyId: 0, nonce: randomNonce(), deadline: deadline(30) });
          const r = await gql('mutation($a: AuthInput!) { faucet(auth: $a) }', { a: auth });
          bal.textContent = tokens(r.faucet);
          say(box, 'ok', 'Test tokens received (development chain only).');
        }) }, 'Get test tokens')),
      box),
    el('section', {},
      el('div', { class: 'row spread' }, el('h2', {}, 'My studies'), el('a', { class: 'button', href: '#new', id: 'new-study' }, 'New study')),
      el('div', { id: 'my-studies' }, 'Loading…')));
  try {
    const d = await gql(`query($a: String!) { balance(address: $a) studies(first: 100) { edges { node { id title status researcher consents participantCap epsilonBudget epsilonSpent escrow { funded } } } } }`, { a: account.address });
    bal.textContent = tokens(d.balance);
    const mine = d.studies.edges.map((e) => e.node).filter((s) => s.researcher.toLowerCase() === account.address.toLowerCase());
    const box2 = $('#my-studies');
    if (!mine.length) { box2.textContent = 'No studies yet. Start one with “New study”.'; return; }
    box2.replaceChildren(el('table', {},
      el('caption', {}, 'Your studies, newest first'),
      el('thead', {}, el('tr', {}, ...['ID', 'Title', 'Status', 'Participants', 'Escrow', 'Privacy budget'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...mine.map((s) => el('tr', {},
        el('td', {}, s.id),
        el('td', {}, el('a', { href: '#study/' + s.id }, s.title || '(document missing)')),
        el('td', {}, badge(s.status)),
        el('td', {}, `${s.consents} / ${s.participantCap}`),
        el('td', {}, tokens(s.escrow.funded)),
        el('td', {}, gauge(s.epsilonSpent, s.epsilonBudget)))))));
  } catch (err) {
    say(box, 'error', explain(err));
  }
}

// ---- the wizard

const STEPS = ['Registration', 'Data use and eligibility', 'Analysis plan', 'Privacy budget', 'Reward and cap', 'Review and register'];
const FIELDS = ['age', 'hba1c', 'bmi', 'systolic', 'ldl'];

function input(id, label, attrs = {}, hint = '') {
  const i = el(attrs.tag || 'input', { id, name: id, ...attrs, tag: undefined });
  return el('div', { class: 'field' }, el('label', { for: id }, label), hint ? el('span', { class: 'hint', id: id + '-hint' }, hint) : null, i);
}

function planRow(q = {}) {
  const row = el('fieldset', { class: 'plan-row' });
  const mk = (name, label, attrs) => {
    const i = el(attrs.tag || 'input', { class: 'q-' + name, 'aria-label': label, ...attrs, tag: undefined });
    return el('label', { class: 'cell' }, el('span', {}, label), i);
  };
  const agg = el('select', { class: 'q-aggregate', 'aria-label': 'Aggregate' }, el('option', { value: 'count' }, 'count'), el('option', { value: 'mean' }, 'mean'));
  const field = el('select', { class: 'q-field', 'aria-label': 'Field' }, el('option', { value: '' }, '—'), ...FIELDS.map((f) => el('option', { value: f }, f)));
  row.append(el('legend', {}, 'Question'),
    mk('id', 'Id', { type: 'text', value: q.id || '', placeholder: 'n_adults' }),
    el('label', { class: 'cell' }, el('span', {}, 'Aggregate'), agg),
    el('label', { class: 'cell' }, el('span', {}, 'Field (mean)'), field),
    mk('lower', 'Lower bound', { type: 'number', step: 'any', value: q.lower ?? '' }),
    mk('upper', 'Upper bound', { type: 'number', step: 'any', value: q.upper ?? '' }),
    mk('epsilon', 'Epsilon', { type: 'number', step: 'any', min: '0', value: q.epsilon ?? '' }),
    el('p', { class: 'noise hint' }),
    el('button', { type: 'button', class: 'secondary remove', onclick: () => { row.remove(); renumber(); } }, 'Remove'));
  agg.value = q.aggregate || 'count';
  field.value = q.field || '';
  return row;
}

function renumber() {
  const rows = [...document.querySelectorAll('.plan-row')];
  rows.forEach((row, i) => {
    row.dataset.field = `plan[${i}]`;
    row.querySelector('legend').textContent = `Question ${i + 1}`;
    for (const n of ['id', 'aggregate', 'field', 'lower', 'upper', 'epsilon']) row.querySelector('.q-' + n).dataset.field = `plan[${i}].${n}`;
    const q = readQuery(row);
    const note = row.querySelector('.noise');
    note.textContent = q.epsilon > 0 && (q.aggregate === 'count' || q.upper > q.lower) ? 'Noise: ' + noiseOf(q, Number($('#participantCap')?.value) || 100).text : '';
    const mean = q.aggregate === 'mean';
    for (const n of ['field', 'lower', 'upper']) row.querySelector('.q-' + n).disabled = !mean;
  });
  updateBudget();
}

function num(v) {
  if (v === '' || v === undefined || v === null) return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : NaN;
}

function readQuery(row) {
  const q = { id: row.querySelector('.q-id').value.trim(), aggregate: row.querySelector('.q-aggregate').value, epsilon: num(row.querySelector('.q-epsilon').value) };
  if (q.aggregate === 'mean') {
    q.field = row.querySelector('.q-field').value;
    q.lower = num(row.querySelector('.q-lower').value);
    q.upper = num(row.querySelector('.q-upper').value);
  }
  return q;
}

function updateBudget() {
  const slot = $('#budget-gauge');
  if (!slot) return;
  const planned = [...document.querySelectorAll('.plan-row')].reduce((t, r) => t + (readQuery(r).epsilon || 0), 0);
  const total = num($('#budget-epsilon').value) || 0;
  slot.replaceChildren(gauge(0, total, { label: 'Plan against budget', pending: planned }),
    planned > total ? el('p', { class: 'field-warn' }, `The plan spends ε ${fmt(planned)}, more than the budget ε ${fmt(total)}.`) : null);
  const reward = $('#reward').value, cap = $('#participantCap').value;
  try {
    $('#escrow-total').textContent = reward && cap ? tokens(parseUnits(reward, 18) * BigInt(cap)) : '—';
  } catch (e) { $('#escrow-total').textContent = '—'; }
}

const list = (s) => s.split(/[,\n]/).map((x) => x.trim()).filter(Boolean);

// readForm builds the API's StudyInput from the wizard; empty fields are left out so the API
// names what is missing.
function readForm(f) {
  const v = (id) => f.querySelector('#' + id).value.trim();
  const opt = (id) => v(id) || undefined;
  const input = {
    title: v('title'), summary: opt('summary'), sponsor: v('sponsor'),
    acronym: opt('acronym'), scientificTitle: opt('scientificTitle'), protocolVersion: opt('protocolVersion'),
    keywords: list(v('keywords')), countries: list(v('countries')).map((c) => c.toUpperCase()),
    startDate: opt('startDate'), endDate: opt('endDate'),
    dataUse: [...f.querySelectorAll('input[name=duo]:checked')].map((c) => c.value),
    eligibility: { minAge: num(v('minAge')) ?? undefined, maxAge: num(v('maxAge')) ?? undefined, sex: v('sex') || undefined, conditions: list(v('eligConditions')) },
    plan: [...f.querySelectorAll('.plan-row')].map(readQuery),
    budget: { epsilon: num(v('budget-epsilon')) ?? undefined, delta: num(v('budget-delta')) ?? 0 },
    mode: v('mode'),
    participantCap: num(v('participantCap')) ?? undefined,
    amends: opt('amends'), amendmentReason: opt('amendmentReason'),
  };
  const conds = v('conditions').split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
    const [code, ...text] = l.split('|');
    return text.length ? { system: 'icd-10', code: code.trim(), text: text.join('|').trim() } : { text: code.trim() };
  });
  if (conds.length) input.conditions = conds;
  if (v('contactName') || v('contactEmail')) input.publicContact = { name: v('contactName'), email: v('contactEmail') };
  const r = v('reward');
  if (r) {
    try { input.rewardPerParticipant = parseUnits(r, 18).toString(); } catch (e) { input.rewardPerParticipant = r; }
  }
  for (const k of Object.keys(input)) if (input[k] === undefined) delete input[k];
  for (const k of Object.keys(input.eligibility)) if (input.eligibility[k] === undefined) delete input.eligibility[k];
  return input;
}

function fillForm(f, doc) {
  const set = (id, val) => { if (val !== undefined && val !== null) f.querySelector('#' + id).value = val; };
  set('title', doc.title); set('summary', doc.summary); set('sponsor', doc.sponsor); set('acronym', doc.acronym);
  set('scientificTitle', doc.scientificTitle); set('protocolVersion', doc.protocolVersion);
  set('keywords', (doc.keywords || []).join(', ')); set('countries', (doc.countries || []).join(', '));
  set('startDate', doc.startDate); set('endDate', doc.endDate);
  set('conditions', (doc.conditions || []).map((c) => (c.code ? `${c.code} | ${c.text}` : c.text)).join('\n'));
  if (doc.publicContact) { set('contactName', doc.publicContact.name); set('contactEmail', doc.publicContact.email); }
  for (const c of f.querySelectorAll('input[name=duo]')) c.checked = (doc.dataUse || []).includes(c.value);
  const e = doc.eligibility || {};
  set('minAge', e.minAge); set('maxAge', e.maxAge); set('sex', e.sex || ''); set('eligConditions', (e.conditions || []).join(', '));
  if (doc.plan && doc.plan.length) {
    const box = f.querySelector('#plan-rows');
    box.replaceChildren(...doc.plan.map(planRow));
  }
  if (doc.budget) { set('budget-epsilon', doc.budget.epsilon); set('budget-delta', doc.budget.delta); }
  if (doc.rewardPerParticipant) set('reward', formatUnits(BigInt(doc.rewardPerParticipant), 18).replace(/\.0$/, ''));
  set('participantCap', doc.participantCap);
  renumber();
}

async function wizardView(mode, arg) {
  if (!account) return needAccount();
  const box = el('p', { class: 'msg', hidden: true, id: 'wizard-msg' });
  const duoBox = el('fieldset', { 'data-field': 'dataUse', class: 'choices' }, el('legend', {}, 'Data use (GA4GH DUO): one permission, any modifiers'),
    ...[...permissions, ...modifiers].map((c) => el('label', { class: 'choice' }, el('input', { type: 'checkbox', name: 'duo', value: c, id: 'duo-' + c.slice(4) }), ' ', duoLabel(c))));
  const steps = [
    el('fieldset', { class: 'step' }, el('legend', {}, '1. Registration (WHO Trial Registration Data Set)'),
      input('title', 'Public title (required)', { type: 'text', 'data-field': 'title', required: true }),
      input('acronym', 'Acronym', { type: 'text', 'data-field': 'acronym' }),
      input('scientificTitle', 'Scientific title', { type: 'text', 'data-field': 'scientificTitle' }),
      input('summary', 'Summary', { tag: 'textarea', rows: 3, 'data-field': 'summary' }),
      input('sponsor', 'Primary sponsor (required)', { type: 'text', 'data-field': 'sponsor', required: true }),
      input('protocolVersion', 'Protocol version', { type: 'text', 'data-field': 'protocolVersion', placeholder: '1.0' }),
      input('conditions', 'Health conditions studied, one a line: ICD-10 code | name', { tag: 'textarea', rows: 2, 'data-field': 'conditions', placeholder: 'E11 | Type 2 diabetes mellitus' }),
      input('keywords', 'Keywords (comma separated)', { type: 'text', 'data-field': 'keywords' }),
      input('countries', 'Countries (ISO codes, comma separated)', { type: 'text', 'data-field': 'countries', placeholder: 'NL, DE' }),
      el('div', { class: 'row' }, input('startDate', 'Start date', { type: 'date', 'data-field': 'startDate' }), input('endDate', 'End date', { type: 'date', 'data-field': 'endDate' })),
      el('div', { class: 'row' }, input('contactName', 'Public contact name', { type: 'text', 'data-field': 'publicContact.name' }), input('contactEmail', 'Public contact email', { type: 'email', 'data-field': 'publicContact.email' })),
      el('input', { type: 'hidden', id: 'amends', 'data-field': 'amends' }),
      el('div', { id: 'amend-box', hidden: true }, input('amendmentReason', 'Reason for the amendment', { tag: 'textarea', rows: 2, 'data-field': 'amendmentReason' }))),
    el('fieldset', { class: 'step' }, el('legend', {}, '2. Data use and eligibility'), duoBox,
      el('div', { class: 'row', 'data-field': 'eligibility' },
        input('minAge', 'Minimum age', { type: 'number', min: 0, max: 120, 'data-field': 'eligibility.minAge' }),
        input('maxAge', 'Maximum age', { type: 'number', min: 0, max: 120, 'data-field': 'eligibility.maxAge' }),
        el('div', { class: 'field' }, el('label', { for: 'sex' }, 'Sex'), el('select', { id: 'sex', 'data-field': 'eligibility.sex' }, el('option', { value: '' }, 'any'), el('option', { value: 'female' }, 'female'), el('option', { value: 'male' }, 'male')))),
      input('eligConditions', 'Patients need any of these diagnoses (ICD-10 codes, comma separated; empty for none)', { type: 'text', 'data-field': 'eligibility.conditions', placeholder: 'E11' })),
    el('fieldset', { class: 'step', 'data-field': 'plan' }, el('legend', {}, '3. Analysis plan: the exact aggregate questions'),
      el('p', { class: 'hint' }, 'Each question is answered once, with differential-privacy noise; smaller epsilon means more noise and more privacy.'),
      el('div', { id: 'plan-rows' }, planRow({ id: 'n', aggregate: 'count', epsilon: 0.5 })),
      el('button', { type: 'button', id: 'add-query', class: 'secondary', onclick: () => { $('#plan-rows').append(planRow({ aggregate: 'mean', field: 'age', lower: 18, upper: 90, epsilon: 0.5 })); renumber(); } }, 'Add a question')),
    el('fieldset', { class: 'step' }, el('legend', {}, '4. Privacy budget'),
      input('budget-epsilon', 'Total epsilon for the study', { type: 'number', step: 'any', min: 0, 'data-field': 'budget.epsilon' }),
      input('budget-delta', 'Delta (0 for pure ε-DP; Laplace noise spends none)', { type: 'number', step: 'any', min: 0, value: 0, 'data-field': 'budget.delta' }),
      el('div', { class: 'field' }, el('label', { for: 'mode' }, 'Mode'), el('select', { id: 'mode', 'data-field': 'mode' }, el('option', { value: 'DP' }, 'DP: differentially private aggregates'), el('option', { value: 'HE_DP', disabled: true }, 'HE + DP (not available yet)'))),
      el('div', { id: 'budget-gauge' })),
    el('fieldset', { class: 'step' }, el('legend', {}, '5. Reward and participant cap'),
      input('reward', 'Reward per participant (MMR tokens)', { type: 'text', inputmode: 'decimal', 'data-field': 'rewardPerParticipant' }),
      input('participantCap', 'Participant cap', { type: 'number', min: 1, 'data-field': 'participantCap' }),
      el('p', {}, 'Escrow needed (reward × cap): ', el('strong', { id: 'escrow-total' }, '—'))),
    el('fieldset', { class: 'step' }, el('legend', {}, '6. Review and register'),
      el('div', { id: 'prepared' }, 'Checking with the API…')),
  ];
  steps.forEach((s, i) => { s.dataset.step = i; s.hidden = i !== 0; });
  const nav = el('ol', { class: 'steps', 'aria-label': 'Wizard steps' }, ...STEPS.map((t, i) => el('li', { id: 'stepnav-' + i }, t)));
  const back = el('button', { type: 'button', class: 'secondary', id: 'wizard-back' }, 'Back');
  const next = el('button', { type: 'submit', id: 'wizard-next' }, 'Next');
  const saveDraft = el('button', { type: 'button', class: 'secondary', id: 'save-draft' }, 'Save draft');
  const form = el('form', { id: 'wizard', novalidate: true }, nav, ...steps, box, el('div', { class: 'row' }, back, next, saveDraft));
  show(view, el('h2', {}, mode === 'amend' ? `Amend study ${arg}` : 'New study'), form, el('section', { id: 'drafts' }));
  form.addEventListener('input', () => renumber());
  let current = 0;
  const showStep = (i) => {
    current = i;
    steps.forEach((s, j) => { s.hidden = j !== i; });
    nav.querySelectorAll('li').forEach((li, j) => li.toggleAttribute('aria-current', j === i));
    back.disabled = i === 0;
    next.textContent = i === STEPS.length - 1 ? 'Sign and register' : 'Next';
    if (i === STEPS.length - 1) prepare();
  };
  const stepOf = (node) => Number(node.closest('.step')?.dataset.step ?? STEPS.length - 1);

  // check asks the API to validate; it returns the prepared study, or shows the error next
  // to its field and returns null when that field is on or before step upTo.
  async function check(upTo) {
    clearFieldErrors(form);
    box.hidden = true;
    try {
      const d = await gql('query($in: StudyInput!) { prepareStudy(input: $in) { protocolHash protocolDocument epsilonBudget deltaBudget rewardPerParticipant participantCap } }', { in: readForm(form) });
      return d.prepareStudy;
    } catch (err) {
      if (err.code === 'EINVALID' && err.field) {
        const target = showFieldError(form, err.field, err.message);
        const at = target ? stepOf(target) : STEPS.length - 1;
        if (at <= upTo) {
          showStep(at);
          say(box, "error", `Please correct the marked field — ${err.message}`);
          (target && target.matches('input,select,textarea') ? target : target?.querySelector('input,select,textarea'))?.focus();
          return null;
        }
        clearFieldErrors(form);
        return 'later';
      }
      say(box, 'error', explain(err));
      return null;
    }
  }

  async function prepare() {
    const slot = $('#prepared');
    slot.textContent = 'Checking with the API…';
    const p = await check(STEPS.length - 1);
    if (!p || p === 'later') { slot.textContent = 'Correct the fields marked above first.'; return null; }
    slot.replaceChildren(
      el('p', { class: 'msg msg-ok', role: 'status' }, 'The API accepts this protocol.'),
      el('dl', {},
        el('dt', {}, 'Protocol hash'), el('dd', {}, el('code', { id: 'prepared-hash' }, p.protocolHash)),
        el('dt', {}, 'Budget'), el('dd', {}, `ε ${Number(p.epsilonBudget) / 1e6}`),
        el('dt', {}, 'Reward × cap'), el('dd', {}, `${tokens(p.rewardPerParticipant)} × ${p.participantCap} = ${tokens(BigInt(p.rewardPerParticipant) * BigInt(p.participantCap))}`)),
      el('details', {}, el('summary', {}, 'Canonical protocol document (what the hash covers)'), el('pre', {}, JSON.stringify(JSON.parse(p.protocolDocument), null, 2))),
      el('p', { class: 'hint' }, mode === 'amend' ? 'Signing registers this amended version; the study goes back to ethics review. Budget, reward, cap and mode stay as registered.' : 'Signing registers this exact hash on chain. Any later change is an amendment with a new hash and a new ethics approval.'));
    return p;
  }

  back.addEventListener('click', () => showStep(Math.max(current - 1, 0)));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    busy(next, null, '', async () => {
      if (current < STEPS.length - 1) {
        const r = await check(current);
        if (r) showStep(current + 1);
        return;
      }
      const p = await prepare();
      if (!p) return;
      await busy(next, box, 'Sign the registration…', async () => {
        const n = await gql('query($a: String!) { nonces(address: $a) { registry } }', { a: account.address });
        if (mode === 'amend') {
          const auth = await signAuth(account, 'registry', 'Amend', { studyId: arg, protocolHash: p.protocolHash, nonce: n.nonces.registry, deadline: deadline(30) });
          say(box, 'info', 'Registering the amendment on chain…');
          const r = await gql('mutation($id: ID!, $in: StudyInput!, $a: AuthInput!) { amendStudy(studyId: $id, input: $in, auth: $a) { id } }', { id: arg, in: readForm(form), a: auth });
          location.hash = '#study/' + r.amendStudy.id;
          return;
        }
        const auth = await signAuth(account, 'registry', 'Register', {
          protocolHash: p.protocolHash, epsilonBudget: p.epsilonBudget, deltaBudget: p.deltaBudget,
          reward: p.rewardPerParticipant, cap: p.participantCap, nonce: n.nonces.registry, deadline: deadline(30),
        });
        say(box, 'info', 'Registering on chain…');
        const r = await gql('mutation($in: StudyInput!, $a: AuthInput!) { postStudy(input: $in, auth: $a) { id } }', { in: readForm(form), a: auth });
        location.hash = '#study/' + r.postStudy.id;
      });
    });
  });
  saveDraft.addEventListener('click', (ev) => busy(ev.target, box, 'Saving…', async () => {
    if (!token()) throw new Error('sign in first to keep drafts (they are private to you).');
    const id = form.dataset.draft || null;
    const r = await gql('mutation($id: ID, $in: StudyInput!) { saveDraft(id: $id, input: $in) { id updated } }', { id, in: readForm(form) }, token());
    form.dataset.draft = r.saveDraft.id;
    say(box, 'ok', `Draft ${r.saveDraft.id} saved.`);
  }));

  // Defaults, then an amendment's or a draft's content.
  $('#minAge').value = 18; $('#maxAge').value = 90; $('#budget-epsilon').value = 1; $('#participantCap').value = 50; $('#reward').value = '10';
  $('#duo-0000006').checked = true;
  if (mode === 'amend' && arg) {
    try {
      const d = await gql('query($id: ID!) { study(id: $id) { protocolHash protocolDocument } }', { id: arg });
      fillForm(form, JSON.parse(d.study.protocolDocument));
      $('#amends').value = d.study.protocolHash;
      $('#amend-box').hidden = false;
    } catch (err) { say(box, 'error', explain(err)); }
  } else if (mode === 'draft' && arg) {
    try {
      const d = await gql('query($id: ID!) { draft(id: $id) { id document } }', { id: arg }, token());
      fillForm(form, JSON.parse(d.draft.document));
      form.dataset.draft = d.draft.id;
    } catch (err) { say(box, 'error', explain(err)); }
  }
  renumber();
  showStep(0);
  if (token()) {
    gql('{ drafts { id title updated } }', {}, token()).then((d) => {
      if (!d.drafts.length) return;
      $('#drafts').replaceChildren(el('h3', {}, 'Your drafts'), el('ul', {}, ...d.drafts.map((x) => el('li', {}, el('a', { href: `#new/draft/${x.id}` }, x.title || `Draft ${x.id}`), ` — saved ${new Date(x.updated).toLocaleString()}`))));
    }).catch(() => {});
  }
}

// ---- one study

async function studyView(id) {
  if (!account) return needAccount();
  const box = el('p', { class: 'msg', hidden: true, id: 'study-msg' });
  show(view, el('p', {}, 'Loading study…'), box);
  let d;
  try {
    d = await gql(`query($id: ID!, $a: String!) { study(id: $id) { ${STUDY_FIELDS} } releases(studyId: $id) { query aggregate value epsilon resultHash createdAt } balance(address: $a) }`, { id, a: account.address }, token());
  } catch (err) {
    show(view, el('p', { class: 'msg msg-error', role: 'alert' }, explain(err)), el('a', { href: '#' }, 'Back to my studies'));
    return;
  }
  const s = d.study;
  if (!s) { show(view, el('p', { class: 'msg msg-error', role: 'alert' }, `There is no study ${id}.`)); return; }
  const mine = s.researcher.toLowerCase() === account.address.toLowerCase();
  const need = BigInt(s.rewardPerParticipant) * BigInt(s.participantCap);
  const funded = BigInt(s.escrow.funded);
  const actions = el('div', { class: 'row' });
  if (mine && !['CLOSED', 'REJECTED'].includes(s.status) && funded < need) {
    const amount = need - funded;
    actions.append(el('button', { type: 'button', id: 'fund', onclick: (ev) => busy(ev.target, box, 'Sign the permit…', async () => {
      const b = BigInt((await gql('query($a: String!) { balance(address: $a) }', { a: account.address })).balance);
      if (b < amount) throw new Error(`your balance ${tokens(b)} is less than the ${tokens(amount)} to escrow. Get tokens first (on a development chain: “Get test tokens” under My studies).`);
      const dom = await signingDomain();
      const n = await gql('query($a: String!) { nonces(address: $a) { token } }', { a: account.address });
      const auth = await signAuth(account, 'token', 'Permit', { owner: account.address, spender: dom.studyEscrow, value: amount.toString(), nonce: n.nonces.token, deadline: deadline(30) });
      say(box, 'info', 'Escrowing on chain…');
      await gql('mutation($id: ID!, $amt: String, $a: AuthInput!) { fundStudy(studyId: $id, amount: $amt, auth: $a) { id } }', { id, amt: amount.toString(), a: auth });
      await studyView(id);
      say($('#study-msg'), 'ok', `Escrowed ${tokens(amount)}.`);
    }) }, `Fund the escrow (${tokens(amount)}, ERC-2612 permit)`));
  }
  if (mine && LIVE.includes(s.status)) {
    actions.append(el('button', { type: 'button', id: 'run', onclick: (ev) => busy(ev.target, box, 'Sign the request…', async () => {
      const auth = await signAuth(account, 'registry', 'Request', { action: 'runAnalysis', studyId: id, nonce: randomNonce(), deadline: deadline(30) });
      say(box, 'info', 'Running the analysis in the vault…');
      const r = await gql('mutation($id: ID!, $a: AuthInput!) { runAnalysis(studyId: $id, auth: $a) { releases { query } payout { recipients perParticipant total } } }', { id, a: auth });
      await studyView(id);
      say($('#study-msg'), 'ok', `Released ${r.runAnalysis.releases.length} answers; paid ${r.runAnalysis.payout.recipients} participants ${tokens(r.runAnalysis.payout.total)}.`);
    }) }, 'Run the analysis'));
    actions.append(el('button', { type: 'button', class: 'secondary', id: 'close', onclick: (ev) => {
      if (!confirm('Close the study? Unpaid escrow is refunded and no further answers can be released.')) return;
      busy(ev.target, box, 'Sign the closing…', async () => {
        const n = await gql('query($a: String!) { nonces(address: $a) { registry } }', { a: account.address });
        const auth = await signAuth(account, 'registry', 'Close', { studyId: id, nonce: n.nonces.registry, deadline: deadline(30) });
        const r = await gql('mutation($id: ID!, $a: AuthInput!) { closeStudy(studyId: $id, auth: $a) }', { id, a: auth });
        await studyView(id);
        say($('#study-msg'), 'ok', `Closed; ${tokens(r.closeStudy)} refunded.`);
      });
    } }, 'Close and refund'));
  }
  if (mine && !['CLOSED', 'REJECTED'].includes(s.status)) actions.append(el('a', { class: 'button secondary', href: '#new/amend/' + id }, 'Amend'));

  const results = el('section', { id: 'results', class: 'panel' }, el('h3', {}, 'Results'));
  renderResults(results, s, d.releases);
  show(view, 
    el('p', {}, el('a', { href: '#' }, '← My studies')),
    el('h2', {}, `Study ${s.id}: ${s.title || ''} `, badge(s.status)),
    timeline(s, d.releases),
    el('div', { class: 'grid' },
      el('section', { class: 'panel' }, el('h3', {}, 'On chain'),
        el('dl', {},
          el('dt', {}, 'Protocol hash'), el('dd', {}, el('code', {}, s.protocolHash)),
          el('dt', {}, 'Approved by'), el('dd', {}, s.approvedBy ? el('code', {}, s.approvedBy) : 'not yet'),
          el('dt', {}, 'Participants'), el('dd', { id: 'consents' }, `${s.consents} of ${s.participantCap}`),
          el('dt', {}, 'Escrow'), el('dd', { id: 'escrow' }, `${tokens(s.escrow.funded)} funded of ${tokens(need.toString())}; ${tokens(s.escrow.paid)} paid; ${tokens(s.escrow.refunded)} refunded`),
          el('dt', {}, 'Your balance'), el('dd', {}, tokens(d.balance)))),
      el('section', { class: 'panel' }, el('h3', {}, 'Privacy budget'), gauge(s.epsilonSpent, s.epsilonBudget, { pending: Math.max(s.plan.reduce((t, q) => t + q.epsilon, 0) - s.epsilonSpent, 0) }),
        s.registryGaps.length ? el('p', { class: 'hint' }, 'Registry items still missing: ' + s.registryGaps.join(', ')) : null)),
    actions, box,
    reviewsList(s.decisions),
    results);
}

function timeline(s, releases) {
  const funded = BigInt(s.escrow.funded) > 0n;
  const stepsDone = [
    ['Registered', true],
    ['Funded', funded],
    ['Approved', !!s.approvedBy],
    [`Consents (${s.consents})`, s.consents > 0],
    [`Released (${releases.length})`, releases.length > 0],
    ['Paid', BigInt(s.escrow.paid) > 0n],
    ['Closed', s.status === 'CLOSED'],
  ];
  return el('ol', { class: 'timeline', 'aria-label': 'Study progress' }, ...stepsDone.map(([t, done]) => el('li', { class: done ? 'done' : '' }, el('span', { class: 'sr-only' }, done ? 'done: ' : 'pending: '), t)));
}

// renderResults draws each release with its 95% noise interval and offers the exports.
function renderResults(root, s, releases) {
  if (!releases.length) {
    root.append(el('p', {}, LIVE.includes(s.status) ? 'No answers released yet. Run the analysis when enough participants have opted in.' : 'Answers are released after approval, when you run the analysis.'));
    return;
  }
  const plan = Object.fromEntries(s.plan.map((q) => [q.id, q]));
  const countRel = releases.find((r) => r.aggregate === 'count' && r.value !== null);
  const n = countRel ? Math.max(Math.round(countRel.value), 1) : s.consents;
  const rows = releases.map((r) => {
    const q = plan[r.query] || { id: r.query, aggregate: r.aggregate, epsilon: r.epsilon };
    const noise = noiseOf(q, n);
    return { r, q, noise };
  });
  if (releases.every((r) => r.value === null)) {
    root.append(el('p', { class: 'msg msg-info' }, 'Sign in as the study’s researcher to see the released values; everyone else sees only what was asked, its cost and its anchored hash.'));
  }
  for (const { r, q, noise } of rows) {
    const card = el('figure', { class: 'result', id: 'result-' + r.query });
    const what = q.aggregate === 'mean' ? `mean ${q.field} (clamped to ${q.lower}–${q.upper})` : 'count of participants in the cohort';
    card.append(el('figcaption', {}, el('strong', {}, r.query), ` — ${what}; ε ${r.epsilon}`));
    if (r.value !== null) {
      const lo = q.aggregate === 'mean' ? q.lower : 0;
      const hi = q.aggregate === 'mean' ? q.upper : Math.max(r.value + noise.half95, s.participantCap, 1) * 1.1;
      card.append(intervalChart({ value: r.value, half: noise.half95, lo, hi, label: r.query }));
      card.append(el('p', { class: 'value-text' }, `Released value ${fmt(r.value)}, 95% interval ${fmt(r.value - noise.half95)} to ${fmt(r.value + noise.half95)}.`));
    }
    card.append(el('p', { class: 'hint' }, noise.text), el('p', { class: 'hint' }, 'Result hash anchored on chain: ', el('code', {}, r.resultHash)));
    root.append(card);
  }
  const rowsOut = rows.map(({ r, q, noise }) => ({
    study: s.id, query: r.query, aggregate: r.aggregate, field: q.field || '', lower: q.lower ?? '', upper: q.upper ?? '',
    value: r.value, epsilon: r.epsilon, noiseScale: noise.scale, ci95Low: r.value === null ? null : r.value - noise.half95,
    ci95High: r.value === null ? null : r.value + noise.half95, approximate: !noise.exact, resultHash: r.resultHash, releasedAt: r.createdAt,
  }));
  root.append(el('div', { class: 'row' },
    el('button', { type: 'button', id: 'export-csv', class: 'secondary', onclick: () => {
      const cols = Object.keys(rowsOut[0]);
      const esc = (v) => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
      download(`study-${s.id}-results.csv`, 'text/csv', [cols.join(','), ...rowsOut.map((o) => cols.map((c) => esc(o[c])).join(','))].join('\n') + '\n');
    } }, 'Export CSV'),
    el('button', { type: 'button', id: 'export-json', class: 'secondary', onclick: () => {
      download(`study-${s.id}-results.json`, 'application/json', JSON.stringify({ study: s.id, title: s.title, protocolHash: s.protocolHash, epsilonBudget: s.epsilonBudget, epsilonSpent: s.epsilonSpent, releases: rowsOut }, null, 2) + '\n');
    } }, 'Export JSON')));
}
