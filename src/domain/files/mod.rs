//! Files people download and import: a versioned export of one or all
//! assessments (the backup format, with cohorts and the question sets they
//! use), and the files that carry one share code (invitation, response,
//! cohort code). Reading a file never panics and says plainly what it could
//! not use. The spreadsheet tables are in [`crate::domain::csv`].

use crate::domain::assessment::Assessment;
use crate::domain::cohort::stored as cohort_stored;
use crate::domain::cohort::Cohort;
use crate::domain::instrument::Instrument;
use crate::domain::instrument_registry::learn;
use crate::domain::pulse::set::PulseSet;
use crate::domain::pulse::stored as pulse_stored;
use crate::domain::pulse::Pulse;
use crate::domain::stored::{self, Decoded, RecordProblem};
use serde::Serialize;
use serde_json::Value;

/// The `format` of an export (backup) file.
pub const EXPORT_FORMAT: &str = "align180-export";
/// The `format` of a response file.
pub const RESPONSE_FORMAT: &str = "align180-response";
/// The `format` of an invitation file (for links too long for a chat app).
pub const INVITATION_FORMAT: &str = "align180-invitation";
/// The `format` of a participant's anonymous cohort code file.
pub const COHORT_CODE_FORMAT: &str = "align180-cohort-code";
/// The `format` of a team member's anonymous pulse code file.
pub const PULSE_CODE_FORMAT: &str = "align180-pulse-code";
/// The file version this build writes.
pub const FILE_VERSION: u32 = 1;
/// Files larger than this are refused before parsing (characters).
pub const MAX_FILE_CHARS: usize = 20_000_000;

#[derive(Serialize)]
struct ExportOut {
    format: &'static str,
    version: u32,
    exported_at: u64,
    /// Each record in its stored form, so files and storage share one schema.
    assessments: Vec<Value>,
    /// Trainers' cohorts, in their stored form.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    cohorts: Vec<Value>,
    /// Leaders' team pulses, in their stored form.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pulses: Vec<Value>,
    /// The trainers' instruments the assessments and cohorts use, so the
    /// file opens in a browser that has never seen them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    instruments: Vec<Value>,
    /// The trainers' team pulse sets the pulses use.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pulse_sets: Vec<Value>,
}

/// An export file holding `assessments`.
pub fn export(assessments: &[Assessment], now_ms: u64) -> String {
    export_all(assessments, &[], &[], now_ms)
}

/// The backup: assessments, cohorts and team pulses, each in its stored form.
pub fn export_all(
    assessments: &[Assessment],
    cohorts: &[Cohort],
    pulses: &[Pulse],
    now_ms: u64,
) -> String {
    let file = ExportOut {
        format: EXPORT_FORMAT,
        version: FILE_VERSION,
        exported_at: now_ms,
        assessments: assessments
            .iter()
            .filter_map(|a| serde_json::from_str(&stored::encode(a)).ok())
            .collect(),
        cohorts: cohorts
            .iter()
            .filter_map(|c| serde_json::from_str(&cohort_stored::encode(c)).ok())
            .collect(),
        pulses: pulses
            .iter()
            .filter_map(|p| serde_json::from_str(&pulse_stored::encode(p)).ok())
            .collect(),
        pulse_sets: custom_pulse_sets(pulses)
            .into_iter()
            .filter_map(|s| serde_json::to_value(s).ok())
            .collect(),
        instruments: custom_instruments(assessments, cohorts)
            .into_iter()
            .filter_map(|i| serde_json::to_value(i).ok())
            .collect(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// A file that carries one share code, with a sentence for the person who
/// opens it in a text editor: invitations, responses and cohort codes.
fn code_file(format: &str, about: String, code: &str) -> String {
    let file = serde_json::json!({
        "format": format,
        "version": FILE_VERSION,
        "about": about,
        "code": code,
    });
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// An invitation file: the code, with readable context for the manager.
pub fn invitation_file(code: &str, assessment: &Assessment) -> String {
    code_file(
        INVITATION_FORMAT,
        format!(
            "{} invites you to rate their leadership in Align 180. Open Align 180 and import this file on its home page.",
            assessment.leader
        ),
        code,
    )
}

/// The trainers' pulse sets (not the built-in one) that pulses use, once each.
fn custom_pulse_sets(pulses: &[Pulse]) -> Vec<&'static PulseSet> {
    let mut out: Vec<&'static PulseSet> = Vec::new();
    for set in pulses.iter().filter_map(Pulse::statements) {
        if !set.is_builtin() && !out.iter().any(|o| o.reference() == set.reference()) {
            out.push(set);
        }
    }
    out
}

/// The trainers' instruments (not the built-in one) that records use, once each.
fn custom_instruments(assessments: &[Assessment], cohorts: &[Cohort]) -> Vec<&'static Instrument> {
    let mut out: Vec<&'static Instrument> = Vec::new();
    let refs = assessments
        .iter()
        .map(|a| &a.instrument)
        .chain(cohorts.iter().map(|c| &c.instrument));
    for reference in refs {
        if let Some(i) = Instrument::find(reference).filter(|i| !i.is_builtin()) {
            if !out.iter().any(|o| o.reference() == i.reference()) {
                out.push(i);
            }
        }
    }
    out
}

/// A participant's cohort code file: the code, and in words what it holds.
pub fn cohort_code_file(code: &str, cohort_name: &str) -> String {
    code_file(
        COHORT_CODE_FORMAT,
        format!(
            "An anonymous Align 180 cohort code for “{cohort_name}”: ratings and priorities only, \
             no names and no reflections. The trainer imports it on the cohort's page."
        ),
        code,
    )
}

/// A team member's pulse code file: the code, and in words what it holds.
pub fn pulse_code_file(code: &str, leader: &str) -> String {
    code_file(
        PULSE_CODE_FORMAT,
        format!(
            "An anonymous Align 180 team pulse code for {leader}'s team: agreement answers and the optional comment only, \
             no name. The leader imports it on the team pulse page."
        ),
        code,
    )
}

/// A response file: the code, with readable context for people.
pub fn response_file(code: &str, assessment: &Assessment) -> String {
    code_file(
        RESPONSE_FORMAT,
        format!(
            "Align 180 response from {} about {}. Open Align 180 and import this file to see it.",
            assessment.manager.as_deref().unwrap_or("the manager"),
            assessment.leader
        ),
        code,
    )
}

/// What a file turned out to hold.
#[derive(Clone, Debug, PartialEq)]
pub enum FileContent {
    /// A response code to preview and import.
    Response(String),
    /// A participant's anonymous cohort code, for the trainer's cohort.
    CohortCode(String),
    /// A team member's anonymous pulse code, for the leader's team pulse.
    PulseCode(String),
    /// An invitation code, for the manager's device.
    Invitation(String),
    /// Assessments to merge, and the records that could not be read (with why).
    Assessments {
        /// Readable assessments.
        readable: Vec<Assessment>,
        /// Readable cohorts (backups of a trainer's browser).
        cohorts: Vec<Cohort>,
        /// Readable team pulses (backups of a leader's browser).
        pulses: Vec<Pulse>,
        /// Trainers' instruments the records use, checked and learned.
        instruments: Vec<&'static Instrument>,
        /// Trainers' team pulse sets the pulses use, checked and learned.
        pulse_sets: Vec<&'static PulseSet>,
        /// One plain-words reason per record left out.
        unreadable: Vec<String>,
        /// What was cleaned in the records kept, to the rules of typing.
        cleaned: Vec<String>,
    },
}

/// Why a file could not be used at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Not JSON.
    NotJson,
    /// JSON, but not one of our files.
    NotOurs,
    /// One of ours, from a newer Align 180.
    Newer(u32),
    /// Too large to be one of ours.
    TooLarge,
    /// A question set (instrument) file, which is added elsewhere.
    InstrumentFile,
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileError::NotJson => write!(
                f,
                "This file is not an Align 180 file (it is not JSON text)."
            ),
            FileError::NotOurs => {
                write!(f, "This file is not an Align 180 export or response file.")
            }
            FileError::Newer(v) => write!(
                f,
                "This file was made by a newer version of Align 180 (file version {v})."
            ),
            FileError::TooLarge => write!(f, "This file is too large to be an Align 180 file."),
            FileError::InstrumentFile => write!(
                f,
                "This is a question set (instrument) file: add it on the “Question sets” page, not here."
            ),
        }
    }
}

/// Reads an export or response file.
pub fn read_file(text: &str) -> Result<FileContent, FileError> {
    if text.len() > MAX_FILE_CHARS {
        return Err(FileError::TooLarge);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| FileError::NotJson)?;
    if value.get("format").is_some_and(Value::is_number) && value.get("dimensions").is_some() {
        return Err(FileError::InstrumentFile);
    }
    let format = value
        .get("format")
        .and_then(Value::as_str)
        .ok_or(FileError::NotOurs)?;
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(FileError::NotOurs)?;
    if ![
        EXPORT_FORMAT,
        RESPONSE_FORMAT,
        COHORT_CODE_FORMAT,
        PULSE_CODE_FORMAT,
        INVITATION_FORMAT,
    ]
    .contains(&format)
    {
        return Err(FileError::NotOurs);
    }
    if version > u64::from(FILE_VERSION) {
        return Err(FileError::Newer(u32::try_from(version).unwrap_or(u32::MAX)));
    }
    let code_content: Option<fn(String) -> FileContent> = match format {
        RESPONSE_FORMAT => Some(FileContent::Response),
        COHORT_CODE_FORMAT => Some(FileContent::CohortCode),
        PULSE_CODE_FORMAT => Some(FileContent::PulseCode),
        INVITATION_FORMAT => Some(FileContent::Invitation),
        _ => None,
    };
    if let Some(content) = code_content {
        let code = value
            .get("code")
            .and_then(Value::as_str)
            .ok_or(FileError::NotOurs)?;
        return Ok(content(code.to_string()));
    }
    let records = value
        .get("assessments")
        .and_then(Value::as_array)
        .ok_or(FileError::NotOurs)?;
    let mut readable = Vec::new();
    let mut unreadable = Vec::new();
    // Instruments first: the records refer to them.
    let mut instruments = Vec::new();
    let none = Vec::new();
    for (i, raw) in value
        .get("instruments")
        .and_then(Value::as_array)
        .unwrap_or(&none)
        .iter()
        .enumerate()
    {
        match learn(&raw.to_string()) {
            Ok(instrument) => instruments.push(instrument),
            Err(e) => unreadable.push(format!("question set {}: {e}", i + 1)),
        }
    }
    let mut pulse_sets = Vec::new();
    for (i, raw) in value
        .get("pulse_sets")
        .and_then(Value::as_array)
        .unwrap_or(&none)
        .iter()
        .enumerate()
    {
        match PulseSet::learn(&raw.to_string()) {
            Ok(set) => pulse_sets.push(set),
            Err(e) => unreadable.push(format!("team pulse set {}: {e}", i + 1)),
        }
    }
    let mut cleaned = Vec::new();
    for (i, record) in records.iter().enumerate() {
        let id = record
            .pointer("/assessment/id")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let key = stored::assessment_key(id);
        let (decoded, notes) = stored::decode_checked(&key, &record.to_string());
        if !notes.is_empty() {
            cleaned.push(format!("record {}: {}", i + 1, notes.join("; ")));
        }
        match decoded {
            Decoded::Assessment(a) => readable.push(*a),
            Decoded::NewerSchema(v) => unreadable.push(format!(
                "record {}: from a newer Align 180 (data version {v})",
                i + 1
            )),
            Decoded::Unreadable(reason) => unreadable.push(format!("record {}: {reason}", i + 1)),
        }
    }
    let mut cohorts = Vec::new();
    let no_cohorts = Vec::new();
    let cohort_records = value
        .get("cohorts")
        .and_then(Value::as_array)
        .unwrap_or(&no_cohorts);
    for (i, record) in cohort_records.iter().enumerate() {
        let id = record
            .pointer("/cohort/id")
            .and_then(Value::as_str)
            .unwrap_or_default();
        match cohort_stored::decode_checked(&cohort_stored::cohort_key(id), &record.to_string()) {
            Ok(c) => {
                if !c.notes.is_empty() {
                    cleaned.push(format!("cohort {}: {}", i + 1, c.notes.join("; ")));
                }
                cohorts.push(c.record);
            }
            Err(RecordProblem::NewerSchema(v)) => unreadable.push(format!(
                "cohort {}: from a newer Align 180 (data version {v})",
                i + 1
            )),
            Err(RecordProblem::Unreadable(reason)) => {
                unreadable.push(format!("cohort {}: {reason}", i + 1))
            }
        }
    }
    let mut pulses = Vec::new();
    let no_pulses = Vec::new();
    for (i, record) in value
        .get("pulses")
        .and_then(Value::as_array)
        .unwrap_or(&no_pulses)
        .iter()
        .enumerate()
    {
        let id = record
            .pointer("/pulse/id")
            .and_then(Value::as_str)
            .unwrap_or_default();
        match pulse_stored::decode(&pulse_stored::pulse_key(id), &record.to_string()) {
            Ok(p) => pulses.push(p),
            Err(RecordProblem::NewerSchema(v)) => unreadable.push(format!(
                "team pulse {}: from a newer Align 180 (data version {v})",
                i + 1
            )),
            Err(RecordProblem::Unreadable(reason)) => {
                unreadable.push(format!("team pulse {}: {reason}", i + 1))
            }
        }
    }
    Ok(FileContent::Assessments {
        readable,
        cohorts,
        pulses,
        instruments,
        pulse_sets,
        unreadable,
        cleaned,
    })
}

/// What this browser holds under an id, as far as a merge needs to know.
#[derive(Clone, Debug, PartialEq)]
pub enum Held<T> {
    /// Nothing: the record can be added.
    Nothing,
    /// A record this version reads.
    Readable(T),
    /// A record this version cannot read: it is never replaced by an import.
    Unreadable,
}

/// What merging imported assessments into this browser would do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Merge {
    /// New here: to be saved.
    pub added: Vec<Assessment>,
    /// Already here, identical: nothing to do.
    pub identical: usize,
    /// Already here with different answers: left as they are here.
    pub kept: Vec<String>,
    /// Here as a record this version cannot read: left untouched.
    pub unreadable_here: Vec<String>,
    /// In the file twice with different content: only the first was used.
    pub conflicting: Vec<String>,
}

/// Plans a merge without duplicates: new ids are added, identical ones
/// skipped, and differing ones never overwrite what this browser holds,
/// readable or not. A file holding two different records under one id is
/// reported, and only its first is considered.
pub fn merge(held: impl Fn(&str) -> Held<Assessment>, incoming: Vec<Assessment>) -> Merge {
    let mut plan = Merge::default();
    let mut seen: Vec<Assessment> = Vec::new();
    for a in incoming {
        if let Some(earlier) = seen.iter().find(|e| e.id == a.id) {
            if *earlier == a {
                plan.identical += 1;
            } else {
                plan.conflicting.push(a.id);
            }
            continue;
        }
        seen.push(a.clone());
        match held(&a.id) {
            Held::Nothing => plan.added.push(a),
            Held::Readable(here) if here == a => plan.identical += 1,
            Held::Readable(_) => plan.kept.push(a.id),
            Held::Unreadable => plan.unreadable_here.push(a.id),
        }
    }
    plan
}

/// A file name for downloads: letters, digits and dashes only.
pub fn file_name(parts: &[&str], extension: &str) -> String {
    let stem: String = parts
        .iter()
        .map(|p| {
            p.chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() {
                        c.to_ascii_lowercase()
                    } else {
                        '-'
                    }
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("-");
    let mut collapsed = String::new();
    for c in stem.chars() {
        if !(c == '-' && collapsed.ends_with('-')) {
            collapsed.push(c);
        }
    }
    format!("{}.{extension}", collapsed.trim_matches('-'))
}
