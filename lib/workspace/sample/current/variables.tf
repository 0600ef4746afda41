variable "slack_webhook_url" {
  description = "Incoming webhook of the #secops Slack channel."
  type        = string
  sensitive   = true
  default     = "https://hooks.slack.example.com/services/T0000/B0000/sample"
}

variable "siem_webhook_url" {
  description = "Endpoint of the SIEM that collects runtime events."
  type        = string
  sensitive   = true
  default     = "https://siem.example.com/sysdig/events"
}
