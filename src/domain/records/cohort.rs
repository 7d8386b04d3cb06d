//! A trainer's cohort as the browser keeps it: its name, its link's nonce
//! and the anonymous answers gathered from participants; and what a
//! participant's assessment remembers of its cohort ([`Membership`]).
//! The picture is [`crate::domain::rules::cohort`]; codes and gathering are
//! in [`crate::domain::formats`].

use crate::domain::base::messages::Messages;
use crate::domain::base::rating::Rating;
use crate::domain::base::text::clean_label;
use crate::domain::base::thresholds::MIN_GROUP;
use crate::domain::records::response::Response;
use crate::domain::sets::instrument::{Instrument, InstrumentRef};
use crate::domain::sets::registry::QuestionSet;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One rater's answers as a cohort sees them: ratings and priorities only.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnonymousAnswers {
    /// Item id → rating (unanswered items are absent).
    #[serde(default)]
    pub ratings: BTreeMap<String, Rating>,
    /// Item ids, in the order chosen.
    #[serde(default)]
    pub priorities: Vec<String>,
}

impl AnonymousAnswers {
    /// The shareable part of a response.
    pub fn of(response: &Response) -> AnonymousAnswers {
        AnonymousAnswers {
            ratings: response.ratings.clone(),
            priorities: response.priorities.clone(),
        }
    }

    /// The answers as a response, for what scores or writes responses.
    pub fn as_response(&self) -> Response {
        Response {
            ratings: self.ratings.clone(),
            priorities: self.priorities.clone(),
            ..Response::default()
        }
    }
}

/// A participant's team pulse as the cohort sees it: how many team members
/// answered and the team's mean per dimension, never a single answer. Only
/// a pulse with at least the minimum group gives figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamFigures {
    /// How many team members answered (capped at 255).
    pub responses: u8,
    /// The team's mean agreement per dimension of the 180, in its order, in
    /// tenths (10 = 1.0 … 50 = 5.0); `None` where the pulse has no figure.
    pub means: Vec<Option<u8>>,
}

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
    /// How many of the first participants the dashboard shows. It grows
    /// only by at least [`MIN_GROUP`] at a time, so comparing two pictures
    /// never shows one participant's answers; `None` in cohorts made before
    /// this rule (everyone shown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shown: Option<u32>,
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

impl NewCohortError {
    /// What the person reads.
    pub fn describe(&self, words: &Messages) -> String {
        match self {
            NewCohortError::MissingName => words.cohort_missing_name().to_string(),
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
            shown: Some(0),
        })
    }

    /// The participants the dashboard, slides and CSV are made of.
    pub fn shown_participants(&self) -> &[Participant] {
        let n = self
            .shown
            .map_or(self.participants.len(), |s| s as usize)
            .min(self.participants.len());
        &self.participants[..n]
    }

    /// Codes gathered but not shown yet: they wait for [`MIN_GROUP`] new ones.
    pub fn waiting(&self) -> usize {
        self.participants.len() - self.shown_participants().len()
    }

    /// Shows the waiting codes once at least [`MIN_GROUP`] have arrived
    /// (called after each gathering).
    pub fn show_waiting(&mut self) {
        if self.shown.is_some() && self.waiting() >= MIN_GROUP {
            self.shown = Some(u32::try_from(self.participants.len()).unwrap_or(u32::MAX));
        }
    }

    /// The questions, if this build knows them.
    pub fn questions(&self) -> Option<&'static Instrument> {
        Instrument::find(&self.instrument)
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
