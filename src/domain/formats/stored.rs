//! The stored form of an assessment: one storage key per assessment, holding
//! versioned JSON. Decoding never panics and tells apart a record from a newer
//! app, an unreadable record and a good one, so that the app can keep the raw
//! text of anything it cannot read instead of overwriting it.

use crate::domain::base::keys::ASSESSMENT_KEY_PREFIX;
use crate::domain::records::assessment::Assessment;
use crate::domain::sets::instrument::{Instrument, InstrumentRef};
use crate::domain::sets::registry::QuestionSet;
use serde::{Deserialize, Serialize};

/// The schema this build writes. Raise it, and add a migration, whenever the
/// stored shape changes.
pub const SCHEMA_VERSION: u32 = 1;

/// The storage key of an assessment.
pub fn assessment_key(id: &str) -> String {
    format!("{ASSESSMENT_KEY_PREFIX}{id}")
}

/// The assessment id a storage key names, if it is one of ours.
pub fn assessment_id_from_key(key: &str) -> Option<&str> {
    key.strip_prefix(ASSESSMENT_KEY_PREFIX)
        .filter(|id| !id.is_empty())
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
#[derive(Clone, Debug, PartialEq)]
pub enum RecordProblem {
    /// Written by a newer Align 180; left untouched.
    NewerSchema(u32),
    /// Not readable; the reason is for the person, in plain words.
    Unreadable(String),
}

/// Reads any versioned record (`{"schema": N, …}`) of this schema: the one
/// decoding path for assessments, cohorts and files, so all of them tell a
/// newer record from a broken one the same way. Never panics.
pub fn read_versioned<T: serde::de::DeserializeOwned>(raw: &str) -> Result<T, RecordProblem> {
    let schema = match serde_json::from_str::<SchemaOnly>(raw) {
        Ok(s) => s.schema,
        Err(e) if e.is_syntax() || e.is_eof() => {
            return Err(RecordProblem::Unreadable(
                "the saved text is not valid JSON".into(),
            ))
        }
        Err(_) => {
            return Err(RecordProblem::Unreadable(
                "the saved record has no schema version".into(),
            ))
        }
    };
    if schema > SCHEMA_VERSION {
        return Err(RecordProblem::NewerSchema(schema));
    }
    if schema < SCHEMA_VERSION {
        return Err(RecordProblem::Unreadable(format!(
            "schema version {schema} is not one Align 180 wrote"
        )));
    }
    serde_json::from_str::<T>(raw).map_err(|_| {
        RecordProblem::Unreadable(
            "part of it is missing, or is not the kind of value Align 180 saves there".into(),
        )
    })
}

/// The question set a stored record (assessment or cohort) refers to; a
/// record whose set this browser does not have cannot be read.
pub fn known_instrument(reference: &InstrumentRef) -> Result<&'static Instrument, RecordProblem> {
    Instrument::find(reference).ok_or_else(|| {
        RecordProblem::Unreadable(format!(
            "it uses a question set this browser does not have (“{}” version {}); import the question set, or a backup that includes it, to open it",
            reference.id, reference.version
        ))
    })
}

/// The text stored for an assessment.
pub fn encode(assessment: &Assessment) -> String {
    let envelope = Envelope {
        schema: SCHEMA_VERSION,
        assessment,
    };
    // Serialising plain structs with string keys cannot fail.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// What was found under an assessment key.
#[derive(Clone, Debug, PartialEq)]
pub enum Decoded {
    /// A readable assessment of this schema.
    Assessment(Box<Assessment>),
    /// Written by a newer Align 180; left untouched.
    NewerSchema(u32),
    /// Not readable; the reason is for the person, in plain words.
    Unreadable(String),
}

/// Reads the text stored under `key`. Never panics on any input.
pub fn decode(key: &str, raw: &str) -> Decoded {
    decode_checked(key, raw).0
}

/// Reads the text stored under `key` through the same rules as every record
/// ([`crate::domain::rules::validate::assessment`]): a record that breaks them
/// beyond cleaning is unreadable; otherwise it comes back cleaned, with one
/// note per change. Never panics on any input.
pub fn decode_checked(key: &str, raw: &str) -> (Decoded, Vec<String>) {
    let assessment = match read_versioned::<EnvelopeOwned>(raw) {
        Ok(e) => e.assessment,
        Err(RecordProblem::NewerSchema(v)) => return (Decoded::NewerSchema(v), Vec::new()),
        Err(RecordProblem::Unreadable(reason)) => return (Decoded::Unreadable(reason), Vec::new()),
    };
    if assessment_id_from_key(key) != Some(assessment.id.as_str()) {
        return (
            Decoded::Unreadable("the saved record's id does not match its key".into()),
            Vec::new(),
        );
    }
    let instrument = match known_instrument(&assessment.instrument) {
        Ok(i) => i,
        Err(RecordProblem::Unreadable(reason)) => return (Decoded::Unreadable(reason), Vec::new()),
        Err(RecordProblem::NewerSchema(v)) => return (Decoded::NewerSchema(v), Vec::new()),
    };
    match crate::domain::rules::validate::assessment(assessment, instrument) {
        Ok(checked) => (Decoded::Assessment(Box::new(checked.record)), checked.notes),
        Err(reason) => (Decoded::Unreadable(reason), Vec::new()),
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
        serde_json::to_string(&Envelope {
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
