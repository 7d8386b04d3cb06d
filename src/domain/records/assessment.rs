//! An assessment: one leader, one cycle, the leader's and (later) the
//! manager's responses on the same instrument.

use crate::domain::base::messages::Messages;
use crate::domain::base::text::clean_label;
use crate::domain::records::cohort::Membership;
use crate::domain::records::commitment::Commitment;
use crate::domain::records::response::{Rater, Response};
use crate::domain::sets::instrument::{Instrument, InstrumentRef};
use serde::{Deserialize, Serialize};

/// Which side of a two-device 180 this browser holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "role", rename_all = "snake_case")]
pub enum Remote {
    /// The leader's device: an invitation with this nonce went to the manager.
    Inviting {
        /// The invitation's nonce.
        nonce: u32,
    },
    /// The manager's device: opened from an invitation; the leader rates elsewhere.
    Answering {
        /// The invitation's nonce, echoed in the response.
        nonce: u32,
    },
}

/// A 180 for one leader in one cycle.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    /// Random id, unique in this browser; also names its storage key.
    pub id: String,
    /// The questions both raters answer.
    pub instrument: InstrumentRef,
    /// The leader being assessed.
    pub leader: String,
    /// The leader's manager, if named.
    #[serde(default)]
    pub manager: Option<String>,
    /// A label for the cycle, e.g. "Q1 2027".
    #[serde(default)]
    pub cycle: Option<String>,
    /// When it was created (ms since the Unix epoch).
    pub created_at: u64,
    /// The leader's self-assessment.
    pub leader_response: Response,
    /// The manager's rating of the leader, once started.
    #[serde(default)]
    pub manager_response: Option<Response>,
    /// Set when the two raters use two devices (see [`Remote`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote: Option<Remote>,
    /// The action plan agreed from the report.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub commitments: Vec<Commitment>,
    /// The cycle this one follows, for the progress view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_cycle: Option<String>,
    /// The trainer's cohort, when started from a cohort link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cohort: Option<Membership>,
}

/// Why a new assessment could not be created.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NewAssessmentError {
    /// The leader's name is required: it is how the list is read.
    MissingLeaderName,
}

impl NewAssessmentError {
    /// What to fix, in `words`.
    pub fn describe(&self, words: &Messages) -> String {
        match self {
            NewAssessmentError::MissingLeaderName => words.start_missing_leader().to_string(),
        }
    }
}

/// Where one rater is up to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResponseStatus {
    /// Nothing answered yet.
    NotStarted,
    /// Some answers given; not submitted.
    InProgress {
        /// Items answered so far.
        answered: usize,
        /// Items in the instrument.
        total: usize,
    },
    /// Finished.
    Submitted,
}

impl Assessment {
    /// Starts a new assessment with cleaned labels; blank optional labels are dropped.
    pub fn new(
        id: String,
        instrument: &Instrument,
        leader: &str,
        manager: &str,
        cycle: &str,
        now_ms: u64,
    ) -> Result<Assessment, NewAssessmentError> {
        let leader = clean_label(leader);
        if leader.is_empty() {
            return Err(NewAssessmentError::MissingLeaderName);
        }
        let optional = |raw: &str| Some(clean_label(raw)).filter(|s| !s.is_empty());
        Ok(Assessment {
            id,
            instrument: instrument.reference(),
            leader,
            manager: optional(manager),
            cycle: optional(cycle),
            created_at: now_ms,
            leader_response: Response::default(),
            manager_response: None,
            remote: None,
            commitments: Vec::new(),
            previous_cycle: None,
            cohort: None,
        })
    }

    /// A rater's response, if they have started.
    pub fn response(&self, rater: Rater) -> Option<&Response> {
        match rater {
            Rater::Leader => Some(&self.leader_response),
            Rater::Manager => self.manager_response.as_ref(),
        }
    }

    /// A rater's response to edit, created empty on first use.
    pub fn response_mut(&mut self, rater: Rater) -> &mut Response {
        match rater {
            Rater::Leader => &mut self.leader_response,
            Rater::Manager => self.manager_response.get_or_insert_with(Response::default),
        }
    }

    /// Whether both raters have submitted, so the comparison may be revealed.
    pub fn both_submitted(&self) -> bool {
        self.leader_response.is_submitted()
            && self
                .manager_response
                .as_ref()
                .is_some_and(Response::is_submitted)
    }

    /// Whether this device takes `rater`'s steps: the manager's own copy
    /// (opened from an invitation) never takes the leader's, who answers on
    /// their own device.
    pub fn takes_turn_here(&self, rater: Rater) -> bool {
        !(rater == Rater::Leader && matches!(self.remote, Some(Remote::Answering { .. })))
    }

    /// The other rater.
    pub fn other(rater: Rater) -> Rater {
        match rater {
            Rater::Leader => Rater::Manager,
            Rater::Manager => Rater::Leader,
        }
    }

    /// How a rater is named on screen: the typed name, or their role (in
    /// `words`).
    pub fn display_name(&self, rater: Rater, words: &Messages) -> String {
        match rater {
            Rater::Leader => self.leader.clone(),
            Rater::Manager => self
                .manager
                .clone()
                .unwrap_or_else(|| words.record_managers_name(&self.leader)),
        }
    }

    /// Where a rater is up to.
    pub fn status(&self, rater: Rater, instrument: &Instrument) -> ResponseStatus {
        match self.response(rater) {
            Some(r) if r.is_submitted() => ResponseStatus::Submitted,
            Some(r) if r.answered_count(instrument) > 0 || r.last_step.is_some() => {
                ResponseStatus::InProgress {
                    answered: r.answered_count(instrument),
                    total: instrument.item_count(),
                }
            }
            _ => ResponseStatus::NotStarted,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::base::rating::Rating;

    fn sample() -> Assessment {
        Assessment::new(
            "a1".into(),
            Instrument::sparc_180(),
            " Dana ",
            "",
            " Q1 2027 ",
            7,
        )
        .unwrap_or_else(|e| panic!("valid input rejected: {e:?}"))
    }

    #[test]
    fn new_cleans_labels_and_requires_a_leader() {
        let a = sample();
        assert_eq!(a.leader, "Dana");
        assert_eq!(a.manager, None);
        assert_eq!(a.cycle.as_deref(), Some("Q1 2027"));
        assert_eq!(
            Assessment::new("a2".into(), Instrument::sparc_180(), "  ", "Sam", "", 0),
            Err(NewAssessmentError::MissingLeaderName)
        );
    }

    #[test]
    fn status_follows_the_response() {
        let instrument = Instrument::sparc_180();
        let mut a = sample();
        assert_eq!(
            a.status(Rater::Leader, instrument),
            ResponseStatus::NotStarted
        );
        assert_eq!(
            a.status(Rater::Manager, instrument),
            ResponseStatus::NotStarted
        );
        a.response_mut(Rater::Leader)
            .rate("strategy-priorities", Rating::Score(3));
        assert_eq!(
            a.status(Rater::Leader, instrument),
            ResponseStatus::InProgress {
                answered: 1,
                total: 25
            }
        );
        a.response_mut(Rater::Leader).submitted_at = Some(9);
        assert_eq!(
            a.status(Rater::Leader, instrument),
            ResponseStatus::Submitted
        );
    }
}
