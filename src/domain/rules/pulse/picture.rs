//! The team's picture from anonymous pulse responses: per dimension and per
//! statement, the mean of the 1–5 answers (Don't know left out, and
//! counted) and the favourable (4–5), neutral (3) and unfavourable (1–2)
//! shares as whole percentages. Nothing is shown for fewer than
//! [`MIN_GROUP`] responses, and comments only from [`PULSE_COMMENTS_MIN`].

use crate::domain::base::format;
use crate::domain::base::format::percent_of;
use crate::domain::base::thresholds::{MIN_GROUP, PULSE_COMMENTS_MIN};
use crate::domain::records::cohort::TeamFigures;
use crate::domain::records::pulse::Agreement;
use crate::domain::records::pulse::Pulse;
use crate::domain::records::pulse::PulseResponse;
use crate::domain::sets::instrument::Instrument;
use crate::domain::sets::pulse_set::PulseSet;

/// The figures of a group of answers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figures {
    /// Answers from 1 to 5 (Don't know and blanks not counted).
    pub answers: usize,
    /// Don't know answers.
    pub dont_know: usize,
    /// The mean of the 1–5 answers; `None` when there are none.
    pub mean: Option<f64>,
    /// Answers of 4 or 5, as a whole percentage of `answers`.
    pub favourable: Option<u8>,
    /// Answers of 3, as a whole percentage.
    pub neutral: Option<u8>,
    /// Answers of 1 or 2, as a whole percentage.
    pub unfavourable: Option<u8>,
}

impl Figures {
    /// The figures of a list of answers.
    pub fn of<'a>(answers: impl IntoIterator<Item = &'a Agreement>) -> Figures {
        let mut counts = [0usize; 5];
        let mut dont_know = 0;
        for answer in answers {
            match answer {
                Agreement::Score(s @ 1..=5) => counts[usize::from(*s) - 1] += 1,
                Agreement::Score(_) => {}
                Agreement::DontKnow => dont_know += 1,
            }
        }
        let total: usize = counts.iter().sum();
        let sum: usize = counts.iter().enumerate().map(|(i, n)| (i + 1) * n).sum();
        Figures {
            answers: total,
            dont_know,
            mean: (total > 0).then(|| sum as f64 / total as f64),
            favourable: percent_of(counts[3] + counts[4], total),
            neutral: percent_of(counts[2], total),
            unfavourable: percent_of(counts[0] + counts[1], total),
        }
    }
}

/// One dimension's (or one statement's) figures, with its name.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The dimension's or statement's id.
    pub id: String,
    /// Its name or text.
    pub text: String,
    /// A statement's dimension, so it can be read beside the dimension
    /// chart (none on a dimension's own row).
    pub dimension: Option<String>,
    /// The figures.
    pub figures: Figures,
}

/// The team's picture.
#[derive(Clone, Debug, PartialEq)]
pub struct PulsePicture {
    /// How many responses were gathered.
    pub responses: usize,
    /// Per dimension (empty below the minimum group).
    pub dimensions: Vec<Row>,
    /// Per statement (empty below the minimum group).
    pub statements: Vec<Row>,
    /// The comments, word for word (empty below [`PULSE_COMMENTS_MIN`]
    /// responses); in a fixed order that does not follow who answered when.
    pub comments: Vec<String>,
}

impl PulsePicture {
    /// Whether figures are shown: the group is large enough.
    pub fn shown(&self) -> bool {
        self.responses >= MIN_GROUP
    }
}

/// The picture of `responses` to `set`.
pub fn pulse_picture(set: &PulseSet, responses: &[PulseResponse]) -> PulsePicture {
    let n = responses.len();
    if n < MIN_GROUP {
        return PulsePicture {
            responses: n,
            dimensions: Vec::new(),
            statements: Vec::new(),
            comments: Vec::new(),
        };
    }
    let answers_to = |id: &str| -> Vec<Agreement> {
        responses
            .iter()
            .filter_map(|r| r.answers.get(id).copied())
            .collect()
    };
    let dimensions = set
        .dimensions
        .iter()
        .map(|d| {
            let all: Vec<Agreement> = d
                .statements
                .iter()
                .flat_map(|s| answers_to(&s.id))
                .collect();
            Row {
                id: d.id.clone(),
                text: d.name.clone(),
                dimension: None,
                figures: Figures::of(&all),
            }
        })
        .collect();
    let statements = set
        .statements()
        .map(|(d, s)| Row {
            id: s.id.clone(),
            text: s.text.clone(),
            dimension: Some(d.name.clone()),
            figures: Figures::of(&answers_to(&s.id)),
        })
        .collect();
    let mut comments: Vec<String> = if n >= PULSE_COMMENTS_MIN {
        responses
            .iter()
            .filter_map(|r| r.comment.as_deref())
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect()
    } else {
        Vec::new()
    };
    // Sorted, so the order says nothing about who answered first.
    comments.sort();
    PulsePicture {
        responses: n,
        dimensions,
        statements,
        comments,
    }
}

impl TeamFigures {
    /// The figures of a team pulse's picture for the 180's dimensions;
    /// `None` below the minimum group or when no dimension matches.
    pub fn of(picture: &PulsePicture, instrument: &Instrument) -> Option<TeamFigures> {
        if !picture.shown() {
            return None;
        }
        let means: Vec<Option<u8>> = instrument
            .dimensions
            .iter()
            .map(|d| {
                picture
                    .dimensions
                    .iter()
                    .find(|row| row.id == d.id)
                    .and_then(|row| row.figures.mean)
                    .map(|m| (format::round1(m) * 10.0).round() as u8)
            })
            .collect();
        means.iter().any(Option::is_some).then(|| TeamFigures {
            responses: u8::try_from(picture.responses).unwrap_or(u8::MAX),
            means,
        })
    }

    /// The team's mean for dimension `i`, on the 1–5 scale.
    pub fn mean(&self, i: usize) -> Option<f64> {
        self.means
            .get(i)
            .copied()
            .flatten()
            .map(|t| f64::from(t) / 10.0)
    }

    /// Whether the figures are ones a code could carry for `instrument`.
    pub fn valid_for(&self, instrument: &Instrument) -> bool {
        usize::from(self.responses) >= MIN_GROUP
            && self.means.len() == instrument.dimensions.len()
            && self.means.iter().any(Option::is_some)
            && self.means.iter().flatten().all(|t| (10..=50).contains(t))
    }
}

/// The picture of a pulse's gathered answers.
impl Pulse {
    /// The team's picture (nothing below the minimum group).
    pub fn picture(&self) -> Option<PulsePicture> {
        Some(pulse_picture(self.statements()?, &self.responses()))
    }
}
