//! The sheet in the JSON form the one checker reads, noting where each
//! value came from. What the sheet leaves out is made up as its docs say:
//! ids from names, the built-in set's scale and priorities.

use crate::domain::sets::check::INSTRUMENT_FORMAT;
use crate::domain::sets::instrument::Instrument;
use crate::domain::sets::instrument_csv::places::Places;
use crate::domain::sets::instrument_csv::sheet::{DimensionRows, Sheet};
use crate::domain::sets::instrument_csv::{
    BEHAVIOUR, BEHAVIOUR_ID, DIMENSION, DIMENSION_ID, SUMMARY,
};
use serde_json::{json, Value};

/// The JSON form of `sheet`.
pub(super) fn json_form(sheet: &Sheet, places: &mut Places) -> Value {
    let builtin = Instrument::sparc_180();
    let settings = &sheet.settings.values;
    // Without a name (reported by the caller) the checker still looks at the
    // rest, so every problem is listed at once.
    let name = settings
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or("Unnamed")
        .to_string();
    let id = match settings.get("id").and_then(Value::as_str) {
        Some(id) => id.to_string(),
        None => {
            if let Some(place) = places.of("name").cloned() {
                places.add("id", place.row, place.column);
            }
            slug(&name)
        }
    };
    let words: Vec<String> = match settings.get("scale_words") {
        Some(Value::Array(w)) => w
            .iter()
            .filter_map(|w| w.as_str().map(str::to_string))
            .collect(),
        _ => builtin
            .scale
            .points
            .iter()
            .map(|p| p.label.clone())
            .collect(),
    };
    let item_total: usize = sheet.dimensions.iter().map(|d| d.items.len()).sum();
    let mut ids = UniqueIds::default();
    let dimensions: Vec<Value> = sheet
        .dimensions
        .iter()
        .enumerate()
        .map(|(d, dim)| dimension_form(sheet, d, dim, &mut ids, places))
        .collect();
    let reflections: Vec<Value> = sheet
        .settings
        .reflections
        .iter()
        .enumerate()
        .map(|(i, r)| {
            places.add(
                format!("reflections[{i}].prompt"),
                r.row,
                Some((2, "the question")),
            );
            places.add(format!("reflections[{i}].id"), r.row, Some((3, "its id")));
            let id =
                r.id.clone()
                    .unwrap_or_else(|| format!("reflection-{}", i + 1));
            json!({ "id": id, "prompt": r.prompt })
        })
        .collect();
    json!({
        "format": INSTRUMENT_FORMAT,
        "id": id,
        "version": settings.get("version").cloned().unwrap_or(json!(1)),
        "name": name,
        "scale": {
            "points": words.iter().enumerate().map(|(i, w)| json!({ "value": i + 1, "label": w })).collect::<Vec<_>>(),
            "not_observed": settings.get("not_observed").cloned().unwrap_or_else(|| json!(builtin.scale.not_observed)),
        },
        "priorities_limit": settings.get("priorities_limit").cloned().unwrap_or_else(|| json!(builtin.priorities_limit.min(item_total))),
        "reflections": reflections,
        "dimensions": dimensions,
    })
}

/// Dimension number `d` with its behaviours, and where each came from.
fn dimension_form(
    sheet: &Sheet,
    d: usize,
    dim: &DimensionRows,
    ids: &mut UniqueIds,
    places: &mut Places,
) -> Value {
    let columns = &sheet.columns;
    let field = format!("dimensions[{d}]");
    let row = dim.first_row;
    let dimension_cell = Some((columns.dimension + 1, DIMENSION));
    // A made-up id or summary is told at the dimension's name.
    let id_cell = match columns.dimension_id {
        Some(c) => Some((c + 1, DIMENSION_ID)),
        None => dimension_cell,
    };
    let summary_cell = match columns.summary {
        Some(c) => Some((c + 1, SUMMARY)),
        None => dimension_cell,
    };
    places.add(format!("{field}.id"), row, id_cell);
    places.add(format!("{field}.name"), row, dimension_cell);
    places.add(format!("{field}.summary"), row, summary_cell);
    places.add(format!("{field}.items"), row, dimension_cell);
    places.add(field.clone(), row, None);
    let dimension_id = dim.id.clone().unwrap_or_else(|| ids.take(slug(&dim.name)));
    let behaviour_cell = Some((columns.behaviour + 1, BEHAVIOUR));
    let behaviour_id_cell = match columns.behaviour_id {
        Some(c) => Some((c + 1, BEHAVIOUR_ID)),
        None => behaviour_cell,
    };
    let items: Vec<Value> = dim
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let item_field = format!("{field}.items[{i}]");
            places.add(format!("{item_field}.text"), item.row, behaviour_cell);
            places.add(format!("{item_field}.id"), item.row, behaviour_id_cell);
            places.add(item_field, item.row, None);
            let item_id = item
                .id
                .clone()
                .unwrap_or_else(|| ids.take(format!("{dimension_id}-{}", i + 1)));
            json!({ "id": item_id, "text": item.text })
        })
        .collect();
    json!({
        "id": dimension_id,
        "name": dim.name,
        // A dimension without a summary is introduced by its name.
        "summary": dim.summary.clone().unwrap_or_else(|| dim.name.clone()),
        "items": items,
    })
}

/// Made-up ids, each different from those made before.
#[derive(Default)]
struct UniqueIds(Vec<String>);

impl UniqueIds {
    /// `wanted`, or `wanted-2`, `wanted-3`… if taken ("item" if empty).
    fn take(&mut self, wanted: String) -> String {
        let base = if wanted.is_empty() {
            "item".to_string()
        } else {
            wanted
        };
        let mut candidate = base.clone();
        let mut k = 2;
        while self.0.contains(&candidate) {
            candidate = format!("{base}-{k}");
            k += 1;
        }
        self.0.push(candidate.clone());
        candidate
    }
}

/// An id made from a name: lowercase letters and digits, hyphens between
/// words, at most 40 characters.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut out: String = out.trim_end_matches('-').chars().take(40).collect();
    while out.ends_with('-') {
        out.pop();
    }
    out
}
