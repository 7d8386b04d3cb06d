//! Reading a backup (export) file: every record it holds, each checked as
//! storage checks it, with one plain-words line per record left out and per
//! record cleaned to the rules of typing.

use crate::domain::formats::cohort_stored;
use crate::domain::formats::files::{FileContent, FileError};
use crate::domain::formats::pulse_stored;
use crate::domain::formats::stored::{self, Decoded, RecordProblem};
use crate::domain::rules::validate::Checked;
use crate::domain::sets::instrument::Instrument;
use crate::domain::sets::pulse_set::PulseSet;
use crate::domain::sets::registry::QuestionSet;
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
        Instrument::learn(&raw.to_string()).map_err(|e| e.to_string())
    });
    let pulse_sets = found.read(value, "pulse_sets", "team pulse set", |raw| {
        PulseSet::learn(&raw.to_string()).map_err(|e| e.to_string())
    });
    let readable = found.read_records(records, "record", |raw| {
        let id = raw.pointer("/assessment/id").and_then(Value::as_str);
        let key = stored::assessment_key(id.unwrap_or_default());
        let (decoded, notes) = stored::decode_checked(&key, &raw.to_string());
        match decoded {
            Decoded::Assessment(a) => Ok(Checked { record: *a, notes }),
            Decoded::NewerSchema(v) => Err(RecordProblem::NewerSchema(v)),
            Decoded::Unreadable(reason) => Err(RecordProblem::Unreadable(reason)),
        }
    });
    let cohorts = found.read_records(list(value, "cohorts"), "cohort", |raw| {
        let id = raw.pointer("/cohort/id").and_then(Value::as_str);
        let key = cohort_stored::cohort_key(id.unwrap_or_default());
        cohort_stored::decode_checked(&key, &raw.to_string())
    });
    let pulses = found.read_records(list(value, "pulses"), "team pulse", |raw| {
        let id = raw.pointer("/pulse/id").and_then(Value::as_str);
        let key = pulse_stored::pulse_key(id.unwrap_or_default());
        pulse_stored::decode(&key, &raw.to_string()).map(|record| Checked {
            record,
            notes: Vec::new(),
        })
    });
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
        read: impl Fn(&Value) -> Result<T, String>,
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

    /// Every stored record in `records` that `decode` reads, with what was
    /// cleaned in each; records from a newer Align 180 or unreadable are told.
    fn read_records<T>(
        &mut self,
        records: &[Value],
        what: &str,
        decode: impl Fn(&Value) -> Result<Checked<T>, RecordProblem>,
    ) -> Vec<T> {
        let mut out = Vec::new();
        for (i, raw) in records.iter().enumerate() {
            let n = i + 1;
            match decode(raw) {
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
