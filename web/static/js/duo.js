// GA4GH Data Use Ontology terms that medmarket understands (mirrors studies/duo.go).
export const DUO = {
  'DUO:0000004': ['no restriction', 'NRES', true],
  'DUO:0000042': ['general research use', 'GRU', true],
  'DUO:0000006': ['health or medical or biomedical research', 'HMB', true],
  'DUO:0000007': ['disease specific research', 'DS', true],
  'DUO:0000011': ['population origins or ancestry research only', 'POA', true],
  'DUO:0000012': ['research specific restrictions', 'RS', false],
  'DUO:0000015': ['no general methods research', 'NMDS', false],
  'DUO:0000016': ['genetic studies only', 'GSO', false],
  'DUO:0000018': ['not for profit, non commercial use only', 'NPUNCU', false],
  'DUO:0000019': ['publication required', 'PUB', false],
  'DUO:0000020': ['collaboration required', 'COL', false],
  'DUO:0000021': ['ethics approval required', 'IRB', false],
  'DUO:0000022': ['geographical restriction', 'GS', false],
  'DUO:0000024': ['publication moratorium', 'MOR', false],
  'DUO:0000025': ['time limit on use', 'TS', false],
  'DUO:0000026': ['user specific restriction', 'US', false],
  'DUO:0000027': ['project specific restriction', 'PS', false],
  'DUO:0000028': ['institution specific restriction', 'IS', false],
  'DUO:0000029': ['return to database or resource', 'RTN', false],
  'DUO:0000043': ['clinical care use', 'CC', false],
  'DUO:0000044': ['population origins or ancestry research prohibited', 'NPOA', false],
  'DUO:0000045': ['not for profit organisation use only', 'NPU', false],
  'DUO:0000046': ['non-commercial use only', 'NCU', false],
};

export function duoLabel(code) {
  const t = DUO[code];
  return t ? `${t[1]} — ${t[0]}` : code;
}

export const permissions = Object.keys(DUO).filter((c) => DUO[c][2]);
export const modifiers = Object.keys(DUO).filter((c) => !DUO[c][2]);
