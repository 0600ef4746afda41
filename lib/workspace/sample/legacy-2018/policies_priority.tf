# Evaluation order: the first matching policy wins (v1 API only).
resource "sysdig_secure_policies_priority" "order" {
  policies = [
    sysdig_secure_policy.terminal_shell_in_container.id,
    sysdig_secure_policy.web_tier_baseline.id,
  ]
}
