// The public audit: every on-chain fact of a study checked without trusting the operator,
// each with a verification mark, the privacy budget as a gauge, and a JSON export.
import { gql, explain } from './api.js';
import { el, $, mark, badge, download, short, tokens, router, show } from './ui.js';
import { gauge } from './charts.js';

const view = $('#view');
$('#account').remove();

router({ '': indexView, study: studyView });

async function indexView() {
  show(view, el('p', {}, 'Loading…'));
  try {
    const d = await gql('{ studies(first: 100) { totalCount edges { node { id title status consents epsilonBudget epsilonSpent } } } }');
    const list = d.studies.edges.map((e) => e.node);
    show(view, el('p', {}, 'Anyone can check a study here: the stored protocol against its hash on chain, each released answer against the registered plan and the result hash anchored on chain, the privacy budget and the escrow.'),
      list.length ? el('table', { id: 'audit-index' }, el('caption', {}, `${d.studies.totalCount} studies: privacy budget spent`),
        el('thead', {}, el('tr', {}, ...['ID', 'Title', 'Status', 'Participants', 'Privacy budget'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, ...list.map((s) => el('tr', {}, el('td', {}, s.id), el('td', {}, el('a', { href: '#study/' + s.id }, s.title || `Study ${s.id}`)), el('td', {}, badge(s.status)), el('td', {}, s.consents), el('td', {}, gauge(s.epsilonSpent, s.epsilonBudget))))))
        : el('p', {}, 'No studies yet.'));
  } catch (err) {
    show(view, el('p', { class: 'msg msg-error', role: 'alert' }, explain(err)));
  }
}

async function studyView(id) {
  show(view, el('p', {}, 'Checking…'));
  let d;
  try {
    d = await gql(`query($id: ID!) {
      audit(studyId: $id) { studyId status researcher approvedBy protocolHash protocolVerified epsilonBudget epsilonSpent epsilonReleased consents ok problems json
        escrow { funded paid refunded } releases { query queryHash epsilon resultHash preRegistered anchored hashMatches }
        timeline { block tx kind account protocolHash status count epsilon queryHash resultHash amount } }
      study(id: $id) { title participantCap rewardPerParticipant decisions { outcome rationale board at } }
      releases(studyId: $id) { query createdAt } }`, { id });
  } catch (err) {
    show(view, el('p', {}, el('a', { href: '#' }, '← All studies')), el('p', { class: 'msg msg-error', role: 'alert' }, explain(err)));
    return;
  }
  const a = d.audit;
  const when = Object.fromEntries(d.releases.map((r) => [r.query, r.createdAt]));
  const fact = (ok, text, yes, no) => el('li', {}, mark(ok, yes, no), ' — ', text);
  const budgetOK = a.epsilonSpent <= a.epsilonBudget && Math.abs(a.epsilonSpent - a.epsilonReleased) < 1e-9;
  const funded = BigInt(a.escrow.funded), paid = BigInt(a.escrow.paid), refunded = BigInt(a.escrow.refunded);
  show(view, 
    el('p', {}, el('a', { href: '#' }, '← All studies')),
    el('h2', {}, `Audit of study ${a.studyId}: ${d.study?.title || ''} `, badge(a.status)),
    el('p', { id: 'verdict', class: 'msg ' + (a.ok ? 'msg-ok' : 'msg-error'), role: a.ok ? 'status' : 'alert' }, a.ok ? '✓ Every check passed.' : `✗ ${a.problems.length} check(s) failed.`),
    a.problems.length ? el('ul', { id: 'problems' }, ...a.problems.map((p) => el('li', {}, p))) : null,
    el('section', { class: 'panel' }, el('h3', {}, 'On-chain facts'),
      el('ul', { class: 'facts', id: 'facts' },
        fact(a.protocolVerified, ['Protocol ', el('code', {}, short(a.protocolHash)), ': the stored document hashes to the hash on chain'], 'verified', 'does not match'),
        fact(!!a.approvedBy, ['Approval by ethics board ', a.approvedBy ? el('code', {}, short(a.approvedBy)) : '—', ' bound to that hash'], 'on chain', 'not approved'),
        fact(budgetOK, [`Privacy budget: ε ${a.epsilonSpent} debited on chain for ε ${a.epsilonReleased} released, of ε ${a.epsilonBudget}`], 'consistent', 'inconsistent'),
        fact(paid + refunded <= funded, [`Escrow: ${tokens(a.escrow.funded)} funded, ${tokens(a.escrow.paid)} paid, ${tokens(a.escrow.refunded)} refunded`], 'balanced', 'over-spent'),
        el('li', {}, `${a.consents} valid consents on chain`))),
    el('section', { class: 'panel' }, el('h3', {}, 'Privacy budget'), gauge(a.epsilonSpent, a.epsilonBudget)),
    el('section', { class: 'panel' }, el('h3', {}, 'Released answers'),
      a.releases.length ? el('table', { id: 'audit-releases' },
        el('thead', {}, el('tr', {}, ...['When', 'Query', 'ε', 'Pre-registered', 'Anchored on chain', 'Value matches hash', 'Result hash'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, ...a.releases.map((r) => el('tr', {},
          el('td', {}, when[r.query] ? new Date(when[r.query]).toLocaleString() : ''), el('td', {}, r.query), el('td', {}, r.epsilon),
          el('td', {}, mark(r.preRegistered, 'yes', 'no')), el('td', {}, mark(r.anchored, 'yes', 'no')), el('td', {}, mark(r.hashMatches, 'yes', 'no')),
          el('td', {}, el('code', {}, short(r.resultHash)))))))
        : el('p', {}, 'Nothing released yet.')),
    el('section', { class: 'panel' }, el('h3', {}, 'Timeline on chain'),
      a.timeline.length ? el('table', { id: 'audit-timeline' },
        el('caption', {}, 'Every event the contracts recorded for this study, oldest first'),
        el('thead', {}, el('tr', {}, ...['Block', 'Event', 'Details', 'Transaction'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, ...a.timeline.map((e) => el('tr', {},
          el('td', {}, String(e.block)), el('td', {}, e.kind), el('td', {}, timelineDetail(e)),
          el('td', {}, el('code', {}, short(e.tx)))))))
        : el('p', {}, 'No events indexed yet.')),
    d.study && d.study.decisions.length ? el('section', { class: 'panel' }, el('h3', {}, 'Review decisions'),
      el('ul', {}, ...d.study.decisions.map((r) => el('li', {}, `${new Date(r.at).toLocaleString()}: ${r.outcome} by ${short(r.board)} — ${r.rationale || '(no rationale given)'}`)))) : null,
    el('button', { type: 'button', id: 'export-audit', class: 'secondary', onclick: () => download(`study-${a.studyId}-audit.json`, 'application/json', a.json) }, 'Export the audit as JSON'));
}

// timelineDetail says in words what one on-chain event recorded.
function timelineDetail(e) {
  const parts = [];
  if (e.status) parts.push(`now ${e.status}`);
  if (e.count) parts.push(`${e.count} ${e.kind === 'PAID' ? 'payee' : 'participant'}${e.count === 1 ? '' : 's'}`);
  if (e.epsilon) parts.push(`ε ${e.epsilon}`);
  if (e.amount) parts.push(e.kind === 'PAID' ? `${tokens(e.amount)} each` : tokens(e.amount));
  if (e.protocolHash) parts.push(`protocol ${short(e.protocolHash)}`);
  if (e.queryHash) parts.push(`query ${short(e.queryHash)} → result ${short(e.resultHash)}`);
  if (e.account) parts.push(`by ${short(e.account)}`);
  return parts.join('; ');
}
