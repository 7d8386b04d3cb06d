//! Question sets as spreadsheets: a trainer writes one row per behaviour
//! (its dimension and its text) under a few setting rows, saves it as CSV
//! and loads it like a JSON file. The rows become the JSON format and go
//! through the one checker ([`parse_instrument`]); its problems are told
//! back by row and column (from 1), as the spreadsheet shows them. Any set
//! can be written out in this form to start from.
//!
//! ```text
//! name,Team leadership pulse
//! id,team-pulse
//! version,1
//! scale,Rarely,Sometimes,Often,Usually,Consistently
//! not observed,Not observed
//! priorities,2
//! reflection,What would success look like?
//!
//! dimension,behaviour,summary
//! Strategy,sets clear priorities for the team,Turning direction into priorities.
//! Strategy,explains how our work connects to the strategy,
//! Purpose,…
//! ```
//!
//! A blank dimension cell continues the dimension above it. Only `name` and
//! the `dimension,behaviour` table are required; the scale,
//! Not observed words and priorities default to the built-in set's, ids are
//! made from the names (or read from `dimension id` and `behaviour id`
//! columns, which the written form includes so a set round-trips exactly).

use crate::domain::csv::{read_rows, write_rows, UnreadableCsv};
use crate::domain::instrument::Instrument;
use crate::domain::instrument_check::{parse_instrument, INSTRUMENT_FORMAT};
use serde_json::{json, Map, Value};

/// One thing wrong with a CSV question set, at its row and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvProblem {
    /// The row, from 1 (none for the file as a whole).
    pub row: Option<usize>,
    /// The column, from 1, with its heading or setting name.
    pub column: Option<(usize, String)>,
    /// What is wrong, in plain words.
    pub message: String,
}

impl std::fmt::Display for CsvProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.row, &self.column) {
            (Some(row), Some((column, name))) => {
                write!(f, "Row {row}, column {column} ({name}): {}", self.message)
            }
            (Some(row), None) => write!(f, "Row {row}: {}", self.message),
            _ => write!(f, "The file: {}", self.message),
        }
    }
}

fn problem(
    row: Option<usize>,
    column: Option<(usize, &str)>,
    message: impl Into<String>,
) -> CsvProblem {
    CsvProblem {
        row,
        column: column.map(|(n, name)| (n, name.to_string())),
        message: message.into(),
    }
}

/// The setting rows this format knows, by their first cell.
const SETTINGS: [&str; 7] = [
    "name",
    "id",
    "version",
    "scale",
    "not observed",
    "priorities",
    "reflection",
];

/// The table's headings: required first, then optional.
const DIMENSION: &str = "dimension";
const BEHAVIOUR: &str = "behaviour";
const SUMMARY: &str = "summary";
const DIMENSION_ID: &str = "dimension id";
const BEHAVIOUR_ID: &str = "behaviour id";

/// Whether a file's text looks like CSV rather than JSON (JSON files start
/// with `{`).
pub fn looks_like_csv(text: &str) -> bool {
    !text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('{')
}

/// A cell's heading, as trainers may type it.
fn heading(text: &str) -> String {
    let lower = text.trim().to_lowercase().replace(['_', '-'], " ");
    match lower.as_str() {
        "behavior" | "item" | "statement" => BEHAVIOUR.into(),
        "behavior id" | "item id" => BEHAVIOUR_ID.into(),
        _ => lower,
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

/// Where a value of the JSON form came from, to point problems back at it.
#[derive(Clone, Debug)]
struct Place {
    row: usize,
    column: Option<(usize, &'static str)>,
}

/// The rows' dimension being built.
struct DimensionRows {
    name: String,
    id: Option<String>,
    summary: Option<String>,
    first_row: usize,
    items: Vec<(usize, String, Option<String>)>,
}

/// Reads a CSV question set and checks it like a JSON one.
pub fn parse_instrument_csv(text: &str) -> Result<Instrument, Vec<CsvProblem>> {
    let rows =
        read_rows(text).map_err(|e| vec![problem(Some(e.row), None, UnreadableCsv::MESSAGE)])?;
    let mut problems = Vec::new();
    let mut settings: Map<String, Value> = Map::new();
    let mut places: Vec<(String, Place)> = Vec::new();
    let mut reflections: Vec<(usize, String, Option<String>)> = Vec::new();
    let blank = |row: &[String]| row.iter().all(|c| c.trim().is_empty());

    // Setting rows, up to the table's heading row.
    let mut at = 0;
    let mut columns: Option<Vec<String>> = None;
    while at < rows.len() {
        let row = &rows[at];
        let n = at + 1;
        at += 1;
        if blank(row) {
            continue;
        }
        let key = heading(&row[0]);
        if key == DIMENSION {
            columns = Some(row.iter().map(|c| heading(c)).collect());
            break;
        }
        let value = |i: usize| row.get(i).map(|c| c.trim().to_string()).unwrap_or_default();
        let place = |field: &str, places: &mut Vec<(String, Place)>| {
            places.push((
                field.to_string(),
                Place {
                    row: n,
                    column: Some((2, "its value")),
                },
            ));
        };
        match key.as_str() {
            "name" => {
                settings.insert("name".into(), value(1).into());
                place("name", &mut places);
            }
            "id" => {
                settings.insert("id".into(), value(1).into());
                place("id", &mut places);
            }
            "version" => match value(1).parse::<u64>() {
                Ok(v) => {
                    settings.insert("version".into(), v.into());
                    place("version", &mut places);
                }
                Err(_) => problems.push(problem(Some(n), Some((2, "version")), "must be a whole number, such as 1")),
            },
            "priorities" => match value(1).parse::<u64>() {
                Ok(v) => {
                    settings.insert("priorities_limit".into(), v.into());
                    place("priorities_limit", &mut places);
                }
                Err(_) => problems.push(problem(Some(n), Some((2, "priorities")), "must be a whole number from 0 to 5")),
            },
            "scale" => {
                let words: Vec<String> = (1..row.len()).map(value).filter(|w| !w.is_empty()).collect();
                if words.len() != 5 {
                    problems.push(problem(Some(n), None, format!("the scale needs five words, from the lowest rating to the highest, in columns 2 to 6; it has {}", words.len())));
                } else {
                    settings.insert("scale_words".into(), json!(words));
                    for i in 0..5 {
                        places.push((format!("scale.points[{i}]"), Place { row: n, column: Some((i + 2, "a scale word")) }));
                    }
                }
            }
            "not observed" => {
                settings.insert("not_observed".into(), value(1).into());
                places.push(("scale.not_observed".into(), Place { row: n, column: Some((2, "its value")) }));
            }
            "reflection" => {
                let id = Some(value(2)).filter(|v| !v.is_empty());
                reflections.push((n, value(1), id));
            }
            other => problems.push(problem(
                Some(n),
                Some((1, "setting")),
                format!(
                    "“{}” is not a setting this format knows ({}); the behaviours' table starts with a row “dimension,behaviour”",
                    other,
                    SETTINGS.join(", ")
                ),
            )),
        }
    }
    let Some(columns) = columns else {
        problems.push(problem(None, None, "it has no table of behaviours: add a heading row “dimension,behaviour” and one row per behaviour below it"));
        return Err(problems);
    };
    let heading_row = at;
    let column = |name: &str| columns.iter().position(|c| c == name);
    let (Some(dimension_col), Some(behaviour_col)) = (column(DIMENSION), column(BEHAVIOUR)) else {
        problems.push(problem(
            Some(heading_row),
            None,
            "the heading row needs a “behaviour” column beside “dimension”",
        ));
        return Err(problems);
    };
    for (i, name) in columns.iter().enumerate() {
        let known = [DIMENSION, BEHAVIOUR, SUMMARY, DIMENSION_ID, BEHAVIOUR_ID];
        if !name.is_empty() && !known.contains(&name.as_str()) {
            problems.push(problem(
                Some(heading_row),
                Some((i + 1, name)),
                format!("is not a column this format knows ({})", known.join(", ")),
            ));
        }
    }
    let (summary_col, dimension_id_col, behaviour_id_col) =
        (column(SUMMARY), column(DIMENSION_ID), column(BEHAVIOUR_ID));

    // The behaviours, grouped by dimension in the order dimensions first appear.
    let mut dimensions: Vec<DimensionRows> = Vec::new();
    let mut previous: Option<String> = None;
    for (offset, row) in rows[at..].iter().enumerate() {
        let n = at + offset + 1;
        if blank(row) {
            continue;
        }
        let cell = |i: Option<usize>| {
            i.and_then(|i| row.get(i))
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty())
        };
        // A blank dimension continues the one above, as merged cells read.
        let Some(name) = cell(Some(dimension_col)).or_else(|| previous.clone()) else {
            problems.push(problem(
                Some(n),
                Some((dimension_col + 1, DIMENSION)),
                "is empty; the first behaviour needs its dimension (blank cells below it continue it)",
            ));
            continue;
        };
        previous = Some(name.clone());
        let behaviour = cell(Some(behaviour_col)).unwrap_or_default();
        let index = match dimensions.iter().position(|d| d.name == name) {
            Some(i) => i,
            None => {
                dimensions.push(DimensionRows {
                    name: name.clone(),
                    id: None,
                    summary: None,
                    first_row: n,
                    items: Vec::new(),
                });
                dimensions.len() - 1
            }
        };
        let d = &mut dimensions[index];
        if d.summary.is_none() {
            d.summary = cell(summary_col);
        }
        if d.id.is_none() {
            d.id = cell(dimension_id_col);
        }
        d.items.push((n, behaviour, cell(behaviour_id_col)));
    }

    // The JSON form, with where each value came from.
    let builtin = Instrument::sparc_180();
    // Without a name (reported below) the checker still looks at the rest,
    // so every problem is listed at once.
    let name = settings
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or("Unnamed")
        .to_string();
    let id = settings
        .get("id")
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| slug(&name));
    if !settings.contains_key("id") {
        if let Some((_, place)) = places.iter().find(|(f, _)| f == "name").cloned() {
            places.push(("id".into(), place));
        }
    }
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
    let item_total: usize = dimensions.iter().map(|d| d.items.len()).sum();
    let mut used_ids: Vec<String> = Vec::new();
    let mut unique = |wanted: String| {
        let base = if wanted.is_empty() {
            "item".to_string()
        } else {
            wanted
        };
        let mut candidate = base.clone();
        let mut k = 2;
        while used_ids.contains(&candidate) {
            candidate = format!("{base}-{k}");
            k += 1;
        }
        used_ids.push(candidate.clone());
        candidate
    };
    let mut dimension_values = Vec::new();
    for (d, dim) in dimensions.iter().enumerate() {
        let field = format!("dimensions[{d}]");
        let dimension_id = dim.id.clone().unwrap_or_else(|| unique(slug(&dim.name)));
        places.push((
            format!("{field}.id"),
            Place {
                row: dim.first_row,
                column: Some((
                    dimension_id_col.unwrap_or(dimension_col) + 1,
                    if dimension_id_col.is_some() {
                        DIMENSION_ID
                    } else {
                        DIMENSION
                    },
                )),
            },
        ));
        places.push((
            format!("{field}.name"),
            Place {
                row: dim.first_row,
                column: Some((dimension_col + 1, DIMENSION)),
            },
        ));
        places.push((
            format!("{field}.summary"),
            Place {
                row: dim.first_row,
                column: Some((
                    summary_col.unwrap_or(dimension_col) + 1,
                    if summary_col.is_some() {
                        SUMMARY
                    } else {
                        DIMENSION
                    },
                )),
            },
        ));
        places.push((
            format!("{field}.items"),
            Place {
                row: dim.first_row,
                column: Some((dimension_col + 1, DIMENSION)),
            },
        ));
        places.push((
            field.clone(),
            Place {
                row: dim.first_row,
                column: None,
            },
        ));
        let items: Vec<Value> = dim
            .items
            .iter()
            .enumerate()
            .map(|(i, (row, text, item_id))| {
                let item_field = format!("{field}.items[{i}]");
                places.push((
                    format!("{item_field}.text"),
                    Place {
                        row: *row,
                        column: Some((behaviour_col + 1, BEHAVIOUR)),
                    },
                ));
                places.push((
                    format!("{item_field}.id"),
                    Place {
                        row: *row,
                        column: Some((
                            behaviour_id_col.unwrap_or(behaviour_col) + 1,
                            if behaviour_id_col.is_some() {
                                BEHAVIOUR_ID
                            } else {
                                BEHAVIOUR
                            },
                        )),
                    },
                ));
                places.push((
                    item_field,
                    Place {
                        row: *row,
                        column: None,
                    },
                ));
                let item_id = item_id
                    .clone()
                    .unwrap_or_else(|| unique(format!("{dimension_id}-{}", i + 1)));
                json!({ "id": item_id, "text": text })
            })
            .collect();
        dimension_values.push(json!({
            "id": dimension_id,
            "name": dim.name,
            // A dimension without a summary is introduced by its name.
            "summary": dim.summary.clone().unwrap_or_else(|| dim.name.clone()),
            "items": items,
        }));
    }
    let reflection_values: Vec<Value> = reflections
        .iter()
        .enumerate()
        .map(|(i, (row, prompt, rid))| {
            places.push((format!("reflections[{i}].prompt"), Place { row: *row, column: Some((2, "the question")) }));
            places.push((format!("reflections[{i}].id"), Place { row: *row, column: Some((3, "its id")) }));
            json!({ "id": rid.clone().unwrap_or_else(|| format!("reflection-{}", i + 1)), "prompt": prompt })
        })
        .collect();
    if !settings.contains_key("name") {
        problems.push(problem(
            None,
            None,
            "the set needs a name: add a row “name,” followed by the name respondents see",
        ));
    }
    let value = json!({
        "format": INSTRUMENT_FORMAT,
        "id": id,
        "version": settings.get("version").cloned().unwrap_or(json!(1)),
        "name": name,
        "scale": {
            "points": words.iter().enumerate().map(|(i, w)| json!({ "value": i + 1, "label": w })).collect::<Vec<_>>(),
            "not_observed": settings.get("not_observed").cloned().unwrap_or_else(|| json!(builtin.scale.not_observed)),
        },
        "priorities_limit": settings.get("priorities_limit").cloned().unwrap_or_else(|| json!(builtin.priorities_limit.min(item_total))),
        "reflections": reflection_values,
        "dimensions": dimension_values,
    });
    let checked = parse_instrument(&value.to_string()).map_err(|found| {
        found
            .into_iter()
            .map(|p| {
                // The nearest place the field came from: the field itself,
                // or the row of the dimension or behaviour holding it.
                let mut field = p.field.as_str();
                let place = loop {
                    if let Some((_, place)) = places.iter().find(|(f, _)| f == field) {
                        break Some(place.clone());
                    }
                    match field.rfind(['.', '[']) {
                        Some(cut) => field = &field[..cut],
                        None => break None,
                    }
                };
                match place {
                    Some(place) => CsvProblem {
                        row: Some(place.row),
                        column: place.column.map(|(n, name)| (n, name.to_string())),
                        message: p.message,
                    },
                    None => problem(None, None, p.message),
                }
            })
            .collect::<Vec<_>>()
    });
    match checked {
        Ok(instrument) if problems.is_empty() => Ok(instrument),
        Ok(_) => Err(problems),
        Err(found) => {
            problems.extend(found);
            // In the order a trainer reads the sheet: the file first, then by row.
            problems.sort_by_key(|p| p.row);
            Err(problems)
        }
    }
}

/// A question set as CSV in the form [`parse_instrument_csv`] reads, with
/// ids, to start a new set from in a spreadsheet.
pub fn instrument_csv(instrument: &Instrument) -> String {
    let mut rows: Vec<Vec<String>> = vec![
        vec!["name".into(), instrument.name.clone()],
        vec!["id".into(), instrument.id.clone()],
        vec!["version".into(), instrument.version.to_string()],
    ];
    let mut scale = vec!["scale".to_string()];
    scale.extend(instrument.scale.points.iter().map(|p| p.label.clone()));
    rows.push(scale);
    rows.push(vec![
        "not observed".into(),
        instrument.scale.not_observed.clone(),
    ]);
    rows.push(vec![
        "priorities".into(),
        instrument.priorities_limit.to_string(),
    ]);
    for r in &instrument.reflections {
        rows.push(vec!["reflection".into(), r.prompt.clone(), r.id.clone()]);
    }
    rows.push(Vec::new());
    rows.push(
        [DIMENSION, BEHAVIOUR, SUMMARY, DIMENSION_ID, BEHAVIOUR_ID]
            .map(String::from)
            .to_vec(),
    );
    for d in &instrument.dimensions {
        for (i, item) in d.items.iter().enumerate() {
            let summary = if i == 0 {
                d.summary.clone()
            } else {
                String::new()
            };
            rows.push(vec![
                d.name.clone(),
                item.text.clone(),
                summary,
                d.id.clone(),
                item.id.clone(),
            ]);
        }
    }
    write_rows(rows)
}
