import { describe, expect, test } from 'vitest';
import { parseRulesFile, validateRulesFile } from '../../../lib/falco/index.ts';

const RULE = '- rule: R\n  desc: d\n  condition: evt.type = open\n  output: o\n  priority: INFO\n';

// [title, YAML text, expected code, line, column, message fragment]
const BROKEN: [string, string, string, number, number, string][] = [
  [
    'rule without output',
    '- rule: R\n  desc: d\n  condition: a\n  priority: info\n',
    'missing-field',
    1,
    3,
    "Item has no mapping for key 'output'",
  ],
  [
    'rule without priority',
    '- rule: R\n  desc: d\n  condition: a\n  output: o\n',
    'missing-field',
    1,
    3,
    "key 'priority'",
  ],
  [
    'rule without desc',
    '- rule: R\n  condition: a\n  output: o\n  priority: info\n',
    'missing-field',
    1,
    3,
    "key 'desc'",
  ],
  [
    'rule without condition',
    '- rule: R\n  desc: d\n  output: o\n  priority: info\n',
    'missing-field',
    1,
    3,
    "key 'condition'",
  ],
  [
    'empty rule name',
    '- rule:\n  enabled: false\n',
    'empty-value',
    1,
    3,
    "Mapping for key 'rule' is empty",
  ],
  [
    'rule name is a list',
    '- rule: [a]\n  enabled: false\n',
    'not-a-scalar',
    1,
    9,
    'Value is not a scalar value',
  ],
  [
    'bad priority',
    RULE.replace('INFO', 'WARN'),
    'invalid-priority',
    5,
    13,
    "Invalid priority 'WARN'; did you mean 'warning'?",
  ],
  [
    'priority typo',
    RULE.replace('INFO', 'critcal'),
    'invalid-priority',
    5,
    13,
    "did you mean 'critical'?",
  ],
  [
    'enabled not a bool',
    `${RULE}  enabled: maybe\n`,
    'invalid-bool',
    6,
    12,
    "'maybe' is not a boolean",
  ],
  [
    'capture_duration not a number',
    `${RULE}  capture_duration: soon\n`,
    'invalid-number',
    6,
    21,
    'not a non-negative integer',
  ],
  [
    'tags not a list',
    `${RULE}  tags: container\n`,
    'not-a-sequence',
    6,
    9,
    'Value is not a sequence',
  ],
  [
    'tags with a mapping',
    `${RULE}  tags: [a, {b: c}]\n`,
    'not-a-scalar',
    6,
    9,
    'sequence value is not scalar',
  ],
  [
    'unknown key with suggestion',
    `${RULE}  ouput: x\n`,
    'unknown-key',
    6,
    3,
    "Unknown key 'ouput'; did you mean 'output'?",
  ],
  [
    'unknown source',
    `${RULE}  source: k8saudit\n`,
    'unknown-source',
    6,
    11,
    "did you mean 'k8s_audit'?",
  ],
  [
    'exceptions not a list',
    `${RULE}  exceptions: {name: x}\n`,
    'invalid-exceptions',
    6,
    15,
    'Rule exceptions must be a sequence',
  ],
  [
    'exception without name',
    `${RULE}  exceptions:\n    - fields: [proc.name]\n`,
    'invalid-exception',
    7,
    5,
    "Item has no mapping for key 'name'",
  ],
  [
    'exception without fields',
    `${RULE}  exceptions:\n    - name: e\n`,
    'invalid-exception',
    7,
    5,
    'must have fields property',
  ],
  [
    'exception comps length',
    `${RULE}  exceptions:\n    - name: e\n      fields: [proc.name, fd.name]\n      comps: [=]\n`,
    'invalid-exception',
    7,
    5,
    'Fields and comps lists must have equal length',
  ],
  [
    'exception bad comparison',
    `${RULE}  exceptions:\n    - name: e\n      fields: [proc.name]\n      comps: [like]\n`,
    'invalid-exception',
    7,
    5,
    "'like' is not a supported comparison operator",
  ],
  [
    'exception values length',
    `${RULE}  exceptions:\n    - name: e\n      fields: [proc.name, fd.name]\n      values:\n        - [bash]\n`,
    'invalid-exception',
    7,
    5,
    'Fields and values lists must have equal length',
  ],
  [
    'exception single field with list comps',
    `${RULE}  exceptions:\n    - name: e\n      fields: proc.name\n      comps: [in]\n`,
    'invalid-exception',
    7,
    5,
    'Fields and comps must both be strings',
  ],
  [
    'exception single field with =',
    `${RULE}  exceptions:\n    - name: e\n      fields: proc.name\n      comps: =\n`,
    'invalid-exception',
    7,
    5,
    'comps must be one of (in, pmatch, intersects)',
  ],
  [
    'exception values not a list',
    `${RULE}  exceptions:\n    - name: e\n      fields: proc.name\n      values: bash\n`,
    'invalid-exception',
    7,
    5,
    'Rule exception values must be a sequence',
  ],
  [
    'append not a bool',
    '- rule: R\n  append: sometimes\n  condition: and a\n',
    'invalid-bool',
    2,
    11,
    "'sometimes' is not a boolean",
  ],
  [
    'override with bad operation',
    '- rule: R\n  condition: and a\n  override:\n    condition: merge\n',
    'invalid-override',
    4,
    5,
    "Invalid override operation for key 'condition': 'merge'",
  ],
  [
    'override replace of a non-replaceable key',
    '- rule: R\n  source: syscall\n  override:\n    source: replace\n',
    'invalid-override',
    4,
    5,
    "Key 'source' cannot be replaced",
  ],
  [
    'override append of priority',
    '- rule: R\n  priority: info\n  override:\n    priority: append\n',
    'invalid-override',
    4,
    5,
    "Key 'priority' cannot be appended to",
  ],
  [
    'override and append together',
    '- rule: R\n  append: true\n  condition: and a\n  override:\n    condition: append\n',
    'override-with-append',
    2,
    11,
    'cannot be used together',
  ],
  [
    'override key missing',
    '- rule: R\n  override:\n    output: replace\n',
    'override-missing-key',
    3,
    5,
    "An replace override for 'output' was specified but 'output' is not defined",
  ],
  [
    'overridable key without override entry',
    '- rule: R\n  condition: and a\n  desc: new\n  override:\n    condition: append\n',
    'override-unexpected-key',
    3,
    9,
    "Unexpected key 'desc'",
  ],
  ['macro without condition', '- macro: m\n', 'missing-field', 1, 3, "key 'condition'"],
  [
    'macro with invalid name',
    '- macro: my-macro\n  condition: a\n',
    'invalid-macro-name',
    1,
    10,
    'Macro has an invalid name',
  ],
  ['list without items', '- list: l\n', 'missing-field', 1, 3, "key 'items'"],
  [
    'list items not a list',
    '- list: l\n  items: bash\n',
    'not-a-sequence',
    2,
    10,
    'Value is not a sequence',
  ],
  [
    'list unknown key',
    '- list: l\n  items: []\n  itmes: [a]\n',
    'unknown-key',
    3,
    3,
    "did you mean 'items'?",
  ],
  ['item not a mapping', '- just a string\n', 'item-not-mapping', 1, 3, 'Unexpected element type'],
  ['unknown top level item', '- policy: p\n', 'unknown-item', 1, 3, 'Unknown top level item'],
  [
    'bad engine version',
    '- required_engine_version: soon\n',
    'invalid-engine-version',
    1,
    28,
    "Unable to parse engine version 'soon'",
  ],
  [
    'plugin version without version',
    '- required_plugin_versions:\n    - name: k8saudit\n',
    'invalid-plugin-versions',
    2,
    5,
    "no mapping for key 'version'",
  ],
  [
    'condition error in a plain scalar',
    '- macro: m\n  condition: proc.name in (a, b\n',
    'condition-syntax',
    2,
    32,
    "expected a ')' token",
  ],
  [
    'condition error in a folded scalar',
    '- macro: m\n  condition: >\n    proc.name = bash\n    and (fd.name = x\n    or\n',
    'condition-syntax',
    5,
    7,
    "expected a '(' token, a field check, or an identifier",
  ],
  [
    'condition error in a literal scalar',
    '- macro: m\n  condition: |\n    a and\n      b c\n',
    'condition-syntax',
    4,
    9,
    "unexpected token after 'b'",
  ],
  [
    'condition error in a multi-line plain scalar',
    '- macro: m\n  condition: a and\n    b and proc.name\n',
    'condition-syntax',
    3,
    20,
    'expected a valid check operator',
  ],
  [
    'condition error in a double-quoted scalar',
    '- macro: m\n  condition: "proc.name in (\\"a\\", b"\n',
    'condition-syntax',
    2,
    37,
    "expected a ')' token",
  ],
  [
    'condition error in a single-quoted scalar',
    "- macro: m\n  condition: 'fd.name = ''x'' and'\n",
    'condition-syntax',
    2,
    34,
    "expected blank or '(' after 'and'",
  ],
  [
    'unknown field with suggestion',
    '- macro: m\n  condition: >\n    a and\n    proc.nmae = bash\n',
    'unknown-field',
    4,
    5,
    "Unknown field 'proc.nmae'; did you mean 'proc.name'?",
  ],
  [
    'exception with an unknown field',
    `${RULE}  exceptions:\n    - name: e\n      fields: [proc.nam]\n`,
    'unknown-field',
    7,
    5,
    "Exception 'e': unknown field 'proc.nam'; did you mean 'proc.name'?",
  ],
  [
    'empty condition',
    '- macro: m\n  condition: ""\n',
    'empty-value',
    2,
    14,
    'Value must be non-empty',
  ],
];

describe('[falco] broken items', () => {
  test.each(BROKEN)('[falco] %s', (_title, text, code, line, column, message) => {
    const parsed = parseRulesFile(text, { filename: 'broken.yaml' });
    expect(parsed.diagnostics).toEqual([]);
    const diagnostics = validateRulesFile(parsed);
    const found = diagnostics.find((diagnostic) => diagnostic.code === code);
    expect(found, JSON.stringify(diagnostics, null, 1)).toBeDefined();
    expect(found).toMatchObject({ line, column, file: 'broken.yaml' });
    expect(found!.message).toContain(message);
    expect(found!.item).toBeDefined();
  });

  test('[falco] the table has at least 30 broken items', () => {
    expect(BROKEN.length).toBeGreaterThanOrEqual(30);
  });

  test('[falco] valid shapes give no errors: append, override, enabled toggle, exceptions forms', () => {
    const text = `${RULE}  exceptions:
    - name: by_image
      fields: [container.image.repository, proc.name]
      comps: [=, in]
      values:
        - [docker.io/x, [bash, sh]]
    - name: by_parent
      fields: proc.pname
      comps: startswith oneof
      values: [sshd]
    - name: no_values
      fields: [proc.name]
- rule: R
  condition: and not proc.name = x
  exceptions:
    - name: by_image
      values: [[docker.io/y, [zsh]]]
  override:
    condition: append
    exceptions: append
- rule: R
  priority: debug
  enabled: false
  override:
    priority: replace
    enabled: replace
- rule: R
  enabled: yes
- macro: m
  condition: or fd.sport = 80
  append: true
- list: l
  items: [a]
  override:
    items: append
`;
    const diagnostics = validateRulesFile(parseRulesFile(text));
    expect(diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([]);
  });

  test('[falco] priority is case-insensitive and info means informational', () => {
    for (const priority of [
      'EMERGENCY',
      'Alert',
      'critical',
      'ERROR',
      'Warning',
      'notice',
      'Informational',
      'INFO',
      'debug',
    ]) {
      expect(validateRulesFile(parseRulesFile(RULE.replace('INFO', priority)))).toEqual([]);
    }
  });
});
