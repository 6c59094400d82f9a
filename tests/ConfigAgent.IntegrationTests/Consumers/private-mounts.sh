#!/bin/bash
# Runs a consumer in a mount namespace of its own, so that what it reads or writes under /etc
# and /proc/sys is the test's, never the host's. The mounts vanish with the process.
#
#   private-mounts.sh [--bind SRC DST]... [--net-sysctls-only] -- PROGRAM [ARG]...
#
#   --bind SRC DST       SRC shows at DST (a temporary directory over /etc/sysconfig/network-scripts)
#   --net-sysctls-only   every directory of /proc/sys but net/ read-only: a line of a sysctl file
#                        that is not per network namespace cannot reach the host's kernel
#
# It enters the new mount namespace itself before it mounts anything, so that no call of it can
# change the host's mounts. Call it inside `ip netns exec` for a network namespace too.
set -euo pipefail

if [ "${1:-}" != --inside ]; then
  exec unshare --mount --propagation private -- "$BASH" "$0" --inside "$@"
fi
shift

while [ $# -gt 0 ]; do
  case "$1" in
    --bind)
      mount --bind -- "$2" "$3"
      shift 3
      ;;
    --net-sysctls-only)
      for directory in /proc/sys/*; do
        [ "$directory" = /proc/sys/net ] && continue
        mount --bind -- "$directory" "$directory"
        mount -o remount,bind,ro -- "$directory"
      done
      shift
      ;;
    --)
      shift
      break
      ;;
    *)
      echo "private-mounts.sh: unknown option: $1" >&2
      exit 64
      ;;
  esac
done

exec "$@"
