//! A whole assessment in one code: the **restore link** that carries an
//! assessment to another browser (or back into this one after the browser
//! deleted its data), and the **comparison sent back** to the manager's
//! device once the leader holds both sides. One code for both, so there is
//! one format to keep exact.
//!
//! After the header (whose +8 flag carries a trainer's question set, as
//! invitations do): one bit for "the manager has answers", each rater's
//! ratings and priorities packed as in a response, then everything else
//! (names, cycle, times, reflections, the action plan with its check-ins,
//! the previous cycle, the cohort membership, the two-device role) as
//! compact JSON, deflated.
//!
//! Decoding is as strict as every other code's, and more: the assessment
//! must pass the one record check unchanged, and writing it again must give
//! exactly the code that was read, so no two codes mean the same record.

use crate::domain::formats::share::answers::{read_answers, write_answers};
use crate::domain::formats::share::bits::BitReader;
use crate::domain::formats::share::envelope::{begin, open, read_header, seal, Header, Kind};
use crate::domain::formats::share::{Part, ShareError, Unshareable};
use crate::domain::records::assessment::Assessment;
use crate::domain::records::assessment::Remote;
use crate::domain::records::cohort::Membership;
use crate::domain::records::commitment::Commitment;
use crate::domain::records::response::Response;
use crate::domain::sets::instrument::Instrument;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The most bytes the deflated part may inflate to: far above any real
/// assessment (reflections and plans are capped), far below a bomb.
const MAX_REST_BYTES: usize = 512 * 1024;

/// A whole assessment as it travels.
#[derive(Clone, Debug, PartialEq)]
pub struct AssessmentCode {
    /// Its questions (carried in the code when they are a trainer's own).
    pub instrument: &'static Instrument,
    /// Everything this browser keeps of it.
    pub assessment: Assessment,
}

/// One rater's side, beyond ratings and priorities.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Side {
    #[serde(rename = "r", default, skip_serializing_if = "BTreeMap::is_empty")]
    reflections: BTreeMap<String, String>,
    #[serde(rename = "s", default, skip_serializing_if = "Option::is_none")]
    last_step: Option<String>,
    #[serde(rename = "t", default, skip_serializing_if = "Option::is_none")]
    submitted_at: Option<u64>,
}

impl Side {
    fn of(r: &Response) -> Side {
        Side {
            reflections: r.reflections.clone(),
            last_step: r.last_step.clone(),
            submitted_at: r.submitted_at,
        }
    }
}

/// Everything but the packed answers. Short keys: they travel in a link.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Rest {
    /// The leader's name.
    #[serde(rename = "l")]
    leader: String,
    #[serde(rename = "m", default, skip_serializing_if = "Option::is_none")]
    manager: Option<String>,
    #[serde(rename = "c", default, skip_serializing_if = "Option::is_none")]
    cycle: Option<String>,
    #[serde(rename = "t")]
    created_at: u64,
    #[serde(rename = "ls")]
    leader_side: Side,
    #[serde(rename = "ms", default, skip_serializing_if = "Option::is_none")]
    manager_side: Option<Side>,
    #[serde(rename = "d", default, skip_serializing_if = "Option::is_none")]
    remote: Option<Remote>,
    #[serde(rename = "p", default, skip_serializing_if = "Vec::is_empty")]
    commitments: Vec<Commitment>,
    #[serde(rename = "v", default, skip_serializing_if = "Option::is_none")]
    previous_cycle: Option<String>,
    #[serde(rename = "k", default, skip_serializing_if = "Option::is_none")]
    cohort: Option<Membership>,
}

impl AssessmentCode {
    /// The assessment as a code.
    pub fn encode(&self) -> Result<String, ShareError> {
        let a = &self.assessment;
        let instrument = self.instrument;
        if a.instrument != instrument.reference() {
            return Err(ShareError::CannotEncode(Unshareable::SetNotNamed));
        }
        let nonce = match a.remote {
            Some(Remote::Inviting { nonce } | Remote::Answering { nonce }) => nonce,
            None => 0,
        };
        let mut w = begin(
            Kind::Assessment,
            &Header {
                instrument,
                assessment_id: a.id.clone(),
                nonce,
            },
        )?;
        w.write(u32::from(a.manager_response.is_some()), 1);
        write_answers(&mut w, instrument, &a.leader_response)?;
        if let Some(m) = &a.manager_response {
            write_answers(&mut w, instrument, m)?;
        }
        let rest = Rest {
            leader: a.leader.clone(),
            manager: a.manager.clone(),
            cycle: a.cycle.clone(),
            created_at: a.created_at,
            leader_side: Side::of(&a.leader_response),
            manager_side: a.manager_response.as_ref().map(Side::of),
            remote: a.remote,
            commitments: a.commitments.clone(),
            previous_cycle: a.previous_cycle.clone(),
            cohort: a.cohort.clone(),
        };
        let json = crate::json::to_string(&rest)
            .ok_or(ShareError::CannotEncode(Unshareable::PartNotWritable))?;
        let blob = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
        w.write_varint(blob.len() as u32);
        w.write_bytes(&blob);
        Ok(seal(w))
    }

    /// Reads a whole-assessment code (a bare code, not a link: see
    /// [`super::envelope::code_in`]).
    pub fn decode(code: &str) -> Result<AssessmentCode, ShareError> {
        let bytes = open(code)?;
        let mut r = BitReader::new(&bytes);
        let header = read_header(&mut r, Kind::Assessment)?;
        let instrument = header.instrument;
        let has_manager = r.read(1, Part::Flags)? == 1;
        let (ratings, priorities) = read_answers(&mut r, instrument)?;
        let manager_answers = has_manager
            .then(|| read_answers(&mut r, instrument))
            .transpose()?;
        let len = r.read_varint(Part::Details)? as usize;
        let blob = r.read_bytes(len, Part::Details)?;
        r.finish()?;
        let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&blob, MAX_REST_BYTES)
            .map_err(|_| ShareError::Malformed(Part::Details))?;
        let rest: Rest =
            crate::json::from_slice(&json).map_err(|_| ShareError::Malformed(Part::Details))?;
        if rest.manager_side.is_some() != has_manager {
            return Err(ShareError::Malformed(Part::Details));
        }
        let response = |(ratings, priorities), side: Side| Response {
            ratings,
            priorities,
            reflections: side.reflections,
            last_step: side.last_step,
            submitted_at: side.submitted_at,
        };
        let manager_response = match (manager_answers, rest.manager_side) {
            (Some(answers), Some(side)) => Some(response(answers, side)),
            _ => None,
        };
        let assessment = Assessment {
            id: header.assessment_id,
            instrument: instrument.reference(),
            leader: rest.leader,
            manager: rest.manager,
            cycle: rest.cycle,
            created_at: rest.created_at,
            leader_response: response((ratings, priorities), rest.leader_side),
            manager_response,
            remote: rest.remote,
            commitments: rest.commitments,
            previous_cycle: rest.previous_cycle,
            cohort: rest.cohort,
        };
        // The one record check, which must change nothing: a code holds a
        // record exactly as the app keeps it.
        let checked = crate::domain::rules::validate::assessment(assessment.clone(), instrument)
            .map_err(|_| ShareError::Malformed(Part::Assessment))?;
        if !checked.notes.is_empty() || checked.record != assessment {
            return Err(ShareError::Malformed(Part::Assessment));
        }
        let decoded = AssessmentCode {
            instrument,
            assessment,
        };
        // One code per record: the nonce and the deflated bytes must be the
        // ones this record writes.
        if decoded.encode()? != code.trim() {
            return Err(ShareError::Malformed(Part::Details));
        }
        Ok(decoded)
    }
}
