//! The stored form of a collector: one key per collector, versioned JSON
//! read through the same [`read_versioned`] path as every record. Refused
//! unless its id matches its key, its keys have the shape WebCrypto
//! exports, and every held or released answer is one a code could carry
//! with nobody counted twice.

use crate::domain::base::keys::COLLECTOR_KEY_PREFIX;
use crate::domain::base::text::{clean_comment, clean_label};
use crate::domain::formats::stored::{
    id_matches_key, read_versioned, RecordProblem, StoredRecord, Unreadable, SCHEMA_VERSION,
};
use crate::domain::records::collector::Collector;
use crate::domain::records::pulse::{Agreement, CollectorRef, Member};
use crate::domain::rules::validate_notes::Checked;
use crate::domain::sets::pulse_set::PulseSet;
use crate::domain::sets::registry::QuestionSet;
use serde::{Deserialize, Serialize};

#[derive(Serialize)]
struct Envelope<'a> {
    schema: u32,
    collector: &'a Collector,
}

#[derive(Deserialize)]
struct EnvelopeOwned {
    collector: Collector,
}

/// The most bytes a P-256 private key takes as PKCS #8 (WebCrypto's is 138).
const MAX_PRIVATE_KEY_BYTES: usize = 256;

impl StoredRecord for Collector {
    const KEY_PREFIX: &'static str = COLLECTOR_KEY_PREFIX;

    /// A collector is kept exactly as made and gathered, so there are never notes.
    fn decode_checked(key: &str, raw: &str) -> Result<Checked<Collector>, RecordProblem> {
        let collector = read_versioned::<EnvelopeOwned>(raw)?.collector;
        id_matches_key::<Collector>(key, &collector.id, "collector")?;
        check(&collector)?;
        Ok(Checked {
            record: collector,
            notes: Vec::new(),
        })
    }

    fn encode(&self) -> String {
        // Plain structs with string keys always serialise.
        crate::json::to_string(&Envelope {
            schema: SCHEMA_VERSION,
            collector: self,
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

fn refused(rule: &'static str) -> RecordProblem {
    Unreadable::Pulse(rule).into()
}

/// A stored collector's rules.
fn check(collector: &Collector) -> Result<(), RecordProblem> {
    if clean_label(&collector.name) != collector.name || collector.name.is_empty() {
        return Err(refused(
            "the collector's name is not one Align 180 would save",
        ));
    }
    if !CollectorRef::key_is_well_formed(&collector.public_key)
        || collector.private_key.is_empty()
        || collector.private_key.len() > MAX_PRIVATE_KEY_BYTES
    {
        return Err(refused("the collector's keys are not ones a browser made"));
    }
    for pulse in &collector.pulses {
        // A trainer's set may be unknown until it is learned again: then its
        // answers are kept as they are.
        let set = PulseSet::find(&pulse.set);
        let all = || pulse.held.iter().chain(&pulse.released);
        if set.is_some_and(|set| all().any(|m| !fits(set, m))) {
            return Err(refused("a held answer is not one of the pulse's"));
        }
        if all().any(|m| {
            m.response
                .comment
                .as_deref()
                .is_some_and(|c| c.is_empty() || clean_comment(c) != c)
        }) {
            return Err(refused("a held comment is not one a code could carry"));
        }
        let mut tokens: Vec<u32> = all().map(|m| m.token).collect();
        let count = tokens.len();
        tokens.sort_unstable();
        tokens.dedup();
        if tokens.len() != count
            || pulse.comments_released as usize > pulse.released.len()
            || (pulse.bundles == 0) != pulse.released.is_empty()
        {
            return Err(refused(
                "a team member is held twice, or a release is out of order",
            ));
        }
    }
    Ok(())
}

fn fits(set: &PulseSet, member: &Member) -> bool {
    member.response.answers.iter().all(|(id, answer)| {
        set.statement(id).is_some()
            && !matches!(answer, Agreement::Score(s) if !(1..=5).contains(s))
    })
}
