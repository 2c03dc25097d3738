#!/usr/bin/env bash
# The command line of the GitHub Action (action.yml): `communique validate --format github`
# with the action's inputs, run with npx at the action's own version unless `version` says
# otherwise. Inputs come as environment variables (INPUT_PATHS, INPUT_POINTER,
# INPUT_MAX_WARNINGS, INPUT_VERSION) and ACTION_PATH, the action's folder.
set -euo pipefail

version="${INPUT_VERSION:-}"
if [ -z "$version" ]; then
  version="$(node -p 'require(process.argv[1]).version' "$ACTION_PATH/package.json")"
fi

args=(validate --format github)
if [ -n "${INPUT_POINTER:-}" ]; then args+=(--pointer "$INPUT_POINTER"); fi
if [ -n "${INPUT_MAX_WARNINGS:-}" ]; then args+=(--max-warnings "$INPUT_MAX_WARNINGS"); fi

# Paths: one per line when there are several lines (a path may then hold spaces), else
# separated by spaces. Never globbed: a folder is searched by communique itself.
paths=()
input="${INPUT_PATHS:-.}"
if [[ "$input" == *$'\n'* ]]; then
  while IFS= read -r line; do
    line="${line#"${line%%[![:space:]]*}"}"
    line="${line%"${line##*[![:space:]]}"}"
    if [ -n "$line" ]; then paths+=("$line"); fi
  done <<< "$input"
else
  read -r -a paths <<< "$input"
fi
if [ "${#paths[@]}" -eq 0 ]; then paths=(.); fi

# "--" ends the options: a path that starts with "-" is still a path.
exec npx --yes "communique@$version" "${args[@]}" -- "${paths[@]}"
