//! The order of the questionnaire: one step per dimension, then priorities,
//! reflections and a review before submitting.

use crate::domain::sets::instrument::Instrument;

/// One page of the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The items of the dimension at this position.
    Dimension(usize),
    /// Choosing up to the instrument's limit of priority behaviours.
    Priorities,
    /// The optional free-text questions.
    Reflections,
    /// Lists what is unanswered and submits.
    Review,
}

use crate::domain::sets::instrument::{
    PRIORITIES_SLUG as PRIORITIES, REFLECTIONS_SLUG as REFLECTIONS, REVIEW_SLUG as REVIEW,
};

impl Step {
    /// Every step of an instrument, in order.
    pub fn all(instrument: &Instrument) -> Vec<Step> {
        // An instrument without reflection questions skips their step.
        let reflections = (!instrument.reflections.is_empty()).then_some(Step::Reflections);
        (0..instrument.dimensions.len())
            .map(Step::Dimension)
            .chain([Step::Priorities])
            .chain(reflections)
            .chain([Step::Review])
            .collect()
    }

    /// The first step.
    pub fn first() -> Step {
        Step::Dimension(0)
    }

    /// The step after this one, if any.
    pub fn next(self, instrument: &Instrument) -> Option<Step> {
        let all = Step::all(instrument);
        let here = all.iter().position(|s| *s == self)?;
        all.get(here + 1).copied()
    }

    /// The step before this one, if any.
    pub fn previous(self, instrument: &Instrument) -> Option<Step> {
        let all = Step::all(instrument);
        let here = all.iter().position(|s| *s == self)?;
        here.checked_sub(1).and_then(|i| all.get(i).copied())
    }

    /// The step's name in URLs and storage: a dimension id, or a fixed word.
    pub fn slug(self, instrument: &Instrument) -> String {
        match self {
            Step::Dimension(i) => instrument
                .dimensions
                .get(i)
                .map(|d| d.id.clone())
                .unwrap_or_default(),
            Step::Priorities => PRIORITIES.to_string(),
            Step::Reflections => REFLECTIONS.to_string(),
            Step::Review => REVIEW.to_string(),
        }
    }

    /// Reads a step back from its slug; `None` for anything unknown.
    pub fn from_slug(instrument: &Instrument, slug: &str) -> Option<Step> {
        let step = match slug {
            PRIORITIES => Some(Step::Priorities),
            REFLECTIONS => Some(Step::Reflections),
            REVIEW => Some(Step::Review),
            _ => instrument.dimension_index(slug).map(Step::Dimension),
        }?;
        Step::all(instrument).contains(&step).then_some(step)
    }

    /// "Step 3 of 8", for the page heading and screen readers.
    pub fn position(self, instrument: &Instrument) -> (usize, usize) {
        let all = Step::all(instrument);
        let here = all.iter().position(|s| *s == self).unwrap_or(0);
        (here + 1, all.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_walk_forward_and_back() {
        let instrument = Instrument::sparc_180();
        let all = Step::all(instrument);
        assert_eq!(all.len(), 8);
        let mut step = Step::first();
        let mut walked = vec![step];
        while let Some(next) = step.next(instrument) {
            assert_eq!(next.previous(instrument), Some(step));
            walked.push(next);
            step = next;
        }
        assert_eq!(walked, all);
        assert_eq!(Step::first().previous(instrument), None);
    }

    #[test]
    fn slugs_round_trip() {
        let instrument = Instrument::sparc_180();
        for step in Step::all(instrument) {
            assert_eq!(
                Step::from_slug(instrument, &step.slug(instrument)),
                Some(step)
            );
        }
        assert_eq!(Step::from_slug(instrument, "nonsense"), None);
        assert_eq!(Step::Priorities.position(instrument), (6, 8));
    }
}
