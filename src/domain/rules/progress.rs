//! Evidence over time: the same leader and manager across linked cycles.
//! Only cycles that used the same instrument (id and version) as the latest
//! are compared; the others are listed with the reason.

use crate::domain::base::messages::Messages;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::commitment::CommitmentStatus;
use crate::domain::records::response::Response;
use crate::domain::rules::comparison::compare;
use crate::domain::rules::pulse::picture::PulsePicture;
use crate::domain::rules::scoring::score_dimensions;
use crate::domain::sets::instrument::Instrument;
use crate::domain::sets::registry::QuestionSet;

/// One dimension's scores in one cycle.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionPoint {
    /// The dimension's id.
    pub dimension_id: String,
    /// Its name.
    pub name: String,
    /// The leader's mean, if submitted and enough data.
    pub leader: Option<f64>,
    /// The manager's mean, if submitted and enough data.
    pub manager: Option<f64>,
    /// The team's mean agreement (1–5), when a team pulse with at least the
    /// minimum group stands beside this cycle ([`Progress::with_team`]).
    pub team: Option<f64>,
}

/// One cycle's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct CyclePoint {
    /// The assessment.
    pub assessment_id: String,
    /// The cycle label (or "Cycle N" when it has none).
    pub label: String,
    /// Alignment index, when both raters submitted.
    pub alignment_index: Option<u8>,
    /// Agreement rate in percent, when both raters submitted.
    pub agreement_percent: Option<u8>,
    /// Every dimension, in instrument order.
    pub dimensions: Vec<DimensionPoint>,
    /// Commitments marked done in this cycle.
    pub commitments_done: usize,
    /// All commitments of this cycle.
    pub commitments_total: usize,
    /// How many team members answered the team pulse beside this cycle,
    /// if there is one.
    pub team_responses: Option<usize>,
}

/// A cycle left out of the comparison, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Excluded {
    /// The assessment.
    pub assessment_id: String,
    /// Its cycle label.
    pub label: String,
    /// Why, in plain words: a whole sentence that names the cycle.
    pub reason: String,
}

/// How one behaviour's ratings moved between the last two compared cycles.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemMove {
    /// The item's id.
    pub item_id: String,
    /// The behaviour.
    pub text: String,
    /// The leader's rating change, if rated (1–5) in both cycles.
    pub leader_delta: Option<i8>,
    /// The manager's rating change, if rated (1–5) in both cycles.
    pub manager_delta: Option<i8>,
}

impl ItemMove {
    /// The larger of the two changes, as a size.
    pub fn size(&self) -> u8 {
        self.leader_delta
            .map_or(0, i8::unsigned_abs)
            .max(self.manager_delta.map_or(0, i8::unsigned_abs))
    }
}

/// The progress of a leader–manager pair.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    /// Compared cycles, oldest first.
    pub cycles: Vec<CyclePoint>,
    /// Cycles left out.
    pub excluded: Vec<Excluded>,
    /// Up to [`MOVED_ITEMS`] behaviours that moved most since the previous cycle.
    pub moved: Vec<ItemMove>,
}

/// How many moved behaviours the progress view lists.
pub const MOVED_ITEMS: usize = 5;

/// Every cycle linked to `id` through "previous cycle" links, oldest first.
pub fn cycle_chain<'a>(all: &'a [Assessment], id: &str) -> Vec<&'a Assessment> {
    let find = |id: &str| all.iter().find(|a| a.id == id);
    let Some(start) = find(id) else {
        return Vec::new();
    };
    let mut chain = vec![start];
    // Back through previous cycles (a loop in corrupted data stops the walk).
    while let Some(prev) = chain
        .last()
        .and_then(|a| a.previous_cycle.as_deref())
        .and_then(find)
    {
        if chain.iter().any(|a| a.id == prev.id) {
            break;
        }
        chain.push(prev);
    }
    chain.reverse();
    // Forward through later cycles.
    loop {
        let last = chain.last().map(|a| a.id.clone()).unwrap_or_default();
        let next = all
            .iter()
            .filter(|a| a.previous_cycle.as_deref() == Some(last.as_str()))
            .min_by_key(|a| a.created_at);
        match next {
            Some(n) if !chain.iter().any(|a| a.id == n.id) => chain.push(n),
            _ => break,
        }
    }
    chain
}

fn submitted(r: Option<&Response>) -> Option<&Response> {
    r.filter(|r| r.is_submitted())
}

fn label(words: &Messages, a: &Assessment, position: usize) -> String {
    a.cycle
        .clone()
        .unwrap_or_else(|| words.progress_cycle_number(&(position + 1)))
}

/// Computes progress over a chain of cycles (oldest first); a cycle
/// without a label and the reasons a cycle is left out are in `words`;
/// `shown` gives each question set as the reader sees it (the web layer's
/// translation; natively, the set itself).
pub fn progress(
    words: &Messages,
    chain: &[&Assessment],
    shown: fn(&'static Instrument) -> &'static Instrument,
) -> Progress {
    let Some(latest) = chain.last() else {
        return Progress {
            cycles: Vec::new(),
            excluded: Vec::new(),
            moved: Vec::new(),
        };
    };
    let mut cycles = Vec::new();
    let mut excluded = Vec::new();
    let mut compared: Vec<&Assessment> = Vec::new();
    for (position, a) in chain.iter().enumerate() {
        let Some(instrument) = Instrument::find(&a.instrument)
            .filter(|_| a.instrument == latest.instrument)
            .map(shown)
        else {
            let label = label(words, a, position);
            excluded.push(Excluded {
                assessment_id: a.id.clone(),
                reason: words.progress_other_set(&label, &a.instrument.id, &a.instrument.version),
                label,
            });
            continue;
        };
        let leader = submitted(Some(&a.leader_response));
        let manager = submitted(a.manager_response.as_ref());
        let comparison = leader.zip(manager).map(|(l, m)| compare(instrument, l, m));
        let scores = |r: Option<&Response>| r.map(|r| score_dimensions(instrument, r));
        let (ls, ms) = (scores(leader), scores(manager));
        let dimensions = instrument
            .dimensions
            .iter()
            .enumerate()
            .map(|(i, d)| DimensionPoint {
                dimension_id: d.id.clone(),
                name: d.name.clone(),
                leader: ls.as_ref().and_then(|s| s[i].score.mean()),
                manager: ms.as_ref().and_then(|s| s[i].score.mean()),
                team: None,
            })
            .collect();
        cycles.push(CyclePoint {
            assessment_id: a.id.clone(),
            label: label(words, a, position),
            alignment_index: comparison.as_ref().and_then(|c| c.headline.alignment_index),
            agreement_percent: comparison
                .as_ref()
                .and_then(|c| c.headline.agreement_percent()),
            dimensions,
            commitments_done: a
                .commitments
                .iter()
                .filter(|c| c.status == CommitmentStatus::Done)
                .count(),
            commitments_total: a.commitments.len(),
            team_responses: None,
        });
        compared.push(a);
    }
    let moved = match compared.as_slice() {
        [.., before, after] => moved_items(before, after, shown),
        _ => Vec::new(),
    };
    Progress {
        cycles,
        excluded,
        moved,
    }
}

fn moved_items(
    before: &Assessment,
    after: &Assessment,
    shown: fn(&'static Instrument) -> &'static Instrument,
) -> Vec<ItemMove> {
    let Some(instrument) = Instrument::find(&after.instrument).map(shown) else {
        return Vec::new();
    };
    let delta = |a: Option<&Response>, b: Option<&Response>, id: &str| {
        let from = submitted(a)?.rating(id)?.score()?;
        let to = submitted(b)?.rating(id)?.score()?;
        Some(to as i8 - from as i8)
    };
    let mut moves: Vec<ItemMove> = instrument
        .items()
        .map(|(_, item)| ItemMove {
            item_id: item.id.clone(),
            text: item.text.clone(),
            leader_delta: delta(
                Some(&before.leader_response),
                Some(&after.leader_response),
                &item.id,
            ),
            manager_delta: delta(
                before.manager_response.as_ref(),
                after.manager_response.as_ref(),
                &item.id,
            ),
        })
        .filter(|m| m.size() > 0)
        .collect();
    moves.sort_by_key(|m| std::cmp::Reverse(m.size()));
    moves.truncate(MOVED_ITEMS);
    moves
}

impl Progress {
    /// Adds the team's figures: `picture_of(assessment id)` gives the team
    /// pulse's picture beside a cycle, if any. Means appear only where the
    /// picture is shown (the minimum group); the count always does.
    pub fn with_team(mut self, picture_of: impl Fn(&str) -> Option<PulsePicture>) -> Progress {
        for cycle in &mut self.cycles {
            let Some(picture) = picture_of(&cycle.assessment_id) else {
                continue;
            };
            cycle.team_responses = Some(picture.responses);
            for d in &mut cycle.dimensions {
                d.team = picture
                    .dimensions
                    .iter()
                    .find(|row| row.id == d.dimension_id)
                    .and_then(|row| row.figures.mean);
            }
        }
        self
    }

    /// Whether any cycle has a team pulse beside it.
    pub fn has_team(&self) -> bool {
        self.cycles.iter().any(|c| c.team_responses.is_some())
    }
}
