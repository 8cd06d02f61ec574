// GraphQL client: the only way the pages reach medmarket. Errors come back as APIError with
// the API's code (EINVALID, EUNAUTHORIZED, ...) and, for invalid input, the field at fault.

export class APIError extends Error {
  constructor(message, code, field) {
    super(message);
    this.code = code || '';
    this.field = field || '';
  }
}

// gql posts one operation. token, when given, is a sign-in session.
export async function gql(query, variables = {}, token = '') {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + token;
  let res;
  try {
    res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch (e) {
    throw new APIError('The server could not be reached. Check your connection and try again.', 'ENETWORK');
  }
  let body;
  try {
    body = await res.json();
  } catch (e) {
    throw new APIError(`The server answered ${res.status} without a readable reply.`, 'EINTERNAL');
  }
  if (body.errors && body.errors.length) {
    const e = body.errors[0];
    const ext = e.extensions || {};
    throw new APIError(e.message, ext.code, ext.field);
  }
  return body.data;
}

// Words for people, by error code: what happened and what to do.
const advice = {
  EUNAUTHORIZED: 'The signature or session was not accepted',
  EFORBIDDEN: 'Not allowed',
  ECONFLICT: 'Already done',
  EBUDGET: 'Privacy budget exhausted',
  ENOTFOUND: 'Not found',
  EINVALID: 'Please correct the input',
  EINTERNAL: 'Something went wrong on the server',
  ENETWORK: 'No connection',
  EWALLET: 'Signing was cancelled',
};

// explain turns any error into one clear sentence for the page.
export function explain(err) {
  if (err instanceof APIError) {
    const head = advice[err.code] || 'Error';
    let text = `${head}: ${err.message.replace(/[.!]?\s*$/, '.')}`;
    if (err.code === 'EBUDGET') {
      text += ' The study has spent its privacy budget (epsilon); no further answers can be released. An amendment with a new budget needs a new ethics approval.';
    }
    return text;
  }
  return 'Error: ' + (err && err.message ? err.message : String(err));
}
