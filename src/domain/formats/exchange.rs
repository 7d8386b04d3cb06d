//! Two devices, no server: turning an assessment into an invitation, an
//! invitation into the manager's copy, that copy into a response code, and
//! deciding what importing a response would do before anything is written.

use crate::domain::base::text::clean_label;
use crate::domain::formats::share::invitation::Invitation;
use crate::domain::formats::share::response::{ms_to_minute, ResponseCode};
use crate::domain::formats::share::{ShareError, Unshareable};
use crate::domain::records::assessment::Remote;
use crate::domain::records::assessment::{Assessment, NewAssessmentError};
use crate::domain::records::response::Response;
use crate::domain::sets::instrument::Instrument;
use crate::domain::sets::registry::QuestionSet;

/// The invitation for an assessment, with the nonce the leader's device keeps.
pub fn invitation_for(
    assessment: &Assessment,
    instrument: &'static Instrument,
    nonce: u32,
) -> Invitation {
    Invitation {
        instrument,
        assessment_id: assessment.id.clone(),
        nonce,
        leader: assessment.leader.clone(),
        manager: assessment.manager.clone(),
        cycle: assessment.cycle.clone(),
    }
}

/// The manager's own copy of the assessment, made from an invitation.
pub fn assessment_from_invitation(invitation: &Invitation, now_ms: u64) -> Assessment {
    Assessment {
        id: invitation.assessment_id.clone(),
        instrument: invitation.instrument.reference(),
        leader: invitation.leader.clone(),
        manager: invitation.manager.clone(),
        cycle: invitation.cycle.clone(),
        created_at: now_ms,
        leader_response: Response::default(),
        manager_response: None,
        remote: Some(Remote::Answering {
            nonce: invitation.nonce,
        }),
        commitments: Vec::new(),
        previous_cycle: None,
        cohort: None,
    }
}

/// The code that carries the manager's submitted answers back to the leader.
pub fn response_code_for(assessment: &Assessment) -> Result<ResponseCode, ShareError> {
    let Some(Remote::Answering { nonce }) = assessment.remote else {
        return Err(ShareError::CannotEncode(Unshareable::NotFromInvitation));
    };
    let instrument =
        Instrument::find(&assessment.instrument).ok_or(ShareError::UnknownInstrument)?;
    let response = assessment
        .manager_response
        .clone()
        .filter(Response::is_submitted)
        .ok_or(ShareError::CannotEncode(Unshareable::NotSubmitted))?;
    let submitted_minute = ms_to_minute(response.submitted_at.unwrap_or_default());
    Ok(ResponseCode {
        instrument,
        assessment_id: assessment.id.clone(),
        nonce,
        submitted_minute,
        manager: assessment.manager.clone(),
        response: Response {
            last_step: None,
            submitted_at: Some(crate::domain::formats::share::response::minute_to_ms(
                submitted_minute,
            )),
            ..response
        },
    })
}

/// What importing a response into this browser would do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportPlan {
    /// This browser has no such assessment; it can be opened as a new one.
    Unknown,
    /// This browser is the manager's: the response was made here.
    OwnResponse,
    /// Exactly this response is already attached: nothing to do.
    AlreadyAttached,
    /// No manager response yet: attach it.
    Attach {
        /// The response answers another invitation than the one this browser sent.
        other_invitation: bool,
    },
    /// A different manager response is attached: replace it only if asked to.
    Replace {
        /// As for [`ImportPlan::Attach`].
        other_invitation: bool,
    },
}

/// Decides what importing `code` would do, given what this browser holds.
pub fn plan_import(existing: Option<&Assessment>, code: &ResponseCode) -> ImportPlan {
    let Some(a) = existing else {
        return ImportPlan::Unknown;
    };
    if matches!(a.remote, Some(Remote::Answering { .. })) {
        return ImportPlan::OwnResponse;
    }
    let other_invitation =
        matches!(a.remote, Some(Remote::Inviting { nonce }) if nonce != code.nonce);
    match &a.manager_response {
        Some(r) if *r == code.response => ImportPlan::AlreadyAttached,
        Some(r) if r.is_submitted() || !r.ratings.is_empty() => {
            ImportPlan::Replace { other_invitation }
        }
        _ => ImportPlan::Attach { other_invitation },
    }
}

/// Attaches a response as the manager's, keeping everything else.
pub fn attach_response(assessment: &mut Assessment, code: &ResponseCode) {
    assessment.manager_response = Some(code.response.clone());
    if assessment.manager.is_none() {
        assessment.manager = code.manager.clone();
    }
}

/// A new assessment holding a response this browser had no assessment for;
/// the leader names themself, and can take the self-assessment next.
pub fn assessment_from_response(
    code: &ResponseCode,
    leader: &str,
    now_ms: u64,
) -> Result<Assessment, NewAssessmentError> {
    let leader = clean_label(leader);
    if leader.is_empty() {
        return Err(NewAssessmentError::MissingLeaderName);
    }
    Ok(Assessment {
        id: code.assessment_id.clone(),
        instrument: code.instrument.reference(),
        leader,
        manager: code.manager.clone(),
        cycle: None,
        created_at: now_ms,
        leader_response: Response::default(),
        manager_response: Some(code.response.clone()),
        remote: Some(Remote::Inviting { nonce: code.nonce }),
        commitments: Vec::new(),
        previous_cycle: None,
        cohort: None,
    })
}
