use super::{Context, Rule, Scope, RULES};
use crate::diagnostic::{Diagnostic, Severity};
use crate::text::Part;
use crate::text::TextRange;

pub(crate) static RULE: Rule = Rule {
    code: "M003",
    name: "unknown-suppression-code",
    default_severity: Severity::Warning,
    scope: Scope::Prose,
    summary: "A suppression comment names a rule caselint does not have.",
    doc: "## What it does\n\
Flags a code or name in a `caselint-disable` comment that is not one of caselint's rules \
(see `caselint rules`), and suggests the nearest one.\n\n\
## Why\n\
A mistyped code suppresses nothing: the comment looks as if it hides a finding, the finding \
is still reported, and a reader of the audit is misled about what was checked.\n\n\
## Example\n\
```markdown\n<!-- caselint-disable-next-line T0001 -->\nThe social worker did not visit.\n```\n\n\
## Reflective rewrite\n\
```markdown\n<!-- caselint-disable-next-line T001 -->\nThe social worker did not visit.\n```\n",
    check,
};

/// The rule a mistyped code or name was most likely meant to be.
fn nearest(written: &str) -> Option<&'static str> {
    let lower = written.to_lowercase();
    RULES
        .iter()
        .flat_map(|r| [r.code, r.name])
        .map(|known| {
            (
                strsim::damerau_levenshtein(&lower, &known.to_lowercase()),
                known,
            )
        })
        .filter(|&(distance, known)| distance <= 2.max(known.len() / 4))
        .min()
        .map(|(_, known)| known)
}

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for suppression in &ctx.doc.suppressions {
        let comment = ctx.doc.slice(suppression.range);
        let mut from = 0;
        for written in &suppression.codes {
            let Some(at) = comment.part(from..).find(written.as_str()) else {
                continue;
            };
            let start = suppression.range.start() + from + at;
            from += at + written.len();
            let known = RULES.iter().any(|r| {
                r.code.eq_ignore_ascii_case(written) || r.name.eq_ignore_ascii_case(written)
            });
            if known {
                continue;
            }
            let hint = match nearest(written) {
                Some(rule) => format!(" Did you mean {rule}?"),
                None => " The codes are listed by `caselint rules`.".to_owned(),
            };
            let range = TextRange::new(start, start + written.len());
            out.push(ctx.diagnostic(
                &RULE,
                range,
                format!(
                    "\u{201c}{written}\u{201d} is not a caselint rule, so this comment suppresses nothing under that name.{hint}"
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{fires, silent};

    #[test]
    fn fires_on_codes_and_names_that_are_not_rules() {
        for comment in [
            "<!-- caselint-disable-next-line T0001 -->",
            "<!-- caselint-disable deficit-phrase -->",
            "<!-- caselint-disable-next-line T001, X999 -->",
        ] {
            fires(
                "M003",
                &format!("{comment}\nThe social worker did not visit.\n"),
            );
        }
    }

    #[test]
    fn silent_on_real_codes_names_and_bare_comments() {
        for comment in [
            "<!-- caselint-disable-next-line T001 -->",
            "<!-- caselint-disable deficit-phrasing, w001 -->",
            "<!-- caselint-disable-next-line -->",
            "<!-- caselint-disable-next-line S001: seen by duty SW 21/11 -->",
            "<!-- caselint-enable -->",
        ] {
            silent(
                "M003",
                &format!("{comment}\nThe social worker did not visit.\n"),
            );
        }
    }

    #[test]
    fn suggests_the_nearest_rule() {
        assert_eq!(super::nearest("T0001"), Some("T001"));
        assert_eq!(super::nearest("deficit-phrase"), Some("deficit-phrasing"));
        assert_eq!(super::nearest("zzzzzzzz"), None);
    }
}
