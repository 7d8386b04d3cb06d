//! Reading the spreadsheet's rows: the setting rows above the table, the
//! table's heading row, and the behaviours grouped by dimension, each with
//! the row it stands on.

use crate::domain::base::language::Language;
use crate::domain::sets::instrument_csv::languages::for_language;
use crate::domain::sets::instrument_csv::places::Places;
use crate::domain::sets::instrument_csv::{problem, Column, CsvFault, CsvProblem};
use crate::domain::sets::instrument_csv::{
    BEHAVIOUR, BEHAVIOUR_ID, DIMENSION, DIMENSION_ID, SUMMARY,
};
use serde_json::{json, Map, Value};

/// The setting rows: their values under the JSON form's names, and the
/// reflection questions in order.
pub(super) struct Settings {
    pub values: Map<String, Value>,
    pub reflections: Vec<ReflectionRow>,
    /// The settings written for other languages (`name (de)`, …).
    pub translated: Vec<TranslatedSettings>,
}

/// The setting rows of one more language: each value with its row.
pub(super) struct TranslatedSettings {
    pub language: Language,
    pub name: Option<(usize, String)>,
    pub scale: Option<(usize, Vec<String>)>,
    pub not_observed: Option<(usize, String)>,
    pub reflections: Vec<(usize, String)>,
}

/// The columns of one more language (`behaviour (de)`, …), from 0.
pub(super) struct TranslatedColumns {
    pub language: Language,
    pub dimension: Option<usize>,
    pub behaviour: Option<usize>,
    pub summary: Option<usize>,
}

/// A `reflection` row: its question and optional id.
pub(super) struct ReflectionRow {
    pub row: usize,
    pub prompt: String,
    pub id: Option<String>,
}

/// Where the table's columns are, counted from 0.
pub(super) struct Columns {
    pub dimension: usize,
    pub behaviour: usize,
    pub summary: Option<usize>,
    pub dimension_id: Option<usize>,
    pub behaviour_id: Option<usize>,
    pub translated: Vec<TranslatedColumns>,
}

/// One behaviour row: its text and optional id.
pub(super) struct BehaviourRow {
    pub row: usize,
    pub text: String,
    pub id: Option<String>,
    /// Its text in each translated column (empty when the cell is).
    pub translated: Vec<(Language, String)>,
}

/// A dimension's rows, from the first row that names it.
pub(super) struct DimensionRows {
    pub name: String,
    pub id: Option<String>,
    pub summary: Option<String>,
    pub first_row: usize,
    pub items: Vec<BehaviourRow>,
    /// Its name and summary in each translated column (the first given).
    pub translated: Vec<(Language, Option<String>, Option<String>)>,
}

/// Everything the sheet holds, before it is checked.
pub(super) struct Sheet {
    pub settings: Settings,
    pub columns: Columns,
    pub dimensions: Vec<DimensionRows>,
}

/// Reads the sheet; `None` when it has no usable table (the problems say
/// why). Settings' places are noted in `places`.
pub(super) fn read_sheet(
    rows: &[Vec<String>],
    places: &mut Places,
    problems: &mut Vec<CsvProblem>,
) -> Option<Sheet> {
    let (settings, heading) = read_settings(rows, places, problems);
    let Some((heading_row, headings)) = heading else {
        problems.push(problem(None, None, CsvFault::NoTable));
        return None;
    };
    let columns = read_columns(heading_row, &headings, problems)?;
    let dimensions = read_behaviours(rows, heading_row, &columns, problems);
    Some(Sheet {
        settings,
        columns,
        dimensions,
    })
}

fn blank(row: &[String]) -> bool {
    row.iter().all(|c| c.trim().is_empty())
}

/// A cell's heading, as trainers may type it.
fn heading(text: &str) -> String {
    let lower = text.trim().to_lowercase().replace(['_', '-'], " ");
    if let Some((base, language)) = for_language(&lower) {
        let base = heading(base);
        return format!("{base} ({})", language.code());
    }
    match lower.as_str() {
        "behavior" | "item" | "statement" => BEHAVIOUR.into(),
        "behavior id" | "item id" => BEHAVIOUR_ID.into(),
        _ => lower,
    }
}

/// The setting rows, up to the table's heading row, which is returned with
/// its row number (from 1) when there is one.
fn read_settings(
    rows: &[Vec<String>],
    places: &mut Places,
    problems: &mut Vec<CsvProblem>,
) -> (Settings, Option<(usize, Vec<String>)>) {
    let mut settings = Settings {
        values: Map::new(),
        reflections: Vec::new(),
        translated: Vec::new(),
    };
    for (at, row) in rows.iter().enumerate() {
        let n = at + 1;
        if blank(row) {
            continue;
        }
        let key = heading(&row[0]);
        if key == DIMENSION {
            return (
                settings,
                Some((n, row.iter().map(|c| heading(c)).collect())),
            );
        }
        let value = |i: usize| row.get(i).map(|c| c.trim().to_string()).unwrap_or_default();
        if let Some((base, language)) = for_language(&key)
            .filter(|(b, _)| ["name", "scale", "not observed", "reflection"].contains(b))
        {
            let at = match settings
                .translated
                .iter()
                .position(|t| t.language == language)
            {
                Some(at) => at,
                None => {
                    settings.translated.push(TranslatedSettings {
                        language,
                        name: None,
                        scale: None,
                        not_observed: None,
                        reflections: Vec::new(),
                    });
                    settings.translated.len() - 1
                }
            };
            let t = &mut settings.translated[at];
            match base {
                "name" => t.name = Some((n, value(1))),
                "scale" => {
                    t.scale = Some((
                        n,
                        (1..row.len())
                            .map(value)
                            .filter(|w| !w.is_empty())
                            .collect(),
                    ))
                }
                "not observed" => t.not_observed = Some((n, value(1))),
                _ => t.reflections.push((n, value(1))),
            }
            continue;
        }
        let values = &mut settings.values;
        let mut set = |field: &str, v: Value, places: &mut Places| {
            values.insert(field.to_string(), v);
            places.add(field, n, Some((2, Column::Value)));
        };
        match key.as_str() {
            "name" => set("name", value(1).into(), places),
            "id" => set("id", value(1).into(), places),
            "language" => set("language", value(1).into(), places),
            "version" => match value(1).parse::<u64>() {
                Ok(v) => set("version", v.into(), places),
                Err(_) => problems.push(problem(
                    Some(n),
                    Some((2, Column::named("version"))),
                    CsvFault::Version,
                )),
            },
            "priorities" => match value(1).parse::<u64>() {
                Ok(v) => set("priorities_limit", v.into(), places),
                Err(_) => problems.push(problem(
                    Some(n),
                    Some((2, Column::named("priorities"))),
                    CsvFault::Priorities,
                )),
            },
            "scale" => {
                let words: Vec<String> = (1..row.len())
                    .map(value)
                    .filter(|w| !w.is_empty())
                    .collect();
                if words.len() != 5 {
                    problems.push(problem(
                        Some(n),
                        None,
                        CsvFault::ScaleWords { found: words.len() },
                    ));
                } else {
                    settings.values.insert("scale_words".into(), json!(words));
                    for i in 0..5 {
                        places.add(
                            format!("scale.points[{i}]"),
                            n,
                            Some((i + 2, Column::ScaleWord)),
                        );
                    }
                }
            }
            "not observed" => {
                settings
                    .values
                    .insert("not_observed".into(), value(1).into());
                places.add("scale.not_observed", n, Some((2, Column::Value)));
            }
            "reflection" => settings.reflections.push(ReflectionRow {
                row: n,
                prompt: value(1),
                id: Some(value(2)).filter(|v| !v.is_empty()),
            }),
            other => problems.push(problem(
                Some(n),
                Some((1, Column::Setting)),
                CsvFault::UnknownSetting {
                    setting: other.to_string(),
                },
            )),
        }
    }
    (settings, None)
}

/// The table's columns from its heading row; `None` without the two it needs.
fn read_columns(
    heading_row: usize,
    headings: &[String],
    problems: &mut Vec<CsvProblem>,
) -> Option<Columns> {
    let column = |name: &str| headings.iter().position(|c| c == name);
    let (Some(dimension), Some(behaviour)) = (column(DIMENSION), column(BEHAVIOUR)) else {
        problems.push(problem(
            Some(heading_row),
            None,
            CsvFault::NoBehaviourColumn,
        ));
        return None;
    };
    let known = [DIMENSION, BEHAVIOUR, SUMMARY, DIMENSION_ID, BEHAVIOUR_ID];
    let mut translated: Vec<TranslatedColumns> = Vec::new();
    for (i, name) in headings.iter().enumerate() {
        if let Some((base, language)) =
            for_language(name).filter(|(b, _)| [DIMENSION, BEHAVIOUR, SUMMARY].contains(b))
        {
            let at = match translated.iter().position(|t| t.language == language) {
                Some(at) => at,
                None => {
                    translated.push(TranslatedColumns {
                        language,
                        dimension: None,
                        behaviour: None,
                        summary: None,
                    });
                    translated.len() - 1
                }
            };
            let t = &mut translated[at];
            match base {
                DIMENSION => t.dimension = Some(i),
                BEHAVIOUR => t.behaviour = Some(i),
                _ => t.summary = Some(i),
            }
            continue;
        }
        if !name.is_empty() && !known.contains(&name.as_str()) {
            problems.push(problem(
                Some(heading_row),
                Some((i + 1, Column::named(name))),
                CsvFault::UnknownColumn,
            ));
        }
    }
    Some(Columns {
        dimension,
        behaviour,
        summary: column(SUMMARY),
        dimension_id: column(DIMENSION_ID),
        behaviour_id: column(BEHAVIOUR_ID),
        translated,
    })
}

/// The behaviours below the heading row (number `heading_row`, from 1),
/// grouped by dimension in the order dimensions first appear.
fn read_behaviours(
    rows: &[Vec<String>],
    heading_row: usize,
    columns: &Columns,
    problems: &mut Vec<CsvProblem>,
) -> Vec<DimensionRows> {
    let mut dimensions: Vec<DimensionRows> = Vec::new();
    let mut previous: Option<String> = None;
    for (offset, row) in rows.iter().skip(heading_row).enumerate() {
        let n = heading_row + offset + 1;
        if blank(row) {
            continue;
        }
        let cell = |i: Option<usize>| {
            i.and_then(|i| row.get(i))
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty())
        };
        // A blank dimension continues the one above, as merged cells read.
        let Some(name) = cell(Some(columns.dimension)).or_else(|| previous.clone()) else {
            problems.push(problem(
                Some(n),
                Some((columns.dimension + 1, Column::named(DIMENSION))),
                CsvFault::NoDimension,
            ));
            continue;
        };
        previous = Some(name.clone());
        let index = match dimensions.iter().position(|d| d.name == name) {
            Some(i) => i,
            None => {
                dimensions.push(DimensionRows {
                    name,
                    id: None,
                    summary: None,
                    first_row: n,
                    items: Vec::new(),
                    translated: Vec::new(),
                });
                dimensions.len() - 1
            }
        };
        let d = &mut dimensions[index];
        if d.summary.is_none() {
            d.summary = cell(columns.summary);
        }
        if d.id.is_none() {
            d.id = cell(columns.dimension_id);
        }
        for t in &columns.translated {
            let (name, summary) = (cell(t.dimension), cell(t.summary));
            match d.translated.iter_mut().find(|(l, _, _)| *l == t.language) {
                Some((_, n, s)) => {
                    if n.is_none() {
                        *n = name;
                    }
                    if s.is_none() {
                        *s = summary;
                    }
                }
                None => d.translated.push((t.language, name, summary)),
            }
        }
        d.items.push(BehaviourRow {
            row: n,
            text: cell(Some(columns.behaviour)).unwrap_or_default(),
            id: cell(columns.behaviour_id),
            translated: columns
                .translated
                .iter()
                .map(|t| (t.language, cell(t.behaviour).unwrap_or_default()))
                .collect(),
        });
    }
    dimensions
}
