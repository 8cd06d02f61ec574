// Keys kept in the browser and the signatures medmarket asks for: EIP-712 typed data for every
// mutation, EIP-191 (personal_sign) for Sign-In with Ethereum, and the patient's per-study
// pseudonymous keys derived from one master secret exactly as token.StudyKey does in Go.
import {
  Wallet, Signature, computeHmac, concat, getBytes, hexlify, keccak256, randomBytes, sha256,
  toUtf8Bytes, verifyTypedData,
} from '/static/vendor/ethers.min.js';
import { APIError, gql } from './api.js';

// ---- EIP-712 types, exactly as token/sign.go and the contracts hash them.
const u256 = (name) => ({ name, type: 'uint256' });
export const TYPES = {
  Register: [{ name: 'protocolHash', type: 'bytes32' }, { name: 'epsilonBudget', type: 'uint64' },
    { name: 'deltaBudget', type: 'uint64' }, u256('reward'), { name: 'cap', type: 'uint32' }, u256('nonce'), u256('deadline')],
  Amend: [u256('studyId'), { name: 'protocolHash', type: 'bytes32' }, u256('nonce'), u256('deadline')],
  Approve: [u256('studyId'), { name: 'protocolHash', type: 'bytes32' }, u256('nonce'), u256('deadline')],
  Reject: [u256('studyId'), { name: 'protocolHash', type: 'bytes32' }, u256('nonce'), u256('deadline')],
  Suspend: [u256('studyId'), { name: 'suspend', type: 'bool' }, u256('nonce'), u256('deadline')],
  Close: [u256('studyId'), u256('nonce'), u256('deadline')],
  Consent: [u256('studyId'), { name: 'participant', type: 'address' }, { name: 'scope', type: 'bytes32' },
    { name: 'expiry', type: 'uint64' }, u256('nonce'), u256('deadline')],
  Revoke: [u256('studyId'), { name: 'participant', type: 'address' }, u256('nonce'), u256('deadline')],
  Permit: [{ name: 'owner', type: 'address' }, { name: 'spender', type: 'address' }, u256('value'), u256('nonce'), u256('deadline')],
  Request: [{ name: 'action', type: 'string' }, u256('studyId'), u256('nonce'), u256('deadline')],
};

const DOMAIN_NAMES = { registry: 'MedMarket StudyRegistry', consent: 'MedMarket ConsentRegistry', token: 'MedMarket Reward' };

let domainCache = null;
// signingDomain fetches the chain id and contract addresses once.
export async function signingDomain() {
  if (!domainCache) {
    const d = await gql('{ signingDomain { chainId rewardToken studyRegistry consentRegistry studyEscrow } }');
    domainCache = d.signingDomain;
  }
  return domainCache;
}

function domainFor(d, which) {
  const contract = { registry: d.studyRegistry, consent: d.consentRegistry, token: d.rewardToken }[which];
  return { name: DOMAIN_NAMES[which], version: '1', chainId: BigInt(d.chainId), verifyingContract: contract };
}

// deadline returns unix seconds minutes from now, as a decimal string.
export function deadline(minutes = 30) {
  return String(Math.floor(Date.now() / 1000) + minutes * 60);
}

// randomNonce returns a random 63-bit decimal nonce (off-chain requests).
export function randomNonce() {
  return (BigInt(hexlify(randomBytes(8))) >> 1n).toString();
}

// signAuth signs message (which must hold nonce and deadline) as account and returns the
// API's AuthInput.
export async function signAuth(account, which, primary, message) {
  const d = await signingDomain();
  const domain = domainFor(d, which);
  const types = { [primary]: TYPES[primary] };
  const sig = await account.signTypedData(domain, types, message);
  return { signer: account.address, nonce: String(message.nonce), deadline: String(message.deadline), signature: sig };
}

// ---- accounts: a local key (localStorage) or an injected EIP-1193 wallet.

function normalise(sig) {
  // Wallets may return v as 0/1; the API takes 27/28, low s.
  return Signature.from(sig).serialized;
}

function walletError(e) {
  if (e && (e.code === 4001 || e.code === 'ACTION_REJECTED')) return new APIError('you declined the signature in your wallet; nothing was sent.', 'EWALLET');
  return new APIError('the wallet could not sign: ' + ((e && e.message) || e), 'EWALLET');
}

class LocalAccount {
  constructor(privateKey) {
    this.wallet = new Wallet(privateKey);
    this.address = this.wallet.address;
    this.kind = 'local';
  }
  signTypedData(domain, types, value) { return this.wallet.signTypedData(domain, types, value); }
  signMessage(msg) { return this.wallet.signMessage(msg); }
}

function jsonable(v) {
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return v.map(jsonable);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jsonable(x)]));
  return v;
}

class WalletAccount {
  constructor(provider, address) {
    this.provider = provider;
    this.address = address;
    this.kind = 'wallet';
  }
  async signTypedData(domain, types, value) {
    const primaryType = Object.keys(types)[0];
    const payload = {
      types: {
        EIP712Domain: [{ name: 'name', type: 'string' }, { name: 'version', type: 'string' },
          { name: 'chainId', type: 'uint256' }, { name: 'verifyingContract', type: 'address' }],
        ...types,
      },
      domain: jsonable(domain), primaryType, message: jsonable(value),
    };
    let sig;
    try {
      sig = await this.provider.request({ method: 'eth_signTypedData_v4', params: [this.address, JSON.stringify(payload)] });
    } catch (e) {
      throw walletError(e);
    }
    sig = normalise(sig);
    // A wallet signing with another account is told apart here; the API checks it again.
    if (verifyTypedData(domain, types, value, sig).toLowerCase() !== this.address.toLowerCase()) {
      console.warn('the wallet signature does not recover to the selected account');
    }
    return sig;
  }
  async signMessage(msg) {
    try {
      return normalise(await this.provider.request({ method: 'personal_sign', params: [hexlify(toUtf8Bytes(msg)), this.address] }));
    } catch (e) {
      throw walletError(e);
    }
  }
}

export function hasWallet() {
  return typeof window.ethereum === 'object' && window.ethereum && typeof window.ethereum.request === 'function';
}

// Account storage, one per role, so one browser can play several roles in a demo.
export class Keyring {
  constructor(role) {
    this.role = role;
    this.prefix = 'medmarket.' + role + '.';
  }
  get(name) { return localStorage.getItem(this.prefix + name) || ''; }
  set(name, v) { if (v) localStorage.setItem(this.prefix + name, v); else localStorage.removeItem(this.prefix + name); }

  // account returns the role's account, or null when there is none yet.
  async account() {
    if (this.get('kind') === 'wallet' && hasWallet()) {
      const accounts = await window.ethereum.request({ method: 'eth_accounts' }).catch(() => []);
      const want = this.get('address');
      if (accounts && accounts.some((a) => a.toLowerCase() === want.toLowerCase())) return new WalletAccount(window.ethereum, want);
      return null;
    }
    const k = this.get('key');
    return k ? new LocalAccount(k) : null;
  }
  create() {
    const w = Wallet.createRandom();
    this.set('kind', 'local');
    this.set('key', w.privateKey);
    this.set('session', '');
    return new LocalAccount(w.privateKey);
  }
  import(hex) {
    let h = hex.trim();
    if (!h.startsWith('0x')) h = '0x' + h;
    if (!/^0x[0-9a-fA-F]{64}$/.test(h)) throw new APIError('a private key is 64 hexadecimal digits.', 'EINVALID', 'key');
    const a = new LocalAccount(h);
    this.set('kind', 'local');
    this.set('key', h);
    this.set('session', '');
    return a;
  }
  async connectWallet() {
    let accounts;
    try {
      accounts = await window.ethereum.request({ method: 'eth_requestAccounts' });
    } catch (e) {
      throw walletError(e);
    }
    if (!accounts || !accounts.length) throw new APIError('the wallet shared no account.', 'EWALLET');
    this.set('kind', 'wallet');
    this.set('address', accounts[0]);
    this.set('key', '');
    this.set('session', '');
    return new WalletAccount(window.ethereum, accounts[0]);
  }
  forget() {
    for (const n of ['kind', 'key', 'address', 'session']) this.set(n, '');
  }

  // Sign-In with Ethereum sessions (for private reads: released values, drafts, reviews).
  session() {
    try {
      const s = JSON.parse(this.get('session') || 'null');
      if (s && Date.parse(s.expires) > Date.now() + 5000) return s;
    } catch (e) { /* a broken entry is no session */ }
    return null;
  }
  async signIn(account) {
    const ch = await gql('query($a: String!) { signInChallenge(address: $a) }', { a: account.address });
    const sig = await account.signMessage(ch.signInChallenge);
    const r = await gql('mutation($m: String!, $s: String!) { signIn(message: $m, signature: $s) { token address expires } }',
      { m: ch.signInChallenge, s: sig });
    this.set('session', JSON.stringify(r.signIn));
    return r.signIn;
  }
  async signOut() {
    const s = this.session();
    this.set('session', '');
    if (s) await gql('mutation { signOut }', {}, s.token).catch(() => {});
  }
}

// ---- patient keys

// secp256k1's group order: a study key must lie in [1, n-1].
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const SALT = toUtf8Bytes('medmarket/study-key/v1');

// studyKey derives the patient's pseudonymous key for one study from their master secret:
// HKDF-SHA256 (RFC 5869) with salt "medmarket/study-key/v1" and info "study/<id>/<counter>",
// the 32-byte output as the scalar, the counter raised when it is out of range — the same
// derivation as token.StudyKey in Go, so the same master gives the same addresses anywhere.
export function studyKey(master, studyId) {
  const ikm = getBytes(master);
  if (ikm.length < 16) throw new Error('the master secret is shorter than 16 bytes');
  const prk = computeHmac('sha256', SALT, ikm); // HKDF-Extract
  for (let counter = 0; ; counter++) {
    const info = toUtf8Bytes(`study/${studyId}/${counter}`);
    const okm = computeHmac('sha256', prk, concat([info, new Uint8Array([1])])); // HKDF-Expand, one block
    const k = BigInt(okm);
    if (k > 0n && k < N) return new Wallet(okm);
  }
}

export function newMaster() {
  return hexlify(randomBytes(32));
}

// The message a wallet signs to give the patient a master secret: wallets sign
// deterministically (RFC 6979), so the same wallet gives the same study addresses again.
export const MASTER_MESSAGE = 'medmarket: derive my pseudonymous study keys.\n\nThis signature is the master secret of your study addresses. Sign it only on your medmarket page; never share it.';

export async function masterFromWallet() {
  const ring = new Keyring('patient-wallet');
  const acct = await ring.connectWallet();
  const sig = await acct.signMessage(MASTER_MESSAGE);
  return keccak256(sig);
}

// consentScope is the hash of the data-use codes a patient consents to (as the demo signs it).
export function consentScope(codes) {
  return sha256(toUtf8Bytes(codes.join(',')));
}
