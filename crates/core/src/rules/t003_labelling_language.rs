use super::tone::{self, Previous, Target, View};
use super::{Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Fix, Severity};
use crate::english::{self, verbs};
use crate::lexicon::tone::{
    LabelEntry, LabelKind, CIRCUMSTANCE_NOUNS, COPULAS, DEGREE_WORDS, FAMILY_WORDS, LABELS,
    LIFE_NOUNS, META_LABEL_WORDS, PRACTICE_NOUNS, SPEECH_VERBS,
};
use crate::text::TrimEndStr;

pub(crate) static RULE: Rule = Rule {
    code: "T003",
    name: "labelling-language",
    default_severity: Severity::Info,
    scope: Scope::Prose,
    summary: "A deficit label for a child or family.",
    doc: "## What it does\n\
Flags deficit labels for children and families: \u{201c}non-compliant\u{201d}, \u{201c}refused to \
engage\u{201d}, \u{201c}hard to reach\u{201d}, \u{201c}uncooperative\u{201d}, \u{201c}manipulative\u{201d}, \
\u{201c}attention-seeking\u{201d}, \u{201c}resistant\u{201d}, \u{201c}disguised compliance\u{201d}, \u{201c}in denial\u{201d}, \
\u{201c}chaotic\u{201d}, and \u{201c}difficult\u{201d} or \u{201c}aggressive\u{201d} when they label a person. Words \
that are labels only about people stay silent about places and things (\u{201c}the centre is hard \
to reach by bus\u{201d}), about practitioners, and where the auditor quotes someone else's label to \
question it. Extend the list with `[lexicon] extend-labels`.\n\n\
## Why\n\
The practice standard: impact \u{201c}brings the child to life\u{201d}, and audits are reflective \
learning, not fault-finding. A label closes down curiosity about what is happening for the \
child and family and why, and follows them through their records. Describe what was seen and \
heard, and what it means for the child.\n\n\
## Example\n\
```markdown\nFather refused to engage with the parenting assessment. Mother is manipulative.\n```\n\n\
## Reflective rewrite\n\
```markdown\nFather did not take up the offer to engage with the parenting assessment. Mother \
is seeking to feel in control.\n```\n\
Better still, say what was offered, what got in the way, and what it means for the child.\n",
    check,
};

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    tone::for_each_phrase(ctx, &ctx.config.lexicon.labels, |found| {
        let entry = found.entry.and_then(|i| LABELS.get(i));
        if let Some(d) = judge(
            ctx,
            found.view,
            found.previous,
            found.first,
            found.last,
            entry,
        ) {
            out.push(d);
        }
    });
}

fn judge(
    ctx: &Context,
    view: &View,
    previous: Previous<'_, '_>,
    first: usize,
    last: usize,
    entry: Option<&'static LabelEntry>,
) -> Option<Diagnostic> {
    if quoted_critically(view, first)
        || negated(view, first)
        || complies_with_a_standard(view, last)
    {
        return None;
    }
    // "an aggressive course of chemotherapy", "a chaotic timetable": a treatment or a
    // schedule, not a person.
    if view.tok(last).is_some_and(|t| t.is_any(THINGS_DESCRIBED)) {
        return None;
    }
    // "hard to reach by public transport": a journey, not a family.
    if view.word(last - 1) == "reach"
        && view
            .tok(last)
            .is_some_and(|t| t.is_any(&["by", "on", "without"]))
        && view.tok(last + 1).is_some_and(|t| {
            t.is_any(&[
                "public",
                "bus",
                "buses",
                "car",
                "train",
                "trains",
                "road",
                "foot",
                "bike",
                "bicycle",
                "transport",
                "taxi",
            ])
        })
    {
        return None;
    }
    // "hard to reach from his chair", "too high for her to reach": physical reach.
    if view.word(last - 1) == "reach"
        && view.tok(last).is_some_and(|t| t.is_any(&["from", "for"]))
        && view
            .tok(last + 1)
            .is_some_and(|t| t.is_any(&["his", "her", "their", "him", "them"]))
    {
        return None;
    }
    // "resistant to pressure from older boys": withstanding harm is a strength.
    if view.word(last - 1) == "to"
        && view.word(first) == "resistant"
        && (last..(last + 3).min(view.len())).any(|i| view.tokens[i].is_any(WITHSTOOD))
    {
        return None;
    }
    // "the 'Resistant and Hard to Engage Families' protocol": a label in a quoted,
    // capitalised name is the name's.
    if view.in_quotes(first)
        && first > 0
        && view.tokens[first].is_capitalised(view.text)
        && !view.tokens[first - 1].is_punct(&['.', '!', '?'])
    {
        return None;
    }
    let kind = entry.map_or(LabelKind::Person, |e| e.kind);
    // Before a noun ("a chaotic household") the noun is what is labelled; otherwise the
    // subject of the clause is.
    // "Drug addicts visit the flat": after a plural label, a verb with its object is the
    // clause's verb, not a noun the label modifies.
    let verb_next = view.word(last - 1).ends_with('s')
        && verbs::is_known_base(view.word(last))
        && view
            .tok(last + 1)
            .is_some_and(|t| t.is_any(english::DETERMINERS) || t.is_any(&["her", "his", "their"]));
    let noun = noun_after(view, last).filter(|_| !verb_next);
    // "to address Dad's non-compliance": a label owned by a possessive is its owner's,
    // whoever the clause's subject is.
    let owner = first.checked_sub(1).and_then(|o| {
        let t = &view.tokens[o];
        let bare = t.lower.trim_end_str("'s").trim_end_str("\u{2019}s");
        if !(t.is_possessive() || t.is_any(&["his", "her", "their"])) {
            return None;
        }
        if view.role_at(o).is_some() {
            Some(Target::Role)
        } else if t.is_any(&["his", "her", "their"])
            || FAMILY_WORDS.contains(&bare)
            || view.is_name(o)
        {
            Some(Target::Person)
        } else {
            None
        }
    });
    let target = match (noun, owner) {
        (None, Some(owner)) if kind == LabelKind::Person => owner,
        (noun, _) => match noun {
            Some((_, e)) => {
                // Before a noun, only a person or how they live is labelled ("a chaotic
                // household"), not a place or a thing ("a hard to reach area").
                let head = e - 1;
                if view.role_at(head).is_some() {
                    Target::Role
                } else if FAMILY_WORDS.contains(&view.word(head)) || view.is_name(head) {
                    Target::Person
                } else if LIFE_NOUNS.contains(&view.word(head)) {
                    Target::Circumstance
                } else {
                    Target::Thing
                }
            }
            // "The drug addicts at the flat are …": a label that is itself the subject, with
            // only determiners before it, names the people it labels.
            None if kind == LabelKind::Person && heads_subject(view, first, last) => Target::Person,
            None => {
                let (mut s, mut e) = tone::clause_subject(view, coordinated_start(view, first));
                // "Staff who fail to engage…": a relative clause is about the noun before it.
                // "His grandparents, who have been uncooperative with…": a few words of verb
                // may stand between, and a comma before "who".
                let relative = (first.saturating_sub(4)..first)
                    .rev()
                    .take_while(|&r| view.tokens[r].kind != english::Kind::Punct)
                    .find(|&r| view.tokens[r].is_any(&["who", "that"]))
                    // The relative's own verb follows it ("who have been"), not a subject
                    // of its own ("a report that Kayla is …").
                    .filter(|&r| r + 1 == first || view.is_verbish(r + 1));
                if let Some(r) = relative.filter(|&r| r > 0) {
                    (s, e) = (r - 1, r);
                    if r >= 2 && view.word(r) == "who" && view.tokens[r - 1].is_punct(&[',']) {
                        (s, e) = (r - 2, r - 1);
                    }
                    // "a farm outside Bampton that is hard to reach": the noun before a place
                    // named after a preposition is what the clause is about.
                    if r >= 3
                        && view.tokens[r - 1].is_capitalised(view.text)
                        && view.tokens[r - 2]
                            .is_any(&["outside", "near", "in", "at", "on", "beyond"])
                    {
                        (s, e) = (r - 3, r - 2);
                    }
                }
                if s < e && kind != LabelKind::Person && place_headed(view, s, e) {
                    // "The family's village is hard to reach": a place, not its people.
                    Target::Thing
                } else if s < e && event_headed(view, s, e) {
                    // "Isla's move to the new team was chaotic": an event, not a person.
                    Target::Thing
                } else if s < e {
                    // "The overdose was attention-seeking": what a child did, labelled.
                    match tone::classify(view, s, e, previous) {
                        Target::Thing | Target::Unknown if life_headed(view, s, e) => {
                            Target::Circumstance
                        }
                        t => t,
                    }
                } else {
                    Target::Unknown
                }
            }
        },
    };
    let fire = match kind {
        LabelKind::Person => !matches!(target, Target::Role | Target::Practice | Target::Thing),
        LabelKind::PersonOnly => {
            target.is_family() && (noun.is_some() || predicate(view, first, false))
        }
        LabelKind::Trait => {
            target == Target::Person && (noun.is_some() || predicate(view, first, true))
        }
    };
    if !fire {
        return None;
    }
    let label = view.span_text(first, last);
    let range = view.span(first, last);
    let mut d = ctx.diagnostic(
        &RULE,
        range,
        format!(
            "\u{201c}{label}\u{201d} is a deficit label for a child or family: describe what was seen \
and heard, what got in the way, and what it means for the child."
        ),
    );
    let Some(entry) = entry else {
        return Some(d);
    };
    let verb = view.word(last - 1).to_owned();
    match noun {
        Some((s, e)) if !entry.before_noun.is_empty() => {
            let noun_text = view.span_text(s, e);
            let whole = view.span(first, e);
            for template in entry.before_noun {
                let new_text = template.replace("{noun}", noun_text);
                let title = if *template == "{noun}" {
                    format!("Remove the label \u{201c}{label}\u{201d}")
                } else {
                    format!("Replace with \u{201c}{new_text}\u{201d}")
                };
                d.fixes.push(Fix::rewrite(
                    title,
                    vec![tone::replace_fixing_article(view, whole, &new_text)],
                ));
            }
        }
        _ => {
            for alternative in entry.alternatives {
                let new_text = alternative.replace("{v}", &verb);
                let new_text = if label.chars().next().is_some_and(char::is_uppercase) {
                    english::capitalise(&new_text)
                } else {
                    new_text
                };
                d.fixes.push(Fix::rewrite(
                    format!("Replace with \u{201c}{new_text}\u{201d}"),
                    vec![tone::replace_fixing_article(view, range, &new_text)],
                ));
            }
        }
    }
    Some(d)
}

/// Treatments and schedules, which a label before them describes ("aggressive
/// chemotherapy").
const THINGS_DESCRIBED: &[&str] = &[
    "chemotherapy",
    "treatment",
    "treatments",
    "therapy",
    "cancer",
    "tumour",
    "surgery",
    "course",
    "timetable",
    "schedule",
    "regime",
    // Exploiters' means, not a child's or a family's nature: "the manipulative tactics of
    // the older men".
    "tactics",
    "methods",
    "techniques",
    "ploys",
    "messages",
    "texts",
    "posts",
    "promises",
];

/// What a child may be "resistant to" to their credit: pressure, grooming, exploitation.
const WITHSTOOD: &[&str] = &[
    "pressure",
    "pressures",
    "exploitation",
    "grooming",
    "recruitment",
    "influence",
    "offers",
    "approaches",
    "attempts",
    "peer",
];

/// Places and buildings, which a label of people ("hard to reach") does not describe.
const PLACES: &[&str] = &[
    "village",
    "villages",
    "area",
    "areas",
    "estate",
    "address",
    "home",
    "house",
    "flat",
    "property",
    "location",
    "town",
    "office",
    "offices",
    "venue",
    "building",
    "site",
    "street",
    "road",
    "placement",
    "school",
    "unit",
    "hostel",
    "farm",
    "island",
    "region",
    "cottage",
    "bungalow",
    "caravan",
    "hamlet",
    "croft",
    "cabin",
    "centre",
    "clinic",
    "hospital",
    "ward",
    "surgery",
    "campus",
    "city",
    "county",
    "district",
    "postcode",
    "neighbourhood",
    "accommodation",
];

/// Whether `word` names a place, singular or plural ("farmhouse", "the flats", "villages").
fn is_place(word: &str) -> bool {
    let singular = word
        .strip_suffix("es")
        .filter(|s| s.ends_with("ss") || s.ends_with('x'))
        .or_else(|| word.strip_suffix('s'))
        .unwrap_or(word);
    [word, singular].iter().any(|w| {
        PLACES.contains(w) || w.ends_with("house") || w.ends_with("farm") || w.ends_with("flat")
    })
}

/// Whether the head of the subject `s..e` (its last word before a preposition, a relative
/// word or punctuation) is a place: "the family's village", "the family home".
fn place_headed(view: &View, s: usize, e: usize) -> bool {
    let end = core_end(view, s, e);
    (s..end)
        .rev()
        .find(|&i| view.tokens[i].is_word())
        .is_some_and(|head| is_place(view.word(head)))
}

/// Where the core of the subject `s..e` ends: at its first preposition, relative word or
/// punctuation ("the family's farmhouse | outside Hexham").
fn core_end(view: &View, s: usize, e: usize) -> usize {
    (s..e)
        .find(|&i| {
            view.tokens[i].is_any(english::PREPOSITIONS)
                || view.tokens[i].is_any(&["that", "which", "who"])
                || view.tokens[i].kind == english::Kind::Punct
        })
        .unwrap_or(e)
}

/// Whether the head of the subject `s..e` is how a family lives or what a child did
/// ([`LIFE_NOUNS`]).
fn life_headed(view: &View, s: usize, e: usize) -> bool {
    let end = core_end(view, s, e);
    // The head is the last noun before the verb ("The overdose appears to have been …").
    (s..end).any(|i| {
        LIFE_NOUNS.contains(&view.word(i))
            && (i + 1 == end
                || view.is_verbish(i + 1)
                || view.tokens[i + 1].is_any(&["appears", "appeared", "seems", "seemed"]))
    })
}

/// Whether the head of the subject `s..e` is an event of a child's life ("Isla's move
/// from the CIN team", "the transition to secondary school"), which a label describes
/// without labelling anyone.
fn event_headed(view: &View, s: usize, e: usize) -> bool {
    let end = core_end(view, s, e);
    end > s
        && view.tokens[end - 1].is_any(&[
            "move",
            "moves",
            "transition",
            "transitions",
            "journey",
            "admission",
            "discharge",
            "arrival",
            "departure",
        ])
}

/// "non-compliant with current safety standards": what a thing meets or does not (a car
/// seat, a property), not a label for a person. `last` is the token after the label.
fn complies_with_a_standard(view: &View, last: usize) -> bool {
    let with = if view.word(last.saturating_sub(1)) == "with" {
        last - 1
    } else if view.word(last) == "with" {
        last
    } else {
        return false;
    };
    (with + 1..(with + 5).min(view.len()))
        .take_while(|&i| view.tokens[i].is_word())
        .any(|i| {
            view.tokens[i].is_any(&[
                "standard",
                "standards",
                "regulations",
                "regulation",
                "requirements",
                "legislation",
                "law",
                "specification",
                "specifications",
            ])
        })
}

/// Where a run of coordinated adjectives starts: "hostile and uncooperative" → "hostile".
fn coordinated_start(view: &View, first: usize) -> usize {
    let mut i = first;
    while i >= 2
        && (view.tokens[i - 1].is_any(&["and", "or"]) || view.tokens[i - 1].is_punct(&[',']))
        && view.tokens[i - 2].is_word()
        && adjective_like(&view.tokens[i - 2].lower)
        && !view.tokens[i - 2].is_any(english::AUXILIARIES)
    {
        i -= 2;
    }
    i
}

/// Whether the label `first..last` is a noun that begins its clause, with nothing but
/// determiners before it (not a relative clause's verb: "Staff who fail to comply …").
fn heads_subject(view: &View, first: usize, last: usize) -> bool {
    let start = tone::clause_start(view, first);
    let relative = start > 0 && view.tokens[start - 1].is_any(&["who", "that", "which"]);
    !relative
        && !view.is_verbish(last - 1)
        && (start..first).all(|i| view.tokens[i].is_any(english::DETERMINERS))
}

/// The noun phrase right after a label that stands before it: "chaotic household", "hard
/// to reach young person", "difficult family situation" (whose head, "situation", is what
/// is described). Its first word must be a noun caselint knows, or be followed by one, so
/// that an adverb after a predicate ("attention seeking rather than …") is not taken for
/// one.
fn noun_after(view: &View, i: usize) -> Option<(usize, usize)> {
    let known = |j: usize| {
        let w = view.word(j);
        FAMILY_WORDS.contains(&w)
            || LIFE_NOUNS.contains(&w)
            || CIRCUMSTANCE_NOUNS.contains(&w)
            || PRACTICE_NOUNS.contains(&w)
            || view.role_at(j).is_some()
            || (j > 0 && view.is_name(j))
    };
    let is_noun = |j: usize| {
        view.tok(j).is_some_and(|t| {
            t.is_word()
                && !t.is_any(english::PREPOSITIONS)
                && !t.is_any(english::COORDINATORS)
                && !t.is_any(english::SUBORDINATORS)
                && !t.is_any(english::AUXILIARIES)
                && !t.is_any(english::DETERMINERS)
                && !t.is_any(&[
                    "to",
                    "not",
                    "towards",
                    "throughout",
                    "when",
                    "at",
                    "and",
                    "rather",
                    "than",
                    "too",
                    "very",
                    "quite",
                    "again",
                    "enough",
                ])
                && !english::is_adverb(&t.lower)
                && !view.is_verbish(j)
        })
    };
    if !is_noun(i) || !(known(i) || (is_noun(i + 1) && known(i + 1))) {
        return None;
    }
    let mut end = i + 1;
    // A verb ends the run: "lifestyle puts him at risk".
    let verb_form = |j: usize| {
        let w = view.word(j);
        [w.strip_suffix("es"), w.strip_suffix('s')]
            .into_iter()
            .flatten()
            .any(crate::english::verbs::is_known_base)
    };
    while end < i + 3 && is_noun(end) && !verb_form(end) {
        end += 1;
    }
    Some((i, end))
}

/// Whether the label at `first` is a predicate: a copula before it ("is resistant", "has
/// been hard to reach", "can be aggressive"), with degree words, adverbs and other
/// adjectives ("hostile and …") between. With `habitual`, a plain past copula ("was
/// aggressive towards the SW at the visit") describes an event, not a trait.
fn predicate(view: &View, first: usize, habitual: bool) -> bool {
    let mut i = first;
    let mut steps = 0;
    let mut habit = false;
    while i > 0 && steps < 5 {
        let t = &view.tokens[i - 1];
        // "is seen as", "described as": a view of what someone is, like a copula.
        let seen_as = t.is_any(&["as"]) && i >= 2 && PERCEPTION_VERBS.contains(&view.word(i - 2));
        if seen_as {
            return true;
        }
        // "is, on occasion, hostile": step over the aside.
        if let Some(open) = tone::aside_before(view, i) {
            i = open;
            steps += 1;
            continue;
        }
        if t.is_any(COPULAS) {
            if !habitual {
                return true;
            }
            // "has, at times, been": the aside does not part "been" from "has".
            let aux = tone::aside_before(view, i - 1).unwrap_or(i - 1);
            let past = t.is_any(&["was", "were", "wasn't", "weren't", "been"])
                && !(aux >= 1 && view.tokens[aux - 1].is_any(&["has", "have", "always", "often"]));
            return habit || !past;
        }
        let skippable = t.is_any(DEGREE_WORDS)
            || english::is_adverb(&t.lower)
            || t.is_any(&["and", "or", "but", "not"])
            || t.is_punct(&[','])
            || (t.is_word() && adjective_like(&t.lower));
        if !skippable {
            return false;
        }
        if t.is_any(&[
            "often",
            "always",
            "frequently",
            "increasingly",
            "regularly",
            "persistently",
            "consistently",
            "sometimes",
        ]) {
            habit = true;
        }
        i -= 1;
        steps += 1;
    }
    false
}

/// Verbs that report how someone is seen: "see her as", "described as", "labelled as".
const PERCEPTION_VERBS: &[&str] = &[
    "see",
    "sees",
    "saw",
    "seen",
    "view",
    "views",
    "viewed",
    "perceive",
    "perceives",
    "perceived",
    "describe",
    "describes",
    "described",
    "label",
    "labels",
    "labelled",
    "labeled",
    "call",
    "calls",
    "called",
    "regard",
    "regards",
    "regarded",
    "portray",
    "portrays",
    "portrayed",
    "characterise",
    "characterised",
    "characterize",
    "characterized",
];

/// Whether the perception verb at `verb` (reporting a view up to the "as" at `as_at`) says
/// whose view it is: an active verb has its subject ("School describe Sam as …"), a
/// passive one needs its agent ("is seen by the school as …"). An agentless passive ("has
/// been described as uncooperative") leaves the label standing as the audit's own.
fn names_perceiver(view: &View, verb: usize, as_at: usize) -> bool {
    let mut i = verb;
    let mut passive = false;
    while i > 0 && verb - i < 3 {
        let t = &view.tokens[i - 1];
        if t.is_any(&[
            "is", "are", "was", "were", "be", "been", "being", "gets", "got",
        ]) {
            passive = true;
            break;
        }
        let adverb = english::is_adverb(&t.lower)
            || t.is_any(&[
                "often",
                "always",
                "sometimes",
                "still",
                "also",
                "now",
                "widely",
            ]);
        if !adverb {
            break;
        }
        i -= 1;
    }
    !passive || (verb + 1..as_at).any(|k| view.word(k) == "by")
}

fn adjective_like(word: &str) -> bool {
    [
        "ive", "ous", "ful", "ile", "ant", "ent", "ic", "al", "ed", "ing", "y", "ult", "less",
        "able", "ible",
    ]
    .iter()
    .any(|s| word.ends_with(s))
}

/// "not resistant", "no longer hostile", "never aggressive".
fn negated(view: &View, first: usize) -> bool {
    let before = |k: usize| first.checked_sub(k).map_or("", |i| view.word(i));
    matches!(before(1), "not" | "never" | "n't")
        || (before(1) == "longer" && before(2) == "no")
        || (matches!(before(2), "not" | "never")
            && view.tok(first - 1).is_some_and(|t| t.is_any(DEGREE_WORDS)))
        // "Nothing on file suggests that his parents are uncooperative", "no evidence that
        // she is hostile": a label denied.
        || (first.saturating_sub(12)..first).any(|i| {
            matches!(view.word(i), "nothing" | "no")
                && (i + 1..first).any(|j| {
                    matches!(
                        view.word(j),
                        "suggest" | "suggests" | "indicate" | "indicates" | "evidence"
                            | "indication" | "suggestion" | "sign" | "signs"
                    ) && matches!(view.word(j + 1), "that" | "of" | "to")
                })
                && !(i..first).any(|k| view.tokens[k].is_punct(&[';', ':']))
        })
        // "Rather than calling Harvey manipulative, the plan describes …": a label declined.
        || (first.saturating_sub(4)..first).any(|i| {
            matches!(view.word(i), "calling" | "describing" | "labelling" | "labeling")
                && i >= 2
                && matches!(
                    (view.word(i - 2), view.word(i - 1)),
                    ("rather", "than") | ("instead", "of")
                )
        })
}

/// The auditor quoting someone else's label to discuss it: "School describe Sam as
/// 'attention-seeking'; this label …", or reporting how someone is seen ("Mother worries
/// that professionals see her as manipulative").
fn quoted_critically(view: &View, first: usize) -> bool {
    let seen_as = first >= 2
        && (first.saturating_sub(5)..first).any(|i| {
            view.word(i) == "as"
                && i > 0
                && (i.saturating_sub(4)..i).any(|j| {
                    PERCEPTION_VERBS.contains(&view.word(j)) && names_perceiver(view, j, i)
                })
        });
    if seen_as {
        return true;
    }
    // Near the label: the rest of a sentence thousands of words long says nothing of it.
    let near = first.saturating_sub(tone::LOOK_BACK)..(first + tone::LOOK_BACK).min(view.len());
    let meta = |words: &[&str]| near.clone().any(|i| view.tokens[i].is_any(words));
    if view.in_quotes(first) {
        // "School's view that it was 'just attention-seeking' was rightly challenged".
        const CHALLENGED: &[&str] = &[
            "challenged",
            "challenge",
            "challenging",
            "questioned",
            "disputed",
            "rejected",
            "contested",
            "view",
            "views",
            // "An earlier worker recorded that Sienna was 'manipulative'": someone's record.
            "recorded",
            "noted",
            "reframes",
            "reframed",
            "reframe",
        ];
        return meta(META_LABEL_WORDS) || meta(SPEECH_VERBS) || meta(CHALLENGED);
    }
    let meta_term = near
        .clone()
        .any(|i| view.tokens[i].is_any(&["term", "terms"]) && !school_term(view, i));
    meta_term
        || meta(&[
            "label",
            "labels",
            "labelled",
            "labelling",
            "labeled",
            "labeling",
        ])
}

/// "this term", "last term", "the summer term", "term-time": a school's term, not a word
/// being discussed; nor is "in terms of".
fn school_term(view: &View, at: usize) -> bool {
    let before = at.checked_sub(1).map_or("", |i| view.word(i));
    matches!(
        before,
        "this"
            | "last"
            | "next"
            | "that"
            | "each"
            | "every"
            | "per"
            | "same"
            | "whole"
            | "current"
            | "previous"
            | "following"
            | "first"
            | "second"
            | "third"
            | "autumn"
            | "spring"
            | "summer"
            | "school"
            | "half"
            | "long"
            | "short"
    ) || view.tok(at + 1).is_some_and(|t| t.is_any(&["time", "times"]))
        // "In terms of her behaviour": a way of saying "about".
        || (before == "in" && view.word(at + 1) == "of")
}

#[cfg(test)]
mod tests;
