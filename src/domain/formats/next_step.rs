//! Where an assessment's raters go next: the page a rater resumes on, and
//! the page after submitting. (The addresses are [`Route`]; the record
//! itself knows nothing of pages.)

use crate::domain::formats::route::Route;
use crate::domain::records::assessment::{Assessment, Remote};
use crate::domain::records::response::Rater;
use crate::domain::rules::questionnaire::Step;
use crate::domain::sets::instrument::Instrument;

impl Assessment {
    /// Where this rater continues: the step they were last on, or the first.
    pub fn resume_route(&self, rater: Rater, instrument: &Instrument) -> Route {
        let step = self
            .response(rater)
            .and_then(|r| r.last_step.clone())
            .filter(|slug| Step::from_slug(instrument, slug).is_some())
            .unwrap_or_else(|| Step::first().slug(instrument));
        Route::Questionnaire {
            assessment: self.id.clone(),
            rater,
            step,
        }
    }

    /// Where a rater goes after submitting on a shared device: the reveal
    /// once both are in, otherwise the clear screen for the other's turn.
    pub fn after_submit(&self, rater: Rater) -> Route {
        let id = self.id.clone();
        if rater == Rater::Manager && matches!(self.remote, Some(Remote::Answering { .. })) {
            return Route::Respond { assessment: id };
        }
        if self.both_submitted() {
            return Route::Reveal { assessment: id };
        }
        match rater {
            Rater::Leader => Route::Profile { assessment: id },
            Rater::Manager => Route::Turn {
                assessment: id,
                rater: Rater::Leader,
            },
        }
    }
}
