//! The stored form of a team pulse: one key per pulse, versioned JSON read
//! through the same [`read_versioned`] path as every record. A record is
//! refused unless its id matches its key, its statements are known and
//! every answer and comment is one a code could have carried.

use crate::domain::base::keys::PULSE_KEY_PREFIX;
use crate::domain::base::text::{clean_comment, clean_label};
use crate::domain::formats::stored::{read_versioned, RecordProblem, SCHEMA_VERSION};
use crate::domain::records::pulse::Agreement;
use crate::domain::records::pulse::Pulse;
use crate::domain::sets::pulse_set::PulseSet;
use crate::domain::sets::registry::QuestionSet;
use serde::{Deserialize, Serialize};

/// The storage key of a pulse.
pub fn pulse_key(id: &str) -> String {
    format!("{PULSE_KEY_PREFIX}{id}")
}

/// The pulse id a storage key names, if it is a pulse key.
pub fn pulse_id_from_key(key: &str) -> Option<&str> {
    key.strip_prefix(PULSE_KEY_PREFIX)
        .filter(|id| !id.is_empty())
}

#[derive(Serialize)]
struct Envelope<'a> {
    schema: u32,
    pulse: &'a Pulse,
}

#[derive(Deserialize)]
struct EnvelopeOwned {
    pulse: Pulse,
}

/// The text stored for a pulse.
pub fn encode(pulse: &Pulse) -> String {
    // Plain structs with string keys always serialise.
    serde_json::to_string(&Envelope {
        schema: SCHEMA_VERSION,
        pulse,
    })
    .unwrap_or_default()
}

fn unreadable(reason: &str) -> RecordProblem {
    RecordProblem::Unreadable(reason.to_string())
}

/// Reads the text stored under `key`; never panics.
pub fn decode(key: &str, raw: &str) -> Result<Pulse, RecordProblem> {
    let pulse = read_versioned::<EnvelopeOwned>(raw)?.pulse;
    if pulse_id_from_key(key) != Some(pulse.id.as_str()) {
        return Err(unreadable(
            "the saved team pulse's id does not match its key",
        ));
    }
    let set = PulseSet::find(&pulse.set).ok_or_else(|| {
        RecordProblem::Unreadable(format!(
            "it uses a pulse question set this browser does not have (“{}” version {})",
            pulse.set.id, pulse.set.version
        ))
    })?;
    if clean_label(&pulse.leader) != pulse.leader || pulse.leader.is_empty() {
        return Err(unreadable(
            "the leader's name is not one Align 180 would save",
        ));
    }
    for member in &pulse.members {
        let response = &member.response;
        if response.answers.iter().any(|(id, answer)| {
            set.statement(id).is_none()
                || matches!(answer, Agreement::Score(s) if !(1..=5).contains(s))
        }) {
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
    let mut tokens: Vec<u32> = pulse.members.iter().map(|m| m.token).collect();
    tokens.sort_unstable();
    tokens.dedup();
    if tokens.len() != pulse.members.len() {
        return Err(unreadable("a team member is counted twice"));
    }
    Ok(pulse)
}
