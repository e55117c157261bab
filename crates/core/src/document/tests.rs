use super::*;

fn names(doc: &Document) -> Vec<&str> {
    doc.areas.iter().map(|a| a.name.as_str()).collect()
}

const SEED: &str = "---\nchild: Jo, Sam\naudit-date: 20 November 2026\nauditor: A. Auditor\nteam: North\n---\n\n# Case file audit\n\n## Assessment\n\nJudgement: Requires improvement\n\n### Evidence\nThere have been two assessments. Both were late.\n\n### Impact\nFor Jo, the impact is that she waits, which matters.\n\n### Actions\n- Social worker to visit by 15 January 2027, so that Jo is seen.\n- Team manager to review within 4 weeks.\n\n## Planning\n\n**Judgement:** **Good**\n\n**Evidence:** The plan is clear.\n**Impact:** For Jo, it helps.\nActions:\nSW to share the plan by 01/12/2026.\nTM to sign it off by 08/12/2026.\n";

#[test]
fn parses_front_matter() {
    let doc = Document::parse(SEED);
    let fm = doc.front_matter.as_ref().unwrap();
    assert_eq!(fm.children, ["Jo", "Sam"]);
    assert_eq!(fm.audit_date, Date::ymd(2026, 11, 20));
    assert_eq!(fm.auditor.as_deref(), Some("A. Auditor"));
    assert!(fm.entries.iter().any(|(k, v)| k == "team" && v == "North"));
    assert_eq!(doc.slice(fm.audit_date_value.unwrap()), "20 November 2026");
    assert!(doc.problems.is_empty(), "{:?}", doc.problems);
}

#[test]
fn finds_areas_and_sections_in_both_styles() {
    let doc = Document::parse(SEED);
    assert_eq!(names(&doc), ["Assessment", "Planning"]);
    let assessment = &doc.areas[0];
    assert_eq!(
        doc.slice(assessment.judgement_value.unwrap()),
        "Requires improvement"
    );
    assert_eq!(
        doc.slice(assessment.content(SectionKind::Evidence).unwrap()),
        "There have been two assessments. Both were late."
    );
    let actions: Vec<_> = assessment
        .actions
        .iter()
        .map(|a| doc.slice(a.range))
        .collect();
    assert_eq!(
        actions,
        [
            "Social worker to visit by 15 January 2027, so that Jo is seen.",
            "Team manager to review within 4 weeks."
        ]
    );
    let planning = &doc.areas[1];
    assert_eq!(doc.slice(planning.judgement_value.unwrap()), "Good");
    assert_eq!(
        doc.slice(planning.content(SectionKind::Evidence).unwrap()),
        "The plan is clear."
    );
    assert_eq!(
        doc.slice(planning.content(SectionKind::Impact).unwrap()),
        "For Jo, it helps."
    );
    let actions: Vec<_> = planning
        .actions
        .iter()
        .map(|a| doc.slice(a.range))
        .collect();
    assert_eq!(
        actions,
        [
            "SW to share the plan by 01/12/2026.",
            "TM to sign it off by 08/12/2026."
        ]
    );
}

#[test]
fn plain_text_area_lines_and_label_aliases() {
    let text = "Case file audit - Maya\n\nArea: Education\nGRADE: good.\nFindings: Attendance is up.\nImpact on the child: For Maya, progress.\nNext steps:\n1. VSH to agree targets by 15/01/2027.\n\nArea: Health\nRating: Outstanding\n";
    let doc = Document::parse(text);
    assert_eq!(names(&doc), ["Education", "Health"]);
    assert_eq!(doc.slice(doc.areas[0].judgement_value.unwrap()), "good.");
    assert_eq!(doc.areas[0].actions.len(), 1);
    assert_eq!(
        doc.slice(doc.areas[0].actions[0].range),
        "VSH to agree targets by 15/01/2027."
    );
    assert!(doc.areas[1].section(SectionKind::Evidence).is_none());
}

#[test]
fn heading_judgement_takes_first_line_and_empty_is_none() {
    let doc = Document::parse("## A\n\n### Judgement\n\nGood\n\n### Evidence\ntext\n\n## B\n\n### Judgement\n\n### Evidence\nmore\n");
    assert_eq!(names(&doc), ["A", "B"]);
    assert_eq!(doc.slice(doc.areas[0].judgement_value.unwrap()), "Good");
    assert!(doc.areas[1].section(SectionKind::Judgement).is_some());
    assert_eq!(doc.areas[1].judgement_value, None);
}

#[test]
fn deeper_non_label_headings_stay_inside_the_area() {
    let doc = Document::parse("## Assessment\nJudgement: Good\n### Evidence\nOne.\n#### Background\nTwo.\n### Impact\nFor Jo, three.\n## Next area\n");
    assert_eq!(names(&doc), ["Assessment"]);
    assert!(doc.areas[0].section(SectionKind::Impact).is_some());
}

#[test]
fn a_deeper_heading_with_section_headings_of_its_own_is_an_area() {
    // An area at level 1 (setext), then one at level 2 whose judgement is a level-3 heading.
    let doc = Document::parse(
        "Early help\n==========\n\nJudgement: Good\n\n### Evidence\nOne.\n\nMulti-agency working\n--------------------\n\n### Judgement\n\n### Evidence\nTwo.\n",
    );
    assert_eq!(names(&doc), ["Early help", "Multi-agency working"]);
    assert_eq!(doc.areas[1].judgement_value, None);
    assert!(doc.areas[0].section(SectionKind::Evidence).is_some());
    // A judgement line after a deeper heading starts an area too.
    let doc = Document::parse(
        "# Assessment\nJudgement: Good\n### Evidence\nOne.\n## Planning\nJudgement: Requires improvement\n### Evidence\nTwo.\n",
    );
    assert_eq!(names(&doc), ["Assessment", "Planning"]);
}

#[test]
fn free_text_has_no_areas_but_has_sentences() {
    let doc = Document::parse(
        "The social worker did not visit. Mother was unwell.\n\nSecond paragraph here",
    );
    assert!(doc.is_free_text());
    let sentences: Vec<_> = doc.sentences.iter().map(|s| doc.slice(s.range)).collect();
    assert_eq!(
        sentences,
        [
            "The social worker did not visit.",
            "Mother was unwell.",
            "Second paragraph here"
        ]
    );
}

#[test]
fn sentences_know_their_section() {
    let doc = Document::parse(SEED);
    let impact = doc
        .sentences
        .iter()
        .find(|s| doc.slice(s.range).starts_with("For Jo, the impact"))
        .unwrap();
    assert_eq!(impact.section, Some(SectionKind::Impact));
    assert_eq!(impact.area, Some(0));
    assert!(doc
        .sentences
        .iter()
        .all(|s| !doc.slice(s.range).starts_with("Requires")));
    let action = doc
        .sentences
        .iter()
        .find(|s| doc.slice(s.range).starts_with("Social worker"))
        .unwrap();
    assert_eq!(action.section, Some(SectionKind::Actions));
}

#[test]
fn suppressions() {
    let text = "a\n<!-- caselint-disable-next-line T001, W001 -->\nb\n<!-- caselint-disable -->\nc\n<!-- caselint-enable -->\nd";
    let doc = Document::parse(text);
    assert_eq!(doc.suppressions.len(), 2);
    assert!(doc.suppressions[0].covers(2, "T001", "deficit-phrasing"));
    assert!(!doc.suppressions[0].covers(2, "T002", "blaming-language"));
    assert!(doc.suppressions[1].covers(4, "J004", "x"));
    assert!(!doc.suppressions[1].covers(6, "J004", "x"));
    assert!(doc
        .sentences
        .iter()
        .all(|s| !doc.slice(s.range).contains("caselint")));
}

#[test]
fn unclosed_front_matter_is_a_problem_not_a_failure() {
    let doc = Document::parse("---\nchild: Jo\n\n## A\nJudgement: Good\n");
    assert!(doc.front_matter.is_none());
    assert_eq!(doc.problems.len(), 1);
    assert_eq!(names(&doc), ["A"]);
}

#[test]
fn crlf_and_bom() {
    let doc = Document::parse("\u{feff}---\r\nchild: Jo\r\naudit-date: 2026-11-20\r\n---\r\n## A\r\nJudgement: Good\r\nEvidence: Fine.\r\n");
    assert_eq!(doc.children(), ["Jo"]);
    assert_eq!(doc.slice(doc.areas[0].judgement_value.unwrap()), "Good");
    assert_eq!(
        doc.slice(doc.areas[0].content(SectionKind::Evidence).unwrap()),
        "Fine."
    );
    assert_eq!(doc.line_break(), "\r\n");
}

#[test]
fn labels_before_any_area_form_an_unnamed_area() {
    let doc = Document::parse("Judgement: Good\nEvidence: Fine.\n");
    assert_eq!(names(&doc), [""]);
}

#[test]
fn setext_headings_and_inline_heading_labels() {
    let doc = Document::parse(
        "Assessment\n----------\n\n### Judgement: Outstanding\n\nEvidence\n--------\nGood work.\n",
    );
    assert_eq!(names(&doc), ["Assessment"]);
    assert_eq!(
        doc.slice(doc.areas[0].judgement_value.unwrap()),
        "Outstanding"
    );
}

proptest::proptest! {
    #[test]
    fn parse_never_panics(text in "(?s).{0,400}") {
        let doc = Document::parse(&text);
        for s in &doc.sentences {
            proptest::prop_assert!(text.get(s.range.start()..s.range.end()).is_some());
        }
    }

    #[test]
    fn parse_never_panics_on_structured_noise(parts in proptest::collection::vec(
        proptest::sample::select(vec!["## A\n", "Judgement: Good\n", "### Evidence\n", "- x by 1/1/2027\n", "**Impact:** ", "---\n", "😀 é\r\n", "Actions:\n", "<!-- caselint-disable -->", "\n", "```\n", "Area: B\n", "# "]), 0..40)) {
        let text: String = parts.concat();
        let doc = Document::parse(&text);
        for area in &doc.areas {
            for s in &area.sections {
                proptest::prop_assert!(text.get(s.content.start()..s.content.end()).is_some());
            }
        }
    }
}

#[test]
fn sentence_splitting_knows_abbreviations_initials_and_wrapping() {
    let split = |t: &str| -> Vec<String> {
        split_sentences(t)
            .into_iter()
            .map(|(_, s)| s.trim().to_owned())
            .collect()
    };
    assert_eq!(
        split("Seen by Dr. Patel. Then home."),
        ["Seen by Dr. Patel.", "Then home."]
    );
    assert_eq!(
        split("Signed by A. Auditor on Monday. Fine."),
        ["Signed by A. Auditor on Monday.", "Fine."]
    );
    assert_eq!(
        split("Services, e.g. school, attended. Good."),
        ["Services, e.g. school, attended.", "Good."]
    );
    assert_eq!(
        split("Attendance is 94.5% now. Up from 80."),
        ["Attendance is 94.5% now.", "Up from 80."]
    );
    assert_eq!(
        split("She said \"no.\" Then she left! Why? 3 visits."),
        ["She said \"no.\"", "Then she left!", "Why?", "3 visits."]
    );
    assert_eq!(
        split("Plan under s.47 of the Act. done"),
        ["Plan under s.47 of the Act. done"]
    );
    // "No." numbers before a number, and is a reply before anything else.
    assert_eq!(
        split("Seen at No. 4 Park Road. Is there a genogram? No. Is there a plan? Yes."),
        [
            "Seen at No. 4 Park Road.",
            "Is there a genogram?",
            "No.",
            "Is there a plan?",
            "Yes."
        ]
    );
    assert_eq!(split("Line one\nLine two"), ["Line one", "Line two"]);
    let doc = Document::parse(
        "The social worker did not\nvisit. Mother was\nunwell.\n\n- first item\n- second item\n",
    );
    let sentences: Vec<_> = doc.sentences.iter().map(|s| doc.slice(s.range)).collect();
    assert_eq!(
        sentences,
        [
            "The social worker did not\nvisit.",
            "Mother was\nunwell.",
            "first item",
            "second item"
        ]
    );
}

#[test]
fn heading_only_labels_read_as_the_pattern_they_replace() {
    let pattern = regex::Regex::new(
        r"^[ \t]*(?:\*\*|__|\*|_)?[ \t]*(?P<name>[^:*_]+?)[ \t]*(?:\*\*|__|\*|_)?[ \t]*:?[ \t]*$",
    )
    .unwrap();
    let pieces = [
        "", " ", "\t", "*", "**", "_", "__", ":", "Evidence", "impact", "Actions", "x",
    ];
    let mut checked = 0;
    for a in pieces {
        for b in pieces {
            for c in pieces {
                for d in pieces {
                    let heading = format!("{a}{b}{c}{d}");
                    let expected = pattern
                        .captures(&heading)
                        .and_then(|c| c.name("name"))
                        .and_then(|m| SectionKind::from_name(m.as_str()));
                    let found =
                        super::heading_only_label(&heading).and_then(SectionKind::from_name);
                    assert_eq!(found, expected, "{heading:?}");
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, pieces.len().pow(4));
}

#[test]
fn only_comments_agrees_with_removing_them() {
    for text in [
        "",
        "  \n",
        "<!-- prompt -->",
        " <!-- a --> \n <!-- b -->\n",
        "<!-- a -->x<!-- b -->",
        "text <!-- note -->",
        "<!-- unclosed",
        "<!-- a --><!-- b --> .",
    ] {
        let comment = regex::Regex::new(r"(?s)<!--.*?-->").unwrap();
        let removed = comment.replace_all(text, "").trim().is_empty();
        assert_eq!(only_comments(text), removed, "{text:?}");
    }
}

#[test]
fn an_outline_has_the_areas_and_sections_but_no_actions() {
    let full = Document::parse(SEED);
    let outline = Document::parse_outline(SEED);
    assert!(outline.is_outline());
    assert_eq!(names(&outline), names(&full));
    for (o, f) in outline.areas.iter().zip(&full.areas) {
        assert_eq!(o.range, f.range);
        assert_eq!(o.sections, f.sections);
        assert!(o.actions.is_empty() && !f.actions.is_empty());
    }
}

#[test]
fn a_judgement_with_a_dash_for_its_colon() {
    let doc =
        Document::parse("## Planning\nJudgement - Requires improvement\nEvidence: Some text.\n");
    assert_eq!(doc.areas.len(), 1);
    let planning = &doc.areas[0];
    assert_eq!(
        doc.slice(planning.judgement_value.unwrap()),
        "Requires improvement"
    );
    // Only the judgement: "Evidence - …" is left as prose.
    let doc = Document::parse("## Planning\nJudgement: Good\nEvidence - the plan is clear.\n");
    assert!(doc.areas[0]
        .sections
        .iter()
        .all(|s| s.kind != SectionKind::Evidence));
}

#[test]
fn an_escalation_is_suppressed_only_with_a_reason() {
    let text = "<!-- caselint-disable-next-line S001 -->\nAyo has not been seen for six weeks.\n\
<!-- caselint-disable-next-line S001: seen by the duty SW on 21/11, safe at home -->\nAyo has not been seen for six weeks.\n\
<!-- caselint-disable -->\nAyo has not been seen for six weeks.\n<!-- caselint-enable -->\n";
    let config = crate::Config::default();
    let lines: Vec<usize> = crate::check(text, &config)
        .iter()
        .filter(|d| d.code == "S001")
        .map(|d| Document::parse(text).line_index.line_of(d.range.start()))
        .collect();
    // Without a reason (line 1) and under a blanket region (line 5) S001 still fires; the
    // reasoned comment suppresses line 3.
    assert_eq!(lines, [1, 5]);
    // The finding a reasonless comment failed to hide says why, and how to give a reason.
    let messages: Vec<String> = crate::check(text, &config)
        .into_iter()
        .filter(|d| d.code == "S001")
        .map(|d| d.message)
        .collect();
    assert!(messages[0].contains("does not hide this") && messages[0].contains("S001: seen by"));
    assert!(
        messages[1].contains("does not hide this"),
        "{}",
        messages[1]
    );
    let doc = Document::parse(text);
    assert_eq!(
        doc.suppressions[1].reason.as_deref(),
        Some("seen by the duty SW on 21/11, safe at home")
    );
    assert_eq!(doc.suppressions[1].codes, ["S001"]);
    // Other rules need no reason.
    assert!(doc.suppressions[2].covers(5, "W001", "long-sentence"));
}

#[test]
fn the_summary_lists_escalation_suppressions_with_their_reasons() {
    let text = "## Planning\nJudgement: Good\nEvidence: Plan reviewed.\n<!-- caselint-disable-next-line S001: seen by duty SW 21/11 -->\nAyo has not been seen for six weeks.\n<!-- caselint-disable-next-line S001 -->\nAyo has not been seen for a month.\n";
    let doc = Document::parse(text);
    let config = crate::Config::default();
    let diagnostics = crate::check_document(&doc, &config);
    let summary = crate::summary::summarise(&doc, &config, &diagnostics);
    let listed: Vec<(u32, Option<&str>)> = summary
        .escalation_suppressions
        .iter()
        .map(|s| (s.start.line, s.reason.as_deref()))
        .collect();
    assert_eq!(listed, [(4, Some("seen by duty SW 21/11")), (6, None)]);
    assert_eq!(
        summary.escalations.len(),
        1,
        "the reasonless one still fires"
    );
}
