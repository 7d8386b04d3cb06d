//! The sheet in the JSON form the one checker reads, noting where each
//! value came from. What the sheet leaves out is made up as its docs say:
//! ids from names, the built-in set's scale and priorities.

use crate::domain::base::language::Language;
use crate::domain::sets::check::INSTRUMENT_FORMAT;
use crate::domain::sets::instrument::Instrument;
use crate::domain::sets::instrument_csv::languages::translated_name;
use crate::domain::sets::instrument_csv::places::Places;
use crate::domain::sets::instrument_csv::sheet::{DimensionRows, Sheet};
use crate::domain::sets::instrument_csv::{
    Column, BEHAVIOUR, BEHAVIOUR_ID, DIMENSION, DIMENSION_ID, SUMMARY,
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
                Some((2, Column::Question)),
            );
            places.add(format!("reflections[{i}].id"), r.row, Some((3, Column::Id)));
            let id =
                r.id.clone()
                    .unwrap_or_else(|| format!("reflection-{}", i + 1));
            json!({ "id": id, "prompt": r.prompt })
        })
        .collect();
    let mut form = json!({
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
    });
    if let Some(language) = settings.get("language") {
        form["language"] = language.clone();
    }
    let translations = translations_form(sheet, &form, places);
    if !translations.is_empty() {
        form["translations"] = Value::Array(translations);
    }
    form
}

/// Every language the sheet translates into (by its settings or columns),
/// in the order they first appear.
fn languages(sheet: &Sheet) -> Vec<Language> {
    let mut out: Vec<Language> = Vec::new();
    let all = sheet.settings.translated.iter().map(|t| t.language);
    for language in all.chain(sheet.columns.translated.iter().map(|t| t.language)) {
        if !out.contains(&language) {
            out.push(language);
        }
    }
    out
}

/// The translations' JSON form; a cell left empty is left out, so the
/// checker says it is missing, at its cell.
fn translations_form(sheet: &Sheet, form: &Value, places: &mut Places) -> Vec<Value> {
    let text = |v: &str| (!v.trim().is_empty()).then(|| json!(v));
    let mut out = Vec::new();
    for (k, language) in languages(sheet).into_iter().enumerate() {
        let at = format!("translations[{k}]");
        let settings = sheet
            .settings
            .translated
            .iter()
            .find(|t| t.language == language);
        let columns = sheet
            .columns
            .translated
            .iter()
            .find(|t| t.language == language);
        let mut t = serde_json::Map::new();
        t.insert("language".into(), json!(language.code()));
        places.add(
            at.clone(),
            sheet.dimensions.first().map_or(1, |d| d.first_row),
            None,
        );
        if let Some((row, name)) = settings.and_then(|s| s.name.as_ref()) {
            places.add(format!("{at}.name"), *row, Some((2, Column::Value)));
            if let Some(v) = text(name) {
                t.insert("name".into(), v);
            }
        }
        if let Some((row, words)) = settings.and_then(|s| s.scale.as_ref()) {
            places.add(format!("{at}.scale"), *row, None);
            t.insert("scale".into(), json!(words));
        }
        if let Some((row, words)) = settings.and_then(|s| s.not_observed.as_ref()) {
            places.add(format!("{at}.not_observed"), *row, Some((2, Column::Value)));
            if let Some(v) = text(words) {
                t.insert("not_observed".into(), v);
            }
        }
        let mut dimensions = serde_json::Map::new();
        let mut items = serde_json::Map::new();
        let form_dimensions = form["dimensions"].as_array().cloned().unwrap_or_default();
        for (dim, dim_form) in sheet.dimensions.iter().zip(&form_dimensions) {
            let id = dim_form["id"].as_str().unwrap_or_default();
            let row = dim.first_row;
            let cell = |c: Option<usize>, base| {
                c.map(|c| (c + 1, Column::named(translated_name(base, language))))
            };
            let dimension_cell = cell(columns.and_then(|c| c.dimension), "dimension");
            places.add(format!("{at}.dimensions.{id}"), row, dimension_cell.clone());
            places.add(
                format!("{at}.dimensions.{id}.name"),
                row,
                dimension_cell.clone(),
            );
            places.add(
                format!("{at}.dimensions.{id}.summary"),
                row,
                cell(columns.and_then(|c| c.summary), "summary").or(dimension_cell),
            );
            let translated = dim.translated.iter().find(|(l, _, _)| *l == language);
            if let Some((_, Some(name), summary)) = translated {
                let mut d = serde_json::Map::new();
                d.insert("name".into(), json!(name));
                // Without a summary column, a dimension is introduced by its name.
                let summary = summary.clone().or_else(|| {
                    columns
                        .and_then(|c| c.summary)
                        .is_none()
                        .then(|| name.clone())
                });
                if let Some(summary) = summary {
                    d.insert("summary".into(), json!(summary));
                }
                dimensions.insert(id.to_string(), Value::Object(d));
            }
            let item_ids = dim_form["items"].as_array().cloned().unwrap_or_default();
            for (item, item_form) in dim.items.iter().zip(&item_ids) {
                let item_id = item_form["id"].as_str().unwrap_or_default();
                places.add(
                    format!("{at}.items.{item_id}"),
                    item.row,
                    cell(columns.and_then(|c| c.behaviour), "behaviour"),
                );
                if let Some(v) = item
                    .translated
                    .iter()
                    .find(|(l, _)| *l == language)
                    .and_then(|(_, v)| text(v))
                {
                    items.insert(item_id.to_string(), v);
                }
            }
        }
        t.insert("dimensions".into(), Value::Object(dimensions));
        t.insert("items".into(), Value::Object(items));
        let mut reflections = serde_json::Map::new();
        let prompts = settings
            .map(|s| s.reflections.as_slice())
            .unwrap_or_default();
        for ((row, prompt), r) in prompts
            .iter()
            .zip(form["reflections"].as_array().cloned().unwrap_or_default())
        {
            let id = r["id"].as_str().unwrap_or_default();
            places.add(
                format!("{at}.reflections.{id}"),
                *row,
                Some((2, Column::Question)),
            );
            if let Some(v) = text(prompt) {
                reflections.insert(id.to_string(), v);
            }
        }
        t.insert("reflections".into(), Value::Object(reflections));
        out.push(Value::Object(t));
    }
    out
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
    let dimension_cell = Some((columns.dimension + 1, Column::named(DIMENSION)));
    // A made-up id or summary is told at the dimension's name.
    let id_cell = match columns.dimension_id {
        Some(c) => Some((c + 1, Column::named(DIMENSION_ID))),
        None => dimension_cell.clone(),
    };
    let summary_cell = match columns.summary {
        Some(c) => Some((c + 1, Column::named(SUMMARY))),
        None => dimension_cell.clone(),
    };
    places.add(format!("{field}.id"), row, id_cell);
    places.add(format!("{field}.name"), row, dimension_cell.clone());
    places.add(format!("{field}.summary"), row, summary_cell);
    places.add(format!("{field}.items"), row, dimension_cell);
    places.add(field.clone(), row, None);
    let dimension_id = dim.id.clone().unwrap_or_else(|| ids.take(slug(&dim.name)));
    let behaviour_cell = Some((columns.behaviour + 1, Column::named(BEHAVIOUR)));
    let behaviour_id_cell = match columns.behaviour_id {
        Some(c) => Some((c + 1, Column::named(BEHAVIOUR_ID))),
        None => behaviour_cell.clone(),
    };
    let items: Vec<Value> = dim
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let item_field = format!("{field}.items[{i}]");
            places.add(
                format!("{item_field}.text"),
                item.row,
                behaviour_cell.clone(),
            );
            places.add(
                format!("{item_field}.id"),
                item.row,
                behaviour_id_cell.clone(),
            );
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
