//! The collector's rules: answers are held until at least
//! [`MIN_NEW_IN_BUNDLE`] members can be released together, so no one's
//! answers can be worked out from the difference between two pictures; a
//! member who answers again replaces their answers before release, never
//! after; comments go out only when at least [`PULSE_COMMENTS_MIN`]
//! members' comments can go out together. No clock and no randomness here:
//! the shuffle's choices come from the caller.

use crate::domain::base::thresholds::{MIN_GROUP, PULSE_COMMENTS_MIN};
use crate::domain::records::collector::{CollectedPulse, Collector};
use crate::domain::records::pulse::{Member, Released};
use crate::domain::sets::instrument::InstrumentRef;

/// The fewest members a bundle adds: the minimum group.
pub const MIN_NEW_IN_BUNDLE: usize = MIN_GROUP;

/// What holding one member's answers did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Held {
    /// A member not held before.
    Added,
    /// A member held before answered again: the new answers replace theirs.
    Updated,
    /// The same answers are already held (or released): nothing changed.
    Duplicate,
    /// This member's answers were already released: they cannot change now,
    /// or the difference between two bundles would show them.
    AlreadyReleased,
}

/// Why no bundle can be released yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooFewToRelease {
    /// Members held and not released.
    pub held: usize,
}

/// Which pulse a member's answers are for, as their sealed code says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PulseOfCode {
    /// The leader's pulse.
    pub pulse_id: String,
    /// Its link's nonce.
    pub nonce: u32,
    /// Its statements.
    pub set: InstrumentRef,
    /// The leader's name.
    pub leader: String,
}

impl Collector {
    /// Holds one member's answers for the pulse their code names.
    pub fn hold(&mut self, of: PulseOfCode, member: Member) -> Held {
        let index = match self
            .pulses
            .iter()
            .position(|p| p.pulse_id == of.pulse_id && p.nonce == of.nonce)
        {
            Some(i) => i,
            None => {
                self.pulses.push(CollectedPulse {
                    pulse_id: of.pulse_id,
                    nonce: of.nonce,
                    set: of.set,
                    leader: of.leader,
                    held: Vec::new(),
                    released: Vec::new(),
                    bundles: 0,
                    comments_released: 0,
                });
                self.pulses.len() - 1
            }
        };
        self.pulses[index].hold(member)
    }
}

impl CollectedPulse {
    /// Holds one member's answers (see [`Held`]).
    pub fn hold(&mut self, member: Member) -> Held {
        if let Some(out) = self.released.iter().find(|m| m.token == member.token) {
            return if *out == member {
                Held::Duplicate
            } else {
                Held::AlreadyReleased
            };
        }
        match self.held.iter_mut().find(|m| m.token == member.token) {
            Some(held) if *held == member => Held::Duplicate,
            Some(held) => {
                *held = member;
                Held::Updated
            }
            None => {
                self.held.push(member);
                Held::Added
            }
        }
    }

    /// Whether a bundle can be released now.
    pub fn can_release(&self) -> Result<(), TooFewToRelease> {
        if self.held.len() >= MIN_NEW_IN_BUNDLE {
            Ok(())
        } else {
            Err(TooFewToRelease {
                held: self.held.len(),
            })
        }
    }

    /// Releases every held member: the next bundle, holding everyone
    /// released so far. `pick(n)` chooses a number below `n` for the shuffle.
    pub fn release(
        &mut self,
        pick: &mut dyn FnMut(usize) -> usize,
    ) -> Result<Released, TooFewToRelease> {
        self.can_release()?;
        self.released.append(&mut self.held);
        self.bundles += 1;
        let waiting = self.released.len() - self.comments_released as usize;
        if waiting >= PULSE_COMMENTS_MIN {
            self.comments_released = u32::try_from(self.released.len()).unwrap_or(u32::MAX);
        }
        Ok(self.latest(pick).unwrap_or_else(|| Released {
            bundle: self.bundles,
            answers: Vec::new(),
            comments: Vec::new(),
            comment_members: 0,
        }))
    }

    /// The latest bundle again, shuffled afresh (to send it once more);
    /// `None` before the first.
    pub fn latest(&self, pick: &mut dyn FnMut(usize) -> usize) -> Option<Released> {
        if self.bundles == 0 {
            return None;
        }
        let mut answers: Vec<_> = self
            .released
            .iter()
            .map(|m| m.response.answers.clone())
            .collect();
        shuffle(&mut answers, pick);
        let mut comments: Vec<String> = self
            .released
            .iter()
            .take(self.comments_released as usize)
            .filter_map(|m| m.response.comment.clone())
            .collect();
        shuffle(&mut comments, pick);
        Some(Released {
            bundle: self.bundles,
            answers,
            comments,
            comment_members: self.comments_released,
        })
    }
}

/// Fisher–Yates with the caller's choices (`pick(n)` below `n`).
fn shuffle<T>(items: &mut [T], pick: &mut dyn FnMut(usize) -> usize) {
    for i in (1..items.len()).rev() {
        let j = pick(i + 1) % (i + 1);
        items.swap(i, j);
    }
}
