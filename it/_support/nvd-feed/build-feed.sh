#!/bin/sh
# Builds the fixture NVD datafeed the security ITs (and examples/nvd-sample-feed) point
# builder.security.nvdDatafeedUrl at: cache.properties, nvdcve-2015.json.gz, nvdcve-modified.json.gz,
# each .json.gz a gzipped NVD API 2.0 response. Its one CVE record is the fixture the engine's unit
# tests use (src/test/resources/dev/backendbuilder/security/nvd/CVE-2015-7501.json): its CPE range
# covers commons-collections before 3.2.2. Run from the repository root:
#   sh it/_support/nvd-feed/build-feed.sh examples/nvd-sample-feed            (stamped 2025-01-01)
#   sh it/_support/nvd-feed/build-feed.sh it/_support/nvd-feed @it.nvd.feed.stamp@
# The ITs' copy is a template: the plugin build writes target/it-nvd-feed from it, with
# cache.properties stamped at build time, so that the ITs judge with fresh data on any day.
set -eu
out=${1:-it/_support/nvd-feed}
stamp=${2:-2025-01-01T00:00:00Z}
cve=src/test/resources/dev/backendbuilder/security/nvd/CVE-2015-7501.json
mkdir -p "$out"
{
  printf '{"resultsPerPage":1,"startIndex":0,"totalResults":1,"format":"NVD_CVE","version":"2.0",'
  printf '"timestamp":"2025-01-01T00:00:00.000","vulnerabilities":[{"cve":'
  tr -d '\n' < "$cve"
  printf '}]}'
} | gzip -9n > "$out/nvdcve-2015.json.gz"
printf '{"resultsPerPage":0,"startIndex":0,"totalResults":0,"format":"NVD_CVE","version":"2.0","timestamp":"2025-01-01T00:00:00.000","vulnerabilities":[]}' \
  | gzip -9n > "$out/nvdcve-modified.json.gz"
printf 'lastModifiedDate=%s\nlastModifiedDate.modified=%s\nlastModifiedDate.2015=%s\n' "$stamp" "$stamp" "$stamp" > "$out/cache.properties"
