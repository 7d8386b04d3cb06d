//! Reading a backup (export) file: every record it holds, each checked as
//! storage checks it, with one plain-words line per record left out and per
//! record cleaned to the rules of typing.

use crate::domain::formats::files::{FileContent, FileError};
use crate::domain::formats::stored::{RecordProblem, StoredRecord};
use crate::domain::records::assessment::Assessment;
use crate::domain::records::cohort::Cohort;
use crate::domain::records::pulse::Pulse;
use crate::domain::sets::instrument::Instrument;
use crate::domain::sets::pulse_set::PulseSet;
use crate::domain::sets::registry::{LearnError, QuestionSet};
use serde_json::Value;

/// A backup's records; it must hold an `assessments` list (possibly empty).
pub(super) fn read_backup(value: &Value) -> Result<FileContent, FileError> {
    let records = value
        .get("assessments")
        .and_then(Value::as_array)
        .ok_or(FileError::NotOurs)?;
    let mut found = Findings::default();
    // Question sets first: the records refer to them.
    let instruments = found.read(value, "instruments", "question set", |raw| {
        Instrument::learn(&raw.to_string())
    });
    let pulse_sets = found.read(value, "pulse_sets", "team pulse set", |raw| {
        PulseSet::learn(&raw.to_string())
    });
    let readable = found.read_records::<Assessment>(records, "record", "/assessment/id");
    let cohorts = found.read_records::<Cohort>(list(value, "cohorts"), "cohort", "/cohort/id");
    let pulses = found.read_records::<Pulse>(list(value, "pulses"), "team pulse", "/pulse/id");
    Ok(FileContent::Assessments {
        readable,
        cohorts,
        pulses,
        instruments,
        pulse_sets,
        unreadable: found.unreadable,
        cleaned: found.cleaned,
        // Only a help (the date of the backup): one that cannot be read is left out.
        keeping: value
            .get("keeping")
            .and_then(|k| serde_json::from_value(k.clone()).ok())
            .map(Box::new),
    })
}

/// The list under `field`, or none.
fn list<'a>(value: &'a Value, field: &str) -> &'a [Value] {
    value
        .get(field)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// What reading a backup found besides its readable records.
#[derive(Default)]
struct Findings {
    /// One reason per entry left out ("cohort 2: …").
    unreadable: Vec<String>,
    /// What was cleaned in the records kept ("record 1: …").
    cleaned: Vec<String>,
}

impl Findings {
    /// Every entry of the list under `field` that `read` accepts; the others
    /// are told as "`what` N: reason", counted from 1.
    fn read<T>(
        &mut self,
        value: &Value,
        field: &str,
        what: &str,
        read: impl Fn(&Value) -> Result<T, LearnError>,
    ) -> Vec<T> {
        let mut out = Vec::new();
        for (i, raw) in list(value, field).iter().enumerate() {
            match read(raw) {
                Ok(item) => out.push(item),
                Err(reason) => self.unreadable.push(format!("{what} {}: {reason}", i + 1)),
            }
        }
        out
    }

    /// Every record of one kind, read as storage reads it (under the key its
    /// own id, at `id_at`, would have), the rest told by number.
    fn read_records<T: StoredRecord>(
        &mut self,
        records: &[Value],
        what: &str,
        id_at: &str,
    ) -> Vec<T> {
        let mut out = Vec::new();
        for (i, raw) in records.iter().enumerate() {
            let n = i + 1;
            let id = raw
                .pointer(id_at)
                .and_then(Value::as_str)
                .unwrap_or_default();
            match T::decode_checked(&T::key_for(id), &raw.to_string()) {
                Ok(checked) => {
                    if !checked.notes.is_empty() {
                        self.cleaned
                            .push(format!("{what} {n}: {}", checked.notes.join("; ")));
                    }
                    out.push(checked.record);
                }
                Err(RecordProblem::NewerSchema(v)) => self.unreadable.push(format!(
                    "{what} {n}: from a newer Align 180 (data version {v})"
                )),
                Err(RecordProblem::Unreadable(reason)) => {
                    self.unreadable.push(format!("{what} {n}: {reason}"))
                }
            }
        }
        out
    }
}
