// The ethics board's pages: the review queue, one submission with the diff against the
// version it amends, decisions with their rationale (approval signed and anchored on chain),
// and the way to each study's audit.
import { gql, explain } from './api.js';
import { Keyring, signAuth, deadline } from './keys.js';
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

async function queueView() {
  show(view, el('h2', {}, 'Review queue'), el('p', {}, 'Loading…'));
  try {
    const d = await gql('{ studies(first: 100) { edges { node { id title sponsor status researcher consents epsilonBudget epsilonSpent amends escrow { funded } } } } }');
    const all = d.studies.edges.map((e) => e.node);
    const queue = all.filter((s) => s.status === 'REGISTERED');
    show(view, el('h2', {}, 'Review queue'),
      queue.length ? el('table', { id: 'queue' }, el('caption', {}, 'Submissions awaiting review (status REGISTERED)'),
        el('thead', {}, el('tr', {}, ...['ID', 'Title', 'Sponsor', 'Kind', 'Escrow', ''].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, ...queue.map((s) => el('tr', {}, el('td', {}, s.id), el('td', {}, s.title || '(document missing)'), el('td', {}, s.sponsor || ''),
          el('td', {}, s.amends ? 'amendment' : 'new'), el('td', {}, tokens(s.escrow.funded)), el('td', {}, el('a', { href: '#review/' + s.id, id: 'review-' + s.id }, 'Review'))))))
        : el('p', { id: 'queue-empty' }, 'Nothing awaits review.'),
      el('h2', {}, 'All studies: privacy budget spent'),
      el('table', { id: 'budgets' }, el('thead', {}, el('tr', {}, ...['ID', 'Title', 'Status', 'Budget', ''].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, ...all.map((s) => el('tr', {}, el('td', {}, s.id), el('td', {}, s.title || ''), el('td', {}, badge(s.status)), el('td', {}, gauge(s.epsilonSpent, s.epsilonBudget)),
          el('td', {}, el('a', { href: '#review/' + s.id }, 'Details'), ' · ', el('a', { href: '/audit#study/' + s.id }, 'Audit')))))));
  } catch (err) {
    show(view, el('p', { class: 'msg msg-error', role: 'alert' }, explain(err)));
  }
}

async function showDiff(slot, from, to) {
  slot.replaceChildren(el('p', {}, 'Comparing…'));
  try {
    const d = await gql('query($f: String!, $t: String!) { protocolDiff(from: $f, to: $t) { changes { path old new } text } }', { f: from, t: to });
    const ch = d.protocolDiff.changes;
    slot.replaceChildren(el('p', {}, `Changes from `, el('code', {}, short(from)), ' to ', el('code', {}, short(to)), `: ${ch.length}`),
      ch.length ? el('table', { class: 'diff', id: 'diff' }, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Field'), el('th', { scope: 'col' }, 'Before'), el('th', { scope: 'col' }, 'After'))),
        el('tbody', {}, ...ch.map((c) => el('tr', { class: c.old == null ? 'added' : c.new == null ? 'removed' : 'changed' },
          el('th', { scope: 'row' }, c.path), el('td', { class: 'old' }, c.old ?? '—'), el('td', { class: 'new' }, c.new ?? '—'))))) : el('p', {}, 'No changes.'));
  } catch (err) {
    slot.replaceChildren(el('p', { class: 'msg msg-error', role: 'alert' }, explain(err)));
  }
}

async function reviewView(id) {
  show(view, el('p', {}, 'Loading…'));
  let s;
  try {
    s = (await gql(`query($id: ID!) { study(id: $id) { id title summary sponsor scientificTitle status researcher approvedBy protocolHash amends dataUse mode conditions countries startDate endDate
      epsilonBudget epsilonSpent rewardPerParticipant participantCap consents registryGaps protocolDocument plan { id aggregate field lower upper epsilon }
      reviews { decision rationale conditions board at protocolHash } } }`, { id })).study;
  } catch (err) {
    show(view, el('p', { class: 'msg msg-error', role: 'alert' }, explain(err)));
    return;
  }
  if (!s) { show(view, el('p', { class: 'msg msg-error', role: 'alert' }, `There is no study ${id}.`)); return; }
  const doc = s.protocolDocument ? JSON.parse(s.protocolDocument) : {};
  const e = doc.eligibility || {};
  const diffSlot = el('div', { id: 'diff-slot' });
  const cmp = el('input', { id: 'compare-hash', type: 'text', placeholder: '0x… protocol hash', 'data-field': 'from', spellcheck: 'false' });
  const box = el('p', { class: 'msg', hidden: true, id: 'decision-msg' });
  const rationale = el('textarea', { id: 'rationale', rows: 4, 'data-field': 'rationale', required: true, 'aria-describedby': 'rationale-hint' });
  const conditions = el('textarea', { id: 'conditions', rows: 2, 'data-field': 'conditions' });
  const form = el('form', { id: 'decision', class: 'panel', novalidate: true },
    el('h3', {}, 'Decision'),
    el('div', { class: 'field' }, el('label', { for: 'rationale' }, 'Rationale (required, kept with the decision and shown to the researcher)'), el('span', { class: 'hint', id: 'rationale-hint' }, 'Why this protocol is (not yet) acceptable: proportionality of the questions, the privacy budget, consent scope.'), rationale),
    el('div', { class: 'field' }, el('label', { for: 'conditions' }, 'Conditions, one a line (optional)'), conditions),
    el('div', { class: 'row' },
      el('button', { type: 'button', id: 'approve', disabled: s.status !== 'REGISTERED' }, 'Approve this protocol hash (sign)'),
      el('button', { type: 'button', id: 'request-changes', class: 'secondary', disabled: s.status !== 'REGISTERED' }, 'Request changes')),
    el('p', { class: 'hint' }, 'Rejecting and suspending a study are not in the API yet; until they are, request changes with your rationale and the study stays unapproved.'),
    box);
  const decide = (decision) => async (ev) => {
    clearFieldErrors(form);
    if (!account) { say(box, 'error', 'Create, import or connect your board account above first.'); return; }
    if (!rationale.value.trim()) { showFieldError(form, 'rationale', 'Give the reason for your decision.'); rationale.focus(); say(box, 'error', 'A decision needs a rationale.'); return; }
    if (!token()) { say(box, 'error', 'Sign in first (above): decisions are recorded under your signed-in account.'); return; }
    await busy(ev.target, box, decision === 'APPROVED' ? 'Sign the approval…' : 'Recording…', async () => {
      if (decision === 'APPROVED') {
        const n = await gql('query($a: String!) { nonces(address: $a) { registry } }', { a: account.address });
        const auth = await signAuth(account, 'registry', 'Approve', { studyId: s.id, protocolHash: s.protocolHash, nonce: n.nonces.registry, deadline: deadline(30) });
        say(box, 'info', 'Anchoring the approval on chain…');
        await gql('mutation($id: ID!, $h: String!, $a: AuthInput!) { approveStudy(studyId: $id, protocolHash: $h, auth: $a) { status } }', { id: s.id, h: s.protocolHash, a: auth });
      }
      try {
        await gql('mutation($id: ID!, $h: String!, $d: String!, $r: String!, $c: [String!]) { recordReview(studyId: $id, protocolHash: $h, decision: $d, rationale: $r, conditions: $c) { at } }',
          { id: s.id, h: s.protocolHash, d: decision, r: rationale.value, c: conditions.value.split('\n').map((x) => x.trim()).filter(Boolean) }, token());
      } catch (err) {
        if (err.field) showFieldError(form, err.field, err.message);
        throw err;
      }
      await reviewView(id);
      say($('#decision-msg'), 'ok', decision === 'APPROVED' ? `Study ${s.id} approved on chain; your rationale is recorded.` : `Changes requested for study ${s.id}.`);
    });
  };
  form.querySelector('#approve').addEventListener('click', decide('APPROVED'));
  form.querySelector('#request-changes').addEventListener('click', decide('CHANGES_REQUESTED'));

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
    el('section', { class: 'panel', id: 'versions' }, el('h3', {}, 'Changes between protocol versions'),
      s.amends ? el('p', {}, 'This submission amends ', el('code', {}, s.amends), '.') : el('p', {}, 'This is a first submission, not an amendment.'),
      diffSlot,
      el('div', { class: 'row' }, el('label', { for: 'compare-hash' }, 'Compare with another version'), cmp,
        el('button', { type: 'button', class: 'secondary', id: 'compare', onclick: () => showDiff(diffSlot, cmp.value.trim(), s.protocolHash) }, 'Compare'))),
    reviewsList(s.reviews),
    form,
    el('p', {}, el('a', { href: '/audit#study/' + s.id, id: 'audit-link' }, 'Audit this study')));
  if (s.amends) showDiff(diffSlot, s.amends, s.protocolHash);
}
