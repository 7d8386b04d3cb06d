//! Files people download and import: a versioned export of one or all
//! assessments (the backup format, with cohorts and the question sets they
//! use), and the files that carry one share code (invitation, response,
//! cohort code). Reading a file never panics and says plainly what it could
//! not use. The spreadsheet tables are in [`crate::domain::base::csv`].

mod backup;
mod merge;
mod restore;
mod write;

pub use merge::{merge, Joined, Joins, Merge};
pub use restore::{complete_managers_copy, plan_restore, Difference, RestorePlan};
pub use write::{
    cohort_code_file, export, export_all, export_backup, invitation_file, pulse_bundle_file,
    pulse_code_file, response_file,
};

use crate::domain::base::messages::Messages;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::cohort::Cohort;
use crate::domain::records::collector::Collector;
use crate::domain::records::pulse::Pulse;
use crate::domain::sets::instrument::Instrument;
use crate::domain::sets::pulse_set::PulseSet;
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
/// The `format` of a collector's bundle file for the leader.
pub const PULSE_BUNDLE_FORMAT: &str = "align180-pulse-bundle";
/// The file version this build writes.
pub const FILE_VERSION: u32 = 1;
/// Files larger than this are refused before parsing (characters).
pub const MAX_FILE_CHARS: usize = 20_000_000;

/// What a file turned out to hold.
#[derive(Clone, Debug, PartialEq)]
pub enum FileContent {
    /// A response code to preview and import.
    Response(String),
    /// A participant's anonymous cohort code, for the trainer's cohort.
    CohortCode(String),
    /// A team member's anonymous pulse code, for the leader's team pulse.
    PulseCode(String),
    /// A collector's bundle of team answers, for the leader's team pulse.
    PulseBundle(String),
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
        /// Readable collectors (backups of a collector's browser).
        collectors: Vec<Collector>,
        /// Trainers' instruments the records use, checked and learned.
        instruments: Vec<&'static Instrument>,
        /// Trainers' team pulse sets the pulses use, checked and learned.
        pulse_sets: Vec<&'static PulseSet>,
        /// One plain-words reason per record left out.
        unreadable: Vec<String>,
        /// What was cleaned in the records kept, to the rules of typing.
        cleaned: Vec<String>,
        /// What the backed-up browser remembered about keeping data.
        keeping: Option<Box<crate::domain::records::keeping::Keeping>>,
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

impl FileError {
    /// Why the file could not be used, in `words`.
    pub fn describe(&self, words: &Messages) -> String {
        match self {
            FileError::NotJson => words.file_error_not_json().to_string(),
            FileError::NotOurs => words.file_error_not_ours().to_string(),
            FileError::Newer(v) => words.file_error_newer(v),
            FileError::TooLarge => words.file_error_too_large().to_string(),
            FileError::InstrumentFile => words.file_error_instrument().to_string(),
        }
    }
}

/// Reads an export or response file; what a backup leaves out or cleans
/// is said in `words`.
pub fn read_file(text: &str, words: &Messages) -> Result<FileContent, FileError> {
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
        PULSE_BUNDLE_FORMAT,
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
        PULSE_BUNDLE_FORMAT => Some(FileContent::PulseBundle),
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
    backup::read_backup(&value, words)
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
