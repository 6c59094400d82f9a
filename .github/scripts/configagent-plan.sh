#!/usr/bin/env bash
# The pull-request check of a desired-state repository: what .github/workflows/configagent-plan.yml
# runs, kept here so that a test runs exactly the same commands (docs/fleet.md).
#
#   configagent-plan.sh plan      validate, then plan every host of FACTS_DIR; the markdown
#                                 summary goes to $GITHUB_STEP_SUMMARY and to PLAN_FILE.
#                                 Fails (exit 1) on an error or a blocked host, not on changes.
#   configagent-plan.sh comment   posts PLAN_FILE on pull request PR_NUMBER, or updates the
#                                 comment an earlier run posted (found by its first line).
#
# Environment:
#   CONFIGAGENT     the command that runs configagent, split on spaces
#                   (default: configagent; e.g. "dotnet run --project ../configagent/src/ConfigAgent.Cli --")
#   DOCUMENTS       desired-state files or directories, split on spaces (default: desired-state)
#   FACTS_DIR       the inventory: one facts file per host (default: facts)
#   PLAN_FILE       where the markdown plan is kept between the steps (default: $RUNNER_TEMP/configagent-plan.md)
#   SUMMARY_LIMIT   bytes GitHub takes in a job summary (default: 1 MiB)
#   COMMENT_LIMIT   characters GitHub takes in a comment (default: 65536; counted here in bytes, which is stricter)
#   GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, GITHUB_REPOSITORY: set by GitHub Actions
#   PR_NUMBER, GH_TOKEN: for 'comment' (gh reads GH_TOKEN)
set -euo pipefail

read -ra configagent <<< "${CONFIGAGENT:-configagent}"
read -ra documents <<< "${DOCUMENTS:-desired-state}"
facts_dir=${FACTS_DIR:-facts}
plan_file=${PLAN_FILE:-${RUNNER_TEMP:-/tmp}/configagent-plan.md}
summary_limit=${SUMMARY_LIMIT:-1048576}
comment_limit=${COMMENT_LIMIT:-65536}
marker='<!-- configagent-plan -->'

# Cuts FILE to at most LIMIT bytes at a line boundary, closes the code blocks and details it
# cut open, and says so at the end; the whole plan stays in the job log.
shorten() {
  local file=$1 limit=$2 size note fences opened closed
  size=$(wc -c < "$file")
  [ "$size" -le "$limit" ] && return 0
  note=$(printf '\n\n> [!WARNING]\n> Shortened: the plan is %s bytes, over the %s that GitHub takes here. The whole plan is in the job log (step "Plan").\n' "$size" "$limit")
  head -c "$((limit - ${#note} - 256))" "$file" | sed '$d' > "$file.short"
  fences=$(grep -c '^```' "$file.short" || true)
  [ $((fences % 2)) -eq 1 ] && printf '```\n' >> "$file.short"
  opened=$(grep -o '<details>' "$file.short" | wc -l || true)
  closed=$(grep -o '</details>' "$file.short" | wc -l || true)
  for ((i = closed; i < opened; i++)); do printf '\n</details>\n' >> "$file.short"; done
  printf '%s\n' "$note" >> "$file.short"
  mv "$file.short" "$file"
}

plan() {
  local validation code=0
  {
    echo "$marker"
    if ! validation=$("${configagent[@]}" validate "${documents[@]}" 2>&1); then
      echo "## ConfigAgent fleet plan"
      echo
      echo ":x: **The desired state is invalid: no host was planned.**"
      echo
      echo '```'
      echo "$validation"
      echo '```'
      code=1
    else
      "${configagent[@]}" plan --facts-dir "$facts_dir" "${documents[@]}" --format markdown 2> "$plan_file.err" || code=$?
      if [ "$code" -ne 0 ] && [ "$code" -ne 2 ] && [ -s "$plan_file.err" ]; then
        echo
        echo "#### Errors"
        echo
        echo '```'
        cat "$plan_file.err"
        echo '```'
      fi
    fi
  } > "$plan_file"
  rm -f "$plan_file.err"

  echo "$validation"
  cat "$plan_file"
  [ -n "${GITHUB_OUTPUT:-}" ] && echo "exit-code=$code" >> "$GITHUB_OUTPUT"
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    cp "$plan_file" "$plan_file.summary"
    shorten "$plan_file.summary" "$summary_limit"
    cat "$plan_file.summary" >> "$GITHUB_STEP_SUMMARY"
    rm -f "$plan_file.summary"
  fi

  # 2 says that hosts would change: expected in a pull request, so the check passes.
  case $code in
    0 | 2) return 0 ;;
    *) echo "configagent plan failed (exit $code): an invalid document, an unreadable facts file or a blocked host" >&2; return 1 ;;
  esac
}

comment() {
  local body existing
  : "${PR_NUMBER:?PR_NUMBER is the pull request to comment on}"
  : "${GITHUB_REPOSITORY:?GITHUB_REPOSITORY is owner/name}"
  if [ ! -s "$plan_file" ]; then
    echo "no plan in $plan_file: nothing to comment" >&2
    return 0
  fi

  body=$plan_file.comment
  cp "$plan_file" "$body"
  shorten "$body" "$comment_limit"
  existing=$(gh api --paginate "repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments" \
    --jq ".[] | select(.body | startswith(\"$marker\")) | .id" | head -n 1)
  if [ -n "$existing" ]; then
    gh api --method PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$existing" -F "body=@$body" > /dev/null
  else
    gh api --method POST "repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments" -F "body=@$body" > /dev/null
  fi
  rm -f "$body"
}

case ${1:-} in
  plan) plan ;;
  comment) comment ;;
  *) echo "usage: $0 plan|comment" >&2; exit 64 ;;
esac
