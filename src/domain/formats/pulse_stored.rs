//! The stored form of a team pulse: one key per pulse, versioned JSON read
//! through the same [`read_versioned`] path as every record. A record is
//! refused unless its id matches its key, its statements are known and
//! every answer and comment is one a code could have carried.

use crate::domain::base::keys::PULSE_KEY_PREFIX;
use crate::domain::base::text::{clean_comment, clean_label};
use crate::domain::formats::stored::{
    id_matches_key, read_versioned, RecordProblem, StoredRecord, Unreadable, SCHEMA_VERSION,
};
use crate::domain::records::pulse::Agreement;
use crate::domain::records::pulse::{CollectorRef, Pulse};
use crate::domain::rules::pulse::collect::MIN_NEW_IN_BUNDLE;
use crate::domain::rules::validate_notes::Checked;
use crate::domain::sets::pulse_set::PulseSet;
use crate::domain::sets::registry::QuestionSet;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Serialize)]
struct Envelope<'a> {
    schema: u32,
    pulse: &'a Pulse,
}

#[derive(Deserialize)]
struct EnvelopeOwned {
    pulse: Pulse,
}

fn unreadable(rule: &'static str) -> RecordProblem {
    Unreadable::Pulse(rule).into()
}

impl StoredRecord for Pulse {
    const KEY_PREFIX: &'static str = PULSE_KEY_PREFIX;

    /// A pulse is kept exactly as its codes carried it: nothing is cleaned,
    /// so there are never notes.
    fn decode_checked(key: &str, raw: &str) -> Result<Checked<Pulse>, RecordProblem> {
        let pulse = read_versioned::<EnvelopeOwned>(raw)?.pulse;
        id_matches_key::<Pulse>(key, &pulse.id, "team pulse")?;
        check(&pulse)?;
        Ok(Checked {
            record: pulse,
            notes: Vec::new(),
        })
    }

    fn encode(&self) -> String {
        // Plain structs with string keys always serialise.
        crate::json::to_string(&Envelope {
            schema: SCHEMA_VERSION,
            pulse: self,
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

/// A stored pulse's rules: known statements, a leader's name as typed, only
/// answers and comments a code could carry, nobody counted twice.
fn check(pulse: &Pulse) -> Result<(), RecordProblem> {
    let set = PulseSet::find(&pulse.set).ok_or_else(|| {
        RecordProblem::from(Unreadable::UnknownSet {
            pulse: true,
            id: pulse.set.id.clone(),
            version: pulse.set.version,
        })
    })?;
    if clean_label(&pulse.leader) != pulse.leader || pulse.leader.is_empty() {
        return Err(unreadable(
            "the leader's name is not one Align 180 would save",
        ));
    }
    for member in &pulse.members {
        let response = &member.response;
        if !answers_fit(set, &response.answers) {
            return Err(unreadable("a gathered answer is not one of the pulse's"));
        }
        if response
            .comment
            .as_deref()
            .is_some_and(|c| c.is_empty() || clean_comment(c) != c)
        {
            return Err(unreadable(
                "a gathered comment is not one a code could carry",
            ));
        }
    }
    if let Some(collector) = &pulse.collector {
        if !pulse.members.is_empty() {
            return Err(unreadable(
                "a team pulse with a collector holds a member's own code",
            ));
        }
        if !CollectorRef::key_is_well_formed(&collector.public_key)
            || clean_label(&collector.name) != collector.name
            || collector.name.is_empty()
        {
            return Err(unreadable("its collector is not one a link could carry"));
        }
    }
    if let Some(released) = &pulse.released {
        let shaped = pulse.collector.is_some()
            && released.bundle > 0
            && released.answers.len() >= MIN_NEW_IN_BUNDLE
            && released.comments.len() <= released.comment_members as usize
            && released.comment_members as usize <= released.answers.len();
        if !shaped
            || released.answers.iter().any(|a| !answers_fit(set, a))
            || released
                .comments
                .iter()
                .any(|c| c.is_empty() || clean_comment(c) != *c)
        {
            return Err(unreadable(
                "its collector's bundle is not one a code could carry",
            ));
        }
    }
    let mut tokens: Vec<u32> = pulse.members.iter().map(|m| m.token).collect();
    tokens.sort_unstable();
    tokens.dedup();
    if tokens.len() != pulse.members.len() {
        return Err(unreadable("a team member is counted twice"));
    }
    Ok(())
}

/// Whether every answer is to one of the set's statements and on its scale.
fn answers_fit(set: &PulseSet, answers: &BTreeMap<String, Agreement>) -> bool {
    answers.iter().all(|(id, answer)| {
        set.statement(id).is_some()
            && !matches!(answer, Agreement::Score(s) if !(1..=5).contains(s))
    })
}
