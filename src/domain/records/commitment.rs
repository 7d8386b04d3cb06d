//! The action plan's commitments as an assessment keeps them: what was
//! agreed, by whom, by when, how far it has got and the dated check-ins.
//! (Drafting, checking and carrying them over are [`crate::domain::rules::plan`].)

use crate::domain::base::messages::Messages;
use crate::domain::records::response::Rater;
use serde::{Deserialize, Serialize};

/// How far a commitment has got.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommitmentStatus {
    /// Agreed, not started.
    Planned,
    /// Under way.
    InProgress,
    /// Finished.
    Done,
}

impl CommitmentStatus {
    /// Every status, in order.
    pub const ALL: [CommitmentStatus; 3] = [
        CommitmentStatus::Planned,
        CommitmentStatus::InProgress,
        CommitmentStatus::Done,
    ];

    /// A stable key for forms and storage-independent values ("in_progress").
    pub fn key(self) -> &'static str {
        match self {
            CommitmentStatus::Planned => "planned",
            CommitmentStatus::InProgress => "in_progress",
            CommitmentStatus::Done => "done",
        }
    }

    /// The status a key names, if any.
    pub fn from_key(key: &str) -> Option<CommitmentStatus> {
        CommitmentStatus::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The status as a choice in a menu or a field on paper ("In progress").
    pub fn label(self, words: &Messages) -> &'static str {
        match self {
            CommitmentStatus::Planned => words.plan_status_planned(),
            CommitmentStatus::InProgress => words.plan_status_in_progress(),
            CommitmentStatus::Done => words.plan_status_done(),
        }
    }

    /// The status as people read it.
    pub fn name(self, words: &Messages) -> &'static str {
        match self {
            CommitmentStatus::Planned => words.status_planned(),
            CommitmentStatus::InProgress => words.status_in_progress(),
            CommitmentStatus::Done => words.status_done(),
        }
    }
}

/// A short dated note on a commitment ("talked about it in our 1:1").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckIn {
    /// The date, `YYYY-MM-DD`.
    pub date: String,
    /// What happened.
    pub note: String,
}

/// One commitment of the action plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Commitment {
    /// Unique within the assessment.
    pub id: String,
    /// The behaviour (item id) it works on, if it is about one.
    #[serde(default)]
    pub item_id: Option<String>,
    /// The concrete action.
    pub action: String,
    /// Who owns it.
    pub owner: Rater,
    /// Due date, `YYYY-MM-DD`.
    #[serde(default)]
    pub due: Option<String>,
    /// How far it has got.
    pub status: CommitmentStatus,
    /// Dated notes, oldest first.
    #[serde(default)]
    pub check_ins: Vec<CheckIn>,
    /// The assessment it was carried over from, if any.
    #[serde(default)]
    pub carried_from: Option<String>,
}
