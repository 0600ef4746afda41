import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBackend, type TTestBackend } from './helpers.ts';

// The example request bodies of the spec, byte for byte as the provider sends them (Go escapes
// <, > and & as \u003c, \u003e, \u0026), are accepted and echoed.
const EXAMPLES: {
  title: string;
  method: string;
  path: string;
  body: string;
  check: (json: Record<string, unknown>) => void;
}[] = [
  {
    title: '§2.1 SEED sample2 v1 policy',
    method: 'POST',
    path: '/api/policies',
    body: '{"policy":{"name":"Other example of Policy","description":"this is other example of policy","severity":4,"containerScope":true,"hostScope":true,"enabled":true,"actions":[{"type":"POLICY_ACTION_PAUSE"},{"afterEventNs":60000000000,"beforeEventNs":60000000000,"type":"POLICY_ACTION_CAPTURE"}],"falcoConfiguration":{"ruleNameRegEx":"Unexpected spawned process traefik"},"processesConfiguration":{"onDefault":"DEFAULT_MATCH_EFFECT_ACCEPT","fields":["proc.name","proc.cmdline"],"list":[{"values":["mysql","apache"],"onMatch":"MATCH_EFFECT_ACCEPT"},{"values":["ssh"],"onMatch":"MATCH_EFFECT_DENY"}]},"containerImagesConfiguration":{"onDefault":"DEFAULT_MATCH_EFFECT_NEXT","fields":["container.id","container.name","container.image.id","container.image"],"list":null},"networkConfiguration":{"listeningPorts":{"onDefault":"DEFAULT_MATCH_EFFECT_NEXT","fields":["fd.l4proto","fd.sip","fd.sport","proc.cmdline","proc.name"],"list":[{"values":["80","443"],"onMatch":"MATCH_EFFECT_ACCEPT","netProto":"PROTO_TCP"}]},"inbound":{"onDefault":"DEFAULT_MATCH_EFFECT_ACCEPT","fields":["fd.l4proto","fd.sip","fd.sport","fd.cip","fd.cport","proc.cmdline","proc.name"]},"outbound":{"onDefault":"DEFAULT_MATCH_EFFECT_DENY","fields":["fd.l4proto","fd.sip","fd.sport","fd.cip","fd.cport","proc.cmdline","proc.name"]}},"notificationChannelIds":[10001]}}',
    check: (json) =>
      expect((json.policy as Record<string, unknown>).containerImagesConfiguration).toMatchObject({
        list: null,
      }),
  },
  {
    title: '§2.2 SEED OPSGENIE channel',
    method: 'POST',
    path: '/api/notificationChannels',
    body: '{"notificationChannel":{"type":"OPSGENIE","name":"Example Channel - OpsGenie","enabled":true,"options":{"url":"https://api.opsgenie.com/v1/json/sysdigcloud?apiKey=2349324-342354353-5324-23","notifyOnOk":false,"notifyOnResolve":false}}}',
    check: (json) =>
      expect((json.notificationChannel as { options: { url: string } }).options.url).toContain(
        'apiKey=',
      ),
  },
  {
    title: '§4.1 custom policy with escaped scope',
    method: 'POST',
    path: '/api/v2/policies?skipPolicyV2Msg=true',
    body: '{"isDefault":false,"name":"Write apt database","description":"an attempt to write to the dpkg database by any non-dpkg related program","severity":4,"enabled":true,"ruleNames":null,"rules":[{"ruleName":"Terminal shell in container","enabled":true}],"actions":[{"isLimitedToContainer":false,"type":"POLICY_ACTION_STOP"},{"afterEventNs":10000000000,"beforeEventNs":5000000000,"name":"cap1","storageType":"S3","folder":"/","isLimitedToContainer":false,"type":"POLICY_ACTION_CAPTURE"}],"scope":"container.id != \\"\\" \\u0026\\u0026 kubernetes.namespace.name \\u003c\\u003e \\"x\\"","notificationChannelIds":[12345],"type":"falco","origin":"","runbook":"https://runbook.com","templateId":0,"templateVersion":""}',
    check: (json) =>
      expect(json.scope).toBe('container.id != "" && kubernetes.namespace.name <> "x"'),
  },
  {
    title: '§4.3 Falco rule with exceptions',
    method: 'POST',
    path: '/api/secure/rules?skipPolicyV2Msg=true',
    body: '{"name":"Terminal shell in container","description":"A shell was used as the entrypoint/exec point into a container with an attached terminal.","tags":["container","shell","mitre_execution"],"details":{"allOutbound":false,"allInbound":false,"source":"syscall","output":"A shell was spawned in a container with an attached terminal (user=%user.name %container.info shell=%proc.name parent=%proc.pname cmdline=%proc.cmdline terminal=%proc.tty container_id=%container.id image=%container.image.repository)","condition":{"condition":"spawned_process and container and shell_procs and proc.tty != 0 and container_entrypoint","components":[]},"priority":"notice","exceptions":[{"name":"proc_names","fields":["proc.name"],"comps":["in"],"values":[[["python","python2","python3"]]]}],"ruleType":"FALCO"}}',
    check: (json) =>
      expect(json.details).toMatchObject({
        priority: 'NOTICE',
        exceptions: [{ name: 'proc_names', values: [[['python', 'python2', 'python3']]] }],
      }),
  },
  {
    title: '§4.3 minimal append rule',
    method: 'POST',
    path: '/api/secure/rules?skipPolicyV2Msg=true',
    body: '{"name":"Change thread namespace","tags":[],"details":{"allOutbound":false,"allInbound":false,"append":true,"condition":{"condition":"and not proc.name=foo","components":[]},"priority":"warning","ruleType":"FALCO"}}',
    check: (json) => expect(json.details).toMatchObject({ append: true, priority: 'WARNING' }),
  },
  {
    title: '§4.4 append list',
    method: 'POST',
    path: '/api/secure/falco/lists?skipPolicyV2Msg=true',
    body: '{"name":"allowed_dev_files","items":{"items":["/dev/null","/dev/stdin"]},"append":true}',
    check: (json) => expect(json.items).toEqual({ items: ['/dev/null', '/dev/stdin'] }),
  },
  {
    title: '§4.5 macro',
    method: 'POST',
    path: '/api/secure/falco/macros?skipPolicyV2Msg=true',
    body: '{"name":"web_port","condition":{"condition":"fd.sport=80"},"append":false}',
    check: (json) => expect(json.condition).toEqual({ condition: 'fd.sport=80' }),
  },
  {
    title: '§4.6 Slack channel with template',
    method: 'POST',
    path: '/api/notificationChannels',
    body: '{"notificationChannel":{"type":"SLACK","name":"Example Channel - Slack","enabled":true,"teamId":10001,"options":{"url":"https://hooks.slack.com/services/XXX/XXX/XXX","channel":"#sysdig","templateConfiguration":[{"templateKey":"SLACK_SECURE_EVENT_NOTIFICATION_TEMPLATE_METADATA_v2","templateConfigurationSections":[{"sectionName":"SECURE_EVENT_NOTIFICATION_CONTENT","shouldShow":true}]}],"notifyOnOk":false,"notifyOnResolve":false,"sendTestNotification":false}}}',
    check: (json) => expect((json.notificationChannel as { teamId: number }).teamId).toBe(10001),
  },
];

describe('[local-secure] spec example bodies', () => {
  let backend: TTestBackend;
  beforeAll(async () => {
    backend = await startTestBackend();
  });
  afterAll(async () => {
    await backend.dispose();
  });

  for (const example of EXAMPLES) {
    it(`[local-secure] accepts the ${example.title} body verbatim`, async () => {
      const response = await backend.api(example.method, example.path, example.body);
      expect(response.status, response.text).toBe(200);
      example.check(response.json as Record<string, unknown>);
    });
  }
});
