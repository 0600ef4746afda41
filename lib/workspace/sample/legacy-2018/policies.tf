# Alert when someone opens an interactive shell in a production container.
resource "sysdig_secure_policy" "terminal_shell_in_container" {
  name            = "Terminal shell in production container"
  description     = "A shell was spawned by a program in a container with an attached terminal."
  severity        = 2
  enabled         = true
  filter          = "kubernetes.namespace.name = \"production\""
  container_scope = true
  host_scope      = false

  actions {
    container = "pause"

    capture {
      seconds_before_event = 10
      seconds_after_event  = 20
    }
  }

  notification_channels = [
    sysdig_secure_notification_channel.security_team_email.id,
    sysdig_secure_notification_channel.siem_webhook.id,
  ]

  falco_rule_name_regex = "Terminal shell in container"
}

# A baseline for the web tier: what may run, listen, read and write.
resource "sysdig_secure_policy" "web_tier_baseline" {
  name            = "Web tier baseline"
  description     = "Processes, images, ports, files and syscalls expected in the web tier."
  severity        = 4
  enabled         = true
  container_scope = true
  host_scope      = false

  processes {
    default   = "accept"
    whitelist = ["nginx", "php-fpm"]
    blacklist = ["nc", "ncat"]
  }

  containers {
    default   = "none"
    whitelist = ["nginx:1.25"]
    blacklist = ["alpine:latest"]
  }

  network {
    inbound  = "accept"
    outbound = "deny"

    listening_ports {
      default = "none"

      tcp {
        whitelist = [80, 443]
        blacklist = [22]
      }

      udp {
        whitelist = [53]
        blacklist = [69]
      }
    }
  }

  filesystem {
    other_paths = "none"

    read {
      whitelist = ["/etc/nginx"]
      blacklist = ["/etc/shadow"]
    }

    readwrite {
      whitelist = ["/var/log/nginx"]
      blacklist = ["/etc"]
    }
  }

  syscalls {
    default   = "accept"
    whitelist = ["accept", "close"]
    blacklist = ["ptrace"]
  }

  notification_channels = [sysdig_secure_notification_channel.siem_webhook.id]
  falco_rule_name_regex = "Unexpected (spawned process|outbound connection) web tier"
}
