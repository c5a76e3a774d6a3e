#!/usr/bin/env bash
# Fetches npm packages as build inputs (data and browser assets, never code that runs at build time):
# `npm pack NAME@VERSION` downloads the published tarball, which is unpacked to DIR/NAME@VERSION/package.
# Already unpacked versions are kept, so a second build makes no request.
# Usage: npm-fetch.sh DIR NAME@VERSION...
set -euo pipefail
dir=$1; shift
mkdir -p "$dir"
for spec in "$@"; do
  target="$dir/$spec"
  [ -f "$target/package/package.json" ] && continue
  if ! command -v npm >/dev/null 2>&1; then
    echo "npm is needed to fetch $spec (install Node.js and npm, e.g. apt-get install nodejs npm)" >&2
    exit 1
  fi
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent --loglevel=error "$spec" >/dev/null)
  mkdir -p "$target"
  tar -xzf "$tmp"/*.tgz -C "$target"
  rm -rf "$tmp"
done
