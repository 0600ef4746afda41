# Building blocks for our rules.
resource "sysdig_secure_list" "trusted_shell_parents" {
  name  = "trusted_shell_parents"
  items = ["sshd", "tmux", "screen"]
}

resource "sysdig_secure_macro" "interactive_shell" {
  name      = "interactive_shell"
  condition = "evt.type in (execve, execveat) and evt.dir = < and proc.name in (bash, sh, zsh) and proc.tty != 0"
}

# Interactive shells in production, except from the tooling we trust.
resource "sysdig_secure_rule_falco" "shell_in_production" {
  name        = "Interactive shell in production"
  description = "Someone opened an interactive shell in a production container."
  tags        = ["container", "shell", "mitre_execution"]

  condition = <<-EOT
    interactive_shell and container.id != host
    and k8s.ns.name = "production"
    and not proc.pname in (trusted_shell_parents)
  EOT

  output   = "Interactive shell in production (user=%user.name command=%proc.cmdline container=%container.name)"
  priority = "warning"
  source   = "syscall"

  exceptions {
    name   = "debug_images"
    fields = ["container.image.repository"]
    comps  = ["="]
    values = jsonencode([["registry.example.com/debug-tools"]])
  }
}
