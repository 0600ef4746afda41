# Where Secure sends policy events.
resource "sysdig_secure_notification_channel" "security_team_email" {
  name                 = "Security team email"
  enabled              = true
  type                 = "EMAIL"
  recipients           = "secops@example.com, oncall@example.com"
  notify_when_ok       = false
  notify_when_resolved = false
}

resource "sysdig_secure_notification_channel" "siem_webhook" {
  name                 = "SIEM webhook"
  enabled              = true
  type                 = "WEBHOOK"
  url                  = "https://siem.example.com/sysdig/events"
  notify_when_ok       = false
  notify_when_resolved = true
}
