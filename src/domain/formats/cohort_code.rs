//! A participant's anonymous cohort code, made from their assessment: the
//! submitted answers only (names, reflections, dates and the plan never go in).

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
