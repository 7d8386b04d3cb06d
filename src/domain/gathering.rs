//! What gathering codes (a trainer's cohort codes, a leader's team pulse
//! codes) reports: one outcome per code, so one bad code never stops the
//! rest, and the counts for a one-line summary.

/// What happened to one gathered code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A new participant.
    Added,
    /// A participant already here shared again with different answers (for
    /// example after their manager answered): the newer answers replace theirs.
    Updated,
    /// Exactly the same answers are already here: nothing changed.
    Duplicate,
    /// Not used; the reason is for the trainer.
    Rejected(String),
}

/// One gathered piece and its outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gathered {
    /// Where it came from, e.g. "line 3" or a file name.
    pub source: String,
    /// What happened.
    pub outcome: Outcome,
}

/// The counts of a gathering, for a one-line summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// New participants.
    pub added: usize,
    /// Participants whose answers were replaced.
    pub updated: usize,
    /// Codes already gathered.
    pub duplicates: usize,
    /// Codes not used.
    pub rejected: usize,
}

/// Counts the outcomes.
pub fn tally(results: &[Gathered]) -> Tally {
    let mut t = Tally::default();
    for r in results {
        match r.outcome {
            Outcome::Added => t.added += 1,
            Outcome::Updated => t.updated += 1,
            Outcome::Duplicate => t.duplicates += 1,
            Outcome::Rejected(_) => t.rejected += 1,
        }
    }
    t
}

/// Adds every non-blank line of pasted text to `target`, one code or link
/// per line, each with its own outcome.
pub fn add_lines<T>(
    target: &mut T,
    text: &str,
    add_code: impl Fn(&mut T, &str) -> Outcome,
) -> Vec<Gathered> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| Gathered {
            source: format!("line {}", i + 1),
            outcome: add_code(target, line),
        })
        .collect()
}
