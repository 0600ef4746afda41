import { evaluateResource } from '../lib/terraform/evaluate-resource.ts';
import { loadModule } from '../lib/terraform/load-module.ts';
import { updateModuleFile } from '../lib/terraform/update-module-file.ts';

const FILES = 1000;
const PER_FILE = 10;

/** One realistic Sysdig Secure resource (~500 bytes with its comment) referring to resources in other files. */
function resource(i: number): string {
  const header = `# Resource ${i} of the generated security-as-code repository (owner: team-${i % 7}).\n# Review changes to it with the SecOps on-call before applying to production.\n`;
  return header + body(i);
}

function body(i: number): string {
  const other = (i * 7919 + 13) % (FILES * PER_FILE);
  switch (i % 5) {
    case 0:
      return `resource "sysdig_secure_list" "list_${i}" {
  name   = "\${local.prefix}-list-${i}"
  items  = ["/bin/sh", "/bin/bash", "/usr/bin/zsh", "\${var.extra_shell}"]
  append = ${i % 2 === 0}
}
`;
    case 1:
      return `resource "sysdig_secure_macro" "macro_${i}" {
  name      = "macro_${i}"
  condition = "proc.name in (\${sysdig_secure_list.list_${i - 1}.name}) and container.id != host"
  append    = false
}
`;
    case 2:
      return `resource "sysdig_secure_rule_falco" "rule_${i}" {
  name        = format("Rule %d in %s", ${i}, var.env)
  description = <<-EOT
    Detects shells in containers.
    Owner: team-${i % 7}
  EOT
  tags      = concat(local.common_tags, ["rule-${i}"])
  condition = "spawned_process and \${sysdig_secure_macro.macro_${i - 1}.name}"
  output    = "Shell spawned (user=%user.name container=%container.name)"
  priority  = "warning"
  source    = "syscall"
  exceptions {
    name   = "trusted"
    fields = ["proc.name", "container.image.repository"]
    comps  = ["in", "="]
    values = jsonencode([["sh", "docker.io/library/alpine"]])
  }
}
`;
    case 3:
      return `resource "sysdig_secure_notification_channel_email" "email_${i}" {
  name                 = "\${upper(var.env)} email ${i}"
  enabled              = true
  recipients           = [for r in local.recipients : lower(r)]
  notify_when_ok       = false
  notify_when_resolved = var.env == "prod" ? true : false
}
`;
    default:
      return `resource "sysdig_secure_custom_policy" "policy_${i}" {
  name        = "Policy ${i}"
  description = "Alert when a shell runs in \${var.env}"
  severity    = ${i % 8}
  enabled     = true
  scope       = "kubernetes.namespace.name in (\\"prod\\", \\"staging\\")"
  rules {
    name    = sysdig_secure_rule_falco.rule_${i - 2}.name
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
  notification_channels = [sysdig_secure_notification_channel_email.email_${i - 1}.id, ${other % 5 === 3 ? `sysdig_secure_notification_channel_email.email_${other}.id` : '"static"'}]
}
`;
  }
}

const COMMON = `variable "env" {
  type    = string
  default = "prod"
}
variable "extra_shell" {
  default = "/bin/fish"
}
locals {
  prefix      = "rampart-\${var.env}"
  common_tags = ["container", "shell", "mitre_execution"]
  recipients  = ["SecOps@example.com", "OnCall@example.com"]
}
`;

/** The bench corpus: a variables/locals file plus 1,000 files of 10 resources each. */
export function corpus(): { path: string; text: string }[] {
  const files = [{ path: 'bench/common.tf', text: COMMON }];
  for (let f = 0; f < FILES; f++) {
    let text = '';
    for (let r = 0; r < PER_FILE; r++) text += `${resource(f * PER_FILE + r)}\n`;
    files.push({ path: `bench/file_${String(f).padStart(4, '0')}.tf`, text });
  }
  return files;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * lib/terraform on 1,000 files / 10,000 Sysdig resources (~5 MB) with cross-file references:
 * loadModule and full evaluation of every resource, cold (first run in the process: the JIT is
 * cold too) and warmed (median of 3), then re-indexing one ~5 KB file after an edit (median of
 * 21; `reindexCachedText…` puts back text whose parse is in the content-hash cache).
 */
export default async function benchTerraform(): Promise<Record<string, number>> {
  const files = corpus();
  const bytes = files.reduce((sum, f) => sum + f.text.length, 0);
  const readFile = () => null;

  let start = performance.now();
  const model = loadModule({ files, readFile });
  const loadMs = performance.now() - start;

  start = performance.now();
  let unknownLeaves = 0;
  let evaluationDiagnostics = 0;
  for (const entity of model.resources) {
    const result = evaluateResource(model, entity.address);
    evaluationDiagnostics += result.diagnostics.length;
    unknownLeaves += JSON.stringify(result.config).split('"$unknown"').length - 1;
  }
  const evaluateAllMs = performance.now() - start;

  // The same again with the code warmed up (each load with a fresh parse cache).
  const warmLoads: number[] = [];
  const warmEvaluations: number[] = [];
  for (let run = 0; run < 3; run++) {
    start = performance.now();
    const warm = loadModule({ files, readFile });
    warmLoads.push(performance.now() - start);
    start = performance.now();
    for (const entity of warm.resources) evaluateResource(warm, entity.address);
    warmEvaluations.push(performance.now() - start);
  }

  const target = files[500] as { path: string; text: string };
  const reindex: number[] = [];
  let current = model;
  for (let run = 0; run < 21; run++) {
    const text = target.text.replace('Policy 5004"', `Policy 5004 v${run}"`);
    start = performance.now();
    current = updateModuleFile(current, target.path, text);
    reindex.push(performance.now() - start);
  }
  const cached: number[] = [];
  for (let run = 0; run < 11; run++) {
    start = performance.now();
    current = updateModuleFile(current, target.path, target.text);
    cached.push(performance.now() - start);
  }

  return {
    files: files.length,
    resources: model.resources.length,
    megabytes: round(bytes / 1e6),
    references: model.references.length,
    moduleDiagnostics: model.diagnostics.length,
    evaluationDiagnostics,
    unknownLeaves,
    loadColdMs: round(loadMs),
    evaluateAllMs: round(evaluateAllMs),
    loadPlusEvaluateMs: round(loadMs + evaluateAllMs),
    loadWarmMedianMs: round(median(warmLoads)),
    evaluateAllWarmMedianMs: round(median(warmEvaluations)),
    reindexFileBytes: target.text.length,
    reindexOneFileMedianMs: round(median(reindex)),
    reindexCachedTextMedianMs: round(median(cached)),
  };
}
