//! Pasted or scanned text that opens nothing: one plain sentence saying
//! whether it was nothing, not a code at all, or a damaged code.

use crate::domain::base::messages::Messages;
use crate::domain::formats::share::envelope::code_in;
use crate::domain::formats::share::ShareError;

/// The fewest characters any Align 180 code has (a cohort code with one
/// answer is about 50): shorter pasted text is not a code at all.
pub const SHORTEST_CODE: usize = 24;

/// One plain sentence for pasted text that no decoder accepted: text that
/// could not be a code says so; a code-like text gets its decoder's reason
/// (`damaged`, e.g. cut short or changed).
pub fn pasted_text_problem(text: &str, damaged: &ShareError) -> PastedProblem {
    let code = code_in(text);
    let code_like = code.len() >= SHORTEST_CODE
        && code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if code.is_empty() {
        PastedProblem::Nothing
    } else if code_like {
        PastedProblem::Damaged(damaged.clone())
    } else {
        PastedProblem::NotACode
    }
}

/// Why pasted (or scanned) text opens nothing, in one plain sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PastedProblem {
    /// Nothing was pasted.
    Nothing,
    /// It looks like a code, and its decoder says what is wrong with it.
    Damaged(ShareError),
    /// It is not an Align 180 link or code at all.
    NotACode,
}

impl PastedProblem {
    /// The sentence, in the person's words.
    pub fn describe(&self, words: &Messages) -> String {
        match self {
            PastedProblem::Nothing => words.pasted_nothing().to_string(),
            PastedProblem::Damaged(e) => e.describe(words),
            PastedProblem::NotACode => words.pasted_not_a_code().to_string(),
        }
    }
}
