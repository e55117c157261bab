//! Escalation triggers (S001): what shows a child at risk of immediate harm, or that it is
//! not known whether the child is safe; and what shows the risk was already acted on.
//!
//! Patterns use the notation of [`super::evidence::expand`]: a space is any whitespace,
//! `{not}` is " not" or "n't", `{w}` is one word. `[lexicon] extend-escalation-phrases`
//! adds plain phrases, matched as whole words in any case.

use super::evidence::{ascii_boundaries, expand};
use super::lazy::{LazyRegex, LazyRegexSet};

/// What an escalation trigger shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    Configured,
}

impl Indicator {
    /// What the trigger shows, for the message.
    pub fn describe(self) -> &'static str {
        match self {
            Indicator::NotSeen => "the child has not been seen",
            Indicator::Whereabouts => "the child's whereabouts are not known",
            Indicator::Missing => "the child is or has been missing",
            Indicator::SafetyUnknown => "it is not known whether the child is safe",
            Indicator::NotActedOn => "a disclosure, allegation or injury has not been acted on",
            Indicator::LeftAlone => "the child has been left alone or without safe supervision",
            Indicator::Injury => "an injury has not been explained",
            Indicator::NoSafetyPlan => "there is no safety plan while the risk continues",
            Indicator::OngoingRisk => "the risk of harm is current",
            Indicator::Configured => "it names a configured escalation trigger",
        }
    }
}

/// Whose state a trigger is about: the subject of its clause must fit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
}

/// Disclosures, allegations, injuries and other harm that must be acted on.
pub const HARM_EVENT: &str = r"disclos\w*|alleg\w*|(?:told|informed|confided in) (?:her|his|their|the|a|an) (?:{w} ){0,2}?(?:teacher|teaching assistant|school|social worker|sw|foster carer|carer|nurse|mum|mother|worker|friend|dsl|gp|police|mentor|staff|key worker|keyworker|residential worker|youth worker|counsellor|doctor)|(?:hurts?|hitting|hits|hit|beats?|beaten|beating|kick(?:s|ed|ing)?|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?|chok(?:es|ed|ing)|smack(?:s|ed|ing)?|shak(?:es|en|ing)|shook) (?:her|him|them|me|the (?:child|children|baby))|\bda\b (?:incident|notification|report|referral)s?|domestic (?:abuse|violence|incidents?)|said (?:that )?(?:{w} ){0,2}(?:had )?(?:hit|hurt|touched|kicked|punched|slapped|burnt|burned|strangled|grabbed|assaulted|abused|threatened)|injur(?:y|ies|ed)|bruis\w*|burns?|fractures?|marks? (?:on|to)|assault\w*|(?:physical|sexual|emotional) abuse|abused|sexual(?:ly)?|domestic (?:abuse|violence) (?:incident|notification|report)s?|police (?:notification|report|call-?out|callout)s?|self-harm\w*|suicid\w*|overdose|wants? to die|wanted to die|(?:kill(?:ing)?|end(?:ing)?|tak(?:e|ing)) (?:herself|himself|themselves|(?:her|his|their) (?:own )?life)|black eye|scald\w*|bite marks?|grip marks?|handprints?|hand marks?|finger(?:tip)? marks?|slap marks?|torn frenulum|frenulum|subdural|retinal (?:bleed|haemorrhage)\w*|skull|marks? (?:consistent|across|around|on|to)|consistent with (?:{w} )?(?:belt|slap|blow|grip|punch|kick|bite|strangulation|being (?:hit|struck|grabbed|shaken|slapped)|non-accidental|inflicted)|exploitation|exploited|cse|cce|county lines|strangl\w*|weapons?|knife|threat\w* to (?:kill|harm|hurt)|neglect|concerns? (?:about|regarding|for|of) (?:{w} ){0,3}(?:safety|harm|abuse|neglect|welfare)|safeguarding (?:concern|referral|report|alert)s?|referral (?:from|by) (?:the )?(?:school|police|health|gp|hospital|nursery|neighbour|a neighbour|family member|ambulance)";

/// A disclosure or concern not acted on.
pub const NOT_ACTED: &str = r"(?:strategy (?:discussion|meeting)|s47|section 47(?: enquiry)?|(?:cp |child protection )?medical|enquiry|investigation|safety plan|risk assessment|(?:home )?visit|welfare check|safe and well check|nrm referral|referral|icpc|conference) (?:{w} ){0,6}?(?:(?:has|have|had|is|are|was|were){not}|never) (?:yet |been |ever )*(?:convened|held|started|completed|arranged|undertaken|made|offered|initiated|opened|done|sent|requested|booked|agreed|put in place|carried out)|nothing (?:has |had )?(?:happened|changed) (?:since|after|as a result)|nothing (?:further|more) (?:was|has been|had been) done|no (?:{w} )?(?:safety planning|safety plan|protective action|protection plan|risk assessment|plan to keep|explanation (?:was|has been) (?:sought|given))|(?:no one|nobody|no-one) (?:has |had )?(?:followed|acted|responded|checked|asked|reported|referred|escalated)|no (?:record|evidence) (?:on (?:the )?file )?(?:of|that) (?:{w} ){0,4}?(?:being |having been |was |were |has been |had been )?(?:shared|passed|reported|referred|acted|followed|responded|escalated|investigated|actioned)|no (?:record|evidence) (?:on (?:the )?file )?of (?:any |a |an )?(?:action|response|referral|follow[- ]?up|strategy|enquiry|investigation|visit)|closed (?:with no|without (?:any )?)(?:further )?(?:action|enquiry|enquiries|investigation|assessment|visit|checks?)|no (?:further )?(?:enquiry|enquiries|investigation|checks?|safeguarding response)|no (?:action|response|follow[- ]?up|referral|strategy discussion|strategy meeting|s47|section 47|enquiry|investigation|cp medical|child protection medical|medical examination|medical|record of (?:any )?(?:action|response|referral|follow[- ]?up|strategy))|(?:not|never) (?:been |yet |ever )*(?:acted (?:up)?on|followed up|followed-up|responded to|passed on|shared|reported|referred|investigated|explored|escalated|progressed|actioned|addressed|discussed with|raised with|notified to)|(?:has|have|had|did|does|do|was|were){not} (?:yet |been |ever )*(?:[\w-]+ (?:or|nor) (?:been )?)?(?:discuss|discussed|raise|raised|notify|notified|act|acted|follow|followed|respond|responded|pass|passed|share|shared|report|reported|refer|referred|investigate|investigated|escalate|escalated|progress|progressed|action|actioned|address|addressed)\b|nothing (?:was|has been|had been|is being) done|(?:remains|remained|was left|has been left|left) (?:unaddressed|unexplored|uninvestigated|unanswered)|without (?:any )?(?:action|response|follow[- ]?up|referral)";

/// The triggers, with what each shows and whose state it is about.
pub const TRIGGERS: &[(&str, Indicator, About)] = &[
    // Not seen.
    (
        r"(?:(?:has|have|had){not} (?:yet |ever |once )*been|(?:is|are|was|were){not}) (?:yet |ever |once |always )*(?:seen|sighted|visited)",
        Indicator::NotSeen,
        About::Child,
    ),
    (
        r"not (?:been )?(?:(?:{w} ){1,4}?(?:or|nor) (?:been )?)?(?:seen|sighted|visited) (?:since|for|in (?:over|more than|the (?:last|past))|during the (?:last|past))",
        Indicator::NotSeen,
        About::Child,
    ),
    (
        r"(?:no one|no-one|nobody|no professional|no practitioner|no worker|no agency|none of the (?:professionals|agencies))(?: (?:from|in|at|of|within)(?: {w}){1,3}?)? (?:has |had |have )?(?:yet )?(?:been able to |managed to |is able to |can )?(?:seen|see|visited|visit|sighted|had contact with|have contact with|spoken to|speak to|had sight of|laid eyes on)",
        Indicator::NotSeen,
        About::Any,
    ),
    (
        r"(?:has|have|had){not} (?:yet |been able to |ever )*(?:seen|visited|sighted) (?:{w} ){0,3}(?:since|for|in (?:over|more than|the (?:last|past)))",
        Indicator::NotSeen,
        About::Practitioner,
    ),
    (
        r"no (?:{w} ){0,2}?(?:visits?|contact|sighting) (?:{w} ){0,5}?(?:since|for (?:over |more than |nearly |almost )?(?:\w+ )?(?:days|weeks|months)|in (?:over |more than )?(?:\w+ )?(?:days|weeks|months)|in the (?:last|past))",
        Indicator::NotSeen,
        About::Child,
    ),
    (
        r"(?:unable|not able|failed|been unable|not been able) to (?:see|visit|locate|find|trace|contact|reach|make contact with|gain access|get access|gain entry)",
        Indicator::NotSeen,
        About::Any,
    ),
    (
        r"(?:has|have|had){not} (?:yet |since )?(?:had|received) (?:a |an |any )?(?:{w} ){0,2}?(?:visits?|contact|sighting) (?:{w} ){0,3}?(?:since|for|in (?:over|more than|the (?:last|past)))",
        Indicator::NotSeen,
        About::Child,
    ),
    (
        r"(?:has|have|had){not} (?:yet )?been (?:heard from|in (?:touch|contact)|contactable|reachable|traceable)|(?:has|have) (?:gone (?:quiet|to ground|off the radar)|lost (?:all )?contact)|(?:is|are|was|were|remains?) (?:un(?:contactable|reachable|traceable)|not (?:contactable|reachable))|no one has heard from",
        Indicator::NotSeen,
        About::Child,
    ),
    (
        r"(?:has|have|had) (?:had|received) no (?:{w} ){0,2}?(?:visits?|contact|sighting)|no (?:record|evidence|indication) (?:on (?:the )?file )?(?:that|of) (?:anyone|anybody|any professional|any agency|a professional|the (?:sw|social worker|worker)|\w+) (?:has |have |had |having )?(?:seen|visited|spoken to|had contact with|met)",
        Indicator::NotSeen,
        About::Child,
    ),
    (
        r"(?:days|weeks|months) since (?:anyone|anybody|any professional|a professional|any agency|the (?:sw|social worker|worker)|\w+) (?:last )?(?:saw|visited|had contact with|spoke to|was seen|were seen|has been seen)|(?:days|weeks|months) since (?:{w} )?(?:was|were|has been|had been) (?:last )?seen",
        Indicator::NotSeen,
        About::Any,
    ),
    (
        r"no[- ]access visits?|(?:no one|nobody|no-one) (?:answered|was (?:at )?home|came to the door)|no (?:answer|reply|response) (?:at|from) the (?:door|address|property|house|home|flat)",
        Indicator::NotSeen,
        About::Any,
    ),
    (
        r"(?:cannot|can['’]t|can not|could{not}) be (?:seen|located|found|traced|contacted|reached)|(?:has|have){not} (?:yet )?been (?:located|traced|found)",
        Indicator::NotSeen,
        About::Child,
    ),
    (
        r"(?:not clear|unclear|not evident|nothing on (?:the )?file (?:to show|shows?)|(?:the )?(?:file|record|records|chronology|case notes) (?:does|did){not} show) (?:that |whether |if )?(?:anyone|anybody|any professional|a professional|any agency|the (?:sw|social worker|worker|allocated worker)) (?:has |had |have )?(?:seen|visited|checked on|spoken to|had contact with|been in contact with)",
        Indicator::NotSeen,
        About::Any,
    ),
    // Whereabouts not known.
    (
        r"where (?:she|he|they|\w+) (?:sleeps|stays|lives|goes|is staying|is living|is sleeping|are staying|are living|spends (?:the |her |his |their )?nights?) (?:{w} ){0,5}?(?:is|are|remains?) (?:unknown|not known|unclear)",
        Indicator::Whereabouts,
        About::Any,
    ),
    (
        r"whereabouts (?:of (?:{w} ){1,5}?)?(?:(?:are|is|were|was|remain|remains|remained|have been|has been|currently|still|now) )*(?:unknown|not (?:currently |presently |yet )?known|unclear|uncertain|unconfirmed|unverified|not (?:currently |presently )?clear|(?:(?:have|has){not} been|(?:are|is|were|was){not}) (?:confirmed|established|verified|checked))|(?:unknown|not known) whereabouts",
        Indicator::Whereabouts,
        About::Child,
    ),
    (
        r"(?:(?:do|does|did){not} know|no one knows|nobody knows|no-one knows|(?:not known|unknown|unclear|not clear)) (?:exactly )?(?:where (?:she|he|they|the child|the children|the baby|the young person|\w+) (?:is|are|was|were|lives|live|living|stays|staying|sleeps|sleeping|goes|go|went|spends|spending|disappears|stays)|(?:the|her|his|their) (?:current |new )?address|who (?:is |has )?(?:{w} ){0,3}?(?:caring for|looking after|care of|responsibility for|responsible for|in charge of)|who (?:she|he|they|\w+) (?:is|are) (?:with|living with|staying with))",
        Indicator::Whereabouts,
        About::Any,
    ),
    (
        r"(?:staying|living|sleeping|spending (?:time|nights)|associating|seen) (?:{w} ){0,2}?with (?:{w} ){0,2}?(?:adults?|men|males?|people|a man|an adult|older (?:males?|men|people|boys|adults)) (?:{w} ){0,2}?(?:unknown|not known|who are not known)|unknown (?:adults?|males?|men|older males)",
        Indicator::Whereabouts,
        About::Any,
    ),
    (
        r"no (?:{w} )?information (?:about|on|as to|regarding) (?:who|where)|(?:an )?unknown (?:address|location|area|destination|place)|nothing (?:is |was )?known (?:about|of) (?:{w} ){0,3}?(?:living arrangements|care arrangements|whereabouts|address|circumstances|home)|(?:living|care|sleeping) arrangements (?:(?:are|is|remain|remains|were) )?(?:unknown|not known|unclear)|(?:address|location|current address) (?:(?:is|are|was|remains|has been) )?(?:unknown|not known|unconfirmed)|no (?:known|forwarding|fixed) (?:address|abode)|moved (?:{w} ){0,4}without (?:telling|informing|notifying|a forwarding)",
        Indicator::Whereabouts,
        About::Child,
    ),
    (
        r"(?:moved|gone|left|fled|relocated) (?:{w} ){0,4}?(?:to )?(?:an )?(?:unknown|undisclosed) (?:address|location|area|destination|place)? ?(?:{w} )?with (?:the |her |his |their |both )?(?:{w} )?{w}",
        Indicator::Whereabouts,
        About::Companion,
    ),
    // Missing.
    (
        r"missing from (?:home|care|(?:the |her |his |their )?(?:home|placement|care home|children's home|children’s home|foster home|foster placement|residential (?:home|unit|placement)|unit|hospital))",
        Indicator::Missing,
        About::Any,
    ),
    (
        r"(?:went|gone|goes|go|going|been|reported|recorded|is|are|was|were|remains?|remained|still) (?:(?:\w+ly|again|still|often|now|currently|repeatedly) )?missing",
        Indicator::Missing,
        About::Child,
    ),
    (
        r"missing (?:episodes?|person(?:s)? (?:report|episode|incident)s?|incidents?|notifications?|reports?)|(?:ran|run|runs|running) away|absconded|absconding|(?:has|have|had){not} (?:yet )?returned (?:home|to (?:the |her |his |their )?(?:placement|home|care|unit|carers?|foster carers?))|(?:did|does){not} return (?:home|to)|failed to return|stayed out (?:overnight|all night|until)|out overnight|(?:did|has|have|had){not} (?:yet )?(?:come (?:back )?home|come back|been back|come home)",
        Indicator::Missing,
        About::Any,
    ),
    // Safety not known.
    (
        r"(?:(?:do|does|did){not} know|(?:not known|unknown|unclear|uncertain|not clear|unsure|not sure|not certain)|(?:cannot|can['’]t|can not|could{not}) (?:be )?(?:sure|confirm|say|know|establish|tell|verify|be certain)|(?:unable|not able|not possible|not been possible|not been able) to (?:confirm|establish|say|know|verify|be sure|check|tell)|no (?:way of knowing|assurance|confirmation)|(?:no one|nobody|no-one|no professional|none of (?:the )?(?:professionals|agencies)) (?:can|could|is able to|was able to|knows?|knew) (?:say|tell|confirm|know|be sure)?|(?:has|have){not} (?:been )?(?:confirmed|established|verified)) (?:{w} ){0,8}?(?:safe|safety|(?:is|are|was|were|remains?|being) well|safe and well|harmed|being hurt|at risk|alive|okay|being cared for|cared for|(?:being )?fed|(?:being )?looked after|(?:being )?supervised|(?:still )?(?:living|staying|residing|sleeping) (?:with|at|in))",
        Indicator::SafetyUnknown,
        About::Any,
    ),
    (
        r"no (?:record|evidence|indication) (?:on (?:the )?file |recorded )?(?:of|that) (?:{w} ){0,3}?(?:safety|welfare|wellbeing|well-being) (?:has|have|had|was|were|being) (?:been )?(?:checked|confirmed|established|assessed|seen to)|safety (?:(?:of|for|at|in) (?:{w} ){1,3}?)?(?:cannot|can['’]t|could{not}|has{not}|have{not}|is{not}|remains) (?:be |been |yet )*(?:confirmed|assured|established|verified|known|guaranteed|unknown|unconfirmed|checked|assessed|seen to)|(?:no|without an?) (?:safe and well|welfare) (?:check|visit)|(?:welfare|safe and well) check (?:has|have|was|were){not} (?:yet )?(?:been )?(?:completed|done|undertaken|carried out)",
        Indicator::SafetyUnknown,
        About::Any,
    ),
    // Left alone.
    (
        r"left (?:(?:{w} ){1,3}?)?(?:at home |home |in the (?:house|home|flat|car) |overnight )?(?:alone|on (?:her|his|their) own|unsupervised|unattended|by (?:herself|himself|themselves)|in the care of (?:a |an |her |his |their )?(?:{w} ){0,2}(?:sibling|brother|sister|stranger|neighbour|\d+[- ]year[- ]old|unassessed adult|unknown adult)|to (?:look after|care for|mind|babysit) (?:{w} ){0,3}?(?:siblings?|brothers?|sisters?|baby|babies|children|twins))|home alone|(?:found|discovered|spotted) (?:{w} ){0,2}?(?:wandering|alone|unsupervised|unattended|on (?:her|his|their) own)|locked (?:in|out) (?:of )?(?:the |her |his |a )?(?:house|home|flat|room|bedroom)",
        Indicator::LeftAlone,
        About::Any,
    ),
    (
        r"(?:leaves|left|leaving) [^.;!?]{1,60}?\b(?:while|whilst|when) (?:she|he|they|mother|father|mum|dad|the parents?|the carers?|\w+) (?:goes|went|go|is|was|are|were|works?|worked|working|nips?|popped|pops) (?:{w} )?(?:out|away|to work|working|shifts|nights|drinking|shopping|to the shop|to the pub|on shift)",
        Indicator::LeftAlone,
        About::Any,
    ),
    // Injuries not explained.
    (
        r"(?:explanation|account)s? (?:{w} ){0,5}?(?:(?:does|do|did){not} (?:fit|match|explain|account for)|(?:is|are|was|were){not} (?:consistent|plausible|credible)|(?:is|are|was|were) (?:inconsistent|implausible|at odds|contradictory))",
        Indicator::Injury,
        About::Any,
    ),
    (
        r"consistent with (?:{w} )?(?:belt|slap|blow|grip|punch|kick|bite|strangulation|cigarette|being (?:hit|struck|grabbed|shaken|slapped)|non-accidental|inflicted)|(?:injur(?:y|ies)|bruis\w*|marks?|burns?|fractur\w*) (?:{w} ){0,4}?(?:non-accidental|inflicted|deliberate(?:ly caused)?)|(?:unexplained|non-accidental|suspicious) (?:{w} ){0,2}?(?:injur(?:y|ies)|bruis\w*|marks?|burns?|fractures?|wounds?|swelling)",
        Indicator::Injury,
        About::Any,
    ),
    (
        r"(?:injur(?:y|ies)|bruis\w*|marks?|burn(?:s|t|ed)?|fractur\w*|broken (?:arm|leg|wrist|rib|ribs|bone|bones)|wounds?|cuts?|head injury|swelling|black eye|scalds?|bite|lump|handprints?|frenulum) (?:{w} ){0,10}?(?:(?:remains?|remained|is|are|was|were|still|as yet) unexplained|(?:(?:has|have|had|is|are|was|were){not}|(?:has|have|had|is|are|was|were) never) (?:yet |been |ever )*(?:explained|accounted for|examined|checked|seen by (?:a |the )?(?:doctor|paediatrician|gp|medic))|no (?:clear |plausible |consistent |credible |satisfactory )?(?:explanation|account|cp medical|child protection medical|medical)|inconsistent (?:explanation|account)s?|(?:explanation|account) (?:{w} ){0,3}(?:is|was|were|are) (?:inconsistent|implausible|not plausible|not consistent|unclear)|(?:could|can|did|does|do|have|has){not} (?:be )?(?:explain|explained|account for)|cannot (?:be )?(?:explain|explained|account for)|(?:unable|not able) to (?:explain|account for)|(?:no one|nobody) (?:can|could|has) (?:explain|explained))",
        Indicator::Injury,
        About::Any,
    ),
    // Current risk.
    (
        r"at (?:{w} )?risk of (?:immediate|imminent) (?:and serious |serious )?(?:harm|danger|abuse|injury)|(?:immediate|imminent) (?:risk|danger|harm|threat)|in (?:immediate |imminent )?danger|at (?:immediate|imminent) risk|(?:is|are|remains?|remained) unsafe|not safe (?:at home|in the home|with)",
        Indicator::OngoingRisk,
        About::Any,
    ),
    (
        r"perpetrator (?:{w} ){0,4}?(?:remains|is still|continues|has returned|returned|is living|lives|is staying|has moved back|moved back|has been seen at|visits|is visiting)|(?:has|have|had) (?:returned|moved back|come back) (?:to|into) (?:the )?(?:family )?(?:home|household|property) (?:{w} ){0,6}?(?:despite|in breach|against|contrary|although|even though|while|whilst)|(?:breach|breached|breaching|in breach of) (?:{w} ){0,3}?(?:bail|conditions|non-molestation|order|injunction|safety plan|written agreement|working agreement)|(?:unsupervised|unassessed) (?:contact|access|overnight stays?|care) (?:{w} ){0,8}?(?:despite|although|even though|while|whilst|against|contrary|not (?:been )?assessed|unassessed|without (?:an? )?(?:assessment|risk assessment)|bail|offender|perpetrator|breach)",
        Indicator::OngoingRisk,
        About::Any,
    ),
    (
        r"(?:(?:does|do|did){not} feel safe|feels? unsafe|felt unsafe|(?:is|are|was|were|am|feels?|felt) (?:too )?(?:scared|frightened|afraid) (?:to go home|of (?:going home|being at home|her|his|him|them|mother|father|mum|dad|stepfather|\w+'s partner))|(?:does|do|did){not} want to go home because)",
        Indicator::OngoingRisk,
        About::Any,
    ),
    (
        r"(?:remains?|remained|living|lives|stays?|staying|left|sleeping|is) (?:{w} ){0,4}?with (?:the |her |his |an |a )?(?:alleged |suspected |known |convicted )?(?:perpetrator|abuser|offender|attacker)",
        Indicator::OngoingRisk,
        About::Any,
    ),
    (
        r"(?:lives|living|live|staying|stays|remains?|remained|sleeping|left|spends? (?:time|nights|weekends)) (?:{w} ){0,3}?with (?:{w} ){0,3}?{w},? who (?:is|was|has been|had been|remains|are|were) (?:{w} ){0,3}?(?:on bail|bailed|charged|arrested|convicted|cautioned|subject to (?:a |an )?(?:non-molestation|restraining|bail|criminal)|(?:a |an )?(?:known |convicted |violent |registered |alleged )?(?:perpetrator|offender|abuser)|violent|under (?:police )?investigation|awaiting (?:trial|sentencing))",
        Indicator::OngoingRisk,
        About::Any,
    ),
    (
        r"(?:staying|stays|spending (?:time|nights)|associating|hanging around|going out) with (?:much |significantly )?older (?:males?|men|boys|adults|people)|(?:found|located|seen|arrested|stopped) (?:{w} ){0,4}?(?:in|at) (?:a |an )?(?:known )?(?:drug|crack|trap|cuckooed) (?:house|den|address|property|flat)|found (?:in possession of|carrying) (?:{w} ){0,2}?(?:drugs|a knife|knives|a weapon|cash|large sums)",
        Indicator::OngoingRisk,
        About::Any,
    ),
    (
        r"(?:was|has been|have been|were|got) (?:stabbed|shot|kidnapped|trafficked|abducted)|(?:associating|involved|mixing) with (?:a |an )?(?:{w} )?gang|gang (?:member|involvement|affiliation|activity)|(?:living|sleeping|staying) (?:{w} )?(?:in a tent|in a car|in a van|on the streets?|rough|in a squat|in a crack house|in a doorway|in a stairwell)|(?:sleeping|sleeps|slept|put to sleep) (?:{w} ){0,2}?in a (?:drawer|box|car seat overnight)|unsafe sleep(?:ing)?(?: arrangements)?|(?:looked after|cared for|babysat|minded|supervised) (?:{w} )?(?:by|with) (?:a |an |her |his |their )?(?:\d+[- ]year[- ]old|{w}[- ]year[- ]old|teenager|teenage|unknown|unassessed|stranger|young sibling)",
        Indicator::OngoingRisk,
        About::Any,
    ),
    (
        r"(?:took|taken|taking) an overdose|(?:attempted|tried) (?:to )?(?:suicide|to kill (?:herself|himself|themselves)|to take (?:her|his|their) (?:own )?life|to end (?:her|his|their) life)|suicide attempt|ligature|(?:threatened|threatening|threats) to (?:kill|harm|hurt|stab|take)|being (?:sexually |criminally )?exploited|being groomed|(?:sleeping rough|sofa[- ]surfing|street homeless)",
        Indicator::OngoingRisk,
        About::Any,
    ),
];

/// Triggers that need a second cue in the same sentence: the trigger, what else must be
/// said, and what the two together show.
pub const PAIRED_TRIGGERS: &[(&str, &str, Indicator)] = &[
    // No safety plan while the risk continues.
    (
        r"(?:no|without an?|absence of an?|not an?) (?:{w} ){0,2}?(?:safety|protection|risk management|contingency) plans?|(?:no|without an?) (?:{w} )?plan (?:to keep|for keeping|to protect|to manage (?:the )?risks?|for (?:her|his|their) safety)|(?:safety|protection) plan (?:has|have|had|is|was){not} (?:yet |been )*(?:put in place|in place|agreed|completed|updated|drawn up|written|made|followed|working)|(?:safety|protection) plan (?:has |had |is |was )?(?:lapsed|expired|ended|broken down|collapsed|out of date|not being followed)",
        CONTINUING,
        Indicator::NoSafetyPlan,
    ),
    // The last sight of the child was long ago.
    (
        r"last (?:(?:recorded|statutory|home|face-to-face|known|direct|confirmed) )*(?:contact|visit|sighting|seen|sighted)|last time (?:{w} ){0,3}?(?:saw|seen|visited|had contact with|spoke to)",
        r"(?:over|more than|nearly|almost|about|around|some) (?:{w} )?(?:weeks?|months?) ago|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|[3-9]|\d\d) weeks ago|(?:{w} )?months? ago|(?:a|one|two) weeks? ago|whereabouts|missing|(?:has|have){not} been seen since|no one|nobody|not since",
        Indicator::NotSeen,
    ),
    // An offender in the child's life.
    (
        r"(?:schedule (?:1|one)|registered sex|sex|convicted (?:sex )?) offender|(?:on|subject to) the sex offenders['’]? register",
        r"living|lives|staying|stays|moved in|moving in|contact|visits?|visiting|in the home|babysit\w*|caring|care of|unsupervised|access|partner|relationship|spends? time",
        Indicator::OngoingRisk,
    ),
    // Basic care missing at home.
    (
        r"(?:no|without|lack of|lacking|not enough) (?:{w} ){0,2}?(?:food|heating|heat|electricity|gas|running water|water|beds?|bedding|cot|nappies|formula|clean clothes)",
        r"home|house|flat|property|children|child|baby|family|kitchen|fridge|cupboards|days|weeks",
        Indicator::OngoingRisk,
    ),
    // A carer misusing drugs or alcohol now, with a baby or young child in their care.
    (
        r"(?:is|are|has been|have been|continues to be|continue to be|still) (?:{w} )?(?:misusing|using|injecting|smoking|drinking) (?:{w} )?(?:heroin|crack|cocaine|drugs|alcohol|substances|heavily|daily)",
        r"baby|infant|newborn|toddler|sole carer|sole care|caring for|looking after|children|child",
        Indicator::OngoingRisk,
    ),
    // A carer intoxicated while responsible for the child.
    (
        r"intoxicated|drunk|under the influence|smelt (?:strongly )?of (?:alcohol|cannabis)|slurring",
        r"caring for|care for|charge of|in charge|looking after|sole carer|sole care|care of|alone with|co-sleeping|with the (?:baby|children|child|twins)|responsible for|supervising|looked after",
        Indicator::OngoingRisk,
    ),
    // A condition of the plan or an order not kept.
    (
        r"(?:must|should|is|are|was|were)(?:{not}| never) (?:to )?(?:have (?:any |direct |unsupervised |overnight )?(?:contact|access|care)|be (?:alone|left|in (?:the |her |his |their )?(?:home|house|household|property)|in contact|unsupervised)|see|visit|stay|live|collect|care for|contact|return|go (?:to|near))|(?:is|are|was|were)(?:{not}) (?:allowed|permitted|supposed|meant) to|not to have (?:any )?(?:unsupervised )?contact|(?:was|were) told not to|banned from|prohibited from",
        r"but|however|yet|despite (?:this|that)|continues|continued|is still|are still|has been seen|have been seen|has been (?:\w+ing)|regularly|most days|every day|again",
        Indicator::OngoingRisk,
    ),
    // Contact with someone who poses a risk, not supervised.
    (
        r"contact [^.;!?]{0,80}?\b(?:(?:is|are|was|were|has been|have been){not} (?:being |been )?supervised)|unsupervised (?:contact|time|access|visits?|overnights?|overnight stays?|care)",
        RISK_PERSON,
        Indicator::OngoingRisk,
    ),
    // Someone who poses a risk back in the child's home.
    (
        r"(?:living|staying|back|moved back|moving back|returned|sleeping|visiting|spending (?:time|nights)|seen) (?:{w} ){0,3}?(?:in|at|to|into) (?:the )?(?:family )?(?:home|house|household|property|flat)|(?:has|have) moved (?:back )?in|back home|moved in with|(?:now )?(?:lives|living|stays|staying) with",
        RISK_PERSON,
        Indicator::OngoingRisk,
    ),
];

/// Someone who poses a risk, or a bar on their contact.
pub const RISK_PERSON: &str = r"poses? (?:a )?(?:significant |serious |high )?risk|risk of (?:sexual |physical |significant )?harm|sexual harm|non-molestation|restraining order|bail(?: conditions?)?|injunction|exclusion order|prohibited steps|offender|perpetrator|not (?:allowed|permitted|supposed) to|should not (?:be|have|live|stay)|must not|(?:was|were|has been|had been|is) (?:charged|arrested|convicted|cautioned)|convictions? (?:for|of)|previous convictions|violent|violence|assault\w*|abus\w*|risk to (?:children|the child|the children)|schedule (?:1|one)";

/// The risk still goes on (for "no safety plan"): a contrast, the risk in the present,
/// or harm named in the same sentence.
pub const CONTINUING: &str = r"(?:while|whilst|despite|although|even though|though|yet|even as|remains?|continues?|continuing|has returned|moved back|still|current(?:ly)?|ongoing|lives|living|at home|is at risk|are at risk|risks?|harm|abuse|violence|violent|self-harm\w*|suicid\w*|perpetrator|offender|exploit\w*|missing|injur\w*|threat\w*|unsafe|danger)";

/// The trigger is negated, hypothetical or historical: these end the words before it
/// ("there have been no missing episodes", "the risk of going missing").
pub const NOT_CURRENT_BEFORE: &str = r"(?:\b(?:no|without|little|nothing|not any) (?:\w+ ){0,2}(?:evidence|indication|suggestion|concerns?|reports?|signs?|record|information|reason to (?:believe|think)) (?:that|of|to suggest)\b(?:[^\w;:,.!?]+[A-Za-z0-9_'’-]+){0,7}|\bnothing (?:[A-Za-z0-9_'’-]+ ){0,4}?(?:to (?:suggest|indicate|show)|that (?:suggests|indicates|shows))\b(?:[^\w;:,.!?]+[A-Za-z0-9_'’-]+){0,7}|\b(?:no|not|never|nor|none|neither|without|n['’]t)\b(?:[^\w;:,.!?]+[A-Za-z0-9_'’-]+){0,4}|\b(?:risk|risks|likelihood|fear|danger|chance|possibility) (?:of|that)(?:[^\w;:,.!?]+[A-Za-z0-9_'’-]+){0,3}|\b(?:if|unless|should|would|could|in case|whether|when|what if|protocol|procedures?|policy|training|plan (?:for|if|in case)|history of|historic(?:al|ally)?|previously|in the past|prior to|before (?:she|he|they|\w+) (?:came|was|were) (?:into care|placed|accommodated)|no longer|no further|ruled out|not currently)\b(?:[^\w;:,.!?]+[A-Za-z0-9_'’-]+){0,4})[^\w;:,.!?]*$";

/// Plain negation just before a cue ("no contact", "not violent"): for the second cue of
/// a paired trigger, where a history ("a history of violence") is the risk itself.
pub const NEGATED_BEFORE: &str = r"\b(?:no|not|never|nor|none|neither|without|n['’]t|no longer)\b(?:[^\w;:,.!?]+[A-Za-z0-9_'’-]+){0,3}[^\w;:,.!?]*$";

/// The trigger is itself followed by what makes it harmless ("not been seen alone" is
/// not "not been seen"; "missing from the file" is about a document).
pub const NOT_CURRENT_AFTER: &str = r"^\W*(?:(?:the |this |that |her |his |their |a |an |any )?(?:[A-Za-z0-9_'’-]+\s+){0,2}(?:plan|plans|report|reports|assessment|minutes|letter|document|documents|file|record|records|chronology|email|emails|referral form|notes|paperwork)\b|from (?:the |her |his |their |this |that )?(?:[A-Za-z0-9_'’-]+\s+){0,2}?(?:file|record|records|plan|assessment|chronology|minutes|case notes|system|report|list|paperwork|review|meeting|conference|core group|pep|ehcp|summary|document|recording|notes|form|template|analysis|audit)\b|(?:documents?|records?|information|paperwork|forms?|signatures?|sections?|pages?|details?)\b)";

/// What makes "not seen" harmless when it follows: the child is seen, only not alone, or
/// not by a health professional ("not seen alone", "not seen by the dentist").
pub const SEEN_QUALIFIER: &str = r"^\W*(?:alone|on (?:her|his|their) own|by (?:herself|himself|themselves)|as\b|to be\b|by (?:a |the |her |his )?(?:dentist|optician|orthodontist|audiologist|health visitor|school nurse|gp|paediatrician|camhs|therapist|consultant|specialist|doctor))";

/// What makes "missing" a verb with an object, not a missing child ("is missing school",
/// "missing her nan").
pub const MISSING_OBJECT: &str = r"^\s+(?:key |vital |important |valuable |essential |a lot of |some |much |out on )?(?:learning|lessons?|school|education|out|appointments?|sessions?|meals?|classes|time|opportunities|milestones|support|her|his|their|them|him|family|friends|home|mum|dad|mother|father)\b";

/// The risk was acted on or has ended: these in the same sentence (or the next, when it
/// follows on) mean the trigger is already handled.
pub const RESOLVED: &str = r"\b(?:return (?:home )?interviews? (?:was |were |has been |have been |had been )?(?:completed|held|undertaken|done|carried out|offered|followed|took place|happened)|(?:reported|referred|shared|passed|seen|visited|held|convened|made|taken|completed|undertaken|put in place|agreed|escalated|notified|informed|contacted|examined|spoken|spoke|arranged|started|initiated|opened|moved|placed|removed|safeguarded|protected|told|sent|met|called|alerted|raised|responded|acted|visited) (?:[A-Za-z0-9_'’-]+ ){0,5}?(?:immediately|the same day|on the same day|that day|that afternoon|that evening|promptly|within (?:the hour|hours|an hour|24 hours|one working day|a day)|without delay)|strategy (?:discussion|meeting) (?:was |has been |had been |were )?(?:held|convened|took place|followed|completed|arranged|agreed)|(?:s47|section 47)(?: enquiry| enquiries)? (?:was |has been |were |had been )?(?:completed|undertaken|initiated|started|commenced|opened|followed)|(?:cp|child protection) medical (?:was |has been |had been )?(?:completed|undertaken|arranged|held)|since been (?:seen|visited|located|found|traced)|(?:is|are) now (?:safe|living|placed|home|back|settled|in (?:a |an )?(?:safe|foster|placement))|until (?:[A-Za-z0-9_'’/-]+\s+){0,4}?(?:later|after(?:wards)?)\b|until (?:the (?:following|next)|\d)|now (?:has|have) a safety plan|safety plan (?:is |was |has been |had been |were )(?:now )?(?:in place|agreed|put in place|drawn up|updated)|(?:was|were|has been|have been) (?:fully )?(?:explained|accounted for)|consistent with (?:the |his |her |their )?(?:account|explanation)|(?:found|judged|assessed|considered|concluded|deemed|believed) (?:[A-Za-z0-9_'’-]+\s+){0,3}?(?:to be |as |was |were )?accidental|(?:was|were|is|are|be|been|being) (?:likely |probably )?accidental|accidental(?:ly)? (?:caused|sustained|injur\w*|falls?)|risk (?:was|has been|had been) (?:managed|reduced|addressed|assessed)|(?:taken|brought|removed) (?:to|into) (?:a place of safety|police protection|hospital|care)|police protection|emergency protection order|(?:placed|moved|accommodated) (?:in|into|with) (?:foster care|a foster placement|care|kinship care|a place of safety|(?:her|his|their) (?:grand\w+|aunt|uncle))|within (?:the )?(?:statutory )?timescales?|(?:which|this) is (?:the |a |their )?(?:standard|usual|normal|expected|routine|universal)|(?:which|this) is (?:in line with|within|appropriate)|abstinent|in recovery|negative (?:drug |hair strand )?tests?|referred (?:on )?to (?:the )?(?:police|lado|mash|children['’]s services|duty|front door))\b";

/// A child who was missing or not seen has come back or been found (this resolves only
/// those triggers: "father has returned to the home" is no resolution).
pub const RETURNED: &str = r"\b(?:(?:has |have |had |was |were |is |subsequently |later |safely |then |since |now )*(?:returned|came back|come back|came home|come home)|(?:was|were|has been|have been|had been) (?:quickly |promptly |safely |later |subsequently )?(?:found|located|traced|seen (?:safe|and well|the (?:same|next|following) day|within|later that day))|safe and well|(?:found|located|traced|collected|brought back) (?:her|him|them)\b|since been (?:seen|visited|located|found|traced)|no (?:further |more |new |other )?(?:missing )?(?:episodes?|incidents?) (?:since|after|because)|(?:has been|have been|is now|are now) (?:settled|safe|stable)|settled since|(?:carers?|parents?|mother|father|mum|dad|family|school|staff|police|she|he|they) (?:always |all along |)?(?:knew|know|knows) where (?:she|he|they|[A-Za-z]+) (?:was|were|is|are)|(?:was|were) (?:back |home )(?:by|before) (?:her|his|their|the) (?:agreed|usual|curfew)|(?:has|have)(?:\s+not|n['’]t) (?:been|gone) missing (?:since|again))\b";

/// A child found and brought back, said of them by pronoun ("Police found her at a
/// friend's house"): a next sentence that says so follows on from a missing episode.
pub const FOUND_AGAIN: &str =
    r"\b(?:found|located|traced|collected|picked up|brought back|returned|took) (?:her|him|them)\b";

/// A pattern of going missing: a return ends one episode, not the risk.
pub const REPEATED: &str = r"\b(?:keeps?|kept|repeatedly|regularly|frequently|often|continues? to|again|most (?:days|nights|weekends)|every (?:day|night|weekend)|(?:\d+|two|three|four|five|six|several|many|multiple) (?:times|occasions|episodes))\b";

/// Words that bind a sentence to the one before it ("No action was taken", "This was not
/// followed up").
pub const FOLLOWS_ON: &str = r"^\W*(?:no|nothing|this|it|that|these|those|they|she|he|both|each|all|either|neither|there (?:is|are|was|has been|had been|were|have been) no|(?:the )?(?:record|records|file|chronology|case notes?|notes) (?:shows?|showed|records?|holds?|has|contains?|gives?) no|however|but|yet|despite this|since then|to date|as yet|after (?:this|that)|following (?:this|that|the|each|both)|in response|as a result|subsequently|the same day|the next day|the (?:disclosure|allegation|concern|concerns|injury|injuries|incident|incidents|episode|episodes|report|reports|referral|bruising|mark|marks)|(?:a|the|her|his|their) return (?:home )?interview)\b";

/// The child seen or visited, affirmed ("was seen alone on 14 November", "his social
/// worker saw him on…", "sees them weekly"): with a recent date, a gap in sight has ended.
pub const SIGHTING: &str = r"\b(?:(?:was|were|has been|have been|had been|is|are|being)\s+(?:last\s+|also\s+|most recently\s+|then\s+|both\s+|all\s+|each\s+)?(?:seen|visited|sighted)|(?:saw|sees|see|visited|visits|met)\s+(?:her|him|them|both (?:children|of them)|the (?:children|child|twins|baby|siblings)|[A-Z][A-Za-z'’-]+))\b";

/// Sightings on a regular pattern.
pub const REGULAR: &str = r"\b(?:weekly|fortnightly|every (?:week|fortnight|two weeks|other week|visit)|twice (?:a|each|every) week|each week|at least (?:weekly|fortnightly|monthly)|most recently)\b";

/// The gap is said to be open now: a later sighting does not close it.
pub const STILL_OPEN: &str = r"\b(?:now|current|currently|still|at present|at the moment|tonight|today|this week|remains?|remained|yet to|as yet|to date)\b";

/// An auditor's note that the case has been escalated ("Escalated to the Team Manager on
/// 20 November 2026."): with a date, it records that the trigger has been acted on.
pub const ESCALATION_NOTE: &str = r"^\W*(?:(?:auditor(?:['’]s)?\s+)?note\W+)?(?:(?:i|we|the auditor|this|this case|these concerns|this concern|the case)\s+(?:was\s+|were\s+|has\s+been\s+|have\s+)?)?escalated\b";

/// The escalation vocabulary of one configuration. The trigger set is compiled when first
/// used; each matcher behind it when first needed.
#[derive(Debug)]
pub struct EscalationMatcher {
    /// Every trigger and paired trigger at once, in that order: one pass over a sentence
    /// tells which of them can match at all.
    pub any_trigger: LazyRegexSet,
    pub triggers: Vec<(LazyRegex, Indicator, About)>,
    /// Triggers with the second cue each needs.
    pub paired: Vec<(LazyRegex, LazyRegex, Indicator)>,
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
        let any_trigger = LazyRegexSet::new(
            TRIGGERS
                .iter()
                .map(|(p, _, _)| ascii_boundaries(&expand(p)))
                .chain(
                    PAIRED_TRIGGERS
                        .iter()
                        .map(|(p, _, _)| ascii_boundaries(&expand(p))),
                ),
        );
        EscalationMatcher {
            any_trigger,
            triggers: TRIGGERS
                .iter()
                .map(|(p, indicator, about)| (compile(&expand(p)), *indicator, *about))
                .collect(),
            paired: PAIRED_TRIGGERS
                .iter()
                .map(|(p, needs, indicator)| {
                    (compile(&expand(p)), compile(&expand(needs)), *indicator)
                })
                .collect(),
            configured,
            harm_event: compile(&expand(HARM_EVENT)),
            not_acted: compile(&expand(NOT_ACTED)),
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
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn every_built_in_pattern_compiles() {
        for (pattern, _, _) in TRIGGERS {
            assert!(Regex::new(&expand(pattern)).is_ok(), "{pattern}");
        }
        for (pattern, needs, _) in PAIRED_TRIGGERS {
            assert!(Regex::new(&expand(pattern)).is_ok(), "{pattern}");
            assert!(Regex::new(&expand(needs)).is_ok(), "{needs}");
        }
        for pattern in [HARM_EVENT, NOT_ACTED] {
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
            .chain(m.paired.iter().flat_map(|(r, needs, _)| [r, needs]))
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
            ]);
        for regex in all {
            assert!(regex.has_latin_form(), "{}", regex.pattern());
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
