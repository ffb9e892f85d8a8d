// Validates a Teams app manifest against Microsoft's official JSON schema for its manifestVersion, using the schema
// copies bundled in @microsoft/app-manifest (no network), and every language file its localizationInfo names (found
// beside the manifest) against the localization schema of the same version. Also checks what the schemas cannot: each
// language file is on the manifest's version, and each localized command is one the manifest has.
// Usage: node validate-manifest.js <manifest.json>
// Prints {"manifestVersion": "...", "languages": [...], "errors": [...]} and exits 0 when valid, 1 when not, 2 on a usage error.
const fs = require("fs");
const path = require("path");
const { AppManifestUtils } = require("@microsoft/app-manifest");

// The validator's own JSON schema libraries, resolved from where @microsoft/app-manifest finds them.
const fromAppManifest = (name) => require(require.resolve(name, { paths: [require.resolve("@microsoft/app-manifest")] }));
const Ajv = fromAppManifest("ajv-draft-04");
const addFormats = fromAppManifest("ajv-formats");

// The localization schema has patterns such as "\[\b(...)\b]" that are not valid as Unicode regular expressions,
// so AppManifestUtils.validateAgainstSchema cannot compile it: it is compiled here without the Unicode flag.
async function validateAgainstLocalizationSchema(strings) {
  const schema = await AppManifestUtils.fetchSchema(strings.$schema);
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(schema);
  return validate(strings) ? [] : validate.errors.map((error) => `${error.instancePath} ${error.message || ""}. Details: ${JSON.stringify(error.params)}`);
}

async function validateLanguageFile(manifest, folder, file) {
  const where = path.join(folder, file);
  if (!fs.existsSync(where)) {
    return [`${file}: localizationInfo names it, but there is no such file beside the manifest`];
  }
  const strings = JSON.parse(fs.readFileSync(where, "utf8").replace(/^\uFEFF/, ""));
  const expectedSchema = `/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`;
  if (typeof strings.$schema !== "string" || !strings.$schema.endsWith(expectedSchema)) {
    return [`${file}: $schema must be the localization schema of the manifest's version (…${expectedSchema})`];
  }
  const errors = (await validateAgainstLocalizationSchema(strings)).map((error) => `${file}: ${error}`);
  for (const key of Object.keys(strings)) {
    const command = key.match(/^bots\[(\d+)\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\./);
    if (command && !manifest.bots?.[command[1]]?.commandLists?.[command[2]]?.commands?.[command[3]]) {
      errors.push(`${file}: ${key} translates a command the manifest does not have`);
    }
  }
  return errors;
}

(async () => {
  const manifestPath = process.argv[2];
  if (!manifestPath) {
    console.error("usage: node validate-manifest.js <manifest.json>");
    process.exit(2);
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
  const errors = await AppManifestUtils.validateAgainstSchema(manifest);
  const info = manifest.localizationInfo || {};
  const files = [info.defaultLanguageFile, ...(info.additionalLanguages || []).map((language) => language.file)].filter(Boolean);
  for (const file of files) {
    errors.push(...(await validateLanguageFile(manifest, path.dirname(manifestPath), file)));
  }
  console.log(JSON.stringify({ manifestVersion: manifest.manifestVersion, languages: files, errors }));
  process.exit(errors.length === 0 ? 0 : 1);
})().catch((error) => {
  console.error(error && error.message ? error.message : String(error));
  process.exit(2);
});
