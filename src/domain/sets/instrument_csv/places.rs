//! Where each value of the JSON form came from in the sheet, so the
//! checker's problems, which name JSON fields, are told by row and column.

use crate::domain::sets::instrument_csv::Column;

/// A cell or a row of the sheet, from 1, with the column's name.
#[derive(Clone, Debug)]
pub(super) struct Place {
    pub row: usize,
    pub column: Option<(usize, Column)>,
}

/// JSON fields ("dimensions[0].items[2].text") and the places they came from.
#[derive(Default)]
pub(super) struct Places(Vec<(String, Place)>);

impl Places {
    /// Notes that `field` came from `row` (and `column`, if one cell).
    pub fn add(&mut self, field: impl Into<String>, row: usize, column: Option<(usize, Column)>) {
        self.0.push((field.into(), Place { row, column }));
    }

    /// The place `field` came from.
    pub fn of(&self, field: &str) -> Option<&Place> {
        self.0.iter().find(|(f, _)| f == field).map(|(_, p)| p)
    }

    /// The nearest place `field` came from: the field itself, or the row of
    /// the dimension or behaviour holding it.
    pub fn nearest(&self, field: &str) -> Option<&Place> {
        let mut field = field;
        loop {
            if let Some(place) = self.of(field) {
                return Some(place);
            }
            field = &field[..field.rfind(['.', '['])?];
        }
    }
}
