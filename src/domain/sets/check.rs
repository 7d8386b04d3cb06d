//! Checking an instrument file (a trainer's own question set) before the app
//! uses it. Every problem is reported at once, with the field it is in, so a
//! trainer can fix the file in one pass; nothing is accepted half-valid.

use crate::domain::base::rating::{MAX_SCORE, MIN_SCORE};
use crate::domain::sets::checker::{json_object, Checker, Fault, Problem};
use crate::domain::sets::instrument::Instrument;
use crate::domain::sets::instrument::RESERVED_SLUGS;
use crate::domain::sets::translation_check::{check_translations, ids, own_language, Shape};
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

/// Reads and checks an instrument file. On success the instrument is exactly
/// what the file says; otherwise every problem found is listed.
pub fn parse_instrument(text: &str) -> Result<Instrument, Vec<Problem>> {
    let value = json_object(text)?;
    let mut c = Checker::new();
    match c.number(&value, "format") {
        Some(INSTRUMENT_FORMAT) | None => {}
        Some(other) => c.report(
            "format",
            Fault::Format {
                found: other,
                reads: INSTRUMENT_FORMAT,
            },
        ),
    }
    c.id(&value, "id");
    if c.number(&value, "version") == Some(0) {
        c.report("version", Fault::VersionZero);
    }
    c.text(&value, "name", 80);

    match value.get("scale") {
        None => c.report("scale", Fault::Missing),
        Some(scale) => {
            c.text(scale, "scale.not_observed", 40);
            if let Some(points) = c.list(scale, "scale.points") {
                let wanted = usize::from(MAX_SCORE - MIN_SCORE + 1);
                if points.len() != wanted {
                    c.report(
                        "scale.points",
                        Fault::ScalePoints {
                            wanted,
                            min: MIN_SCORE,
                            max: MAX_SCORE,
                            found: points.len(),
                        },
                    );
                }
                for (i, p) in points.iter().enumerate() {
                    let field = format!("scale.points[{i}]");
                    if c.number(p, &format!("{field}.value"))
                        != Some(i as u64 + u64::from(MIN_SCORE))
                    {
                        c.report(
                            &format!("{field}.value"),
                            Fault::PointValue {
                                value: i as u64 + u64::from(MIN_SCORE),
                            },
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
                Fault::Dimensions {
                    min: *DIMENSIONS.start(),
                    max: *DIMENSIONS.end(),
                    found: dimensions.len(),
                },
            );
        }
        let mut dimension_ids = Vec::new();
        for (d, dimension) in dimensions.iter().enumerate() {
            let field = format!("dimensions[{d}]");
            let id = c.id(dimension, &format!("{field}.id"));
            if let Some(reserved) = id.filter(|id| RESERVED_SLUGS.contains(id)) {
                c.report(
                    &format!("{field}.id"),
                    Fault::ReservedId {
                        id: reserved.to_string(),
                    },
                );
            }
            c.unique(&mut dimension_ids, id, &format!("{field}.id"));
            c.text(dimension, &format!("{field}.name"), 60);
            c.text(dimension, &format!("{field}.summary"), 300);
            if let Some(items) = c.list(dimension, &format!("{field}.items")) {
                if !ITEMS_PER_DIMENSION.contains(&items.len()) {
                    c.report(
                        &format!("{field}.items"),
                        Fault::Items {
                            min: *ITEMS_PER_DIMENSION.start(),
                            max: *ITEMS_PER_DIMENSION.end(),
                            found: items.len(),
                        },
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
                Fault::Priorities {
                    max: item_count.min(5),
                },
            );
        }
    }
    if let Some(reflections) = c.list(&value, "reflections") {
        if reflections.len() > MAX_REFLECTIONS {
            c.report(
                "reflections",
                Fault::Reflections {
                    max: MAX_REFLECTIONS,
                    found: reflections.len(),
                },
            );
        }
        let mut ids = Vec::new();
        for (i, r) in reflections.iter().enumerate() {
            let id = c.id(r, &format!("reflections[{i}].id"));
            c.unique(&mut ids, id, &format!("reflections[{i}].id"));
            c.text(r, &format!("reflections[{i}].prompt"), 200);
        }
    }

    let own = own_language(&mut c, &value);
    let dimensions = value.get("dimensions").and_then(Value::as_array);
    let shape = Shape {
        own,
        scale: usize::from(MAX_SCORE - MIN_SCORE + 1),
        dimensions: ids(value.get("dimensions"), "id"),
        summaries: true,
        questions: "items",
        question_ids: dimensions
            .map(|ds| ds.iter().flat_map(|d| ids(d.get("items"), "id")).collect())
            .unwrap_or_default(),
        reflection_ids: ids(value.get("reflections"), "id"),
        words: &[("not_observed", 40)],
    };
    check_translations(&mut c, &value, &shape);

    if !c.problems.is_empty() {
        return Err(c.problems);
    }
    let instrument: Instrument = serde_json::from_value(value).map_err(|e| {
        vec![Problem {
            field: String::new(),
            fault: Fault::WrongKind {
                line: e.line(),
                column: e.column(),
            },
        }]
    })?;
    let link_chars = link_chars(&instrument);
    if link_chars > LINK_BUDGET_CHARS {
        return Err(vec![Problem {
            field: String::new(),
            fault: Fault::TooLarge {
                chars: link_chars,
                limit: LINK_BUDGET_CHARS,
            },
        }]);
    }
    Ok(instrument)
}

/// The instrument as a file, to start a trainer's own from.
pub fn instrument_file(instrument: &Instrument) -> String {
    crate::json::to_string_pretty(instrument).unwrap_or_default()
}

/// The characters the instrument would take inside a link: its compact JSON,
/// deflated, in base64.
pub fn link_chars(instrument: &Instrument) -> usize {
    let json = crate::json::to_string(instrument).unwrap_or_default();
    let compressed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    compressed.len().div_ceil(3) * 4
}
