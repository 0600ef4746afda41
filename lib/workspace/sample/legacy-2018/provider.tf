# Terraform for the 2018 `sysdig` provider (v1 policies API).
# The token and URL come from SYSDIG_SECURE_API_TOKEN and SYSDIG_SECURE_URL: never put them here.
provider "sysdig" {}
