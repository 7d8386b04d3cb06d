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
//! Translations: the settings and columns again with a language, such as
//! `name (de)`, `scale (de)`, `not observed (de)`, `reflection (de)` (one per
//! reflection, in order) and the columns `dimension (de)`, `behaviour (de)`,
//! `summary (de)`; a `language` row says the set's own (English otherwise).
//!
//! A blank dimension cell continues the dimension above it. Only `name` and
//! the `dimension,behaviour` table are required; the scale,
//! Not observed words and priorities default to the built-in set's, ids are
//! made from the names (or read from `dimension id` and `behaviour id`
//! columns, which the written form includes so a set round-trips exactly).

mod form;
mod languages;
mod places;
mod sheet;
mod write;

pub use write::instrument_csv;

use crate::domain::base::csv::{read_rows, UnreadableCsv};
use crate::domain::base::messages::Messages;
use crate::domain::sets::check::parse_instrument;
use crate::domain::sets::checker::Fault;
use crate::domain::sets::instrument::Instrument;
use places::Places;

/// One thing wrong with a CSV question set, at its row and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvProblem {
    /// The row, from 1 (none for the file as a whole).
    pub row: Option<usize>,
    /// The column, from 1, with what it holds.
    pub column: Option<(usize, Column)>,
    /// What is wrong.
    pub fault: CsvFault,
}

/// What a column of the sheet is called in a problem's place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Column {
    /// A heading or setting name as the file format writes it
    /// (`dimension`, `behaviour (de)`, `version`): not translated.
    Named(String),
    /// The first cell of a setting row.
    Setting,
    /// A setting's value.
    Value,
    /// One of the scale's words.
    ScaleWord,
    /// A reflection row's question.
    Question,
    /// A reflection row's id.
    Id,
}

impl Column {
    /// A heading or setting name of the file format.
    pub(crate) fn named(name: &str) -> Column {
        Column::Named(name.to_string())
    }

    /// The column's name in `words`.
    fn words(&self, words: &Messages) -> String {
        match self {
            Column::Named(name) => name.clone(),
            Column::Setting => words.checker_csv_column_setting().into(),
            Column::Value => words.checker_csv_column_value().into(),
            Column::ScaleWord => words.checker_csv_column_scale_word().into(),
            Column::Question => words.checker_csv_column_question().into(),
            Column::Id => words.checker_csv_column_id().into(),
        }
    }
}

/// What is wrong in a CSV question set: something only a sheet can get
/// wrong, or what the one checker found in its JSON form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvFault {
    /// A quoted cell never closes.
    UnclosedQuote,
    /// No `name` row.
    NoName,
    /// No `dimension,behaviour` heading row.
    NoTable,
    /// The heading row has `dimension` but no `behaviour`.
    NoBehaviourColumn,
    /// A `version` that is not a whole number.
    Version,
    /// A `priorities` that is not a whole number.
    Priorities,
    /// A `scale` row without five words: how many it has.
    ScaleWords { found: usize },
    /// A first cell that is no setting this format knows.
    UnknownSetting { setting: String },
    /// A heading this format does not know.
    UnknownColumn,
    /// The first behaviour without its dimension.
    NoDimension,
    /// What the checker found.
    Checked(Fault),
}

impl CsvFault {
    /// What is wrong, in `words` (without the place).
    pub fn describe(&self, words: &Messages) -> String {
        match self {
            CsvFault::UnclosedQuote => UnreadableCsv::message(words).into(),
            CsvFault::NoName => words.checker_csv_no_name().into(),
            CsvFault::NoTable => words.checker_csv_no_table().into(),
            CsvFault::NoBehaviourColumn => words.checker_csv_no_behaviour_column().into(),
            CsvFault::Version => words.checker_csv_version().into(),
            CsvFault::Priorities => words.checker_csv_priorities().into(),
            CsvFault::ScaleWords { found } => words.checker_csv_scale_words(found),
            CsvFault::UnknownSetting { setting } => {
                words.checker_csv_unknown_setting(setting, &SETTINGS.join(", "))
            }
            CsvFault::UnknownColumn => {
                let known = [DIMENSION, BEHAVIOUR, SUMMARY, DIMENSION_ID, BEHAVIOUR_ID];
                words.checker_csv_unknown_column(&known.join(", "))
            }
            CsvFault::NoDimension => words.checker_csv_no_dimension().into(),
            CsvFault::Checked(fault) => fault.describe(words),
        }
    }
}

impl CsvProblem {
    /// The problem as the trainer reads it: its row and column, and what
    /// is wrong ("Row 5, column 2 (behaviour): is empty").
    pub fn describe(&self, words: &Messages) -> String {
        let place = match (self.row, &self.column) {
            (Some(row), Some((column, name))) => {
                words.checker_csv_row_column(&row, column, &name.words(words))
            }
            (Some(row), None) => words.checker_csv_row(&row),
            _ => words.checker_place_file().into(),
        };
        words.checker_problem(&place, &self.fault.describe(words))
    }
}

fn problem(row: Option<usize>, column: Option<(usize, Column)>, fault: CsvFault) -> CsvProblem {
    CsvProblem { row, column, fault }
}

/// The setting rows this format knows, by their first cell.
const SETTINGS: [&str; 8] = [
    "name",
    "id",
    "language",
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

/// Reads a CSV question set and checks it like a JSON one.
pub fn parse_instrument_csv(text: &str) -> Result<Instrument, Vec<CsvProblem>> {
    let rows =
        read_rows(text).map_err(|e| vec![problem(Some(e.row), None, CsvFault::UnclosedQuote)])?;
    let mut problems = Vec::new();
    let mut places = Places::default();
    let Some(sheet) = sheet::read_sheet(&rows, &mut places, &mut problems) else {
        return Err(problems);
    };
    let value = form::json_form(&sheet, &mut places);
    if !sheet.settings.values.contains_key("name") {
        problems.push(problem(None, None, CsvFault::NoName));
    }
    match parse_instrument(&value.to_string()) {
        Ok(instrument) if problems.is_empty() => Ok(instrument),
        Ok(_) => Err(problems),
        Err(found) => {
            problems.extend(found.into_iter().map(|p| match places.nearest(&p.field) {
                Some(place) => problem(
                    Some(place.row),
                    place.column.clone(),
                    CsvFault::Checked(p.fault),
                ),
                None => problem(None, None, CsvFault::Checked(p.fault)),
            }));
            // In the order a trainer reads the sheet: the file first, then by row.
            problems.sort_by_key(|p| p.row);
            Err(problems)
        }
    }
}
