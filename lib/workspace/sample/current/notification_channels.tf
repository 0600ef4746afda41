resource "sysdig_secure_notification_channel_email" "secops" {
  name                    = "SecOps email"
  enabled                 = true
  recipients              = ["secops@example.com", "oncall@example.com"]
  notify_when_ok          = false
  notify_when_resolved    = false
  share_with_current_team = false
}

resource "sysdig_secure_notification_channel_webhook" "siem" {
  name                       = "SIEM webhook"
  enabled                    = true
  url                        = var.siem_webhook_url
  allow_insecure_connections = false
}

resource "sysdig_secure_notification_channel_slack" "secops" {
  name             = "SecOps Slack"
  enabled          = true
  url              = var.slack_webhook_url
  channel          = "#secops"
  template_version = "v2"
}
