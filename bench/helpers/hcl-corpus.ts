import { createRandom, generateFile } from '../../tests/unit/hcl/generate-corpus.ts';

/** A realistic Sysdig Secure resource (~450 bytes). */
function sysdigResource(random: () => number, i: number): string {
  return `# Managed by Rampart: resource ${i}, owned by team-${i % 7}.\n${sysdigResourceBody(random, i)}`;
}

function sysdigResourceBody(random: () => number, i: number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  switch (i % 4) {
    case 0:
      return `resource "sysdig_secure_custom_policy" "policy_${i}" {
  name        = "Policy ${i}: ${pick(['terminal shell', 'crypto mining', 'sensitive mount', 'write below etc'])}"
  description = "Alert when ${pick(['a shell', 'a miner', 'a privileged container'])} runs in \${var.env}"
  severity    = ${pick([0, 4, 7])}
  enabled     = ${pick(['true', 'false'])}
  scope       = "kubernetes.namespace.name in (\\"prod\\", \\"staging\\")"
  runbook     = "https://runbooks.example.com/${i}"

  rules {
    name    = sysdig_secure_rule_falco.rule_${i}.name
    enabled = true
  }

  actions {
    container = "stop"
    capture {
      seconds_before_event = 10
      seconds_after_event  = 20
      name                 = "capture-${i}"
    }
  }

  notification_channels = [sysdig_secure_notification_channel_email.team.id]

  lifecycle {
    ignore_changes = [description]
  }
}
`;
    case 1:
      return `resource "sysdig_secure_list" "list_${i}" {
  name   = "list_${i}"
  items  = ["/bin/sh", "/bin/bash", "/usr/bin/${pick(['zsh', 'fish', 'ksh'])}", "\${var.extra_shell}"]
  append = ${pick(['true', 'false'])}
  # items are matched literally by Falco
}
`;
    case 2:
      return `resource "sysdig_secure_macro" "macro_${i}" {
  name      = "macro_${i}"
  condition = "proc.name in (\${sysdig_secure_list.list_${i - 1}.name}) and container.id != host"
  append    = false

  lifecycle {
    create_before_destroy = true
  }
}
`;
    default:
      return `resource "sysdig_secure_rule_falco" "rule_${i}" {
  name        = "Rule ${i}" # trailing comment
  description = <<-EOT
    Detects ${pick(['shells', 'miners', 'escapes'])} in containers.
    Owner: team-${i % 7}
  EOT
  tags        = ["container", "shell", "mitre_execution"]
  condition   = "spawned_process and container and \${local.shell_procs}"
  output      = "Shell spawned (user=%user.name container=%container.name)"
  priority    = "${pick(['warning', 'error', 'notice'])}"
  source      = "syscall"
  exceptions {
    name   = "trusted"
    fields = ["proc.name", "container.image.repository"]
    comps  = ["in", "="]
    values = jsonencode([["sh", "docker.io/library/alpine"]])
  }
}
`;
  }
}

/** The HCL benchmark corpus: 1,000 files of nine Sysdig resources plus one varied block each. */
export function corpus(): string[] {
  const random = createRandom(1000);
  const files: string[] = [];
  for (let f = 0; f < 1000; f++) {
    let text = '';
    for (let r = 0; r < 9; r++) text += `${sysdigResource(random, f * 10 + r)}\n`;
    text += generateFile(f, 1)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n/g, '\n'); // one syntactically varied block per file
    files.push(text);
  }
  return files;
}
