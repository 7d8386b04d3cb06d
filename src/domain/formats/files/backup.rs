//! Reading a backup (export) file: every record it holds, each checked as
//! storage checks it, with one plain-words line per record left out and per
//! record cleaned to the rules of typing.

use crate::domain::base::messages::Messages;
use crate::domain::formats::files::{FileContent, FileError};
use crate::domain::formats::stored::{RecordProblem, StoredRecord};
use crate::domain::records::assessment::Assessment;
use crate::domain::records::cohort::Cohort;
use crate::domain::records::collector::Collector;
use crate::domain::records::pulse::Pulse;
use crate::domain::sets::instrument::Instrument;
use crate::domain::sets::pulse_set::PulseSet;
use crate::domain::sets::registry::{LearnError, QuestionSet};
use serde_json::Value;

/// A backup's records; it must hold an `assessments` list (possibly empty).
pub(super) fn read_backup(value: &Value, words: &Messages) -> Result<FileContent, FileError> {
    let records = value
        .get("assessments")
        .and_then(Value::as_array)
        .ok_or(FileError::NotOurs)?;
    let mut found = Findings {
        words,
        unreadable: Vec::new(),
        cleaned: Vec::new(),
    };
    // Question sets first: the records refer to them.
    let instruments = found.read(value, "instruments", Entry::QuestionSet, |raw| {
        Instrument::learn(&raw.to_string())
    });
    let pulse_sets = found.read(value, "pulse_sets", Entry::PulseSet, |raw| {
        PulseSet::learn(&raw.to_string())
    });
    let readable = found.read_records::<Assessment>(records, Entry::Record, "/assessment/id");
    let cohorts = found.read_records::<Cohort>(list(value, "cohorts"), Entry::Cohort, "/cohort/id");
    let pulses = found.read_records::<Pulse>(list(value, "pulses"), Entry::Pulse, "/pulse/id");
    let collectors = found.read_records::<Collector>(
        list(value, "collectors"),
        Entry::Collector,
        "/collector/id",
    );
    Ok(FileContent::Assessments {
        readable,
        cohorts,
        pulses,
        collectors,
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

/// The kinds of entry a backup holds, as its findings name them.
#[derive(Clone, Copy)]
enum Entry {
    QuestionSet,
    PulseSet,
    Record,
    Cohort,
    Pulse,
    Collector,
}

impl Entry {
    /// "record 2: reason", in `words`.
    fn line(self, words: &Messages, number: usize, reason: &str) -> String {
        match self {
            Entry::QuestionSet => words.backup_entry_question_set(&number, &reason),
            Entry::PulseSet => words.backup_entry_pulse_set(&number, &reason),
            Entry::Record => words.backup_entry_record(&number, &reason),
            Entry::Cohort => words.backup_entry_cohort(&number, &reason),
            Entry::Pulse => words.backup_entry_pulse(&number, &reason),
            Entry::Collector => words.backup_entry_collector(&number, &reason),
        }
    }
}

/// What reading a backup found besides its readable records.
struct Findings<'w> {
    /// The words its lines are written in.
    words: &'w Messages,
    /// One reason per entry left out ("cohort 2: …").
    unreadable: Vec<String>,
    /// What was cleaned in the records kept ("record 1: …").
    cleaned: Vec<String>,
}

impl Findings<'_> {
    /// Every entry of the list under `field` that `read` accepts; the others
    /// are told as "`what` N: reason", counted from 1.
    fn read<T>(
        &mut self,
        value: &Value,
        field: &str,
        what: Entry,
        read: impl Fn(&Value) -> Result<T, LearnError>,
    ) -> Vec<T> {
        let mut out = Vec::new();
        for (i, raw) in list(value, field).iter().enumerate() {
            match read(raw) {
                Ok(item) => out.push(item),
                Err(reason) => {
                    let line = what.line(self.words, i + 1, &reason.describe(self.words));
                    self.unreadable.push(line);
                }
            }
        }
        out
    }

    /// Every record of one kind, read as storage reads it (under the key its
    /// own id, at `id_at`, would have), the rest told by number.
    fn read_records<T: StoredRecord>(
        &mut self,
        records: &[Value],
        what: Entry,
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
                        let line = what.line(
                            self.words,
                            n,
                            &crate::domain::rules::validate_notes::describe_notes(
                                &checked.notes,
                                self.words,
                            ),
                        );
                        self.cleaned.push(line);
                    }
                    out.push(checked.record);
                }
                Err(RecordProblem::NewerSchema(v)) => {
                    let reason = self.words.backup_entry_newer(&v);
                    self.unreadable.push(what.line(self.words, n, &reason));
                }
                Err(RecordProblem::Unreadable(reason)) => {
                    let reason = reason.describe(self.words);
                    self.unreadable.push(what.line(self.words, n, &reason));
                }
            }
        }
        out
    }
}
