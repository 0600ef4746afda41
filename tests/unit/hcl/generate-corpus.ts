/**
 * Deterministic generator of Terraform-like HCL files for differential tests and the bench:
 * varied syntax (all expression forms, templates, heredocs, comments, one-line blocks, CRLF,
 * BOM, Unicode identifiers) plus mutated (mostly broken) variants.
 */

/** A seeded PRNG (mulberry32). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Gen {
  rnd: () => number;
  pick<T>(items: readonly T[]): T;
  int(max: number): number;
}

function makeGen(seed: number): Gen {
  const rnd = createRandom(seed);
  return {
    rnd,
    pick: <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T,
    int: (max: number) => Math.floor(rnd() * max),
  };
}

const NAMES = [
  'name',
  'description',
  'enabled',
  'severity',
  'filter',
  'scope',
  'tags',
  'count',
  'policies',
  'rule_names',
  'items',
  'my-attr',
  'übung',
  'x1',
  'value',
];
const TYPES = [
  'sysdig_secure_policy',
  'sysdig_secure_list',
  'sysdig_secure_macro',
  'sysdig_secure_rule_falco',
  'aws_instance',
  'null_resource',
];
const REFS = [
  'var.env',
  'local.tags',
  'sysdig_secure_list.shells.id',
  'module.m.out',
  'each.value',
  'count.index',
  'data.x.y[0].z',
  'path.module',
  'self.id',
  'aws_instance.web.*.id',
  'aws_instance.web[*].id',
  'x.0.y',
  'a["k"].b',
];
const STRINGS = [
  'hello',
  'with \\"quotes\\"',
  'tab\\tnew\\nline',
  'unicode \\u00e9 \\U0001F600',
  'dollar $$${x} and %%{y}',
  'a$b%c',
  'é😀 ünïcödé',
  '',
  'path/${path.module}/x',
  'C:\\\\dir',
  '${var.a}-${var.b}',
  '%{if var.x}yes%{else}no%{endif}',
  '%{ for s in var.l ~} ${s} %{~ endfor }',
  '${ var.a ~}  end',
];

function genString(g: Gen): string {
  return `"${g.pick(STRINGS)}"`;
}

function genExpr(g: Gen, depth: number): string {
  const r = g.int(depth > 2 ? 6 : 24);
  switch (r) {
    case 0:
      return String(g.pick([0, 1, 42, 3.14, 1e3, 10, 443, 8080]));
    case 1:
      return g.pick(['true', 'false', 'null']);
    case 2:
    case 3:
      return genString(g);
    case 4:
      return g.pick(REFS);
    case 5:
      return `-${g.pick(['1', '2.5', 'var.n', '(1)'])}`;
    case 6: {
      const items = Array.from({ length: g.int(4) }, () => genExpr(g, depth + 1));
      return `[${items.join(', ')}${items.length > 0 && g.int(3) === 0 ? ',' : ''}]`;
    }
    case 7: {
      const items = Array.from(
        { length: g.int(4) },
        () =>
          `${g.pick(['a', 'b_c', '"quoted key"', '(var.k)', 'd'])} ${g.pick(['=', ':'])} ${genExpr(g, depth + 1)}`,
      );
      if (g.int(2) === 0) return `{${items.join(', ')}}`;
      return `{\n${items.map((i) => `    ${i}`).join('\n')}\n  }`;
    }
    case 8: {
      const args = Array.from({ length: g.int(3) }, () => genExpr(g, depth + 1));
      return `${g.pick(['lookup', 'concat', 'format', 'file', 'merge', 'provider::sysdig::parse', 'tolist', 'jsonencode'])}(${args.join(', ')}${args.length > 0 && g.int(5) === 0 ? '...' : ''})`;
    }
    case 9:
      return `${genExpr(g, depth + 1)} ? ${genExpr(g, depth + 1)} : ${genExpr(g, depth + 1)}`;
    case 10:
      return `${genExpr(g, depth + 1)} ${g.pick(['+', '-', '*', '/', '%', '==', '!=', '<', '<=', '>', '>=', '&&', '||'])} ${genExpr(g, depth + 1)}`;
    case 11:
      return `!${g.pick(['var.flag', 'true', 'false'])}`;
    case 12:
      return `[for ${g.pick(['x', 'k, v'])} in ${g.pick(REFS)} : ${g.pick(['x', 'upper(x)', 'v'])}${g.int(2) ? ' if x != ""' : ''}]`;
    case 13:
      return `{for k, v in ${g.pick(REFS)} : k => v${g.int(2) ? '...' : ''}}`;
    case 14:
      return `(${genExpr(g, depth + 1)})`;
    case 15:
      if (depth > 0) return genString(g);
      {
        const [intro, close] = g.pick([
          ['EOT', 'EOT'],
          ['-EOT', '  EOT'],
          ['POLICY', 'POLICY'],
          ['-END', 'END'],
        ] as const);
        return `<<${intro}\n${g.pick(['  line one\n    line two ${var.x}\n', '{\n  "a": "$${b}"\n}\n', '%{ for x in var.l ~}\n  - ${x}\n%{ endfor ~}\n', '\n', '   indented\n'])}${close}`;
      }
    case 16:
      return `"\${${genExpr(g, depth + 1)}}"`;
    case 17:
      return `"prefix-\${${g.pick(REFS)}}-suffix"`;
    case 18:
      return `${g.pick(REFS.filter((r) => !r.includes('*')))}${g.pick(['[0]', '["key"]', '.attr', '[var.i]', '.*.name', '[*].x'])}`;
    case 19:
      return `"%{if ${g.pick(REFS)} ~} yes %{~ else} no %{endif}"`;
    default:
      return g.pick([
        '"${var.region}"',
        '"${upper("x")}"',
        'var.x == 1 ? "a" : "b"',
        '1 + 2 * 3',
        'a.b[0].c',
        'f(x)[0]',
        'true',
        '"simple"',
      ]);
  }
}

function genBody(g: Gen, indent: string, depth: number, lines: string[]): void {
  const count = 1 + g.int(6);
  for (let i = 0; i < count; i++) {
    const r = g.int(10);
    if (r < 7 || depth > 2) {
      const expr = genExpr(g, 0);
      const comment =
        g.int(8) === 0 && !expr.startsWith('<<')
          ? g.pick([' # trailing', ' // trailing', ' /* c */'])
          : '';
      lines.push(`${indent}${g.pick(NAMES)}${i}${g.int(3) === 0 ? '  ' : ' '}= ${expr}${comment}`);
    } else if (r === 7) {
      lines.push(`${indent}${g.pick(['# comment', '// comment', '/* block\n comment */'])}`);
    } else if (r === 8) {
      lines.push(
        `${indent}${g.pick(['capture', 'tcp', 'udp'])} { ${g.pick(NAMES)} = ${genExpr(g, 2)} }`,
      );
    } else {
      lines.push(
        `${indent}${g.pick(['actions', 'listening_ports', 'dynamic "x"', 'lifecycle'])} {`,
      );
      genBody(g, `${indent}  `, depth + 1, lines);
      lines.push(`${indent}}`);
      if (g.int(4) === 0) lines.push('');
    }
  }
}

/** Generates one valid-looking Terraform file (may still be invalid in rare corners). */
export function generateFile(seed: number, resources = 3): string {
  const g = makeGen(seed);
  const lines: string[] = [];
  for (let i = 0; i < resources; i++) {
    const kind = g.int(8);
    if (kind === 0) lines.push(`variable "v${i}" {`);
    else if (kind === 1) lines.push(`locals {`);
    else if (kind === 2) lines.push(`provider "sysdig" {`);
    else lines.push(`resource "${g.pick(TYPES)}" ${g.int(5) === 0 ? `r${i}` : `"r${i}"`} {`);
    genBody(g, g.int(4) === 0 ? '' : '  ', 0, lines);
    lines.push('}');
    lines.push('');
  }
  let text = lines.join('\n');
  if (g.int(15) === 0) text = text.replace(/\n/g, '\r\n');
  if (g.int(30) === 0) text = `\uFEFF${text}`;
  return text;
}

const MUTATION_CHARS = [
  '{',
  '}',
  '[',
  ']',
  '"',
  '=',
  ',',
  '.',
  '\n',
  '$',
  '%',
  '(',
  ')',
  ':',
  '?',
  '#',
  '~',
  '*',
  ' ',
  'x',
  '1',
  '<<',
  '${',
  '%{',
  '\\',
  '@',
  ';',
  "'",
];

/** A mutated variant of `text`: one or two random insertions/deletions (often a syntax error). */
export function mutateFile(text: string, seed: number): string {
  const g = makeGen(seed);
  let out = text;
  const rounds = 1 + g.int(2);
  for (let i = 0; i < rounds; i++) {
    const at = g.int(out.length + 1);
    const r = g.int(3);
    if (r === 0) out = out.slice(0, at) + out.slice(at + 1 + g.int(3));
    else if (r === 1) out = out.slice(0, at) + g.pick(MUTATION_CHARS) + out.slice(at);
    else out = out.slice(0, at);
  }
  return out;
}

/** The differential corpus: `count` files, about a third of them mutated. */
export function generateCorpus(count: number, seed = 2018): { name: string; text: string }[] {
  const files: { name: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const base = generateFile(seed * 7919 + i, 1 + (i % 4));
    if (i % 3 === 2) files.push({ name: `gen-${i}-mutated.tf`, text: mutateFile(base, seed + i) });
    else files.push({ name: `gen-${i}.tf`, text: base });
  }
  return files;
}

/**
 * Randomises the layout of `text` without changing its tokens' order: indentation (spaces or
 * tabs), spaces around `=`, `,`, `:`, operators and brackets, trailing spaces. Used to test the
 * formatter against `terraform fmt`.
 */
export function messWhitespace(text: string, seed: number): string {
  const g = makeGen(seed);
  return text
    .split('\n')
    .map((line) => {
      let out = line.replace(/^[ \t]*/, () => g.pick(['', ' ', '    ', '\t', '      ', '  ']));
      out = out.replace(/ = /g, () => g.pick(['=', ' = ', '   =  ', ' =', '= ']));
      out = out.replace(/, /g, () => g.pick([',', ', ', ' ,  ']));
      out = out.replace(/ ([+*/%?:]|==|&&|\|\|) /g, (_m, op: string) =>
        g.pick([op, ` ${op} `, ` ${op}`, `${op}  `]),
      );
      out = out.replace(/\[/g, () => g.pick(['[', '[ ']));
      out = out.replace(/\]/g, () => g.pick([']', ' ]']));
      if (g.int(5) === 0) out += g.pick([' ', '  ', '\t']);
      return out;
    })
    .join('\n');
}
