//! A participant's anonymous cohort code, made from their assessment: the
//! submitted answers only (names, reflections, dates and the plan never go in).

use crate::domain::base::messages::Messages;
use crate::domain::formats::share::cohort::CohortCode;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::cohort::{AnonymousAnswers, TeamFigures};
use crate::domain::rules::pulse::picture::PulsePicture;
use crate::domain::sets::instrument::Instrument;
use crate::domain::sets::registry::QuestionSet;

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

impl CodeError {
    /// Why, in the person's words.
    pub fn describe(&self, words: &Messages) -> &'static str {
        match self {
            CodeError::NotInCohort => words.cohort_code_error_not_in_cohort(),
            CodeError::NotSubmitted => words.cohort_code_error_not_submitted(),
            CodeError::UnknownInstrument => words.cohort_code_error_unknown_set(),
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
