use super::{Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Severity};

pub(crate) static RULE: Rule = Rule {
    code: "M002",
    name: "invalid-audit-date",
    default_severity: Severity::Warning,
    scope: Scope::Prose,
    summary: "The audit date cannot be read as a date.",
    doc: "## What it does\n\
Flags an `audit-date` in the front matter that is not a real calendar date in a form caselint \
reads: ISO `2026-11-20`, UK `20/11/2026`, or `20 November 2026`.\n\n\
## Why\n\
The audit date is the reference for the six-month look-back (\u{201c}Look back only 6 months \
unless there is a pressing need\u{201d}) and for actions that are already past due. Without a \
readable date those checks stay silent.\n\n\
## Example\n\
```markdown\naudit-date: 31/02/2026\n```\n\n\
## Reflective rewrite\n\
```markdown\naudit-date: 2026-02-28\n```\n",
    check,
};

fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(fm) = &ctx.doc.front_matter else {
        return;
    };
    let (Some(value), None) = (fm.audit_date_value, fm.audit_date) else {
        return;
    };
    let range = if value.is_empty() {
        ctx.doc
            .line_index
            .line_range(ctx.doc.line_index.line_of(value.start()), ctx.text())
    } else {
        value
    };
    let written = ctx.doc.slice(value);
    let message = if written.is_empty() {
        "The audit date is empty: give the date of the audit, such as 2026-11-20 or 20/11/2026."
            .to_owned()
    } else {
        format!("The audit date \u{201c}{written}\u{201d} is not a date caselint can read: write it as 2026-11-20, 20/11/2026 or 20 November 2026.")
    };
    out.push(ctx.diagnostic(&RULE, range, message));
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{fires, silent};

    #[test]
    fn fires_on_unreadable_dates() {
        for value in ["next Tuesday", "31/02/2026", "2026-13-05", "TBC", ""] {
            fires("M002", &format!("---\naudit-date: {value}\n---\ntext"));
        }
    }

    #[test]
    fn silent_on_readable_or_absent_dates() {
        for value in [
            "2026-11-20",
            "20/11/2026",
            "20 November 2026",
            "3 December 2026",
        ] {
            silent("M002", &format!("---\naudit-date: {value}\n---\ntext"));
        }
        silent("M002", "---\nchild: Jo\n---\ntext");
    }
}
