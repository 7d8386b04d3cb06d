//! The leader's side of releases: a collector's bundle replaces the last
//! one only if it adds at least [`MIN_NEW_IN_BUNDLE`] members, and releases
//! comments only in steps of at least [`PULSE_COMMENTS_MIN`] members, so
//! comparing two pictures never singles anyone out, whatever device made
//! the bundle.

use crate::domain::base::messages::Messages;
use crate::domain::base::thresholds::PULSE_COMMENTS_MIN;
use crate::domain::records::pulse::{Pulse, Released};
use crate::domain::rules::pulse::collect::MIN_NEW_IN_BUNDLE;

/// What taking a bundle did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Taken {
    /// The picture now holds `new` more members' answers.
    Added {
        /// Members added by this bundle.
        new: usize,
    },
    /// This bundle was already taken: nothing changed.
    Duplicate,
}

/// Why a bundle was refused; nothing stored changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// This pulse has no collector: its codes come to the leader directly.
    NoCollector,
    /// It adds fewer than [`MIN_NEW_IN_BUNDLE`] members (`new`, possibly 0
    /// or fewer when it holds fewer than the last).
    TooFewNew {
        /// Members it would add.
        new: isize,
    },
    /// An earlier bundle than the one already taken.
    Older {
        /// The bundle already taken.
        have: u32,
    },
    /// Its comments step is smaller than [`PULSE_COMMENTS_MIN`] members, or
    /// holds more comments than members.
    CommentsTooFew,
}

impl Refused {
    /// The reason, in the leader's words.
    pub fn describe(&self, words: &Messages) -> String {
        match self {
            Refused::NoCollector => words.bundle_no_collector().to_string(),
            Refused::TooFewNew { new } => {
                words.bundle_too_few_new(new.max(&0).unsigned_abs(), &MIN_NEW_IN_BUNDLE)
            }
            Refused::Older { have } => words.bundle_older(have),
            Refused::CommentsTooFew => words.bundle_comments_too_few(&PULSE_COMMENTS_MIN),
        }
    }
}

impl Pulse {
    /// Takes a collector's bundle (already checked to be for this pulse).
    pub fn take(&mut self, bundle: Released) -> Result<Taken, Refused> {
        if self.collector.is_none() {
            return Err(Refused::NoCollector);
        }
        let comments_ok = bundle.comments.len() <= bundle.comment_members as usize
            && bundle.comment_members as usize <= bundle.answers.len()
            && (bundle.comment_members == 0
                || bundle.comment_members as usize >= PULSE_COMMENTS_MIN);
        let (had, had_comments) = match &self.released {
            // The same bundle again, perhaps shuffled afresh.
            Some(had)
                if had.bundle == bundle.bundle && had.answers.len() == bundle.answers.len() =>
            {
                return Ok(Taken::Duplicate)
            }
            Some(had) if had.bundle >= bundle.bundle => {
                return Err(Refused::Older { have: had.bundle })
            }
            Some(had) => (had.answers.len(), had.comment_members),
            None => (0, 0),
        };
        let new = bundle.answers.len() as isize - had as isize;
        if new < MIN_NEW_IN_BUNDLE as isize {
            return Err(Refused::TooFewNew { new });
        }
        let step = i64::from(bundle.comment_members) - i64::from(had_comments);
        if !comments_ok || step < 0 || (step > 0 && step < PULSE_COMMENTS_MIN as i64) {
            return Err(Refused::CommentsTooFew);
        }
        self.released = Some(bundle);
        Ok(Taken::Added { new: new as usize })
    }
}
