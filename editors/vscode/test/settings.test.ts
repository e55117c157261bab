import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { CLIENT_ONLY_SETTINGS, SERVER_SETTINGS, toServerSettings } from "../src/settings";

function lookupFrom(values: { [key: string]: unknown }) {
  return (key: string) => values[key];
}

describe("toServerSettings", () => {
  it("sends nothing when nothing is set, so caselint.toml and the defaults apply", () => {
    assert.deepEqual(toServerSettings(() => undefined), { settings: {}, problems: [] });
  });

  it("maps every VS Code name to its caselint.toml key", () => {
    const mapped = toServerSettings(
      lookupFrom({
        select: ["T001", "missing-judgement"],
        ignore: ["W001"],
        severity: { T003: "warning", "long-sentence": "off" },
        scale: ["Outstanding", "Good", "Requires improvement"],
        areas: ["Assessment", "Planning"],
        lookbackMonths: 12,
        maxEvidenceWords: 250,
        maxSentenceWords: 35,
        "escalation.contacts": ["Principal Social Worker", "Team Manager"],
        "lexicon.extendRoles": ["YOT worker"],
        "lexicon.extendVagueVerbs": ["liaise"],
        "lexicon.extendBlamePhrases": ["dropped the ball"],
        "lexicon.extendLabels": ["difficult family"],
        "lexicon.extendEscalationPhrases": ["not seen since"],
        "lexicon.extendConsequenceMarkers": ["which leaves"],
      }),
    );
    assert.deepEqual(mapped.problems, []);
    assert.deepEqual(mapped.settings, {
      select: ["T001", "missing-judgement"],
      ignore: ["W001"],
      severity: { T003: "warning", "long-sentence": "off" },
      scale: ["Outstanding", "Good", "Requires improvement"],
      areas: ["Assessment", "Planning"],
      "lookback-months": 12,
      "max-evidence-words": 250,
      "max-sentence-words": 35,
      escalation: { contacts: ["Principal Social Worker", "Team Manager"] },
      lexicon: {
        "extend-roles": ["YOT worker"],
        "extend-vague-verbs": ["liaise"],
        "extend-blame-phrases": ["dropped the ball"],
        "extend-labels": ["difficult family"],
        "extend-escalation-phrases": ["not seen since"],
        "extend-consequence-markers": ["which leaves"],
      },
    });
  });

  it("omits unset keys and keeps explicitly empty lists", () => {
    const mapped = toServerSettings(lookupFrom({ ignore: [], lookbackMonths: 1, "lexicon.extendLabels": null }));
    assert.deepEqual(mapped, { settings: { ignore: [], "lookback-months": 1 }, problems: [] });
  });

  it('selects every rule with ["ALL"]', () => {
    assert.deepEqual(toServerSettings(lookupFrom({ select: ["ALL"] })), { settings: { select: ["ALL"] }, problems: [] });
  });

  it("reports a wrongly shaped value by its VS Code name and does not send it", () => {
    const mapped = toServerSettings(
      lookupFrom({
        select: "ALL",
        ignore: "W001",
        severity: { T001: "loud" },
        scale: ["Good"],
        areas: ["Assessment", " "],
        lookbackMonths: 2.5,
        maxEvidenceWords: 0,
        maxSentenceWords: "40",
        "escalation.contacts": [],
        "lexicon.extendRoles": [1, 2],
        "lexicon.extendLabels": ["difficult family"],
      }),
    );
    assert.deepEqual(mapped.settings, { lexicon: { "extend-labels": ["difficult family"] } });
    const named = mapped.problems.map((problem) => problem.split(" ")[0]);
    assert.deepEqual(named, [
      "caselint.select",
      "caselint.ignore",
      "caselint.severity",
      "caselint.scale",
      "caselint.areas",
      "caselint.lookbackMonths",
      "caselint.maxEvidenceWords",
      "caselint.maxSentenceWords",
      "caselint.escalation.contacts",
      "caselint.lexicon.extendRoles",
    ]);
    assert.match(mapped.problems[2], /"T001" set to "loud"/);
    assert.match(mapped.problems[3], /needs at least 2 entries/);
    assert.match(mapped.problems[5], /from 1 to 120/);
    assert.match(mapped.problems[8], /needs at least 1 entry/);
  });

  it("accepts the bounds caselint's config accepts, and nothing past them", () => {
    const bounds: Array<[string, number, number]> = [
      ["lookbackMonths", 1, 120],
      ["maxEvidenceWords", 1, 100_000],
      ["maxSentenceWords", 1, 10_000],
    ];
    for (const [key, minimum, maximum] of bounds) {
      assert.deepEqual(toServerSettings(lookupFrom({ [key]: minimum })).problems, [], `${key} = ${minimum}`);
      assert.deepEqual(toServerSettings(lookupFrom({ [key]: maximum })).problems, [], `${key} = ${maximum}`);
      assert.equal(toServerSettings(lookupFrom({ [key]: minimum - 1 })).problems.length, 1, `${key} = ${minimum - 1}`);
      assert.equal(toServerSettings(lookupFrom({ [key]: maximum + 1 })).problems.length, 1, `${key} = ${maximum + 1}`);
    }
  });

  it("does not share arrays with the caller's configuration", () => {
    const areas = ["Assessment"];
    const mapped = toServerSettings(lookupFrom({ areas }));
    areas.push("Planning");
    assert.deepEqual(mapped.settings.areas, ["Assessment"]);
  });
});

describe("package.json contributes exactly the mapped settings", () => {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"),
  ) as {
    contributes: {
      configuration: {
        properties: {
          [key: string]: { type: string | string[]; minimum?: number; maximum?: number; minItems?: number };
        };
      };
    };
  };
  const properties = manifest.contributes.configuration.properties;

  it("has one setting per server key plus the client-only ones", () => {
    const contributed = Object.keys(properties).sort();
    const expected = [...SERVER_SETTINGS.map((spec) => spec.vscodeKey), ...CLIENT_ONLY_SETTINGS]
      .map((key) => `caselint.${key}`)
      .sort();
    assert.deepEqual(contributed, expected);
  });

  it("declares no default for server settings, so an unset one is not sent", () => {
    for (const spec of SERVER_SETTINGS) {
      assert.ok(
        !("default" in properties[`caselint.${spec.vscodeKey}`]),
        `caselint.${spec.vscodeKey} should have no default`,
      );
    }
  });

  it("declares the JSON type and bounds each mapping expects", () => {
    const expectedType = { strings: "array", "severity-table": "object", count: "integer" };
    for (const spec of SERVER_SETTINGS) {
      const property = properties[`caselint.${spec.vscodeKey}`];
      assert.equal([property.type].flat().join(","), expectedType[spec.kind], `type of caselint.${spec.vscodeKey}`);
      assert.equal(property.minimum, spec.minimum, `minimum of caselint.${spec.vscodeKey}`);
      assert.equal(property.maximum, spec.maximum, `maximum of caselint.${spec.vscodeKey}`);
      assert.equal(property.minItems, spec.minItems, `minItems of caselint.${spec.vscodeKey}`);
    }
  });
});
