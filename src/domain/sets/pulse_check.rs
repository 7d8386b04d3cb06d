//! Checking a trainer's own team pulse set before the app uses it, with the
//! same checker as question sets: every problem at once, each with the
//! field it is in; nothing is accepted half-valid.

use crate::domain::base::text::{has_stray_format, has_visible};
use crate::domain::sets::check::{json_object, Checker, Problem};
use crate::domain::sets::pulse_set::PulseSet;
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
            format!("is {other}; this version of Align 180 reads format {PULSE_FORMAT}"),
        ),
    }
    c.id(&value, "id");
    if c.number(&value, "version") == Some(0) {
        c.report("version", "must be 1 or more");
    }
    c.text(&value, "name", 80);
    c.text(&value, "dont_know", 40);
    c.text(&value, "comment_prompt", 200);
    if let Some(scale) = c.list(&value, "scale") {
        if scale.len() != 5 {
            c.report(
                "scale",
                format!(
                    "must have 5 words, from strongly disagree to strongly agree; it has {}",
                    scale.len()
                ),
            );
        }
        for (i, word) in scale.iter().enumerate() {
            let field = format!("scale[{i}]");
            match word {
                Value::String(s) if !has_visible(s) => c.report(&field, "is empty"),
                Value::String(s) if has_stray_format(s) => c.report(
                    &field,
                    "holds an invisible or direction-changing character; retype it as plain text",
                ),
                Value::String(s) if s.chars().count() > 40 => {
                    c.report(&field, "is longer than 40 characters")
                }
                Value::String(_) => {}
                _ => c.report(&field, "must be text"),
            }
        }
    }
    let mut count = 0;
    if let Some(dimensions) = c.list(&value, "dimensions") {
        if !PULSE_DIMENSIONS.contains(&dimensions.len()) {
            c.report(
                "dimensions",
                format!(
                    "must have {} to {} dimensions; it has {}",
                    PULSE_DIMENSIONS.start(),
                    PULSE_DIMENSIONS.end(),
                    dimensions.len()
                ),
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
                        format!(
                            "must have {} to {} statements; it has {}",
                            STATEMENTS_PER_DIMENSION.start(),
                            STATEMENTS_PER_DIMENSION.end(),
                            statements.len()
                        ),
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
            format!("have {count} statements in all; a pulse may have at most {MAX_STATEMENTS}, so that it stays short to answer and its codes stay short links"),
        );
    }
    if !c.problems.is_empty() {
        return Err(c.problems);
    }
    serde_json::from_value::<PulseSet>(value).map_err(|_| {
        vec![Problem {
            field: String::new(),
            message: "the file has a value of the wrong kind somewhere".into(),
        }]
    })
}
