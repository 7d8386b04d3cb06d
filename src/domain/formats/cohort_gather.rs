//! Gathering codes into a cohort: from pasted text (one code or link per
//! line), from links opened one by one, or from files. Every piece gets its
//! own outcome, so one bad code never stops the rest.

use crate::domain::formats::gathering::{
    add_missing, rejected, upsert, Gathers, Outcome, Rejection,
};
use crate::domain::formats::share::cohort::CohortCode;
use crate::domain::formats::share::envelope::{code_in, Kind};
use crate::domain::formats::share::ShareError;
use crate::domain::records::cohort::{Cohort, Participant};

/// Checks that a decoded code belongs to this cohort.
fn belongs(cohort: &Cohort, code: &CohortCode) -> Result<(), Rejection> {
    if code.cohort_id != cohort.id || code.cohort_nonce != cohort.nonce {
        return Err(Rejection::AnotherCohort);
    }
    if code.instrument.reference() != cohort.instrument {
        return Err(Rejection::OtherQuestions);
    }
    Ok(())
}

impl Gathers for Cohort {
    const CODE: Kind = Kind::CohortCode;

    fn same_link(&self, other: &Self) -> bool {
        self.nonce == other.nonce && self.instrument == other.instrument
    }
    /// The dashboard shows waiting codes once at least 3 have arrived.
    fn settle(&mut self) {
        self.show_waiting();
    }
    fn complete(&mut self, other: &Self) -> usize {
        add_missing(&mut self.participants, &other.participants, |a, b| {
            a.token == b.token
        })
    }
    /// Adds one code (or a link ending with one) to the cohort.
    fn add_code(&mut self, text: &str) -> Outcome {
        let code = match CohortCode::decode(code_in(text)) {
            Ok(code) => code,
            Err(e) => return rejected(text, e, Self::CODE),
        };
        if let Err(reason) = belongs(self, &code) {
            return Outcome::Rejected(reason);
        }
        let participant = Participant {
            token: code.participant,
            leader: code.leader,
            manager: code.manager,
            team: code.team,
        };
        upsert(&mut self.participants, participant, |a, b| {
            a.token == b.token
        })
    }

    fn record_of_code(text: &str) -> Result<String, ShareError> {
        CohortCode::decode(code_in(text)).map(|code| code.cohort_id)
    }
}
