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

mod form;
mod places;
mod sheet;
mod write;

pub use write::instrument_csv;

use crate::domain::base::csv::{read_rows, UnreadableCsv};
use crate::domain::sets::check::parse_instrument;
use crate::domain::sets::instrument::Instrument;
use places::Places;

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

/// Reads a CSV question set and checks it like a JSON one.
pub fn parse_instrument_csv(text: &str) -> Result<Instrument, Vec<CsvProblem>> {
    let rows =
        read_rows(text).map_err(|e| vec![problem(Some(e.row), None, UnreadableCsv::MESSAGE)])?;
    let mut problems = Vec::new();
    let mut places = Places::default();
    let Some(sheet) = sheet::read_sheet(&rows, &mut places, &mut problems) else {
        return Err(problems);
    };
    let value = form::json_form(&sheet, &mut places);
    if !sheet.settings.values.contains_key("name") {
        problems.push(problem(
            None,
            None,
            "the set needs a name: add a row “name,” followed by the name respondents see",
        ));
    }
    match parse_instrument(&value.to_string()) {
        Ok(instrument) if problems.is_empty() => Ok(instrument),
        Ok(_) => Err(problems),
        Err(found) => {
            problems.extend(found.into_iter().map(|p| match places.nearest(&p.field) {
                Some(place) => problem(Some(place.row), place.column, p.message),
                None => problem(None, None, p.message),
            }));
            // In the order a trainer reads the sheet: the file first, then by row.
            problems.sort_by_key(|p| p.row);
            Err(problems)
        }
    }
}
