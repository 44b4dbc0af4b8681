#!/usr/bin/env bash
# A throwaway IMAP server for tests and benchmarks: Dovecot (Debian dovecot-imapd) on 127.0.0.1 at a free
# port, one user with a random password (passwd-file, plaintext allowed: loopback only, no TLS), its mail,
# config, base_dir, pid and log all under DIR, never the system's dovecot config or service.
#
#   scripts/imap-test-server.sh start DIR   prints one line: imap://USER:PASSWORD@127.0.0.1:PORT/
#   scripts/imap-test-server.sh stop DIR    stops it (DIR is left for the caller to delete)
#
# Dovecot refuses mail access as uid 0: run as root (CI), the mail belongs to a non-root system user
# (mailmig-imap, created once), who owns DIR; DIR's parent folders must let that user through (mode o+x).
# Run as another user, everything runs as that user. Exit 2: bad usage; 1: the server did not start
# (the last lines of DIR/dovecot.log on stderr).
set -euo pipefail

usage() { echo "usage: $0 start DIR | stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
command_name=$1
dir=$2
mail_user=mailmig-imap
imap_user=mailmig

stop_server() {
  local pid_file="$dir/run/master.pid" pid
  [ -f "$pid_file" ] || return 0
  pid=$(cat "$pid_file")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$pid_file"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pick_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    port_free "$port" && { echo "$port"; return 0; }
  done
  echo "imap-test-server: found no free port on 127.0.0.1" >&2
  return 1
}

# The user mail is stored as, and the users Dovecot's own processes run as.
prepare_users() {
  if [ "$(id -u)" -eq 0 ]; then
    id "$mail_user" >/dev/null 2>&1 || useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$mail_user"
    owner=$mail_user
    internal_user=dovecot
    login_user=dovenull
    id dovecot >/dev/null 2>&1 || useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin dovecot
    id dovenull >/dev/null 2>&1 || useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin dovenull
    chroot_line="chroot = login"
  else
    owner=$(id -un)
    internal_user=$owner
    login_user=$owner
    chroot_line="chroot ="
  fi
  uid=$(id -u "$owner")
  gid=$(id -g "$owner")
}

write_config() {
  local port=$1
  cat >"$dir/dovecot.conf" <<EOF
# Written by scripts/imap-test-server.sh: a throwaway test server, loopback only.
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = $internal_user
default_login_user = $login_user
first_valid_uid = 1
first_valid_gid = 1
mail_location = sdbox:$dir/mail/%u
mail_fsync = never
mail_max_userip_connections = 200
namespace inbox {
  inbox = yes
  separator = /
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/passwd
}
userdb {
  driver = static
  args = uid=$uid gid=$gid home=$dir/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
  inet_listener imaps {
    port = 0
  }
  $chroot_line
}
service stats {
  unix_listener stats-reader {
    user = $owner
  }
  unix_listener stats-writer {
    user = $owner
  }
}
EOF
}

start_server() {
  command -v dovecot >/dev/null 2>&1 || { echo "imap-test-server: dovecot is not installed (apt-get install dovecot-imapd, or .ci/install-deps.sh)" >&2; exit 1; }
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  stop_server
  prepare_users
  mkdir -p "$dir/run" "$dir/state" "$dir/mail"
  local password port
  password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
  printf '%s:{PLAIN}%s\n' "$imap_user" "$password" >"$dir/passwd"
  chmod 600 "$dir/passwd"
  chown "$internal_user" "$dir/passwd"
  chown "$owner" "$dir" "$dir/mail" "$dir/state"
  if [ "$(id -u)" -eq 0 ] && ! setpriv --reuid="$uid" --regid="$gid" --clear-groups test -w "$dir/mail" 2>/dev/null; then
    echo "imap-test-server: $mail_user cannot write $dir/mail: a parent folder of $dir lets no one else through (chmod o+x it)" >&2
    exit 1
  fi
  for _ in 1 2 3 4 5; do
    port=$(pick_port)
    write_config "$port"
    : >"$dir/dovecot.log"
    dovecot -c "$dir/dovecot.conf" </dev/null >/dev/null 2>>"$dir/dovecot.log"
    for _ in $(seq 1 100); do
      port_free "$port" || { echo "imap://$imap_user:$password@127.0.0.1:$port/"; return 0; }
      sleep 0.05
    done
    stop_server
  done
  echo "imap-test-server: dovecot did not start; the end of $dir/dovecot.log:" >&2
  tail -n 5 "$dir/dovecot.log" >&2
  exit 1
}

case "$command_name" in
  start) start_server ;;
  stop) [ -d "$dir" ] && { dir=$(cd "$dir" && pwd); stop_server; }; exit 0 ;;
  *) usage ;;
esac
