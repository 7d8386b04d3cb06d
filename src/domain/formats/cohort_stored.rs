//! The stored form of a cohort: one key per cohort, versioned JSON like an
//! assessment's, read through the same [`read_versioned`] path.

use crate::domain::base::keys::COHORT_KEY_PREFIX;
use crate::domain::formats::stored::{
    id_matches_key, known_instrument, read_versioned, RecordProblem, StoredRecord, SCHEMA_VERSION,
};
use crate::domain::records::cohort::Cohort;
use crate::domain::rules::validate;
use crate::domain::rules::validate_notes::Checked;
use serde::{Deserialize, Serialize};

#[derive(Serialize)]
struct Envelope<'a> {
    schema: u32,
    cohort: &'a Cohort,
}

#[derive(Deserialize)]
struct EnvelopeOwned {
    cohort: Cohort,
}

impl StoredRecord for Cohort {
    const KEY_PREFIX: &'static str = COHORT_KEY_PREFIX;

    fn decode_checked(key: &str, raw: &str) -> Result<Checked<Cohort>, RecordProblem> {
        let cohort = read_versioned::<EnvelopeOwned>(raw)?.cohort;
        id_matches_key::<Cohort>(key, &cohort.id, "cohort")?;
        let instrument = known_instrument(&cohort.instrument)?;
        Ok(validate::cohort(cohort, instrument)?)
    }

    fn encode(&self) -> String {
        // Plain structs with string keys always serialise.
        crate::json::to_string(&Envelope {
            schema: SCHEMA_VERSION,
            cohort: self,
        })
        .unwrap_or_default()
    }

    fn id(&self) -> &str {
        &self.id
    }

    fn created_at(&self) -> u64 {
        self.created_at
    }
}
