//! What the tone rules (T001–T003) share: a sentence as tokens with its practitioner
//! mentions and quotations, clause boundaries, and who or what a noun phrase is about.

use super::Context;
use crate::diagnostic::Edit;
use crate::document::Sentence;
use crate::english::{self, verbs, Token};
use crate::lexicon::tone::{CIRCUMSTANCE_NOUNS, COPULAS, FAMILY_WORDS, LAY_PEOPLE, PRACTICE_NOUNS};
use crate::lexicon::PhraseMatcher;
use crate::text::TrimEndStr;
use crate::text::{Part, TextRange};

/// A sentence ready for the tone rules.
pub(crate) struct View<'a> {
    pub text: &'a str,
    pub range: TextRange,
    pub tokens: Vec<Token>,
    /// Practitioner mentions: token index ranges `[start, end)`.
    pub roles: Vec<(usize, usize)>,
    /// Quoted stretches, as byte ranges.
    pub quotes: Vec<(usize, usize)>,
    /// The children named in the front matter, lower case.
    pub children: Vec<String>,
}

/// The last word of a team's own name ("the Assessment and Intervention Team").
const TEAM_NOUNS: &[&str] = &["team", "service", "hub", "unit", "panel", "board"];

impl<'a> View<'a> {
    pub(crate) fn new(ctx: &Context<'a>, range: TextRange) -> View<'a> {
        let doc: &'a crate::document::Document = ctx.doc;
        let text: &'a str = &doc.text;
        let tokens = english::tokenize(text, range.start(), range.end());
        let sentence = range.slice(text);
        let mut roles: Vec<(usize, usize)> = Vec::new();
        for m in ctx.config.lexicon.roles.find_iter(sentence) {
            let (start, end) = (range.start() + m.start(), range.start() + m.end());
            let (Some(first), Some(last)) = (
                Some(tokens.partition_point(|t| t.start < start)).filter(|&i| i < tokens.len()),
                tokens.partition_point(|t| t.end <= end).checked_sub(1),
            ) else {
                continue;
            };
            if first > last {
                continue;
            }
            // "the team" + "manager" is one mention: "the team manager".
            match roles.last_mut() {
                Some(prev) if prev.1 == first => prev.1 = last + 1,
                _ => roles.push((first, last + 1)),
            }
        }
        // "the children's services team", "the health visiting service".
        for role in &mut roles {
            while tokens
                .get(role.1)
                .is_some_and(|t| t.is_any(ROLE_NOUNS) && t.start == tokens[role.1 - 1].end + 1)
            {
                role.1 += 1;
            }
        }
        // "The Assessment and Intervention Team", "Brighter Futures Service": a team's own
        // name, capitalised, ending in a team word.
        let capitalised = |i: usize| {
            tokens.get(i).is_some_and(|t| {
                t.is_word() && t.is_capitalised(text) && !t.is_any(english::FUNCTION_WORDS)
            })
        };
        for i in 1..tokens.len() {
            if !(capitalised(i) && tokens[i].is_any(TEAM_NOUNS) && capitalised(i - 1)) {
                continue;
            }
            if roles.iter().any(|&(s, e)| s <= i && i < e) {
                continue;
            }
            let mut start = i - 1;
            loop {
                if start > 0 && capitalised(start - 1) {
                    start -= 1;
                } else if start > 1
                    && tokens[start - 1].is_any(&["and", "&", "of"])
                    && capitalised(start - 2)
                {
                    start -= 2;
                } else {
                    break;
                }
            }
            roles.retain(|&(s, e)| e <= start || s > i);
            roles.push((start, i + 1));
        }
        // "the missing children team", "the front door service": a team named in lower
        // case by what it does, between a determiner and a team word.
        for i in 2..tokens.len() {
            if !tokens[i].is_any(&["team", "teams", "service", "services", "unit", "hub"])
                || roles.iter().any(|&(s, e)| s <= i && i < e)
            {
                continue;
            }
            let plain = |t: &Token| {
                t.is_word()
                    && !t.is_capitalised(text)
                    && !t.is_any(english::FUNCTION_WORDS)
                    && !t.is_any(english::AUXILIARIES)
                    && !t.is_any(english::DETERMINERS)
                    && !t.lower.ends_with("n't")
            };
            let mut start = i;
            while start > 0 && i - start < 3 && plain(&tokens[start - 1]) {
                start -= 1;
            }
            if start < i && start > 0 && tokens[start - 1].is_any(english::DETERMINERS) {
                roles.retain(|&(s, e)| e <= start || s > i);
                roles.push((start, i + 1));
            }
        }
        roles.sort_unstable();
        View {
            text,
            range,
            tokens,
            roles,
            quotes: english::quotations(text, range.start(), range.end()),
            children: ctx
                .doc
                .children()
                .iter()
                .map(|c| c.to_lowercase())
                .collect(),
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The lower-case word at `i`, or "" past the end.
    pub(crate) fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.lower.as_str())
    }

    pub(crate) fn tok(&self, i: usize) -> Option<&Token> {
        self.tokens.get(i)
    }

    /// The text from the start of token `from` to the end of token `to - 1`.
    pub(crate) fn span_text(&self, from: usize, to: usize) -> &'a str {
        match (
            self.tokens.get(from),
            to.checked_sub(1).and_then(|l| self.tokens.get(l)),
        ) {
            (Some(a), Some(b)) if a.start <= b.end => self.text.get(a.start..b.end).unwrap_or(""),
            _ => "",
        }
    }

    /// The byte range from the start of token `from` to the end of token `to - 1`.
    pub(crate) fn span(&self, from: usize, to: usize) -> TextRange {
        match (
            self.tokens.get(from),
            to.checked_sub(1).and_then(|l| self.tokens.get(l)),
        ) {
            (Some(a), Some(b)) if a.start <= b.end => TextRange::new(a.start, b.end),
            _ => TextRange::new(self.range.end(), self.range.end()),
        }
    }

    /// The practitioner mention that covers token `i`.
    pub(crate) fn role_at(&self, i: usize) -> Option<(usize, usize)> {
        self.roles.iter().copied().find(|(s, e)| *s <= i && i < *e)
    }

    /// The practitioner mention that ends just before token `end`.
    pub(crate) fn role_ending_at(&self, end: usize) -> Option<(usize, usize)> {
        self.roles.iter().copied().find(|(_, e)| *e == end)
    }

    /// Whether token `i` is inside quotation marks.
    pub(crate) fn in_quotes(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| self.quotes.iter().any(|(s, e)| *s < t.start && t.end < *e))
    }

    /// Whether token `i` is a word that names a person: a child from the front matter, or a
    /// capitalised word that is not a function word, acronym, month or practitioner.
    pub(crate) fn is_name(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        if !t.is_word() {
            return false;
        }
        let bare = t.lower.trim_end_str("'s");
        if self.children.iter().any(|c| c == bare) {
            return true;
        }
        t.is_capitalised(self.text)
            && !t.is_acronym(self.text)
            && self.role_at(i).is_none()
            && !english::FUNCTION_WORDS.contains(&bare)
            && !english::is_date_word(bare)
            && !NOT_NAMES.contains(&bare)
            && !FAMILY_WORDS.contains(&bare)
            && !PRACTICE_NOUNS.contains(&bare)
            && !CIRCUMSTANCE_NOUNS.contains(&bare)
            && (!NOT_NAME_SUFFIXES.iter().any(|s| bare.ends_with(s))
                || english::NAMES_IN_LY.contains(&bare))
            && !verbs::is_known_base(bare)
    }

    /// Whether the person named at token `i` is introduced in this sentence as a
    /// practitioner: by a role in apposition ("Ms Begum, the allocated social worker,"), in
    /// brackets ("Mr Adeyemi (SSW)") or after "is" ("Harpreet is the allocated worker"). A
    /// child of the front matter never is.
    pub(crate) fn introduced_as_role(&self, i: usize) -> bool {
        self.introduction_end(i).is_some() || self.named_after_role(i)
    }

    /// Whether the name holding token `i` stands in apposition after a role: "The
    /// allocated social worker, Priya Desai, met Amara".
    fn named_after_role(&self, i: usize) -> bool {
        let titled = |j: usize| {
            self.tokens
                .get(j)
                .is_some_and(|t| t.is_any(crate::lexicon::smart::TITLES))
        };
        let mut start = i;
        while start > 0 && i - start < 3 && (self.is_name(start - 1) || titled(start - 1)) {
            start -= 1;
        }
        start >= 2
            && self.tokens[start - 1].is_punct(&[',', '('])
            && self
                .role_ending_at(start - 1)
                .is_some_and(|(s, e)| !(e == s + 1 && self.word(s) == "auditor"))
    }

    /// [`View::introduced_as_role`], giving the token after the role.
    fn introduction_end(&self, i: usize) -> Option<usize> {
        let titled = |j: usize| {
            self.tokens
                .get(j)
                .is_some_and(|t| t.is_any(crate::lexicon::smart::TITLES))
        };
        let mut j = i;
        while j < self.len() && j - i < 4 && (self.is_name(j) || titled(j)) {
            let bare = self.tokens[j].lower.trim_end_str("'s");
            if self.children.iter().any(|c| c == bare) || self.tokens[j].is_possessive() {
                return None;
            }
            j += 1;
        }
        if j == i || j >= self.len() {
            return None;
        }
        let mut k = j + 1;
        if self.tokens[j].is_any(&["is", "was"]) {
            // "is the allocated worker", not "is worried about the social worker".
        } else if !self.tokens[j].is_punct(&[',', '(']) {
            return None;
        }
        let stop = (k + 4).min(self.len());
        while k < stop
            && self.role_at(k).is_none()
            && self.tokens[k].is_word()
            // "a newly qualified social worker": a participle, but not a verb of its own.
            && (!self.is_verbish(k) || self.word(k).ends_with("ed"))
            && !self.tokens[k].is_any(&["who", "whom", "whose", "which", "that"])
            && !self.is_name(k)
            && !self.tokens[k].is_any(english::PREPOSITIONS)
            && !self.tokens[k].is_any(english::COORDINATORS)
        {
            k += 1;
        }
        self.role_at(k)
            .filter(|&(s, e)| s == k && !(e == s + 1 && self.word(s) == "auditor"))
            .map(|(_, e)| e)
    }

    /// Whether token `i` closes a clause going backwards: punctuation, a conjunction, or a
    /// word that opens a clause.
    pub(crate) fn is_boundary(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return true;
        };
        if t.is_punct(&[
            ',', ';', ':', '(', ')', '[', ']', '\u{2013}', '\u{2014}', '-', '.', '!', '?',
        ]) {
            return true;
        }
        // "presents as", "is seen as": "as" introduces a predicate, not a clause.
        if t.is("as")
            && i > 0
            && self.tokens[i - 1].is_any(&[
                "present",
                "presents",
                "presented",
                "presenting",
                "appears",
                "appeared",
                "seen",
                "described",
                "regarded",
                "known",
                "viewed",
                "perceived",
                "comes",
                "came",
            ])
        {
            return false;
        }
        // "Her self-harm since the summer is …": "since" before a time is a preposition.
        if t.is_any(&["since", "after", "before", "until", "till"]) && self.time_follows(i + 1) {
            return false;
        }
        t.is_any(english::SUBORDINATORS)
            || t.is_any(english::COORDINATORS)
            || t.is_any(english::SENTENCE_ADVERBS)
    }

    /// Whether a time begins at token `i` and ends its phrase: a month, a year, "then",
    /// "the summer", "last term", "the move" … followed by no verb of its own.
    fn time_follows(&self, i: usize) -> bool {
        const TIMES: &[&str] = &[
            "summer",
            "spring",
            "autumn",
            "winter",
            "term",
            "holidays",
            "holiday",
            "year",
            "month",
            "week",
            "start",
            "beginning",
            "end",
            "move",
            "review",
            "conference",
            "referral",
            "birth",
            "assessment",
            "placement",
            "transfer",
            "audit",
            "christmas",
            "easter",
            "visit",
        ];
        let w = self.word(i);
        let after = if english::is_date_word(w)
            || w.starts_with(|c: char| c.is_ascii_digit())
            || matches!(w, "then" | "birth" | "christmas" | "easter")
        {
            i + 1
        } else if matches!(w, "the" | "last" | "this" | "that") && TIMES.contains(&self.word(i + 1))
        {
            i + 2
        } else {
            return false;
        };
        // "since the summer she has …" is a clause of its own after all.
        !self
            .tok(after)
            .is_some_and(|t| t.is_any(&["she", "he", "they", "it", "we", "i"]))
    }

    /// Whether token `i` looks like a verb or auxiliary that ends a subject.
    pub(crate) fn is_verbish(&self, i: usize) -> bool {
        let w = self.word(i);
        if w.is_empty() || !self.tokens[i].is_word() {
            return false;
        }
        if english::AUXILIARIES.contains(&w) || w.ends_with("n't") {
            return true;
        }
        // After "the", "Jo's" or "in", an "-ed" or "-ing" word is an adjective or noun
        // ("the allocated worker", "the planning").
        let after_modifier = i > 0
            && (self.tokens[i - 1].is_any(english::DETERMINERS)
                || self.tokens[i - 1].is_possessive()
                || self.tokens[i - 1].is_any(english::PREPOSITIONS));
        if verbs::is_past_form(w) {
            return !after_modifier;
        }
        // Verbs of being that are no nouns ("School attendance remains poor").
        if matches!(
            w,
            "remains" | "remain" | "seems" | "seem" | "appears" | "appear" | "becomes"
        ) && !after_modifier
        {
            return true;
        }
        // An "-ing" form is never finite on its own ("information sharing has been …").
        if w.ends_with("ing") {
            return false;
        }
        // "-s" forms are verbs only straight after a person ("Mother tells", "Dad
        // continues"); "the home visits" is a noun.
        let stem = w.strip_suffix("es").filter(|s| verbs::is_known_base(s));
        let stem = stem.or_else(|| w.strip_suffix('s').filter(|s| verbs::is_known_base(s)));
        stem.is_some()
            && i > 0
            && (FAMILY_WORDS.contains(&self.word(i - 1))
                || self.is_name(i - 1)
                || self.role_ending_at(i).is_some()
                || self.role_at(i - 1).is_some()
                || self.tokens[i - 1].is_any(&["he", "she", "it", "who", "that", "which"]))
    }
}

/// Who or what a noun phrase is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    /// A practitioner, team or service.
    Role,
    /// What practice produces or does ("recording", "the plan", "the delay").
    Practice,
    /// A child, parent, carer or family member.
    Person,
    /// The child's or family's circumstances ("attendance", "housing", "her behaviour").
    Circumstance,
    /// Something else ("the community centre", "the boiler").
    Thing,
    /// Nothing to go on.
    Unknown,
}

impl Target {
    /// About the child or family.
    pub(crate) fn is_family(self) -> bool {
        matches!(self, Target::Person | Target::Circumstance)
    }

    /// About practice.
    pub(crate) fn is_practice(self) -> bool {
        matches!(self, Target::Role | Target::Practice)
    }
}

/// What the noun phrase `[from, to)` is about. Pronouns are resolved with
/// [`antecedent`] against `previous`.
pub(crate) fn classify(view: &View, from: usize, to: usize, previous: Previous<'_, '_>) -> Target {
    classify_depth(view, from, to, previous, 0)
}

fn classify_depth(
    view: &View,
    from: usize,
    to: usize,
    previous: Previous<'_, '_>,
    depth: usize,
) -> Target {
    let to = to.min(view.len());
    // The core of the phrase stops at its first preposition or relative word.
    let mut start = from;
    while start < to
        && (view.tokens[start].kind == english::Kind::Punct
            || view.tokens[start].is_any(english::SENTENCE_ADVERBS)
            || view.tokens[start].is_any(english::COORDINATORS))
    {
        start += 1;
    }
    // "Throughout the period mother has been …": a phrase of time or place fronted without
    // a comma; the subject is the last noun phrase that starts after it.
    if depth == 0 && english::is_pure_preposition(view.word(start)) && view.word(start) != "of" {
        let subject_start = (start + 2..to.min(start + 8)).rev().find(|&p| {
            let t = &view.tokens[p];
            let opens = t.is_any(english::DETERMINERS)
                || t.is_possessive()
                || FAMILY_WORDS.contains(&t.lower.as_str())
                || view.is_name(p)
                || view.role_at(p).is_some_and(|(rs, _)| rs == p);
            let before = &view.tokens[p - 1];
            opens
                && before.is_word()
                && !before.is_any(english::DETERMINERS)
                && !before.is_possessive()
                && !before.is_any(english::PREPOSITIONS)
                && (start..p).all(|i| !view.is_verbish(i))
        });
        if let Some(p) = subject_start {
            return classify_depth(view, p, to, previous, depth + 1);
        }
    }
    // An action as the subject: "Closing the case without …", "Not passing the
    // disclosure on …" is practice.
    let gerund = if view.word(start) == "not" {
        start + 1
    } else {
        start
    };
    if gerund + 1 < to
        && view.word(gerund).ends_with("ing")
        && !CIRCUMSTANCE_NOUNS.contains(&view.word(gerund))
        && view.tokens[gerund + 1].is_word()
        && (view.tokens[gerund + 1].is_any(english::DETERMINERS)
            || view.tokens[gerund + 1].is_possessive()
            || view.is_name(gerund + 1)
            || FAMILY_WORDS.contains(&view.word(gerund + 1)))
    {
        return Target::Practice;
    }
    let core_end = (start..to)
        .find(|&i| {
            // "Jo's child in need plan", "the children in care team": one noun.
            let compound = view.tokens[i].is("in")
                && i > start
                && view.tokens[i - 1].is_any(&["child", "children"])
                && view.tok(i + 1).is_some_and(|t| t.is_any(&["need", "care"]));
            (view.tokens[i].is_any(english::PREPOSITIONS) && !compound)
                || view.tokens[i].is_any(&["that", "which", "who", "whose", "whom"])
                || view.tokens[i].is_punct(&[',', ';', ':', '(', ')'])
        })
        .unwrap_or(to);
    let words: Vec<usize> = (start..core_end)
        .filter(|&i| view.tokens[i].kind != english::Kind::Punct)
        .collect();
    let Some(&head) = words.last() else {
        return Target::Unknown;
    };
    let head_word = view.word(head).trim_end_str("'s").to_owned();
    if view.role_at(head).is_some() {
        return Target::Role;
    }
    if words.len() == 1 && matches!(head_word.as_str(), "there" | "it" | "this" | "that") {
        return Target::Unknown;
    }
    // "only two were refusing to engage": a number or quantifier stands for a noun left
    // out, who could be anyone.
    let quantifier = head_word.chars().all(|c| c.is_ascii_digit())
        || matches!(
            head_word.as_str(),
            "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "some"
                | "many"
                | "most"
                | "few"
                | "several"
                | "others"
                | "both"
        );
    if quantifier {
        return Target::Unknown;
    }
    if matches!(
        head_word.as_str(),
        "he" | "she" | "they" | "him" | "her" | "them"
    ) {
        return antecedent(view, head, previous);
    }
    if matches!(
        head_word.as_str(),
        "i" | "we" | "me" | "us" | "myself" | "ourselves"
    ) {
        return Target::Role;
    }
    if FAMILY_WORDS.contains(&head_word.as_str()) || view.is_name(head) {
        return Target::Person;
    }
    if CIRCUMSTANCE_NOUNS.contains(&head_word.as_str()) || LAY_PEOPLE.contains(&head_word.as_str())
    {
        return Target::Circumstance;
    }
    // "Mother's decision to return", "his response to the assessment": a decision,
    // choice or response is its possessor's.
    if matches!(
        head_word.as_str(),
        "decision"
            | "decisions"
            | "choice"
            | "choices"
            | "response"
            | "responses"
            | "reaction"
            | "engagement"
            | "cooperation"
            | "co-operation"
            | "communication"
    ) {
        let family_possessor = words[..words.len() - 1].iter().any(|&i| {
            let t = &view.tokens[i];
            let bare = t.lower.trim_end_str("'s");
            (t.is_possessive() || t.is_any(&["his", "her", "their"]))
                && view.role_at(i).is_none()
                && (t.is_any(&["his", "her", "their"])
                    || FAMILY_WORDS.contains(&bare)
                    || view.is_name(i))
        });
        if family_possessor {
            return Target::Person;
        }
    }
    // "mother's safe sleep practice", "father's supervision of the children": a parent's
    // own practice (a possessor named by a family word: "the MASH's practice" is not).
    if matches!(
        head_word.as_str(),
        "practice" | "practices" | "supervision" | "approach"
    ) && words[..words.len() - 1].iter().any(|&i| {
        let t = &view.tokens[i];
        t.is_possessive() && FAMILY_WORDS.contains(&t.lower.trim_end_str("'s"))
    }) {
        return Target::Person;
    }
    if PRACTICE_NOUNS.contains(&head_word.as_str()) {
        return Target::Practice;
    }
    // A neutral head ("the quality of …", "Jo's self-harm"): the possessor, then the
    // "of" phrase, then the other words of the core decide.
    for &i in &words[..words.len() - 1] {
        let t = &view.tokens[i];
        let possessive = t.is_possessive()
            || t.is_any(&["his", "her", "their", "its"])
            || view
                .tokens
                .get(i + 1)
                .is_some_and(|n| n.is_punct(&['\'', '\u{2019}']));
        if !possessive {
            continue;
        }
        if view.role_at(i).is_some() {
            return Target::Role;
        }
        let bare = t.lower.trim_end_str("'s");
        if t.is_any(&["his", "her", "their"]) || FAMILY_WORDS.contains(&bare) || view.is_name(i) {
            return Target::Person;
        }
    }
    if depth == 0 && view.word(core_end) == "of" {
        let inner_end = (core_end + 1..to)
            .find(|&i| {
                view.tokens[i].is_any(english::PREPOSITIONS)
                    || view.tokens[i].kind == english::Kind::Punct
            })
            .unwrap_or(to);
        let inner = classify_depth(view, core_end + 1, inner_end, previous, depth + 1);
        if inner != Target::Unknown && inner != Target::Thing {
            return inner;
        }
    }
    for &i in &words {
        let w = view.word(i).trim_end_str("'s");
        if view.role_at(i).is_some() {
            return Target::Role;
        }
        if PRACTICE_NOUNS.contains(&w) {
            return Target::Practice;
        }
        if FAMILY_WORDS.contains(&w) {
            return Target::Person;
        }
    }
    Target::Thing
}

/// What a pronoun at `at` refers to: the first person mentioned earlier in the same
/// sentence, or else in the previous one (the subject, usually).
pub(crate) fn antecedent(view: &View, at: usize, previous: Previous<'_, '_>) -> Target {
    // "he" is not "Ms Begum", "she" is not "Mr Quinn".
    let gender = match view.word(at) {
        "he" | "him" | "his" => Some(Gender::Male),
        "she" | "her" | "hers" => Some(Gender::Female),
        _ => None,
    };
    if let Some(t) = first_mention(view, at, gender) {
        return t;
    }
    previous
        .get()
        .and_then(|p| first_mention(p, p.len(), gender))
        .unwrap_or(Target::Unknown)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

/// The gender the title of the name at token `i` gives ("Mr", "Ms", "Mrs", "Miss"), if any.
fn title_gender(view: &View, i: usize) -> Option<Gender> {
    let mut m = i;
    while m > 0
        && i - m < 3
        && view.is_name(m)
        && !view.tokens[m].is_any(&["mr", "ms", "mrs", "miss"])
    {
        m -= 1;
    }
    match view.word(m) {
        "mr" => Some(Gender::Male),
        "ms" | "mrs" | "miss" => Some(Gender::Female),
        _ => None,
    }
}

fn first_mention(view: &View, before: usize, gender: Option<Gender>) -> Option<Target> {
    let mut skip_to = 0;
    (0..before.min(view.len())).find_map(|i| {
        if i < skip_to {
            return None;
        }
        if view.is_name(i)
            && gender.is_some()
            && title_gender(view, i).is_some_and(|g| Some(g) != gender)
        {
            // Nor the role that introduces them: "Ms Begum (SW) … He".
            skip_to = view.introduction_end(i).unwrap_or(i + 1);
            return None;
        }
        if view.role_at(i).is_some() && !view.word(i).eq("auditor") {
            return Some(Target::Role);
        }
        let w = view.word(i).trim_end_str("'s");
        if matches!(w, "i" | "we") {
            return Some(Target::Role);
        }
        if view.is_name(i) && view.introduced_as_role(i) {
            return Some(Target::Role);
        }
        if (FAMILY_WORDS.contains(&w) && !matches!(w, "young" | "person" | "people"))
            || view.is_name(i)
        {
            return Some(Target::Person);
        }
        None
    })
}

/// The start of the clause that token `at` is in: the token after the nearest boundary
/// before it. Commas around a sentence adverb ("The parents, however, were …") do not end
/// the clause.
pub(crate) fn clause_start(view: &View, at: usize) -> usize {
    let mut i = at.min(view.len());
    let floor = i.saturating_sub(LOOK_BACK);
    while i > floor {
        let prev = i - 1;
        if !view.is_boundary(prev) {
            i = prev;
            continue;
        }
        // Skip a parenthetical sentence adverb: "The parents, however, were …".
        let parenthetical = view.tokens[prev].is_punct(&[','])
            && prev >= 2
            && view.tokens[prev - 1].is_any(english::SENTENCE_ADVERBS)
            && view.tokens[prev - 2].is_punct(&[',']);
        if parenthetical {
            i = prev - 2;
            continue;
        }
        // "The handover between the assessment team and the CIN team was …": the "and"
        // of "between … and …" joins two nouns, not two clauses.
        let between = view.tokens[prev].is("and")
            && (prev.saturating_sub(7)..prev)
                .rev()
                .take_while(|&b| !view.is_boundary(b) && !view.is_verbish(b))
                .any(|b| view.tokens[b].is("between"));
        if between {
            i = prev;
            continue;
        }
        // "Ms Taylor has, at times, been …": an aside of when or how, after an auxiliary.
        let aside = aside_before(view, i)
            .filter(|&open| open > 0 && view.tokens[open - 1].is_any(english::AUXILIARIES));
        if let Some(open) = aside {
            i = open;
            continue;
        }
        return i;
    }
    i
}

/// A short aside set off by commas that says when or how, not what: ", at times,", ",
/// perhaps understandably,", ", in fairness,". Given the opening comma at `comma`, the token
/// after the closing one; `None` when no such aside opens there (a list, a clause, a
/// verb).
pub(crate) fn aside_after(view: &View, comma: usize) -> Option<usize> {
    if !view.tok(comma)?.is_punct(&[',']) {
        return None;
    }
    let close =
        (comma + 2..=comma + 4).find(|&j| view.tok(j).is_some_and(|t| t.is_punct(&[','])))?;
    let plain = (comma + 1..close).all(|j| {
        view.tokens[j].is_word()
            && !view.is_verbish(j)
            && !view.tokens[j].is_any(english::COORDINATORS)
            && !view.tokens[j].is_any(english::SUBORDINATORS)
            && view.role_at(j).is_none()
            && !view.is_name(j)
    });
    plain.then_some(close + 1)
}

/// [`aside_after`] read backwards: given the token after a closing comma, the opening comma.
pub(crate) fn aside_before(view: &View, after: usize) -> Option<usize> {
    let close = after.checked_sub(1)?;
    (close.saturating_sub(4)..=close.saturating_sub(2))
        .rev()
        .find(|&c| aside_after(view, c) == Some(after))
}

/// The subject of the clause that token `at` is in: from the clause start up to its first
/// verb or auxiliary (before `at`).
pub(crate) fn clause_subject(view: &View, at: usize) -> (usize, usize) {
    clause_subject_within(view, at, 8)
}

/// [`clause_subject`], following a shared or relative clause back at most `hops` times (a
/// run-on sentence of thousands of "… and remain …" must not recurse without end).
fn clause_subject_within(view: &View, at: usize, hops: usize) -> (usize, usize) {
    let start = clause_start(view, at);
    let back = |to: usize| {
        if hops == 0 {
            (to, to)
        } else {
            clause_subject_within(view, to, hops - 1)
        }
    };
    // "The response to children who go missing is inadequate": a relative clause that has
    // its own verb before the main verb belongs to the subject, whose head comes before it.
    if start > 1 && start < at && view.tokens[start - 1].is_any(&["who", "which", "that"]) {
        let main_verb = (start + 1..at)
            .rev()
            .find(|&i| view.tokens[i].is_any(english::AUXILIARIES));
        // "who go missing": after "who", a plain verb is the relative clause's own.
        let own_verb = |j: usize| {
            view.is_verbish(j)
                || (j == start
                    && view.tokens[start - 1].is("who")
                    && verbs::is_known_base(view.word(j)))
        };
        if main_verb.is_some_and(|m| (start..m).any(own_verb)) {
            return back(start - 1);
        }
    }
    // "Tyrese, who is 15 and open to the exploitation team, is uncooperative": after a
    // relative clause set off by commas, the subject is before it.
    if start > 1 && start <= at && view.tokens[start - 1].is_punct(&[',']) {
        let open = (start.saturating_sub(LOOK_BACK)..start - 1)
            .rev()
            .find(|&k| {
                view.tokens[k].is_punct(&[','])
                    && view.tok(k + 1).is_some_and(|t| t.is_any(&["who", "which"]))
            });
        let inner_comma = open
            .is_some_and(|k| (k + 1..start - 1).any(|i| view.tokens[i].is_punct(&[',', ';', ':'])));
        // "Olivia, aged seventeen, has been…", "Emre's stepmother, Mrs Selin Aydin,
        // remained…", "the team manager, Mr Achterberg, did not…": a short appositive set
        // off by commas names again the subject before it.
        let appositive = || {
            let k = (start.saturating_sub(7)..start - 1)
                .rev()
                .find(|&k| view.tokens[k].is_punct(&[',', ';', ':', '(', ')']))?;
            let inner = k + 1..start - 1;
            let all_words = inner.clone().all(|i| view.tokens[i].is_word());
            let first = view.tok(k + 1)?;
            // "Brooke, 15, has been …": an age alone.
            let age = inner.len() == 1
                && view.word(k + 1).len() <= 2
                && view.word(k + 1).bytes().all(|b| b.is_ascii_digit());
            let names = first.is("aged")
                || age
                || first.is_any(crate::lexicon::smart::TITLES)
                || inner.clone().all(|i| view.is_name(i));
            (view.tokens[k].is_punct(&[','])
                && k > 0
                && (all_words || age)
                && !inner.is_empty()
                && names)
                .then_some(k)
        };
        let verb_follows = view
            .tok(start)
            .is_some_and(|t| t.is_any(COPULAS) || t.is_any(english::AUXILIARIES))
            || view.is_verbish(start);
        if let Some(k) = open.filter(|&k| k > 0 && !inner_comma) {
            // Only when the words after it start with a verb: "…, is uncooperative".
            if verb_follows {
                return back(k);
            }
        }
        if verb_follows {
            if let Some(k) = appositive() {
                return back(k);
            }
        }
    }
    // "The parents were hostile and remain uncooperative": a second verb shares the
    // subject of the first.
    if start > 1
        && start < at
        && view.tokens[start - 1].is_any(&["and", "but", "or"])
        && (view.is_verbish(start) || view.tokens[start].is_any(COPULAS))
    {
        return back(start - 1);
    }
    // "The quality of plans is inconsistent and (too often) poor": a word just after the
    // coordinator (and its adverbs) shares the predicate, and so the subject, of the word before it.
    let adverbs_only = (start..at).all(|i| {
        english::is_adverb(view.word(i))
            || view.tokens[i].is_any(&[
                "too",
                "often",
                "very",
                "so",
                "sometimes",
                "still",
                "also",
                "always",
                "quite",
                "rather",
                "at",
                "times",
            ])
    });
    if adverbs_only
        && start > 1
        && view.tokens[start - 1].is_any(&["and", "or"])
        && view.tokens[start - 2].kind == english::Kind::Word
        && !view.is_boundary(start - 2)
    {
        return back(start - 1);
    }
    // The first word is part of the subject even when it looks like a verb ("Recording
    // has been …", "Closing the case …").
    let mut end = if start < at && !view.tokens[start].is_any(english::AUXILIARIES) {
        start + 1
    } else {
        start
    };
    while end < at && !view.is_verbish(end) {
        end += 1;
    }
    (start, end)
}

/// Whether someone else's words or view are being reported before token `at` ("Ellie told
/// her SW that …", "Mother described the flat as …"), not the auditor's own.
pub(crate) fn reported_before(view: &View, at: usize) -> bool {
    let at = at.min(view.len());
    // A semicolon or colon ends what was reported: "Aya told her tutor that he hit her; a
    // strategy discussion ought to have been held" is the auditor's own view after it.
    let from = at.saturating_sub(LOOK_BACK);
    let from = (from..at)
        .rev()
        .find(|&i| view.tokens[i].is_punct(&[';']))
        .map_or(from, |i| i + 1);
    (from..at).any(|i| {
        let w = view.word(i);
        if !REPORTING_VERBS.contains(&w) {
            return false;
        }
        // "Sending the conference report to both parents was careless": after a
        // determiner or possessive the word is a noun, and reports nothing.
        if i > 0
            && (view.tokens[i - 1].is_any(english::DETERMINERS)
                || view.tokens[i - 1].is_possessive()
                || view.tokens[i - 1].is_any(&["conference", "written"]))
        {
            return false;
        }
        if fronted_clause_over(view, from, i, at) {
            return false;
        }
        // "I felt", "we thought": the auditor's own view.
        let (s, e) = clause_subject(view, i);
        !(s < e && view.tokens[s..e].iter().any(|t| t.is_any(&["i", "we"])))
    }) || (from..at).any(|i| view.word(i) == "according" && view.word(i + 1) == "to")
}

/// Whether the reporting verb at `verb` is in a fronted clause of time or cause that is
/// over at a comma before `at` ("When nursery reported a second bruise, a strategy
/// discussion should have been held"): it reports nothing of the main clause.
fn fronted_clause_over(view: &View, from: usize, verb: usize, at: usize) -> bool {
    let opener = (from..verb)
        .rev()
        .find(|&j| j == 0 || view.tokens[j - 1].is_punct(&[',', ';', ':']))
        .map(|j| view.word(j));
    opener.is_some_and(|o| {
        matches!(
            o,
            "when"
                | "after"
                | "once"
                | "because"
                | "since"
                | "although"
                | "though"
                | "as"
                | "if"
                | "before"
                | "until"
                | "whenever"
        )
    }) && (verb + 1..at).any(|j| view.tokens[j].is_punct(&[',']))
}

/// Whether a child or family member's words or feelings are reported before token `at`
/// ("Mother says she feels that professionals are not listening").
pub(crate) fn reported_by_family(view: &View, at: usize, previous: Previous<'_, '_>) -> bool {
    let at = at.min(view.len());
    let from = at.saturating_sub(LOOK_BACK);
    (from..at).any(|i| {
        if !REPORTING_VERBS.contains(&view.word(i)) || fronted_clause_over(view, from, i, at) {
            return false;
        }
        let (s, e) = clause_subject(view, i);
        s < e && classify(view, s, e, previous).is_family()
    })
}

/// Verbs that report someone's words or view, for [`reported_before`].
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "reported",
    "reports",
    "report",
    "described",
    "describes",
    "describe",
    "explained",
    "explains",
    "stated",
    "states",
    "felt",
    "feels",
    "commented",
    "comments",
    "complained",
    "complains",
    "disclosed",
    "discloses",
    "alleged",
    "alleges",
    "claimed",
    "claims",
    "thinks",
    "thought",
    "believes",
    "believed",
    "expressed",
    "wrote",
    "writes",
    "knows",
    "know",
    "understands",
    "understand",
    "accepts",
    "recognises",
    "learnt",
    "learned",
    "reminded",
    "taught",
    "agrees",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "conceded",
    "concedes",
    "accepted",
];

/// Nouns that make a practitioner mention before them a team ("the children's services
/// team").
const ROLE_NOUNS: &[&str] = &[
    "team",
    "teams",
    "service",
    "services",
    "department",
    "unit",
    "hub",
    "panel",
    "staff",
    "workers",
    "colleagues",
    "professionals",
    "practitioners",
    "manager",
    "managers",
];

/// Capitalised words that are not names.
const NOT_NAMES: &[&str] = &[
    "everything",
    "nothing",
    "something",
    "anything",
    "everyone",
    "nobody",
    "someone",
    "anyone",
    "none",
    "much",
    "many",
    "more",
    "most",
    "here",
    "there",
    "given",
    "having",
    "being",
    "following",
    "although",
    "during",
    "case",
    "child",
    "this",
    "that",
    "these",
    "those",
    "it",
    "overall",
    "whilst",
    "neither",
    "either",
    "no",
    "yes",
    "not",
];

const NOT_NAME_SUFFIXES: &[&str] = &[
    "ing", "tion", "sion", "ment", "ness", "ity", "ence", "ance", "ism", "ship", "ed", "ly", "ies",
    "ful", "less", "ous", "ive", "able", "ible",
];

/// "a" or "an" before `word`.
pub(crate) fn article_for(word: &str) -> &'static str {
    let lower = word.to_lowercase();
    let starts_vowel = lower.starts_with(['a', 'e', 'i', 'o'])
        || (lower.starts_with('u') && !lower.starts_with("us") && !lower.starts_with("uni"));
    if starts_vowel || lower.starts_with("hour") {
        "an"
    } else {
        "a"
    }
}

/// An edit replacing `range` with `new_text`, and the article just before it when the
/// new first word takes the other one ("a chaotic" → "an unpredictable").
pub(crate) fn replace_fixing_article(view: &View, range: TextRange, new_text: &str) -> Edit {
    let before = view.text.get(..range.start()).unwrap_or("");
    let trimmed = before.trim_end_matches(' ');
    let first = new_text.split_whitespace().next().unwrap_or("");
    for article in ["an", "a", "An", "A"] {
        let Some(head) = trimmed.strip_suffix(article) else {
            continue;
        };
        if !head.is_empty() && !head.ends_with(|c: char| c.is_whitespace() || c == '(' || c == '"')
        {
            continue;
        }
        if trimmed.len() == before.len() || first.is_empty() {
            break;
        }
        let want = article_for(first);
        if want.eq_ignore_ascii_case(article) {
            break;
        }
        let want = if article.starts_with('A') {
            english::capitalise(want)
        } else {
            want.to_owned()
        };
        let start = head.len();
        return Edit::replace(
            TextRange::new(start, range.end()),
            format!("{want} {new_text}"),
        );
    }
    Edit::replace(range, new_text)
}

/// The view of sentence `index` of `ctx.doc.sentences`. A sentence's view is built the
/// first time a rule asks for it, once per lint, and shared by the tone rules (building
/// one is most of their cost, and most sentences need none).
pub(crate) fn view<'c, 'a>(ctx: &'c Context<'a>, index: usize) -> Option<&'c View<'a>> {
    let sentence = ctx.doc.sentences.get(index)?;
    let cell = ctx
        .tone_views
        .get_or_init(|| {
            (0..ctx.doc.sentences.len())
                .map(|_| std::sync::OnceLock::new())
                .collect()
        })
        .get(index)?;
    Some(cell.get_or_init(|| View::new(ctx, sentence.range)))
}

/// The view of the sentence before sentence `index`, when it is in the same section.
pub(crate) fn previous_view<'c, 'a>(ctx: &'c Context<'a>, index: usize) -> Option<&'c View<'a>> {
    previous_sentence(&ctx.doc.sentences, index)?;
    view(ctx, index.checked_sub(1)?)
}

/// The view of the sentence before a sentence, when it is in the same section, built only
/// if a pronoun has to be resolved against it.
#[derive(Clone, Copy)]
pub(crate) struct Previous<'c, 'a> {
    ctx: &'c Context<'a>,
    index: usize,
}

impl<'c, 'a> Previous<'c, 'a> {
    /// The sentence before sentence `index` of `ctx.doc.sentences`.
    pub(crate) fn of(ctx: &'c Context<'a>, index: usize) -> Previous<'c, 'a> {
        Previous { ctx, index }
    }

    pub(crate) fn get(self) -> Option<&'c View<'a>> {
        previous_view(self.ctx, self.index)
    }
}

/// A phrase of a [`PhraseMatcher`] table found in a sentence, in tokens of its view.
pub(crate) struct Found<'c, 'a> {
    pub view: &'c View<'a>,
    /// The view of the sentence before, when it is in the same section.
    pub previous: Previous<'c, 'a>,
    /// The phrase's first token and one past its last.
    pub first: usize,
    pub last: usize,
    /// The table entry, or `None` for a configured phrase.
    pub entry: Option<usize>,
}

/// Every phrase `matcher` finds in the document's sentences that lines up with whole tokens
/// and is not part of a hyphenated word ("water-resistant", "non-negligent").
pub(crate) fn for_each_phrase<'c, 'a>(
    ctx: &'c Context<'a>,
    matcher: &PhraseMatcher,
    mut each: impl FnMut(Found<'c, 'a>),
) {
    let text = ctx.text();
    for (index, sentence) in ctx.doc.sentences.iter().enumerate() {
        let mut found = matcher.find_iter(sentence.range.slice(text)).peekable();
        if found.peek().is_none() {
            continue;
        }
        let Some(view) = view(ctx, index) else {
            continue;
        };
        let previous = Previous::of(ctx, index);
        for m in found {
            let (start, end) = (
                sentence.range.start() + m.start,
                sentence.range.start() + m.end,
            );
            if text.part(..start).ends_with('-') || text.part(end..).starts_with('-') {
                continue;
            }
            let (Some(first), Some(last)) = (
                token_starting(&view.tokens, start),
                token_ending(&view.tokens, end),
            ) else {
                continue;
            };
            each(Found {
                view,
                previous,
                first,
                last: last + 1,
                entry: m.entry,
            });
        }
    }
}

/// The index of the token of `tokens` (in text order) that starts at byte `start`.
fn token_starting(tokens: &[Token], start: usize) -> Option<usize> {
    let i = tokens.partition_point(|t| t.start < start);
    tokens.get(i).is_some_and(|t| t.start == start).then_some(i)
}

/// The index of the last token of `tokens` (in text order) that ends at byte `end`.
fn token_ending(tokens: &[Token], end: usize) -> Option<usize> {
    let i = tokens.partition_point(|t| t.end <= end).checked_sub(1)?;
    (tokens[i].end == end).then_some(i)
}

/// How far back, in tokens, the tone rules look from a phrase for its clause, a reporting
/// verb or a mention: far enough for any real sentence, and a bound on the work a
/// pathological one (thousands of tokens with no full stop) can cause for each phrase.
pub(crate) const LOOK_BACK: usize = 80;

/// The sentence before sentence `index`, when it belongs to the same block (area and
/// section): for resolving pronouns.
pub(crate) fn previous_sentence(sentences: &[Sentence], index: usize) -> Option<&Sentence> {
    let this = sentences.get(index)?;
    let prev = sentences.get(index.checked_sub(1)?)?;
    (prev.area == this.area && prev.section == this.section).then_some(prev)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use crate::config::Config;

    /// Words the tone rules react to, so that random sentences reach deep into them.
    const VOCABULARY: &[&str] = &[
        "The",
        "the",
        "SW",
        "social",
        "worker",
        "TM",
        "did",
        "not",
        "didn't",
        "hasn't",
        "has",
        "had",
        "never",
        "failed",
        "to",
        "visit",
        "see",
        "Sam",
        "mother",
        "she",
        "he",
        "they",
        "Neither",
        "nor",
        "no",
        "attempt",
        "was",
        "made",
        "by",
        "completed",
        "should",
        "have",
        "been",
        "poor",
        "practice",
        "unacceptable",
        "refused",
        "engage",
        "with",
        "hard",
        "reach",
        "family",
        "a",
        "an",
        "of",
        "and",
        "or",
        "that",
        "which",
        "any",
        "alone",
        "up",
        "off",
        "It",
        "is",
        "for",
        "in",
        "on",
        "12/10/2026",
        ",",
        ".",
        ";",
        "'",
        "\u{201c}",
        "\u{201d}",
        "-",
        "é",
        "😀",
        "\n",
        "difficult",
        "aggressive",
        "chaotic",
        "let",
        "down",
        "failure",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn tone_rules_never_panic(words in proptest::collection::vec(0..VOCABULARY.len(), 0..30)) {
            let text = words.iter().map(|&i| VOCABULARY[i]).collect::<Vec<_>>().join(" ");
            let found = crate::check(&text, &Config::default());
            for d in found {
                for fix in &d.fixes {
                    let mut pos = 0;
                    for edit in &fix.edits {
                        prop_assert!(edit.range.start() >= pos, "overlapping edits in {:?}", fix);
                        prop_assert!(edit.range.end() <= text.len());
                        prop_assert!(text.is_char_boundary(edit.range.start()));
                        prop_assert!(text.is_char_boundary(edit.range.end()));
                        pos = edit.range.end();
                    }
                    let _ = fix.apply(&text);
                }
            }
        }

        #[test]
        fn tone_rules_never_panic_on_any_text(text in "\\PC{0,120}") {
            let _ = crate::check(&text, &Config::default());
        }
    }
}
