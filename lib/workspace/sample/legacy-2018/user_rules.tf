# Our Falco rules, uploaded as the user rules file (the whole file is replaced on each apply).
resource "sysdig_secure_user_rules_file" "rules" {
  content = file("${path.module}/rules.yaml")
}
