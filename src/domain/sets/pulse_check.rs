//! Checking a trainer's own team pulse set before the app uses it, with the
//! same checker as question sets: every problem at once, each with the
//! field it is in; nothing is accepted half-valid.

use crate::domain::base::text::{has_stray_format, has_visible};
use crate::domain::sets::checker::{json_object, Checker, Fault, Problem};
use crate::domain::sets::pulse_set::PulseSet;
use crate::domain::sets::translation_check::{check_translations, ids, own_language, Shape};
use serde_json::Value;

/// The pulse set file format this build reads.
pub const PULSE_FORMAT: u64 = 1;
/// Dimensions a pulse set may have.
pub const PULSE_DIMENSIONS: std::ops::RangeInclusive<usize> = 1..=8;
/// Statements a dimension may have.
pub const STATEMENTS_PER_DIMENSION: std::ops::RangeInclusive<usize> = 1..=5;
/// The most statements in a set: a member's code stays a short link.
pub const MAX_STATEMENTS: usize = 25;
/// The longest statement, in characters.
pub const MAX_STATEMENT_CHARS: usize = 200;

/// Whether a JSON file looks like a pulse set rather than a question set
/// (it has the words for Don't know), so the page can check it as one.
pub fn looks_like_pulse_set(text: &str) -> bool {
    serde_json::from_str::<Value>(text).is_ok_and(|v| v.get("dont_know").is_some())
}

/// Reads and checks a pulse set file. On success the set is exactly what
/// the file says; otherwise every problem found is listed.
pub fn parse_pulse_set(text: &str) -> Result<PulseSet, Vec<Problem>> {
    let value = json_object(text)?;
    let mut c = Checker::new();
    match c.number(&value, "format") {
        Some(PULSE_FORMAT) | None => {}
        Some(other) => c.report(
            "format",
            Fault::Format {
                found: other,
                reads: PULSE_FORMAT,
            },
        ),
    }
    c.id(&value, "id");
    if c.number(&value, "version") == Some(0) {
        c.report("version", Fault::VersionZero);
    }
    c.text(&value, "name", 80);
    c.text(&value, "dont_know", 40);
    c.text(&value, "comment_prompt", 200);
    if let Some(scale) = c.list(&value, "scale") {
        if scale.len() != 5 {
            c.report("scale", Fault::PulseScale { found: scale.len() });
        }
        for (i, word) in scale.iter().enumerate() {
            let field = format!("scale[{i}]");
            match word {
                Value::String(s) if !has_visible(s) => c.report(&field, Fault::Empty),
                Value::String(s) if has_stray_format(s) => c.report(&field, Fault::StrayFormat),
                Value::String(s) if s.chars().count() > 40 => {
                    c.report(&field, Fault::TooLong { max: 40 })
                }
                Value::String(_) => {}
                _ => c.report(&field, Fault::MustBeText),
            }
        }
    }
    let mut count = 0;
    if let Some(dimensions) = c.list(&value, "dimensions") {
        if !PULSE_DIMENSIONS.contains(&dimensions.len()) {
            c.report(
                "dimensions",
                Fault::Dimensions {
                    min: *PULSE_DIMENSIONS.start(),
                    max: *PULSE_DIMENSIONS.end(),
                    found: dimensions.len(),
                },
            );
        }
        let mut dimension_ids = Vec::new();
        let mut statement_ids = Vec::new();
        for (d, dimension) in dimensions.iter().enumerate() {
            let field = format!("dimensions[{d}]");
            let id = c.id(dimension, &format!("{field}.id"));
            c.unique(&mut dimension_ids, id, &format!("{field}.id"));
            c.text(dimension, &format!("{field}.name"), 60);
            if let Some(statements) = c.list(dimension, &format!("{field}.statements")) {
                if !STATEMENTS_PER_DIMENSION.contains(&statements.len()) {
                    c.report(
                        &format!("{field}.statements"),
                        Fault::Statements {
                            min: *STATEMENTS_PER_DIMENSION.start(),
                            max: *STATEMENTS_PER_DIMENSION.end(),
                            found: statements.len(),
                        },
                    );
                }
                for (i, statement) in statements.iter().enumerate() {
                    let f = format!("{field}.statements[{i}]");
                    let id = c.id(statement, &format!("{f}.id"));
                    c.unique(&mut statement_ids, id, &format!("{f}.id"));
                    c.text(statement, &format!("{f}.text"), MAX_STATEMENT_CHARS);
                    count += 1;
                }
            }
        }
    }
    if count > MAX_STATEMENTS {
        c.report(
            "dimensions",
            Fault::TooManyStatements {
                count,
                max: MAX_STATEMENTS,
            },
        );
    }
    let own = own_language(&mut c, &value);
    let dimensions = value.get("dimensions").and_then(Value::as_array);
    let shape = Shape {
        own,
        scale: 5,
        dimensions: ids(value.get("dimensions"), "id"),
        summaries: false,
        questions: "statements",
        question_ids: dimensions
            .map(|ds| {
                ds.iter()
                    .flat_map(|d| ids(d.get("statements"), "id"))
                    .collect()
            })
            .unwrap_or_default(),
        reflection_ids: Vec::new(),
        words: &[("dont_know", 40), ("comment_prompt", 200)],
    };
    check_translations(&mut c, &value, &shape);
    if !c.problems.is_empty() {
        return Err(c.problems);
    }
    serde_json::from_value::<PulseSet>(value).map_err(|_| {
        vec![Problem {
            field: String::new(),
            fault: Fault::PulseWrongKind,
        }]
    })
}
