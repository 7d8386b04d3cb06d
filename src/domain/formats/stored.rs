//! Stored forms: one storage key per record, holding versioned JSON.
//! [`StoredRecord`] is the one shape every kept kind has (assessments here,
//! cohorts and pulses beside it); decoding never panics and tells apart a
//! record from a newer app, an unreadable record and a good one, so that the
//! app can keep the raw text of anything it cannot read instead of
//! overwriting it.

use crate::domain::base::keys::ASSESSMENT_KEY_PREFIX;
use crate::domain::base::messages::Messages;
use crate::domain::records::assessment::Assessment;
use crate::domain::rules::validate;
use crate::domain::rules::validate_notes::{Checked, Refusal};
use crate::domain::sets::instrument::{Instrument, InstrumentRef};
use crate::domain::sets::registry::QuestionSet;
use crate::json::{self, JsonError};
use serde::{Deserialize, Serialize};

/// The schema this build writes. Raise it, and add a migration, whenever the
/// stored shape changes.
pub const SCHEMA_VERSION: u32 = 1;

/// A kind of record the browser keeps, one key per record. The web layer's
/// one store lists, loads, creates, updates and deletes every kind through
/// this, so each kind differs only in its key prefix and its checks.
pub trait StoredRecord: Sized {
    /// Every key of this kind starts with this (see [`crate::domain::base::keys`]).
    const KEY_PREFIX: &'static str;
    /// Reads the text stored under `key` through the kind's checks: a
    /// record whose id is not its key's, whose questions are unknown or that
    /// breaks its rules beyond cleaning is a [`RecordProblem`]; otherwise it
    /// comes back cleaned, with one note per change. Never panics.
    fn decode_checked(key: &str, raw: &str) -> Result<Checked<Self>, RecordProblem>;
    /// The text to store.
    fn encode(&self) -> String;
    /// Its id (what its key ends with).
    fn id(&self) -> &str;
    /// When it was created (ms since the Unix epoch), to list newest first.
    fn created_at(&self) -> u64;

    /// Reads the text stored under `key` (see [`StoredRecord::decode_checked`]).
    fn decode(key: &str, raw: &str) -> Result<Self, RecordProblem> {
        Self::decode_checked(key, raw).map(|checked| checked.record)
    }
    /// The key of the record of this kind with this id.
    fn key_for(id: &str) -> String {
        format!("{}{id}", Self::KEY_PREFIX)
    }
    /// The id a key names, if it is a key of this kind.
    fn id_from_key(key: &str) -> Option<&str> {
        key.strip_prefix(Self::KEY_PREFIX)
            .filter(|id| !id.is_empty())
    }
}

/// The same id as its key: a record copied under another key is refused.
pub(crate) fn id_matches_key<T: StoredRecord>(
    key: &str,
    id: &str,
    what: &'static str,
) -> Result<(), RecordProblem> {
    if T::id_from_key(key) == Some(id) {
        Ok(())
    } else {
        Err(Unreadable::IdNotKey(what).into())
    }
}

#[derive(Serialize)]
struct Envelope<'a> {
    schema: u32,
    assessment: &'a Assessment,
}

#[derive(Deserialize)]
struct SchemaOnly {
    schema: u32,
}

#[derive(Deserialize)]
struct EnvelopeOwned {
    assessment: Assessment,
}

/// Why a versioned record could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordProblem {
    /// Written by a newer Align 180; left untouched.
    NewerSchema(u32),
    /// Not readable; [`Unreadable`] says why, in plain words.
    Unreadable(Unreadable),
}

/// Why a stored record (or a backup's copy of one) cannot be read. The
/// record is left exactly as it is; its words are for the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// The text is not JSON.
    NotJson,
    /// No schema version.
    NoSchema,
    /// A schema version Align 180 never wrote.
    UnknownSchema(u32),
    /// A field missing, or not the kind of value saved there.
    Malformed,
    /// Its id is not its key's; the kind: "record", "cohort" or "team pulse"
    /// (see [`Unreadable::describe`]).
    IdNotKey(&'static str),
    /// It uses a question set (or, with `pulse`, a pulse set) this browser
    /// does not have.
    UnknownSet {
        /// A team pulse's statements rather than a 180's questions.
        pulse: bool,
        /// The set's id.
        id: String,
        /// Its version.
        version: u32,
    },
    /// It breaks its kind's rules beyond cleaning.
    Refused(Refusal),
    /// A team pulse's gathered answers break a rule (the rule, in words).
    Pulse(&'static str),
}

impl Unreadable {
    /// Why, in `words` (a phrase that goes inside a sentence).
    pub fn describe(&self, words: &Messages) -> String {
        match self {
            Unreadable::NotJson => words.unreadable_not_json().to_string(),
            Unreadable::NoSchema => words.unreadable_no_schema().to_string(),
            Unreadable::UnknownSchema(v) => words.unreadable_unknown_schema(v),
            Unreadable::Malformed => words.unreadable_malformed().to_string(),
            Unreadable::IdNotKey(what) => match *what {
                "cohort" => words.unreadable_cohort_id(),
                "team pulse" => words.unreadable_pulse_id(),
                "collector" => words.unreadable_collector_id(),
                _ => words.unreadable_record_id(),
            }
            .to_string(),
            Unreadable::UnknownSet {
                pulse: false,
                id,
                version,
            } => words.unreadable_unknown_set(id, version),
            Unreadable::UnknownSet {
                pulse: true,
                id,
                version,
            } => words.unreadable_unknown_pulse_set(id, version),
            Unreadable::Refused(refusal) => refusal.describe(words).to_string(),
            Unreadable::Pulse(rule) => rule.to_string(),
        }
    }
}

impl From<Unreadable> for RecordProblem {
    fn from(reason: Unreadable) -> RecordProblem {
        RecordProblem::Unreadable(reason)
    }
}

impl From<Refusal> for RecordProblem {
    fn from(refusal: Refusal) -> RecordProblem {
        RecordProblem::Unreadable(Unreadable::Refused(refusal))
    }
}

/// Reads any versioned record (`{"schema": N, …}`) of this schema: the one
/// decoding path for assessments, cohorts and files, so all of them tell a
/// newer record from a broken one the same way. Never panics.
pub fn read_versioned<T: serde::de::DeserializeOwned>(raw: &str) -> Result<T, RecordProblem> {
    let schema = match json::from_str::<SchemaOnly>(raw) {
        Ok(s) => s.schema,
        Err(JsonError::NotJson) => return Err(Unreadable::NotJson.into()),
        Err(_) => return Err(Unreadable::NoSchema.into()),
    };
    if schema > SCHEMA_VERSION {
        return Err(RecordProblem::NewerSchema(schema));
    }
    if schema < SCHEMA_VERSION {
        return Err(Unreadable::UnknownSchema(schema).into());
    }
    json::from_str::<T>(raw).map_err(|_| Unreadable::Malformed.into())
}

/// The question set a stored record (assessment or cohort) refers to; a
/// record whose set this browser does not have cannot be read.
pub fn known_instrument(reference: &InstrumentRef) -> Result<&'static Instrument, RecordProblem> {
    Instrument::find(reference).ok_or_else(|| {
        Unreadable::UnknownSet {
            pulse: false,
            id: reference.id.clone(),
            version: reference.version,
        }
        .into()
    })
}

impl StoredRecord for Assessment {
    const KEY_PREFIX: &'static str = ASSESSMENT_KEY_PREFIX;

    fn decode_checked(key: &str, raw: &str) -> Result<Checked<Assessment>, RecordProblem> {
        let assessment = read_versioned::<EnvelopeOwned>(raw)?.assessment;
        id_matches_key::<Assessment>(key, &assessment.id, "record")?;
        let instrument = known_instrument(&assessment.instrument)?;
        Ok(validate::assessment(assessment, instrument)?)
    }

    fn encode(&self) -> String {
        // Serialising plain structs with string keys cannot fail.
        crate::json::to_string(&Envelope {
            schema: SCHEMA_VERSION,
            assessment: self,
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

/// The stored form of what the app remembers about keeping data
/// ([`crate::domain::records::keeping::Keeping`]), versioned like every record.
pub mod keeping {
    use super::{read_versioned, RecordProblem, SCHEMA_VERSION};
    use crate::domain::records::keeping::Keeping;
    use serde::{Deserialize, Serialize};

    #[derive(Serialize)]
    struct Envelope<'a> {
        schema: u32,
        keeping: &'a Keeping,
    }

    #[derive(Deserialize)]
    struct EnvelopeOwned {
        keeping: Keeping,
    }

    /// The text stored for [`Keeping`].
    pub fn encode(keeping: &Keeping) -> String {
        // Plain structs with string keys always serialise.
        crate::json::to_string(&Envelope {
            schema: SCHEMA_VERSION,
            keeping,
        })
        .unwrap_or_default()
    }

    /// Reads the stored [`Keeping`]; never panics.
    pub fn decode(raw: &str) -> Result<Keeping, RecordProblem> {
        read_versioned::<EnvelopeOwned>(raw).map(|e| e.keeping)
    }
}
