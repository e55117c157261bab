//! Escalation triggers (S001): what shows a child at risk of immediate harm, or that it is
//! not known whether the child is safe; and what shows the risk was already acted on.
//!
//! Patterns use the notation of [`super::evidence::expand`]: a space is any whitespace,
//! `{not}` is " not", "n't" or "nt", `{w}` is one word. `[lexicon] extend-escalation-phrases`
//! adds plain phrases, matched as whole words in any case.
//!
//! The triggers themselves, with what each shows, whose state it must be about and why it
//! is a risk indicator, are data: `crates/core/data/risk-indicators.toml`.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

use super::data;
use super::evidence::{ascii_boundaries, expand};
use super::lazy::{LazyRegex, LazyRegexSet};

/// What an escalation trigger shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Indicator {
    NotSeen,
    Whereabouts,
    Missing,
    SafetyUnknown,
    NotActedOn,
    LeftAlone,
    Injury,
    NoSafetyPlan,
    OngoingRisk,
    /// A phrase from `extend-escalation-phrases`.
    #[serde(skip)]
    Configured,
}

impl Indicator {
    /// What the trigger shows, for the message.
    pub fn describe(self) -> &'static str {
        if self == Indicator::Configured {
            return "it names a configured escalation trigger";
        }
        TAXONOMY
            .kinds
            .get(&self)
            .map_or("a risk indicator", |k| k.describe.as_str())
    }
}

/// Whose state a trigger is about: the subject of its clause must fit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum About {
    /// Anyone.
    Any,
    /// The child (or someone unnamed): not an adult of the family, not a document or
    /// service ("the chronology is missing", "mother has not been seen").
    Child,
    /// Whoever the subject, the person named after "with" is not an adult of the family
    /// ("mother has moved to an unknown address with Zara").
    Companion,
    /// A practitioner or someone unnamed, not the child or family ("the SW has not seen
    /// Jo", not "Jo has not seen her father").
    Practitioner,
    /// Someone other than the child ("he has moved back into the home", not "Jo was
    /// seen at home").
    NotChild,
}

/// `risk-indicators.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Taxonomy {
    pub kinds: BTreeMap<Indicator, Kind>,
    pub cues: BTreeMap<String, String>,
    pub indicator: Vec<Entry>,
}

/// One kind of risk indicator.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kind {
    /// What it shows, for the message ("the child has not been seen").
    pub describe: String,
    /// Why it is a risk indicator, and the source.
    pub note: String,
    /// Sentences that must fire with this kind (tested).
    pub examples: Vec<String>,
}

/// One trigger.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Entry {
    pub kind: Indicator,
    pub about: About,
    pub note: String,
    pub pattern: String,
    /// A second cue the sentence must also hold.
    #[serde(default)]
    pub needs: Option<String>,
    /// The name of a shared second cue in `[cues]`.
    #[serde(default)]
    pub needs_cue: Option<String>,
}

impl Entry {
    /// The second cue's pattern, if the entry needs one.
    pub fn second_cue(&self) -> Option<&str> {
        self.needs.as_deref().or_else(|| {
            let name = self.needs_cue.as_deref()?;
            TAXONOMY.cues.get(name).map(String::as_str)
        })
    }
}

/// A shared cue of the taxonomy, by name ("" if there is none: a test checks the names).
fn cue(name: &str) -> &'static str {
    TAXONOMY.cues.get(name).map_or("", String::as_str)
}

/// The built-in taxonomy, parsed once.
pub static TAXONOMY: LazyLock<Taxonomy> = LazyLock::new(|| data::parse(data::RISK_INDICATORS));

/// The trigger is negated, hypothetical or historical: these end the words before it
/// ("there have been no missing episodes", "the risk of going missing").
pub const NOT_CURRENT_BEFORE: &str = r"(?:\b(?:serious case|child safeguarding practice|local child safeguarding practice|safeguarding practice|rapid|learning|multi-agency|practice) review (?:had )?(?:found|finds|identified|identifies|concluded|concludes|noted|notes|highlighted|highlights|showed|shows) (?:that )?(?:[A-Za-z0-9_'’-]+ ){0,12}|\b(?:return (?:home )?interviews?|rhis?|debriefs?|analysis|review) (?:after|following|about|into|of|for) (?:[A-Za-z0-9_'’-]+ ){0,3}|\b(?:no|without|little|nothing|not any) (?:\w+ ){0,2}(?:evidence|indication|suggestion|concerns?|reports?|signs?|record|information|reason to (?:believe|think)) (?:that|of|to suggest)\b(?:[^\w;:,.!?–—]+[A-Za-z0-9_'’-]+){0,7}|\bnothing (?:[A-Za-z0-9_'’-]+ ){0,4}?(?:to (?:suggest|indicate|show)|that (?:suggests|indicates|shows)|shows|showed|suggests|indicates|confirms)\b(?:[^\w;:,.!?–—]+[A-Za-z0-9_'’-]+){0,7}|\b(?:no|not|never|nor|none|neither|without|n['’]t)\b(?:[^\w;:,.!?–—]+[A-Za-z0-9_'’-]+){0,4}|\b(?:risk|risks|likelihood|fear|danger|chance|possibility) (?:of|that)(?:[^\w;:,.!?–—]+[A-Za-z0-9_'’-]+){0,3}|\b(?:if|unless|should|would|could|in case|whether|were (?:[A-Za-z'’-]+ ){1,2}?ever to|(?:what|which) (?:led|leads|lead|had led) to|rather than|instead of|when|what if|examples? (?:include|of)|protocol|procedures?|policy|training|importance of|awareness of|curiosity (?:about|into)|learning (?:about|from|on)|(?:responses?|reactions?) to|lessons? (?:about|from|on)|guidance on|briefings? on|plan (?:for|if|in case)|history of|historic(?:al|ally)?|previously|in the past|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+) years? ago|when (?:she|he|they) (?:was|were) (?:younger|little|small|a baby|a toddler)|prior to|before (?:she|he|they|\w+) (?:came|was|were) (?:into care|placed|accommodated)|less likely(?: (?:to|that))?|unlikely(?: (?:to|that))?|(?:reduc\w*|lower\w*|lessen\w*) (?:the )?(?:risk|likelihood|chance) (?:of|that)|broken (?:the|a) (?:pattern|cycle) of|break (?:the|a) (?:pattern|cycle) of|no longer|no further|ruled out|not currently|(?:protected|safeguarded|kept safe|shielded|safe) from|ended (?:his|her|their)|halted|(?:put|brought) an end to|(?:about|talk about|talks about|talked about|discuss|discussed) the (?:night|day|evening|weekend|morning|afternoon|time|occasion|week)s?)\b,?(?:[^\w;:,.!?–—]+[A-Za-z0-9_'’-]+){0,4}|\b(?:report|reports|reporting|record|records|recording|log|logs|notify|notifies|inform|informs|alert|alerts|escalate|escalates|share|shares|raise|raises|respond to|responds to|follow up)\b(?:\s+[A-Za-z'’-]+){0,4}?\s+(?:any|all|every|each)(?:\s+(?:further|future|new|subsequent|other))?|\bbefore (?:(?:her|his|their) (?:move|placement|arrival|transfer|adoption)|(?:moving|coming|being (?:placed|moved))) (?:[A-Za-z0-9_'’()-]+,? ){0,8}|\b(?:names?|named|lists?|listed|identifies|identified|sets? out|describes?|described) (?:the |all the |each )?(?:risks?|concerns?|worries|dangers?)\b[^.;!?]{0,120}|\b(?:plan|plans|assessment|review|chronology|analysis) (?:clearly |appropriately |rightly |accurately |fully )?(?:recognises|recognizes|recognised|recognized|acknowledges|acknowledged|identifies|identified|names|named|captures|captured|reflects|reflected|describes|described|sets out|notes|noted|records|recorded) (?:[A-Za-z0-9_'’-]+ ){0,4}|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+) years? ago,(?:[^\w;:.!?–—]+[A-Za-z0-9_'’-]+){0,5}|\b(?:came|was taken|were taken|was brought|were brought|was received|were received|was accommodated|were accommodated) into (?:foster |local authority )?(?:care|police protection) (?:[A-Za-z0-9_'’-]+ ){0,4}?(?:after|following|because of|due to)|\bended (?:a|the) (?:period|pattern|spell|run|cycle) of|(?:\bper ?cent|\bpercent|%|\bproportion) of (?:the |these |those )?(?:children|young people|cases|care leavers|looked after children|children in care)\b(?:[^\w;:,.!?–—]+[A-Za-z0-9_'’-]+){0,4}|\b(?:escalat\w*|turn\w*|develop\w*|tip\w*|spill\w*) (?:over )?into|\b(?:only|single|isolated|earlier|one-off|first and only|(?:his|her|their) one|(?:any|each|every) (?:future|further|new|subsequent|later)|a (?:future|subsequent|later))|\b(?:no|not one|not a single|at no) (?:period|point|time|week|month|occasion|stage) (?:in which|when|where|that|during which)\b(?:[^\w;:,.!?–—]+[A-Za-z0-9_'’-]+){0,4})[^\w;:,.!?–—]*$";

/// Plain negation just before a cue ("no contact", "not violent"): for the second cue of
/// a paired trigger, where a history ("a history of violence") is the risk itself.
/// A risk lowered ("which lowers the risk of harm to her"), or named as a topic ("a
/// mother who understands the impact of domestic abuse"), is not one affirmed either.
pub const NEGATED_BEFORE: &str = r"\b(?:no|not|never|nor|none|neither|without|n['’]t|no longer)\b(?:[^\w;:,.!?–—]+[A-Za-z0-9_'’-]+){0,3}[^\w;:,.!?–—]*$|\b(?:reduc\w*|lower\w*|lessen\w*|minimi[sz]\w*|decreas\w*) (?:the |any |that )?$|\b(?:impact|effects?|awareness|understanding|dangers|signs|learning about|work on) (?:of )?(?:the )?(?:[A-Za-z'’-]+ )?$";

/// The trigger is itself followed by what makes it harmless ("not been seen alone" is
/// not "not been seen"; "missing from the file" is about a document; "people they have
/// lost contact with," ends a relative clause about someone else; "another missing episode
/// may be missed" is a possibility, the subject of a modal verb).
pub const NOT_CURRENT_AFTER: &str = r"^\s+with\s*(?:[,.;:!?)]|$)|^(?:\s+(?:episodes?|incidents?|[a-z]+))?(?:\s+(?:that|which)(?:\s+[A-Za-z0-9'’-]+){1,6}?)?\s+(?:have\s+|has\s+|had\s+)?(?:now\s+|since\s+|largely\s+|all\s+but\s+)?(?:stopped|ceased|ended|not\s+(?:recurred|re-?occurred|been\s+repeated|happened\s+again|returned))\b|^(?:\s+(?:episodes?|incidents?|reports?|notifications?))?\s+(?:are|is|were|was|have\s+been|has\s+been)\s+(?:now\s+|routinely\s+|regularly\s+|monthly\s+|weekly\s+|always\s+|carefully\s+|closely\s+|then\s+|also\s+)?(?:discussed|reviewed|monitored|tracked|analysed|analyzed|considered|explored|mapped|scrutinised|overseen)\b|^(?:\s+(?:episodes?|incidents?|events?|behaviou?rs?))?\s+(?:may|might|could|would)\s+(?:be|go|happen|recur|occur|not)\b|^(?:\s+[A-Za-z0-9'’-]+){0,10}?\s+(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+) years?|(?:six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty-four|several|many|[6-9]|1\d|2\d) months) ago\b|^(?:\s+[A-Za-z0-9'’-]+){0,6}?\s+(?:last|the previous|the year before last) year\b|^\s+(?:[A-Za-z'’-]+\s+){0,2}?(?:less|more|un)\s*likely\b|^(?:\s+[A-Za-z0-9'’,-]+){0,8}?\s+(?:is|are)\s+(?:now\s+)?behind\s+(?:her|him|them)\b|^(?:\s+[A-Za-z0-9'’-]+){0,6}?\s+(?:when|while|whilst) (?:she|he|they) (?:was|were) (?:younger|little|small|a baby|a toddler|in primary school|in year \d|(?:aged |only )?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen))\b|^(?:\s+[A-Za-z'’-]+){0,5}?\s+between\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+\d{4})?\s+and\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|^\W*(?:(?:the |this |that |her |his |their |a |an |any )?(?:[A-Za-z0-9_'’-]+\s+){0,2}(?:plan|plans|report|reports|assessment|minutes|letter|document|documents|file|record|records|chronology|email|emails|referral form|notes|paperwork|protocols?|polic(?:y|ies)|procedures?|guidance|training|toolkits?)\b|from (?:the |her |his |their |this |that )?(?:[A-Za-z0-9_'’-]+\s+){0,2}?(?:file|record|records|plan|assessment|chronology|minutes|case notes|system|report|list|paperwork|review|meeting|conference|core group|pep|ehcp|summary|document|recording|notes|form|template|analysis|audit)\b|(?:documents?|records?|information|paperwork|forms?|signatures?|sections?|pages?|details?)\b)|^[^.;:]{0,60}?\bas\s+(?:the\s+|a\s+|one\s+of\s+the\s+)?(?:main\s+|key\s+|chief\s+|potential\s+|possible\s+|likely\s+|two\s+|three\s+)?(?:risks?|concerns?|dangers?|worries|things?|signs?|triggers?)\s+to\s+(?:watch|look\s+out|monitor|be\s+alert|guard)";

/// What makes "not seen" harmless when it follows: the child is seen, only not alone, or
/// not by a health professional ("not seen alone", "not seen by the dentist"), or a visit
/// was late rather than missing ("not visited within the 10 working days the plan sets",
/// "within timescales"; a period such as "within the last six weeks" is not harmless), or
/// not as often as it should be ("not visited regularly enough").
pub const SEEN_QUALIFIER: &str = r"^\W*(?:(?:regularly|frequently|often|enough|together)\b|as a (?:sibling )?group\b|with (?:each other|(?:her|his|their) (?:siblings?|brothers?|sisters?)|(?:the |his |her |their )?(?:family|families|victims?|ex-partner|mother|mum|partner))\b|within\s+(?:the\s+)?(?:(?:required|statutory|agreed|expected|set)\s+)?(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s+)?(?:(?:working|calendar|school)\s+)?(?:days?|timescales?|timeframes?)\b|alone|on (?:her|his|their) own|by (?:herself|himself|themselves)|as\b|to be\b|by (?:a |the |her |his )?(?:dentist|optician|orthodontist|audiologist|health visitor|school nurse|gp|paediatrician|camhs|therapist|consultant|specialist|doctor))";

/// What makes "missing" a verb with an object, not a missing child ("is missing school",
/// "missing her nan").
pub const MISSING_OBJECT: &str = r"^\s+(?:to (?:the|that|this|her old|his old|their old) (?:area|estate|town|city|park|neighbourhood|borough|county|street|shop|trap house|group|gang)|(?:key |vital |important |valuable |essential |a lot of |some |much |out on |(?:most|many|several|all|half|more|two|three|four|the|her|his|their|regular|weekly|double|whole|(?:mon|tues|wednes|thurs|fri)day|morning|afternoon) (?:(?:mon|tues|wednes|thurs|fri)day |morning |afternoon |of (?:her|his|their|the) )*)?(?:learning|lessons?|school|education|maths|english|science|college|nursery|therapy|swimming|football|training|homework|exams?|deadlines?|out|appointments?|sessions?|meals?|classes|time|opportunities|milestones|support|her|his|their|them|him|family|friends|home|mum|dad|mother|father|from (?:it|them)|from (?:the |her |his |their |this |that )?(?:[\w'’-]+ )?(?:front sheet|file|files|record|records|chronology|plan|case notes?|notes|minutes|system|assessment|report|summary|agenda|form|paperwork|documentation|list|template|section)))\b";

/// The risk was acted on or has ended: these in the same sentence (or the next, when it
/// follows on) mean the trigger is already handled.
pub const RESOLVED: &str = r"\b(?:(?:asked|requested|arranged for) (?:the )?police (?:to (?:carry out |complete |do |make |undertake )?|for )(?:a |an )?(?:urgent |immediate )?(?:welfare|safe and well|safe-and-well) (?:check|visit)|(?:asked|requested|called|rang) (?:the )?police to (?:attend|visit|go (?:round|out|to)|check on|carry out)|(?:reduced|dropped|fallen|fell|decreased|come down|gone down) (?:from [A-Za-z0-9_'’-]+(?: [A-Za-z0-9_'’-]+)? )?to (?:none|zero|nil)\b|(?:s47|section 47|enquiry|enquiries|investigation|assessment|strategy (?:discussion|meeting)) (?:[A-Za-z0-9_'’-]+ ){0,4}?(?:was |were |has been |had been )?(?:closed|concluded|ended|completed) (?:with )?(?:no further action|nfa)|(?:led to|resulted in|prompted|triggered) (?:a |an )?(?:same[- ]day )?(?:strategy (?:discussion|meeting)|s47|section 47|child protection medical|cp medical|joint visit|police (?:visit|investigation))|(?:return (?:home )?interviews?|rhis?) (?:was |were |has been |have been |had been )?(?:completed|held|undertaken|done|carried out|offered|followed|took place|happened)|followed by (?:a |an )?(?:return (?:home )?interview|rhi)|(?:reported|referred|shared|passed|seen|saw|visited|held|convened|made|taken|completed|undertaken|put in place|agreed|escalated|notified|informed|contacted|examined|spoken|spoke|arranged|started|initiated|opened|moved|placed|removed|safeguarded|protected|told|sent|met|called|alerted|raised|responded|acted|visited|checked|screened|triaged|attended|gained entry|forced entry|served|issued) (?:[A-Za-z0-9_'’-]+ ){0,7}?(?:immediately|straight away|straightaway|right away|the same day|on the same day|that day|that morning|that afternoon|that evening|that night|promptly|within (?:the hour|hours|an hour|24 hours|one working day|a day|(?:\d+|one|two|three|four|five|six|a few|several) hours|minutes|(?:\d+|ten|fifteen|twenty|thirty|a few) minutes)|without delay)|escalated (?:[A-Za-z0-9_'’-]+ ){0,12}?(?:immediately|straight away|that day|the same day|on the same day|without delay)|(?:visited|seen|held|convened|examined|checked|moved|placed|removed|undertaken|initiated|started) (?:[A-Za-z0-9_'’-]+ ){0,5}?(?:the (?:next|following) (?:morning|day)|the day (?:after|following) (?:they|she|he|the family|the child|[A-Za-z'’-]+) (?:returned|came back|got back|came home|arrived back))|visits? (?:[A-Za-z0-9_'’-]+ ){0,2}?the (?:next|following|same) (?:morning|afternoon|day) (?:saw|sighted|found)|(?:saw|seen|visited|spoke to|spoken to|took place|happened|went ahead|was held|were held|was carried out|was completed|visit was made) (?:[A-Za-z0-9_'’-]+ ){0,4}?(?:the )?same (?:morning|afternoon|evening|eve|night|day)|(?:osman|threat to life) (?:warning|notice)s? (?:was |were |has been |had been )?(?:served|issued|given|delivered)|(?:child protection |initial child protection |cp |initial )?conference (?:was |has been |had been )?(?:held|convened)|(?:was|were|has been|have been|had been) (?:promptly |quickly |swiftly |then )?(?:acted on|acted upon|followed up|taken seriously)|(?:served|issued|gave|given) (?:[A-Za-z0-9_'’-]+ )?(?:an? )?(?:osman|threat to life) (?:warning|notice)|(?:strategy|contextual safeguarding|multi-agency (?:risk|safeguarding|planning)|risk management|safety planning|exploitation|mace) (?:discussion|meeting) (?:on (?:\d{1,2}(?:st|nd|rd|th)? [A-Za-z]+|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?) )?(?:(?:with|involving|between) (?:the )?[A-Za-z'’-]+ (?:and (?:the )?[A-Za-z'’-]+ )?)?(?:was |has been |had been |were )?(?:held|convened|took place|followed|completed|arranged|agreed)|strategy (?:discussion|meeting) (?:[A-Za-z0-9_'’-]+ ){1,6}?(?:was|were|has been|had been) (?:held|convened|completed|arranged)|(?:issued|initiated|started|began) (?:care )?proceedings|strat(?:egy)?(?: discussion| meeting| disc)? (?:held )?(?:on )?\d{1,2}[/.]\d{1,2}|(?:cp|child protection) medical (?:on )?\d{1,2}[/.]\d{1,2}|interim (?:care|supervision) order|(?:emergency protection|care) order (?:was |has been |had been )?(?:made|granted|obtained)|(?:occupation|non-molestation|prohibited steps|exclusion|restraining) orders? (?:(?:and|or) (?:an? )?(?:[A-Za-z-]+ ){0,2}?orders? )?(?:was |were |has been |have been |had been )?(?:granted|made|obtained|served)|(?:the )?response (?:since |to (?:this|it|the \w+) )?(?:has been|was) (?:robust|prompt|swift|timely|immediate|appropriate|effective|proportionate)|(?:arranged|provided|secured|delivered|organised|organized|sourced|completed|held|undertaken|carried out)\b[^.;]{0,80}?\bwithin (?:24|48|72) hours|(?:s47|section 47)(?: enquiry| enquiries)? (?:was |has been |were |had been )?(?:completed|undertaken|initiated|started|commenced|opened|followed)|(?:cp|child protection) medical (?:was |has been |had been )?(?:completed|undertaken|arranged|held)|since been (?:seen|visited|located|found|traced)|(?:located|found|traced|locate|find|trace) (?:[A-Za-z0-9_'’-]+ ){0,2}?within (?:[A-Za-z0-9_'’-]+ ){0,2}?(?:hours?|an hour|the hour|minutes)|(?:is|are) now (?:safe|living (?:with (?:her|his|their) (?:maternal |paternal )?(?:grand\w+|aunt|uncle|father|mother|dad|mum|carers?|foster carers?)|in (?:foster|kinship|residential) care|in (?:a |an )?(?:foster|kinship|residential|supported|safe) (?:home|placement|lodgings|accommodation))|placed|home|back|settled|in (?:a |an )?(?:safe|foster|placement))|until (?:[A-Za-z0-9_'’/-]+\s+){0,4}?(?:later|after(?:wards)?)\b|until (?:the (?:following|next)|\d)|now (?:has|have) a safety plan|safety plan (?:is |was |has been |had been |were )(?:now )?(?:in place|agreed|put in place|drawn up|updated)|(?:was|were|has been|have been) (?:fully )?(?:explained|accounted for)|consistent with (?:the |his |her |their )?(?:[A-Za-z0-9_'’-]+ ){0,2}?(?:accounts?|explanations?)|(?:found|judged|assessed|considered|concluded|deemed|believed) (?:[A-Za-z0-9_'’-]+\s+){0,3}?(?:to be |as |was |were )?accidental|(?:was|were|is|are|be|been|being) (?:likely |probably )?accidental|accidental(?:ly)? (?:caused|sustained|injur\w*|falls?)|(?:was|were|has been|have been|had been) (?:well|effectively|appropriately|safely|properly|quickly|promptly) (?:managed|contained|addressed|dealt with|handled)|(?:was|were|has been|have been|had been) (?:managed|handled|dealt with|responded to) (?:well|effectively|appropriately|safely|promptly|quickly|swiftly|immediately|straight away|(?:on )?the same day|that day)|risks? (?:was|were|has been|have been|had been|is|are) (?:well |effectively |appropriately |safely |properly |quickly |promptly )?(?:managed|reduced|addressed|assessed|contained)|(?:concerns?|risks?|worries) (?:[A-Za-z0-9_'’-]+ ){0,10}?(?:was|were|has been|have been|had been|is|are|is now|are now) (?:fully |properly |appropriately |since |now )?(?:addressed|resolved|dealt with)|(?:was|were|has been|have been|had been) (?:since |quickly |promptly |swiftly )?(?:rectified|remedied|put right)|(?:taken|brought|removed) (?:to|into) (?:a place of safety|police protection|hospital|care)|(?:she|he|they|and) (?:was|were|has been|had been) (?:admitted to|treated (?:in|at|by)) (?:the |a |an )?(?:hospital|(?:paediatric |children['’]s )?ward|(?:adolescent|psychiatric|mental health|inpatient|tier 4|paediatric) (?:unit|ward|bed|hospital)|a&e|paediatric unit|emergency department)|(?:has|have|had)(?: not|n['’]t) (?:self-harmed|harmed (?:herself|himself|themselves)|gone missing|been missing|run away|absconded) (?:again )?since|spent (?:[A-Za-z0-9_-]+ ){0,2}?(?:days?|nights?|weeks?) (?:in|on) (?:the |a )?(?:hospital|(?:paediatric |children['’]s )?ward)|kept in (?:overnight |hospital |for observation )?(?:on|at|in) (?:the |a )?(?:paediatric |children['’]s )?(?:ward|hospital|unit)|remanded in(?:to)? custody|arrested (?:at the scene|on the spot|immediately|that (?:night|evening|day))|assessed by (?:camhs|a paediatrician|the paediatrician|the crisis team|a doctor)|police protection|powers of protection|emergency protection order|(?:went|gone|taken) to (?:stay with |live with )?(?:her|his|their) (?:maternal |paternal )?(?:grand\w+|aunt|uncle)\b|(?:placed|moved|accommodated) (?:in|into|with|to|to the care of|into the care of|in the care of) (?:foster care|a foster placement|care|kinship care|a place of safety|(?:her|his|their) (?:maternal |paternal )?(?:grand\w+|aunt|uncle))|within (?:the )?(?:statutory )?timescales?|(?:which|this) is (?:the |a |their )?(?:standard|usual|normal|expected|routine|universal)|(?:which|this) is (?:in line with|within|appropriate)|abstinent|in recovery|negative (?:drug |hair strand )?tests?|referred (?:on )?to (?:the )?(?:police|lado|mash|children['’]s services|duty|front door)|(?:had|have|has|raised|reported|identified|found|with) no (?:further |safeguarding |other |current )?concerns|(?:follow|follows|followed|following|adhere to|adheres to|keep to|keeps to|stick to|sticks to) the (?:[A-Za-z0-9_'’-]+ ){0,2}?(?:safety|risk management|care|support) plan|(?:there (?:have|has) been )?no (?:further )?(?:incidents?|episodes?) (?:since|for (?:over |more than )?(?:\d+|two|three|four|five|six|several) (?:weeks|months))|(?:heard|discussed|considered|reviewed|presented|taken|raised) (?:at|to) (?:the |a |an )?(?:[A-Za-z0-9_'’-]+ )?(?:exploitation|mace|cse|strategy|multi-agency|risk management|missing|contextual safeguarding|marac|mappa) (?:panel|meeting|discussion|forum)|child abduction warning notices? (?:was |were |has been |have been |had been )?(?:served|issued)|(?:tackled|addressed|resolved|dealt with|managed) (?:through|via|by|under|within) (?:the |a |an |her |his |their )?(?:[A-Za-z0-9_'’-]+ ){0,3}?(?:plan|agreement)|removed from (?:[A-Za-z0-9_'’-]+ ){0,3}?care|(?:ended|concluded|finished|closed) (?:with|in) (?:a |an )?(?:final )?(?:care|placement|special guardianship|supervision|adoption) order)\b";

/// A child who was missing or not seen has come back or been found (this resolves only
/// those triggers: "father has returned to the home" is no resolution).
pub const RETURNED: &str = r"(?:[,;–—-]\s*|^\W*)(?:found|located|traced) (?:safe (?:and well )?)?(?:at|in|with|by)\b|\b(?:(?:has |have |had |was |were |is |subsequently |later |safely |then |since |now )*(?:returned|came back|come back|came home|come home)|(?:was|were|has been|have been|had been) (?:quickly |promptly |safely |later |subsequently )?(?:found|located|traced|seen (?:safe|and well|the (?:same|next|following) day|within|later that day))|(?:was|were|has been|have been|had been) (?:then |later |subsequently )?(?:seen|visited) (?:(?:\d+|one|two|three|four|five|six|seven|a few|several) (?:hours?|days?) later|later that (?:day|week))|safe and well|(?:found|located|traced|collected|brought back) (?:her|him|them)\b|since been (?:seen|visited|located|found|traced)|(?:was|were|has been|have been) seen(?:,| and)? (?:safe|well)\b|(?:has|have)(?:\s+not|n['’]t) been (?:a single|any|one) (?:further |more |new )?(?:missing )?(?:episode|incident)|no (?:further |more |new |other )?(?:missing )?(?:episodes?|incidents?) (?:since|after|because)|(?:has been|have been|is now|are now) (?:settled|safe|stable)|settled since|(?:is|are|was|were) (?:now |safely )?back (?:at|in|with) (?:(?:the|her|his|their) )?(?:placement|home|foster (?:home|placement|carers?)|carers?|children['’]s home|residential home|unit|care|family|parents?|mother|father|mum|dad|grand\w+)|(?:carers?|parents?|mother|father|mum|dad|family|school|staff|police|she|he|they) (?:always |all along |)?(?:knew|know|knows) where (?:she|he|they|[A-Za-z]+) (?:was|were|is|are)|(?:was|were) (?:back |home )(?:by|before) (?:her|his|their|the) (?:agreed|usual|curfew)|(?:has|have)(?:\s+not|n['’]t) (?:been|gone) missing (?:since|again))\b";

/// A child found and brought back, said of them by pronoun ("Police found her at a
/// friend's house") or in a note that opens with it ("Found by police at 03:30"): a next
/// sentence that says so follows on from a missing episode.
pub const FOUND_AGAIN: &str = r"\b(?:found|located|traced|collected|picked up|brought back|returned|took) (?:her|him|them)\b|\b(?:she|he|they) (?:was|were|had been|has been) (?:later |safely |then |quickly )?(?:found|located|traced) (?:safe|well|unharmed)\b|^\W*(?:(?:was|were|has been|had been) )?(?:found|located|traced|returned|came home|came back|collected|brought back)\b|\bfound to be (?:safe|well|thriving|in good health)\b|\b(?:went back|returned|revisited|visited again|called back)\b[^.;]{0,60}?\b(?:and )?(?:saw|sighted) (?:her|him|them|the (?:child|children|baby)|[A-Za-z][\w'’-]+)|\bwell cared for\b|(?-i:^\W*[A-Z][\w'’-]+ (?:was |has been |had been )?(?:found|located|traced)\b)|\bseen (?:alone |together |safe |and well |safe and well )?(?:at|in) (?:the |her |his |their |a )?new (?:address|home|property|flat|house|placement|school|nursery|refuge)\b|(?-i:\b(?:found|located|traced) [A-Z][a-z]+(?:,| in| at| safe| with| near| on)\b)";

/// A pattern of going missing: a return ends one episode, not the risk.
pub const REPEATED: &str = r"\b(?:keeps?|kept|repeatedly|regularly|frequently|often|continues? to|again|most (?:days|nights|weekends)|every (?:day|night|weekend)|(?:\d+|two|three|four|five|six|several|many|multiple) (?:times|occasions|episodes))\b";

/// Words that bind a sentence to the one before it ("No action was taken", "This was not
/// followed up").
pub const FOLLOWS_ON: &str = r"^\W*(?:no|nothing|this|it|that|these|those|they|she|he|both|each|all|either|neither|the (?:allocated |duty )?(?:social )?worker|the sw|the team manager|the tm|the (?:emergency )?duty (?:team|service|manager)|(?:the )?edt|(?:the )?police|the out[- ]of[- ]hours (?:team|service)|there (?:is|are|was|has been|had been|were|have been) no|(?:the )?(?:record|records|file|chronology|case notes?|notes) (?:shows?|showed|records?|holds?|has|contains?|gives?) no|however|but|yet|despite this|since then|to date|as yet|after (?:this|that)|following (?:this|that|the|each|both)|in response|as a result|subsequently|once|when (?:this|it|that|these|the [A-Za-z]+)|since (?:the|this|that) (?:move|placement|change|return)|since (?:(?:early |mid-|late )?(?:january|february|march|april|may|june|july|august|september|october|november|december)|\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september|october|november|december))|the same day|the next day|the same (?:afternoon|evening|morning|night)|that (?:same )?(?:afternoon|evening)|within (?:the hour|an hour|hours|\d+ hours)|later that (?:day|afternoon|evening)|the (?:disclosure|allegation|concern|concerns|injury|injuries|incident|incidents|episode|episodes|report|reports|referral|bruising|mark|marks|contact|notification|information|call|phone call|email|letter|intelligence)|(?:a|the|her|his|their) return (?:home )?interview)\b";

/// A negative quantifier over children or cases in the clause before a trigger: the risk is
/// denied of them all ("No children were found to be at immediate risk", "inspectors did
/// not identify any child who was at risk", "none where children were left at risk").
pub const NO_CHILDREN: &str = r"\b(?:no|not any|nor any|not a single|none of the)\s+(?:[\w'’-]+\s+)?(?:child|children|young (?:person|people)|babies|baby|pupils?|care leavers?|families|family|cases?|instances?|examples?)\s+(?:was|were|is|are|has|have|had|who|that|where|in which|being|left|found|identified|seen|judged|considered|deemed|at)\b|\bnone (?:where|in which|of whom|of which|were|was)\b|\b(?:did|do|does|have|has|had)(?:\s+not|n['’]t)\s+(?:[\w'’-]+\s+)?(?:identify|identified|find|found|see|seen|observe|observed|come across|encounter|encountered|note|noted)\s+(?:any|a single)\b|\b(?:did|do|does|have|has|had|will|would)(?:\s+not|n['’]t)\s+(?:lead|led|result|resulted)\s+(?:to|in)\s+(?:any|a single)\b";

/// A condition ("if", "unless", "in the event", "were ever to") up to nine words before a
/// trigger, or its consequence ("if the placement were to break down he might fall back
/// into going missing"): what would happen, not what has.
pub const HYPOTHETICAL: &str = r"^\W*had\s+(?:[\w'’-]+\s+){1,5}?not\b[^.;]*$|\b(?:could|would|might)\s+have\s+(?:[\w'’-]+\s+){0,8}$|\b(?:if|unless|in case|in the event|what would happen|were ever|was ever|should ever|ever to)\b(?:[^\w;:,.!?]+[A-Za-z0-9_'’-]+){0,9}[^\w;:,.!?]*$|\b(?:if|unless|in the event)\b(?:[^\w;:,.!?]+[A-Za-z0-9_'’-]+){1,8}?[^\w;:,.!?]+(?:would|might|could|will)\b(?:[^\w;:,.!?]+[A-Za-z0-9_'’-]+){0,9}[^\w;:,.!?]*$";

/// Children as a class, in a relative clause just before a trigger ("Children who go
/// missing are offered…", "ensures that young people who are at risk of exploitation…"):
/// a statement about a service, not about a child of the case. Group 1 holds the words
/// between "who" and the trigger; without it, the class owns the trigger ("Children's
/// missing episodes are analysed…", "listing every child whose statutory visit is overdue").
pub const GENERIC_CLASS: &str = r"(?:^|[,;:(]\s*|\b(?:that|when|where|for|of|to|with|and|on|around|ensure|ensures|ensuring|how|all|most|many|some|few|several|these|other|between|about)\s+)(?:(?:children|young people|care leavers|adolescents|teenagers|pupils|babies|families|those|a child|any child|every child|a young person|any young person)\s+(?:who|that)\s+((?:[\w'’-]+\s+){0,2})|(?:children|young people|care leavers|adolescents|teenagers|pupils|families)['’]s?\s+)$|\b(?:every|each|any|all)\s+(?:child|children|young person|young people)\s+whose\s+$|\b(?:when|where|if|whenever|once)\s+(?:any|a|an|every)\s+(?:[\w'’-]+\s+)?(?:child|young person|child['’]s|young person['’]s)\s+(?:(?:on|in|with|subject to)\s+(?:[\w'’-]+\s+){0,4})?$|\b(?:why|how)\s+(?:some\s+|so\s+many\s+)?(?:children|young people|care leavers|adolescents|teenagers|pupils)\s+$|\b(?:after|following|for|from|at)\s+(?:every|each|any|all)\s+$";

/// The verb of a generic relative clause: present or modal, as a class of children is
/// described ("who go missing", "who are missing", "who may be at risk").
pub const GENERIC_VERB: &str = r"^(?:go|goes|are|is|run|runs|have|has|become|becomes|may|might|can|could|repeatedly|regularly|frequently|often|persistently|keep|experience|face|do)\b";

/// Where a clause ends inside the words before a trigger.
pub const CLAUSE_BREAK: &str = r"[;:]|\b(?:but|however|although|though|whereas|yet)\b";

/// The child seen or visited, affirmed ("was seen alone on 14 November", "his social
/// worker saw him on…", "sees them weekly"): with a recent date, a gap in sight has ended.
pub const SIGHTING: &str = r"\b(?:(?:was|were|has been|have been|had been|has since been|have since been|is|are|being)\s+(?:last\s+|also\s+|most recently\s+|then\s+|both\s+|all\s+|each\s+|now\s+|again\s+)?(?:seen|visited|sighted|weighed|examined)|(?:^|[,;–—]\s*)(?:[A-Z][A-Za-z'’-]+\s+|last\s+(?:\d{1,2}/\d{1,2}\s+)?)?seen\s+(?:alone|weekly|fortnightly|regularly|safe|well|and well|at|in|on|by)|(?:saw|sees|see|visited|visits|met|(?:has|have|had)\s+(?:since\s+|also\s+)?(?:seen|visited|met))\s+(?:her|him|them|both (?:children|of them)|the (?:children|child|twins|baby|siblings)|[A-Z][A-Za-z'’-]+))\b";

/// Sightings on a regular pattern.
pub const REGULAR: &str = r"\b(?:weekly|fortnightly|every (?:week|fortnight|two weeks|other week|visit)|twice (?:a|each|every) week|each week|at least (?:weekly|fortnightly|monthly)|most recently)\b";

/// The gap is said to be open now: a later sighting does not close it.
pub const STILL_OPEN: &str = r"\b(?:now|current|currently|still|at present|at the moment|tonight|today|this week|remains?|remained|yet to|as yet|to date)\b";

/// An auditor's note that the case has been escalated ("Escalated to the Team Manager on
/// 20 November 2026."): with a date, it records that the trigger has been acted on.
pub const ESCALATION_NOTE: &str = r"^\W*(?:(?:auditor(?:['’]s)?\s+|escalation\s+)?note\W+)?(?:(?:because|as|since|given that)\s+[^.;]{0,160}?,\s*)?(?:(?:i|we|the auditor|this|this case|these concerns|this concern|the case)\s+(?:was\s+|were\s+|has\s+been\s+|have\s+)?)?escalated\b";

/// The escalation vocabulary of one configuration. The trigger set is compiled when first
/// used; each matcher behind it when first needed.
#[derive(Debug)]
pub struct EscalationMatcher {
    /// Every trigger and paired trigger at once, in that order: one pass over a sentence
    /// tells which of them can match at all.
    pub any_trigger: LazyRegexSet,
    pub triggers: Vec<(LazyRegex, Indicator, About)>,
    /// Triggers with the second cue each needs.
    pub paired: Vec<(LazyRegex, LazyRegex, Indicator, About)>,
    /// `extend-escalation-phrases`, when there are any.
    pub configured: Option<LazyRegex>,
    pub harm_event: LazyRegex,
    pub not_acted: LazyRegex,
    pub not_current_before: LazyRegex,
    pub not_current_after: LazyRegex,
    pub negated_before: LazyRegex,
    pub seen_qualifier: LazyRegex,
    pub missing_object: LazyRegex,
    pub resolved: LazyRegex,
    pub returned: LazyRegex,
    pub found_again: LazyRegex,
    pub repeated: LazyRegex,
    pub follows_on: LazyRegex,
    pub note: LazyRegex,
    pub sighting: LazyRegex,
    pub regular: LazyRegex,
    pub still_open: LazyRegex,
    pub no_children: LazyRegex,
    pub hypothetical: LazyRegex,
    pub generic_class: LazyRegex,
    pub generic_verb: LazyRegex,
    pub clause_break: LazyRegex,
}

impl EscalationMatcher {
    pub fn new(extra: &[String]) -> EscalationMatcher {
        let compile = |pattern: &str| LazyRegex::new(ascii_boundaries(pattern));
        let configured = (!extra.is_empty()).then(|| {
            compile(&format!(
                r"(?i)\b(?:{})\b",
                super::alternatives(extra.iter().map(String::as_str))
            ))
        });
        let taxonomy = &*TAXONOMY;
        let (single, paired): (Vec<&Entry>, Vec<&Entry>) = taxonomy
            .indicator
            .iter()
            .partition(|e| e.second_cue().is_none());
        // Every trigger and paired trigger, expanded once: searched all at once (in that
        // order) and one by one.
        let patterns: Vec<String> = single
            .iter()
            .chain(&paired)
            .map(|e| ascii_boundaries(&expand(&e.pattern)))
            .collect();
        let (single_patterns, paired_patterns) = patterns.split_at(single.len());
        EscalationMatcher {
            any_trigger: LazyRegexSet::new(patterns.iter().cloned()),
            triggers: single
                .iter()
                .zip(single_patterns)
                .map(|(e, p)| (LazyRegex::new(p.clone()), e.kind, e.about))
                .collect(),
            paired: paired
                .iter()
                .zip(paired_patterns)
                .map(|(e, p)| {
                    let needs = e.second_cue().unwrap_or_default();
                    (
                        LazyRegex::new(p.clone()),
                        compile(&expand(needs)),
                        e.kind,
                        e.about,
                    )
                })
                .collect(),
            configured,
            harm_event: compile(&expand(cue("harm-event"))),
            not_acted: compile(&expand(cue("not-acted"))),
            not_current_before: compile(&format!("(?i){NOT_CURRENT_BEFORE}")),
            not_current_after: compile(&format!("(?i){NOT_CURRENT_AFTER}")),
            negated_before: compile(&format!("(?i){NEGATED_BEFORE}")),
            seen_qualifier: compile(&format!("(?i){SEEN_QUALIFIER}")),
            missing_object: compile(&format!("(?i){MISSING_OBJECT}")),
            resolved: compile(&format!("(?i){RESOLVED}")),
            returned: compile(&format!("(?i){RETURNED}")),
            found_again: compile(&format!("(?i){FOUND_AGAIN}")),
            repeated: compile(&format!("(?i){REPEATED}")),
            follows_on: compile(&format!("(?i){FOLLOWS_ON}")),
            note: compile(&format!("(?i){ESCALATION_NOTE}")),
            // Case matters: a capitalised word after "saw" is a name.
            sighting: compile(SIGHTING),
            regular: compile(&format!("(?i){REGULAR}")),
            still_open: compile(&format!("(?i){STILL_OPEN}")),
            no_children: compile(&format!("(?i){NO_CHILDREN}")),
            hypothetical: compile(&format!("(?i){HYPOTHETICAL}")),
            generic_class: compile(&format!("(?i){GENERIC_CLASS}")),
            generic_verb: compile(&format!("(?i){GENERIC_VERB}")),
            clause_break: compile(&format!("(?i){CLAUSE_BREAK}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn every_built_in_pattern_compiles() {
        for entry in &TAXONOMY.indicator {
            assert!(
                Regex::new(&expand(&entry.pattern)).is_ok(),
                "{}",
                entry.pattern
            );
            if let Some(needs) = entry.second_cue() {
                assert!(Regex::new(&expand(needs)).is_ok(), "{needs}");
            }
        }
        for pattern in TAXONOMY.cues.values() {
            assert!(Regex::new(&expand(pattern)).is_ok(), "{pattern}");
        }
        for pattern in [
            NOT_CURRENT_BEFORE,
            NOT_CURRENT_AFTER,
            NEGATED_BEFORE,
            SEEN_QUALIFIER,
            MISSING_OBJECT,
            RESOLVED,
            RETURNED,
            FOUND_AGAIN,
            REPEATED,
            FOLLOWS_ON,
            ESCALATION_NOTE,
            REGULAR,
            STILL_OPEN,
            NO_CHILDREN,
            HYPOTHETICAL,
            GENERIC_CLASS,
            GENERIC_VERB,
            CLAUSE_BREAK,
        ] {
            assert!(Regex::new(&format!("(?i){pattern}")).is_ok(), "{pattern}");
        }
    }

    #[test]
    fn every_matcher_has_a_latin_form() {
        let m = EscalationMatcher::new(&["sleeping rough".into()]);
        let all = m
            .triggers
            .iter()
            .map(|(r, _, _)| r)
            .chain(m.paired.iter().flat_map(|(r, needs, _, _)| [r, needs]))
            .chain(m.configured.iter())
            .chain([
                &m.harm_event,
                &m.not_acted,
                &m.not_current_before,
                &m.not_current_after,
                &m.negated_before,
                &m.seen_qualifier,
                &m.missing_object,
                &m.resolved,
                &m.returned,
                &m.found_again,
                &m.repeated,
                &m.follows_on,
                &m.note,
                &m.sighting,
                &m.regular,
                &m.still_open,
                &m.no_children,
                &m.hypothetical,
                &m.generic_class,
                &m.generic_verb,
                &m.clause_break,
            ]);
        for regex in all {
            assert!(regex.has_latin_form(), "{}", regex.pattern());
        }
    }

    #[test]
    fn the_taxonomy_is_complete() {
        let taxonomy = &*TAXONOMY;
        for entry in &taxonomy.indicator {
            assert!(
                !entry.note.trim().is_empty(),
                "{} has no note",
                entry.pattern
            );
            assert!(
                entry.needs.is_none() || entry.needs_cue.is_none(),
                "{} names two second cues",
                entry.pattern
            );
            if let Some(name) = &entry.needs_cue {
                assert!(taxonomy.cues.contains_key(name), "no cue named {name}");
            }
            assert!(taxonomy.kinds.contains_key(&entry.kind), "{:?}", entry.kind);
        }
        for (kind, about) in taxonomy.kinds.iter() {
            assert!(!about.examples.is_empty(), "{kind:?} has no example");
            assert!(!about.note.trim().is_empty(), "{kind:?} has no note");
            assert!(
                taxonomy.indicator.iter().any(|e| e.kind == *kind)
                    || *kind == Indicator::NotActedOn,
                "{kind:?} has no trigger"
            );
        }
    }

    #[test]
    fn configured_phrases_are_whole_words() {
        let m = EscalationMatcher::new(&["sleeping in a car".into()]);
        let configured = m.configured.expect("configured matcher");
        assert!(configured.is_match("Sam has been Sleeping  in a car with mother."));
        assert!(!configured.is_match("sleeping in a carpark"));
        assert!(EscalationMatcher::new(&[]).configured.is_none());
    }
}
