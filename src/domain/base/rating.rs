//! One rater's answer to one behaviour item.

use serde::{Deserialize, Serialize};

/// The frequency scale runs from 1 (Rarely) to 5 (Consistently).
pub const MIN_SCORE: u8 = 1;
/// The top of the frequency scale.
pub const MAX_SCORE: u8 = 5;

/// An answer: a point on the frequency scale, or "Not observed", which is
/// left out of every average. Stored as a number, 0 meaning Not observed, the
/// same digit the keyboard shortcut uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub enum Rating {
    /// A frequency from [`MIN_SCORE`] to [`MAX_SCORE`].
    Score(u8),
    /// The rater has not seen this behaviour.
    NotObserved,
}

impl Rating {
    /// The numeric score, if this answer counts towards averages.
    pub fn score(self) -> Option<u8> {
        match self {
            Rating::Score(s) => Some(s),
            Rating::NotObserved => None,
        }
    }

    /// Every possible answer, in the order they are offered.
    pub fn all() -> impl Iterator<Item = Rating> {
        (MIN_SCORE..=MAX_SCORE)
            .map(Rating::Score)
            .chain(std::iter::once(Rating::NotObserved))
    }

    /// The digit that stores and types this answer (0 = Not observed).
    pub fn digit(self) -> u8 {
        u8::from(self)
    }
}

/// Raised when a stored or typed number is not on the scale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotOnScale(pub u8);

impl std::fmt::Display for NotOnScale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} is not a rating (0 to {MAX_SCORE})", self.0)
    }
}

impl TryFrom<u8> for Rating {
    type Error = NotOnScale;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        match value {
            0 => Ok(Rating::NotObserved),
            MIN_SCORE..=MAX_SCORE => Ok(Rating::Score(value)),
            other => Err(NotOnScale(other)),
        }
    }
}

impl From<Rating> for u8 {
    fn from(rating: Rating) -> u8 {
        match rating {
            Rating::Score(s) => s,
            Rating::NotObserved => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_round_trip_and_reject_off_scale() {
        for rating in Rating::all() {
            assert_eq!(Rating::try_from(rating.digit()), Ok(rating));
        }
        assert_eq!(Rating::try_from(6), Err(NotOnScale(6)));
        assert_eq!(Rating::all().count(), 6);
    }

    #[test]
    fn serde_uses_the_digit() {
        assert_eq!(
            serde_json::to_string(&Rating::NotObserved).ok().as_deref(),
            Some("0")
        );
        assert_eq!(
            serde_json::from_str::<Rating>("4").ok(),
            Some(Rating::Score(4))
        );
        assert!(serde_json::from_str::<Rating>("9").is_err());
    }
}
