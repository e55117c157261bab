//! Verb forms: past participles, gerunds and base forms of English verbs, by the regular
//! spelling rules (British) and a table of irregular verbs.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::text::Part;

/// Irregular verbs: base, past, past participle (British forms).
const IRREGULAR: &[(&str, &str, &str)] = &[
    ("arise", "arose", "arisen"),
    ("be", "was", "been"),
    ("bear", "bore", "borne"),
    ("become", "became", "become"),
    ("begin", "began", "begun"),
    ("bring", "brought", "brought"),
    ("build", "built", "built"),
    ("buy", "bought", "bought"),
    ("catch", "caught", "caught"),
    ("choose", "chose", "chosen"),
    ("come", "came", "come"),
    ("cut", "cut", "cut"),
    ("deal", "dealt", "dealt"),
    ("do", "did", "done"),
    ("draw", "drew", "drawn"),
    ("drive", "drove", "driven"),
    ("eat", "ate", "eaten"),
    ("fall", "fell", "fallen"),
    ("feed", "fed", "fed"),
    ("feel", "felt", "felt"),
    ("find", "found", "found"),
    ("forbid", "forbade", "forbidden"),
    ("forget", "forgot", "forgotten"),
    ("forgive", "forgave", "forgiven"),
    ("get", "got", "got"),
    ("give", "gave", "given"),
    ("go", "went", "gone"),
    ("grow", "grew", "grown"),
    ("have", "had", "had"),
    ("hear", "heard", "heard"),
    ("hide", "hid", "hidden"),
    ("hit", "hit", "hit"),
    ("hold", "held", "held"),
    ("hurt", "hurt", "hurt"),
    ("keep", "kept", "kept"),
    ("know", "knew", "known"),
    ("lead", "led", "led"),
    ("leave", "left", "left"),
    ("lend", "lent", "lent"),
    ("let", "let", "let"),
    ("lose", "lost", "lost"),
    ("make", "made", "made"),
    ("mean", "meant", "meant"),
    ("meet", "met", "met"),
    ("mislead", "misled", "misled"),
    ("misunderstand", "misunderstood", "misunderstood"),
    ("overcome", "overcame", "overcome"),
    ("override", "overrode", "overridden"),
    ("oversee", "oversaw", "overseen"),
    ("overlook", "overlooked", "overlooked"),
    ("pay", "paid", "paid"),
    ("put", "put", "put"),
    ("read", "read", "read"),
    ("rebuild", "rebuilt", "rebuilt"),
    ("redo", "redid", "redone"),
    ("retake", "retook", "retaken"),
    ("rethink", "rethought", "rethought"),
    ("rewrite", "rewrote", "rewritten"),
    ("ring", "rang", "rung"),
    ("rise", "rose", "risen"),
    ("run", "ran", "run"),
    ("say", "said", "said"),
    ("see", "saw", "seen"),
    ("seek", "sought", "sought"),
    ("sell", "sold", "sold"),
    ("send", "sent", "sent"),
    ("set", "set", "set"),
    ("shake", "shook", "shaken"),
    ("show", "showed", "shown"),
    ("shut", "shut", "shut"),
    ("sit", "sat", "sat"),
    ("speak", "spoke", "spoken"),
    ("strive", "strove", "striven"),
    ("spend", "spent", "spent"),
    ("stand", "stood", "stood"),
    ("steal", "stole", "stolen"),
    ("take", "took", "taken"),
    ("teach", "taught", "taught"),
    ("tell", "told", "told"),
    ("think", "thought", "thought"),
    ("throw", "threw", "thrown"),
    ("undergo", "underwent", "undergone"),
    ("understand", "understood", "understood"),
    ("undertake", "undertook", "undertaken"),
    ("uphold", "upheld", "upheld"),
    ("upset", "upset", "upset"),
    ("wake", "woke", "woken"),
    ("wear", "wore", "worn"),
    ("win", "won", "won"),
    ("withdraw", "withdrew", "withdrawn"),
    ("withhold", "withheld", "withheld"),
    ("write", "wrote", "written"),
];

/// Regular verbs of more than one syllable whose final consonant doubles ("refer" →
/// "referred"): the stress falls on the last syllable, which spelling does not show.
const DOUBLING: &[&str] = &[
    "refer", "transfer", "prefer", "defer", "confer", "infer", "occur", "recur", "incur", "deter",
    "admit", "commit", "submit", "omit", "permit", "emit", "transmit", "regret", "equip", "acquit",
    "allot", "abet", "embed", "upset", "outwit", "compel", "propel", "expel", "rebel", "control",
    "patrol", "enrol", "extol", "dispel", "excel",
];

/// What the grammar knows of a verb in [`VERBS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Known {
    /// A common verb of practice: a participle is traced back to it, and the word is
    /// recognised as a verb. Irregular verbs are known anyway.
    Grammar,
    /// A verb an action commonly starts with when written as an instruction ("Complete the
    /// chronology…"), which tells an imperative from a noun phrase ("Chronology to be…").
    Action,
    /// Both.
    Both,
}

use Known::{Action, Both, Grammar};

/// Regular verbs in their base form, sorted, each with what it is known for: one table for
/// the grammar and for the SMART rules' reading of actions.
pub(crate) const VERBS: &[(&str, Known)] = &[
    ("accept", Grammar),
    ("access", Grammar),
    ("accompany", Grammar),
    ("achieve", Grammar),
    ("acknowledge", Grammar),
    ("act", Grammar),
    ("action", Grammar),
    ("add", Both),
    ("address", Both),
    ("adjust", Grammar),
    ("advise", Grammar),
    ("advocate", Grammar),
    ("agree", Both),
    ("alert", Grammar),
    ("allocate", Both),
    ("allow", Grammar),
    ("amend", Both),
    ("analyse", Grammar),
    ("answer", Grammar),
    ("appear", Grammar),
    ("apply", Both),
    ("appoint", Grammar),
    ("approach", Grammar),
    ("approve", Grammar),
    ("arrange", Both),
    ("ascertain", Action),
    ("ask", Both),
    ("assess", Both),
    ("assist", Grammar),
    ("attach", Action),
    ("attempt", Grammar),
    ("attend", Both),
    ("audit", Grammar),
    ("authorise", Grammar),
    ("avoid", Grammar),
    ("balance", Grammar),
    ("be", Action),
    ("book", Both),
    ("brief", Grammar),
    ("build", Action),
    ("call", Both),
    ("cancel", Grammar),
    ("capture", Both),
    ("care", Grammar),
    ("carry", Action),
    ("challenge", Both),
    ("change", Grammar),
    ("chase", Both),
    ("check", Both),
    ("circulate", Both),
    ("clarify", Both),
    ("close", Both),
    ("co-ordinate", Grammar),
    ("co-produce", Action),
    ("collate", Grammar),
    ("collect", Both),
    ("commence", Action),
    ("commission", Both),
    ("communicate", Grammar),
    ("compile", Grammar),
    ("complete", Both),
    ("conclude", Grammar),
    ("conduct", Both),
    ("confirm", Both),
    ("consider", Both),
    ("consult", Both),
    ("contact", Both),
    ("continue", Both),
    ("contribute", Grammar),
    ("convene", Both),
    ("coordinate", Grammar),
    ("coproduce", Action),
    ("copy", Grammar),
    ("correct", Grammar),
    ("count", Grammar),
    ("cover", Grammar),
    ("create", Both),
    ("decide", Both),
    ("define", Grammar),
    ("delay", Grammar),
    ("deliver", Both),
    ("demonstrate", Grammar),
    ("describe", Grammar),
    ("design", Both),
    ("detail", Grammar),
    ("determine", Action),
    ("develop", Both),
    ("devise", Action),
    ("discuss", Both),
    ("distribute", Both),
    ("do", Action),
    ("document", Both),
    ("draft", Both),
    ("e-mail", Grammar),
    ("email", Both),
    ("embed", Action),
    ("empower", Action),
    ("enable", Both),
    ("encourage", Both),
    ("end", Grammar),
    ("engage", Both),
    ("enquire", Grammar),
    ("ensure", Both),
    ("enter", Grammar),
    ("escalate", Both),
    ("establish", Both),
    ("evaluate", Grammar),
    ("evidence", Both),
    ("examine", Grammar),
    ("expedite", Action),
    ("explain", Both),
    ("explore", Both),
    ("extend", Grammar),
    ("file", Both),
    ("finalise", Both),
    ("finalize", Action),
    ("find", Action),
    ("finish", Grammar),
    ("focus", Grammar),
    ("follow", Both),
    ("form", Grammar),
    ("forward", Grammar),
    ("fund", Action),
    ("gather", Both),
    ("get", Action),
    ("give", Action),
    ("guide", Grammar),
    ("handle", Grammar),
    ("help", Both),
    ("highlight", Grammar),
    ("hold", Action),
    ("identify", Both),
    ("implement", Both),
    ("improve", Both),
    ("include", Both),
    ("inform", Both),
    ("initiate", Grammar),
    ("instigate", Grammar),
    ("integrate", Grammar),
    ("intervene", Grammar),
    ("interview", Grammar),
    ("introduce", Both),
    ("investigate", Grammar),
    ("invite", Both),
    ("involve", Both),
    ("issue", Both),
    ("join", Grammar),
    ("keep", Action),
    ("liaise", Both),
    ("link", Grammar),
    ("list", Grammar),
    ("listen", Grammar),
    ("locate", Both),
    ("log", Both),
    ("look", Both),
    ("maintain", Both),
    ("make", Action),
    ("manage", Grammar),
    ("map", Grammar),
    ("measure", Action),
    ("meet", Action),
    ("mention", Grammar),
    ("miss", Grammar),
    ("model", Grammar),
    ("monitor", Both),
    ("motivate", Action),
    ("move", Grammar),
    ("name", Grammar),
    ("need", Grammar),
    ("note", Grammar),
    ("notify", Both),
    ("observe", Both),
    ("obtain", Both),
    ("offer", Both),
    ("open", Grammar),
    ("order", Grammar),
    ("organise", Both),
    ("organize", Action),
    ("outline", Grammar),
    ("participate", Grammar),
    ("pass", Grammar),
    ("perform", Action),
    ("phone", Both),
    ("pick", Grammar),
    ("plan", Both),
    ("prepare", Both),
    ("present", Both),
    ("prevent", Grammar),
    ("prioritise", Both),
    ("prioritize", Action),
    ("probe", Grammar),
    ("process", Grammar),
    ("produce", Both),
    ("progress", Both),
    ("promote", Both),
    ("propose", Grammar),
    ("protect", Grammar),
    ("provide", Both),
    ("pursue", Grammar),
    ("put", Action),
    ("query", Grammar),
    ("question", Grammar),
    ("raise", Both),
    ("reach", Grammar),
    ("reassess", Action),
    ("reassure", Action),
    ("receive", Grammar),
    ("recognise", Grammar),
    ("recommend", Grammar),
    ("reconvene", Both),
    ("record", Both),
    ("refer", Both),
    ("reflect", Both),
    ("register", Both),
    ("reinstate", Both),
    ("relay", Grammar),
    ("remain", Grammar),
    ("remind", Both),
    ("remove", Grammar),
    ("report", Grammar),
    ("request", Both),
    ("require", Grammar),
    ("reschedule", Grammar),
    ("research", Grammar),
    ("resolve", Grammar),
    ("respond", Grammar),
    ("restart", Action),
    ("resume", Action),
    ("return", Grammar),
    ("review", Both),
    ("revise", Both),
    ("revisit", Grammar),
    ("ring", Action),
    ("schedule", Both),
    ("screen", Both),
    ("secure", Both),
    ("see", Action),
    ("seek", Action),
    ("seem", Grammar),
    ("send", Action),
    ("set", Action),
    ("share", Both),
    ("sign", Both),
    ("signpost", Both),
    ("source", Action),
    ("speak", Action),
    ("spend", Action),
    ("start", Both),
    ("stay", Grammar),
    ("step", Grammar),
    ("stop", Grammar),
    ("strengthen", Action),
    ("submit", Both),
    ("suggest", Grammar),
    ("summarise", Grammar),
    ("supervise", Grammar),
    ("support", Both),
    ("tackle", Action),
    ("take", Action),
    ("talk", Both),
    ("target", Grammar),
    ("tell", Action),
    ("test", Both),
    ("text", Action),
    ("think", Action),
    ("track", Both),
    ("train", Grammar),
    ("transfer", Both),
    ("translate", Grammar),
    ("triangulate", Grammar),
    ("undertake", Action),
    ("update", Both),
    ("upload", Both),
    ("use", Both),
    ("validate", Grammar),
    ("verify", Grammar),
    ("visit", Both),
    ("wait", Grammar),
    ("walk", Grammar),
    ("want", Grammar),
    ("weigh", Action),
    ("welcome", Grammar),
    ("work", Both),
    ("write", Action),
];

/// How `word` (a base form, lower case) is known, if it is in [`VERBS`].
fn known(word: &str) -> Option<Known> {
    VERBS
        .binary_search_by(|(v, _)| (*v).cmp(word))
        .ok()
        .and_then(|i| VERBS.get(i))
        .map(|(_, k)| *k)
}

/// Whether `word` is a common verb of practice in its base form (see [`Known::Grammar`]).
fn is_common_verb(word: &str) -> bool {
    matches!(known(word), Some(Grammar | Both))
}

/// Whether an action written as an instruction can start with `word` (see
/// [`Known::Action`]).
pub(crate) fn begins_action(word: &str) -> bool {
    matches!(known(word), Some(Action | Both))
}

/// Every form of a verb given in its base form, in lower case: the base, the third person
/// ("considers", "copies", "does"), the simple past, the past participle and the "-ing"
/// form ("oversee" → oversees, oversaw, overseen, overseeing). "be" has all its forms.
/// The one inflector every phrase table's patterns are built with.
pub(crate) fn forms(base: &str) -> Vec<String> {
    let lower = base.to_lowercase();
    let mut out = vec![
        lower.clone(),
        third_person(&lower),
        simple_past(&lower),
        past_participle(&lower),
        gerund(&lower),
    ];
    let (_, last) = split_last_part(&lower);
    if last == "be" {
        out.extend(["am", "is", "are", "was", "were"].map(str::to_owned));
    }
    out.sort();
    out.dedup();
    out
}

/// The third person singular of a verb given in its base form ("consider" → "considers",
/// "copy" → "copies", "watch" → "watches", "have" → "has").
pub(crate) fn third_person(base: &str) -> String {
    inflect(base, |word| match word {
        "be" => "is".to_owned(),
        "have" => "has".to_owned(),
        "do" | "go" | "undo" | "redo" | "forgo" => format!("{word}es"),
        _ => {
            if let Some(stem) = word.strip_suffix('y').filter(|s| !s.ends_with(is_vowel)) {
                format!("{stem}ies")
            } else if word.ends_with(['s', 'x', 'z'])
                || word.ends_with("ch")
                || word.ends_with("sh")
            {
                format!("{word}es")
            } else {
                format!("{word}s")
            }
        }
    })
}

/// The simple past of a verb given in its base form ("see" → "saw", "plan" → "planned").
pub(crate) fn simple_past(base: &str) -> String {
    inflect(base, |word| {
        irregular_by_base(word).map_or_else(|| regular_ed(word), |(_, past, _)| (*past).to_owned())
    })
}

/// The past participle of a verb given in its base form ("see" → "seen", "plan" →
/// "planned", "copy" → "copied"). A hyphenated verb inflects its last part ("re-offer" →
/// "re-offered").
pub(crate) fn past_participle(base: &str) -> String {
    inflect(base, |word| {
        irregular_by_base(word).map_or_else(|| regular_ed(word), |(_, _, pp)| (*pp).to_owned())
    })
}

/// The past participle of a verb given in its simple past ("saw" → "seen", "visited" →
/// "visited").
pub(crate) fn participle_from_past(past: &str) -> String {
    inflect(past, |word| {
        IRREGULAR
            .iter()
            .find(|(_, p, _)| *p == word)
            .map_or_else(|| word.to_owned(), |(_, _, pp)| (*pp).to_owned())
    })
}

/// The past participle of a verb given as its "-ing" form ("visiting" → "visited",
/// "making" → "made", "planning" → "planned").
pub(crate) fn participle_from_gerund(gerund: &str) -> String {
    inflect(gerund, |word| match base_from_gerund(word) {
        Some(base) => past_participle(&base),
        None => word.to_owned(),
    })
}

/// The "-ing" form of a verb given in its base form ("visit" → "visiting", "share" →
/// "sharing", "plan" → "planning", "tie" → "tying").
pub(crate) fn gerund(base: &str) -> String {
    inflect(base, |word| {
        if word == "be" || word == "see" || word == "agree" || word.ends_with("ee") {
            return format!("{word}ing");
        }
        if let Some(stem) = word.strip_suffix("ie") {
            return format!("{stem}ying");
        }
        if let Some(stem) = word
            .strip_suffix('e')
            .filter(|_| word.len() > 2 && !word.ends_with("ye") && !word.ends_with("oe"))
        {
            return format!("{stem}ing");
        }
        if doubles_final_consonant(word) {
            let last = word.chars().last().unwrap_or_default();
            return format!("{word}{last}ing");
        }
        format!("{word}ing")
    })
}

/// The base form of a verb given as its past participle, when the verb is known
/// (irregular, or one of [`VERBS`]).
pub(crate) fn base_from_participle(pp: &str) -> Option<String> {
    let lower = pp.to_lowercase();
    let (head, last) = split_last_part(&lower);
    let base = BY_PARTICIPLE
        .get(last)
        .map(|b| (*b).to_owned())
        .or_else(|| {
            // Regular forms of unknown verbs: undo "-ied" and the doubled consonant.
            let stem = last.strip_suffix("ed")?;
            if let Some(s) = last.strip_suffix("ied") {
                return Some(format!("{s}y"));
            }
            Some(stem.to_owned()).filter(|s| is_common_verb(s))
        })?;
    Some(format!("{head}{base}"))
}

/// Whether `word` (lower case) is a known verb in its base form.
/// Whether `word` (lower case) is a base form that ends in "-ing" ("bring", "sing",
/// "spring"): not a gerund.
pub(crate) fn is_ing_base(word: &str) -> bool {
    word.ends_with("ing") && irregular_by_base(word).is_some()
}

pub(crate) fn is_known_base(word: &str) -> bool {
    let (_, last) = split_last_part(word);
    is_common_verb(last) || irregular_by_base(last).is_some()
}

/// Whether `word` (lower case) looks like a simple past or past participle: a known
/// irregular form, or a regular "-ed" form.
pub(crate) fn is_past_form(word: &str) -> bool {
    let (_, last) = split_last_part(word);
    if IRREGULAR
        .iter()
        .any(|(b, p, pp)| (*p == last || *pp == last) && *b != "be")
    {
        return true;
    }
    last.len() > 3 && last.ends_with("ed") && !NOT_PAST_ED.contains(&last)
}

/// Whether `word` (lower case) is the past participle of a verb (irregular or "-ed").
pub(crate) fn is_participle(word: &str) -> bool {
    let (_, last) = split_last_part(word);
    IRREGULAR.iter().any(|(_, _, pp)| *pp == last)
        || (last.len() > 3 && last.ends_with("ed") && !NOT_PAST_ED.contains(&last))
}

/// Words in "-ed" that are not verb forms.
const NOT_PAST_ED: &[&str] = &[
    "need", "feed", "seed", "speed", "bed", "red", "shed", "hundred", "indeed", "greed", "breed",
    "weed", "deed", "embed", "proceed", "exceed", "succeed", "bleed", "bred",
];

static BY_PARTICIPLE: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for (verb, _) in VERBS.iter().filter(|(v, _)| is_common_verb(v)) {
        map.insert(regular_ed(verb), *verb);
    }
    for (base, _, pp) in IRREGULAR {
        map.insert((*pp).to_owned(), *base);
    }
    map
});

fn irregular_by_base(word: &str) -> Option<&'static (&'static str, &'static str, &'static str)> {
    IRREGULAR.iter().find(|(b, _, _)| *b == word)
}

/// The base form of a verb given in its simple past, when it is irregular ("saw" →
/// "see") or a known regular verb.
pub(crate) fn base_from_past(past: &str) -> Option<String> {
    let lower = past.to_lowercase();
    let (head, last) = split_last_part(&lower);
    if let Some((base, _, _)) = IRREGULAR.iter().find(|(_, p, _)| *p == last) {
        return Some(format!("{head}{base}"));
    }
    base_from_participle(past)
}

/// The base form of a verb given as its "-ing" form ("making" → "make").
pub(crate) fn base_from_gerund(word: &str) -> Option<String> {
    let stem = word.strip_suffix("ing")?;
    if stem.is_empty() {
        return None;
    }
    // "tying" ← "tie", "seeing" ← "see".
    if let Some(s) = stem.strip_suffix('y') {
        if !s.is_empty() && !s.ends_with(|c: char| is_vowel(c)) && s.len() <= 2 {
            return Some(format!("{s}ie"));
        }
    }
    let with_e = format!("{stem}e");
    let chars: Vec<char> = stem.chars().collect();
    let undoubled = (chars.len() > 2
        && chars[chars.len() - 1] == chars[chars.len() - 2]
        && !matches!(chars[chars.len() - 1], 'l' | 's' | 'f' | 'z'))
    .then(|| chars[..chars.len() - 1].iter().collect::<String>());
    for candidate in [
        Some(stem.to_owned()),
        Some(with_e.clone()),
        undoubled.clone(),
    ]
    .into_iter()
    .flatten()
    {
        if irregular_by_base(&candidate).is_some() || is_common_verb(&candidate) {
            return Some(candidate);
        }
    }
    if let Some(u) = undoubled {
        return Some(u);
    }
    // Unknown: the bare stem inflects right for both "visit-ing" and "updat-ing"
    // (update → updated).
    Some(stem.to_owned())
}

/// The regular "-ed" form: "share" → "shared", "copy" → "copied", "delay" → "delayed",
/// "plan" → "planned", "refer" → "referred", "cancel" → "cancelled", "visit" → "visited".
fn regular_ed(word: &str) -> String {
    if word.ends_with('e') {
        return format!("{word}d");
    }
    if let Some(stem) = word.strip_suffix('y') {
        if stem.ends_with(is_vowel) {
            return format!("{word}ed");
        }
        return format!("{stem}ied");
    }
    if word.ends_with('c') && matches!(word, "panic" | "mimic" | "traffic") {
        return format!("{word}ked");
    }
    if doubles_final_consonant(word) {
        let last = word.chars().last().unwrap_or_default();
        return format!("{word}{last}ed");
    }
    format!("{word}ed")
}

/// Whether the final consonant doubles before "-ed"/"-ing": one-syllable words ending in
/// a single vowel and a single consonant ("plan", "stop"), the stressed exceptions in
/// [`DOUBLING`], and British doubling of a final "l" after a single vowel ("cancel").
fn doubles_final_consonant(word: &str) -> bool {
    if DOUBLING.contains(&word) {
        return true;
    }
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    if n < 3 {
        return false;
    }
    let (c1, v, c2) = (chars[n - 3], chars[n - 2], chars[n - 1]);
    let cvc = !is_vowel(c1) && is_vowel(v) && !is_vowel(c2) && !matches!(c2, 'w' | 'x' | 'y');
    if !cvc {
        return false;
    }
    if c2 == 'l' {
        return true;
    }
    vowel_groups(word) == 1
}

fn vowel_groups(word: &str) -> usize {
    let mut groups = 0;
    let mut in_vowel = false;
    for c in word.chars() {
        let v = is_vowel(c);
        if v && !in_vowel {
            groups += 1;
        }
        in_vowel = v;
    }
    groups
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// "re-offer" → ("re-", "offer").
fn split_last_part(word: &str) -> (&str, &str) {
    match word.rfind('-') {
        Some(i) if i + 1 < word.len() => (word.part(..=i), word.part(i + 1..)),
        _ => ("", word),
    }
}

/// Inflect the last part of a (possibly hyphenated) verb, in lower case.
fn inflect(word: &str, f: impl Fn(&str) -> String) -> String {
    let lower = word.to_lowercase();
    let (head, last) = split_last_part(&lower);
    format!("{head}{}", f(last))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_verb_table_is_sorted_for_binary_search() {
        assert!(VERBS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(begins_action("complete") && is_common_verb("complete"));
        assert!(!begins_action("visited") && known("zzz").is_none());
    }

    #[test]
    fn every_form_of_a_verb() {
        let f = |v: &str| forms(v).join(" ");
        assert_eq!(f("oversee"), "oversaw oversee overseeing overseen oversees");
        assert_eq!(f("give"), "gave give given gives giving");
        assert_eq!(f("consider"), "consider considered considering considers");
        assert_eq!(f("copy"), "copied copies copy copying");
        assert_eq!(f("plan"), "plan planned planning plans");
        assert_eq!(f("watch"), "watch watched watches watching");
        assert_eq!(f("have"), "had has have having");
        assert_eq!(f("Re-offer"), "re-offer re-offered re-offering re-offers");
        assert!(forms("be").iter().all(|w| !w.ends_with("ed")));
        assert!(forms("be").contains(&"being".to_owned()));
        // An irregular verb's past forms are the table's, never a regular "-ed" guess.
        for (base, past, pp) in IRREGULAR {
            let all = forms(base);
            assert!(
                all.iter().any(|w| w == past) && all.iter().any(|w| w == pp),
                "{base}"
            );
            let guess = regular_ed(base);
            assert!(
                guess == *past || guess == *pp || !all.contains(&guess),
                "{base}"
            );
        }
    }

    #[test]
    fn participles_regular_and_irregular() {
        for (base, pp) in [
            ("see", "seen"),
            ("make", "made"),
            ("write", "written"),
            ("take", "taken"),
            ("give", "given"),
            ("hold", "held"),
            ("meet", "met"),
            ("seek", "sought"),
            ("visit", "visited"),
            ("share", "shared"),
            ("plan", "planned"),
            ("refer", "referred"),
            ("copy", "copied"),
            ("delay", "delayed"),
            ("cancel", "cancelled"),
            ("travel", "travelled"),
            ("detail", "detailed"),
            ("stop", "stopped"),
            ("need", "needed"),
            ("agree", "agreed"),
            ("re-offer", "re-offered"),
            ("consider", "considered"),
            ("develop", "developed"),
            ("open", "opened"),
            ("submit", "submitted"),
            ("fix", "fixed"),
            ("follow", "followed"),
            ("escalate", "escalated"),
            ("undertake", "undertaken"),
        ] {
            assert_eq!(past_participle(base), pp, "{base}");
        }
    }

    #[test]
    fn other_forms() {
        assert_eq!(participle_from_past("saw"), "seen");
        assert_eq!(participle_from_past("recorded"), "recorded");
        assert_eq!(participle_from_past("wrote"), "written");
        assert_eq!(participle_from_gerund("visiting"), "visited");
        assert_eq!(participle_from_gerund("making"), "made");
        assert_eq!(participle_from_gerund("planning"), "planned");
        assert_eq!(participle_from_gerund("updating"), "updated");
        assert_eq!(participle_from_gerund("sharing"), "shared");
        assert_eq!(participle_from_gerund("seeing"), "seen");
        assert_eq!(gerund("visit"), "visiting");
        assert_eq!(gerund("share"), "sharing");
        assert_eq!(gerund("plan"), "planning");
        assert_eq!(gerund("see"), "seeing");
        assert_eq!(gerund("tie"), "tying");
        assert_eq!(gerund("send"), "sending");
        assert_eq!(base_from_participle("visited").as_deref(), Some("visit"));
        assert_eq!(base_from_participle("shared").as_deref(), Some("share"));
        assert_eq!(base_from_participle("seen").as_deref(), Some("see"));
        assert_eq!(
            base_from_participle("escalated").as_deref(),
            Some("escalate")
        );
        assert_eq!(base_from_participle("planned").as_deref(), Some("plan"));
        assert_eq!(
            base_from_participle("re-offered").as_deref(),
            Some("re-offer")
        );
        assert_eq!(base_from_participle("zorbled"), None);
        assert!(is_past_form("recorded") && is_past_form("saw") && !is_past_form("need"));
        assert!(is_participle("written") && !is_participle("wrote"));
    }
}
