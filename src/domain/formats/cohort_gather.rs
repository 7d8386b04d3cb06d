//! Gathering codes into a cohort: from pasted text (one code or link per
//! line), from links opened one by one, or from files. Every piece gets its
//! own outcome, so one bad code never stops the rest.

use crate::domain::formats::gathering::rejected;
use crate::domain::formats::share::cohort::CohortCode;
use crate::domain::formats::share::envelope::code_in;
use crate::domain::records::cohort::{Cohort, Participant};

pub use crate::domain::formats::gathering::{tally, Gathered, Outcome, Tally};

/// Checks that a decoded code belongs to this cohort.
fn belongs(cohort: &Cohort, code: &CohortCode) -> Result<(), String> {
    if code.cohort_id != cohort.id || code.cohort_nonce != cohort.nonce {
        return Err("this code was made for another cohort".into());
    }
    if code.instrument.reference() != cohort.instrument {
        return Err("this code answers different questions from this cohort's".into());
    }
    Ok(())
}

/// Adds one code (or a link ending with one) to the cohort.
pub fn add_code(cohort: &mut Cohort, text: &str) -> Outcome {
    let code = match CohortCode::decode(code_in(text)) {
        Ok(code) => code,
        Err(e) => return rejected(text, e, "a participant's cohort code"),
    };
    if let Err(reason) = belongs(cohort, &code) {
        return Outcome::Rejected(reason);
    }
    let participant = Participant {
        token: code.participant,
        leader: code.leader,
        manager: code.manager,
        team: code.team,
    };
    match cohort
        .participants
        .iter_mut()
        .find(|p| p.token == participant.token)
    {
        Some(existing) if *existing == participant => Outcome::Duplicate,
        Some(existing) => {
            *existing = participant;
            Outcome::Updated
        }
        None => {
            cohort.participants.push(participant);
            Outcome::Added
        }
    }
}

/// Adds every non-blank line of pasted text, one code or link per line.
pub fn add_lines(cohort: &mut Cohort, text: &str) -> Vec<Gathered> {
    crate::domain::formats::gathering::add_lines(cohort, text, add_code)
}
