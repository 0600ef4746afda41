terraform {
  required_providers {
    sysdig = {
      source  = "sysdiglabs/sysdig"
      version = ">= 3.0.0"
    }
  }
}

# The token and URL come from SYSDIG_SECURE_API_TOKEN and SYSDIG_SECURE_URL: never put them here.
provider "sysdig" {}
