//! Calendar dates as auditors write them: ISO `2026-11-20`, UK `20/11/2026` (also `20.11.26`,
//! `20-11-2026`), long `20 November 2026`, `20th Nov 2026`, `Thursday 20 November 2026`,
//! `November 20, 2026`, and month-year `July 2026`.

use std::sync::LazyLock;

use crate::lexicon::lazy::{Captures, LazyRegex};

use crate::text::{Part, TextRange};

/// A calendar date. `day` is `None` for a month-year date ("July 2026").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: Option<u32>,
}

impl Date {
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            year,
            month,
            day: Some(day),
        })
    }

    pub fn month_year(year: i32, month: u32) -> Option<Date> {
        (1..=12).contains(&month).then_some(Date {
            year,
            month,
            day: None,
        })
    }

    /// Days since an arbitrary epoch; a month-year date counts as its first day.
    pub fn day_number(self) -> i64 {
        days_from_civil(self.year, self.month, self.day.unwrap_or(1))
    }

    /// The last day this date can mean: itself, or the month's last day for a month-year.
    pub fn latest_day_number(self) -> i64 {
        let day = self
            .day
            .unwrap_or_else(|| days_in_month(self.year, self.month));
        days_from_civil(self.year, self.month, day)
    }

    /// This date moved back by `months` calendar months (the day clamped to the month's end).
    pub fn months_before(self, months: u32) -> Date {
        let total = self.year * 12 + self.month as i32 - 1 - months as i32;
        let year = total.div_euclid(12);
        let month = total.rem_euclid(12) as u32 + 1;
        let day = self.day.map(|d| d.min(days_in_month(year, month)));
        Date { year, month, day }
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.day {
            Some(day) => write!(
                f,
                "{} {} {}",
                day,
                MONTHS[self.month as usize - 1],
                self.year
            ),
            None => write!(f, "{} {}", MONTHS[self.month as usize - 1], self.year),
        }
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Howard Hinnant's days-from-civil algorithm.
fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_ascii_lowercase();
    let key = lower.get(..3)?;
    let n = match key {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    // Accept the full name or any prefix of it of three letters or more ("Sept").
    let full = MONTHS[n as usize - 1].to_ascii_lowercase();
    (full.starts_with(&lower) || lower == "sept").then_some(n)
}

fn year_of(text: &str) -> Option<i32> {
    let n: i32 = text.parse().ok()?;
    match text.len() {
        2 => Some(2000 + n),
        4 => Some(n),
        _ => None,
    }
}

const MONTH_NAME: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

static DATE_PATTERNS: LazyLock<LazyRegex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?ix)
        \b(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})\b
      | \b(?P<ud>\d{{1,2}})[/.\-](?P<um>\d{{1,2}})[/.\-](?P<uy>\d{{4}}|\d{{2}})\b
      | \b(?P<ld>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<lm>{m})\.?,?\s+(?P<ly>\d{{4}})\b
      | \b(?P<am>{m})\.?\s+(?P<ad>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<ay>\d{{4}})\b
      | \b(?P<mm>{m})\.?,?\s+(?P<my>\d{{4}})\b
        ",
        m = MONTH_NAME
    );
    LazyRegex::builtin(pattern)
});

/// A date found in running text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FoundDate {
    pub range: TextRange,
    pub date: Date,
}

/// Every date written in `text`, with ranges relative to `text`. Invalid calendar dates
/// ("31/02/2026") are skipped.
pub fn find_dates(text: &str) -> Vec<FoundDate> {
    DATE_PATTERNS
        .captures_iter(text)
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
            let date = if let Some(y) = caps.name("iy") {
                Date::ymd(y.as_str().parse().ok()?, num("im")?, num("id")?)
            } else if let Some(y) = caps.name("uy") {
                Date::ymd(year_of(y.as_str())?, num("um")?, num("ud")?)
            } else if let Some(y) = caps.name("ly") {
                Date::ymd(
                    y.as_str().parse().ok()?,
                    month_number(caps.name("lm")?.as_str())?,
                    num("ld")?,
                )
            } else if let Some(y) = caps.name("ay") {
                Date::ymd(
                    y.as_str().parse().ok()?,
                    month_number(caps.name("am")?.as_str())?,
                    num("ad")?,
                )
            } else {
                let month_word = caps.name("mm")?.as_str();
                // "May 2026" is a date, but "may" is also a verb: require a capital.
                if month_word.starts_with(|c: char| c.is_lowercase()) {
                    return None;
                }
                Date::month_year(
                    caps.name("my")?.as_str().parse().ok()?,
                    month_number(month_word)?,
                )
            }?;
            Some(FoundDate {
                range: TextRange::new(whole.start(), whole.end()),
                date,
            })
        })
        .collect()
}

/// Month names and seasons written without a year, and bare years after a preposition.
static PARTIAL_PATTERNS: LazyLock<LazyRegex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?x)
        \b(?P<sd>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<sm>{m})\b\.?
      | \b(?P<tm>{m})\.?\s+(?P<td>\d{{1,2}})(?:st|nd|rd|th)?\b
      | \b(?i:in|since|during|from|between|of|throughout|early|late|mid|end\s+of|start\s+of|beginning\s+of)[\s-]+(?P<om>{m})\b
      | \b(?P<season>(?i:spring|summer|autumn|fall|winter))(?:\s+(?i:term|half[\s-]term|holidays?))?\s+(?:of\s+)?(?P<sy>\d{{4}})\b
      | \b(?P<y1>(?:19|20)\d{{2}})[/\-](?P<y2>\d{{2}}|\d{{4}})\b
      | \b(?i:in|since|during|from|until|till|by|before|throughout|early|late|mid|end\s+of|start\s+of|beginning\s+of|to|of|the|as\s+far\s+back\s+as|as\s+early\s+as)\s+(?P<by>(?:19|20)\d{{2}})(?:[/\-](?P<by2>\d{{2}}|\d{{4}}))?\b
        ",
        m = MONTH_NAME
    );
    LazyRegex::builtin(pattern)
});

/// A day and month in figures without a year, as notes write them ("on 17/11", "12/11 –
/// police attended"): only after a word of time or at the start of a clause, so that a
/// fraction ("attended 3/4 sessions") is not read as a date.
static NUMERIC_DAY_MONTH: LazyLock<LazyRegex> = LazyLock::new(|| {
    LazyRegex::builtin(
        r"(?:(?m:^)|\b(?i:on|since|from|by|until|till|dated|w/c|before|after|last)\s+|[–—(,;:]\s*|\s-\s+)(?P<d>\d{1,2})/(?P<m>\d{1,2})\b"
            .to_owned(),
    )
});

/// A day and month written without a year: "3 November", "Tuesday 3rd Nov", "March 3rd",
/// and in figures after a word of time or at the start of a clause ("on 17/11", "12/11 –
/// police attended").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayMonth {
    pub range: TextRange,
    pub month: u32,
    pub day: u32,
}

impl DayMonth {
    /// The latest such day on or before `reference`, as a date cited in evidence is read.
    pub fn on_or_before(self, reference: Date) -> Option<Date> {
        let after = self.month > reference.month
            || (self.month == reference.month && reference.day.is_some_and(|d| self.day > d));
        let year = if after {
            reference.year - 1
        } else {
            reference.year
        };
        Date::ymd(year, self.month, self.day)
    }

    /// The day as a date something is due by is read against `reference`: the first such
    /// day after the [`RECENT_DAYS`] before it. A deadline a few weeks gone is a date
    /// already past ("by 3 November" in an audit of 20 November); one further back is next
    /// year's ("by 15 January").
    pub fn due_near(self, reference: Date) -> Option<Date> {
        let earliest = reference.day_number() - RECENT_DAYS;
        (reference.year - 1..=reference.year + 1)
            .filter_map(|year| Date::ymd(year, self.month, self.day))
            .find(|date| date.day_number() >= earliest)
    }
}

/// How many days before a reference date a yearless due date may fall and still be read
/// as this year's (see [`DayMonth::due_near`]).
pub const RECENT_DAYS: i64 = 90;

/// Every day and month written without a year in `text` (see [`DayMonth`]), outside the
/// full dates [`find_dates`] finds, sorted. Month names must be capitalised ("may" is a
/// verb).
pub fn find_day_months(text: &str) -> Vec<DayMonth> {
    let full = find_dates(text);
    let mut found: Vec<DayMonth> = PARTIAL_PATTERNS
        .captures_iter(text)
        .filter_map(|caps| named_day_month(&caps, &full))
        .collect();
    found.extend(numeric_day_months(text, &full));
    found.sort_by_key(|f| f.range);
    found.dedup_by_key(|f| f.range);
    found
}

/// Whether `range` overlaps one of the `full` dates.
fn overlaps_any(full: &[FoundDate], range: TextRange) -> bool {
    full.iter()
        .any(|f| f.range.start() < range.end() && range.start() < f.range.end())
}

/// The day and month a match of [`PARTIAL_PATTERNS`] names with a month word ("3rd Nov",
/// "March 3"), outside the `full` dates; `None` for its other forms.
fn named_day_month(caps: &Captures<'_>, full: &[FoundDate]) -> Option<DayMonth> {
    let whole = caps.get(0)?;
    let m = caps.name("sm").or_else(|| caps.name("tm"))?;
    let day = caps
        .name("sd")
        .or_else(|| caps.name("td"))
        .and_then(|d| d.as_str().parse::<u32>().ok())?;
    let month = month_number(m.as_str())?;
    let range = TextRange::new(whole.start(), whole.end());
    (m.as_str().starts_with(|c: char| c.is_uppercase()) && !overlaps_any(full, range))
        .then_some(DayMonth { range, month, day })
}

/// The days and months in figures without a year ([`NUMERIC_DAY_MONTH`]) outside the
/// `full` dates.
fn numeric_day_months(text: &str, full: &[FoundDate]) -> Vec<DayMonth> {
    let mut found = Vec::new();
    for caps in NUMERIC_DAY_MONTH.captures_iter(text) {
        let (Some(d), Some(m)) = (caps.name("d"), caps.name("m")) else {
            continue;
        };
        // "17/11/2026" and "2.5" are not this form.
        let after = text.get(m.end()..).unwrap_or("");
        let mut rest = after.chars();
        if matches!(
            (rest.next(), rest.next()),
            (Some('/' | '.' | ','), Some('0'..='9')) | (Some('%'), _)
        ) {
            continue;
        }
        let (Ok(day), Ok(month)) = (d.as_str().parse::<u32>(), m.as_str().parse::<u32>()) else {
            continue;
        };
        let range = TextRange::new(d.start(), m.end());
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) || overlaps_any(full, range) {
            continue;
        }
        found.push(DayMonth { range, month, day });
    }
    found
}

/// Every date `text` cites, as [`find_dates`] finds them plus forms that need a reference
/// date or name a longer period:
///
/// - a day and month without a year ("3 March", "March 3rd") is the latest such day on or
///   before `reference`;
/// - a month alone after a preposition ("in March", "since June", "between January and
///   March") is the latest such month on or before `reference`;
/// - a season or school term with a year ("summer 2025", "autumn term 2025") is a
///   month-year date of the season's last month;
/// - a year range ("2024/25", "2024-2025") and a bare year after a preposition or "the"
///   ("in 2024", "since 2023", "the 2024 review") are month-year dates of December of the
///   (last) year.
///
/// - a day and month in figures without a year after a word of time or at the start of
///   a clause ("on 17/11", "12/11 – police attended") is the latest such day on or before
///   `reference`.
///
/// Month names without a year must be capitalised ("may" is a verb). Ranges are relative
/// to `text`, sorted and non-overlapping.
pub fn find_cited_dates(text: &str, reference: Date) -> Vec<FoundDate> {
    let mut found = find_dates(text);
    let full = found.clone();
    let overlaps = |range: TextRange| {
        full.iter()
            .any(|f| f.range.start() < range.end() && range.start() < f.range.end())
    };
    let capitalised = |m: &str| m.starts_with(|c: char| c.is_uppercase());
    // The latest (year, month) on or before the reference that has `month`.
    let year_for = |month: u32| -> i32 {
        if month > reference.month {
            reference.year - 1
        } else {
            reference.year
        }
    };
    let span = |m: crate::lexicon::lazy::Match| TextRange::new(m.start(), m.end());
    for caps in PARTIAL_PATTERNS.captures_iter(text) {
        let Some(whole) = caps.get(0) else { continue };
        let (range, date) = if caps.name("sm").or_else(|| caps.name("tm")).is_some() {
            let Some(day_month) = named_day_month(&caps, &full) else {
                continue;
            };
            (day_month.range, day_month.on_or_before(reference))
        } else if let Some(m) = caps.name("om") {
            if !capitalised(m.as_str()) {
                continue;
            }
            let Some(month) = month_number(m.as_str()) else {
                continue;
            };
            (span(m), Date::month_year(year_for(month), month))
        } else if let Some(season) = caps.name("season") {
            let last_month = match season.as_str().to_ascii_lowercase().as_str() {
                "spring" => 5,
                "summer" => 8,
                "autumn" | "fall" => 11,
                _ => 2,
            };
            let Some(year) = caps.name("sy").and_then(|y| y.as_str().parse::<i32>().ok()) else {
                continue;
            };
            // Winter 2025 runs into February 2026.
            let year = if last_month == 2 { year + 1 } else { year };
            (span(whole), Date::month_year(year, last_month))
        } else if let Some(first) = caps.name("y1").or_else(|| caps.name("by")) {
            let Ok(year) = first.as_str().parse::<i32>() else {
                continue;
            };
            match caps.name("y2").or_else(|| caps.name("by2")) {
                // A bare year: "in 2024".
                None => (span(first), Date::month_year(year, 12)),
                Some(second) => {
                    let last = match second.as_str().len() {
                        2 => second
                            .as_str()
                            .parse::<i32>()
                            .ok()
                            .map(|n| year - year % 100 + n),
                        _ => second.as_str().parse::<i32>().ok(),
                    };
                    // "2024/25" is a span of the following year, not "25 of 2024" or a range backwards.
                    let Some(last) = last.filter(|l| *l == year + 1) else {
                        continue;
                    };
                    (
                        TextRange::new(first.start(), second.end()),
                        Date::month_year(last, 12),
                    )
                }
            }
        } else {
            continue;
        };
        let Some(date) = date else { continue };
        if overlaps(range) || found.iter().any(|f| f.range == range) {
            continue;
        }
        found.push(FoundDate { range, date });
    }
    for day_month in numeric_day_months(text, &full) {
        let Some(date) = day_month.on_or_before(reference) else {
            continue;
        };
        if found.iter().any(|f| f.range == day_month.range) {
            continue;
        }
        found.push(FoundDate {
            range: day_month.range,
            date,
        });
    }
    found.sort_by_key(|f| f.range);
    found
}

/// Parse a whole value (such as front matter `audit-date`) as one full date.
/// A weekday in front ("Thursday 20 November 2026") is allowed.
pub fn parse_date(value: &str) -> Option<Date> {
    let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
    let found = find_dates(value);
    let first = found.first()?;
    let before = value.part(..first.range.start());
    let after = value.part(first.range.end()..);
    let weekday_only = before
        .trim()
        .trim_end_matches(',')
        .chars()
        .all(|c| c.is_alphabetic());
    if !weekday_only || !after.trim().trim_end_matches('.').is_empty() || first.date.day.is_none() {
        return None;
    }
    Some(first.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The date patterns are searched in their Latin form on Latin text (`\d` as ASCII
    /// digits): it must find the same dates, with the same groups, as written.
    #[test]
    fn latin_forms_of_the_date_patterns_find_the_same_dates() {
        let text = "Seen 3/11/2026, 2026-11-03 and 4th of November 2026; Nov. 5, 2026, \
                    May 2026, may 2026, 12 Sept, Sept 12th, in March, summer term of 2025, \
                    2025/26, since 2024-2025, as early as 2019, 31.12.25, 1-2-2026, \
                    Zoë’s 10th birthday on 4 Dec 2026.";
        type Groups = Vec<Vec<Option<(usize, usize)>>>;
        let groups = |r: &regex::Regex| -> Groups {
            r.captures_iter(text)
                .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
                .collect()
        };
        for lazy in [&*DATE_PATTERNS, &*PARTIAL_PATTERNS] {
            let latin = crate::lexicon::lazy::latin_form(lazy.pattern()).unwrap();
            let full = groups(&regex::Regex::new(lazy.pattern()).unwrap());
            assert!(full.len() >= 6, "{full:?}");
            assert_eq!(groups(&regex::Regex::new(&latin).unwrap()), full);
        }
        // Digits of another script are searched as written (and are not read as a date).
        assert!(find_dates("Seen on ٣/١١/٢٠٢٦.").is_empty());
        assert_eq!(find_dates("Ζωή seen on 3/11/2026.").len(), 1);
    }

    #[test]
    fn parses_common_uk_forms() {
        let want = Date::ymd(2026, 11, 20);
        for form in [
            "2026-11-20",
            "20/11/2026",
            "20/11/26",
            "20.11.2026",
            "20 November 2026",
            "20th Nov 2026",
            "Thursday 20 November 2026",
            "November 20, 2026",
            "\"2026-11-20\"",
        ] {
            assert_eq!(parse_date(form), want, "{form}");
        }
    }

    #[test]
    fn rejects_non_dates() {
        for form in [
            "20/13/2026",
            "31/02/2026",
            "next week",
            "",
            "2026",
            "November 2026",
            "20 Novembre 2026",
        ] {
            assert_eq!(parse_date(form), None, "{form}");
        }
    }

    #[test]
    fn finds_dates_in_text() {
        let text =
            "Seen on 02/09/2026 and in July 2026; may 2026 is not a date here, but 4 Aug 2026 is.";
        let found = find_dates(text);
        let dates: Vec<_> = found.iter().map(|f| f.range.slice(text)).collect();
        assert_eq!(dates, ["02/09/2026", "July 2026", "4 Aug 2026"]);
        assert_eq!(found[1].date.day, None);
    }

    #[test]
    fn finds_cited_dates_relative_to_a_reference() {
        let reference = Date::ymd(2026, 11, 20).unwrap();
        let text = "Seen on 3 March and on December 2nd; in May, since June, during summer 2025, \
                    in 2024, the 2023/24 review, and on 4 Aug 2026. We may 3 times. Back to 2019, \
                    the autumn term 2025 and the 2022 conference.";
        let found = find_cited_dates(text, reference);
        let shown: Vec<_> = found
            .iter()
            .map(|f| (f.range.slice(text), f.date.to_string()))
            .collect();
        assert_eq!(
            shown,
            [
                ("3 March", "3 March 2026".to_owned()),
                ("December 2nd", "2 December 2025".to_owned()),
                ("May", "May 2026".to_owned()),
                ("June", "June 2026".to_owned()),
                ("summer 2025", "August 2025".to_owned()),
                ("2024", "December 2024".to_owned()),
                ("2023/24", "December 2024".to_owned()),
                ("4 Aug 2026", "4 August 2026".to_owned()),
                ("2019", "December 2019".to_owned()),
                ("autumn term 2025", "November 2025".to_owned()),
                ("2022", "December 2022".to_owned()),
            ]
        );
        // The first month of a range: "between January and March".
        let range = find_cited_dates("Between January and March she went missing.", reference);
        assert_eq!(range.len(), 1, "{range:?}");
        assert_eq!(range[0].date.to_string(), "January 2026");
        // The reference day itself belongs to the reference year.
        let same = find_cited_dates("on 20 November", reference);
        assert_eq!(same[0].date, reference);
        assert!(find_cited_dates("a 2024-2026 plan, 30 may, 31 February", reference).is_empty());
    }

    #[test]
    fn month_arithmetic() {
        let d = Date::ymd(2026, 8, 31).unwrap();
        assert_eq!(d.months_before(6), Date::ymd(2026, 2, 28).unwrap());
        assert_eq!(
            Date::ymd(2026, 1, 15).unwrap().months_before(1),
            Date::ymd(2025, 12, 15).unwrap()
        );
        let a = Date::ymd(2026, 3, 1).unwrap().day_number();
        let b = Date::ymd(2026, 2, 28).unwrap().day_number();
        assert_eq!(a - b, 1);
    }

    #[test]
    fn a_day_and_month_in_figures_after_a_word_of_time() {
        let reference = Date::ymd(2026, 11, 20).expect("a date");
        let cited = |t: &str| -> Vec<Option<u32>> {
            find_cited_dates(t, reference)
                .iter()
                .map(|f| f.date.day)
                .collect()
        };
        assert_eq!(
            find_cited_dates("Seen on 17/11 at school.", reference)
                .first()
                .map(|f| f.date),
            Date::ymd(2026, 11, 17)
        );
        // After the reference day of the year: last year's.
        assert_eq!(
            find_cited_dates("12/12 – police attended.", reference)
                .first()
                .map(|f| f.date),
            Date::ymd(2025, 12, 12)
        );
        assert_eq!(cited("Attended 3/4 sessions."), Vec::<Option<u32>>::new());
        assert_eq!(
            cited("Scored 7/10 on the scale."),
            Vec::<Option<u32>>::new()
        );
        assert_eq!(cited("On 31/02 nothing."), Vec::<Option<u32>>::new());
        assert_eq!(cited("On 17/11/2025."), vec![Some(17)]);
    }
}
