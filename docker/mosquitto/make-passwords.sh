#!/usr/bin/env bash
# Writes docker/mosquitto/passwd (Mosquitto's hashed password file) from docker/.env:
# the platform account dc-platform with DC_MQTT_PASSWORD, and each device of DC_MQTT_DEVICES (id:password,…).
# Needs mosquitto_passwd (Debian: mosquitto) or runs it in the eclipse-mosquitto image.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
env_file="$here/../.env"
[ -f "$env_file" ] || { echo "missing docker/.env (copy docker/.env.example)" >&2; exit 1; }
set -a; . "$env_file"; set +a
: "${DC_MQTT_PASSWORD:?set DC_MQTT_PASSWORD in docker/.env}"
out="$here/passwd"
add_account() {
  if command -v mosquitto_passwd >/dev/null 2>&1; then
    mosquitto_passwd -b "$out" "$1" "$2"
  else
    docker run --rm -v "$here:/work" eclipse-mosquitto:2 mosquitto_passwd -b /work/passwd "$1" "$2"
  fi
}
rm -f "$out"
touch "$out"
add_account dc-platform "$DC_MQTT_PASSWORD"
IFS=',' read -ra devices <<< "${DC_MQTT_DEVICES:-}"
for device in "${devices[@]}"; do
  [ -n "$device" ] || continue
  add_account "${device%%:*}" "${device#*:}"
done
chmod 644 "$out"
echo "wrote $out with $(wc -l < "$out") account(s)"
