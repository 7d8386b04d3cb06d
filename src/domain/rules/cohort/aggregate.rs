//! The cohort's anonymous picture: pure statistics over the gathered
//! answers. Not observed and unanswered items never count; participants
//! without a manager simply add nothing to the manager side. Item-level
//! detail is withheld below [`MIN_GROUP`] people.

use crate::domain::base::rating::Rating;
use crate::domain::base::thresholds::{COHORT_TOP_PRIORITIES, COHORT_WIDEST_GAPS, MIN_GROUP};
use crate::domain::records::cohort::AnonymousAnswers;
use crate::domain::records::cohort::{Cohort, Participant};
use crate::domain::rules::scoring::score_dimension;
use crate::domain::sets::instrument::Instrument;

/// A distribution as a five-number summary (plus the mean).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    /// How many values.
    pub count: usize,
    /// The smallest value.
    pub min: f64,
    /// The first quartile.
    pub q1: f64,
    /// The median.
    pub median: f64,
    /// The third quartile.
    pub q3: f64,
    /// The largest value.
    pub max: f64,
    /// The mean.
    pub mean: f64,
}

/// The value at quantile `p` (0–1) of sorted values, interpolating linearly
/// between the two nearest (the common "type 7" definition, as spreadsheets
/// compute quartiles).
fn quantile(sorted: &[f64], p: f64) -> f64 {
    let position = p * (sorted.len() - 1) as f64;
    let below = position.floor() as usize;
    let above = position.ceil() as usize;
    let fraction = position - below as f64;
    sorted[below] + (sorted[above] - sorted[below]) * fraction
}

/// Summarises values; `None` when there are none.
pub fn summarize(values: &[f64]) -> Option<Summary> {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if sorted.is_empty() {
        return None;
    }
    sorted.sort_by(f64::total_cmp);
    Some(Summary {
        count: sorted.len(),
        min: sorted[0],
        q1: quantile(&sorted, 0.25),
        median: quantile(&sorted, 0.5),
        q3: quantile(&sorted, 0.75),
        max: sorted[sorted.len() - 1],
        mean: sorted.iter().sum::<f64>() / sorted.len() as f64,
    })
}

/// One dimension's spread across the cohort.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionSpread {
    /// The dimension's id.
    pub dimension_id: String,
    /// Its name.
    pub name: String,
    /// Participants' self scores (those with enough data).
    pub leader: Option<Summary>,
    /// Managers' scores, where at least [`MIN_GROUP`] managers shared.
    pub manager: Option<Summary>,
}

/// How often each answer was given to an item by one side.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RatingCounts {
    /// Counts of 1 to 5 (index 0 is 1).
    pub scores: [usize; 5],
    /// Not observed.
    pub not_observed: usize,
}

impl RatingCounts {
    /// How many gave a 1–5 score.
    pub fn rated(&self) -> usize {
        self.scores.iter().sum()
    }

    /// The mean of the scores given, if any.
    pub fn mean(&self) -> Option<f64> {
        let rated = self.rated();
        (rated > 0).then(|| {
            self.scores
                .iter()
                .enumerate()
                .map(|(i, n)| (i + 1) as f64 * *n as f64)
                .sum::<f64>()
                / rated as f64
        })
    }

    /// The distribution of the scores given, if any.
    pub fn summary(&self) -> Option<Summary> {
        let values: Vec<f64> = self
            .scores
            .iter()
            .enumerate()
            .flat_map(|(i, n)| std::iter::repeat_n((i + 1) as f64, *n))
            .collect();
        summarize(&values)
    }

    fn add(&mut self, rating: Option<Rating>) {
        match rating {
            Some(Rating::Score(s)) if (1..=5).contains(&s) => self.scores[usize::from(s) - 1] += 1,
            Some(Rating::NotObserved) => self.not_observed += 1,
            _ => {}
        }
    }
}

/// One item across the cohort.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemStats {
    /// The item's id.
    pub item_id: String,
    /// The item's text.
    pub text: String,
    /// Its dimension's name.
    pub dimension: String,
    /// Participants' own answers.
    pub leader: RatingCounts,
    /// Managers' answers.
    pub manager: RatingCounts,
    /// Pairs where both the participant and their manager scored the item.
    pub pairs: usize,
    /// The mean of self − manager over those pairs.
    pub mean_gap: Option<f64>,
    /// How many participants chose it as a priority.
    pub leader_priority: usize,
    /// How many managers chose it as a priority.
    pub manager_priority: usize,
}

/// The cohort's picture. Item-level fields are empty when the group is
/// smaller than [`MIN_GROUP`] (see [`Picture::item_detail`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    /// Participants gathered.
    pub participants: usize,
    /// Of them, with their manager's ratings.
    pub with_manager: usize,
    /// Every dimension's spread, in instrument order.
    pub dimensions: Vec<DimensionSpread>,
    /// Every item, in instrument order (empty below the minimum group).
    pub items: Vec<ItemStats>,
    /// Whether manager columns are shown at item level (enough managers).
    pub manager_detail: bool,
    /// The participants' teams, from the team pulse figures they shared.
    pub teams: TeamsPicture,
}

/// The cohort's teams: how many participants shared their team pulse's
/// figures, how many team members answered in all, and per dimension the
/// mean of the teams' means. Dimension figures appear only from
/// [`MIN_GROUP`] teams (each team's figures already come from at least
/// that many members).
#[derive(Clone, Debug, PartialEq)]
pub struct TeamsPicture {
    /// Participants who shared team figures.
    pub teams: usize,
    /// Team members who answered, over all those teams.
    pub answers: usize,
    /// Per dimension (empty below the minimum group of teams).
    pub dimensions: Vec<TeamsDimension>,
}

/// One dimension of the teams' picture.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamsDimension {
    /// The dimension's id.
    pub dimension_id: String,
    /// Its name.
    pub name: String,
    /// Teams with a figure for it.
    pub teams: usize,
    /// The mean of their means (1–5), from the minimum group of teams.
    pub mean: Option<f64>,
}

impl TeamsPicture {
    /// Whether dimension figures are shown: enough teams.
    pub fn shown(&self) -> bool {
        self.teams >= MIN_GROUP
    }
}

/// The teams' picture of `participants`.
pub fn teams_picture(instrument: &Instrument, participants: &[Participant]) -> TeamsPicture {
    let teams: Vec<&crate::domain::records::cohort::TeamFigures> = participants
        .iter()
        .filter_map(|p| p.team.as_ref())
        .collect();
    let answers = teams.iter().map(|t| usize::from(t.responses)).sum();
    let dimensions = if teams.len() >= MIN_GROUP {
        instrument
            .dimensions
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let means: Vec<f64> = teams.iter().filter_map(|t| t.mean(i)).collect();
                TeamsDimension {
                    dimension_id: d.id.clone(),
                    name: d.name.clone(),
                    teams: means.len(),
                    mean: (means.len() >= MIN_GROUP)
                        .then(|| means.iter().sum::<f64>() / means.len() as f64),
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    TeamsPicture {
        teams: teams.len(),
        answers,
        dimensions,
    }
}

impl Picture {
    /// Whether managers' figures are shown at all: only from [`MIN_GROUP`]
    /// managers, so that no manager's ratings can be singled out.
    pub fn manager_figures(&self) -> bool {
        self.with_manager >= MIN_GROUP
    }

    /// Whether item-level detail is shown: the group is large enough.
    pub fn item_detail(&self) -> bool {
        self.participants >= MIN_GROUP
    }

    /// The items with the widest mean self–manager gaps, widest first
    /// (only items at least [`MIN_GROUP`] pairs rated).
    pub fn widest_gaps(&self) -> Vec<&ItemStats> {
        let mut gaps: Vec<&ItemStats> = self
            .items
            .iter()
            .filter(|i| i.pairs >= MIN_GROUP && i.mean_gap.is_some())
            .collect();
        gaps.sort_by(|a, b| {
            let key = |i: &ItemStats| i.mean_gap.map_or(0.0, f64::abs);
            key(b)
                .total_cmp(&key(a))
                .then_with(|| a.item_id.cmp(&b.item_id))
        });
        gaps.truncate(COHORT_WIDEST_GAPS);
        gaps
    }

    /// The most chosen priorities (by participants and managers together),
    /// most chosen first; items nobody chose are left out. Every item tied
    /// with the last one shown is shown too: a tie is never cut.
    pub fn top_priorities(&self) -> Vec<&ItemStats> {
        let chosen_by = |i: &ItemStats| i.leader_priority + i.manager_priority;
        let mut chosen: Vec<&ItemStats> = self.items.iter().filter(|i| chosen_by(i) > 0).collect();
        // A stable sort keeps instrument order among equals.
        chosen.sort_by_key(|i| std::cmp::Reverse(chosen_by(i)));
        if let Some(last) = chosen
            .get(COHORT_TOP_PRIORITIES.saturating_sub(1))
            .map(|i| chosen_by(i))
        {
            chosen.retain(|i| chosen_by(i) >= last);
        }
        chosen
    }

    /// The priorities chosen most often: all of them when several tie.
    pub fn most_chosen(&self) -> Vec<&ItemStats> {
        let top = self.top_priorities();
        let most = top.first().map(|i| i.leader_priority + i.manager_priority);
        top.into_iter()
            .filter(|i| Some(i.leader_priority + i.manager_priority) == most)
            .collect()
    }
}

fn dimension_scores<'a>(
    participants: impl Iterator<Item = &'a AnonymousAnswers>,
    dimension: &crate::domain::sets::instrument::Dimension,
) -> Option<Summary> {
    let scores: Vec<f64> = participants
        .filter_map(|a| score_dimension(dimension, &a.as_response()).score.mean())
        .collect();
    summarize(&scores)
}

/// Builds the cohort's picture.
pub fn picture(instrument: &Instrument, participants: &[Participant]) -> Picture {
    let leaders = || participants.iter().map(|p| &p.leader);
    let managers = || participants.iter().filter_map(|p| p.manager.as_ref());
    let with_manager = managers().count();
    // A handful of managers' scores would single each of them out.
    let manager_figures = with_manager >= MIN_GROUP;
    let dimensions = instrument
        .dimensions
        .iter()
        .map(|d| DimensionSpread {
            dimension_id: d.id.clone(),
            name: d.name.clone(),
            leader: dimension_scores(leaders(), d),
            manager: manager_figures
                .then(|| dimension_scores(managers(), d))
                .flatten(),
        })
        .collect();
    let detail = participants.len() >= MIN_GROUP;
    let items = if detail {
        instrument
            .items()
            .map(|(dimension, item)| item_stats(dimension, item, participants, with_manager))
            .collect()
    } else {
        Vec::new()
    };
    Picture {
        participants: participants.len(),
        with_manager,
        dimensions,
        items,
        manager_detail: detail && manager_figures,
        teams: teams_picture(instrument, participants),
    }
}

fn item_stats(
    dimension: &crate::domain::sets::instrument::Dimension,
    item: &crate::domain::sets::instrument::Item,
    participants: &[Participant],
    with_manager: usize,
) -> ItemStats {
    let mut leader = RatingCounts::default();
    let mut manager = RatingCounts::default();
    let mut gaps = Vec::new();
    let mut leader_priority = 0;
    let mut manager_priority = 0;
    for p in participants {
        let own = p.leader.ratings.get(&item.id).copied();
        leader.add(own);
        leader_priority += usize::from(p.leader.priorities.contains(&item.id));
        if let Some(m) = &p.manager {
            let theirs = m.ratings.get(&item.id).copied();
            manager.add(theirs);
            manager_priority += usize::from(m.priorities.contains(&item.id));
            if let (Some(a), Some(b)) =
                (own.and_then(Rating::score), theirs.and_then(Rating::score))
            {
                gaps.push(f64::from(a) - f64::from(b));
            }
        }
    }
    // Manager-side figures of a handful of managers would single them out.
    if with_manager < MIN_GROUP {
        manager = RatingCounts::default();
        manager_priority = 0;
        gaps.clear();
    }
    ItemStats {
        item_id: item.id.clone(),
        text: item.text.clone(),
        dimension: dimension.name.clone(),
        leader,
        manager,
        pairs: gaps.len(),
        mean_gap: (!gaps.is_empty()).then(|| gaps.iter().sum::<f64>() / gaps.len() as f64),
        leader_priority,
        manager_priority,
    }
}

/// The picture of a stored cohort, if its questions are known.
pub fn cohort_picture(cohort: &Cohort) -> Option<(&'static Instrument, Picture)> {
    let instrument = cohort.questions()?;
    Some((instrument, picture(instrument, cohort.shown_participants())))
}
