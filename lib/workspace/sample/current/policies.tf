# Our own policy: stop the container and capture when a shell opens in production.
resource "sysdig_secure_custom_policy" "production_shells" {
  name        = "Production shells"
  description = "Interactive shells in production containers."
  severity    = 2
  enabled     = true
  scope       = "kubernetes.namespace.name = \"production\""
  runbook     = "https://wiki.example.com/runbooks/production-shell"

  rules {
    name    = sysdig_secure_rule_falco.shell_in_production.name
    enabled = true
  }

  actions {
    container = "stop"

    capture {
      name                 = "production-shell"
      seconds_before_event = 5
      seconds_after_event  = 15
    }
  }

  notification_channels = [
    sysdig_secure_notification_channel_email.secops.id,
    sysdig_secure_notification_channel_slack.secops.id,
  ]
}

# Sysdig's managed threat detection, routed to our SIEM.
resource "sysdig_secure_managed_policy" "runtime_threat_detection" {
  name    = "Sysdig Runtime Threat Detection"
  type    = "falco"
  enabled = true

  notification_channels = [sysdig_secure_notification_channel_webhook.siem.id]
}
