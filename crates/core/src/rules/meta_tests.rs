//! Checks over the whole registry: every rule is documented, named and coded once.

use std::collections::HashSet;

use super::RULES;

use crate::text::Part;

#[test]
fn every_rule_has_all_documentation_headings() {
    for rule in RULES {
        let mut last = 0;
        for heading in [
            "## What it does",
            "## Why",
            "## Example",
            "## Reflective rewrite",
        ] {
            let at = rule
                .doc
                .find(heading)
                .unwrap_or_else(|| panic!("{} has no `{heading}` heading", rule.code));
            assert!(at >= last, "{}: `{heading}` is out of order", rule.code);
            last = at;
            // Each heading has text under it.
            let rest = rule.doc.part(at + heading.len()..);
            let body = rest.split("\n## ").next().unwrap_or("");
            assert!(
                body.trim().len() > 10,
                "{}: `{heading}` is empty",
                rule.code
            );
        }
        assert!(!rule.summary.is_empty(), "{} has no summary", rule.code);
    }
}

#[test]
fn codes_and_names_are_unique_and_well_formed() {
    let mut codes = HashSet::new();
    let mut names = HashSet::new();
    for rule in RULES {
        assert!(codes.insert(rule.code), "duplicate code {}", rule.code);
        assert!(names.insert(rule.name), "duplicate name {}", rule.name);
        let (letter, digits) = rule.code.split_at(1);
        assert!(
            matches!(letter, "T" | "J" | "E" | "I" | "A" | "S" | "W" | "M"),
            "{}",
            rule.code
        );
        assert!(
            digits.len() == 3 && digits.chars().all(|c| c.is_ascii_digit()),
            "{}",
            rule.code
        );
        assert!(
            rule.name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-')
                && !rule.name.starts_with('-'),
            "{} is not kebab-case",
            rule.name
        );
    }
}

#[test]
fn the_registry_is_in_code_order_and_find_works() {
    let codes: Vec<&str> = RULES.iter().map(|r| r.code).collect();
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    assert_eq!(codes, sorted, "keep RULES sorted by code");
    for rule in RULES {
        assert_eq!(super::find(rule.code).map(|r| r.code), Some(rule.code));
        assert_eq!(
            super::find(&rule.name.to_uppercase()).map(|r| r.code),
            Some(rule.code)
        );
    }
    assert!(super::find("X999").is_none());
}

#[test]
fn the_spec_catalogue_codes_are_the_public_ones() {
    // Codes and names are public and stable (SPEC §3): a rule that exists must use its
    // catalogue name.
    let catalogue = [
        ("T001", "deficit-phrasing"),
        ("T002", "blaming-language"),
        ("T003", "labelling-language"),
        ("J001", "missing-judgement"),
        ("J002", "unknown-judgement"),
        ("J003", "inadequate-judgement"),
        ("J004", "judgement-evidence-mismatch"),
        ("E001", "missing-evidence"),
        ("E002", "chronological-narration"),
        ("E003", "no-analysis"),
        ("E004", "evidence-too-long"),
        ("E005", "lookback-exceeded"),
        ("I001", "missing-impact"),
        ("I002", "impact-not-child-first"),
        ("I003", "impact-no-consequence"),
        ("A001", "missing-actions"),
        ("A002", "action-no-owner"),
        ("A003", "action-no-timescale"),
        ("A004", "action-vague-verb"),
        ("A005", "action-not-measurable"),
        ("A006", "action-past-due"),
        ("S001", "escalate-now"),
        ("W001", "long-sentence"),
        ("M001", "missing-child-name"),
        ("M002", "invalid-audit-date"),
        // Beyond the SPEC's catalogue (issue 18): a suppression comment naming no rule.
        ("M003", "unknown-suppression-code"),
    ];
    for rule in RULES {
        let entry = catalogue.iter().find(|(code, _)| *code == rule.code);
        assert_eq!(
            entry.map(|e| e.1),
            Some(rule.name),
            "{} is not in the SPEC catalogue as named",
            rule.code
        );
    }
}

/// Messages are for auditors: plain words, no Markdown or engineering terms. Every rule's
/// documented example (and the bundled example audits) is linted and each message read.
#[test]
fn messages_are_in_plain_words() {
    let mut texts: Vec<String> = RULES
        .iter()
        .flat_map(|rule| {
            rule.doc
                .split("```markdown\n")
                .skip(1)
                .filter_map(|block| block.split("```").next())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    texts.push(include_str!("../../../../examples/jo.audit.md").to_owned());
    texts.push("---\nchild:\n---\n## A\nImpact: x.\n".to_owned());
    let config = crate::Config::default();
    let mut seen = HashSet::new();
    for text in &texts {
        for d in crate::check(text, &config) {
            seen.insert(d.code);
            let m = d.message.to_lowercase();
            for jargon in [
                "`",
                "front matter",
                "front-matter",
                "nul byte",
                "utf-8",
                "regex",
                "byte",
            ] {
                assert!(
                    !m.contains(jargon),
                    "{}: {:?} in {}",
                    d.code,
                    jargon,
                    d.message
                );
            }
        }
    }
    // The examples reach (nearly) every rule, so the check reads nearly every message.
    assert!(seen.len() >= RULES.len() - 3, "only {seen:?}");
}
