//! A pulse question set: statements written for team members, grouped by
//! the same dimensions as the 180 (same ids, so the team's figures can stand
//! beside self and manager), on a five-point agreement scale plus Don't know.

use crate::domain::sets::instrument::{fingerprint_of, InstrumentRef};
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// A pulse question set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PulseSet {
    /// The file format (1).
    pub format: u32,
    /// Lowercase id; answers are compared only within one id and version.
    pub id: String,
    /// Raised whenever any wording changes.
    pub version: u32,
    /// Shown to team members.
    pub name: String,
    /// The agreement words, from 1 (Strongly disagree) to 5 (Strongly agree).
    pub scale: [String; 5],
    /// The words for Don't know (left out of every figure, and counted).
    pub dont_know: String,
    /// The one optional comment question.
    pub comment_prompt: String,
    /// The dimensions, each with its statements.
    pub dimensions: Vec<PulseDimension>,
    /// The language its words are in (`en` when the file does not say).
    #[serde(
        default = "crate::domain::sets::instrument::english",
        skip_serializing_if = "crate::domain::sets::instrument::is_english"
    )]
    pub language: String,
    /// Its words in more languages, keyed by its ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<crate::domain::sets::words::PulseWords>,
}

/// One dimension of a pulse.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PulseDimension {
    /// The same id as the 180's dimension it stands beside.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its statements.
    pub statements: Vec<Statement>,
}

/// One statement a team member agrees or disagrees with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Unique within the set.
    pub id: String,
    /// Written for team members: "I know how my work connects to our strategy."
    pub text: String,
}

static SPARC_TEAM_PULSE: LazyLock<PulseSet> = LazyLock::new(|| {
    crate::json::from_str(include_str!("sparc-team-pulse.json"))
        .expect("the built-in pulse set is valid JSON; tests/pulse_sets.rs checks it")
});

impl PulseSet {
    /// The built-in SPARC team pulse (15 statements, 3 per dimension).
    pub fn sparc_team_pulse() -> &'static PulseSet {
        &SPARC_TEAM_PULSE
    }

    /// Every statement with its dimension, in order.
    pub fn statements(&self) -> impl Iterator<Item = (&PulseDimension, &Statement)> {
        self.dimensions
            .iter()
            .flat_map(|d| d.statements.iter().map(move |s| (d, s)))
    }

    /// The id and version that identify this set's wording.
    pub fn reference(&self) -> InstrumentRef {
        InstrumentRef {
            id: self.id.clone(),
            version: self.version,
        }
    }

    /// Names the set in share codes (see [`fingerprint_of`]).
    pub fn fingerprint(&self) -> u32 {
        fingerprint_of(&self.id, self.version)
    }

    /// Whether this is the built-in set (never sent in links).
    pub fn is_builtin(&self) -> bool {
        self.reference() == Self::sparc_team_pulse().reference()
    }

    /// The statement with this id.
    pub fn statement(&self, id: &str) -> Option<&Statement> {
        self.statements().map(|(_, s)| s).find(|s| s.id == id)
    }

    /// How many statements the set has.
    pub fn statement_count(&self) -> usize {
        self.dimensions.iter().map(|d| d.statements.len()).sum()
    }
}

/// A pulse set as a file: the format trainers write and load.
pub fn pulse_set_file(set: &PulseSet) -> String {
    // Plain structs with string keys always serialise.
    crate::json::to_string_pretty(set).unwrap_or_default()
}
