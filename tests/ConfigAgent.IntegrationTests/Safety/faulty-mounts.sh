#!/bin/bash
# Runs a program over a --root whose file systems fail: full, or read-only. The mounts are made
# in a mount namespace of its own, entered before anything is mounted, so they vanish with the
# process and this machine's mounts never change (run it inside `ip netns exec` for the lab).
#
#   faulty-mounts.sh [--full DIR] [--read-only DIR] [--keep DIR COPY] -- PROGRAM [ARG]...
#
#   --full DIR        DIR's content moves onto a small tmpfs mounted over it, filled to the last
#                     byte by DIR/.filler: every write that needs a block fails with ENOSPC
#   --read-only DIR   DIR read-only (a bind mount over itself): every write fails with EROFS
#   --keep DIR COPY   after PROGRAM, DIR's content (without .filler) is copied to COPY, which
#                     outlives the namespace, so a test can compare it with what was there before
#
# Exits with PROGRAM's exit code.
set -euo pipefail

if [ "${1:-}" != --inside ]; then
  exec unshare --mount --propagation private -- "$BASH" "$0" --inside "$@"
fi
shift

keep=()
while [ $# -gt 0 ]; do
  case "$1" in
    --full)
      aside=$(mktemp -d)
      cp -a -- "$2/." "$aside/"
      mount -t tmpfs -o size=4m,mode=0755 configagent-full "$2"
      cp -a -- "$aside/." "$2/"
      rm -rf -- "$aside"
      # dd stops at ENOSPC; a tmpfs has no reserved blocks, so nothing is left for anyone.
      dd if=/dev/zero of="$2/.filler" bs=4096 status=none 2>/dev/null || true
      shift 2
      ;;
    --read-only)
      mount --bind -- "$2" "$2"
      mount -o remount,bind,ro -- "$2"
      shift 2
      ;;
    --keep)
      keep+=("$2" "$3")
      shift 3
      ;;
    --)
      shift
      break
      ;;
    *)
      echo "faulty-mounts.sh: unknown option: $1" >&2
      exit 64
      ;;
  esac
done

status=0
"$@" || status=$?
for ((i = 0; i < ${#keep[@]}; i += 2)); do
  mkdir -p -- "${keep[i + 1]}"
  tar -C "${keep[i]}" --exclude=./.filler -cf - . | tar -C "${keep[i + 1]}" -xpf -
done
exit "$status"
