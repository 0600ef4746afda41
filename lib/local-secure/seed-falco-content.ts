import 'server-only';

/**
 * Built-in Falco content of the emulator, modelled on Falco's default `falco_rules.yaml`
 * (shortened; spec §7 "Seed data"). Every macro and list a rule uses is defined here, so rule
 * names, `rules[]` and data sources resolve.
 */
export const SEED_LISTS: readonly { name: string; items: string[] }[] = [
  { name: 'shell_binaries', items: ['ash', 'bash', 'csh', 'ksh', 'sh', 'tcsh', 'zsh', 'dash'] },
  {
    name: 'sensitive_file_names',
    items: ['/etc/shadow', '/etc/sudoers', '/etc/pam.conf', '/etc/security/pwquality.conf'],
  },
  { name: 'trusted_images', items: [] },
  { name: 'k8s_client_binaries', items: ['docker', 'kubectl', 'crictl'] },
  {
    name: 'allowed_outbound_destination_networks',
    items: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'],
  },
];

/** Built-in macros (name → condition). */
export const SEED_MACROS: readonly { name: string; condition: string }[] = [
  { name: 'spawned_process', condition: 'evt.type in (execve, execveat) and evt.dir=<' },
  { name: 'container', condition: '(container.id != host)' },
  { name: 'shell_procs', condition: 'proc.name in (shell_binaries)' },
  {
    name: 'container_entrypoint',
    condition:
      '(not proc.pname exists or proc.pname in (runc:[0:PARENT], runc:[1:CHILD], runc, docker-runc, exe, docker-runc-cur))',
  },
  {
    name: 'open_write',
    condition:
      "(evt.type in (open,openat,openat2) and evt.is_open_write=true and fd.typechar='f' and fd.num>=0)",
  },
  {
    name: 'open_read',
    condition:
      "(evt.type in (open,openat,openat2) and evt.is_open_read=true and fd.typechar='f' and fd.num>=0)",
  },
  { name: 'etc_dir', condition: '(fd.name startswith /etc/)' },
  {
    name: 'sensitive_files',
    condition:
      '(fd.name in (sensitive_file_names) or fd.directory in (/etc/sudoers.d, /etc/pam.d))',
  },
  {
    name: 'container_started',
    condition:
      '((evt.type = container or (spawned_process and proc.vpid=1)) and container.image.repository != incomplete)',
  },
  {
    name: 'outbound',
    condition:
      '(((evt.type = connect and evt.dir=<) or (evt.type in (sendto,sendmsg) and evt.dir=< and fd.l4proto != tcp and fd.connected=false and fd.name_changed=true)) and (fd.typechar = 4 or fd.typechar = 6) and (fd.ip != "0.0.0.0" and fd.net != "127.0.0.0/8") and (evt.rawres >= 0 or evt.res = EINPROGRESS))',
  },
  { name: 'k8s_api_server', condition: '(fd.sip.name="kubernetes.default.svc.cluster.local")' },
  { name: 'user_known_contact_k8s_api_server_activities', condition: '(never_true)' },
  { name: 'never_true', condition: '(evt.num=0)' },
];

interface TSeedRule {
  name: string;
  description: string;
  condition: string;
  output: string;
  priority: string;
  tags: string[];
}

/** Built-in FALCO rules (source `syscall`). */
export const SEED_RULES: readonly TSeedRule[] = [
  {
    name: 'Terminal shell in container',
    description:
      'A shell was used as the entrypoint/exec point into a container with an attached terminal.',
    condition:
      'spawned_process and container and shell_procs and proc.tty != 0 and container_entrypoint',
    output:
      'A shell was spawned in a container with an attached terminal (user=%user.name %container.info shell=%proc.name parent=%proc.pname cmdline=%proc.cmdline terminal=%proc.tty container_id=%container.id image=%container.image.repository)',
    priority: 'NOTICE',
    tags: ['container', 'shell', 'mitre_execution'],
  },
  {
    name: 'Write below etc',
    description: 'An attempt to write to any file below /etc.',
    condition: 'etc_dir and open_write and not proc.name in (shell_binaries)',
    output:
      'File below /etc opened for writing (user=%user.name command=%proc.cmdline file=%fd.name container_id=%container.id)',
    priority: 'ERROR',
    tags: ['filesystem', 'mitre_persistence'],
  },
  {
    name: 'Read sensitive file untrusted',
    description:
      'An attempt to read any sensitive file (e.g. files containing user/password/authentication information).',
    condition:
      'sensitive_files and open_read and proc.name exists and not proc.name in (shell_binaries)',
    output:
      'Sensitive file opened for reading by non-trusted program (user=%user.name program=%proc.name command=%proc.cmdline file=%fd.name container_id=%container.id)',
    priority: 'WARNING',
    tags: ['filesystem', 'mitre_credential_access'],
  },
  {
    name: 'Launch Privileged Container',
    description: 'Detect the initial process started in a privileged container.',
    condition:
      'container_started and container and container.privileged=true and not container.image.repository in (trusted_images)',
    output:
      'Privileged container started (user=%user.name command=%proc.cmdline %container.info image=%container.image.repository:%container.image.tag)',
    priority: 'INFO',
    tags: ['container', 'cis', 'mitre_privilege_escalation'],
  },
  {
    name: 'Contact K8S API Server From Container',
    description: 'Detect attempts to contact the K8S API Server from a container.',
    condition:
      'evt.type=connect and evt.dir=< and (fd.typechar=4 or fd.typechar=6) and container and k8s_api_server and not user_known_contact_k8s_api_server_activities',
    output:
      'Unexpected connection to K8s API Server from container (command=%proc.cmdline %container.info image=%container.image.repository connection=%fd.name)',
    priority: 'NOTICE',
    tags: ['network', 'k8s', 'container', 'mitre_discovery'],
  },
  {
    name: 'Unexpected outbound connection destination',
    description:
      'Detect any outbound connection to a destination outside of an allowed set of ips, networks, or domain names.',
    condition: 'outbound and container and not fd.snet in (allowed_outbound_destination_networks)',
    output:
      'Disallowed outbound connection destination (command=%proc.cmdline connection=%fd.name user=%user.name container_id=%container.id image=%container.image.repository)',
    priority: 'NOTICE',
    tags: ['network'],
  },
  {
    name: 'Run shell untrusted',
    description: 'An attempt to spawn a shell below a non-shell application.',
    condition:
      'spawned_process and shell_procs and proc.pname exists and not proc.pname in (shell_binaries)',
    output:
      'Shell spawned by untrusted binary (user=%user.name shell=%proc.name parent=%proc.pname cmdline=%proc.cmdline container_id=%container.id)',
    priority: 'DEBUG',
    tags: ['shell', 'mitre_execution'],
  },
  {
    name: 'The docker client is executed in a container',
    description: 'Detect a k8s client tool executed inside a container.',
    condition:
      'spawned_process and container and not container_entrypoint and proc.name in (k8s_client_binaries)',
    output:
      'Docker or kubernetes client executed in container (user=%user.name %container.info parent=%proc.pname cmdline=%proc.cmdline image=%container.image.repository)',
    priority: 'WARNING',
    tags: ['container', 'mitre_execution'],
  },
  {
    name: 'Clear Log Activities',
    description: 'Detect clearing of critical log files.',
    condition: 'open_write and fd.name startswith /var/log and evt.arg.flags contains "O_TRUNC"',
    output:
      'Log files were tampered (user=%user.name command=%proc.cmdline file=%fd.name container_id=%container.id)',
    priority: 'WARNING',
    tags: ['file', 'mitre_defense_evasion'],
  },
  {
    name: 'Modify Shell Configuration File',
    description: 'Detect attempts to modify shell configuration files.',
    condition:
      'open_write and (fd.filename in (.bashrc, .bash_profile, .profile, .zshrc) or fd.name startswith /etc/profile.d) and not proc.name in (shell_binaries)',
    output:
      'A shell configuration file has been modified (user=%user.name command=%proc.cmdline file=%fd.name container_id=%container.id)',
    priority: 'WARNING',
    tags: ['file', 'mitre_persistence'],
  },
];

/** Managed (isDefault) v2 policies and the seed rules they contain. */
export const SEED_MANAGED_POLICIES: readonly {
  name: string;
  description: string;
  severity: number;
  ruleNames: string[];
}[] = [
  {
    name: 'Sysdig Runtime Threat Detection',
    description:
      'This policy contains rules which Sysdig considers High Confidence of a security incident.',
    severity: 0,
    ruleNames: [
      'Terminal shell in container',
      'Write below etc',
      'Read sensitive file untrusted',
      'Launch Privileged Container',
    ],
  },
  {
    name: 'Sysdig Runtime Notable Events',
    description:
      'This policy contains rules which Sysdig considers notable events worth investigating.',
    severity: 4,
    ruleNames: [
      'Contact K8S API Server From Container',
      'Unexpected outbound connection destination',
      'Run shell untrusted',
      'The docker client is executed in a container',
    ],
  },
  {
    name: 'Sysdig Runtime Activity Logs',
    description: 'This policy contains rules which record activity for forensics.',
    severity: 6,
    ruleNames: ['Clear Log Activities', 'Modify Shell Configuration File'],
  },
];
