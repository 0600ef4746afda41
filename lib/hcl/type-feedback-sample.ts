/**
 * A small valid HCL file that takes the lexer and parser down the paths valid configurations
 * take: every token kind, expression form, template directive, heredoc style, comment style and
 * number form (its test checks the kinds and forms). parseHcl parses it (and its CRLF +
 * byte-order-mark twin) before the first file it is given, so that V8 has type feedback for
 * its branches before it optimises them. Without it, the compiled lexer or parser meets a
 * branch no earlier file took (the first `%{`, `::`, escape, heredoc…), falls back to the
 * interpreter and is compiled again: five to eight times in a cold parse of the bench's 1,000
 * files. Parsing it takes about 2 ms (in the interpreter, as every first parse runs).
 */
export const TYPE_FEEDBACK_SAMPLE = `# comment
// comment
/* block
   comment */
terraform {
  required_providers {
    sysdig = { source = "sysdiglabs/sysdig", version = ">= 1.0" }
  }
}

variable "env" { default = "prod" }

locals {
  numbers    = [-1.5e3 + 2 * 3 / 4 % 5 - (6), 0.5E-2, 42, 1e+3]
  operands   = 1 + a + a.b + a[0] + f(1) + (2) + "s" + -1 + [1][0] + a[*].b + { k = 1 }.k
  logic      = !true && false || null == 1 != 2 < 3 <= 4 > 5 >= 6
  choice     = var.env == "prod" ? "yes" : "no"
  list       = [for i, v in var.list : upper(v) if v != ""]
  grouped    = { for k, v in var.map : k => v... }
  splat      = var.list[*].name
  attr_splat = var.obj.*.id
  index      = var.list[0].x["key"]
  legacy     = var.list.0
  call       = format("%s-%d", "a\\n\\t\\"\\\\\\u00e9\\U0001F600", 1, [1, 2]...)
  provider   = provider::sysdig::normalize("x")
  empty      = ""
  template   = "a \${var.x} b %{if var.y}c%{else}d%{endif} %{for x in var.l~} \${x} %{~endfor} $\${e} %%{e} $ %"
  heredoc    = <<EOT
line \${var.x} $\${y}
EOT
  flush      = <<-EOT
    indented %{if true}yes%{endif}

      \${var.x} after spaces
  EOT
  flush_tpl  = <<-EOT
\${var.x}
  EOT
  übung      = { "quoted key" = 1, plain : 2, (var.k) = 3, nested = { a = [] } }
}

resource "sysdig_secure_policy" "p" {
  name        = "policy"
  enabled     = true
  description = "x" # trailing
  rules { name = sysdig_secure_rule_falco.r.name }
  dynamic "actions" {
    for_each = toset(["a"])
    content {
      container = actions.value
    }
  }
}
`;
