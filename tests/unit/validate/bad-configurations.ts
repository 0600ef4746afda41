/**
 * A table of bad configurations: each is one module (files by name) and the diagnostic it must
 * produce (code, file, line, column). Positions are 1-based; columns count UTF-16 units.
 */
export interface TBadCase {
  name: string;
  files: Record<string, string>;
  code: string;
  line: number;
  column: number;
  file?: string;
  severity?: 'error' | 'warning' | 'info';
}

const policy = (body: string) =>
  `resource "sysdig_secure_custom_policy" "p" {\n  name        = "p"\n  description = "d"\n${body}\n}\n`;
const rule = (body: string) =>
  `resource "sysdig_secure_rule_falco" "r" {\n  name = "r"\n${body}\n}\n`;
const fullRule = (extra: string) =>
  rule(
    `  condition = "proc.name = bash"\n  output    = "o"\n  priority  = "warning"\n  source    = "syscall"\n${extra}`,
  );
const channel2018 = (body: string) =>
  `resource "sysdig_secure_notification_channel" "c" {\n  name                 = "c"\n  enabled              = true\n  notify_when_ok       = false\n  notify_when_resolved = false\n${body}\n}\n`;
const policy2018 = (body: string) =>
  `resource "sysdig_secure_policy" "p" {\n  name                  = "p"\n  description           = "d"\n  severity              = 4\n  enabled               = true\n  container_scope       = true\n  host_scope            = false\n  falco_rule_name_regex = "Terminal shell in container"\n${body}\n}\n`;

export const BAD_CASES: TBadCase[] = [
  // Syntax (HCL's verdicts and positions).
  {
    name: 'a label where an equals sign belongs',
    files: { 'main.tf': 'resource "sysdig_secure_list" "l" {\n  name "l"\n}\n' },
    code: 'invalid-block-definition',
    line: 2,
    column: 11,
  },
  {
    name: 'unclosed block',
    files: { 'main.tf': 'resource "sysdig_secure_list" "l" {\n  name = "l"\n' },
    code: 'unclosed-block',
    line: 1,
    column: 35,
  },
  {
    name: 'a stray operator after a value',
    files: { 'main.tf': 'resource "sysdig_secure_list" "l" {\n  name = "l" ^\n}\n' },
    code: 'unsupported-operator',
    line: 2,
    column: 14,
  },
  {
    name: 'HCL1 block inside an object',
    files: {
      'main.tf': policy2018(
        '  network = {\n    listening_ports {\n      default = "none"\n    }\n  }',
      ),
    },
    code: 'legacy-block-in-object',
    line: 10,
    column: 21,
  },
  {
    name: 'unterminated string',
    files: { 'main.tf': 'resource "sysdig_secure_list" "l" {\n  name = "l\n}\n' },
    code: 'unterminated-template',
    line: 2,
    column: 12,
  },
  // Addresses and references.
  {
    name: 'duplicate resource address',
    files: {
      'a.tf': 'resource "sysdig_secure_list" "l" {\n  name  = "a"\n  items = []\n}\n',
      'b.tf': 'resource "sysdig_secure_list" "l" {\n  name  = "b"\n  items = []\n}\n',
    },
    code: 'duplicate-address',
    file: 'b.tf',
    line: 1,
    column: 1,
  },
  {
    name: 'dangling channel reference',
    files: {
      'main.tf': policy(
        '  notification_channels = [sysdig_secure_notification_channel_email.ops.id]',
      ),
    },
    code: 'dangling-reference',
    line: 4,
    column: 28,
  },
  {
    name: 'dangling variable',
    files: {
      'main.tf': 'resource "sysdig_secure_list" "l" {\n  name  = var.list_name\n  items = []\n}\n',
    },
    code: 'dangling-reference',
    line: 2,
    column: 11,
  },
  {
    name: 'dangling local',
    files: {
      'main.tf': 'resource "sysdig_secure_list" "l" {\n  name  = local.prefix\n  items = []\n}\n',
    },
    code: 'dangling-reference',
    line: 2,
    column: 11,
  },
  {
    name: 'dangling rule reference in policy rules',
    files: {
      'main.tf': policy('  rules {\n    name = sysdig_secure_rule_falco.missing.name\n  }'),
    },
    code: 'dangling-reference',
    line: 5,
    column: 12,
  },
  {
    name: 'dangling policy in 2018 priorities',
    files: {
      'main.tf':
        'resource "sysdig_secure_policies_priority" "o" {\n  policies = [sysdig_secure_policy.nope.id]\n}\n',
    },
    code: 'dangling-reference',
    line: 2,
    column: 15,
  },
  {
    name: 'file() of a missing file',
    files: {
      'main.tf':
        'resource "sysdig_secure_user_rules_file" "r" {\n  content = file("${path.module}/missing.yaml")\n}\n',
    },
    code: 'missing-file',
    line: 2,
    column: 18,
  },
  // Unknown attributes and blocks.
  {
    name: 'unknown attribute with a near name',
    files: { 'main.tf': policy('  severty = 3') },
    code: 'unknown-attribute',
    line: 4,
    column: 3,
  },
  {
    name: 'unknown attribute far from any',
    files: { 'main.tf': policy('  colour = "red"') },
    code: 'unknown-attribute',
    line: 4,
    column: 3,
  },
  {
    name: 'unknown nested attribute in actions',
    files: { 'main.tf': policy('  actions {\n    contaner = "stop"\n  }') },
    code: 'unknown-attribute',
    line: 5,
    column: 5,
  },
  {
    name: 'unknown attribute in capture',
    files: {
      'main.tf': policy(
        '  actions {\n    capture {\n      name                 = "c"\n      seconds_before_event = 1\n      seconds_after_event  = 1\n      bucket               = "b"\n    }\n  }',
      ),
    },
    code: 'unknown-attribute',
    line: 9,
    column: 7,
  },
  {
    name: 'unknown attribute on a list',
    files: {
      'main.tf':
        'resource "sysdig_secure_list" "l" {\n  name   = "l"\n  items  = []\n  values = ["x"]\n}\n',
    },
    code: 'unknown-attribute',
    line: 4,
    column: 3,
  },
  {
    name: 'unknown attribute on a macro',
    files: {
      'main.tf':
        'resource "sysdig_secure_macro" "m" {\n  name      = "m"\n  condition = "proc.name = x"\n  enabled   = true\n}\n',
    },
    code: 'unknown-attribute',
    line: 4,
    column: 3,
  },
  {
    name: 'unknown attribute on an email channel',
    files: {
      'main.tf':
        'resource "sysdig_secure_notification_channel_email" "e" {\n  name       = "e"\n  recipients = ["a@example.com"]\n  recipient  = "b@example.com"\n}\n',
    },
    code: 'unknown-attribute',
    line: 4,
    column: 3,
  },
  {
    name: '2018 policy field on a current policy',
    files: { 'main.tf': policy('  falco_rule_name_regex = "x"') },
    code: 'unknown-attribute',
    line: 4,
    column: 3,
  },
  // Types.
  {
    name: 'string where a bool goes',
    files: { 'main.tf': policy('  enabled = "yes"') },
    code: 'invalid-type',
    line: 4,
    column: 3,
  },
  {
    name: 'string where a number goes',
    files: { 'main.tf': policy('  severity = "high"') },
    code: 'invalid-type',
    line: 4,
    column: 3,
  },
  {
    name: 'number where a string goes',
    files: { 'main.tf': policy('  runbook = 42') },
    code: 'invalid-type',
    line: 4,
    column: 3,
  },
  {
    name: 'string where a list goes',
    files: {
      'main.tf': 'resource "sysdig_secure_list" "l" {\n  name  = "l"\n  items = "bash"\n}\n',
    },
    code: 'invalid-type',
    line: 3,
    column: 3,
  },
  {
    name: 'tags as a string',
    files: { 'main.tf': fullRule('  tags = "shell"') },
    code: 'invalid-type',
    line: 7,
    column: 3,
  },
  {
    name: 'list of numbers as recipients',
    files: {
      'main.tf':
        'resource "sysdig_secure_notification_channel_email" "e" {\n  name       = "e"\n  recipients = 5\n}\n',
    },
    code: 'invalid-type',
    line: 3,
    column: 3,
  },
  {
    name: 'capture seconds as a string',
    files: {
      'main.tf': policy(
        '  actions {\n    capture {\n      name                 = "c"\n      seconds_before_event = "ten"\n      seconds_after_event  = 1\n    }\n  }',
      ),
    },
    code: 'invalid-type',
    line: 7,
    column: 7,
  },
  {
    name: 'append as a string',
    files: {
      'main.tf':
        'resource "sysdig_secure_list" "l" {\n  name   = "l"\n  items  = []\n  append = "true"\n}\n',
    },
    code: 'invalid-type',
    line: 4,
    column: 3,
  },
  // Missing required.
  {
    name: 'policy without description',
    files: { 'main.tf': 'resource "sysdig_secure_custom_policy" "p" {\n  name = "p"\n}\n' },
    code: 'missing-required',
    line: 1,
    column: 1,
  },
  {
    name: 'list without items',
    files: { 'main.tf': 'resource "sysdig_secure_list" "l" {\n  name = "l"\n}\n' },
    code: 'missing-required',
    line: 1,
    column: 1,
  },
  {
    name: 'macro without condition',
    files: { 'main.tf': 'resource "sysdig_secure_macro" "m" {\n  name = "m"\n}\n' },
    code: 'missing-required',
    line: 1,
    column: 1,
  },
  {
    name: 'email channel without recipients',
    files: {
      'main.tf': 'resource "sysdig_secure_notification_channel_email" "e" {\n  name = "e"\n}\n',
    },
    code: 'missing-required',
    line: 1,
    column: 1,
  },
  {
    name: 'webhook without url',
    files: {
      'main.tf': 'resource "sysdig_secure_notification_channel_webhook" "w" {\n  name = "w"\n}\n',
    },
    code: 'missing-required',
    line: 1,
    column: 1,
  },
  {
    name: 'slack without channel',
    files: {
      'main.tf':
        'resource "sysdig_secure_notification_channel_slack" "s" {\n  name = "s"\n  url  = "https://hooks.example.com/x"\n}\n',
    },
    code: 'missing-required',
    line: 1,
    column: 1,
  },
  {
    name: 'capture without name',
    files: {
      'main.tf': policy(
        '  actions {\n    capture {\n      seconds_before_event = 1\n      seconds_after_event  = 1\n    }\n  }',
      ),
    },
    code: 'missing-required',
    line: 5,
    column: 5,
  },
  {
    name: 'rule without output when append is false',
    files: {
      'main.tf': rule(
        '  condition = "proc.name = bash"\n  priority  = "warning"\n  source    = "syscall"',
      ),
    },
    code: 'missing-required',
    line: 1,
    column: 1,
  },
  {
    name: 'rule without source when append is false',
    files: { 'main.tf': rule('  condition = "proc.name = bash"\n  output    = "o"') },
    code: 'missing-required',
    line: 1,
    column: 1,
  },
  {
    name: 'exception without values',
    files: {
      'main.tf': fullRule('  exceptions {\n    name   = "e"\n    fields = ["proc.name"]\n  }'),
    },
    code: 'missing-required',
    line: 7,
    column: 3,
  },
  {
    name: '2018 EMAIL channel without recipients',
    files: { 'main.tf': channel2018('  type                 = "EMAIL"') },
    code: 'missing-required',
    line: 1,
    column: 1,
  },
  {
    name: '2018 WEBHOOK channel without url',
    files: { 'main.tf': channel2018('  type                 = "WEBHOOK"') },
    code: 'missing-required',
    line: 1,
    column: 1,
  },
  {
    name: '2018 policy without falco_rule_name_regex',
    files: {
      'main.tf':
        'resource "sysdig_secure_policy" "p" {\n  name            = "p"\n  description     = "d"\n  severity        = 4\n  enabled         = true\n  container_scope = true\n  host_scope      = false\n}\n',
    },
    code: 'missing-required',
    line: 1,
    column: 1,
  },
  // Enums and ranges.
  {
    name: 'severity above 7',
    files: { 'main.tf': policy('  severity = 9') },
    code: 'out-of-range',
    line: 4,
    column: 3,
  },
  {
    name: 'negative severity',
    files: { 'main.tf': policy('  severity = -1') },
    code: 'out-of-range',
    line: 4,
    column: 3,
  },
  {
    name: 'negative capture seconds',
    files: {
      'main.tf': policy(
        '  actions {\n    capture {\n      name                 = "c"\n      seconds_before_event = -5\n      seconds_after_event  = 1\n    }\n  }',
      ),
    },
    code: 'out-of-range',
    line: 7,
    column: 7,
  },
  {
    name: 'unknown container action',
    files: { 'main.tf': policy('  actions {\n    container = "restart"\n  }') },
    code: 'invalid-enum',
    line: 5,
    column: 5,
  },
  {
    name: 'unknown policy type',
    files: { 'main.tf': policy('  type = "falcon"') },
    code: 'invalid-enum',
    line: 4,
    column: 3,
  },
  {
    name: 'uppercase rule priority',
    files: { 'main.tf': fullRule('').replace('"warning"', '"WARNING"') },
    code: 'invalid-enum',
    line: 5,
    column: 3,
  },
  {
    name: 'unknown rule source',
    files: { 'main.tf': fullRule('').replace('"syscall"', '"ebpf"') },
    code: 'invalid-enum',
    line: 6,
    column: 3,
  },
  {
    name: 'opsgenie region',
    files: {
      'main.tf':
        'resource "sysdig_secure_notification_channel_opsgenie" "o" {\n  name    = "o"\n  api_key = var.key\n  region  = "APAC"\n}\nvariable "key" {\n  default = "k"\n}\n',
    },
    code: 'invalid-enum',
    line: 4,
    column: 3,
  },
  {
    name: 'slack template version',
    files: {
      'main.tf':
        'resource "sysdig_secure_notification_channel_slack" "s" {\n  name             = "s"\n  url              = "https://hooks.example.com/x"\n  channel          = "#x"\n  template_version = "v3"\n}\n',
    },
    code: 'invalid-enum',
    line: 5,
    column: 3,
  },
  {
    name: '2018 channel type',
    files: { 'main.tf': channel2018('  type                 = "TEAMS"') },
    code: 'invalid-enum',
    line: 6,
    column: 3,
  },
  {
    name: '2018 list block default',
    files: { 'main.tf': policy2018('  processes {\n    default = "allow"\n  }') },
    code: 'invalid-enum',
    line: 10,
    column: 5,
  },
  {
    name: '2018 container action',
    files: { 'main.tf': policy2018('  actions {\n    container = "kill"\n  }') },
    code: 'invalid-enum',
    line: 10,
    column: 5,
  },
  // Regexes, rules and names.
  {
    name: 'falco_rule_name_regex not a regex',
    files: {
      'main.tf': policy2018('').replace('"Terminal shell in container"', '"Terminal (shell"'),
    },
    code: 'invalid-regex',
    line: 8,
    column: 3,
  },
  {
    name: 'falco_rule_name_regex with lookbehind',
    files: { 'main.tf': policy2018('').replace('"Terminal shell in container"', '"(?<=x)shell"') },
    code: 'invalid-regex',
    line: 8,
    column: 3,
  },
  {
    name: 'falco_rule_name_regex matching nothing',
    files: {
      'main.tf': policy2018('').replace('"Terminal shell in container"', '"^Nothing like this$"'),
    },
    code: 'regex-matches-nothing',
    line: 8,
    column: 3,
    severity: 'warning',
  },
  {
    name: 'policy naming an unknown rule',
    files: { 'main.tf': policy('  rules {\n    name = "No such rule"\n  }') },
    code: 'unknown-rule',
    line: 5,
    column: 5,
    severity: 'warning',
  },
  {
    name: 'v1.60 policy naming an unknown rule',
    files: {
      'main.tf':
        'resource "sysdig_secure_policy" "p" {\n  name        = "p"\n  description = "d"\n  rule_names  = ["Nope"]\n}\n',
    },
    code: 'unknown-rule',
    line: 4,
    column: 3,
    severity: 'warning',
  },
  {
    name: 'two policies with one name',
    files: {
      'main.tf': `${policy('')}\nresource "sysdig_secure_custom_policy" "q" {\n  name        = "p"\n  description = "d"\n}\n`,
    },
    code: 'duplicate-name',
    line: 8,
    column: 3,
  },
  {
    name: 'two lists with one name',
    files: {
      'main.tf':
        'resource "sysdig_secure_list" "a" {\n  name  = "l"\n  items = []\n}\nresource "sysdig_secure_list" "b" {\n  name  = "l"\n  items = []\n}\n',
    },
    code: 'duplicate-name',
    line: 6,
    column: 3,
  },
  {
    name: 'two channels with one name',
    files: {
      'main.tf':
        'resource "sysdig_secure_notification_channel_email" "a" {\n  name       = "ops"\n  recipients = ["a@example.com"]\n}\nresource "sysdig_secure_notification_channel_email" "b" {\n  name       = "ops"\n  recipients = ["b@example.com"]\n}\n',
    },
    code: 'duplicate-name',
    line: 6,
    column: 3,
  },
  {
    name: 'exception values not JSON',
    files: {
      'main.tf': fullRule(
        '  exceptions {\n    name   = "e"\n    fields = ["proc.name"]\n    values = "[[bash"\n  }',
      ),
    },
    code: 'invalid-json',
    line: 10,
    column: 5,
  },
  // Falco inside HCL and YAML.
  {
    name: 'rule condition with an unclosed parenthesis',
    files: { 'main.tf': fullRule('').replace('"proc.name = bash"', '"(proc.name = bash"') },
    code: 'falco-condition-syntax',
    line: 3,
    column: 33,
  },
  {
    name: 'macro condition with a dangling operator',
    files: {
      'main.tf':
        'resource "sysdig_secure_macro" "m" {\n  name      = "m"\n  condition = "proc.name ="\n}\n',
    },
    code: 'falco-condition-syntax',
    line: 3,
    column: 27,
  },
  {
    name: 'rules file item without priority',
    files: {
      'main.tf': '',
      'rules.yaml': '- rule: R\n  desc: d\n  condition: proc.name = bash\n  output: o\n',
    },
    file: 'rules.yaml',
    code: 'falco-missing-field',
    line: 1,
    column: 3,
  },
  {
    name: 'rules file with a YAML error',
    files: { 'main.tf': '', 'rules.yaml': '- rule: R\n  desc: [unclosed\n' },
    file: 'rules.yaml',
    code: 'falco-yaml-syntax',
    line: 3,
    column: 1,
  },
  {
    name: 'rules file with an unknown priority',
    files: {
      'main.tf': '',
      'rules.yaml':
        '- rule: R\n  desc: d\n  condition: proc.name = bash\n  output: o\n  priority: LOUD\n',
    },
    file: 'rules.yaml',
    code: 'falco-invalid-priority',
    line: 5,
    column: 13,
  },
  // Secrets and deprecations.
  {
    name: 'API token literal in the provider',
    files: { 'main.tf': 'provider "sysdig" {\n  sysdig_secure_api_token = "abc123"\n}\n' },
    code: 'secret-literal',
    line: 2,
    column: 3,
    severity: 'warning',
  },
  {
    name: 'deprecated 2018 channel type',
    files: {
      'main.tf': channel2018(
        '  type                 = "EMAIL"\n  recipients           = "a@example.com"',
      ),
    },
    code: 'deprecated-type',
    line: 1,
    column: 1,
    severity: 'info',
  },
];
