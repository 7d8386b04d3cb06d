//! A leader's team pulse as the browser keeps it: the SPARC survey for a
//! leader's team, the evidence beside the 180. Members answer anonymously
//! (no name is asked) on an agreement scale with Don't know. The statement
//! sets are [`crate::domain::sets::pulse_set`]; the team's picture, from the
//! minimum group up, is [`crate::domain::rules::pulse`].

use crate::domain::records::assessment::Assessment;
use crate::domain::sets::instrument::InstrumentRef;
use crate::domain::sets::pulse_set::PulseSet;
use crate::domain::sets::registry::QuestionSet;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One answer to one statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Agreement {
    /// 1 (Strongly disagree) to 5 (Strongly agree).
    Score(u8),
    /// Don't know: left out of every figure, and counted.
    DontKnow,
}

/// One team member's anonymous response.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PulseResponse {
    /// Answers by statement id (statements left blank are absent).
    pub answers: BTreeMap<String, Agreement>,
    /// The optional comment, shown to the leader word for word.
    pub comment: Option<String>,
}

/// A leader's team pulse, with every member's gathered answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pulse {
    /// Random id; also names its storage key and travels in its codes.
    pub id: String,
    /// The leader's name, shown to team members.
    pub leader: String,
    /// The cycle it belongs to, e.g. "Q1 2027" (from the assessment).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycle: Option<String>,
    /// The 180 assessment it stands beside, if it was started from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<String>,
    /// The statements.
    pub set: InstrumentRef,
    /// Random; codes must echo it to be gathered.
    pub nonce: u32,
    /// When the leader created it (ms since the Unix epoch).
    pub created_at: u64,
    /// The gathered answers, in the order they arrived.
    #[serde(default)]
    pub members: Vec<Member>,
}

/// One team member's anonymous answers, as gathered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// The code's member token (see [`crate::domain::formats::share::pulse::PulseCode::member`]).
    pub token: u32,
    /// Their answers and comment.
    pub response: PulseResponse,
}

impl Pulse {
    /// A pulse for the team of the leader of `assessment`, for its cycle.
    pub fn for_assessment(
        id: String,
        assessment: &Assessment,
        set: &PulseSet,
        nonce: u32,
        now_ms: u64,
    ) -> Pulse {
        Pulse {
            id,
            leader: assessment.leader.clone(),
            cycle: assessment.cycle.clone(),
            assessment: Some(assessment.id.clone()),
            set: set.reference(),
            nonce,
            created_at: now_ms,
            members: Vec::new(),
        }
    }

    /// The statements, if this build knows them.
    pub fn statements(&self) -> Option<&'static PulseSet> {
        PulseSet::find(&self.set)
    }
}
