// Benchmark of lib/plan: 1,000 v2 custom policies (each referencing 2 channels and 3 rules), 1,000
// Falco rules and 100 email channels, against a live snapshot that echoes them (as Secure stores
// them: ids, versions, uppercase priorities). Times computePlan bound (all no-op), unbound (all
// adopted), with 10% edited in code, plus text rendering and apply ordering of the edited plan.
// Medians and minimums of 5 runs after a warm-up, in ms of wall time; `…CpuMs` is process CPU time
// (user + system, GC threads included), steadier on a loaded machine. Pure computation. Prints
// nothing.
import {
  computePlan,
  emptyLiveSnapshot,
  orderApplySteps,
  renderPlanText,
  type TBindings,
  type TDesiredResource,
} from '../lib/plan/index.ts';
import { getResourceType, type TConfigObject } from '../lib/sysdig/index.ts';

const POLICIES = 1000;
const RULES = 1000;
const CHANNELS = 100;
const RUNS = 5;

const ref = (traversal: string) => ({
  $unknown: true as const,
  references: [traversal],
  expression: traversal,
});

function generate(): TDesiredResource[] {
  const resources: TDesiredResource[] = [];
  const add = (type: string, name: string, config: TConfigObject) =>
    resources.push({ address: `${type}.${name}`, type, name, config });
  for (let index = 0; index < CHANNELS; index++)
    add('sysdig_secure_notification_channel_email', `c${index}`, {
      name: `Channel ${index}`,
      recipients: [`team${index}@example.com`, `oncall${index}@example.com`],
    });
  for (let index = 0; index < RULES; index++)
    add('sysdig_secure_rule_falco', `r${index}`, {
      name: `Bench rule ${index}`,
      description: `Generated rule ${index}`,
      condition: `evt.type in (open, openat) and fd.name startswith /etc/${index}`,
      output: `Bench ${index} (user=%user.name cmd=%proc.cmdline)`,
      priority: ['warning', 'notice', 'critical'][index % 3] ?? 'warning',
      source: 'syscall',
      tags: ['bench', `group_${index % 10}`],
    });
  for (let index = 0; index < POLICIES; index++)
    add('sysdig_secure_custom_policy', `p${index}`, {
      name: `Bench policy ${index}`,
      description: `Generated policy ${index}`,
      severity: index % 8,
      scope: index % 2 ? 'container.id != ""' : '',
      notification_channels: [0, 1].map((offset) =>
        ref(`sysdig_secure_notification_channel_email.c${(index + offset) % CHANNELS}.id`),
      ),
      rules: [0, 1, 2].map((offset) => ({
        name: ref(`sysdig_secure_rule_falco.r${(index * 3 + offset) % RULES}.name`),
      })),
      actions: [
        {
          container: 'stop',
          capture: [{ seconds_after_event: 10, seconds_before_event: 5, name: `cap${index}` }],
        },
      ],
    });
  return resources;
}

/** Live state echoing the resources as Secure stores them, and the bindings to it. */
function echo(resources: TDesiredResource[]) {
  const live = emptyLiveSnapshot();
  const bindings: TBindings = {};
  const names = new Map(resources.map((resource) => [resource.address, resource.config.name]));
  let nextId = 1;
  const refs = {
    resolveId: (traversal: string) => {
      const id = bindings[traversal.replace(/\.id$/, '')]?.id;
      return id === undefined ? undefined : Number(id);
    },
  };
  for (const resource of resources) {
    const definition = getResourceType(resource.type, resource.config);
    if (!definition) throw new Error(resource.type);
    const config = JSON.parse(
      JSON.stringify(resource.config, (_key, value) =>
        value?.$unknown && String(value.references[0]).endsWith('.name')
          ? names.get(String(value.references[0]).replace(/\.name$/, ''))
          : value,
      ),
    ) as TConfigObject;
    const payload = definition.toApi(config, refs) as Record<string, unknown>;
    const id = nextId++;
    let object: Record<string, unknown> = {
      ...payload,
      id,
      version: 1,
      createdOn: 1,
      modifiedOn: 1,
    };
    if (definition.apiFamily === 'notification-channel')
      object = { ...(payload.notificationChannel as object), id, version: 1 };
    if (definition.apiFamily === 'rule') {
      const details = { ...(payload.details as Record<string, unknown>) };
      details.priority = String(details.priority).toUpperCase();
      object = { ...object, details, origin: 'Secure UI', versionId: '0.0.0' };
    }
    if (definition.apiFamily === 'v2-policy') {
      const rules = payload.rules as { ruleName: string }[];
      object = { ...object, ruleNames: rules.map((rule) => rule.ruleName), origin: 'Secure UI' };
    }
    const family = definition.apiFamily as keyof typeof live.objects;
    live.objects[family][String(id)] = object;
    bindings[resource.address] = { id: String(id), type: resource.type };
  }
  return { live, bindings };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Number((sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(1));
}

function minimum(values: number[]): number {
  return Number(Math.min(...values).toFixed(1));
}

const cpuTimes: number[] = [];

function time<T>(run: () => T): [T, number] {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = run();
  const elapsed = performance.now() - started;
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
  return [result, elapsed];
}

/** Times the plan engine on 2,100 resources; medians of RUNS runs after a warm-up. */
export default async function benchPlan(): Promise<Record<string, number>> {
  const resources = generate();
  const { live, bindings } = echo(resources);
  const edited = resources.map((resource, index) =>
    index % 10 === 0
      ? { ...resource, config: { ...resource.config, description: 'edited' } }
      : resource,
  );
  const samples: Record<string, number[]> = {
    boundCpu: [],
    bound: [],
    unbound: [],
    edited: [],
    render: [],
    order: [],
  };
  let noOp = 0;
  let imported = 0;
  let changed = 0;
  let steps = 0;
  for (let run = 0; run <= RUNS; run++) {
    cpuTimes.length = 0;
    const [bound, boundMs] = time(() => computePlan({ desired: resources, live, bindings }));
    const boundCpuMs = cpuTimes[0] ?? 0;
    const [unbound, unboundMs] = time(() =>
      computePlan({ desired: resources, live, bindings: {} }),
    );
    const [plan, editedMs] = time(() => computePlan({ desired: edited, live, bindings }));
    const [, renderMs] = time(() => renderPlanText(plan));
    const [order, orderMs] = time(() => orderApplySteps(plan));
    if (run === 0) continue;
    samples.bound?.push(boundMs);
    samples.boundCpu?.push(boundCpuMs);
    samples.unbound?.push(unboundMs);
    samples.edited?.push(editedMs);
    samples.render?.push(renderMs);
    samples.order?.push(orderMs);
    noOp = bound.summary.noOp;
    imported = unbound.summary.import;
    changed = plan.summary.change;
    steps = order.steps.length;
  }
  return {
    resources: resources.length,
    planBoundMs: median(samples.bound ?? []),
    planBoundCpuMs: median(samples.boundCpu ?? []),
    planUnboundMs: median(samples.unbound ?? []),
    planEditedMs: median(samples.edited ?? []),
    renderTextMs: median(samples.render ?? []),
    orderStepsMs: median(samples.order ?? []),
    planBoundMinMs: minimum(samples.bound ?? []),
    planUnboundMinMs: minimum(samples.unbound ?? []),
    noOp,
    imported,
    changed,
    steps,
  };
}
