// Lists studies through the GraphQL API; the page holds no data of its own.
(async function () {
  const status = document.getElementById('status');
  const table = document.getElementById('studies');
  const query = '{ studies(first: 50) { totalCount edges { node { id title status consents epsilonSpent epsilonBudget protocolHash } } } }';
  try {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
    const rows = body.data.studies.edges.map((e) => e.node);
    if (rows.length === 0) { status.textContent = 'No studies yet.'; return; }
    const tbody = table.querySelector('tbody');
    for (const s of rows) {
      const tr = document.createElement('tr');
      for (const v of [s.id, s.title || '(document missing)', s.status, s.consents,
        s.epsilonSpent + ' / ' + s.epsilonBudget, s.protocolHash.slice(0, 18) + '…']) {
        const td = document.createElement('td');
        td.textContent = v;
        tr.appendChild(td);
      }
      tbody.appendChild(tr);
    }
    status.textContent = body.data.studies.totalCount + ' studies';
    table.hidden = false;
  } catch (err) {
    status.textContent = 'Could not load studies: ' + err.message;
  }
})();
