#!/usr/bin/env bash
# Checks that a release would go through, in a throwaway copy of the repository (the real tree is
# never touched): a dummy changeset is added, `changeset version` must bump every public package to
# one new version (the fixed group), update the internal dependencies, write the changelogs and use
# the changesets up; then `npm publish --dry-run` must accept every public package as it stands.
# Run after `npm ci` (or `npm install && npm run build`): the copy reuses the built dist/ folders
# and the installed node_modules. Nothing is sent to the registry.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/egeria-ts-release-XXXXXX")"
trap 'rm -rf "$work"' EXIT

fail() {
  echo "check-release: $*" >&2
  exit 1
}

[ -d "$root/node_modules/@changesets/cli" ] || fail "run npm ci first (@changesets/cli is not installed)"
for dir in "$root"/packages/*/; do
  [ -f "$dir/package.json" ] || continue
  [ -d "$dir/dist" ] || fail "${dir#"$root"/} is not built: run npm run build first"
done

echo "check-release: copying the repository to $work"
tar -C "$root" --exclude=node_modules --exclude=./.git --exclude=./coverage --exclude=./bench/results -cf - . |
  tar -C "$work" -xf -
ln -s "$root/node_modules" "$work/node_modules"
cd "$work"

# The public packages and their versions before.
node -e '
  const fs = require("fs");
  const out = [];
  for (const name of fs.readdirSync("packages").sort()) {
    const file = `packages/${name}/package.json`;
    if (!fs.existsSync(file)) continue;
    const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
    if (!pkg.private) out.push({ folder: `packages/${name}`, name: pkg.name, version: pkg.version });
  }
  fs.writeFileSync("release-before.json", JSON.stringify(out));
'

cat > .changeset/check-release-dummy.md <<'EOF'
---
'@egeria-ts/core': patch
---

A dummy change, made by scripts/check-release.sh in a throwaway copy.
EOF

echo "check-release: changeset version"
node node_modules/@changesets/cli/bin.js version

node -e '
  const fs = require("fs");
  const before = JSON.parse(fs.readFileSync("release-before.json", "utf8"));
  const problems = [];
  const after = before.map((p) => ({ ...p, manifest: JSON.parse(fs.readFileSync(`${p.folder}/package.json`, "utf8")) }));
  const versions = new Set(after.map((p) => p.manifest.version));
  if (versions.size !== 1) problems.push(`the public packages have different versions: ${[...versions].join(", ")}`);
  const names = new Map(after.map((p) => [p.name, p.manifest.version]));
  for (const p of after) {
    if (p.manifest.version === p.version) problems.push(`${p.name} is still at ${p.version}`);
    if (!fs.existsSync(`${p.folder}/CHANGELOG.md`)) problems.push(`${p.name} has no CHANGELOG.md`);
    else if (!fs.readFileSync(`${p.folder}/CHANGELOG.md`, "utf8").includes(`## ${p.manifest.version}`))
      problems.push(`the CHANGELOG.md of ${p.name} has no section for ${p.manifest.version}`);
    for (const [dep, range] of Object.entries(p.manifest.dependencies ?? {})) {
      const version = names.get(dep);
      if (version !== undefined && range.replace(/^[\^~]/, "") !== version)
        problems.push(`${p.name} depends on ${dep}@${range}, not on the new ${version}`);
    }
  }
  const left = fs.readdirSync(".changeset").filter((f) => f.endsWith(".md") && f !== "README.md");
  if (left.length > 0) problems.push(`changesets not used up: ${left.join(", ")}`);
  if (problems.length > 0) {
    console.error(problems.map((p) => `check-release: ${p}`).join("\n"));
    process.exit(1);
  }
  console.log(`check-release: ${after.length} public packages at ${[...versions][0]}`);
  fs.writeFileSync("release-after.json", JSON.stringify(after.map((p) => ({ folder: p.folder, name: p.name, version: p.manifest.version }))));
'

echo "check-release: npm publish --dry-run"
mapfile -t workspaces < <(node -e 'for (const p of require("./release-after.json")) console.log(p.folder)')
args=()
for folder in "${workspaces[@]}"; do args+=(--workspace "$folder"); done
publish_log="$work/publish.log"
if ! npm publish --dry-run --access public "${args[@]}" >"$publish_log" 2>&1; then
  cat "$publish_log" >&2
  fail "npm publish --dry-run failed"
fi
if grep -q "auto-corrected some errors" "$publish_log"; then
  grep "npm warn publish" "$publish_log" >&2
  fail "npm would correct a package.json at publish time (npm pkg fix)"
fi
node -e '
  const fs = require("fs");
  const log = fs.readFileSync(process.argv[1], "utf8");
  const missing = require("./release-after.json").filter((p) => !log.includes(`+ ${p.name}@${p.version}`));
  if (missing.length > 0) {
    console.error(`check-release: npm publish --dry-run did not publish ${missing.map((p) => p.name).join(", ")}`);
    process.exit(1);
  }
' "$publish_log"
echo "check-release: a release would go through"
