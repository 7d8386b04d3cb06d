//! Writing files: the backup of a browser's records, and the small files
//! that carry one share code with a sentence for people.

use crate::domain::base::messages::Messages;
use crate::domain::formats::files::{
    COHORT_CODE_FORMAT, EXPORT_FORMAT, FILE_VERSION, INVITATION_FORMAT, PULSE_BUNDLE_FORMAT,
    PULSE_CODE_FORMAT, RESPONSE_FORMAT,
};
use crate::domain::formats::stored::StoredRecord;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::cohort::Cohort;
use crate::domain::records::collector::Collector;
use crate::domain::records::keeping::Keeping;
use crate::domain::records::pulse::Pulse;
use crate::domain::sets::instrument::Instrument;
use crate::domain::sets::pulse_set::PulseSet;
use crate::domain::sets::registry::QuestionSet;
use serde::Serialize;
use serde_json::Value;

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
    /// Collectors' keys and the answers they hold, in their stored form.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    collectors: Vec<Value>,
    /// The trainers' instruments the assessments and cohorts use, so the
    /// file opens in a browser that has never seen them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    instruments: Vec<Value>,
    /// The trainers' team pulse sets the pulses use.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pulse_sets: Vec<Value>,
    /// What the browser remembered about keeping data (its last backup is
    /// this file's date).
    #[serde(skip_serializing_if = "Option::is_none")]
    keeping: Option<Value>,
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
    export_backup(assessments, cohorts, pulses, &[], None, now_ms)
}

/// The backup of a whole browser: [`export_all`], with its collectors (a
/// collector who loses their key loses the codes sent to them) and what it
/// remembers about keeping data.
pub fn export_backup(
    assessments: &[Assessment],
    cohorts: &[Cohort],
    pulses: &[Pulse],
    collectors: &[Collector],
    keeping: Option<&Keeping>,
    now_ms: u64,
) -> String {
    let file = ExportOut {
        keeping: keeping.and_then(|k| serde_json::to_value(k).ok()),
        format: EXPORT_FORMAT,
        version: FILE_VERSION,
        exported_at: now_ms,
        assessments: assessments
            .iter()
            .filter_map(|a| serde_json::from_str(&a.encode()).ok())
            .collect(),
        cohorts: cohorts
            .iter()
            .filter_map(|c| serde_json::from_str(&c.encode()).ok())
            .collect(),
        pulses: pulses
            .iter()
            .filter_map(|p| serde_json::from_str(&p.encode()).ok())
            .collect(),
        collectors: collectors
            .iter()
            .filter_map(|c| serde_json::from_str(&c.encode()).ok())
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

/// A collector's bundle file: the code, with readable context for the leader.
pub fn pulse_bundle_file(code: &str, leader: &str, words: &Messages) -> String {
    code_file(PULSE_BUNDLE_FORMAT, words.code_file_bundle(&leader), code)
}

/// An invitation file: the code, with readable context for the manager.
pub fn invitation_file(code: &str, assessment: &Assessment, words: &Messages) -> String {
    code_file(
        INVITATION_FORMAT,
        words.code_file_invitation(&assessment.leader),
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
pub fn cohort_code_file(code: &str, cohort_name: &str, words: &Messages) -> String {
    code_file(
        COHORT_CODE_FORMAT,
        words.code_file_cohort(&cohort_name),
        code,
    )
}

/// A team member's pulse code file: the code, and in words what it holds.
pub fn pulse_code_file(code: &str, leader: &str, words: &Messages) -> String {
    code_file(PULSE_CODE_FORMAT, words.code_file_pulse(&leader), code)
}

/// A response file: the code, with readable context for people.
pub fn response_file(code: &str, assessment: &Assessment, words: &Messages) -> String {
    let manager = assessment
        .manager
        .as_deref()
        .unwrap_or(words.code_file_the_manager());
    code_file(
        RESPONSE_FORMAT,
        words.code_file_response(&manager, &assessment.leader),
        code,
    )
}
