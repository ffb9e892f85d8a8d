// Validates a Teams app manifest against Microsoft's official JSON schema for its manifestVersion, using the schema
// copies bundled in @microsoft/app-manifest (no network). Usage: node validate-manifest.js <manifest.json>
// Prints {"manifestVersion": "...", "errors": [...]} and exits 0 when valid, 1 when not, 2 on a usage error.
const fs = require("fs");
const { AppManifestUtils } = require("@microsoft/app-manifest");

(async () => {
  const path = process.argv[2];
  if (!path) {
    console.error("usage: node validate-manifest.js <manifest.json>");
    process.exit(2);
  }
  const manifest = JSON.parse(fs.readFileSync(path, "utf8"));
  const errors = await AppManifestUtils.validateAgainstSchema(manifest);
  console.log(JSON.stringify({ manifestVersion: manifest.manifestVersion, errors }));
  process.exit(errors.length === 0 ? 0 : 1);
})().catch((error) => {
  console.error(error && error.message ? error.message : String(error));
  process.exit(2);
});
