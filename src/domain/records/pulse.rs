//! A leader's team pulse as the browser keeps it: the SPARC survey for a
//! leader's team, the evidence beside the 180. Members answer anonymously
//! (no name is asked) on an agreement scale with Don't know. The statement
//! sets are [`crate::domain::sets::pulse_set`]; the team's picture, from the
//! minimum group up, is [`crate::domain::rules::pulse`].

use crate::domain::base::checksum::crc32;
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
    /// The gathered answers, in the order they arrived (only without a
    /// collector: the leader gathers codes themself and knows who sent each).
    #[serde(default)]
    pub members: Vec<Member>,
    /// Who collects the members' sealed codes, so the leader never holds one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector: Option<CollectorRef>,
    /// The collector's latest bundle: the team's answers, released in groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub released: Option<Released>,
}

/// Bytes in a P-256 public key as WebCrypto exports it raw (uncompressed).
pub const PUBLIC_KEY_BYTES: usize = 65;

/// A collector as a leader's pulse (and its link) knows them: the public
/// half of their key, so members' answers can be sealed for them alone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CollectorRef {
    /// The collector's record id on their own device.
    pub id: String,
    /// Their name, as members and the leader read it ("Sam").
    pub name: String,
    /// Their public key, raw P-256 ([`PUBLIC_KEY_BYTES`], starting with 4).
    pub public_key: Vec<u8>,
}

impl CollectorRef {
    /// Whether the key has the shape of a raw P-256 public key (WebCrypto
    /// checks that it is a point on the curve when it is used).
    pub fn key_is_well_formed(key: &[u8]) -> bool {
        key.len() == PUBLIC_KEY_BYTES && key.first() == Some(&4)
    }

    /// A short tag of the key, written beside a sealed code so the
    /// collector's device knows which of its keys opens it (not a secret).
    pub fn key_tag(&self) -> u32 {
        crc32(&self.public_key)
    }
}

/// What a collector released to the leader: every member's answers
/// released so far, in random order, with no member tokens; comments apart
/// from the answers, and only once at least [`PULSE_COMMENTS_MIN`] members'
/// comments could be released together.
///
/// [`PULSE_COMMENTS_MIN`]: crate::domain::base::thresholds::PULSE_COMMENTS_MIN
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Released {
    /// The bundle's number, from 1: a later bundle has a higher one.
    pub bundle: u32,
    /// One entry per member: their answers by statement id.
    pub answers: Vec<BTreeMap<String, Agreement>>,
    /// The comments released so far, in random order.
    pub comments: Vec<String>,
    /// How many members' comments have been released (commenting or not).
    pub comment_members: u32,
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
            collector: None,
            released: None,
        }
    }

    /// Every member's response the picture is made of: the gathered codes,
    /// or the collector's latest bundle. (A bundle's comments are not tied
    /// to its answers; they are set beside the first answers only so the
    /// picture reads one list.)
    pub fn responses(&self) -> Vec<PulseResponse> {
        let mut out: Vec<PulseResponse> = self.members.iter().map(|m| m.response.clone()).collect();
        if let Some(released) = &self.released {
            let mut comments = released.comments.iter();
            out.extend(released.answers.iter().map(|answers| PulseResponse {
                answers: answers.clone(),
                comment: comments.next().cloned(),
            }));
        }
        out
    }

    /// How many members' answers the leader holds.
    pub fn answered(&self) -> usize {
        self.members.len() + self.released.as_ref().map_or(0, |r| r.answers.len())
    }

    /// The statements, if this build knows them.
    pub fn statements(&self) -> Option<&'static PulseSet> {
        PulseSet::find(&self.set)
    }
}
