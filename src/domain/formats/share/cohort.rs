//! The two cohort codes. The **cohort link** goes from the trainer to every
//! participant: which questions, which cohort, and its name. The **cohort
//! code** goes back from a participant who chooses to share: their ratings
//! and priorities (and their manager's, if present), with no names, no
//! reflections and no dates, so the trainer sees an anonymous picture.

use crate::domain::formats::share::answers::{read_answers, write_answers};
use crate::domain::formats::share::bits::BitReader;
use crate::domain::formats::share::envelope::{
    begin, open, read_header, read_header_of, read_label, seal, Header, Kind,
};
use crate::domain::formats::share::{Part, ShareError, Unshareable};
use crate::domain::records::cohort::AnonymousAnswers;
use crate::domain::records::cohort::Cohort;
use crate::domain::records::cohort::Membership;
use crate::domain::records::cohort::TeamFigures;
use crate::domain::sets::instrument::Instrument;

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
        let name = read_label(&mut r, Part::CohortName)?;
        r.finish()?;
        Ok(CohortLink {
            instrument: header.instrument,
            cohort_id: header.assessment_id,
            nonce: header.nonce,
            name,
        })
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
                return Err(ShareError::CannotEncode(Unshareable::TeamFiguresOutOfRange))
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
        let participant = r.read(32, Part::Participant)?;
        let has_manager = r.read(1, Part::Flags)? == 1;
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
            let responses = r.read(8, Part::TeamFigures)? as u8;
            let means = instrument
                .dimensions
                .iter()
                .map(|_| {
                    r.read(TEAM_MEAN_BITS, Part::TeamFigures)
                        .map(|t| (t != 0).then_some(t as u8))
                })
                .collect::<Result<Vec<_>, _>>()?;
            let team = TeamFigures { responses, means };
            if !team.valid_for(instrument) {
                return Err(ShareError::Malformed(Part::TeamFigures));
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

/// The link a cohort's participants open.
impl Cohort {
    /// The link participants open.
    pub fn link(&self) -> Result<CohortLink, ShareError> {
        Ok(CohortLink {
            instrument: self.questions().ok_or(ShareError::UnknownInstrument)?,
            cohort_id: self.id.clone(),
            nonce: self.nonce,
            name: self.name.clone(),
        })
    }
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
