//! The two cohort codes. The **cohort link** goes from the trainer to every
//! participant: which questions, which cohort, and its name. The **cohort
//! code** goes back from a participant who chooses to share: their ratings
//! and priorities (and their manager's, if present), with no names, no
//! reflections and no dates, so the trainer sees an anonymous picture.

use crate::domain::base::format;
use crate::domain::base::rating::Rating;
use crate::domain::base::thresholds::MIN_GROUP;
use crate::domain::formats::share::answers::{read_answers, write_answers};
use crate::domain::formats::share::bits::BitReader;
use crate::domain::formats::share::envelope::{
    begin, open, read_header, read_header_of, read_label, seal, Header, Kind,
};
use crate::domain::formats::share::ShareError;
use crate::domain::records::response::Response;
use crate::domain::rules::pulse::picture::PulsePicture;
use crate::domain::sets::instrument::Instrument;
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

impl TeamFigures {
    /// The figures of a team pulse's picture for the 180's dimensions;
    /// `None` below the minimum group or when no dimension matches.
    pub fn of(picture: &PulsePicture, instrument: &Instrument) -> Option<TeamFigures> {
        if !picture.shown() {
            return None;
        }
        let means: Vec<Option<u8>> = instrument
            .dimensions
            .iter()
            .map(|d| {
                picture
                    .dimensions
                    .iter()
                    .find(|row| row.id == d.id)
                    .and_then(|row| row.figures.mean)
                    .map(|m| (format::round1(m) * 10.0).round() as u8)
            })
            .collect();
        means.iter().any(Option::is_some).then(|| TeamFigures {
            responses: u8::try_from(picture.responses).unwrap_or(u8::MAX),
            means,
        })
    }

    /// The team's mean for dimension `i`, on the 1–5 scale.
    pub fn mean(&self, i: usize) -> Option<f64> {
        self.means
            .get(i)
            .copied()
            .flatten()
            .map(|t| f64::from(t) / 10.0)
    }

    /// Whether the figures are ones a code could carry for `instrument`.
    pub fn valid_for(&self, instrument: &Instrument) -> bool {
        usize::from(self.responses) >= MIN_GROUP
            && self.means.len() == instrument.dimensions.len()
            && self.means.iter().any(Option::is_some)
            && self.means.iter().flatten().all(|t| (10..=50).contains(t))
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
    /// Their team pulse's figures, if they chose to include them.
    pub team: Option<TeamFigures>,
}

/// Bits for a team mean in tenths (10–50; 0 = no figure).
const TEAM_MEAN_BITS: u32 = 6;

impl CohortCode {
    /// The code.
    pub fn encode(&self) -> Result<String, ShareError> {
        let kind = match &self.team {
            Some(team) if !team.valid_for(self.instrument) => {
                return Err(ShareError::CannotEncode(
                    "its team figures are out of range",
                ))
            }
            Some(_) => Kind::CohortCodeWithTeam,
            None => Kind::CohortCode,
        };
        let mut w = begin(
            kind,
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
        if let Some(team) = &self.team {
            w.write(u32::from(team.responses), 8);
            for mean in &team.means {
                w.write(u32::from(mean.unwrap_or(0)), TEAM_MEAN_BITS);
            }
        }
        Ok(seal(w))
    }

    /// Reads a cohort code (or a link that ends with one).
    pub fn decode(code: &str) -> Result<CohortCode, ShareError> {
        let bytes = open(code)?;
        let mut r = BitReader::new(&bytes);
        let (kind, header) = read_header_of(&mut r, &[Kind::CohortCode, Kind::CohortCodeWithTeam])?;
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
        let team = if kind == Kind::CohortCodeWithTeam {
            let responses = r.read(8, "team figures")? as u8;
            let means = instrument
                .dimensions
                .iter()
                .map(|_| {
                    r.read(TEAM_MEAN_BITS, "team figures")
                        .map(|t| (t != 0).then_some(t as u8))
                })
                .collect::<Result<Vec<_>, _>>()?;
            let team = TeamFigures { responses, means };
            if !team.valid_for(instrument) {
                return Err(ShareError::Malformed("team figures"));
            }
            Some(team)
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
            team,
        })
    }
}
