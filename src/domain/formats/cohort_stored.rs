//! The stored form of a cohort: one key per cohort, versioned JSON like an
//! assessment's, read through the same [`read_versioned`] path.

use crate::domain::base::keys::COHORT_KEY_PREFIX;
use crate::domain::formats::stored::{
    known_instrument, read_versioned, RecordProblem, SCHEMA_VERSION,
};
use crate::domain::records::cohort::Cohort;
use serde::{Deserialize, Serialize};

/// The storage key of a cohort.
pub fn cohort_key(id: &str) -> String {
    format!("{COHORT_KEY_PREFIX}{id}")
}

/// The cohort id a storage key names, if it is a cohort key.
pub fn cohort_id_from_key(key: &str) -> Option<&str> {
    key.strip_prefix(COHORT_KEY_PREFIX)
        .filter(|id| !id.is_empty())
}

#[derive(Serialize)]
struct Envelope<'a> {
    schema: u32,
    cohort: &'a Cohort,
}

#[derive(Deserialize)]
struct EnvelopeOwned {
    cohort: Cohort,
}

/// The text stored for a cohort.
pub fn encode(cohort: &Cohort) -> String {
    // Plain structs with string keys always serialise.
    serde_json::to_string(&Envelope {
        schema: SCHEMA_VERSION,
        cohort,
    })
    .unwrap_or_default()
}

/// Reads the text stored under `key`; never panics. A record is refused
/// unless its id matches its key and its questions are known.
pub fn decode(key: &str, raw: &str) -> Result<Cohort, RecordProblem> {
    decode_checked(key, raw).map(|c| c.record)
}

/// Reads a stored cohort through the same rules as every record
/// ([`crate::domain::rules::validate::cohort`]), with what had to be cleaned.
pub fn decode_checked(
    key: &str,
    raw: &str,
) -> Result<crate::domain::rules::validate::Checked<Cohort>, RecordProblem> {
    let cohort = read_versioned::<EnvelopeOwned>(raw)?.cohort;
    if cohort_id_from_key(key) != Some(cohort.id.as_str()) {
        return Err(RecordProblem::Unreadable(
            "the saved cohort's id does not match its key".into(),
        ));
    }
    let instrument = known_instrument(&cohort.instrument)?;
    crate::domain::rules::validate::cohort(cohort, instrument).map_err(RecordProblem::Unreadable)
}
