//! The two cohort codes. The **cohort link** goes from the trainer to every
//! participant: which questions, which cohort, and its name. The **cohort
//! code** goes back from a participant who chooses to share: their ratings
//! and priorities (and their manager's, if present), with no names, no
//! reflections and no dates, so the trainer sees an anonymous picture.

use super::answers::{read_answers, write_answers};
use super::bits::BitReader;
use super::envelope::{begin, open, read_header, read_label, seal, Header, Kind};
use super::ShareError;
use crate::domain::instrument::Instrument;
use crate::domain::rating::Rating;
use crate::domain::response::Response;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a participant's browser needs to join a cohort.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortLink {
    /// The questions every participant answers.
    pub instrument: &'static Instrument,
    /// The trainer's cohort.
    pub cohort_id: String,
    /// Random; every cohort code echoes it, so codes from another cohort
    /// with a colliding id are still refused.
    pub nonce: u32,
    /// The cohort's name, shown to participants.
    pub name: String,
}

impl CohortLink {
    /// The link's code.
    pub fn encode(&self) -> Result<String, ShareError> {
        let mut w = begin(
            Kind::CohortLink,
            &Header {
                instrument: self.instrument,
                assessment_id: self.cohort_id.clone(),
                nonce: self.nonce,
            },
        )?;
        w.write_str(&self.name);
        Ok(seal(w))
    }

    /// Reads a cohort link's code (or the whole link).
    pub fn decode(code: &str) -> Result<CohortLink, ShareError> {
        let bytes = open(code)?;
        let mut r = BitReader::new(&bytes);
        let header = read_header(&mut r, Kind::CohortLink)?;
        let name = read_label(&mut r, "cohort name")?;
        r.finish()?;
        Ok(CohortLink {
            instrument: header.instrument,
            cohort_id: header.assessment_id,
            nonce: header.nonce,
            name,
        })
    }
}

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

    fn as_response(&self) -> Response {
        Response {
            ratings: self.ratings.clone(),
            priorities: self.priorities.clone(),
            ..Response::default()
        }
    }
}

/// A participant's anonymous contribution to a cohort.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortCode {
    /// The questions.
    pub instrument: &'static Instrument,
    /// The cohort it is for.
    pub cohort_id: String,
    /// The cohort link's nonce.
    pub cohort_nonce: u32,
    /// Random per participant and kept: sharing again (e.g. after the
    /// manager has answered) replaces the earlier code instead of counting
    /// the participant twice. It says nothing about who they are.
    pub participant: u32,
    /// The participant's own ratings.
    pub leader: AnonymousAnswers,
    /// Their manager's ratings, if the manager has answered.
    pub manager: Option<AnonymousAnswers>,
}

impl CohortCode {
    /// The code.
    pub fn encode(&self) -> Result<String, ShareError> {
        let mut w = begin(
            Kind::CohortCode,
            &Header {
                instrument: self.instrument,
                assessment_id: self.cohort_id.clone(),
                nonce: self.cohort_nonce,
            },
        )?;
        w.write(self.participant, 32);
        w.write(u32::from(self.manager.is_some()), 1);
        write_answers(&mut w, self.instrument, &self.leader.as_response())?;
        if let Some(manager) = &self.manager {
            write_answers(&mut w, self.instrument, &manager.as_response())?;
        }
        Ok(seal(w))
    }

    /// Reads a cohort code (or a link that ends with one).
    pub fn decode(code: &str) -> Result<CohortCode, ShareError> {
        let bytes = open(code)?;
        let mut r = BitReader::new(&bytes);
        let header = read_header(&mut r, Kind::CohortCode)?;
        let instrument = header.instrument;
        let participant = r.read(32, "participant")?;
        let has_manager = r.read(1, "flags")? == 1;
        let (ratings, priorities) = read_answers(&mut r, instrument)?;
        let leader = AnonymousAnswers {
            ratings,
            priorities,
        };
        let manager = if has_manager {
            let (ratings, priorities) = read_answers(&mut r, instrument)?;
            Some(AnonymousAnswers {
                ratings,
                priorities,
            })
        } else {
            None
        };
        r.finish()?;
        Ok(CohortCode {
            instrument,
            cohort_id: header.assessment_id,
            cohort_nonce: header.nonce,
            participant,
            leader,
            manager,
        })
    }
}
