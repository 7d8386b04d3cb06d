//! Checking an instrument file (a trainer's own question set) before the app
//! uses it. Every problem is reported at once, with the field it is in, so a
//! trainer can fix the file in one pass; nothing is accepted half-valid.

use crate::domain::base::rating::{MAX_SCORE, MIN_SCORE};
use crate::domain::base::text::{has_stray_format, has_visible};
use crate::domain::sets::instrument::Instrument;
use crate::domain::sets::instrument::RESERVED_SLUGS;
use serde_json::Value;

/// The instrument file format this build reads.
pub const INSTRUMENT_FORMAT: u64 = 1;
/// Dimensions an instrument may have.
pub const DIMENSIONS: std::ops::RangeInclusive<usize> = 3..=8;
/// Items a dimension may have.
pub const ITEMS_PER_DIMENSION: std::ops::RangeInclusive<usize> = 1..=10;
/// The most reflection questions.
pub const MAX_REFLECTIONS: usize = 5;
/// The longest item text, in characters.
pub const MAX_ITEM_CHARS: usize = 200;
/// The largest instrument that can still travel inside a link, measured as
/// the characters its compressed form takes in a code.
pub const LINK_BUDGET_CHARS: usize = 6_000;

/// One thing wrong with an instrument file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a path from the file's top (`dimensions[2].items[0].text`);
    /// [`Problem::place`] says it in words.
    pub field: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl Problem {
    /// Where the problem is, as a trainer reads it: numbers from 1 and
    /// plain names ("Dimension 3, behaviour 1, its text").
    pub fn place(&self) -> String {
        place_in_words(&self.field)
    }
}

/// The position `[n]` of a path segment like `items[3]`, counted from 1.
fn numbered(segment: &str) -> Option<(&str, usize)> {
    let (name, rest) = segment.split_once('[')?;
    let n: usize = rest.strip_suffix(']')?.parse().ok()?;
    Some((name, n + 1))
}

/// A field path (`dimensions[2].items[0].text`) in words
/// ("Dimension 3, behaviour 1, its text").
pub fn place_in_words(field: &str) -> String {
    if field.is_empty() {
        return "The file".to_string();
    }
    let mut parts: Vec<String> = Vec::new();
    for segment in field.split('.') {
        let part = match (numbered(segment), segment) {
            (Some(("dimensions", n)), _) => format!("Dimension {n}"),
            (Some(("items", n)), _) => format!("behaviour {n}"),
            (Some(("points", n)), _) => format!("scale point {n}"),
            (Some(("reflections", n)), _) => format!("Reflection question {n}"),
            (Some(("statements", n)), _) => format!("statement {n}"),
            (Some(("scale", n)), _) => format!("Scale word {n}"),
            (Some((other, n)), _) => format!("{other} {n}"),
            (None, "scale") if parts.is_empty() => "The scale".to_string(),
            (None, "points") => "its points".to_string(),
            (None, "not_observed") => "the words for Not observed".to_string(),
            (None, "dont_know") => "The words for Don't know".to_string(),
            (None, "comment_prompt") => "The comment question".to_string(),
            (None, "statements") => "its statements".to_string(),
            (None, "priorities_limit") => "The number of priorities".to_string(),
            (None, "dimensions") => "The dimensions".to_string(),
            (None, "reflections") => "The reflection questions".to_string(),
            (None, "format") => "The format number".to_string(),
            (None, "items") => "its behaviours".to_string(),
            (None, "text") => "its text".to_string(),
            (None, "prompt") => "its question".to_string(),
            (None, "summary") => "its summary".to_string(),
            (None, "label") => "its words".to_string(),
            (None, "value") => "its number".to_string(),
            (None, "id") if parts.is_empty() => "The set's id".to_string(),
            (None, "name") if parts.is_empty() => "The set's name".to_string(),
            (None, "version") => "The version".to_string(),
            (None, "id") => "its id".to_string(),
            (None, "name") => "its name".to_string(),
            (None, other) => other.replace('_', " "),
        };
        parts.push(part);
    }
    let mut text = parts.join(", ");
    // "Dimension 3, behaviour 1" reads as one place.
    if let Some(first) = text.get(..1) {
        text = first.to_uppercase() + &text[1..];
    }
    text
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.place(), self.message)
        }
    }
}

/// Collects problems while a file is checked field by field (question sets
/// and team pulse sets share it, so both report alike).
pub(crate) struct Checker {
    pub(crate) problems: Vec<Problem>,
}

impl Checker {
    pub(crate) fn new() -> Checker {
        Checker {
            problems: Vec::new(),
        }
    }

    pub(crate) fn report(&mut self, field: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            field: field.to_string(),
            message: message.into(),
        });
    }

    pub(crate) fn text<'a>(
        &mut self,
        v: &'a Value,
        field: &str,
        max_chars: usize,
    ) -> Option<&'a str> {
        match v.get(field_name(field)) {
            None => self.report(field, "is missing"),
            Some(Value::String(s)) if !has_visible(s) => self.report(field, "is empty"),
            Some(Value::String(s)) if has_stray_format(s) => self.report(
                field,
                "holds an invisible or direction-changing character; retype it as plain text",
            ),
            Some(Value::String(s)) if s.chars().count() > max_chars => {
                self.report(field, format!("is longer than {max_chars} characters"))
            }
            Some(Value::String(s)) => return Some(s),
            Some(_) => self.report(field, "must be text"),
        }
        None
    }

    pub(crate) fn id<'a>(&mut self, v: &'a Value, field: &str) -> Option<&'a str> {
        let id = self.text(v, field, 40)?;
        if id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            Some(id)
        } else {
            self.report(field, "may use only lowercase letters, digits and hyphens");
            None
        }
    }

    pub(crate) fn number(&mut self, v: &Value, field: &str) -> Option<u64> {
        match v.get(field_name(field)) {
            None => self.report(field, "is missing"),
            Some(n) => match n.as_u64() {
                Some(n) => return Some(n),
                None => self.report(field, "must be a whole number"),
            },
        }
        None
    }

    pub(crate) fn list<'a>(&mut self, v: &'a Value, field: &str) -> Option<&'a Vec<Value>> {
        match v.get(field_name(field)) {
            None => self.report(field, "is missing"),
            Some(Value::Array(a)) => return Some(a),
            Some(_) => self.report(field, "must be a list"),
        }
        None
    }

    pub(crate) fn unique(&mut self, seen: &mut Vec<String>, id: Option<&str>, field: &str) {
        if let Some(id) = id {
            if seen.iter().any(|s| s == id) {
                self.report(field, format!("“{id}” is used twice; ids must be unique"));
            } else {
                seen.push(id.to_string());
            }
        }
    }
}

/// The last part of a field path, as the key in its object.
fn field_name(path: &str) -> &str {
    path.rsplit('.').next().unwrap_or(path)
}

/// A serde error in words a trainer reads: what kind of value was found
/// where, without the parser's type names.
fn plain_serde_problem(e: &serde_json::Error) -> String {
    format!("near line {}, character {}", e.line(), e.column())
}

/// Reads a file that must hold one JSON object, or says where it breaks.
pub(crate) fn json_object(text: &str) -> Result<Value, Vec<Problem>> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        vec![Problem {
            field: String::new(),
            message: format!(
                "the file is not valid JSON (it breaks off or has a stray character near line {}, character {})",
                e.line(),
                e.column()
            ),
        }]
    })?;
    if value.is_object() {
        Ok(value)
    } else {
        Err(vec![Problem {
            field: String::new(),
            message: "the file must hold one JSON object".into(),
        }])
    }
}

/// Reads and checks an instrument file. On success the instrument is exactly
/// what the file says; otherwise every problem found is listed.
pub fn parse_instrument(text: &str) -> Result<Instrument, Vec<Problem>> {
    let value = json_object(text)?;
    let mut c = Checker::new();
    match c.number(&value, "format") {
        Some(INSTRUMENT_FORMAT) | None => {}
        Some(other) => c.report(
            "format",
            format!("is {other}; this version of Align 180 reads format {INSTRUMENT_FORMAT}"),
        ),
    }
    c.id(&value, "id");
    if c.number(&value, "version") == Some(0) {
        c.report("version", "must be 1 or more");
    }
    c.text(&value, "name", 80);

    match value.get("scale") {
        None => c.report("scale", "is missing"),
        Some(scale) => {
            c.text(scale, "scale.not_observed", 40);
            if let Some(points) = c.list(scale, "scale.points") {
                let wanted = usize::from(MAX_SCORE - MIN_SCORE + 1);
                if points.len() != wanted {
                    c.report("scale.points", format!("must have {wanted} points, one per rating {MIN_SCORE} to {MAX_SCORE}; it has {}", points.len()));
                }
                for (i, p) in points.iter().enumerate() {
                    let field = format!("scale.points[{i}]");
                    if c.number(p, &format!("{field}.value"))
                        != Some(i as u64 + u64::from(MIN_SCORE))
                    {
                        c.report(
                            &format!("{field}.value"),
                            format!("must be {}", i as u64 + u64::from(MIN_SCORE)),
                        );
                    }
                    c.text(p, &format!("{field}.label"), 40);
                }
            }
        }
    }

    let mut item_ids = Vec::new();
    let mut item_count = 0;
    if let Some(dimensions) = c.list(&value, "dimensions") {
        if !DIMENSIONS.contains(&dimensions.len()) {
            c.report(
                "dimensions",
                format!(
                    "must have {} to {} dimensions; it has {}",
                    DIMENSIONS.start(),
                    DIMENSIONS.end(),
                    dimensions.len()
                ),
            );
        }
        let mut dimension_ids = Vec::new();
        for (d, dimension) in dimensions.iter().enumerate() {
            let field = format!("dimensions[{d}]");
            let id = c.id(dimension, &format!("{field}.id"));
            if let Some(reserved) = id.filter(|id| RESERVED_SLUGS.contains(id)) {
                c.report(
                    &format!("{field}.id"),
                    format!("“{reserved}” is the name of a questionnaire step; choose another id"),
                );
            }
            c.unique(&mut dimension_ids, id, &format!("{field}.id"));
            c.text(dimension, &format!("{field}.name"), 60);
            c.text(dimension, &format!("{field}.summary"), 300);
            if let Some(items) = c.list(dimension, &format!("{field}.items")) {
                if !ITEMS_PER_DIMENSION.contains(&items.len()) {
                    c.report(
                        &format!("{field}.items"),
                        format!(
                            "must have {} to {} items; it has {}",
                            ITEMS_PER_DIMENSION.start(),
                            ITEMS_PER_DIMENSION.end(),
                            items.len()
                        ),
                    );
                }
                for (i, item) in items.iter().enumerate() {
                    let item_field = format!("{field}.items[{i}]");
                    let id = c.id(item, &format!("{item_field}.id"));
                    c.unique(&mut item_ids, id, &format!("{item_field}.id"));
                    c.text(item, &format!("{item_field}.text"), MAX_ITEM_CHARS);
                    item_count += 1;
                }
            }
        }
    }

    if let Some(limit) = c.number(&value, "priorities_limit") {
        if limit as usize > item_count.min(5) {
            c.report(
                "priorities_limit",
                format!(
                    "must be at most {} (and no more than the number of items)",
                    item_count.min(5)
                ),
            );
        }
    }
    if let Some(reflections) = c.list(&value, "reflections") {
        if reflections.len() > MAX_REFLECTIONS {
            c.report(
                "reflections",
                format!(
                    "may have at most {MAX_REFLECTIONS} questions; it has {}",
                    reflections.len()
                ),
            );
        }
        let mut ids = Vec::new();
        for (i, r) in reflections.iter().enumerate() {
            let id = c.id(r, &format!("reflections[{i}].id"));
            c.unique(&mut ids, id, &format!("reflections[{i}].id"));
            c.text(r, &format!("reflections[{i}].prompt"), 200);
        }
    }

    if !c.problems.is_empty() {
        return Err(c.problems);
    }
    let instrument: Instrument = serde_json::from_value(value).map_err(|e| {
        vec![Problem {
            field: String::new(),
            message: format!(
                "a value in the file is not of the kind the question-set format expects ({})",
                plain_serde_problem(&e)
            ),
        }]
    })?;
    let link_chars = link_chars(&instrument);
    if link_chars > LINK_BUDGET_CHARS {
        return Err(vec![Problem {
            field: String::new(),
            message: format!("the instrument is too large to share in a link ({link_chars} characters; the limit is {LINK_BUDGET_CHARS}). Shorten item texts or use fewer items."),
        }]);
    }
    Ok(instrument)
}

/// The instrument as a file, to start a trainer's own from.
pub fn instrument_file(instrument: &Instrument) -> String {
    serde_json::to_string_pretty(instrument).unwrap_or_default()
}

/// The characters the instrument would take inside a link: its compact JSON,
/// deflated, in base64.
pub fn link_chars(instrument: &Instrument) -> usize {
    let json = serde_json::to_vec(instrument).unwrap_or_default();
    let compressed = miniz_oxide::deflate::compress_to_vec(&json, 9);
    compressed.len().div_ceil(3) * 4
}
