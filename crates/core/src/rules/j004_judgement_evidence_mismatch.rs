use super::{Context, Rule, Scope};
use std::sync::LazyLock;

use crate::analysis::{Shortfall, ShortfallKind};
use crate::config::Grade;
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::document::SectionKind;
use crate::lexicon::lazy::LazyRegex;
use crate::text::Part;
use crate::text::TextRange;

pub(crate) static RULE: Rule = Rule {
    code: "J004",
    name: "judgement-evidence-mismatch",
    default_severity: Severity::Warning,
    scope: Scope::Structure,
    summary: "The judgement does not match what the evidence records.",
    doc: "## What it does\n\
Reads the evidence for shortcomings — the child not seen, no assessment or plan, delay or \
drift, concerns not acted on, documents missing or out of date, practice events that did not \
happen — and tells significant ones (the child not seen, no assessment or plan, delay that \
left risk unmanaged, concerns not acted on) from minor ones. It flags the judgement when:\n\n\
- the grade is positive (Good or better) and the evidence records three or more \
shortcomings, or any significant one;\n\
- the grade is the top of the scale (Outstanding) and the evidence records any shortcoming;\n\
- the grade is the bottom of the scale (Requires improvement) and the evidence records no \
shortcoming at all: only strengths, or plain facts.\n\n\
A sentence in the evidence that ties the grade to a reason and weighs the shortcomings \
(\u{201c}The judgement is Good because these are administrative gaps that have not affected \
Jo\u{2019}s safety\u{201d}), or answers one in its own words, is the hard justification the \
standard asks for, and the rule stays silent. A reason that only names a strength \
(\u{201c}The judgement of Good reflects the quality of the PEP\u{201d}) is not. For \
Requires improvement any reason will do.\n\n\
## Why\n\
The practice standard: \u{201c}If shortcomings are numerous and/or significant, a \u{2018}good\u{2019} \
judgement needs hard justification. If impact cannot be identified, \u{2018}good\u{2019} is \
elusive.\u{201d} A moderator asks: \u{201c}does the narrative contain evidence that matches the \
judgement?\u{201d}\n\n\
## Example\n\
```markdown\nJudgement: Good\n\n### Evidence\nMaya has not been seen since 2 September. \
There is no safety plan, and the core group has not met since the conference.\n```\n\n\
## Reflective rewrite\n\
```markdown\nJudgement: Requires improvement\n\n### Evidence\nMaya has not been seen since 2 \
September and there is no safety plan, so it is not known how the risks identified at \
conference are being managed. This is why the judgement is Requires improvement.\n```\n\
Or keep the grade and give the hard justification: what outweighs the shortcomings for the \
child, and why.\n",
    check,
};

/// What is wrong with a judgement, and the grade the evidence suggests.
enum Mismatch {
    /// A positive grade with numerous or significant shortcomings.
    PositiveWithShortcomings,
    /// The top grade with any shortcoming.
    TopWithShortcoming,
    /// The bottom grade with no shortcoming.
    BottomWithoutShortcoming,
}

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let scale = &ctx.config.scale;
    for (area_index, area) in ctx.doc.areas.iter().enumerate() {
        let Some(value) = area.judgement_value else {
            continue;
        };
        let Grade::Scale(index) = ctx.config.classify_grade(ctx.doc.slice(value)) else {
            continue;
        };
        let Some(evidence) = area.content(SectionKind::Evidence) else {
            continue;
        };
        let Some(reading) = ctx.evidence_reading(area_index) else {
            continue;
        };
        let mut shortfalls = reading.shortfalls.clone();
        // "The last recorded visit was on 19 June": a date that says the child has not
        // been seen for weeks, when the reading has not found that already.
        if !shortfalls.iter().any(|s| s.kind == ShortfallKind::NotSeen) {
            if let Some(range) = stale_sighting(ctx, evidence) {
                shortfalls.push(Shortfall {
                    range,
                    kind: ShortfallKind::NotSeen,
                    significant: true,
                });
            }
        }
        // "Chronology last updated in July": a record months out of date.
        for range in stale_records(ctx, evidence) {
            if !shortfalls
                .iter()
                .any(|s| s.range.start() < range.end() && range.start() < s.range.end())
            {
                shortfalls.push(Shortfall {
                    range,
                    kind: ShortfallKind::Recording,
                    significant: false,
                });
            }
        }
        let count = shortfalls.len();
        let significant = shortfalls.iter().filter(|s| s.significant).count();
        let last = scale.len().saturating_sub(1);
        let mismatch = if index == 0 && count > 0 {
            Mismatch::TopWithShortcoming
        } else if ctx.config.is_positive(index) && (count >= 3 || significant > 0) {
            Mismatch::PositiveWithShortcomings
        } else if index == last && count == 0 && reading.wholly_positive() {
            Mismatch::BottomWithoutShortcoming
        } else {
            continue;
        };
        // A grade the evidence justifies in so many words is the auditor's call: for a
        // positive grade, a justification that weighs the shortcomings (a reason that
        // only names a strength is not the hard justification they need).
        let justified = match mismatch {
            Mismatch::BottomWithoutShortcoming => reading.justifies_grade(),
            _ => {
                reading.weighs_shortcomings(&shortfall_words(&shortfalls, ctx.doc.slice(evidence)))
            }
        };
        if justified {
            continue;
        }
        let grade = &scale[index];
        let evidence_text = ctx.doc.slice(evidence);
        let (message, suggested) = match mismatch {
            Mismatch::TopWithShortcoming | Mismatch::PositiveWithShortcomings => {
                let suggested = if significant > 0 || count >= 3 {
                    last
                } else {
                    index + 1
                };
                let what = describe(&shortfalls, evidence_text);
                let need = if index == 0 {
                    format!("\u{201c}{grade}\u{201d} needs evidence without shortcomings")
                } else {
                    format!("A \u{201c}{grade}\u{201d} judgement needs hard justification when shortcomings are numerous or significant")
                };
                (
                    format!(
                        "The judgement is \u{201c}{grade}\u{201d}, but the evidence records {what}. {need}; otherwise the evidence suggests \u{201c}{}\u{201d}.",
                        scale[suggested]
                    ),
                    suggested,
                )
            }
            Mismatch::BottomWithoutShortcoming => (
                format!(
                    "The judgement is \u{201c}{grade}\u{201d}, but the evidence records no shortcoming, only strengths or plain facts: say what needs to improve, or the evidence suggests \u{201c}{}\u{201d}.",
                    scale[last.saturating_sub(1)]
                ),
                last.saturating_sub(1),
            ),
        };
        let mut d = ctx.diagnostic(&RULE, value, message);
        d.fixes.push(Fix::rewrite(
            format!(
                "Change the judgement to \u{201c}{}\u{201d}",
                scale[suggested]
            ),
            vec![Edit::replace(value, scale[suggested].clone())],
        ));
        d.fixes
            .push(justification_fix(ctx, evidence, grade, &mismatch));
        out.push(d);
    }
}

/// "three shortcomings, one of them significant (“has not been seen”)".
fn describe(shortfalls: &[Shortfall], evidence: &str) -> String {
    let count = shortfalls.len();
    let significant = shortfalls.iter().filter(|s| s.significant).count();
    let quoted: Vec<String> = shortfalls
        .iter()
        .filter(|s| s.significant || significant == 0)
        .take(2)
        .map(|s| quote(s, evidence))
        .collect();
    let (count_text, significance) = match (count, significant) {
        (1, 0) => ("a shortcoming".to_owned(), String::new()),
        (1, _) => ("a significant shortcoming".to_owned(), String::new()),
        (n, 0) => (format!("{} shortcomings", number(n)), String::new()),
        (n, s) if n == s => (
            format!("{} significant shortcomings", number(n)),
            String::new(),
        ),
        (n, s) => (
            format!("{} shortcomings", number(n)),
            format!(", {} of them significant", number(s)),
        ),
    };
    format!("{count_text}{significance} ({})", quoted.join("; "))
}

/// How long a child may go unseen before a date of the last sighting records a gap:
/// six weeks, the longest statutory interval between visits to a child in care.
pub(super) const UNSEEN_DAYS: i64 = 42;

/// The sentence of the evidence at `evidence` that dates the last time the child was
/// seen or visited more than [`UNSEEN_DAYS`] before the audit date ("The last recorded
/// home visit is dated 19 June"), when no sentence tells of a visit or sighting since.
fn stale_sighting(ctx: &Context, evidence: TextRange) -> Option<TextRange> {
    let audit = ctx.doc.audit_date()?;
    let text = ctx.doc.slice(evidence);
    let dates = ctx.cited_dates(evidence, audit);
    let sentence_of = |at: usize| {
        let start = text
            .part(..at)
            .rfind(['.', '!', '?', ';'])
            .map_or(0, |i| i + 1);
        let end = text
            .part(at..)
            .find(['.', '!', '?', ';'])
            .map_or(text.len(), |i| at + i);
        TextRange::new(start, end)
    };
    let age = |d: &crate::date::FoundDate| audit.day_number() - d.date.latest_day_number();
    let seen_since = dates.iter().any(|d| {
        age(d) < UNSEEN_DAYS && SIGHTING.is_match(sentence_of(d.range.start()).slice(text))
    });
    if seen_since {
        return None;
    }
    dates
        .iter()
        .filter(|d| age(d) >= UNSEEN_DAYS)
        .map(|d| sentence_of(d.range.start()))
        .find(|s| LAST_SIGHTING.is_match(s.slice(text)) && !HEALTH_SIGHTING.is_match(s.slice(text)))
        .map(|s| {
            let lead = s.slice(text).len() - s.slice(text).trim_start().len();
            TextRange::new(s.start() + lead, s.end())
        })
}

/// How old a record may be, by the date it was last updated, before it is out of date:
/// three months.
const STALE_DAYS: i64 = 91;

/// Where the evidence at `evidence` dates the last update of a record more than
/// [`STALE_DAYS`] before the audit ("The chronology was last updated in July", "genogram
/// last reviewed 3 March 2026").
fn stale_records(ctx: &Context, evidence: TextRange) -> Vec<TextRange> {
    let Some(audit) = ctx.doc.audit_date() else {
        return Vec::new();
    };
    let text = ctx.doc.slice(evidence);
    ctx.cited_dates(evidence, audit)
        .iter()
        .filter(|d| audit.day_number() - d.date.latest_day_number() > STALE_DAYS)
        .filter_map(|d| {
            let start = d.range.start();
            let from = text
                .part(..start)
                .rfind(['.', '!', '?', ';', ','])
                .map_or(0, |i| i + 1);
            let before = text.part(from..start);
            if !before.to_ascii_lowercase().contains("last") {
                return None;
            }
            let m = LAST_UPDATED.find_iter(before).last()?;
            Some(TextRange::new(from + m.start(), d.range.end()))
        })
        .collect()
}

/// The words before a date that make it the last update of a record.
static LAST_UPDATED: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(
        r"(?i)\blast\s+(?:updated|reviewed|revised|refreshed|amended)\s+(?:in|on|during|at\s+the\s+end\s+of)?\s*(?:early\s+|mid-?\s*|late\s+)?$"
            .to_owned(),
    )
});

/// A sentence that tells when the child was last seen or visited.
static LAST_SIGHTING: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(
        r"(?i)\blast\b[^.;]{0,80}?\b(?:visit|visits|visited|seen|saw|sighted|sighting|spoke|spoken)\b|\b(?:visit|visited|seen|saw|sighted)\b[^.;]{0,40}?\blast\b"
            .to_owned(),
    )
});

/// A sighting by a health professional ("last seen by the paediatrician in June"): an
/// appointment, not the practitioner's visit.
pub(super) static HEALTH_SIGHTING: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(
        r"(?i)\bby\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:community\s+|consultant\s+)?(?:paediatrician|gp|dentist|optician|orthodontist|audiologist|consultant|doctor|nurse|school\s+nurse|health\s+visitor|midwife|camhs|therapist|physiotherapist|specialist|clinic|hospital|dietitian|psychiatrist|psychologist)\b"
            .to_owned(),
    )
});

/// A sentence that tells of the child seen or visited.
static SIGHTING: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(r"(?i)\b(?:visit|visits|visited|seen|saw|sighted|met)\b".to_owned())
});

fn quote(shortfall: &Shortfall, evidence: &str) -> String {
    let label = match shortfall.kind {
        ShortfallKind::NotSeen => "child not seen",
        ShortfallKind::NoAssessmentOrPlan => "no assessment or plan",
        ShortfallKind::NotActedOn => "concerns not acted on",
        ShortfallKind::DelayOrDrift => "delay or drift",
        ShortfallKind::Recording => "recording",
        ShortfallKind::NotDone => "not done",
    };
    let words: Vec<&str> = shortfall.range.slice(evidence).split_whitespace().collect();
    format!("{label}: \u{201c}{}\u{201d}", words.join(" "))
}

fn number(n: usize) -> String {
    const WORDS: [&str; 11] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_owned())
}

/// The content words of the shortcomings found in `evidence` ("seen", "authorisation"),
/// which a justification that answers them repeats.
fn shortfall_words(shortfalls: &[Shortfall], evidence: &str) -> Vec<String> {
    const COMMON: &[&str] = &[
        "been", "have", "having", "with", "that", "this", "there", "were", "record", "recorded",
        "which", "from", "into", "since", "only", "more", "than", "when", "they", "their", "being",
        "also", "still", "not", "yet", "does", "done", "made",
    ];
    let mut out: Vec<String> = Vec::new();
    for s in shortfalls {
        let text = evidence.get(s.range.start()..s.range.end()).unwrap_or("");
        for w in text.split(|c: char| !c.is_alphanumeric() && c != '-') {
            let w = w.to_lowercase();
            if w.chars().count() >= 4 && !COMMON.contains(&w.as_str()) && !out.contains(&w) {
                out.push(w);
            }
        }
    }
    out
}

/// A fix that appends a justification scaffold to the evidence.
fn justification_fix(ctx: &Context, evidence: TextRange, grade: &str, mismatch: &Mismatch) -> Fix {
    let child = ctx.child().unwrap_or("the child");
    let sentence = match mismatch {
        Mismatch::BottomWithoutShortcoming => format!(
            "The judgement is {grade} because <!-- what still needs to improve for {child}? -->."
        ),
        _ => format!(
            "The judgement is {grade} despite these shortcomings because <!-- what outweighs them for {child}? -->."
        ),
    };
    let text = ctx.text();
    let end = evidence.end();
    let new_text = if text.part(..end).ends_with(char::is_whitespace) {
        sentence
    } else {
        format!(" {sentence}")
    };
    Fix::rewrite(
        "Add a sentence justifying the judgement",
        vec![Edit::insert(end, new_text)],
    )
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{assert_fix, fires, silent};

    fn audit(grade: &str, evidence: &str) -> String {
        format!(
            "---\nchild: Sam\n---\n## Planning\nJudgement: {grade}\n\n### Evidence\n{evidence}\n"
        )
    }

    #[test]
    fn a_reason_that_only_names_a_strength_is_no_hard_justification() {
        let unseen = "Home visits have been made every ten working days. However, Reuben has not been seen since 28 July: on each visit he was out.";
        fires(
            "J004",
            &audit(
                "Good",
                &format!("{unseen} The judgement is good because of the progress with mother."),
            ),
        );
        silent(
            "J004",
            &audit(
                "Good",
                &format!("{unseen} The judgement is Good despite this gap because Reuben has been seen twice at school this month and says he is safe."),
            ),
        );
    }

    #[test]
    fn a_standard_stated_is_not_a_placeholder_and_a_placeholder_quoted_is() {
        // "expects assessments to be completed within …" states the standard.
        silent(
            "J004",
            &audit(
                "Outstanding",
                "The authority expects assessments to be completed within 35 working days. The assessment was opened on 1 September 2026 and signed off on 16 October 2026. It is exceptional, child-centred work, which is outstanding.",
            ),
        );
        // A record that still reads as a placeholder is a gap in recording.
        fires(
            "J004",
            &audit(
                "Outstanding",
                "Direct work with Mo is creative and his views are clear throughout. His care plan still reads 'permanence plan to be confirmed'.",
            ),
        );
    }

    #[test]
    fn a_record_last_updated_months_before_the_audit_is_out_of_date() {
        let dated = |evidence: &str| {
            format!(
                "---\nchild: Sam\naudit-date: 2026-11-20\n---\n## Recording\nJudgement: Outstanding\n\n### Evidence\nThe case summary is current and Sam's views are recorded carefully. {evidence}\n"
            )
        };
        let d = fires("J004", &dated("The chronology was last updated in July."));
        assert!(d.message.contains("last updated in July"), "{}", d.message);
        silent(
            "J004",
            &dated("The chronology was last updated on 2 November."),
        );
        silent(
            "J004",
            &dated("The chronology was updated in July and again last week."),
        );
    }

    #[test]
    fn a_last_visit_weeks_before_the_audit_is_the_child_not_seen() {
        let dated = |grade: &str, evidence: &str| {
            format!(
                "---\nchild: Sam\naudit-date: 2026-11-20\n---\n## Planning\nJudgement: {grade}\n\n### Evidence\n{evidence}\n"
            )
        };
        let d = fires(
            "J004",
            &dated(
                "Good",
                "The plan is clear and reviews are on time. The last home visit recorded is dated 30 August.",
            ),
        );
        assert!(d.message.contains("child not seen"), "{}", d.message);
        // Seen since, or last seen recently.
        silent(
            "J004",
            &dated(
                "Good",
                "The plan is clear. The last home visit recorded is dated 30 August, and Sam was seen at school on 12 November.",
            ),
        );
        silent(
            "J004",
            &dated(
                "Good",
                "The plan is clear and Sam was last visited on 10 November.",
            ),
        );
        // A health appointment is not the practitioner's visit.
        silent(
            "J004",
            &dated(
                "Good",
                "The plan is clear. Sam was last seen by the paediatrician on 18 June.",
            ),
        );
    }

    #[test]
    fn shortcomings_told_indirectly() {
        for evidence in [
            // A placeholder, a document still in an old version, actions carried over
            // unchanged, an assessment authorised late, a concern with nothing after it.
            "Supervision is reflective and well recorded. The entry for October reads 'to be written up'.",
            "The plan is clear and shared. The ecomap on file is still the version drawn in 2024.",
            "The reviews are punctual. The same three actions appear word for word in the minutes of June, August and October.",
            "The assessment is rich and analytical. It was authorised on working day 63.",
            "The plan is clear and shared. The school's email about a bruise is on file, with no case note or discussion after it.",
        ] {
            fires("J004", &audit("Outstanding", evidence));
        }
        for evidence in [
            // Progress that made a step unneeded; a burden spared.
            "Sam's speech has come on so well that nursery no longer plan a referral to speech therapy.",
            "Joint visits with the nurse mean his parents are not asked to repeat their story.",
        ] {
            silent("J004", &audit("Outstanding", &format!("The plan is thorough and effective. {evidence}")));
        }
    }

    #[test]
    fn constructive_challenge_is_a_strength() {
        // Requires improvement with only strengths, challenge among them.
        fires(
            "J004",
            &audit(
                "Requires improvement",
                "Core group members challenge each other constructively and the minutes are thorough. Sam's views are clearly recorded.",
            ),
        );
        // Challenges that remain are a hedge.
        silent(
            "J004",
            &audit(
                "Requires improvement",
                "The minutes are thorough, but challenges remain in engaging Sam's father.",
            ),
        );
    }

    #[test]
    fn fires_on_good_with_a_significant_shortcoming() {
        let text = audit(
            "Good",
            "Sam has not been seen by his social worker since the conference in August.",
        );
        let d = fires("J004", &text);
        assert_eq!(d.range.slice(&text), "Good");
        assert!(d.message.contains("significant"), "{}", d.message);
        assert!(d.message.contains("Requires improvement"), "{}", d.message);
        assert_fix(
            &text,
            "J004",
            0,
            &text.replace("Judgement: Good", "Judgement: Requires improvement"),
        );
        assert_fix(
            &text,
            "J004",
            1,
            &text.replace(
                "August.",
                "August. The judgement is Good despite these shortcomings because <!-- what outweighs them for Sam? -->.",
            ),
        );
    }

    #[test]
    fn fires_on_good_with_three_minor_shortcomings() {
        fires(
            "J004",
            &audit(
                "Good",
                "The chronology is out of date. Father's views were not sought, and supervision notes are brief.",
            ),
        );
        // An enquiry that never took place, a referral left unactioned.
        fires(
            "J004",
            &audit(
                "Good",
                "Oversight is recorded monthly. The S47 agreed in August never took place, and the referral about a bruise sat unactioned for 19 days.",
            ),
        );
        // Notes in bullet form.
        fires(
            "J004",
            &audit(
                "Good",
                "- Case summary not updated since May 2026\n- Two case notes written more than a week after the visit\n- Consent form for the health assessment not on file\n\nSam's relationship with his worker is strong.",
            ),
        );
    }

    #[test]
    fn fires_on_outstanding_with_any_shortcoming() {
        let text = audit(
            "Outstanding",
            "Direct work with Sam is creative and purposeful, although the plan has not been updated since May.",
        );
        let d = fires("J004", &text);
        assert!(d.message.contains("\u{201c}Good\u{201d}"), "{}", d.message);
    }

    #[test]
    fn fires_on_requires_improvement_with_only_strengths() {
        let text = audit(
            "Requires improvement",
            "Visits are regular and purposeful, and Sam's views are clearly recorded, which is positive.",
        );
        fires("J004", &text);
        assert_fix(
            &text,
            "J004",
            0,
            &text.replace("Requires improvement", "Good"),
        );
        assert_fix(
            &text,
            "J004",
            1,
            &text.replace(
                "positive.",
                "positive. The judgement is Requires improvement because <!-- what still needs to improve for Sam? -->.",
            ),
        );
    }

    #[test]
    fn answers_to_an_audit_tools_questions() {
        // A "No" to a standard is a shortcoming; not seen is significant.
        fires(
            "J004",
            &audit(
                "Good",
                "Has Sam been seen alone? No – not since the plan began. Are Sam's views recorded? Yes.",
            ),
        );
        fires(
            "J004",
            &audit(
                "Outstanding",
                "Chronology current: Yes. Plan shared with Sam in a form he understands: Not yet.",
            ),
        );
        fires(
            "J004",
            &audit(
                "Good",
                "Is there a genogram? No. Are case notes on time? Not consistently. Is the chronology current? Partially – it stops in June.",
            ),
        );
        // Only standards met, under the bottom grade.
        fires(
            "J004",
            &audit(
                "Requires improvement",
                "Was the referral screened within timescales? Yes. Were checks completed with partners? Yes – within a day. Any delay in starting the assessment? No.",
            ),
        );
        // A "No" to a lapse or to a status is good news or nothing: no shortcoming.
        silent(
            "J004",
            &audit(
                "Outstanding",
                "Any delay in the court timetable? No – the final hearing was held at week 24. Any missing episodes? None. Is Sam subject to a CP plan? No – a CIN plan meets the level of need.",
            ),
        );
        // What a plan says "needs to happen", and "need" as a noun, hedge nothing.
        fires(
            "J004",
            &audit(
                "Requires improvement",
                "The manager's direction is clear about what needs to happen for Sam and by when. The plan meets his health needs and is reviewed monthly, which is good practice.",
            ),
        );
        // A "No" that opens a statement is not a reply.
        silent(
            "J004",
            &audit(
                "Outstanding",
                "Has Sam been seen alone? Yes, at every visit. No worries were raised by school.",
            ),
        );
    }

    #[test]
    fn shortcomings_told_through_what_happened_and_when() {
        for evidence in [
            "The review due in June took place on 2 August.",
            "The core group set for 4 May was stood down and has not been rearranged.",
            "The front sheet still names the old school, although Sam moved in March.",
            "No case note, visit or call to the family is recorded.",
            "The actions agreed in July are still shown as outstanding.",
            "Sam's grandmother does not appear on the genogram.",
        ] {
            fires("J004", &audit("Outstanding", evidence));
        }
        // Significant: the child not recorded as seen; a concern told before, not
        // referred.
        for evidence in [
            "The analysis is thoughtful. The file does not record Sam being seen since 29 July.",
            "School reported a bruise to Sam's cheek in September; it was logged, but no referral was made.",
        ] {
            fires("J004", &audit("Good", evidence));
        }
        // Held when it was due; praise in the same words.
        for evidence in [
            "The review due in June took place on 12 June, and the plan is thorough.",
            "Not a single statutory visit to Sam has been missed this year, which is excellent.",
        ] {
            silent("J004", &audit("Outstanding", evidence));
        }
    }

    #[test]
    fn silent_when_judgement_matches() {
        silent(
            "J004",
            &audit(
                "Good",
                "Visits are regular and Sam is seen alone, which is positive. However, the plan's contingency is not yet clear.",
            ),
        );
        silent(
            "J004",
            &audit(
                "Requires improvement",
                "Visits are regular, which is positive. However, the plan has not been reviewed since the conference.",
            ),
        );
        silent(
            "J004",
            &audit(
                "Good",
                "Mother did not attend two core groups and father has not engaged, despite the SW's persistent and creative efforts, which were effective in the end.",
            ),
        );
        silent(
            "J004",
            &audit(
                "Outstanding",
                "The SW did not hesitate to convene a strategy discussion, and there has been no drift.",
            ),
        );
        // A judgement the evidence justifies.
        silent(
            "J004",
            &audit(
                "Good",
                "Sam has not been seen alone at home. The judgement is Good because Sam is seen alone at school every week and speaks openly there.",
            ),
        );
        // A bare account of a referral and its dates is not "only strengths": the dates
        // may tell a delay.
        silent(
            "J004",
            &audit(
                "Requires improvement",
                "School referred on 2 June after Sam said his father hit him. The decision was recorded on 9 June.",
            ),
        );
    }

    /// (fires, grade, evidence): judgements that do and do not match their evidence.
    const CASES: &[(bool, &str, &str)] = &[
        // Strengths told as plain facts, with nothing short: Requires improvement does not
        // match.
        (
            true,
            "Requires improvement",
            "An assessment was completed in June. Sam is seen alone at every visit and the plan is reviewed every six weeks.",
        ),
        // Progress made is no hedge: Requires improvement with nothing short.
        (
            true,
            "Requires improvement",
            "The assessment is thorough and timely. Jo is seen alone at every visit, the plan is reviewed on time and Jo's school attendance is improving.",
        ),
        // Oversight that challenges drift is praise, not drift.
        (
            false,
            "Outstanding",
            "The manager's supervision notes give the reasons for every decision and challenge any drift in the plan. Jo's views are recorded at each key decision, and the manager has met Jo.",
        ),
        // Not challenging drift is a shortcoming.
        (
            true,
            "Good",
            "Visits have been regular. However, no child and family assessment has been completed in the five months the case has been open.",
        ),
        (
            true,
            "Outstanding",
            "The IRO did not challenge the drift in permanence planning at the September review.",
        ),
        // A protective arrangement that was never set up, while the risk went on.
        (
            true,
            "Good",
            "The assessment recommended that contact with father be supervised. That arrangement was never set up, and Jo has been having unsupervised weekends with him since June. Recording is up to date.",
        ),
        // A decision with no reasons on file is a shortcoming.
        (
            true,
            "Good",
            "Supervision notes do not set timescales for the actions agreed, the case summary has not been updated since December, and the decision to step down is not accompanied by a recorded rationale.",
        ),
        // Praise said with a negation is no shortcoming.
        (
            false,
            "Outstanding",
            "Not a single statutory visit has been missed, and the worker never lets a review slip. No review has been allowed to drift. This is exceptional practice.",
        ),
        (
            true,
            "Outstanding",
            "Two statutory visits were missed and the review slipped by a month. This is otherwise exceptional practice.",
        ),
        (true, "Good", "Noah has not been seen alone since July and the CP plan has not been updated after the RCPC. The core group has not met since September."),
        (true, "Good", "There is no up-to-date assessment of father's capacity, and the plan agreed in May has no named leads. Visits are regular."),
        (true, "Good", "The referral from school about Noah's weight loss in August was not followed up, and health have not been asked for an update."),
        (true, "Good", "Drift in the PLO process has left Noah at home without a revised protection plan for four months."),
        (true, "Outstanding", "Work with Noah is warm and child-centred, and his views shape every review. Supervision notes are brief, though."),
        (true, "Outstanding", "The plan is outstanding in its clarity, but the chronology has not been updated since the summer."),
        (true, "Good", "Recording is two months behind, the genogram is missing and the case summary is out of date. The SW knows the family well."),
        (true, "Good", "The statutory visits lapsed over the summer, the review was late and father's views were not gathered."),
        (true, "Requires improvement", "Noah is seen alone every two weeks and his views are vividly recorded. The plan is SMART and progressing well, and school report he is thriving."),
        (true, "Requires improvement", "The assessment is thorough, timely and analytical, and the family were fully involved, which is a real strength."),
        (true, "Good", "No risk assessment has been completed in respect of the new partner, who now lives in the household."),
        (true, "Good", "Noah was not seen during the S47 enquiry, and the outcome was recorded without his views."),
        (false, "Good", "Visits are regular and purposeful, and Noah is seen alone each time. One visit in August was a week late because of staff sickness."),
        (false, "Good", "The assessment is thorough and child-centred. The contingency plan could be more specific about who to call out of hours."),
        (false, "Requires improvement", "The plan has been reviewed, but the actions are not specific and father has not been involved."),
        (false, "Requires improvement", "Visits are regular. However, recording is not up to date and supervision has not addressed the drift in the kinship assessment."),
        (false, "Outstanding", "Every visit has been on time, Noah's views are captured in his own words, and the plan is reviewed with him monthly."),
        (false, "Good", "Mother declined two appointments with the family support worker, who persisted and has now built a good relationship with her."),
        (false, "Good", "There have been no missed visits and no delays in the plan, which is positive."),
        (false, "Requires improvement", "Noah's views are not yet reflected in the plan."),
        (false, "Good", "The chronology was out of date at transfer but has since been brought up to date, which is positive."),
        (false, "Requires improvement", "The SW has visited regularly, which is positive; the next step is to make the plan SMART."),
        (false, "Good", "Father did not attend the core group and mother has not engaged with the parenting course, despite creative efforts by the SW."),
        (false, "Outstanding", "The SW did not hesitate to challenge the decision, and the plan has never drifted."),
        (true, "Good", "Sam's CP plan was not reviewed at the last core group, the contingency section is blank, and father's partner has never been assessed."),
        (true, "Good", "Sam's CIN plan is generic and lacks timescales, supervision has not taken place since June, and there is no evidence of direct work."),
        (true, "Good", "The pre-birth assessment was not started until 34 weeks, which left no time to plan for the baby's safety at birth."),
        (true, "Good", "Sam has not had a visit from her SW in eleven weeks."),
        (true, "Good", "Concerns raised by the school nurse about Sam's weight have not been followed up by the SW or the health visitor."),
        (true, "Good", "There is no plan for Sam's return home, no assessment of mother's progress and no date for the next review."),
        (true, "Good", "Father's views have not been sought, school were not invited to the core group, and the minutes were not circulated."),
        (true, "Outstanding", "Sam's voice is central to the plan. The only gap is that her health assessment is a month overdue."),
        (true, "Outstanding", "The team's work with Sam is excellent; however, father's views are missing from the assessment."),
        (true, "Requires improvement", "The SW has built a strong, trusting relationship with Sam, and visits are purposeful and well recorded, which is a clear strength."),
        (true, "Requires improvement", "Planning is timely and child-centred, reviews happen on time and Sam's views are captured in her own words."),
        (true, "Good", "Despite the ICPC decision, a CP plan was not put in place for seven weeks while Sam continued to live with her stepfather."),
        (false, "Good", "Visits are regular and Sam is seen alone, which is positive; the chronology needs updating."),
        (false, "Good", "The plan is SMART and reviewed monthly. Recording of one visit in September was late."),
        (false, "Good", "Sam's views are well captured and the assessment is thorough, although father's contribution could be clearer."),
        (false, "Requires improvement", "The plan has not been updated since the ICPC."),
        (false, "Requires improvement", "Visits have been regular, but there is limited direct work with Sam."),
        (false, "Requires improvement", "The assessment is thorough. It is not clear how it informed the plan."),
        (false, "Outstanding", "Sam is seen every week, her views drive the plan, and the network meets monthly to review progress, which is exemplary."),
        (false, "Good", "Mother missed two core groups, and the SW followed up each time with a home visit, which is positive."),
        (false, "Good", "The plan was agreed on time and father, who had not been involved before, now attends every meeting."),
        (false, "Requires improvement", "Sam's plan is not SMART and her views are not recorded."),
        (false, "Good", "The assessment was delayed by a week because mother was in hospital; it was thorough and child-centred."),
        (false, "Requires improvement", "Good relationships are evident, but the plan is drifting and the CAMHS referral is outstanding."),
        (true, "Good", "Sam's plan has not been reviewed since March, he has no allocated IRO, and his health assessment is four months late."),
        (true, "Good", "The SW has not seen Sam alone since the ICPC, which means his wishes are unknown."),
        (true, "Good", "Information from the police about the incident in September was not shared with school, and no strategy discussion took place."),
        (true, "Good", "Management oversight is absent from the file, the chronology stops in May and the case summary is blank."),
        (true, "Good", "Permanence planning has drifted for eight months while Sam remains in an unregulated placement."),
        (true, "Good", "No pre-proceedings work has started despite the legal gateway decision, the parenting assessment has not been commissioned, and the family network has not been explored."),
        (true, "Outstanding", "Sam's plan is excellent, although the PEP targets have not been updated this term."),
        (true, "Outstanding", "Sam is seen regularly and loves his carers. Supervision took place only twice in six months."),
        (true, "Requires improvement", "Sam's plan is detailed and child-centred, statutory visits are on time, and the SW's direct work is creative; Sam says he trusts her."),
        (true, "Requires improvement", "This is a strong piece of work: the assessment is analytical, the plan is SMART and reviews are timely."),
        (false, "Good", "Sam's plan is up to date and visits are timely. The next review could involve school more."),
        (false, "Good", "The SW has built trust with Sam through regular, purposeful visits. Father's views were not sought for the last review, which is the one gap."),
        (false, "Requires improvement", "Visits are timely, but the plan lacks measurable outcomes and the chronology is not up to date."),
        (false, "Requires improvement", "Direct work is good. The plan, however, does not reflect what Sam has said about school."),
        (false, "Requires improvement", "The assessment is thorough, though it would benefit from a clearer analysis of father's role."),
        (false, "Outstanding", "The plan is reviewed monthly with Sam, visits are always on time, and each agency reports progress at every core group, which is exemplary."),
        (false, "Good", "Sam's views are clearly recorded and drive the plan. Mother has not engaged with the parenting course, and the SW has adapted the plan in response, which is positive."),
        (false, "Requires improvement", "Sam is seen regularly. The plan needs updating to reflect the new school."),
        (false, "Good", "The plan is clear, reviewed on time and shared with Sam in a version he can read."),
        (false, "Requires improvement", "Sam's carers feel supported and he is settled. The plan is not yet SMART."),
        (false, "Good", "Sam is seen every two weeks, alone and at home, and her words are recorded. The plan is SMART, although the contingency section could say more about weekends."),
        (false, "Good", "The SW has a warm relationship with Sam. One core group was rescheduled in October, but the plan was still reviewed on time."),
        (false, "Good", "Father was not involved at first; the SW wrote to him, visited him in prison and now includes his views, which is persistent and positive."),
        (false, "Good", "Sam's views are recorded in her own words, and the plan reflects them. Minutes were circulated late once."),
        (false, "Good", "The assessment is thorough and analytical. It does not yet include the school nurse's view, which the SW has requested."),
        (false, "Outstanding", "Every statutory visit was on time and purposeful, Sam's voice shapes the plan, and the IRO's challenge moved the plan forward, which is exemplary."),
        (false, "Outstanding", "The direct work is outstanding, with life story work that Sam helped design; her carers say she is more settled than ever."),
        (false, "Requires improvement", "Visits happen, but they are not always purposeful and Sam is rarely seen alone."),
        (false, "Requires improvement", "The plan is reviewed regularly but its outcomes are vague."),
        (false, "Requires improvement", "The SW knows Sam well. However, the chronology has gaps and supervision is infrequent."),
        (true, "Good", "Sam has not been seen for seven weeks, and the CP plan is overdue for review."),
        (true, "Good", "The plan lacks timescales, the chronology is missing, and there is no record of supervision."),
        (true, "Outstanding", "Sam's plan is strong, but the review was held a month late."),
        (true, "Requires improvement", "The plan is clear, specific and reviewed monthly; Sam is seen alone every visit and says she feels listened to."),
        (true, "Good", "A safety plan was never agreed after the ICPC."),
        (true, "Good", "Sam's disclosure in September was not shared with the police."),
    ];

    #[test]
    fn varied_evidence() {
        for (should_fire, grade, evidence) in CASES {
            let text = audit(grade, evidence);
            if *should_fire {
                fires("J004", &text);
            } else {
                silent("J004", &text);
            }
        }
    }

    #[test]
    fn a_not_someone_is_quoted_saying_hedges_nothing() {
        let text = audit(
            "Requires improvement",
            "Both parents have been fully involved at every stage. Mother says she feels 'listened to, not judged'.",
        );
        fires("J004", &text);
        // The auditor's own "not" is a shortcoming or a hedge.
        let text = audit(
            "Requires improvement",
            "Both parents have been fully involved at every stage, but father is not sent the minutes.",
        );
        silent("J004", &text);
    }

    #[test]
    fn a_plan_with_many_gaps_and_a_wish_that_is_no_hedge() {
        // Four gaps: no contingency, undated actions, father not mentioned, not revised.
        let text = audit(
            "Good",
            "There is a plan written in plain language. The plan has no contingency, none of its nine actions has a date, and father is not mentioned. It was not revised after the nursery raised concerns in July.",
        );
        fires("J004", &text);
        // A child's wish not to be seen at home is no shortcoming.
        let text = audit(
            "Requires improvement",
            "Sam is seen alone at every visit, including at school when he asked not to be seen at home. His words appear in the plan, which is positive.",
        );
        fires("J004", &text);
    }
}
