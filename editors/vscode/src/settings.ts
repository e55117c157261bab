// Maps the extension's `caselint.*` settings to the settings object the server reads.
//
// The server takes the same keys as `caselint.toml` (kebab-case, `escalation` and `lexicon` as
// nested tables). VS Code settings are camelCase and dotted. This module does not import
// `vscode`, so the mapping is unit-tested in plain Node.

/** The value a rule's severity can be set to. */
export const SEVERITIES = ["error", "warning", "info", "off"] as const;

type Kind = "strings" | "severity-table" | "count";

interface SettingSpec {
  /** The setting's name under the `caselint.` section in VS Code. */
  vscodeKey: string;
  /** Where the value goes in the server's settings object (a `caselint.toml` key path). */
  tomlPath: readonly string[];
  kind: Kind;
  /** The smallest and largest value a `count` may take (as caselint's config checks them). */
  minimum?: number;
  maximum?: number;
  /** The fewest items a `strings` list may have. */
  minItems?: number;
}

/** Every setting that is sent to the server, in the order `caselint.toml` documents them. */
export const SERVER_SETTINGS: readonly SettingSpec[] = [
  { vscodeKey: "select", tomlPath: ["select"], kind: "strings" },
  { vscodeKey: "ignore", tomlPath: ["ignore"], kind: "strings" },
  { vscodeKey: "severity", tomlPath: ["severity"], kind: "severity-table" },
  { vscodeKey: "scale", tomlPath: ["scale"], kind: "strings", minItems: 2 },
  { vscodeKey: "areas", tomlPath: ["areas"], kind: "strings" },
  {
    vscodeKey: "lookbackMonths",
    tomlPath: ["lookback-months"],
    kind: "count",
    minimum: 1,
    maximum: 120,
  },
  {
    vscodeKey: "maxEvidenceWords",
    tomlPath: ["max-evidence-words"],
    kind: "count",
    minimum: 1,
    maximum: 100_000,
  },
  {
    vscodeKey: "maxSentenceWords",
    tomlPath: ["max-sentence-words"],
    kind: "count",
    minimum: 1,
    maximum: 10_000,
  },
  {
    vscodeKey: "escalation.contacts",
    tomlPath: ["escalation", "contacts"],
    kind: "strings",
    minItems: 1,
  },
  { vscodeKey: "lexicon.extendRoles", tomlPath: ["lexicon", "extend-roles"], kind: "strings" },
  {
    vscodeKey: "lexicon.extendVagueVerbs",
    tomlPath: ["lexicon", "extend-vague-verbs"],
    kind: "strings",
  },
  {
    vscodeKey: "lexicon.extendBlamePhrases",
    tomlPath: ["lexicon", "extend-blame-phrases"],
    kind: "strings",
  },
  { vscodeKey: "lexicon.extendLabels", tomlPath: ["lexicon", "extend-labels"], kind: "strings" },
  {
    vscodeKey: "lexicon.extendEscalationPhrases",
    tomlPath: ["lexicon", "extend-escalation-phrases"],
    kind: "strings",
  },
  {
    vscodeKey: "lexicon.extendConsequenceMarkers",
    tomlPath: ["lexicon", "extend-consequence-markers"],
    kind: "strings",
  },
];

/** Settings that only the extension reads; they are never sent to the server. */
export const CLIENT_ONLY_SETTINGS: readonly string[] = ["server.path", "allMarkdownAndText"];

/** The settings object sent as `initializationOptions` and as `settings.caselint`. */
export type ServerSettings = { [key: string]: unknown };

export interface MappedSettings {
  settings: ServerSettings;
  /** One sentence per setting that was left out because its value has the wrong shape. */
  problems: string[];
}

/**
 * Reads each server setting through `lookup` (which returns `undefined` for a setting the user
 * has not set) and builds the server's settings object. Unset settings are omitted, so that the
 * server falls back to `caselint.toml` and its own defaults rather than to VS Code's.
 */
export function toServerSettings(lookup: (vscodeKey: string) => unknown): MappedSettings {
  const settings: ServerSettings = {};
  const problems: string[] = [];
  for (const spec of SERVER_SETTINGS) {
    const raw = lookup(spec.vscodeKey);
    if (raw === undefined || raw === null) {
      continue;
    }
    const checked = check(spec, raw);
    if (typeof checked === "string") {
      problems.push(`caselint.${spec.vscodeKey} ${checked}; it was not sent to the server.`);
      continue;
    }
    put(settings, spec.tomlPath, checked.value);
  }
  return { settings, problems };
}

function check(spec: SettingSpec, raw: unknown): { value: unknown } | string {
  switch (spec.kind) {
    case "strings": {
      const minItems = spec.minItems ?? 0;
      if (!isStringArray(raw) || raw.some((item) => item.trim() === "")) {
        return "must be a list of non-empty strings";
      }
      return raw.length >= minItems
        ? { value: [...raw] }
        : `needs at least ${minItems} ${minItems === 1 ? "entry" : "entries"}`;
    }
    case "count": {
      const minimum = spec.minimum ?? 1;
      const maximum = spec.maximum ?? Number.MAX_SAFE_INTEGER;
      return typeof raw === "number" && Number.isInteger(raw) && raw >= minimum && raw <= maximum
        ? { value: raw }
        : `must be a whole number from ${minimum} to ${maximum}`;
    }
    case "severity-table": {
      if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
        return 'must map rule codes or names to "error", "warning", "info" or "off"';
      }
      const table: { [rule: string]: string } = {};
      for (const [rule, level] of Object.entries(raw)) {
        if (typeof level !== "string" || !(SEVERITIES as readonly string[]).includes(level)) {
          return `has "${rule}" set to ${JSON.stringify(level)}, but a severity must be "error", "warning", "info" or "off"`;
        }
        table[rule] = level;
      }
      return { value: table };
    }
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function put(target: ServerSettings, path: readonly string[], value: unknown): void {
  let table = target;
  for (const key of path.slice(0, -1)) {
    const next = table[key];
    if (typeof next === "object" && next !== null) {
      table = next as ServerSettings;
    } else {
      const created: ServerSettings = {};
      table[key] = created;
      table = created;
    }
  }
  table[path[path.length - 1]] = value;
}
