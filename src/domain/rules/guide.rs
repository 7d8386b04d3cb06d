//! The coaching conversation guide: questions for the one-on-one, built from
//! the largest gaps and any priority mismatch, organised by the four stages
//! of the source texts, opening with their three coaching questions.

use crate::domain::base::messages::Messages;
use crate::domain::base::thresholds::GUIDE_TOPICS_EACH_WAY;
use crate::domain::records::response::Response;
use crate::domain::rules::comparison::{Comparison, GapLabel, ItemGap};
use crate::domain::sets::instrument::Instrument;

/// The four stages of a coaching conversation, from strategy to execution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Build a shared picture of success.
    ClarifyConnect,
    /// Understand each other's view.
    CommunicateCascade,
    /// Agree what to do.
    EmpowerExecute,
    /// Plan the follow-through.
    ReflectReinforce,
}

impl Stage {
    /// The stages in conversation order.
    pub const ALL: [Stage; 4] = [
        Stage::ClarifyConnect,
        Stage::CommunicateCascade,
        Stage::EmpowerExecute,
        Stage::ReflectReinforce,
    ];

    /// The stage's name.
    pub fn name(self, words: &Messages) -> &'static str {
        match self {
            Stage::ClarifyConnect => words.guide_stage_clarify(),
            Stage::CommunicateCascade => words.guide_stage_communicate(),
            Stage::EmpowerExecute => words.guide_stage_empower(),
            Stage::ReflectReinforce => words.guide_stage_reflect(),
        }
    }

    /// What the stage is for, in one sentence.
    pub fn purpose(self, words: &Messages) -> &'static str {
        match self {
            Stage::ClarifyConnect => words.guide_purpose_clarify(),
            Stage::CommunicateCascade => words.guide_purpose_communicate(),
            Stage::EmpowerExecute => words.guide_purpose_empower(),
            Stage::ReflectReinforce => words.guide_purpose_reflect(),
        }
    }
}

/// The three coaching questions from the source texts that frame the
/// conversation, in the stages' order.
pub fn coaching_questions(words: &Messages) -> [&'static str; 3] {
    [
        words.guide_question_success(),
        words.guide_question_alignment(),
        words.guide_question_impact(),
    ]
}

/// Something worth discussing.
#[derive(Clone, Debug, PartialEq)]
pub enum Topic {
    /// One of the largest item gaps, with the letter the questions use for it.
    Gap {
        /// "A", "B", …: how the stages refer to it, so its text is printed once.
        letter: char,
        /// The behaviour and both ratings.
        gap: ItemGap,
    },
    /// The two chose different priorities.
    PriorityMismatch {
        /// Behaviours only the leader chose.
        leader_only: Vec<String>,
        /// Behaviours only the manager chose.
        manager_only: Vec<String>,
    },
}

/// One stage's part of the guide.
#[derive(Clone, Debug, PartialEq)]
pub struct StageGuide {
    /// The stage.
    pub stage: Stage,
    /// Its questions, the framing question first.
    pub questions: Vec<String>,
}

/// The whole guide.
#[derive(Clone, Debug, PartialEq)]
pub struct Guide {
    /// What the guide discusses: the largest gaps each way, then any
    /// priority mismatch.
    pub topics: Vec<Topic>,
    /// The four stages in order.
    pub stages: Vec<StageGuide>,
}

/// The names the questions use.
pub struct Names<'a> {
    /// The leader's name.
    pub leader: &'a str,
    /// The manager's name, or a stand-in such as "your manager".
    pub manager: &'a str,
}

/// The largest gaps in each direction: up to `each_way` items the leader
/// rates higher (largest first), and up to `each_way` the manager rates
/// higher, each at least one point; ties keep the order asked. Both
/// directions count: a hidden strength as large as a blind spot is listed too.
pub fn largest_gaps_each_way(
    comparison: &Comparison,
    each_way: usize,
) -> (Vec<ItemGap>, Vec<ItemGap>) {
    let mut self_higher: Vec<&ItemGap> = comparison.items.iter().filter(|i| i.gap > 0).collect();
    self_higher.sort_by_key(|i| std::cmp::Reverse(i.gap));
    let mut manager_higher: Vec<&ItemGap> = comparison.items.iter().filter(|i| i.gap < 0).collect();
    manager_higher.sort_by_key(|i| i.gap);
    (
        self_higher.into_iter().take(each_way).cloned().collect(),
        manager_higher.into_iter().take(each_way).cloned().collect(),
    )
}

/// The gaps the guide and the action plan discuss: the largest each way,
/// larger first (self-higher before manager-higher on a tie).
pub fn largest_gaps(comparison: &Comparison) -> Vec<ItemGap> {
    let (up, down) = largest_gaps_each_way(comparison, GUIDE_TOPICS_EACH_WAY);
    let mut all: Vec<ItemGap> = up.into_iter().chain(down).collect();
    all.sort_by_key(|i| {
        (
            std::cmp::Reverse(i.gap.unsigned_abs()),
            std::cmp::Reverse(i.gap),
        )
    });
    all
}

/// A behaviour in a question: its letter if it is a topic (its text is in
/// the topic list), else its text in quotes.
fn mention(words: &Messages, text: &str, topics: &[Topic]) -> String {
    topics
        .iter()
        .find_map(|t| match t {
            Topic::Gap { letter, gap } if gap.text == text => Some(format!("{letter}")),
            _ => None,
        })
        .unwrap_or_else(|| words.guide_quoted(&text))
}

fn list(words: &Messages, texts: &[String], topics: &[Topic]) -> String {
    texts
        .iter()
        .map(|t| mention(words, t, topics))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Letters joined for a sentence: "A", "A and B", "A, B and C".
fn letters(words: &Messages, gaps: &[(char, &ItemGap)]) -> String {
    let names: Vec<String> = gaps.iter().map(|(l, _)| l.to_string()).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => words.guide_letters_and(&rest.join(", "), last),
    }
}

/// Builds the guide: the largest gaps each way as lettered topics (each
/// behaviour's text appears once, in the topic list; the stages refer to
/// its letter), any priority mismatch, and per stage its coaching question
/// and the questions the topics raise, in `words`.
pub fn build_guide(
    words: &Messages,
    instrument: &Instrument,
    comparison: &Comparison,
    leader: &Response,
    manager: &Response,
    names: &Names,
) -> Guide {
    let mut topics: Vec<Topic> = largest_gaps(comparison)
        .into_iter()
        .zip('A'..='Z')
        .map(|(gap, letter)| Topic::Gap { letter, gap })
        .collect();
    let text_of = |id: &String| instrument.item(id).map(|(_, i)| i.text.clone());
    let leader_only: Vec<String> = leader
        .priorities
        .iter()
        .filter(|p| !manager.is_priority(p))
        .filter_map(text_of)
        .collect();
    let manager_only: Vec<String> = manager
        .priorities
        .iter()
        .filter(|p| !leader.is_priority(p))
        .filter_map(text_of)
        .collect();
    let mismatch = !leader_only.is_empty() || !manager_only.is_empty();
    if mismatch {
        topics.push(Topic::PriorityMismatch {
            leader_only: leader_only.clone(),
            manager_only: manager_only.clone(),
        });
    }
    let rated = |score: u8| {
        let word = instrument
            .scale_word(score)
            .unwrap_or_default()
            .to_lowercase();
        words.guide_rating_word(&score, &word)
    };
    let (l, m) = (names.leader, names.manager);
    let gaps: Vec<(char, &ItemGap)> = topics
        .iter()
        .filter_map(|t| match t {
            Topic::Gap { letter, gap } => Some((*letter, gap)),
            _ => None,
        })
        .collect();
    let self_higher: Vec<(char, &ItemGap)> =
        gaps.iter().copied().filter(|(_, g)| g.gap > 0).collect();
    let manager_higher: Vec<(char, &ItemGap)> =
        gaps.iter().copied().filter(|(_, g)| g.gap < 0).collect();

    let [success, alignment, impact] = coaching_questions(words);
    let mut clarify = vec![success.to_string()];
    if !gaps.is_empty() {
        clarify.push(words.guide_matters_most(&letters(words, &gaps)));
    }
    if mismatch {
        clarify.push(words.guide_priorities_strategy().to_string());
    }

    let mut communicate = vec![alignment.to_string()];
    for (letter, g) in &gaps {
        communicate.push(match g.label {
            GapLabel::BlindSpot => {
                words.guide_blind_spot(letter, &l, &rated(g.leader), &m, &rated(g.manager))
            }
            GapLabel::HiddenStrength => {
                words.guide_hidden_strength(letter, &m, &l, &g.manager, &g.leader)
            }
            _ => words.guide_one_apart(letter, &l, &g.leader, &m, &g.manager),
        });
    }
    if mismatch {
        let (mine, theirs) = (
            list(words, &leader_only, &topics),
            list(words, &manager_only, &topics),
        );
        communicate.push(match (leader_only.is_empty(), manager_only.is_empty()) {
            (false, false) => words.guide_priorities_differ_both(&l, &mine, &m, &theirs),
            (false, true) => words.guide_priorities_differ_leader(&l, &mine),
            _ => words.guide_priorities_differ_manager(&m, &theirs),
        });
    }

    let mut empower = vec![impact.to_string()];
    if !self_higher.is_empty() {
        empower.push(words.guide_make_visible(&letters(words, &self_higher), &m, &l));
    }
    if !manager_higher.is_empty() {
        empower.push(words.guide_use_strength(&letters(words, &manager_higher), &l));
    }
    if mismatch {
        empower.push(words.guide_commit_priorities(&m));
    }

    let mut reflect = Vec::new();
    if !gaps.is_empty() {
        reflect.push(words.guide_check_in(&letters(words, &gaps)));
    }
    if mismatch {
        reflect.push(words.guide_priorities_attention().to_string());
    }
    reflect.push(words.guide_repeat().to_string());

    let stages = Stage::ALL
        .iter()
        .zip([clarify, communicate, empower, reflect])
        .map(|(&stage, questions)| StageGuide { stage, questions })
        .collect();
    Guide { topics, stages }
}
