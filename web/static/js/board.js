// The ethics board's pages: the review queue, one submission with the diff against the
// version it amends, decisions with their rationale (approval signed and anchored on chain),
// and the way to each study's audit.
import { gql, explain } from './api.js';
import { Keyring, signAuth, deadline, randomNonce } from './keys.js';
import { el, $, say, busy, clearFieldErrors, showFieldError, short, badge, accountPanel, router, reviewsList, tokens, show } from './ui.js';
import { duoLabel } from './duo.js';
import { noiseOf } from './dp.js';
import { gauge } from './charts.js';

const ring = new Keyring('board');
const view = $('#view');
let account = null;
let roles = [];
let route = () => {};

function token() {
  const s = ring.session();
  return s ? s.token : '';
}

accountPanel($('#account'), ring, { session: true, title: 'Your ethics board account', intro: 'The operator grants your account the ETHICS_BOARD role on chain (serve --ethics-board ADDRESS). Import that key or connect the wallet holding it, then sign in.', importLabel: 'Import the board key' }, async (a) => {
  account = a;
  roles = [];
  if (a && token()) {
    try { roles = (await gql('{ me { roles } }', {}, token())).me?.roles || []; } catch (e) { roles = []; }
  }
  const note = $('#role-note') || el('p', { id: 'role-note' });
  $('#account').append(note);
  note.className = 'msg ' + (roles.includes('ETHICS_BOARD') ? 'msg-ok' : 'msg-info');
  note.textContent = !a ? '' : !token() ? 'Sign in to record decisions and see released values.' : roles.includes('ETHICS_BOARD') ? 'This account holds the ETHICS_BOARD role on chain.' : 'This account does not hold the ETHICS_BOARD role: the chain will refuse its approvals.';
  note.hidden = !a;
  route();
}).then(() => { route = router({ '': queueView, review: reviewView }); });

const STUDY = `id title summary sponsor scientificTitle status researcher approvedBy protocolHash dataUse mode conditions countries startDate endDate
  epsilonBudget epsilonSpent rewardPerParticipant participantCap consents registryGaps protocolDocument plan { id aggregate field lower upper epsilon }
  escrow { funded } decisions { outcome rationale conditions board at protocolHash }`;

async function queueView() {
  show(view, el('h2', {}, 'Review queue'), el('p', {}, 'Loading…'));
  let queue = null;
  let queueNote = null;
  if (token()) {
    try {
      queue = (await gql(`{ reviewQueue { study { id title sponsor status escrow { funded } } amendmentDiff { path } } }`, {}, token())).reviewQueue;
    } catch (err) {
      queueNote = el('p', { class: 'msg msg-error', role: 'alert' }, explain(err));
    }
  } else {
    queueNote = el('p', { class: 'msg msg-info' }, 'Sign in with a board account to see the review queue.');
  }
  try {
    const d = await gql('{ studies(first: 100) { edges { node { id title status epsilonBudget epsilonSpent } } } }');
    const all = d.studies.edges.map((e) => e.node);
    show(view, el('h2', {}, 'Review queue'), queueNote,
      queue && queue.length ? el('table', { id: 'queue' }, el('caption', {}, 'Protocol versions awaiting review, oldest first'),
        el('thead', {}, el('tr', {}, ...['ID', 'Title', 'Sponsor', 'Version', 'Escrow', ''].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, ...queue.map(({ study: s, amendmentDiff }) => el('tr', {}, el('td', {}, s.id), el('td', {}, s.title || '(document missing)'), el('td', {}, s.sponsor || ''),
          el('td', {}, amendmentDiff ? `amendment (${amendmentDiff.length} changes)` : 'first submission'), el('td', {}, tokens(s.escrow.funded)),
          el('td', {}, el('a', { href: '#review/' + s.id, id: 'review-' + s.id }, 'Review'))))))
        : queue ? el('p', { id: 'queue-empty' }, 'Nothing awaits review.') : null,
      el('h2', {}, 'All studies: privacy budget spent'),
      el('table', { id: 'budgets' }, el('thead', {}, el('tr', {}, ...['ID', 'Title', 'Status', 'Budget', ''].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, ...all.map((s) => el('tr', {}, el('td', {}, s.id), el('td', {}, s.title || ''), el('td', {}, badge(s.status)), el('td', {}, gauge(s.epsilonSpent, s.epsilonBudget)),
          el('td', {}, el('a', { href: '#review/' + s.id }, 'Details'), ' · ', el('a', { href: '/audit#study/' + s.id }, 'Audit')))))));
  } catch (err) {
    show(view, el('p', { class: 'msg msg-error', role: 'alert' }, explain(err)));
  }
}

function diffTable(changes) {
  if (!changes.length) return el('p', {}, 'No changes.');
  return el('table', { class: 'diff', id: 'diff' }, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Field'), el('th', { scope: 'col' }, 'Before'), el('th', { scope: 'col' }, 'After'))),
    el('tbody', {}, ...changes.map((c) => el('tr', { class: !c.old ? 'added' : !c.new ? 'removed' : 'changed' },
      el('th', { scope: 'row' }, c.path), el('td', { class: 'old' }, c.old || '—'), el('td', { class: 'new' }, c.new || '—')))));
}

async function reviewView(id) {
  show(view, el('p', {}, 'Loading…'));
  let s;
  let item = null;
  try {
    s = (await gql(`query($id: ID!) { study(id: $id) { ${STUDY} } }`, { id })).study;
    if (s && s.status === 'REGISTERED' && token()) {
      const q = await gql('{ reviewQueue { study { id } amendmentDiff { path old new } } }', {}, token()).catch(() => null);
      item = q ? q.reviewQueue.find((x) => x.study.id === String(id)) || null : null;
    }
  } catch (err) {
    show(view, el('p', { class: 'msg msg-error', role: 'alert' }, explain(err)));
    return;
  }
  if (!s) { show(view, el('p', { class: 'msg msg-error', role: 'alert' }, `There is no study ${id}.`)); return; }
  const doc = s.protocolDocument ? JSON.parse(s.protocolDocument) : {};
  const e = doc.eligibility || {};
  const box = el('p', { class: 'msg', hidden: true, id: 'decision-msg' });
  const rationale = el('textarea', { id: 'rationale', rows: 4, 'data-field': 'rationale', required: true, 'aria-describedby': 'rationale-hint' });
  const conditions = el('textarea', { id: 'conditions', rows: 2, 'data-field': 'conditions' });
  const open = s.status === 'REGISTERED';
  const live = ['APPROVED', 'RECRUITING'].includes(s.status);
  const form = el('form', { id: 'decision', class: 'panel', novalidate: true },
    el('h3', {}, 'Decision'),
    open ? null : el('p', {}, `This version is ${s.status}; decisions are taken on versions awaiting review.`),
    el('div', { class: 'field' }, el('label', { for: 'rationale' }, 'Rationale (kept with the decision and shown to the researcher)'), el('span', { class: 'hint', id: 'rationale-hint' }, 'Why this protocol version is (not) acceptable: proportionality of the questions, the privacy budget, consent scope.'), rationale),
    el('div', { class: 'field' }, el('label', { for: 'conditions' }, 'Conditions, one a line (optional)'), conditions),
    el('div', { class: 'row' },
      el('button', { type: 'button', id: 'approve', disabled: !open }, 'Approve this version (sign)'),
      el('button', { type: 'button', id: 'request-changes', class: 'secondary', disabled: !open }, 'Request changes (sign)'),
      el('button', { type: 'button', id: 'reject', class: 'secondary', disabled: !open }, 'Reject (sign)'),
      live || s.status === 'SUSPENDED' ? el('button', { type: 'button', id: 'suspend', class: 'secondary' }, s.status === 'SUSPENDED' ? 'Reinstate (sign)' : 'Suspend (sign)') : null),
    box);
  const outcomes = {
    APPROVE: ['Approve', 'approved on chain', 'Anchoring the approval on chain…'],
    REJECT: ['Reject', 'rejected on chain', 'Recording the rejection on chain…'],
    REQUEST_CHANGES: ['Request', 'changes requested', 'Recording…'],
  };
  const needBoard = () => {
    if (!account) { say(box, 'error', 'Create, import or connect your board account above first.'); return false; }
    return true;
  };
  const decide = (outcome) => async (ev) => {
    clearFieldErrors(form);
    if (!needBoard()) return;
    if (!rationale.value.trim()) { showFieldError(form, 'rationale', 'Give the reason for your decision.'); rationale.focus(); say(box, 'error', 'A decision needs a rationale.'); return; }
    const [primary, done, doing] = outcomes[outcome];
    await busy(ev.target, box, 'Sign the decision…', async () => {
      let auth;
      if (primary === 'Request') {
        auth = await signAuth(account, 'registry', 'Request', { action: 'requestChanges', studyId: s.id, nonce: randomNonce(), deadline: deadline(30) });
      } else {
        const n = await gql('query($a: String!) { nonces(address: $a) { registry } }', { a: account.address });
        auth = await signAuth(account, 'registry', primary, { studyId: s.id, protocolHash: s.protocolHash, nonce: n.nonces.registry, deadline: deadline(30) });
      }
      say(box, 'info', doing);
      try {
        await gql('mutation($id: ID!, $h: String!, $o: String!, $r: String, $c: [String!], $a: AuthInput!) { reviewStudy(studyId: $id, protocolHash: $h, outcome: $o, rationale: $r, conditions: $c, auth: $a) { status } }',
          { id: s.id, h: s.protocolHash, o: outcome, r: rationale.value, c: conditions.value.split('\n').map((x) => x.trim()).filter(Boolean), a: auth });
      } catch (err) {
        if (err.field) showFieldError(form, err.field, err.message);
        throw err;
      }
      await reviewView(id);
      say($('#decision-msg'), 'ok', `Study ${s.id}: ${done}; your rationale is recorded with the decision.`);
    });
  };
  form.querySelector('#approve').addEventListener('click', decide('APPROVE'));
  form.querySelector('#request-changes').addEventListener('click', decide('REQUEST_CHANGES'));
  form.querySelector('#reject').addEventListener('click', decide('REJECT'));
  const sus = form.querySelector('#suspend');
  if (sus) {
    sus.addEventListener('click', (ev) => {
      if (!needBoard()) return;
      const suspend = s.status !== 'SUSPENDED';
      busy(ev.target, box, 'Sign…', async () => {
        const n = await gql('query($a: String!) { nonces(address: $a) { registry } }', { a: account.address });
        const auth = await signAuth(account, 'registry', 'Suspend', { studyId: s.id, suspend, nonce: n.nonces.registry, deadline: deadline(30) });
        await gql('mutation($id: ID!, $s: Boolean!, $a: AuthInput!) { suspendStudy(studyId: $id, suspend: $s, auth: $a) { status } }', { id: s.id, s: suspend, a: auth });
        await reviewView(id);
        say($('#decision-msg'), 'ok', suspend ? `Study ${s.id} suspended: no consents, analyses or payouts until reinstated.` : `Study ${s.id} reinstated.`);
      });
    });
  }

  show(view,
    el('p', {}, el('a', { href: '#' }, '← Review queue')),
    el('h2', {}, `Study ${s.id}: ${s.title || ''} `, badge(s.status)),
    el('div', { class: 'grid' },
      el('section', { class: 'panel' }, el('h3', {}, 'Registration'),
        el('dl', {},
          el('dt', {}, 'Scientific title'), el('dd', {}, s.scientificTitle || '—'),
          el('dt', {}, 'Sponsor'), el('dd', {}, s.sponsor || '—'),
          el('dt', {}, 'Researcher'), el('dd', {}, el('code', {}, s.researcher)),
          el('dt', {}, 'Summary'), el('dd', {}, s.summary || '—'),
          el('dt', {}, 'Conditions'), el('dd', {}, s.conditions.join('; ') || '—'),
          el('dt', {}, 'Countries, dates'), el('dd', {}, `${s.countries.join(', ') || '—'}; ${s.startDate || '?'} to ${s.endDate || '?'}`),
          el('dt', {}, 'Protocol hash'), el('dd', {}, el('code', { id: 'protocol-hash' }, s.protocolHash)),
          el('dt', {}, 'Registry gaps'), el('dd', {}, s.registryGaps.join(', ') || 'none'))),
      el('section', { class: 'panel' }, el('h3', {}, 'Data use, cohort and questions'),
        el('p', {}, 'Data use: ' + s.dataUse.map(duoLabel).join('; ')),
        el('p', {}, `Eligibility: age ${e.minAge ?? '?'}–${e.maxAge ?? '?'}${e.sex ? ', ' + e.sex : ''}${e.conditions && e.conditions.length ? ', diagnosis ' + e.conditions.join(' or ') : ''}.`),
        el('ul', {}, ...s.plan.map((q) => el('li', {}, `${q.id}: ${q.aggregate}${q.field ? ' of ' + q.field + ` in [${q.lower}, ${q.upper}]` : ''}, ε ${q.epsilon}. `, el('span', { class: 'hint' }, noiseOf(q, s.participantCap).text)))),
        gauge(s.epsilonSpent, s.epsilonBudget, { pending: Math.max(s.plan.reduce((t, q) => t + q.epsilon, 0) - s.epsilonSpent, 0) }),
        el('p', {}, `Reward ${tokens(s.rewardPerParticipant)} for each of up to ${s.participantCap} participants.`))),
    el('section', { class: 'panel', id: 'versions' }, el('h3', {}, 'Changes against the previous version'),
      item && item.amendmentDiff ? diffTable(item.amendmentDiff)
        : el('p', {}, item ? 'A first submission: there is no previous version.' : open ? 'Sign in with a board account to see the changes of an amendment.' : 'Shown while a version awaits review.')),
    reviewsList(s.decisions),
    form,
    el('p', {}, el('a', { href: '/audit#study/' + s.id, id: 'audit-link' }, 'Audit this study')));
}
