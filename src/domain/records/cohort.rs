//! Trainer cohorts: one link for a whole cohort, anonymous codes back from
//! the participants who choose to share, and the cohort's picture.
//!
//! - [`Cohort`]: what the trainer's browser keeps (name, link, gathered codes).
//! - [`Membership`]: what a participant's assessment keeps about its cohort.
//! - [`gather`]: adding pasted codes and files, without duplicates.
//! - [`aggregate`]: the anonymous picture (pure statistics).
//! - [`prompts`]: discussion prompts for the group.
//! - [`slides`]: the picture as slides for a projector.
//! - [`table`]: the cohort table as CSV.
//! - [`stored`]: the versioned stored form.

use crate::domain::base::text::clean_label;
use crate::domain::formats::files::Held;
use crate::domain::formats::gathering::{merge_gathered, Gathers, Merge};
use crate::domain::formats::share::cohort::{
    AnonymousAnswers, CohortCode, CohortLink, TeamFigures,
};
use crate::domain::formats::share::ShareError;
use crate::domain::records::assessment::Assessment;
use crate::domain::rules::pulse::picture::PulsePicture;
use crate::domain::sets::instrument::{Instrument, InstrumentRef};
use crate::domain::sets::registry::QuestionSet;
use serde::{Deserialize, Serialize};

/// A cohort run by a trainer, with every participant's shared answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cohort {
    /// Random id; also names its storage key and travels in its codes.
    pub id: String,
    /// Its name, e.g. "Directors, Spring 2027"; shown to participants.
    pub name: String,
    /// The questions every participant answers.
    pub instrument: InstrumentRef,
    /// Random; codes must echo it to be gathered.
    pub nonce: u32,
    /// When the trainer created it (ms since the Unix epoch).
    pub created_at: u64,
    /// The gathered answers, in the order they arrived.
    #[serde(default)]
    pub participants: Vec<Participant>,
}

/// One participant's anonymous answers, as gathered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    /// The code's participant token (see [`CohortCode::participant`]).
    pub token: u32,
    /// The participant's own ratings and priorities.
    pub leader: AnonymousAnswers,
    /// Their manager's, if shared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager: Option<AnonymousAnswers>,
    /// Their team pulse's figures, if shared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<TeamFigures>,
}

/// Why a cohort could not be created.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NewCohortError {
    /// The name is how participants recognise the cohort.
    MissingName,
}

impl std::fmt::Display for NewCohortError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NewCohortError::MissingName => write!(f, "Please give the cohort a name."),
        }
    }
}

impl Cohort {
    /// Starts a cohort with a cleaned name.
    pub fn new(
        id: String,
        name: &str,
        instrument: &Instrument,
        nonce: u32,
        now_ms: u64,
    ) -> Result<Cohort, NewCohortError> {
        let name = clean_label(name);
        if name.is_empty() {
            return Err(NewCohortError::MissingName);
        }
        Ok(Cohort {
            id,
            name,
            instrument: instrument.reference(),
            nonce,
            created_at: now_ms,
            participants: Vec::new(),
        })
    }

    /// The questions, if this build knows them.
    pub fn questions(&self) -> Option<&'static Instrument> {
        Instrument::find(&self.instrument)
    }

    /// The link participants open.
    pub fn link(&self) -> Result<CohortLink, ShareError> {
        Ok(CohortLink {
            instrument: self.questions().ok_or(ShareError::UnknownInstrument)?,
            cohort_id: self.id.clone(),
            nonce: self.nonce,
            name: self.name.clone(),
        })
    }

    /// How many participants have shared their manager's ratings too.
    pub fn with_manager(&self) -> usize {
        self.participants
            .iter()
            .filter(|p| p.manager.is_some())
            .count()
    }
}

/// What a participant's assessment remembers of the cohort it belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    /// The cohort's id.
    pub cohort_id: String,
    /// The cohort's name, shown on the participant's pages.
    pub name: String,
    /// The cohort link's nonce, echoed by the code.
    pub nonce: u32,
    /// This participant's random token (see [`CohortCode::participant`]).
    pub participant: u32,
}

impl Membership {
    /// Joins the cohort of a link, with a fresh random token.
    pub fn join(link: &CohortLink, participant: u32) -> Membership {
        Membership {
            cohort_id: link.cohort_id.clone(),
            name: link.name.clone(),
            nonce: link.nonce,
            participant,
        }
    }
}

/// Why an assessment has no cohort code to share yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// The assessment was not started from a cohort link.
    NotInCohort,
    /// The leader has not submitted yet.
    NotSubmitted,
    /// The questions are not known to this build.
    UnknownInstrument,
}

impl std::fmt::Display for CodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CodeError::NotInCohort => write!(f, "This assessment was not started from a cohort link, so there is no cohort to share with."),
            CodeError::NotSubmitted => write!(f, "Submit your self-assessment first; then you can share it anonymously with your cohort."),
            CodeError::UnknownInstrument => write!(f, "This assessment uses questions this version of Align 180 does not know."),
        }
    }
}

/// The anonymous code of a participant's assessment: their submitted
/// answers, their manager's if the manager has submitted too, and the
/// figures of their team pulse (`team`) if it reached the minimum group.
/// Names, reflections, dates, the plan and single team answers never go in.
pub fn code_for(
    assessment: &Assessment,
    team: Option<&PulsePicture>,
) -> Result<CohortCode, CodeError> {
    let membership = assessment.cohort.as_ref().ok_or(CodeError::NotInCohort)?;
    if !assessment.leader_response.is_submitted() {
        return Err(CodeError::NotSubmitted);
    }
    let instrument =
        Instrument::find(&assessment.instrument).ok_or(CodeError::UnknownInstrument)?;
    let manager = assessment
        .manager_response
        .as_ref()
        .filter(|r| r.is_submitted())
        .map(AnonymousAnswers::of);
    Ok(CohortCode {
        instrument,
        cohort_id: membership.cohort_id.clone(),
        cohort_nonce: membership.nonce,
        participant: membership.participant,
        leader: AnonymousAnswers::of(&assessment.leader_response),
        manager,
        team: team.and_then(|picture| TeamFigures::of(picture, instrument)),
    })
}

/// What importing a backup's cohorts into this browser would do.
pub type CohortMerge = Merge<Cohort>;

/// Plans a cohort merge (see [`merge_gathered`]).
pub fn merge_cohorts(held: impl Fn(&str) -> Held<Cohort>, incoming: Vec<Cohort>) -> CohortMerge {
    merge_gathered(held, incoming)
}

impl Gathers for Cohort {
    fn record_id(&self) -> &str {
        &self.id
    }
    fn same_link(&self, other: &Self) -> bool {
        self.nonce == other.nonce && self.instrument == other.instrument
    }
    fn complete(&mut self, other: &Self) -> usize {
        let before = self.participants.len();
        for p in &other.participants {
            if !self.participants.iter().any(|q| q.token == p.token) {
                self.participants.push(p.clone());
            }
        }
        self.participants.len() - before
    }
}

/// Adds to `here` the participants of `other` it lacks (by token); returns
/// how many. Nobody is removed or replaced.
pub fn complete(here: &mut Cohort, other: &Cohort) -> usize {
    Gathers::complete(here, other)
}
