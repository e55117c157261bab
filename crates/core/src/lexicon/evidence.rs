//! How evidence is read: the grammar of shortcomings (J004, A001), of evaluation (E003,
//! J004) and of narration (E002).
//!
//! Patterns are written in a small notation that [`expand`] turns into regular expressions:
//! a space stands for any run of whitespace, `{not}` for " not", "n't" or "nt", `{w}` for one word
//! (ASCII letters and digits, apostrophes, hyphens), and `{practice}`, `{participle}`,
//! `{quality}`, `{planadj}` and `{harmish}` for the word lists below.
//! Every pattern is matched case-insensitively as whole words.

use std::sync::LazyLock;

/// What a shortcoming is about. Significant kinds are those the practice standard names
/// when it says a "good" judgement needs hard justification.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShortfallKind {
    /// The child not seen or visited (significant).
    NotSeen,
    /// No assessment or plan (significant).
    NoAssessmentOrPlan,
    /// Concerns, referrals or disclosures not acted on (significant).
    NotActedOn,
    /// Delay or drift (significant when it left risk unmanaged).
    DelayOrDrift,
    /// Documents missing, out of date, thin or unclear.
    Recording,
    /// A practice event that did not happen ("father's views were not sought").
    NotDone,
}

/// Whose action or state a pattern needs as the subject of its clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    /// Anyone or anything.
    Any,
    /// A practitioner, service, document or practice activity ("the SW", "the plan",
    /// "visits", "it") — not the child or the family.
    Practice,
    /// Not an adult of the family ("mother has not been seen" is not "child not seen").
    NotAdult,
    /// Not the child or the family: practice, or someone or something unnamed.
    NotFamily,
}

/// Practice activities and documents: what a practitioner produces or does.
pub const PRACTICE_NOUNS: &[&str] = &[
    "plan",
    "care plan",
    "safety plan",
    "contingency plan",
    "pathway plan",
    "placement plan",
    "child protection plan",
    "cp plan",
    "cin plan",
    "contingency",
    "planning",
    "assessment",
    "single assessment",
    "analysis",
    "recording",
    "record",
    "records",
    "case notes",
    "case recording",
    "chronology",
    "genogram",
    "evidence",
    "rationale",
    "oversight",
    "management oversight",
    "supervision",
    "review",
    "visit",
    "visiting",
    "direct work",
    "referral",
    "report",
    "minutes",
    "information sharing",
    "decision",
    "decision-making",
    "decision making",
    "action",
    "actions",
    "timescale",
    "timescales",
    "response",
    "follow-up",
    "follow up",
    "intervention",
    "challenge",
    "escalation",
    "file",
    "case file",
    "pep",
    "ehcp",
    "core group",
    "meeting",
    "strategy discussion",
    "strategy meeting",
    "s47",
    "section 47",
    "enquiry",
    "conference",
    "consideration",
    "exploration",
    "reflection",
    "detail",
    "information",
    "written agreement",
    "safety planning",
    "risk assessment",
    "return interview",
    "return home interview",
    "health assessment",
    "case summary",
    "summary",
    "document",
    "documents",
    "documentation",
    "paperwork",
    "form",
    "signature",
    "page",
    "section",
    "details",
    "views",
    "voice",
    "wishes",
    "target",
    "targets",
    "objectives",
];

/// Pronouns that stand for a practice noun as a subject ("the plan, which does not…").
pub const PRACTICE_PRONOUNS: &[&str] = &["it", "this", "these", "those", "which"];

/// Adults of the child's family and household, as the head of a subject.
pub const ADULT_FAMILY: &[&str] = &[
    "mother",
    "mum",
    "mom",
    "father",
    "dad",
    "parent",
    "parents",
    "stepfather",
    "stepmother",
    "step-father",
    "step-mother",
    "stepdad",
    "stepmum",
    "partner",
    "boyfriend",
    "girlfriend",
    "carer",
    "carers",
    "grandmother",
    "grandfather",
    "grandparent",
    "grandparents",
    "gran",
    "nan",
    "nana",
    "grandma",
    "grandad",
    "aunt",
    "auntie",
    "uncle",
    "couple",
    // Adults outside the family who pose a risk are adults all the same.
    "perpetrator",
    "abuser",
    "offender",
];

/// The child and the family's children, and pronouns, as the head of a subject.
pub const CHILD_WORDS: &[&str] = &[
    "child", "children", "baby", "infant", "boy", "girl", "teenager", "person", "sibling",
    "siblings", "brother", "sister", "son", "daughter", "twins", "he", "she", "they", "him", "her",
    "them", "who",
];

/// Past participles of practice verbs: what a practitioner does, in passive form
/// ("views were not sought").
pub const PARTICIPLES: &[&str] = &[
    "sought",
    "introduced",
    "developed",
    "added",
    "entered",
    "logged",
    "looked at",
    "recorded",
    "updated",
    "reviewed",
    "completed",
    "rearranged",
    "rebooked",
    "rescheduled",
    "reconvened",
    "finished",
    "finalised",
    "finalized",
    "shared",
    "held",
    "made",
    "offered",
    "convened",
    "undertaken",
    "agreed",
    "arranged",
    "considered",
    "explored",
    "addressed",
    "included",
    "mentioned",
    "named",
    "referenced",
    "invited",
    "informed",
    "consulted",
    "involved",
    "captured",
    "reflected",
    "evidenced",
    "discussed",
    "progressed",
    "actioned",
    "followed up",
    "followed through",
    "revisited",
    "signed off",
    "signed",
    "authorised",
    "started",
    "begun",
    "commenced",
    "done",
    "written",
    "sent",
    "obtained",
    "requested",
    "chased",
    "escalated",
    "challenged",
    "referred",
    "reported",
    "assessed",
    "re-assessed",
    "reassessed",
    "re-referred",
    "re-allocated",
    "reallocated",
    "analysed",
    "documented",
    "uploaded",
    "filed",
    "circulated",
    "distributed",
    "implemented",
    "put in place",
    "set up",
    "taken forward",
    "provided",
    "allocated",
    "prioritised",
    "identified",
    "clarified",
    "established",
    "heard",
    "ascertained",
    "gathered",
    "tested",
    "checked",
    "verified",
    "confirmed",
    "contacted",
    "spoken to",
    "told",
    "asked",
    "explained",
    "translated",
    "interpreted",
    "acted on",
    "acted upon",
    "responded to",
    "passed on",
    "investigated",
    "met",
    "drafted",
    "commissioned",
    "funded",
    "approved",
    "notified",
    "updated",
    "amended",
    "revised",
    "refreshed",
    "carried out",
    "carried forward",
    "carried over",
    "brought forward",
    "followed",
    "visited",
    "seen",
    "sighted",
    "planned",
    "supported",
    "supervised",
    "monitored",
    "tracked",
    "resolved",
    "answered",
];

/// Participles whose negation is praise or no fault of practice: "the visit was not
/// cancelled", "a strategy discussion was not needed".
pub const GOOD_WHEN_NEGATED: &[&str] = &[
    // A decline denied: "attendance has not dropped below 96%".
    "declined",
    "deteriorated",
    "dipped",
    "dropped",
    "faltered",
    "lapsed",
    "slipped",
    "stopped",
    "wavered",
    "worsened",
    // What a worker is praised for not doing: mum says the worker "doesn't judge", "never
    // rushes me".
    "judge",
    "judges",
    "judged",
    "rush",
    "rushes",
    "rushed",
    "blame",
    "blames",
    "blamed",
    "lecture",
    "lectures",
    "lectured",
    "patronise",
    "patronises",
    "patronised",
    // Participles that describe a state, not a practice event: "Jo was not interested".
    "allowed",
    "amused",
    "ashamed",
    "bored",
    "bothered",
    "convinced",
    "distressed",
    "embarrassed",
    "employed",
    "excited",
    "frightened",
    "impressed",
    "interested",
    "married",
    "permitted",
    "pleased",
    "prepared",
    "qualified",
    "related",
    "satisfied",
    "scared",
    "supposed",
    "surprised",
    "tired",
    "upset",
    "affected",
    "breached",
    "cancelled",
    "canceled",
    "compromised",
    "concerned",
    "delayed",
    "disrupted",
    "duplicated",
    "exceeded",
    "exploited",
    "exposed",
    "harmed",
    "ignored",
    "indicated",
    "injured",
    "interrupted",
    "missed",
    "needed",
    "neglected",
    "overlooked",
    "postponed",
    "repeated",
    "required",
    "rushed",
    "warranted",
    "worried",
];

/// Qualities that mark practice or a document as falling short, after a copula
/// ("the plan is generic") or before a practice noun ("limited analysis").
pub const QUALITY_SHORTFALLS: &[&str] = &[
    "limited",
    "brief",
    "generic",
    "vague",
    "superficial",
    "unclear",
    "incomplete",
    "insufficient",
    "inadequate",
    "poor",
    "weak",
    "basic",
    "minimal",
    "patchy",
    "sparse",
    "thin",
    "variable",
    "infrequent",
    "irregular",
    "sporadic",
    "intermittent",
    "inconsistent",
    "out of date",
    "out-of-date",
    "outdated",
    "not up to date",
    "not up-to-date",
    "not specific",
    "not smart",
    "not clear",
    "not robust",
    "not sufficient",
    "not detailed",
    "not current",
    "not child-centred",
    "not child centred",
    "not evident",
    "not visible",
    "not measurable",
    "not yet measurable",
    "not yet specific",
    "not yet smart",
    "not timely",
    "too broad",
    "descriptive",
    "task-focused",
    "task focused",
    "adult-focused",
    "adult focused",
    "process-driven",
    "absent",
    "missing",
    "lacking",
    "unsigned",
    "blank",
    "empty",
    "left blank",
    "late",
];

/// Harm itself, of [`HARM_WORDS`]: not the words of the process that answers it
/// ("referral", "notification", "concern", "report", "risk").
pub const HARM_EVENTS: &str = r"(?:disclos\w*|allegations?|alleged|harm\w*|injur\w*|bruis\w*|assault\w*|abuse\w*|violen\w*|neglect\w*|self-harm\w*|exploit\w*|missing\s+(?:from|episodes?|person\w*|overnight|for|again|since|child\w*)|(?:go|goes|went|gone|going|been|is|was|were|are|reported|ran|run|runs)\s+missing|burns?|burnt|scald\w*|fractur\w*|hit|hitting|punched|kicked|slapped|beaten|strangled|choked)";

/// Harm and concern words: a shortcoming near one is about a risk not acted on.
pub const HARM_WORDS: &str = r"(?:concerns?|worr(?:y|ies)|referrals?|disclos\w*|allegations?|alleged|incidents?|notifications?|reports?|risks?|harm\w*|injur\w*|bruis\w*|marks?|assault\w*|abuse\w*|violen\w*|neglect\w*|safeguarding|self-harm\w*|exploit\w*|missing|burns?|burnt|scald\w*|fractur\w*|hit|hitting|punched|kicked|slapped|beaten|strangled|choked|cut(?:ting)? (?:her|his|their|him|herself|himself|themselves)|(?:scared|frightened|afraid|fearful) (?:of|to go home|to return|at home|when))";

/// A shortcoming in the evidence, with its kind and the subject it needs.
/// Listed most specific first: where matches overlap, the earlier pattern wins.
pub const SHORTFALL_PATTERNS: &[(&str, ShortfallKind, Subject)] = &[
    // A decision with no reasons on file: "is not accompanied by a recorded rationale".
    (
        r"(?:is|are|was|were|has been|have been|had been){not} (?:accompanied|supported|backed up|backed|explained|justified) by (?:a |any |an )?(?:recorded |clear |written |documented )?(?:rationale|reasons?|explanation|analysis|management decision)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // "There is no record of anyone having seen Dylan since 3 August": the child not seen,
    // told as a gap in the record.
    (
        r"no (?:record|evidence|note|entry|indication) (?:on (?:the )?file )?of (?:anyone|anybody|any professional|any worker|any practitioner|a worker|a professional|a practitioner|the (?:allocated )?(?:social )?worker|(?:her|his|their) (?:allocated )?(?:social )?worker) (?:having )?(?:seen|visited|sighted|spoken (?:to|with))",
        ShortfallKind::NotSeen,
        Subject::Any,
    ),
    // "Neither action from the May audit … has been completed": the last audit's or
    // review's actions left undone.
    (
        r"(?:neither|none) (?:of (?:the |its |their |her |his )?)?(?:{w} ){0,3}?actions? (?:from|set at|agreed at|set in|agreed in|raised at|raised in|of) (?:the |last |previous |her |his |their )?(?:{w} ){0,2}?(?:audit|review|supervision|meeting|conference|core group|visit)[^.;]*?(?:has|have|had|was|were) (?:yet )?(?:been )?(?:completed|done|actioned|started|progressed|carried out|taken forward|followed up|put in place|achieved)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // "The same actions have been carried forward at each one since June": drift.
    (
        r"(?:the )?same (?:{w} )?(?:actions?|tasks?|targets?|outcomes?|goals?) (?:have been|has been|were|are|was|keep being|kept being|being|are being) (?:carried|rolled|copied|brought|repeated)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // "The reason is not given", "the rationale for this is not recorded".
    (
        r"(?:reasons?|rationale|reasoning|explanation) (?:for (?:{w} ){1,4}?)?(?:is|are|was|were|has|have|had){not} (?:been )?(?:given|recorded|stated|explained|documented|set out|clear)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // "The case summary … does not mention the two return home interviews".
    (
        r"(?:summary|plan|assessment|chronology|records?|report|minutes|case notes?|notes|letter),? (?:however,? |though,? |also )?(?:{w} ){0,6}?(?:does|did|do){not} (?:yet )?(?:mention|reflect|record|include|refer to|cover|address|capture)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // "The dates for the remaining actions have passed with no recorded outcome", "two
    // recommendations had passed their due dates".
    (
        r"(?:dates?|deadlines?|timescales?) (?:for (?:{w} ){1,4}?)?(?:have|has|had) (?:now |long )?(?:passed|lapsed|expired|been missed)|(?:passed|missed|gone past|overrun|overran) (?:their|its|the) (?:{w} )?(?:due|target|review|agreed|completion) dates?",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // "The record was circulated nine weeks after the meeting": a record that reached
    // people more than four weeks late; "filed four weeks after the date directed".
    (
        r"(?:circulated|sent|shared|distributed|typed up|written up|uploaded|issued|went out|filed|submitted|entered|recorded|written|added|logged|arrive|arrives|arrived|come|comes|came|reached (?:the |her |his |their )?(?:{w} )?{w}) (?:out )?(?:(?:four|five|six|seven|eight|nine|ten|eleven|twelve|[4-9]|\d\d|several|many) weeks|(?:\d+|two|three|four|five|six|several|many) months|weeks|months|long) after (?:the )?(?:{w} )?(?:meeting|review|conference|visit|panel|hearing|discussion|core group)s?|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many) (?:working )?(?:days?|weeks?|months?) (?:after|past|beyond|later than) (?:the )?(?:date|deadline) (?:directed|required|ordered|set by)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // "The letter went out a week later than the local standard", "a fortnight behind the
    // date set in the plan", "held eight days later than scheduled": a step done late.
    (
        r"(?:a week|a fortnight|a month|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|several|many|\d+) (?:working )?(?:days?|weeks?|months?)|weeks|months) (?:later than|behind|past|beyond|overdue against) (?:the |its |their |her |his |our )?(?:{w} ){0,2}?(?:scheduled|planned|expected|required|agreed|due date|deadline|target date|target|timescale|timetable|standard|date set|date agreed|schedule)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // Told with a hedge: "the plan appears not to have been reviewed", "the health section
    // looks to be out of date", "there seems to be little on the file about his plans".
    (
        r"(?:appears?|appeared|seems?|seemed|looks?|looked) not to (?:have been|have|be) (?:yet )?(?:{participle})",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    (
        r"(?:appears?|appeared|seems?|seemed|looks?|looked) to be (?:out of date|out-of-date|outdated|overdue|incomplete|missing)|(?:seems|appears) to be (?:little|nothing|no record) (?:(?:on|in) (?:the )?(?:file|record|records) )?(?:about|on|regarding|of)|no recorded (?:outcome|decision|response|reply|rationale|follow-up)|too (?:broad|vague|general|generic|wide) to (?:measure|track|review|evaluate)|(?:hard|difficult|impossible) to (?:tell|see|know|judge) (?:from (?:the )?(?:{w} ){0,3}?)?(?:whether|if|how)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // "By the review neither had happened"; "the minutes carry the same action forward".
    (
        r"(?:neither|none) (?:of (?:them|these|those|the {w}) )?(?:had|has|have) (?:yet )?(?:happened|taken place|been done|been completed|occurred)|(?:carry|carries|carried|roll|rolls|rolled|copy|copies|copied) (?:the )?same (?:{w} )?(?:actions?|tasks?|targets?)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // "The chronology, however, stops in June": a record that ends months back.
    (
        r"(?:chronology|case summary|summary|genogram|case notes|recording),? (?:however,? |though,? |also )?(?:{w} ){0,2}?(?:stops|stopped|ends|ended) (?:in|at|on) ",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // "The manager's sign-off carries no date": a record without what makes it one.
    (
        r"(?:carries|carry|carried|bears|bear|bore) no (?:date|signature|name|author)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // "The review has been deferred repeatedly": a step put off again and again.
    (
        r"(?:deferred|postponed|put back|put off|pushed back|rescheduled|cancelled) (?:again )?(?:repeatedly|several times|many times|more than once|twice|three times|four times|again and again|time and again|on (?:several|a number of|three|four|five|repeated|multiple) occasions)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // "The concerns about her drinking remain unassessed": a concern nobody has taken up.
    (
        r"(?:concerns?|worries|worry|risks?|allegations?|disclosures?) (?:{w} ){0,6}?(?:remain|remains|remained|is|are|was|were|has been|have been|had been|left|stay|stays|stayed) (?:still |largely |entirely |completely )?(?:unassessed|unaddressed|unexplored|uninvestigated|unexamined|unchallenged|unreported)",
        ShortfallKind::NotActedOn,
        Subject::Any,
    ),
    // "took proceedings beyond 26 weeks".
    (
        r"(?:beyond|past|over|outside|exceed\w*) (?:the )?(?:26|twenty-six)[- ]weeks?",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // A step timed against its standard ("sixty working days later against a 45-day
    // timescale") is read by its numbers, in `analysis::timeliness`.
    // "The chronology was last updated on 19 January 2026, ten months before this audit".
    (
        r"last (?:updated|reviewed|revised|refreshed|written|completed) (?:{w},? ){0,6}?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many) months (?:before|prior to|ahead of) (?:this|the) audit",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // "is not yet on file"; "the file gives no reason for the three-week slip".
    (
        r"(?:is|are|was|were){not} (?:yet )?(?:on|in) (?:the |his |her |their )?(?:file|system|case record|records?)|(?:gives|gave|records|recorded|sets out|set out|offers|offered|holds|held) no (?:reason|rationale|explanation)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // "the legal planning meeting set for October is yet to be held".
    (
        r"(?:is|are|was|were|has|have|had) (?:still )?yet to (?:be )?(?:held|completed|started|made|done|sent|agreed|arranged|convened|written|written up|typed up|allocated|happen|take place|begin|signed|signed off|shared|reviewed|updated|finalised|finalized|authorised|authorized|booked|received|uploaded|added|recorded|scanned|filed|entered|placed)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // A concern with no answer on file: "There is no reply on the file", "Nor does it show
    // any response to the CAMHS letter", "Nothing on the file shows what happened with that
    // information".
    (
        r"no (?:reply|response|answer|acknowledgement) (?:is |was |has been )?(?:recorded |logged |noted )?(?:on|in) (?:the )?(?:file|record|records|case notes?)|(?:(?:does|do|did){not}|nor (?:does|do|did) (?:it|the file|the record|the chronology)) show (?:any|a) (?:{w} )?(?:reply|response|action|follow[- ]?up) to|nothing (?:on (?:the )?file|in (?:the )?(?:records?|case notes?|notes)) (?:shows|showed|records|recorded|says|said|tells us) what (?:happened|was done|followed)",
        ShortfallKind::NotActedOn,
        Subject::Any,
    ),
    // Information never put to use: "they were never brought together or considered
    // against threshold".
    (
        r"(?:was|were|has|have|had) never (?:been )?(?:brought together|considered|followed up|acted on|acted upon|actioned|escalated|passed on|responded to|investigated|addressed|picked up|taken up)",
        ShortfallKind::NotActedOn,
        Subject::Any,
    ),
    // A step that should have followed and did not: "with no disruption meeting after
    // either move", "with no review following the incident".
    (
        r"with no (?:{w} ){0,2}?(?:meeting|review|assessment|plan|visit|discussion|referral|debrief|interview)s? (?:after|following|since) ",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // An assessment closed unfinished: "closed in August with the analysis and outcome
    // sections left empty".
    (
        r"(?:analysis|outcome|assessment|conclusion|recommendations?|risk|plan) (?:{w} ){0,3}?(?:sections?|parts?|fields?|boxes?) (?:were |was |are |is |had been |have been )?left (?:empty|blank|incomplete|unfinished|uncompleted)",
        ShortfallKind::NoAssessmentOrPlan,
        Subject::Any,
    ),
    // The child not visited for a stretch, told as what the file does not show: "The file
    // does not show a statutory visit between 9 January and 2 April".
    (
        r"(?:file|record|records|notes|chronology|it),? (?:though,? |however,? |also )?(?:does|do|did){not} show (?:a|any) (?:{w} ){0,2}?visits? (?:to (?:{w} ){1,2}?)?(?:between|since|from|for|during|in (?:the )?(?:last|past))",
        ShortfallKind::NotSeen,
        Subject::Any,
    ),
    // An exception to a standard kept: "seen alone at every statutory visit except one",
    // "an interpreter at every meeting but one", "monthly, apart from July and August,
    // when none is recorded".
    (
        r"(?:every|each|all) (?:{w} ){0,3}?(?:visits?|meetings?|reviews?|sessions?|months?|contacts?|core groups?|appointments?) (?:{w} ){0,2}?(?:except|but|apart from|other than|save for) (?:for )?(?:one|two|once|the one|a single|the last|the first)|(?:when|where) (?:none|nothing) (?:is|was|has been|had been) (?:recorded|on file|held|done)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // A planned step that did not happen: "the visit due in the second week of August did
    // not happen".
    (
        r"(?:visits?|meetings?|reviews?|sessions?|core groups?|conferences?|appointments?|assessments?) (?:{w} ){0,8}?(?:did|has|had|have){not} (?:yet )?(?:happen|happened|take place|taken place|go ahead|gone ahead|occur|occurred)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // Filed after the court's date: "It was filed three weeks after the date the court set".
    (
        r"(?:days?|weeks?|months?|fortnight) after the (?:date|deadline) (?:that )?(?:the )?(?:court|judge|plan|panel|conference|review|iro|timetable) (?:set|directed|required|ordered|agreed|fixed|gave)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // What the child said, missing from the plan: "neither appears in her plan".
    (
        r"(?:neither|none of (?:this|these|them|it)|nothing of (?:this|it)) (?:appears?|appeared|features?|featured|is (?:mentioned|reflected|recorded|included)|was (?:mentioned|reflected|recorded|included)) in (?:her|his|their|the) (?:{w} )?(?:plan|assessment|record|records|review|care plan|pathway plan|chronology|minutes|report)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // Note form: "dad's views absent", "Analysis section blank", "supervision notes missing
    // Aug & Sept".
    (
        r"(?:views?|voice|wishes|feelings|analysis|rationale|sections?|notes|minutes|records?|chronology|genogram|signatures?|sign-off) (?:absent|missing|blank|empty|unsigned)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // A wait: "Assessment waited 3 weeks for TM sign-off".
    (
        r"(?:waited|sat|was left|were left) (?:for )?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:working )?(?:days?|wks?|weeks?|months?|mths?)) (?:for|before|until|awaiting)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // Concerns not acted on.
    // "That arrangement was never set up": a plan or recommendation not put into effect.
    (
        r"(?:arrangements?|plans?|safety plans?|agreements?|recommendations?|safeguards?|supervision|contact arrangements?) (?:was|were|has|have|had) never (?:been )?(?:set up|put in place|implemented|actioned|followed|arranged|started)",
        ShortfallKind::NotActedOn,
        Subject::Any,
    ),
    (
        r"no (?:action|response|follow[- ]?up) (?:was |has been |had been |were |have been )?(?:taken|made|given|received|recorded)",
        ShortfallKind::NotActedOn,
        Subject::Any,
    ),
    (
        r"no (?:strategy discussion|strategy meeting|s47|section 47(?: enquiry)?|child protection enquiry|cp medical|child protection medical|safe and well check)",
        ShortfallKind::NotActedOn,
        Subject::Any,
    ),
    (
        r"(?:has|have|had|is|are|was|were){not} (?:yet |been |ever |always |properly |fully |formally |promptly )*(?:acted on|acted upon|followed up|followed-up|responded to|escalated|passed on|investigated|referred|reported|actioned|addressed)",
        ShortfallKind::NotActedOn,
        Subject::Any,
    ),
    (
        r"(?:unaddressed|unanswered|unactioned|ignored|overlooked|not acted on|not acted upon|not followed up)",
        ShortfallKind::NotActedOn,
        Subject::Any,
    ),
    (
        r"no (?:record|evidence|recording|indication) (?:on (?:the )?file )?(?:of|that) (?:{w} ){0,4}?(?:being|having been|has been|have been|was|were|had been) (?:acted on|acted upon|followed up|followed-up|responded to|escalated|passed on|investigated|referred|reported|actioned|addressed)",
        ShortfallKind::NotActedOn,
        Subject::Any,
    ),
    // "There is no evidence that a strategy discussion was held": a safeguarding response
    // that is not on the file is a concern not acted on, not only a gap in recording.
    (
        r"no (?:record|evidence|recording|indication) (?:on (?:the )?file )?(?:of|that) (?:an? |any |the )?(?:strategy discussion|strategy meeting|s47(?: enquiry| enquiries)?|section 47(?: enquiry| enquiries)?|child protection enquiry|child protection medical|cp medical|lado referral|referral to (?:the )?(?:lado|police|mash))",
        ShortfallKind::NotActedOn,
        Subject::Any,
    ),
    // "There is no record of a social work visit to Theo between June and October": the
    // child not seen for a stretch, told as a gap in the record.
    (
        r"no (?:record|evidence|note|entry|recording|indication) (?:on (?:the )?file )?of (?:a|an|any) (?:{w} ){0,2}?(?:visits?|sightings?) (?:to (?:{w} ){1,2}?)?(?:between|since|from|for|during|over|in (?:the )?(?:last|past))",
        ShortfallKind::NotSeen,
        Subject::Any,
    ),
    // "…went that whole period without seeing anyone from the local authority".
    (
        r"without (?:seeing|being seen by|a visit from|any visits? from) (?:anyone|anybody|any professional|a professional|a worker|a social worker|(?:her|his|their) (?:allocated )?(?:social )?worker)",
        ShortfallKind::NotSeen,
        Subject::Any,
    ),
    // "Kai was seen 11 weeks after the referral": the child first seen long after the
    // work began.
    (
        r"(?:seen|visited|sighted) (?:{w} ){0,3}?(?:(?:\d\d|[3-9]|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many) weeks|(?:\d+|a|one|two|three|four|five|six|several|many) months?|weeks|months) (?:after|following) (?:the |his |her |their |this |that )?(?:{w} )?(?:referral|allocation|contact|incident|disclosure|strategy discussion|strategy meeting|conference|assessment began|assessment started|assessment was opened)",
        ShortfallKind::NotSeen,
        Subject::NotAdult,
    ),
    // "it was several weeks before he met the new one": a wait told after the event.
    (
        r"it was (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some) (?:weeks|months) (?:before|until)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // "Jayden told his IRO he did not know who his social worker was".
    (
        r"(?:did|does|do){not} know who (?:his|her|their|the) (?:allocated |new )?(?:social )?worker (?:was|is)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // "Callum has had to repeat his history to each new agency", "it was returned and had
    // to be resubmitted": work that had to be done twice.
    (
        r"(?:has|have|had) (?:had|needed) to (?:repeat|retell|re-tell|explain again|tell again) (?:his|her|their) (?:{w} )?(?:story|history|account|experiences?)|had to be (?:resubmitted|re-submitted|resent|re-sent|redone|re-done|remade|re-made|re-referred|rewritten|re-written)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // "no recorded attempt to involve him in six months".
    (
        r"no (?:recorded |documented |further |real )?attempts? (?:(?:has|have|had) been |(?:was|were|is) )?(?:made )?to (?:involve|contact|engage|locate|trace|find|reach|include|speak to|speak with|meet)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // "faith recorded as 'unknown'".
    (
        r"(?:recorded|listed|entered|given|shown|noted) (?:on (?:the )?(?:file|system) )?as (?:'|‘|\x22|“)?(?:unknown|not known|n/a|tbc|to be confirmed|blank|missing)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // "September actions carried into October unchanged".
    (
        r"(?:carried|rolled|copied|brought) (?:forward |over |across )?(?:into|to|from) (?:{w} ){0,3}?unchanged|(?:carried|rolled|copied|brought) (?:forward|over|across) unchanged",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // "the September action … was carried forward three times": drift.
    (
        r"(?:carried|rolled|brought) (?:forward|over) (?:at )?(?:twice|three times|four times|five times|several times|many times|repeatedly|again and again|(?:\d+|three|four|five|six) times)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // "Supervision records set actions but seldom return to them".
    (
        r"(?:seldom|rarely|hardly ever|infrequently) (?:{w} ){0,2}?(?:returns?|revisits?|revisited|reviews?|reviewed|followed up|follows? up|updated|updates?|recorded|records?|visited|visits?|seen|sees|mentions?|mentioned|refers? to|referred to|reflects?|reflected|checks?|checked|challenges?|challenged)",
        ShortfallKind::NotDone,
        Subject::NotFamily,
    ),
    // "written up together in one undated note", "the plan is unsigned".
    (
        r"(?:undated|unsigned) (?:{w} )?(?:notes?|records?|entries|entry|letters?|plans?|assessments?|forms?|agreements?|minutes|reports?)|(?:is|are|was|were|remains?) (?:still )?(?:undated|unsigned)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // "…this is recorded, but there is nothing on what it might mean": no analysis.
    (
        r"(?:nothing|no analysis|no reflection|no consideration) (?:on|of|about) (?:what|why) (?:this|it|that|these|they) (?:might |may |could )?(?:mean|means|meant|tells? us)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // "two were completed outside the 72-hour window".
    (
        r"(?:completed|held|done|seen|visited|offered|undertaken|carried out|convened|sent|made|written|recorded) (?:{w} ){0,2}?outside (?:the |its |their )?(?:{w} ){0,2}?(?:window|timescales?|timeframes?|time ?limits?|deadline)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // "completed by telephone with no reason recorded".
    (
        r"(?:with|and) no (?:{w} )?(?:reason|rationale|explanation) (?:recorded|given|noted|documented|stated)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // "with little movement on the housing referral", "outcomes largely the same as those
    // set in June": drift told softly.
    (
        r"little (?:or no |if any )?(?:movement|progress|change|traction)|(?:largely|broadly|much|essentially|almost) (?:the same|unchanged) (?:as|from) (?:those|that|the ones|the outcomes|the actions|the plan|the targets)",
        ShortfallKind::DelayOrDrift,
        Subject::NotFamily,
    ),
    // "recorded without reference to his housing", "health colleagues were a little slower
    // to be drawn in".
    (
        r"(?:recorded|made|taken|written|completed|agreed|closed|signed off) without (?:any )?(?:reference|regard) to|(?:a little|a bit|slightly|somewhat|rather) (?:slower|later|slow|late) (?:to|than|in)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // The child not seen.
    (
        r"(?:(?:has|have|had){not} (?:yet |always |consistently |regularly |routinely |once |ever )*been|(?:is|are|was|were){not}) (?:yet |always |consistently |regularly |routinely |once |ever )*(?:seen|visited|sighted)",
        ShortfallKind::NotSeen,
        Subject::NotAdult,
    ),
    (
        r"(?:has|have|had){not} (?:yet |since )?(?:had|received) (?:a |an |any )?(?:{w} ){0,2}?(?:visits?|contact|sighting)",
        ShortfallKind::NotSeen,
        Subject::NotAdult,
    ),
    // "the file does not record Kyle being seen since 29 July".
    (
        r"(?:(?:does|did|do){not}|(?:none|not one|neither) of (?:{w} ){0,4}?(?:{w}))(?: yet)? (?:record|records|recorded|show|shows|showed|evidence|evidences|mention|mentions) (?:{w} ){0,3}?being (?:seen|visited)",
        ShortfallKind::NotSeen,
        Subject::Any,
    ),
    // "the visits since then have been with mother only".
    (
        r"(?:visits?|contacts?|(?:tele)?phone calls?|calls) (?:{w} ){0,4}?(?:have been|has been|were|was|are|is) (?:with|to) (?:the )?(?:{w} )?(?:mother|father|mum|dad|parents?|carers?|grandparents?|adults?) (?:alone|only)|(?:record|records|recorded|show|shows|showed|hold|holds) (?:only )?(?:(?:tele)?phone calls?|calls|contact|texts|messages) (?:with|to) (?:(?:her|his|their|the) )?(?:{w} )?(?:mother|father|mum|dad|parents?|carers?|grandparents?)(?: (?:only|alone))?",
        ShortfallKind::NotSeen,
        Subject::Any,
    ),
    (
        r"not (?:been )?(?:seen|visited|sighted) (?:since|for|in|within|during|between|at|by)",
        ShortfallKind::NotSeen,
        Subject::NotAdult,
    ),
    // "visited eleven times, always with her mother present": never seen alone.
    (
        r"(?:seen|visited|visits?|met|sessions?)(?: (?:{w},? ){0,6}?{w},?)? (?:always|only ever|each time|every time|on each occasion) (?:with|in the presence of|alongside) (?:her |his |their |the )?(?:{w} )?(?:mother|father|mum|dad|parents?|carers?|stepfather|stepmother|stepdad|stepmum|grandmother|grandfather|grandparents?|adults?)(?:'s? partner)? (?:present|there|in the room|nearby|listening)",
        ShortfallKind::NotSeen,
        Subject::Any,
    ),
    // "no interpreter was booked", "her son, who is 16, translated": a parent who needs an
    // interpreter not given one.
    (
        r"no (?:{w} )?(?:interpreter|translator|interpreting|translation) (?:was|were|has been|had been|have been|is) (?:yet )?(?:booked|used|arranged|offered|present|provided|sought|requested|involved|considered|available)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    (
        r"(?:son|daughter|brother|sister|child|children|sibling)(?:,? (?:{w} ){0,4}?{w},){0,2} (?:translated|interpreted|acted as (?:an? |the )?(?:interpreter|translator))",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    (
        r"(?:used|relied on|relying on|using) (?:{w} ){0,3}?(?:son|daughter|brother|sister|child|children|sibling) (?:to interpret|to translate|as (?:an? |the )?(?:interpreter|translator))",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // "then sat in the unallocated work tray until 22 September".
    (
        r"(?:sat|remained|waited|lay|stayed|was left|were left|sitting|waiting) (?:{w} ){0,4}?(?:in (?:the |a |an )?(?:{w} ){0,3}?(?:tray|queue|inbox|in-tray)|awaiting allocation|without (?:an? )?(?:allocated )?(?:worker|social worker)) (?:until|for)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // "The action for a speech and language referral has no date set against it".
    (
        r"(?:actions?|tasks?|targets?|goals?|outcomes?|objectives?) (?:{w} ){0,12}?(?:has|have|had|is|are|was|were) (?:no|without an?) (?:{w} )?(?:date|timescale|deadline|owner|measure|named person|person|lead)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // "The decision to close was recorded without a rationale".
    (
        r"(?:recorded|made|taken|agreed|signed off|authorised|approved)(?:,? but)? without (?:a |any |an )?(?:recorded |clear |written |documented |management )?(?:rationale|reasons?|reasoning|explanation|analysis)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // "there is nothing on the file about that referral".
    (
        r"nothing (?:on|in) (?:the |his |her |their )?(?:file|record|records|case notes?|system|chronology) (?:about|regarding|concerning|recording|from)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    (
        r"no (?:record|evidence|recording|indication) (?:on (?:the )?file )?(?:of|that) (?:{w} ){0,3}?(?:being|having been|has been|have been|was|were|had been) (?:seen|visited|sighted)",
        ShortfallKind::NotSeen,
        Subject::Any,
    ),
    (
        r"(?:has|have|had){not} (?:yet |always |consistently |regularly |ever )*(?:seen|visited|met)",
        ShortfallKind::NotSeen,
        Subject::Practice,
    ),
    (
        r"(?:(?:unable|not able|failed) to (?:see|visit|meet)|no[- ]access visits?|no (?:recorded |statutory |home |face-to-face |face to face |direct )?(?:visits?|contact with (?:the )?(?:child|children|young person)))",
        ShortfallKind::NotSeen,
        Subject::Any,
    ),
    // No assessment or plan.
    (
        r"(?:no|without an?|without any|absence of an?|not an?) (?:(?:{planadj}|or|and|checks?) ){0,3}(?:plan|plans|assessment|assessments)",
        ShortfallKind::NoAssessmentOrPlan,
        Subject::Any,
    ),
    (
        r"(?:plan|plans|assessment|assessments) (?:(?:has|have|had|is|are|was|were){not} (?:yet |been |ever )*|(?:does|do|did){not} (?:yet )?(?:seem|appear) to have (?:yet )?been )(?:started|completed|undertaken|written|agreed|drafted|drawn up|put in place|in place|begun|commenced|initiated|done|carried out|produced|formulated)",
        ShortfallKind::NoAssessmentOrPlan,
        Subject::Any,
    ),
    // "The unsupervised contact … has not been risk assessed".
    (
        r"(?:has|have|had|is|are|was|were){not} (?:yet |been |ever )*(?:properly |fully |formally )?risk[- ]assessed",
        ShortfallKind::NoAssessmentOrPlan,
        Subject::Any,
    ),
    (
        r"(?:has|have|had){not} (?:yet |ever )?had (?:a |an |any |her |his |their |the )?(?:{w} ){0,2}(?:plan|assessment)",
        ShortfallKind::NoAssessmentOrPlan,
        Subject::Any,
    ),
    // Delay and drift.
    (
        r"(?:delay|delays|delayed|drift|drifted|drifting|overdue|lapsed|stalled|slippage|slipped|(?:days?|weeks?|months?) late|late (?:completion|submission|referral|notification|start)|(?:outside|beyond|over|past|exceed\w*|missed) (?:of )?(?:the |its |their |her |his |a )?(?:[\w-]+ ){0,3}?(?:timescales?|timeframes?|deadlines?|due dates?)|out of timescales?|(?:outside|beyond) (?:the |its |their |a )?(?:[\w-]+ ){0,3}?(?:standard|frequency)|outside (?:the |its |their |a )?(?:[\w-]+ ){0,3}?minimum|(?:days?|weeks?|months?) (?:after|beyond|past|overdue|behind) (?:the |its |their )?(?:[\w'’-]+ ){0,2}?(?:deadline|due date|timescale|target date|date set|date agreed|review date)|(?:after|past) (?:the |its |their )?(?:deadline|due date)|behind schedule|(?:days?|weeks?|months?) behind|(?:is|are|was|were|fell|has fallen|have fallen|got|running) behind|not (?:completed |held |done |undertaken )?(?:with)?in (?:the )?(?:statutory |expected |required |agreed )?timescales?)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    (
        r"(?:still|remains?|remained) (?:awaited|outstanding|waiting|to be (?:completed|agreed|held|done|made|updated|reviewed|written|arranged|convened|started|shared|signed off)|unresolved|incomplete|unaddressed|not (?:\w+ed|done|seen|begun|held|in place))",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // "Outstanding" is overdue for a task, and praise for practice ("the direct work is
    // outstanding").
    (
        r"(?:actions?|tasks?|reviews?|referrals?|assessments?|visits?|checks?|reports?|medicals?|letters?|minutes|pep|requests?|signatures?|sign-off) (?:{w} ){0,3}?(?:is|are|was|were) (?:still )?outstanding|(?:is|are|was|were) still outstanding|outstanding (?:since|for (?:over |more than )?(?:{w} )?(?:days|weeks|months))",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    (
        r"(?:visits?|sessions?|meetings?|reviews?|supervisions?|core groups?|conferences?) (?:were|was|have been|has been|had been) (?:repeatedly |often |frequently )?(?:cancelled|missed|postponed|rearranged|rescheduled)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // Started late: "the assessment did not start until 1 September" (before the events
    // that did not happen, so that the delay is what the clause records); escalation
    // missing: "noted the task as outstanding without escalation".
    (
        r"(?:did|does|do|has|have|had){not} (?:start|begin|commence|happen|take place|get going|get under way|get underway) until",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    (
        r"without (?:any |an? )?(?:escalation|challenge|management challenge|follow-up|follow up|response|reply|action being taken)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // A step taken without the step that belongs with it: "step-down agreed without a
    // handover meeting with the family", "closed without a closing summary".
    (
        r"without (?:any |an? |the )?(?:handover|hand-over|joint|closing|closure|transfer) (?:meeting|visit|summary|discussion|conversation|letter)s?|without (?:any |an? |the )?(?:handover|hand-over)\b",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // Oversight that steers nothing: "management oversight entries are one line and give
    // no direction".
    (
        r"(?:give|gives|gave|provide|provides|provided|offer|offers|offered) (?:little or |little |very little )?no (?:clear |real )?(?:direction|guidance|management direction|analysis|challenge)\b",
        ShortfallKind::NotDone,
        Subject::NotFamily,
    ),
    // A session lost: "August supervision cancelled and not rescheduled".
    (
        r"(?:cancelled|canceled|postponed|stood down|called off|missed) and (?:was |were |has |have |had )?(?:been )?(?:not|never) (?:been )?(?:re-?scheduled|re-?arranged|re-?booked|re-?convened|made up|held)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // Told late, in note form: "GP not informed of the CP plan until the October core
    // group".
    (
        r"not (?:informed|told|notified|invited|updated|copied in|sent|shared|seen|visited|allocated|convened|held|completed|reviewed|started|begun) (?:{w},? ){0,7}?until\b",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // A practice event that did not happen.
    (
        r"(?:has|have|had|is|are|was|were)(?: also| still)?{not} (?:yet |always |consistently |fully |routinely |regularly |been |clearly |properly |formally |ever |once |adequately |meaningfully |sufficiently |directly |explicitly |specifically )*(?:{participle})",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    (
        r"(?:(?:did|does|do){not} (?:yet )?take|(?:has|have|had){not} (?:yet )?taken|never (?:took|takes|taken)) place",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // The child's worker never met: "she had never met her new social worker".
    (
        r"(?:has|have|had) never (?:yet )?(?:met|seen|spoken to|spoken with|been visited by) (?:her|his|their|the) (?:new |allocated |current |present )?(?:social worker|worker|sw|personal adviser|pa)",
        ShortfallKind::NotSeen,
        Subject::Any,
    ),
    (
        r"(?:(?:has|have|had|is|are|was|were) )?never (?:once )?(?:been )?(?:{participle})",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    (
        r"not (?:yet |been |always |consistently |fully )+(?:{participle})",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    (
        r"(?:(?:views|wishes|voice|feelings) (?:\w+ ){0,3}not (?:{participle}))",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    (
        r"(?:has|have|had){not} (?:yet |always |consistently |fully |ever )*\w+ed",
        ShortfallKind::NotDone,
        Subject::NotFamily,
    ),
    (
        r"(?:(?:did|does|do){not}|never|(?:has |have |had )?failed to|fails to|omitted to) (?:always |consistently |fully |once |yet |properly |clearly |explicitly )*{w}",
        ShortfallKind::NotDone,
        Subject::Practice,
    ),
    (
        r"no (?:{w} ){0,2}?(?:work|action|progress|visits?|referral|assessment|plan|review|meeting|enquiry|contact) (?:has|have|had|was|were) (?:yet )?(?:been )?(?:started|begun|made|done|completed|undertaken|taken place|happened|commenced|held|sent)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // A case left waiting for a worker: "between the July and October conferences the
    // case sat unallocated", "unallocated for six weeks". Drift, significant when the
    // sentence names a risk left meanwhile.
    // "the last two home visits took place without an interpreter": a visit held without
    // what it needed for the family to take part.
    (
        r"(?:visits?|meetings?|sessions?|reviews?|assessments?|conferences?|core groups?|interviews?|discussions?) (?:{w} ){0,3}?(?:took place|were held|was held|went ahead|happened|were carried out|was carried out|were completed|was completed|proceeded) without (?:an? |any |the )?(?:bsl |accredited |qualified |independent )?(?:interpreter|interpreters|translator|advocate|signer|intermediary)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    (
        r"(?:sat|lay|stayed|sitting|lying|went|gone|drifted|languished) unallocated|unallocated (?:for|from) (?:{w} ){0,3}?(?:days|weeks|months)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    (
        r"(?:no|without an?) (?:allocated|named|consistent|dedicated|assigned|permanent) (?:{w} )?(?:sw|social worker|worker|iro|manager|practitioner|lead|reviewing officer)|(?:is|are|was|were|remains?|remained|has been|have been) unallocated",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    (
        r"only (?:once|twice|(?:three|four|five|\d+) times) (?:in|during|over|across) (?:the )?(?:last |past )?(?:{w} )?(?:months?|weeks?|years?|period)",
        ShortfallKind::DelayOrDrift,
        Subject::NotFamily,
    ),
    (
        r"(?:none|not one|neither) of (?:the |its |their |his |her )?(?:{w} ){0,2}?(?:actions|tasks|outcomes|goals|targets|objectives) (?:has|have|is|are|was|were) (?:a |an |any )?(?:{w} )?(?:date|dates|timescale|timescales|deadline|deadlines|owner|owners|measure|measures)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    (
        r"(?:stops|ends|stopped|ended|finishes|finished) (?:abruptly )?(?:in|at|on|after) ",
        ShortfallKind::Recording,
        Subject::Practice,
    ),
    // A concern filed with nothing after it: "is filed on the record; there is no entry
    // after it", "with no case note, discussion or contact after it".
    (
        r"no (?:further |later |other )?(?:entry|entries|case notes?|note|record|discussion|contact|action|response|follow[- ]?up)(?:,? (?:{w} ){0,3}?(?:or|nor) (?:{w} ){0,3}?)?(?:{w} ){0,4}?(?:after|following) (?:it|this|that|the (?:email|referral|letter|call|report|notification))",
        ShortfallKind::NotActedOn,
        Subject::Any,
    ),
    // Actions carried from review to review unchanged: drift.
    (
        r"(?:appears?|appeared|reads?|read|recorded|repeated|carried (?:over|forward)|rolled (?:over|forward)|listed) (?:(?:unchanged|word for word|verbatim|the same|again)|(?:{w} ){0,3}?(?:unchanged|word for word|verbatim)) (?:{w} ){0,3}?(?:in|at|across|on) (?:the |each |every |all )?(?:{w} ){0,6}?(?:reviews?|minutes|core groups?|meetings|records|plans)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // An assessment authorised after the 45 working days of the statutory guidance.
    (
        r"(?:authorised|authorized|completed|signed off|finalised|finalized|approved) (?:{w} ){0,3}?on (?:working )?day (?:4[6-9]|[5-9]\d|\d{3})",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // A record still a placeholder: "headed 'to be written up'", "'notes to follow'".
    (
        r"(?:to be (?:written up|typed up)|(?:headed|marked|reads|read|says|said|states|stated|labelled|labeled|noted|shows|showed|entered|recorded|left) (?:as )?['‘“]?(?:{w} ){0,3}?to be (?:added|completed|uploaded|confirmed)|(?:notes?|write-?up|minutes|record|details) to follow|minutes awaited|(?:discussion|analysis|outcome) to be added)|(?:has|have|had|with|holds?) no (?:content|text|entry|detail)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // A document still in an old version: "is still the one drawn in January 2025", "the
    // plan on file is still that June version", "superseded in July".
    (
        r"(?:is|are|was|were|remains?) still (?:the|that|this|an?) (?:{w} ){0,3}?(?:version|one|copy|draft)|(?:was|were|has been|had been) superseded|(?:is|was) the (?:same )?version (?:agreed|written|drawn|made|signed)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // Someone's views known only through another: "recorded only second-hand".
    (
        r"(?:only )?(?:second-hand|second hand|secondhand)|only (?:through|via) (?:his|her|their|the) (?:mother|father|mum|dad|partner|carers?|parents?)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // Note form, a practice noun and its shortfall without a verb: "Supervision irregular:
    // two gaps of over eight weeks", "PEP out of date;". Not the adjectives a verb could be
    // ("the plan limited contact").
    (
        r"(?:{practice}) (?:very |rather |somewhat |too |largely |still )?(?:brief|generic|vague|superficial|unclear|incomplete|insufficient|inadequate|poor|weak|basic|minimal|patchy|sparse|thin|infrequent|irregular|sporadic|intermittent|inconsistent|out of date|out-of-date|outdated|not up to date|not up-to-date|not specific|not smart|not robust|not timely|overdue|blank|left blank|empty|unsigned)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // A gap of weeks or months in what should be regular: "two gaps of over eight weeks
    // since June".
    (
        r"gaps? (?:of|in excess of) (?:over |more than |up to |around |about |nearly |almost )?(?:{w} )?(?:weeks?|months?)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // Later than it should have been, told by comparison: "Life story work started later
    // than planned", "the MASH decision took 6 working days rather than 24 hours".
    (
        r"(?:(?:started|began|begun|completed|held|took place|convened|arranged|made|done|finished|sent|shared|allocated|undertaken|carried out|signed off|authorised|authorized|reviewed|updated|happened|written|filed|submitted|received|visited|seen)(?:,? {w}){0,4}? later|took (?:{w} ){0,3}?longer) than (?:was |had been |it was |it had been )?(?:planned|expected|agreed|intended|scheduled|required|needed|it should have (?:been|taken))|took (?:{w} ){0,3}?(?:hours|days|weeks|months) rather than",
        ShortfallKind::DelayOrDrift,
        Subject::NotFamily,
    ),
    // A record that has fallen behind, or has nothing in it since: "The chronology … is a
    // little behind, with nothing entered after mid-August".
    (
        r"(?:is|are|was|were|remains?|has fallen|have fallen|had fallen|fell|running|got) (?:a little |a bit |slightly |somewhat |rather |considerably |well |significantly |(?:{w} )?(?:weeks?|months?) )?behind|nothing (?:has been |was |had been )?(?:entered|recorded|added|uploaded|logged|written) (?:on it |in it |on (?:the )?file )?(?:after|since)",
        ShortfallKind::Recording,
        Subject::Practice,
    ),
    // What a document leaves out: "no mention of Ifrah's faith … in the placement plan".
    (
        r"no (?:mention|reference|consideration|exploration|recognition) (?:is made |was made )?(?:of|to) (?:{w} ){1,8}?(?:in|within|on) (?:the |her |his |their |any )?(?:{w} ){0,2}?(?:plan|assessment|review|record|file|report|minutes|chronology|pep)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // Records waiting on a manager: "3 visit records awaiting TM sign-off since Sept".
    (
        r"awaiting (?:{w} ){0,2}?(?:sign-off|sign off|signing off|authorisation|authorization|approval|countersignature|counter-signature) (?:since|for)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // Thin: "his Jamaican heritage is only touched on in the care plan", "the identity
    // section of the assessment is a single line".
    (
        r"only (?:briefly )?(?:touched on|touched upon|mentioned in passing)|(?:is|are|was|were) (?:only |just )?(?:a single line|a line or two|a couple of lines|a few lines)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // Left out: "his father's side of the family are not part of any identity work".
    (
        r"(?:is|are|was|were|has|have|had){not} (?:been )?(?:part of|included in|involved in|invited to) (?:any|the) (?:{w} ){0,2}?(?:work|plan|planning|assessment|meetings?|review|reviews|discussions?|decisions?)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // Directions or actions set down without what makes them measurable: "Directions
    // recorded without timescales".
    (
        r"(?:recorded|set|written|given|agreed|issued|made) without (?:any |an? |clear |named )?(?:timescales?|dates?|deadlines?|owners?|measures?)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // A concern logged and nothing after it: "The school's referral … was logged by the
    // front door but no contact with the family or the school followed".
    (
        r"(?:referrals?|concerns?|disclosures?|allegations?|notifications?|reported|bruis\w*|injur\w*|marks?)\b[^.]*?\bno (?:further )?(?:{w} )?(?:contact|visits?|action|follow-up|follow up|response|assessment|enquiries|checks?|discussion|strategy discussion)\b(?:[^.;]*?)\b(?:followed|ensued|took place|happened)",
        ShortfallKind::NotActedOn,
        Subject::Any,
    ),
    // Records made by copying: "Several visit records are copied and pasted from earlier
    // entries".
    (
        r"(?:copied|cut) and pasted|copy(?:-and-| and )past(?:e|ed|ing)|(?:copied|duplicated) (?:{w} ){0,2}?from (?:earlier|previous|old|other) (?:entries|records|visits|notes|plans|assessments|reports)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // A parent the service has not reached: "Father, who has parental responsibility, has
    // had no contact from the service since the assessment began".
    (
        r"(?:has|have|had) (?:had|received) no (?:{w} )?(?:contact|visits?|letters?|calls?|invitations?) (?:{w} ){0,2}?from (?:the |her |his |their |any )?(?:service|social worker|sw|worker|team|local authority|children['’]s services|professionals?)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // Note form, a practice noun and what was not done to it: "Plan not refreshed after the
    // RCPC".
    (
        r"(?:{practice}) not (?:yet )?(?:{participle}|refreshed|revised|shared|held|signed|circulated|uploaded|started|done|sent|chased)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // Done for some and not for others: "interpreter booked for LAC reviews but not for
    // statutory visits".
    (
        r"(?:booked|arranged|provided|offered|used|shared|sent|invited|in place) (?:{w} ){0,4}?(?:for|at|to|with|in) (?:{w} ){1,4}?but not (?:for|at|to|with|in)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // Actions left open: "actions from that meeting are still open".
    (
        r"(?:actions?|tasks?|recommendations?|directions?)(?: (?:from|of|set at|agreed at|set in|agreed in|raised at|raised in)(?: {w}){1,3}?)? (?:(?:are|is|were|was) still|remains?|remained) (?:open|outstanding|incomplete|uncompleted)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // Recording: missing, out of date, thin or unclear.
    (
        r"(?:is|are|was|were|has been|have been|had been|remains?|remained|appears?|seems?) (?:very |rather |somewhat |too |often |quite |largely |generally |still |also |now |significantly |all |both )*(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|\d+) (?:days?|weeks?|months?|years?) )?(?:{quality})",
        ShortfallKind::Recording,
        Subject::Practice,
    ),
    (
        r"(?:limited|brief|generic|vague|superficial|insufficient|inadequate|poor|weak|minimal|patchy|sparse|little|infrequent|irregular|sporadic|inconsistent|incomplete|out-of-date|outdated|unclear|no clear|no recorded|no) (?:{w} )?(?:{practice})",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    (
        r"(?:it is|it was|it remains|this is|it's|it has been){not} (?:clear|known|evident|apparent|recorded|documented|possible to see|possible to tell)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    (
        r"(?:unclear|not clear|not known|not evident|not recorded|no record|no evidence|no indication|nothing on (?:the )?file|nothing (?:on|in) (?:the |his |her |their )?(?:file|record|records|case notes?) (?:shows?|showed|confirms?|evidences?)) (?:whether|if|why|how|what|who|when|that|of|on|to show)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    (
        r"(?:lack of|lacks|lacking|a gap|(?:one|only|main|key) gap|gaps in|gap in|gaps? between|there is little|there was little|little evidence|less evidence|little analysis|little detail|missing from (?:the )?(?:file|record|records|plan|assessment|chronology|minutes|case notes|system|report))",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // Notes in bullet form: "Case summary not updated since May", "consent form not on
    // file", "case notes written more than a week after the visit".
    (
        r"(?:{practice}|summary|summaries|notes?|forms?|consents?|letters?|agreements?) (?:{w} ){0,4}?not (?:yet )?(?:updated|shared|signed|signed off|uploaded|completed|reviewed|recorded|dated|filed|circulated|sent|on (?:the )?file)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    (
        r"(?:written|recorded|typed up|written up|uploaded|entered) (?:up )?(?:more than |over |nearly |almost |up to )?(?:a|an|one|two|three|four|five|six|\d+|several) (?:days?|weeks?|months?|fortnights?) (?:after|late)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // Weeks late, told by when it was done: "entered on the system more than a month
    // after the visits", "circulated between three and five weeks after the meeting",
    // "not countersigned until six weeks after it was made".
    (
        r"(?:written|recorded|typed|uploaded|entered|added|circulated|distributed|sent|shared|countersigned|signed|authorised|authorized|placed|put|received|went|got) (?:{w},? ){0,6}?(?:until |only |not until )?(?:more than |over |nearly |almost |up to |some |around |about |between |at least )?(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|many|a few|a couple of)(?: (?:and|to|or|-) (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+))? )?(?:weeks?|months?)|(?:five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|[5-9]|[1-9]\d) (?:working )?days) (?:after|later|late)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // What the file cannot show: "the file cannot show whether those were completed";
    // targets that "cannot be measured"; "there is no sign it has been requested".
    (
        r"(?:cannot|can't|could not|couldn't|can{not}|does{not}|do{not}|did{not}) (?:show|evidence|tell|say|confirm|demonstrate|establish) (?:whether|if|how|why|what|when|who)|(?:cannot|can't|could not|couldn't|can{not}) be (?:measured|tracked|evidenced|evaluated)|no (?:sign|signs|trace) (?:that|of|it|this|they|anyone|any)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // Done late, or still a draft: "the autumn PEP was completed late", "the support plan
    // is still in draft six weeks after the hearing".
    (
        r"(?:completed|held|done|written|submitted|sent|shared|convened|started|begun|made|finalised|finalized|authorised|authorized|signed off|signed|returned|undertaken|carried out|recorded|uploaded|updated|reviewed|circulated|distributed|typed up|written up|allocated) (?:very |significantly |considerably |consistently |often |sometimes )?late|(?:is|are|was|were|remains?|remained) (?:still |only )?(?:in draft|a draft|in draft form)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // A partner or practitioner left uninformed: "the police officer was unaware that
    // father had returned".
    (
        r"(?:was|were|is|are|had been|has been|have been|remains?|remained) (?:still |also )?(?:unaware|not aware)",
        ShortfallKind::NotDone,
        Subject::Practice,
    ),
    // A document that leaves something out or falls short of now: "the genogram omits her
    // maternal family", "the chronology stops well short of the current plan".
    (
        r"(?:omits|omitted|leaves out|left out|misses out|missed out|excludes|excluded) (?:the |her |his |their |any |all |a |an )|(?:stops|stopped|ends|ended|falls|fell) (?:well |some way |a long way )?short of",
        ShortfallKind::Recording,
        Subject::Practice,
    ),
    // Still told as it was: "still refers to supervision arrangements that are no longer
    // in place".
    (
        r"still (?:names?|lists?|refers? to|shows?|records?|describes?|includes?|reflects?|says?|states?|sets? out) (?:{w},? ){0,8}?(?:that|which|who) (?:are|is|were|was|has|have) (?:no longer|not) (?:in place|current|relevant|accurate|true|there|living|open|involved|happening|attending)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // Held later than agreed: "eight weeks after the previous one, not the six weeks
    // agreed".
    (
        r"not (?:within )?the (?:{w} ){0,2}?(?:days?|weeks?|months?) (?:agreed|required|set|expected|planned|specified|the plan sets|the standard sets)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // Nobody saw the child: "no one has spoken to her alone since the conference".
    (
        r"(?:nobody|no one|no-one|no professional|no practitioner|no worker)(?: (?:from|in|at|of) (?:the )?(?:{w} ){0,2}?{w})? (?:had |has |have )?(?:yet |ever |actually )?(?:seen|visited|sighted|spoken to|spoken with|talked to|talked with|met with|met) (?:him|her|them|the (?:child|children|young person|baby)|{w} (?:alone|since|for|in|on his own|on her own))",
        ShortfallKind::NotSeen,
        Subject::Any,
    ),
    // Nothing offered: "no alternative support has been offered", "no other placement
    // was explored".
    (
        r"no (?:{w} ){0,3}?(?:has|have|had|was|were) (?:yet |ever |since )?(?:been )?(?:offered|provided|arranged|put in place|sought|explored|identified|made available|commissioned|booked|scheduled|set up)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // Half done: "father's views were only partially captured".
    (
        r"(?:only |at best )?(?:partially|partly) (?:captured|completed|recorded|addressed|met|reflected|explored|considered|implemented|achieved|evidenced|updated|followed|done|assessed|answered|covered|reviewed|included|shared|understood)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // A person the work should have drawn in, left out: "father remains uninvolved";
    // needs left as they were: "her health needs remain unmet".
    (
        r"(?:remains?|remained|is still|are still|was still|were still|left) (?:largely |entirely |still |wholly |completely )?(?:uninvolved|unassessed|unmet|unallocated|unreviewed|unexplored|unsupported|unconsulted|uncontacted)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // A wait for a service: "Noah has been waiting six months for CAMHS".
    (
        r"(?:(?:has|have|had) (?:now |already )?been waiting|waited|on (?:a|the) waiting list) (?:for )?(?:over |more than |almost |nearly |some |around )?(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|many) (?:months|weeks)|a year|over a year)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // Left undone, told with "neither … nor" or "not … or": "was noted in the minutes and
    // then neither followed up nor discussed with her", "recorded but not shared or acted
    // on", "not picked up in supervision or followed up".
    (
        r"neither (?:been )?(?:followed up|acted on|acted upon|responded to|escalated|investigated|actioned|addressed|picked up|taken up|passed on) (?:{w} ){0,4}?nor|neither (?:been )?(?:{w} ){1,5}?nor (?:{w} )?(?:followed up|acted on|acted upon|responded to|escalated|investigated|actioned|addressed|picked up|taken up|passed on)|not (?:been )?(?:{w} )?(?:shared|passed on|picked up|taken up|discussed|recorded|recognised|reported|explored|considered|escalated|challenged)(?: (?:{w} ){0,4}?)? (?:or|nor) (?:{w} )?(?:acted on|acted upon|followed up|responded to|escalated|investigated|actioned|addressed|picked up|passed on)",
        ShortfallKind::NotActedOn,
        Subject::Any,
    ),
    (
        r"neither (?:been )?(?:{w} )?(?:discussed|shared|explored|reported|recorded|recognised|assessed|considered|challenged|questioned|seen|visited|told|asked|informed|consulted|invited|involved) (?:{w} ){0,4}?nor",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // Held later than it should have been: "took place a month later than it should have".
    (
        r"(?:a week|a fortnight|a month|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|\d+) (?:working )?(?:days?|weeks?|months?)|weeks|months) (?:later|after) than (?:it|they|this|that|she|he|the \w+) (?:should|ought to|was meant to|were meant to) (?:have|be|had)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // Something owed to the child or family not given: "he has not yet received his health
    // passport".
    (
        r"(?:has|have|had){not} (?:yet |ever |since )?(?:received|been given|been sent|been offered|been provided with|got) (?:a |an |any |his |her |their |the )?(?:{w} )?(?:copy|copies|passport|plan|letter|summary|assessment|report|minutes|information|support|service|appointment|sessions?|visit|review|allowance|grant|documents?)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // Errors of record: "his name is misspelt in two review records".
    (
        r"misspelt|misspelled|mis-spelt|misgendered|wrongly (?:named|spelt|spelled|recorded|dated)|(?:named|spelt|spelled|recorded|dated) (?:wrongly|incorrectly)|(?:the )?wrong (?:name|surname|date of birth|dob|address|gender|pronouns|school|child['’]s name|date|time|venue)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // Authority missing: "the absence of any management sign-off on her plan".
    (
        r"(?:absence|lack) of (?:any |a |an )?(?:{w} ){0,2}?(?:sign-off|sign off|signature|authorisation|authorization|countersignature|approval)|(?:is|are|was|were|has been|have been|had been|remains?|remained) (?:still )?(?:unauthorised|unauthorized|unapproved|not (?:yet )?(?:authorised|authorized|approved|signed off|countersigned))",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // Hedged: "the analysis is not always clear", "his view is less evident", "spoken to
    // only by telephone", "noted but not explored".
    (
        r"(?:is|are|was|were|has been|have been){not} (?:always |consistently |yet |fully |sufficiently |entirely |wholly )+(?:clear|evident|explicit|visible|consistent|detailed|timely|reflective|analytical|child-focused|child-centred|purposeful|specific|up to date|up-to-date)|(?:is|are|was|were) (?:much |far |rather |somewhat )?less (?:evident|clear|visible|developed|consistent|explicit|robust)|only (?:by|over|on the) (?:tele)?phone|only by (?:email|text|letter)|(?:noted|recorded|logged|acknowledged|mentioned|listed) but not (?:explored|followed up|acted on|addressed|considered|analysed|analyzed|discussed|weighed|tested)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // Room to do better, told of the work itself: "the analysis could be more concise".
    (
        r"(?:could|should) (?:be|have been) (?:much |a little |a bit |slightly |far |even )?(?:more [a-z-]+|clearer|sharper|stronger|tighter|shorter|better|fuller)",
        ShortfallKind::Recording,
        Subject::Practice,
    ),
    // Nobody did it, told with any verb: "nobody invited him to the meeting", "no one from
    // children's services has yet met Precious" (a verb of seeing makes it the child not
    // seen).
    (
        r"(?:nobody|no one|no-one)(?: (?:from|in|at|of) (?:the )?(?:{w} ){0,2}?{w})? (?:had |has |have )?(?:yet |ever |actually |then |since )?(?:invited|offered|told|informed|asked|contacted|consulted|explained|rang|rung|phoned|called|wrote to|written to|sent|gave|given|shared|arranged|booked|checked|followed up|chased|met|seen|visited)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // No answer came: "she wrote twice and heard nothing back", "the file holds no reply to
    // either call".
    (
        r"(?:heard|had|got|received|has had|have had) (?:nothing|no (?:reply|response|answer|call back|callback|feedback|acknowledgement))(?: back)?|(?:holds?|held|has|had|shows?|showed|contains?|contained|records?|recorded) no (?:{w} )?(?:reply|replies|response|responses|answer|follow-up|follow up|call back|callback)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // What the file shows none of: "shows no police check, no conversation with the partner
    // and no change to the plan".
    (
        r"(?:shows?|showed|holds?|held|records?|recorded|contains?|contained|evidences?|evidenced) no (?:{w} )?(?:checks?|conversations?|discussions?|changes?|visits?|actions?|referrals?|enquiry|enquiries|contact|follow-up|consultation|liaison|agreement|decision|rationale)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // A meeting or step that did not happen: "the review meeting set for August has not
    // happened"; work that stopped: "mother's drug testing has stopped".
    (
        r"(?:has|have|had|did){not} (?:yet |ever |since )?(?:happen|happened|take place|taken place|go ahead|gone ahead)|(?:testing|visits|visiting|sessions|support|direct work|monitoring|supervision|contact|work|meetings|core groups) (?:has|have|had) (?:since |then |now |simply )?(?:stopped|ceased|fallen away|dropped off|tailed off|petered out)",
        ShortfallKind::NotDone,
        Subject::Practice,
    ),
    // Nothing changed for months: "five months on, nothing about his life at home has
    // changed".
    (
        r"(?:weeks|months|a year|years) (?:on|later),? (?:very )?(?:little|nothing) (?:{w} ){0,6}?(?:has|have|had) (?:really |yet )?(?:changed|moved|improved|progressed|happened)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // Without a school place or a home for months: "has had no school place since his
    // exclusion in June".
    (
        r"(?:has|have|had) (?:had |been )?(?:no|without an?|without any) (?:{w} )?(?:school place|school|education|education provision|tuition|placement|home|accommodation|allocated worker|social worker|worker) (?:since|for (?:over |more than |almost |nearly )?(?:{w} )?(?:weeks|months|a year|terms?))",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // A referral nobody has a record of: "CAMHS have no record of a referral".
    (
        r"(?:has|have|had|holds?|held) no record of (?:a |an |any |the )?(?:{w} )?(?:referral|request|application|assessment|contact)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // Nobody did it: "nobody told them who to call while the worker was on leave".
    (
        r"(?:nobody|no one|no-one) (?:had |has |ever )?(?:told|informed|explained|asked|contacted|visited|offered|checked|called|rang|phoned|followed up|responded|replied|chased|updated|consulted)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // Long in the doing: "the ASF application took eleven weeks to submit", "the
    // assessment did not start until September", "its targets were copied from the
    // previous term".
    (
        r"took (?:over |more than |almost |nearly )?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|many) )?(?:weeks?|months?) (?:to|before) ",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    (
        r"(?:copied|cut and pasted|cut-and-pasted|carried over|lifted) (?:word for word |wholesale |unchanged |straight )?from (?:the |a |an |her |his |their )?(?:previous|last|earlier|old|prior|sibling|other)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // Left off or out: "CAMHS were left off the invitation list", "the minutes cannot be
    // found on the file".
    (
        r"(?:was|were|has been|have been|had been|is|are) (?:also )?(?:left (?:off|out)|missed (?:off|out)|overlooked|omitted)|(?:cannot|can't|could not|couldn't|can{not}) be (?:found|located|traced)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // Any practice event that did not happen, told in the passive of any regular verb
    // ("the family network plan has not been changed since…", "the decision was not
    // countersigned"); a verb whose negation is praise ("was not delayed") is left to
    // [`GOOD_WHEN_NEGATED`].
    (
        r"(?:has|have|had|is|are|was|were)(?: also| still)?{not} (?:yet |always |consistently |fully |routinely |regularly |clearly |properly |formally |ever |once |adequately |meaningfully |sufficiently |directly |explicitly |specifically )*(?:been )?(?:yet |always |consistently |fully |routinely |regularly |clearly |properly |formally |ever |once |adequately |meaningfully |sufficiently |directly |explicitly |specifically )*(?:[a-z]+ed|given|taken|shown|brought|kept|found|put|set|read|paid|built|drawn|chosen|spent|run|got|gotten|understood)",
        ShortfallKind::NotDone,
        Subject::Practice,
    ),
    // The same for anyone's part told in the passive ("father's new partner was not
    // asked", "mother was not given a copy"): a step the service did not take. Not the
    // perfect of an active verb ("mother has not engaged"), and not a state ("was not
    // interested", in [`GOOD_WHEN_NEGATED`]).
    (
        r"(?:(?:has|have|had)(?: also| still)?{not} (?:yet |always |consistently |fully |routinely |regularly |clearly |properly |formally |ever |once |adequately |meaningfully |sufficiently |directly |explicitly |specifically )*been|(?:is|are|was|were)(?: also| still)?{not}) (?:yet |always |consistently |fully |routinely |regularly |clearly |properly |formally |ever |once |adequately |meaningfully |sufficiently |directly |explicitly |specifically )*(?:[a-z]+ed|given|taken|shown|brought|kept|found|put|set|read|paid|built|drawn|chosen|spent|run|got|gotten|understood)",
        ShortfallKind::NotDone,
        Subject::NotAdult,
    ),
    (
        r"(?:still|continues? to) (?:names?|lists?|refers? to|shows?|records?|describes?|includes?|gives?|holds?|reflects?) (?:{w} ){0,3}?(?:old|previous|former|past|earlier|out-of-date|outdated)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    (
        r"(?:would|could|should|might) have (?:been (?:helpful|useful|better|beneficial|good practice|expected|appropriate|strengthened|improved|enhanced|good to (?:see|have)|nice to see|preferable|ideal)|benefited|benefitted|helped|strengthened|improved|added)|would benefit from|needs? (?:to be )?(?:updated|updating|reviewed|revisiting|revisited|strengthening|strengthened|reviewing|completing|completed)|requires? (?:updating|reviewing|strengthening)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // Shortcomings told through what happened and when.
    // A meeting held after it was due: "The review due in August took place on 29 September".
    (
        r"(?:due|set|planned|scheduled|booked) (?:for|in|on|by) (?:{w} ){1,3}?(?:{w},? ){0,10}?(?:took place|was held|were held|went ahead|reconvened|was reconvened|happened) (?:on|in) ",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // "The review conference set for 30 July was stood down", "the dental appointment set in
    // the plan for July was missed".
    (
        r"(?:visits?|sessions?|meetings?|reviews?|supervisions?|core groups?|conferences?|appointments?|hearings?) (?:{w} ){1,6}?(?:were|was|have been|has been|had been) (?:repeatedly |often |frequently )?(?:cancelled|missed|postponed|rescheduled|stood down|deferred|put back)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // A record that still says what is no longer so: "still describes Zak as living with his
    // father, although he moved in August", "still lists the summer play scheme as a
    // current action".
    (
        r"(?:still|continues? to) (?:names?|lists?|shows?|records?|describes?|says|gives?|has) (?:{w},? ){0,8}?(?:although|even though|though|despite)|(?:still|continues? to) (?:names?|lists?|shows?|records?|describes?|includes?) (?:{w} ){1,8}?as (?:an? |the )?(?:current|active|live|open|ongoing|present)\b",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // "No case note, strategy discussion or contact with the family is recorded".
    (
        r"no (?:{w},? ){0,8}?(?:case notes?|strategy discussion|strategy meeting|contact|visit|visits|assessment|plan|referral|response|action|discussion|follow[- ]up|supervision|direct work)(?: {w}){0,6}? (?:is|are|was|were|has been|have been|had been) (?:yet )?recorded",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // "took place on 9 October, three weeks after it was due".
    (
        r"(?:days?|weeks?|months?) (?:after|later than) (?:it|they|this|that|the (?:{w} ){0,2}?{w}) (?:was|were|had been|fell|became) due",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // A document past its due date and still unfinished: "due to be finished by 30
    // September, is still in draft", "its timescale fell on 14 August, and it remains open".
    (
        r"(?:due|timescale|deadline|target date)\b[^.;]{0,100}?(?:is|are|was|were|remains?|remained) (?:still )?(?:in draft|a draft|unsigned|unfinished|incomplete|not (?:yet )?(?:finished|complete|completed|signed|signed off|authorised)|(?:still )?open (?:on|in) (?:the )?(?:system|file|record|records))|(?:due|timescale|deadline|target date)\b[^.;]{0,100}?(?:is|are|was|were|remains?|remained) still open",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // Actions "all still shown as outstanding".
    (
        r"(?:still|remain|remains) (?:shown|recorded|listed|marked) as (?:outstanding|open|incomplete|not started|not done)",
        ShortfallKind::DelayOrDrift,
        Subject::Any,
    ),
    // Someone or something left out of the record: "does not appear in the family network
    // meeting notes or on the genogram".
    (
        r"(?:does|do|did){not} (?:appear|feature) (?:in|on) (?:(?:the |any |her |his |their )?(?:{w} ){0,4}?(?:notes|minutes|genogram|plan|assessment|chronology|record|records|file|report|summary)|it\b|them\b)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // "The other three sets of minutes are unsent": a record left undone. Last, so that a
    // reading of the same words above wins.
    (
        r"(?:is|are|was|were|remains?|remained|has been|have been|lie|lies|lay|sit|sits|sat) (?:still )?(?:unsent|unsigned|uncirculated|unwritten|unrecorded|unfiled|unanswered|unread)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // Read after the fuller readings above, so that theirs win where both match.
    // "There has been no Team Around the Family meeting since June": a step of practice
    // not taken for months (a visit so told is the child not seen).
    (
        r"there (?:has|have) been no (?:{w} ){0,5}?(?:meetings?|visits?|reviews?|supervisions?|core groups?|conferences?|sessions?|updates?) (?:since|for (?:the (?:last|past) )?(?:over |more than |nearly |almost )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many) (?:weeks|months))",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // "Nothing on the file sets out how she will manage": a gap in the plan or record.
    (
        r"nothing (?:on|in) (?:the |his |her |their )?(?:file|record|records|plan|case notes?|chronology) (?:sets? out|says|explains|describes|records|addresses) (?:how|what|when|who|whether|why|where)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // "Ruby's dad … was not part of the assessment": a parent left out of the work, which
    // is practice's omission, whoever the subject.
    (
        r"(?:was|were|has|have|had)(?: been)?{not} (?:been )?(?:part of|included in|involved in|consulted (?:on|about|during|for)|invited to|spoken to (?:as part of|during|for)) (?:the |her |his |their |this |any )?(?:{w} )?(?:assessment|plan|planning|review|meeting|conference|core group|enquiry|enquiries)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // An audit tool's compliance line answered against the standard: "PEP: out of date",
    // "Direct work: none", "Father included: No", "Child seen: no".
    (
        r"(?:{practice}|pep|peps|seen alone|seen|included|involved|sign-off|signed off|views|rhis?)(?: {w}){0,2}?: (?:no|none|nil|not (?:done|held|completed|recorded|seen|evident|on file|updated|in date|in timescale)|out of date|overdue|missing|expired|late)\b",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // "there is no IRO midway check recorded".
    (
        r"no (?:{w} ){0,3}?(?:checks?|discussions?|consultations?|midway reviews?) (?:is |was |has been |have been )?(?:recorded|on (?:the )?file|documented|evidenced|noted)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // Shortcomings told softly, as auditors write them when they would rather not sound
    // critical: late "rather later than would have been ideal", "took a good deal longer
    // than the PLO letter anticipated", "was gathered rather late", "some weeks after the
    // date the review had agreed".
    (
        r"(?:rather|somewhat|a little|a bit|slightly|quite|much|a good deal|a great deal|considerably|significantly|far|well|too) (?:later|longer) than (?:would have been (?:ideal|expected|helpful|best|wanted|hoped)|(?:was |had been |were )?(?:ideal|expected|anticipated|planned|intended|agreed|hoped|needed|required|necessary|envisaged|set out|allowed|timetabled))|took (?:{w} ){0,3}?longer than (?:{w} ){0,4}?(?:anticipated|expected|planned|intended|agreed|allowed|envisaged|set out|timetabled|required|needed|it should|they should)|(?:{participle}) (?:{w} )?(?:rather|too|a little|somewhat|quite|relatively|comparatively|fairly) late|(?:days|weeks|months) after the date (?:{w} ){0,4}?(?:agreed|set|planned|recommended|required|given|requested)",
        ShortfallKind::DelayOrDrift,
        Subject::NotFamily,
    ),
    // Work that thinned out or fell behind: "direct work thinned out over the summer", "the
    // chronology has not quite kept pace with events".
    (
        r"(?:thinned|tailed|petered|trailed) (?:out|off|away)|(?:has|have|had){not} (?:quite |fully |always |really |yet )?kept (?:pace|up) with",
        ShortfallKind::DelayOrDrift,
        Subject::NotFamily,
    ),
    // Thin in the record, told softly: "his own words appear only sparingly", "dad's voice
    // was less well represented", "decisions a little light on rationale", "the GP's view is
    // hard to find anywhere in the file", "it is harder to see where the work is heading".
    (
        r"(?:appears?|appeared|features?|featured|recorded|heard|captured|evident|visible|present) only (?:sparingly|rarely|occasionally|fleetingly|briefly|intermittently|in passing)|(?:less|not as|not so|poorly|thinly|under-?) (?:well |fully |clearly )?represented|(?:a little |rather |somewhat |quite |very |too |fairly |a bit )?light on (?:rationale|analysis|detail|evidence|reflection|reasoning|(?:{w} ){0,2}?(?:views|voice|wishes))|(?:hard|harder|difficult|not easy) to (?:find|trace|locate) (?:anywhere )?(?:in|on) the (?:file|record|records|case notes?|system|chronology)|(?:hard|harder|difficult|not easy) to (?:see|tell|trace|follow|work out) (?:from the (?:file|record|records|case notes?) )?(?:where|how|what|why|whether|when) (?:the )?(?:work|plan|planning|case|decision|decisions|intervention)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // Steps that could have been taken, and work left to a parent: "could also usefully
    // have been picked up", "there was room for minutes to be circulated more quickly",
    // "contact with him was left largely to mum to arrange".
    (
        r"could (?:also |perhaps |usefully |helpfully |still )*have been (?:picked up|followed up|done|completed|made|held|shared|sought|explored|considered|recorded|included|involved|updated|reviewed|revisited|addressed|challenged|progressed|actioned|arranged|offered|gathered|obtained|captured|used|visited|consulted|invited|referred)|(?:room|scope) (?:for|to) (?:{w} ){0,6}?(?:more (?:quickly|promptly|swiftly|consistently|regularly|often|frequently)|sooner|earlier|faster)|left (?:largely |mostly |entirely |wholly |partly )?(?:to|with) (?:the )?(?:mum|mother|dad|father|parents?|family|carers?|(?:her|his|their) (?:mum|mother|dad|father|parents?|carers?)) to (?:arrange|organise|sort|manage|chase|follow up|set up)|left (?:largely |mostly |entirely |wholly )?(?:to|with) (?:the )?(?:family|parents?|mum|mother|dad|father|carers?),? (?:which|and this|and that) (?:slowed|delayed|held up|set back)",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // Late told as "not until": "the letter before proceedings did not go out until the end
    // of September", "was not allocated until March".
    (
        r"(?:did|was|were|had|has|have){not} (?:been )?(?:go out|gone out|went out|happen|happened|take place|taken place|start|started|begin|begun|sent|held|completed|made|arranged|convened|issued|filed|allocated|received|seen|visited|done|written|shared|agreed|authorised|signed off) until",
        ShortfallKind::DelayOrDrift,
        Subject::NotFamily,
    ),
    // Tasks copied on without comment, and a record older than the plan it serves: "copied
    // forward to September with no comment", "the direction predates the current plan".
    (
        r"(?:copied|carried|rolled) (?:forward|over|across) (?:{w} ){0,4}?(?:with no|without (?:any |a )?) ?(?:comment|update|change|progress|review|explanation)|(?:predates|pre-dates|predated|pre-dated) the (?:current|latest|new|present|revised) (?:{w} ){0,3}?(?:plan|assessment|review|order|arrangements?)",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // "Neither change included a handover visit"; "the care plan as filed left out the
    // revised arrangements".
    (
        r"neither (?:of the )?(?:{w} )?(?:{practice}|change|changes|transfer|transfers|move|moves|handover|handovers)(?: of (?:the )?(?:{w} )?{w})? (?:included|involved|had|contained|recorded|came with|led to|resulted in)|(?:left|leaves|leaving) out (?:the |any |her |his |their |all )",
        ShortfallKind::NotDone,
        Subject::NotFamily,
    ),
    // The auditor could not find what should be there: "I could not find any record of this
    // being followed up or shared with police" (a concern not acted on), "I have not been
    // able to locate a child protection plan" (no plan), "I couldn't find the school's
    // contribution on file", "I could not quite see that the school nurse has been invited".
    (
        r"(?:i|we) (?:also |still |just )?(?:(?:could|can|did){not}|(?:have|has){not} been able to) (?:quite |readily |easily )?(?:find|see|locate|trace|identify) (?:any |a )?(?:record|evidence|note|sign|trace|mention) (?:on (?:the )?file )?(?:of|that) (?:this|it|that|the (?:{w} ){0,2}?(?:concern|concerns|referral|email|report|disclosure|allegation|information|call|notification)) (?:being |having been |was |had been |were |has been )?(?:followed up|acted on|actioned|responded to|passed on|shared|discussed|escalated|referred|picked up)",
        ShortfallKind::NotActedOn,
        Subject::Any,
    ),
    (
        r"(?:i|we) (?:also |still |just )?(?:(?:could|can|did){not}|(?:have|has){not} been able to) (?:quite |readily |easily )?(?:find|see|locate|trace|identify) (?:a|an|any) (?:{w} ){0,3}?(?:plan|assessment)\b",
        ShortfallKind::NoAssessmentOrPlan,
        Subject::Any,
    ),
    (
        r"(?:i|we) (?:also |still |just )?(?:(?:(?:could|can){not}|(?:have|has){not} been able to) (?:quite |readily |easily )?(?:find|locate|trace|see (?:that|whether|how|where|when|any (?:record|evidence|note|mention|sign)|(?:his|her|their|the|a|an) (?:{w} ){0,2}?(?:views?|voice|wishes|plan|assessment|record|contribution|minutes|report|chronology|rationale)))|did{not} (?:find|locate|trace)) ",
        ShortfallKind::Recording,
        Subject::Any,
    ),
    // "The only thing missing is a genogram"; "the most recent assessment is still sitting
    // unauthorised on the system"; "the IRO's midway check in August was missed"; "the
    // referral agreed in July went off late".
    (
        r"the (?:one|only|single) (?:thing|element|gap|piece|part|omission|document)s? (?:missing|lacking|absent|not (?:yet )?(?:done|in place|on file))|(?:is|are|was|were|remains?) (?:still )?(?:sitting |lying |left )?(?:unauthorised|unauthorized|unsigned|unapproved|awaiting (?:authorisation|authorization|sign-off|approval))|(?:check|visit|visits|review|reviews|supervision|core group|session|sessions|meeting) (?:{w} ){0,3}?(?:was|were|has been|have been|had been) missed|(?:went|gone|sent|goes|go) (?:off |out |in )?late\b",
        ShortfallKind::NotDone,
        Subject::Any,
    ),
    // "the new version did not reach her school for five weeks".
    (
        r"(?:did|had|has|have|was|were){not} (?:reach|arrive|get to|go out|come through|happen|start|take place)(?: {w}){0,3}? for (?:over |more than |nearly |almost )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|many) (?:days|weeks|months)",
        ShortfallKind::DelayOrDrift,
        Subject::NotFamily,
    ),
    // "there is no note of Maisie (4) being seen at home".
    (
        r"no (?:note|record|entry|evidence|mention) (?:on (?:the )?file )?of (?:{w} ){1,3}?(?:\(\d+\) )?being (?:seen|visited|spoken (?:to|with))",
        ShortfallKind::NotSeen,
        Subject::Any,
    ),
    // Last, so that the readings above win where they match: note form, with no
    // auxiliary: "Kacper (9) not seen alone at any point", "school not
    // asked for a contribution", "parallel planning not started". The verbs notes use,
    // not all of `{participle}`: the whole list made a one-audit check 0.9 M
    // instructions dearer for the same reading of every corpus and held-out case.
    (
        r"not (?:yet |ever |once )?(?:seen|visited|started|begun|completed|finished|asked|explored|considered|recorded|sought|updated|reviewed|revised|held|done|shared|followed up|actioned|allocated|assessed|contacted|invited|consulted|involved|offered|arranged|made|sent|written|signed off|authorised|escalated|referred|addressed|picked up|checked|heard|captured|evidenced|progressed)",
        ShortfallKind::NotDone,
        Subject::NotAdult,
    ),
];

/// Praise in the shape of a shortcoming ("did not hesitate", "no drift"): matches that
/// overlap one of these are not shortcomings.
pub const PRAISE_PATTERNS: &[&str] = &[
    // "No standard direct-work tool was imposed on Darius": pressure denied.
    r"(?:no|not|never|nothing)(?: {w}){0,4}? (?:imposed|forced|rushed|pressured|pressurised|hurried|coerced)",
    // A compliance line that finds no fault: "Drift: none", "Delay: none identified".
    r"(?:drift|delays?|slippage|gaps?|missed visits?|cancellations?):? (?:none|nil|no|n/a|not (?:identified|evident|seen|found)|none (?:identified|evident|noted|seen|found))",
    // "has seen her every month, not once missing a planned visit".
    r"(?:not once|never once|without once) (?:missing|missed|cancelling|cancelled|being late|late for|failing to (?:visit|see|attend))",
    // "There has been no drift or delay": a list of faults denied together (first, so that
    // it wins over the shorter "no drift").
    r"no (?:drift|delay|delays|slippage|gaps?)(?:,? (?:or|and|nor) (?:any )?(?:drift|delay|delays|slippage|gaps?|missed visits?|cancellations?))+",
    // "There is no sign of drift or delay".
    r"no (?:sign|signs|evidence|indication|hint|trace) of (?:any )?(?:drift|delay|delays|slippage)(?:,? (?:or|and|nor) (?:any )?(?:drift|delay|delays|slippage))*",
    // "No concern raised by school has gone unanswered": a failure denied of every one
    // (first, so that it wins over the shorter "no concern").
    r"(?:no|not one|not a single|none of the|neither) (?:{w} ){1,10}?(?:has|have|had|was|were|is|are) (?:ever |yet )?(?:gone|been left|remained|left|been) (?:unanswered|unaddressed|unactioned|ignored|unchallenged|unassessed|unexplained|unclear|unsure|unrecorded|uninformed|out|behind|waiting|without (?:a |any )?(?:response|reply|follow-up|action|explanation|reasons?))",
    // A step that was not needed: "No age assessment was needed", "a CAMHS referral was
    // therefore not required", "only one home visit was needed", "nothing suggested a need
    // to revisit the threshold". First, so that it wins over the shorter "no physical
    // intervention" where both start.
    r"no (?:{w} ){1,3}?(?:was|were|has been|have been|had been|is|are) (?:{w} )?(?:needed|required|necessary|warranted|indicated)|(?:is|are|was|were|has been|have been)(?: therefore| thus| so| then| also| ever)?{not} (?:needed|required|necessary|warranted|indicated)|only (?:one|a single|two|three|{w}) (?:{w} ){0,2}?(?:was|were) (?:needed|required|necessary)|(?:nothing|no {w}) (?:suggested|indicated|pointed to|showed) (?:a |any )?need(?: (?:for|to) (?:a |an |any |the )?(?:further |second |new )?{w})?|no (?:further )?need (?:for|to)",
    // "These are minor gaps in otherwise strong work": the shortcomings already told,
    // summed up, not another; "no further domestic abuse incidents".
    r"(?:these|this|they|both|which|that) (?:are|is|were|was) (?:only |both )?(?:minor|small|slight|isolated|the only) (?:{w} )?(?:gaps?|shortcomings?|issues?|lapses?|omissions?|weaknesses?)|no further (?:{w} ){0,2}?(?:incidents?|episodes?|concerns?|call-?outs?|arrests?|exclusions?|admissions?|referrals?)",
    // "was not afraid to challenge", "does not shy away from difficult conversations",
    // "is no longer worried about changing school", "not one visit has fallen outside
    // timescale".
    r"(?:is|are|was|were|has been|have been){not} (?:afraid|frightened|scared) to {w}|(?:does|do|did|has|have|had){not} (?:shy|shied|shrink|shrank|flinch|flinched|back) (?:away )?from|no longer (?:{w} )?(?:worried|anxious|frightened|scared|afraid|fearful|at risk|needs?|requires?)|(?:not one|not a single|none of the|no) (?:{w} ){0,3}?(?:has|have|was|were|had) (?:fallen|been|gone|slipped) (?:outside|out of|beyond|past|over) (?:the |its |their )?(?:{w} )?(?:timescales?|timeframes?|time)",
    r"(?:did|does|do|has|have|had|is|are|was|were){not} (?:once |ever |been )*(?:hesitate\w*|miss|missed|fail|failed|waver\w*|delay|delayed|stop|stopped|give up|lose|lost|drift|drifted|need|needed|require|required|necessary|warranted|indicated|cancel|cancelled|late|overdue|pose|posed|lapse|lapsed|slip|slipped)",
    r"never (?:once )?(?:been )?(?:missed|failed|delayed|cancelled|hesitated|late|lost|drifted|slipped|lapsed|overdue|out of date|out-of-date|behind)",
    r"no (?:drift|delay|delays|gaps?|missed|cancelled|slippage|issues?|worries|need|further action|further concerns|further incidents|concerns?|problems?|difficulties|exclusions?|suspensions?|incidents?|missing episodes?|episodes?|arrests?|admissions?|placement moves?|complaints?|(?:police )?call-?outs?|physical interventions?|restraints?|absences?|breakdowns?)",
    // "no visit missed in six months".
    r"no (?:{w} )?(?:visits?|sessions?|reviews?|meetings?|appointments?|contacts?) (?:missed|cancelled|late|lost|overdue|out of timescale)",
    // "with no disruption to her schooling", not a "disruption meeting" that was not held.
    r"no (?:further )?disruptions?(?: (?:to|in|at|of|for|since|during|and|or|from)\b|[.,;)]|$)",
    // "Not once has a visit been cancelled", "not once does an action roll over"; "the
    // worker was not deterred".
    r"not once (?:{w},? ){0,8}?(?:cancel\w*|miss\w*|slip\w*|late|roll\w* over|lapse\w*|gaps?|drift\w*|delay\w*|overdue|lost|forgotten|postponed)|(?:is|are|was|were|has been|have been){not} (?:deterred|put off|discouraged|daunted|derailed)",
    r"without (?:any |a |a single |an )?(?:delay|drift|gaps?|break|interruption)",
    // "Nothing in it is generic or carried over from earlier plans": a fault denied.
    r"(?:nothing|none) (?:{w},? ){0,6}?(?:is|are|was|were|has been|have been) (?:{w} ){0,3}?(?:copied|cut and pasted|cut-and-pasted|carried over|lifted)",
    // "Nobody was left off the invitation list", "no part of the assessment appears
    // rushed": a fault denied of everyone, or of every part.
    r"(?:no|not one|not a single|none of the|nobody|no one|no-one) (?:{w} ){0,4}?(?:was|were|is|are|has been|have been|had been) (?:ever )?(?:left (?:off|out)|missed (?:off|out)|overlooked|omitted|forgotten|excluded)|(?:no (?:part|aspect|element|stage|section|step|area) of (?:{w} ){0,4}?|nothing (?:(?:in|about) (?:{w} ){0,4}?)?)(?:appears?|appeared|seems?|seemed|looks?|looked|felt|feels|was|is|were|are) (?:to (?:be|have been) )?(?:rushed|hurried|late|delayed|overlooked|incomplete|missed|generic|superficial|out of date|out-of-date|tokenistic)",
    // "Not once has a partner's concern gone without a response", "nothing in the plan has
    // slipped": a fault denied of every one.
    r"not once (?:has|have|had|was|were|is|are|did) (?:{w} ){1,8}?(?:gone|been left|remained|left|been|gone) (?:unanswered|unaddressed|unactioned|ignored|unchallenged|unrecorded|without (?:a |any )?(?:response|reply|follow-up|action|explanation|reasons?|rationale))|(?:nothing|none) (?:(?:in|of|on) (?:{w} ){1,4}?)?(?:has|have|had) (?:ever |yet )?(?:slipped|drifted|lapsed|been missed|been lost|gone wrong|been overlooked|fallen behind)",
    // "each record sets out … clear next steps", "accepted without asking for further
    // assessment", "two missing episodes in July and none since": strengths told in the
    // words of a hedge.
    r"(?:clear|agreed|specific|concrete|realistic|timely|smart) (?:and (?:{w} ))?next steps?|without (?:asking for|the need for|needing|requiring|requesting|a request for) (?:any )?further|(?:episodes?|incidents?|exclusions?|suspensions?|arrests?|admissions?|call-?outs?)(?: in {w}(?: \d+)?)?,? (?:and|with|but) none since",
    // "…seen alone at every statutory visit, none of which fell outside timescale", "so
    // that Nadia is never asked the same question twice": a fault denied.
    r"none of (?:which|them|these|those|the (?:{w} ){0,2}?{w}) (?:has |have |had |was |were )?(?:fell|fallen|went|gone|slipped|ran|run|been) (?:outside|out of|beyond|past|over|late)|never (?:{w} ){0,3}?(?:asked|made|has to|had to|needs to|needed to|have to) (?:{w} ){0,4}?(?:twice|again|the same (?:question|questions|thing|things|story))",
    // "Alfie's speech delay", "global developmental delay": a child's condition, not a
    // delay in the work; "early but real signs of change", "modest gains, but they are
    // consistent": a strength qualified, then affirmed.
    r"(?:speech|language|speech and language|developmental|global developmental|motor|communication|cognitive|learning|growth) delays?|(?:early|small|modest|slow|gradual|tentative|fragile|limited|partial|quiet),? but (?:real|genuine|steady|consistent|clear|sustained|important|meaningful|significant|encouraging|positive)|but (?:they|these|this|it|that) (?:are|is|have been|has been|were|was) (?:real|genuine|steady|consistent|sustained|meaningful|important|encouraging|clear)",
    // "Her heritage is not treated as an afterthought": a fault denied.
    r"(?:is|are|was|were|has been|have been){not} (?:{w} )?(?:treated|seen|viewed|regarded|approached|handled|done|used|added) as (?:an? )?(?:afterthought|tick-?box|tokenistic|add-on|formality|extra|box-ticking)",
    // A fault denied of every one: "No decision about her family time has been made without
    // her views being sought", "never leaves a review without knowing what was decided".
    r"(?:no|not one|not a single|none of the) (?:{w} ){0,8}?(?:is|are|was|were|has been|have been|had been|has|have|had|does|do|did|gets?|got) (?:{w} ){0,2}?without|never (?:{w} ){1,6}?without",
    r"(?:no|not (?:a single|one|once)) (?:{w} ){1,5}?(?:was|were|has been|have been|had been) (?:missed|cancelled|late|delayed|overdue|lost|allowed to (?:slip|drift|lapse))",
    r"never (?:once )?(?:lets?|allow(?:s|ed)?|permit(?:s|ted)?) (?:a |any |the |his |her |their )?(?:{w} ){0,2}?(?:to )?(?:slip|drift|lapse)",
    r"not (?:a single|one) (?:{w} ){0,2}?(?:missed|cancelled|late|delayed|overdue|lost|slipped|lapsed)",
    r"(?:did|does|do|has|have|had|was|were){not} (?:meet|met|reach|reached) (?:the )?(?:{w} ){0,2}(?:threshold|criteria)",
    r"(?:avoid|avoided|avoiding|avoids|prevent|prevented|preventing|prevents|minimis\w+|minimiz\w+|reduc\w+) (?:any )?(?:further )?(?:delay|drift)",
    // "Supervision records challenge any drift": oversight that guards against it (not
    // "did not challenge the drift").
    r"(?:challenges|challenging|tackles|tackling|guards against|guarding against|spots|spotting|flags|flagging|picks up on|picking up on) (?:any |early |potential |emerging |signs of )*(?:delay|drift)|(?:challenge|tackle|spot|flag|pick up on|guard against) (?:any|early|potential|emerging) (?:signs of )?(?:delay|drift)",
    r"no (?:evidence|indication|sign|signs|suggestion) (?:of|that) (?:any )?(?:further )?(?:{harmish})",
    r"(?:nothing|none) (?:was |is |has been )?(?:missed|outstanding|overdue|late)",
    // "Nothing in the file suggests that any agency was unclear about its role": a fault
    // denied.
    r"nothing (?:(?:in|on) (?:the )?(?:file|record|records|case notes|minutes) )?(?:suggests?|suggested|indicates?|indicated) (?:that )?(?:{w},? ){0,12}{w}",
    // "No agency has missed a core group, and none has had to chase minutes".
    r"(?:no|not one|not a single|none of the|none) (?:{w} ){0,3}?(?:has|have|had) (?:ever )?(?:missed|had to chase|needed to chase|been late)",
    // "It did not sit in a queue": work that waited for no one.
    r"(?:did|does|do|has|have|had){not} (?:sit|sat|wait|waited|languish|languished|linger|lingered) (?:in|on) (?:a |the |any )?(?:queue|tray|inbox|list|pile)",
    // "No record in the period was written late", "not one visit was cancelled".
    r"(?:no|not one|not a single|none of the) (?:{w} ){0,4}?(?:was|were|is|are|has been|have been) (?:ever )?(?:{w} )?(?:late|overdue|missed|cancelled|delayed|out of date)",
    // "The plan has no vague actions": a fault the work is free of.
    r"(?:has|have|had|with|contains?|contained|holds?|held) no (?:vague|unclear|generic|woolly|unmeasurable|unassigned|undated|unowned|overdue|outstanding|missing) (?:{w} )?(?:actions?|targets?|outcomes?|goals?|tasks?|entries|records?|sections?)",
    // "Not a single entry uses jargon": language the record is free of.
    r"(?:no|not one|not a single|none of the) (?:{w} ){0,3}?(?:uses?|used|contains?|contained|relies on|relied on) (?:any )?(?:jargon|acronyms|abbreviations|deficit language|blaming language|labels)",
    r"(?:there (?:were|was|have been|has been|are|is) )?no (?:missed|cancelled|late|overdue)",
    r"not (?:been )?(?:delayed|missed|cancelled|late|overdue)",
    // "Nursery no longer plan a referral": progress that made a step unneeded.
    r"no longer (?:plan|plans|planned|need|needs|needed|require|requires|required|think|thinks|feel|feels|see|sees) ",
    // "Her parents are not asked to repeat their story": a burden spared.
    r"(?:is|are|was|were|has been|have been){not} (?:being )?(?:asked|made|expected|required|left) to (?:repeat|retell|re-tell|tell (?:it|their story|her story|his story) again|wait|chase)",
    // "No visit record is more than five working days behind": a limit kept, said of each.
    r"no (?:{w} ){0,3}?(?:is|was|are|were|has been|have been|has ever been) (?:ever )?(?:more than|over|longer than) (?:{w} ){0,4}?(?:behind|late|overdue|old|out of date|out-of-date)",
    // "has never seen a health plan this clear": someone's praise, not a child unseen.
    r"(?:(?:has|have|had) ['‘’\x22“]?)?(?:never|not ever) seen (?:such |a better |a more |anything (?:so|as|like) |(?:a|an) (?:{w} ){1,3}?(?:this|so|as|more) )",
    // Something bad that did not happen: "has not been absent from school this term"; "no
    // strategy minutes, review records or management decisions are missing from the file".
    r"(?:has|have|had){not} (?:once |ever )?been (?:absent|excluded|late|missing|arrested)|(?:no|none of the|nothing) (?:{w},? ){0,8}?(?:is|are|was|were|has been|have been) (?:missing|absent|out of date|overdue|late|generic|copied|duplicated|carried over|cut and pasted)",
    // A standard kept, said by what it leaves out: "holds only significant events"; a
    // reasoned choice not to act: "the rationale for not convening a strategy discussion";
    // "evidenced, not assumed"; what a newcomer or colleague could take from the work.
    r"(?:holds|contains|includes|records|lists) only (?:the )?(?:significant|relevant|key|important|essential|necessary)|(?:rationale|reasons?|reasoning|justification) (?:for|behind) not {w}|, not (?:assumed|presumed|guessed|rushed|imposed|reactive|tokenistic)|(?:others|other workers|other practitioners|other social workers|colleagues|the (?:wider )?team|other teams|a new worker|any worker|another worker|someone new) (?:{w} ){0,4}?could (?:learn from|pick up|follow|understand|take over|read)",
    // "is not on a reduced timetable": a child in full-time education.
    r"(?:is|are|was|were|has been|have been){not} (?:on|placed on) (?:a |any )?(?:reduced|part-time|part time|shortened) timetable",
];

/// Harm words for "no evidence of harm" (praise, not a shortcoming).
pub const HARMISH: &str = r"harm\w*|injur\w*|abuse|neglect|risks?|concerns?|drift|delay|drugs?|alcohol|substance\w*|domestic\w*|violen\w*|bruis\w*|missing|exploit\w*|self-harm\w*|worr\w*";

/// Words in front of "plan" or "assessment" in "no up-to-date plan".
pub const PLAN_ADJECTIVES: &str = r"taf|tac|team around the family|team around the child|child and family|c&f|up-to-date|up to date|current|updated|recorded|written|clear|agreed|formal|specific|smart|robust|child protection|cp|cin|child in need|care|pathway|placement|safety|contingency|family|single|holistic|multi-agency|new|documented|effective|meaningful|proper|adequate|sufficient|full|comprehensive|kinship|viability|parenting|risk|revised|interim|signed|initial|protection|support|permanence|transition|education|personal education|training|employment|cohesive|coherent";

/// Context that makes a delay significant: risk left unmanaged while it lasted.
pub const RISK_CONTEXT: &str = r"\b(?:risks?|harm|unsafe|intoxicated|drunk|under the influence|unmanaged|exposed|exposure|unprotected|without protection|danger|deteriorat\w*|in the meantime|in the interim|meanwhile|while\s+(?:[A-Za-z0-9_'’-]+\s+)?(?:remains?|continues?|is\s+still|stays|lives)|unregulated|unsuitable placement|remain(?:ed|s)? (?:at home|in the home|living|with)|continu(?:ed|es|ing) to (?:live|be|have|experience|go|stay)|no (?:safety|protection|protective)|sofa[- ]surf\w*|homeless\w*|sleeping rough|rough sleep\w*|out late|older (?:boys|men|males|young men|peers))\b";

/// Phrases that excuse a missing plan or assessment: it was not needed.
pub const NOT_NEEDED: &str =
    r"\b(?:needed|required|necessary|warranted|indicated|appropriate|requested by)\b";

/// Evaluative statements: the auditor's view of quality, meaning or how the judgement
/// was reached. Any one of these is analysis (E003).
pub const EVALUATIVE: &[&str] = &[
    // What a record or plan does not do for the child: "the plan no longer reflects his
    // situation"; what a piece of work lets the child do: "which makes it something she can
    // use"; work pitched for the child: "written at Evie's level".
    r"(?:no longer|does not|doesn't|doesn’t|cannot|can't|can’t|did not|didn't|didn’t) (?:reflects?|guides?|fits?|matches|match|captures?|describes?) (?:his|her|their|the (?:child|young person)['’]s|{w}['’]s) (?:current )?(?:situation|needs|circumstances|progress|life|wishes|views|risks)",
    r"(?:which|this|that|it) (?:makes?|made) (?:it|them) (?:something|a (?:{w} )?(?:tool|resource|record|book|plan)) (?:she|he|they|the child|the young person|{w}) (?:can|could|will)",
    r"(?:written|pitched|explained|set out|told) at (?:her|his|their|{w}['’]s) (?:own )?level",
    // An expectation held against what happened: "That expectation has not been met".
    r"(?:expectations?|targets?|standards?|timescales?|outcomes?|goals?|aims?|objectives?|actions?) (?:has|have|had|was|were|is|are) (?:not |still not |yet to be |only partly |partly |fully |largely )?(?:been )?(?:met|achieved|reached|realised|delivered)",
    // A short verdict on the facts: "That is real progress", "This is what drives the
    // grade", "Her health needs have been well attended to".
    r"(?:this|that|these|it|which) (?:is|was|are|were|has been|represents?|shows?|showed) (?:a |an )?(?:real|genuine|clear|good|significant|steady|marked|notable|considerable|little|limited|slow|no) (?:progress|improvement|change|difference|shift|achievement|gain)s?|(?:is|was) what (?:drives|drove|informs|informed|underpins|underpinned|explains|explained|supports|supported|justifies|justified) (?:the|this|my) (?:grade|grading|judgement|judgment|rating)|(?:has|have|had) been (?:well|poorly|carefully|properly|fully) (?:attended to|met|looked after|cared for|managed|addressed)",
    // The author's stance and reasoning.
    r"however|although|though|whilst|whereas|despite|nevertheless|nonetheless|notwithstanding|therefore|thus|consequently|as a result|because|so that|meaning that|which meant|which means|in turn",
    r"(?:which|this|that|these|it) (?:is|was|has been|are|were|remains?) (?:\w+ ){0,2}(?:positive|good|helpful|encouraging|reassuring|concerning|a concern|of concern|a worry|worrying|significant|important|a strength|strength|effective|appropriate|proportionate|timely|a gap|a weakness|disappointing|unfortunate|unhelpful|limited|insufficient|good practice|evidence of|in line with|not in line|clear|unclear|notable|welcome|valuable|key|crucial|essential|critical|a missed opportunity)",
    r"(?:which|this|that|these|it) (?:has |have |had )?(?:shaped|informed|guided|changed|improved|made|kept|built|strengthened|weakened|undermined|reduced|increased|helped|enabled|allowed|meant)",
    r"(?:work|sessions?|visits?|plan|support|intervention|meetings?|approach|genogram|chronology|recording|records?|notes|assessment|conversations?|relationship|tools?|review|supervision) (?:has |have |had )?(?:helped|helps|enabled|enables|allowed|allows)|has meant|meant that|led to|leads to|resulted in|made a (?:real |positive |clear )?difference|made it possible|(?:\w+ )?enough (?:to|for)|not enough|sufficient(?:ly)?|on time|in good time|to timescales?|within (?:the )?(?:agreed |statutory |expected |required )?timescales?|, so (?:that |his |her |their |its |the |it |this |he |she |they |i )?",
    r"(?:which|this|that|these|it) (?:shows?|showed|demonstrates?|demonstrated|suggests?|suggested|indicates?|indicated|reflects?|reflected|evidences?|evidenced|means?|meant|supports?|supported|helps?|helped|gives?|gave|enables?|enabled|ensures?|ensured|leaves?|left|led|leads|results?|resulted|reduces?|reduced|increases?|increased|diminish\w*|undermin\w*|limits?|limited|strengthen\w*|weaken\w*|provides?|provided|offers?|offered|allows?|allowed|builds?|built|contributes?|contributed|affects?|affected|impacts?|impacted|matters?)",
    r"(?:shows?|showed|shown|showing|demonstrates?|demonstrated|demonstrating|suggests?|suggested|suggesting|indicates?|indicated|indicating|evidences?|evidencing|illustrates?|illustrated|illustrating|confirms?|confirmed) (?:that|a|an|the|how|good|clear|strong|real|some|little|no|she|he|they|it|this|these|progress|improvement|\w+'s)",
    r"it is (?:clear|unclear|evident|not clear|not evident|positive|encouraging|reassuring|of concern|a concern|concerning|notable|noteworthy|likely|unlikely|difficult|hard|important|disappointing|welcome|good|apparent|not apparent|not known)|it is not clear|it is not evident|it was not clear|it was unclear|it remains unclear",
    r"supports? (?:the|this|a|my) (?:judgement|judgment|grade|grading|rating)|(?:the|this|my|a) (?:judgement|judgment|grade|grading|rating) (?:of|is|was|reflects|has been)|(?:judged|graded|rated) (?:as )?(?:good|outstanding|requires|to require)|in my (?:view|opinion|judgement)|i (?:am|was|found|consider|considered|think|note|noted|would|could|felt|feel|judge|judged)|the auditor (?:notes|noted|found|considers|considered|judges|judged|felt|feels)|on balance|overall|taken together|this means|for (?:the child|the children|the young person|him|her|them) this|the impact",
    r"(?:which|this|that|it) (?:makes?|made|keeps?|kept|puts?|put|brings?|brought|gives?|gave) (?:{w} ){0,3}?(?:more|less|likely|unlikely|harder|easier|better|worse|clearer|safer|stronger|weaker)|(?:more|less) likely|would (?:now |also |really |further )?be (?:strengthened|improved|better|clearer|stronger|helpful|useful|enhanced)|(?:could|can) be (?:strengthened|improved|enhanced)|would (?:now |also |really |further )?(?:strengthen|improve|enhance|help|benefit)",
    r"(?:quality|standard|depth|level of detail) (?:of (?:{w} ){1,3}?)?(?:is|was|are|were|has been|have been|remains?) (?:{w} )?(?:high|good|low|poor|variable|mixed|excellent|strong|weak|consistent|inconsistent|good enough)|(?:progressing|progressed|on track|going) (?:well|to (?:the )?timescales?|to plan|as planned)|on track|to timescales?",
    // "Has not driven the plan forward", "visits have been regular": what practice moved
    // on, and how steadily.
    r"(?:driv\w*|drove|mov\w*|push\w*|tak\w*|took|carr\w*) (?:{w} ){0,3}?forward|(?:ir)?regular(?:ly)?|(?:in)?consistent(?:ly)?",
    // "Unsurprisingly she did not come", "this probably explains her wariness": the
    // author's reading of why things happened.
    // "Stops short of saying what it adds up to", "has not translated into change", "that
    // pattern is what tipped this area": what the facts amount to, and why the grade.
    r"(?:stops?|stopped|stopping|falls?|fell|falling) short|adds? up to|added up to|translat(?:e|es|ed|ing) into|(?:is|was) what (?:tipped|led|moved|made|drove|lifts|lifted|raises|raised|keeps|kept|holds|held|pulls|pulled|takes|took)|(?:tipped|lifts|lifted|raises|raised|pulls|pulled|holds|held|keeps|kept) (?:this|the) (?:area|judgement|judgment|grade|practice|work)",
    // "The plan is working": the auditor's reading of whether it does.
    r"(?:plan|plans|support|intervention|approach|arrangements?|placement|work|strategy) (?:is|are|has been|have been|was|were) (?:clearly |now |not |still )?working",
    // "the joint actions appear to be working", "seems to be helping": a reading offered
    // as a reading.
    r"(?:appears?|appeared|seems?|seemed) to (?:be )?(?:working|helping|paying off|making (?:a|some|no|little) difference)",
    r"(?:un)?surprisingly|understandably|predictably|inevitably|(?:which|this|that|it|probably|likely|largely|partly|may|might|may well|might well|would) explains?|explains? (?:why|how|some|much|most|part|her|his|their)",
    // "Has built a trusting relationship", "rapport": a relationship made is practice's result.
    r"(?:built|building|builds|developed|developing|establish(?:ed|ing)|formed|forming|sustained|sustaining) (?:a |an )?(?:{w} )?(?:relationship|rapport)|rapport|trusting|warm(?:ly)?|openly",
    // "Used well", "chaired very well": a quality said of the practice after its verb.
    r"(?:used|written|recorded|planned|co-?ordinated|evidenced|managed|documented|organised|maintained|attended|supported|captured|analysed|explained|prepared|chaired|structured|presented|understood|handled) (?:(?:very|particularly|really|so|extremely) )?well",
    // Judgement in an adverb or a predicate: "was rightly stepped up", "the analysis is
    // thin", "the plan reads more like a list of services", "would let a new worker grasp
    // her history".
    r"(?:rightly|wrongly|correctly|incorrectly|wisely|sensibly|helpfully|unhelpfully|usefully)|(?:is|are|was|were|remains?|seems?|appears?|looks?) (?:{w} )?(?:thin|sparse|patchy|sketchy|scant|muddled|confused|confusing|hard to follow|easy to follow|jargon-free|well-judged|sound)|reads? (?:more |less |rather |much )?(?:like|as if|as though)|would (?:let|allow|help|enable|tell) (?:a |an |the |any )?(?:{w} ){0,2}?(?:reader|worker|manager|reviewer|practitioner|professional|anyone|someone)",
    // Quality words.
    r"positive(?:ly)?|strengths?|strong(?:ly)?|effective(?:ly)?|ineffective|timely|untimely|good practice|good quality|high[- ]quality|excellent|outstanding|thorough(?:ly)?|robust(?:ly)?|clear(?:ly)?|unclear|detailed|comprehensive|child[- ]centred|child[- ]focused|child[- ]led|meaningful(?:ly)?|purposeful(?:ly)?|thoughtful(?:ly)?|sensitive(?:ly)?|creative(?:ly)?|skil(?:l)?ful(?:ly)?|skilled|appropriate(?:ly)?|inappropriate(?:ly)?|proportionate(?:ly)?|helpful|unhelpful|useful(?:ly)?|insightful|reflective|rigorous(?:ly)?|tenacious(?:ly)?|relentless(?:ly)?|diligent(?:ly)?|conscientious(?:ly)?|proactive(?:ly)?|efficient(?:ly)?|inefficient(?:ly)?|imaginative(?:ly)?|innovative(?:ly)?|inventive(?:ly)?|resourceful(?:ly)?|commendable|encouraging|pleasing|reassuring|valuable|beneficial|benefit(?:ed|ted|s)?|evident|realistic|unrealistic|balanced|unbalanced|ambitious|rich|nuanced|vivid|insight(?:s)?|curious|curiosity|persuasive|convincing|coherent|cohesive|tailored|individualised|holistic|considered|careful(?:ly)?|attentive|responsive|respectful(?:ly)?|empathic|compassionate|strengths?-based|trauma[- ]informed|relational|accurate(?:ly)?|inaccurate|succinct|concise|accessible|child[- ]friendly|age[- ]appropriate|impressive|exemplary|good example|particularly|notably|warmth|persisten(?:ce|t|tly)|determination|determined|commitment|committed|tenacity|sensitivity|protective factors?|risk factors?|doing (?:well|better|worse)|well[- ](?:planned|coordinated|co-ordinated|evidenced|written|judged|considered|timed|focused|managed|documented|recorded|structured|established|sequenced|reasoned|argued|informed|targeted|attuned|matched)",
    r"(?:a |of |cause for |causes? |caused |raises? |raised )concern|concerning|worrying|limited|insufficient|inadequate|weak(?:ness|nesses|ly)?|gaps?|drift(?:ed|ing)?|lack(?:s|ing| of)|unfortunately|regrettabl[ey]|disappointing|missed opportunit\w*|diminish(?:ed|es|ing)?|undermin(?:ed|es|ing)|compromis(?:ed|es|ing)|shortfalls?|shortcomings?|deficits?|superficial|generic|vague|descriptive|task[- ]focused|adult[- ]focused|not (?:yet )?(?:smart|specific|robust|sufficient|child[- ]centred|evident|clear)|out of date|out-of-date|too (?:broad|brief|long|slow|late|little)|(?:would|could|should) have been (?:better|helpful|stronger|clearer)|would benefit|would have benefit\w*",
];

/// Words that show the evidence is not wholly positive: a contrast, a hedge, a negative.
pub const HEDGES: &str = r"\b(?:next steps?|going forward|moving forward|to (?:make|ensure|develop|strengthen|improve|embed|sharpen|tighten|focus|build|address|include|add)|however|but|although|though|whilst|whereas|despite|yet|only|not|no|never|nor|none|less|fewer|partly|partially|in part|some|further|more (?:work|needs?|could|should)|could|would|should|needs?|needed|requires?|required|improv\w*|develop(?:s|ed|ing|ment|ments)?|inconsisten\w*|limited|unclear|concern\w*|worr\w*|gaps?|delay\w*|drift\w*|lack\w*|missed|late|overdue|outstanding actions?|still|remains? to|awaited|awaiting|difficult\w*|challeng\w*|struggl\w*|barrier\w*|unfortunately|regrettabl\w*)\b|n['’]t\b";

/// Positive evaluation: what a wholly positive evidence says about practice.
pub const POSITIVE: &str = r"\b(?:positive(?:ly)?|celebrated|[a-z]+ed (?:very |really |particularly |exceptionally |notably )?well|with (?:real |genuine |great |mutual )?respect|(?:taken|takes|take|took) (?:\w+ )?seriously|respectful(?:ly)?|(?:actively|fully|well) (?:supported|understood|promoted|met|recognised)|reflective(?:ly)?|balanced|commended|explicit(?:ly)?|faithful(?:ly)?|plain (?:english|language)|(?:makes?|making|made) (?:a )?(?:real |clear |big |significant |positive |genuine )?difference|strengths?|strong(?:ly)?|effective(?:ly)?|timely|good|excellent|outstanding|thorough(?:ly)?|robust(?:ly)?|clear(?:ly)?|detailed|comprehensive|child[- ]centred|child[- ]focused|meaningful(?:ly)?|purposeful(?:ly)?|thoughtful(?:ly)?|sensitive(?:ly)?|creative(?:ly)?|skil(?:l)?ful(?:ly)?|appropriate(?:ly)?|proportionate(?:ly)?|helpful|insightful|rigorous(?:ly)?|tenacious(?:ly)?|commendable|encouraging|reassuring|valuable|regular(?:ly)?|consistent(?:ly)?|prompt(?:ly)?|swift(?:ly)?|within (?:the )?(?:statutory |agreed |required )?timescales?|up[- ]to[- ]date|on time|in time|well[- ]\w+|smart|specific|improv(?:ed|ing|ement)|progress(?:ed|ing)?|safe|settled|thriving|flourishing|at (?:each|every) (?:key )?(?:visit|review|decision|meeting|stage|point|contact)|reflects? (?:his|her|their|the child's|the young person's) (?:own )?(?:views|wishes|goals|needs|voice|feelings|aspirations)|at least (?:weekly|fortnightly|monthly))\b";

/// Markers that open a sequenced event ("Then…", "The following week…").
pub const SEQUENCE_MARKERS: &str = r"(?:then|next|after (?:that|this|which|the \w+)|afterwards|subsequently|following (?:this|that|the \w+)|later(?: that (?:day|week|month))?|the (?:following|next) (?:day|week|month|morning|afternoon|evening|visit|meeting|session|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+) (?:days?|weeks?|months?|years?) later|(?:a|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?) after(?:wards)?|finally|eventually|shortly (?:after|afterwards|before)|soon after(?:wards)?|since then|from then on|at that point|that (?:day|week|afternoon|evening|morning)|in (?:early|mid|late) (?:january|february|march|april|may|june|july|august|september|october|november|december)|on (?:the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on the \d{1,2}(?:st|nd|rd|th)?|by the (?:end|time)|at the (?:next|following|first|second|third|last) \w+|(?:in|by|at|during|from|within) week (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|(?:in|by|at|during|within) the (?:first|second|third|fourth|fifth|sixth) (?:week|month|fortnight)|(?:first|firstly|secondly|thirdly|lastly))";

/// `pattern` with every `\b` made an ASCII word boundary. A Unicode `\b` makes the lazy
/// DFAs give up on any text with a non-ASCII character (a curly apostrophe is enough),
/// which made these matchers several times slower; words here are English.
pub fn ascii_boundaries(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)")
}

/// A regular expression for a pattern in the notation described at the top of the module,
/// matched case-insensitively as a whole word or phrase.
pub fn expand(pattern: &str) -> String {
    let mut out = pattern.replace(' ', r"\s+");
    for (token, value) in TOKENS.iter() {
        if out.contains(token) {
            out = out.replace(token, value);
        }
    }
    format!(r"(?i)\b(?:{out})\b")
}

/// What each token of the notation stands for, in the order they are replaced (built once:
/// the word lists are long and [`expand`] runs for every pattern).
static TOKENS: LazyLock<[(&str, String); 7]> = LazyLock::new(|| {
    let list = |words: &[&str]| {
        let mut words: Vec<String> = words
            .iter()
            .map(|w| regex::escape(w).replace(' ', r"\s+"))
            .collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        words.dedup();
        words.join("|")
    };
    [
        // "n't", or "nt" as notes are typed: "doesnt", "hasnt".
        ("{not}", r"(?:\s+not|n['’]?t)".to_owned()),
        // Letters, digits, apostrophes and hyphens: an ASCII class keeps the compiled
        // matchers small (a Unicode `\w` repeated ten times is not).
        ("{w}", r"[A-Za-z0-9_'’-]+".to_owned()),
        ("{practice}", list(PRACTICE_NOUNS)),
        ("{participle}", list(PARTICIPLES)),
        ("{quality}", list(QUALITY_SHORTFALLS)),
        ("{planadj}", PLAN_ADJECTIVES.replace(' ', r"\s+")),
        ("{harmish}", HARMISH.to_owned()),
    ]
    .map(|(token, value)| (token, format!("(?:{value})")))
});
