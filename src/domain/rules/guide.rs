//! The coaching conversation guide: questions for the one-on-one, built from
//! the largest gaps and any priority mismatch, organised by the four stages
//! of the source texts, opening with their three coaching questions.

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
    pub fn name(self) -> &'static str {
        match self {
            Stage::ClarifyConnect => "Clarify & Connect",
            Stage::CommunicateCascade => "Communicate & Cascade",
            Stage::EmpowerExecute => "Empower & Execute",
            Stage::ReflectReinforce => "Reflect & Reinforce",
        }
    }

    /// What the stage is for, in one sentence.
    pub fn purpose(self) -> &'static str {
        match self {
            Stage::ClarifyConnect => {
                "Agree what good looks like and how it connects to the team's priorities."
            }
            Stage::CommunicateCascade => {
                "Hear each other's view of the differences before deciding anything."
            }
            Stage::EmpowerExecute => {
                "Agree a few concrete actions, who owns them, and what support is needed."
            }
            Stage::ReflectReinforce => {
                "Decide how you will notice progress and when you will look again."
            }
        }
    }
}

/// The three coaching questions from the source texts that frame the conversation.
pub const COACHING_QUESTIONS: [&str; 3] = [
    "What does success look like in this role today?",
    "Where are we aligned — or misaligned — on leadership expectations?",
    "What behaviours will have the greatest impact on the team and the organisation?",
];

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

fn quoted(text: &str) -> String {
    format!("“{text}”")
}

/// A behaviour in a question: its letter if it is a topic (its text is in
/// the topic list), else its text in quotes.
fn mention(text: &str, topics: &[Topic]) -> String {
    topics
        .iter()
        .find_map(|t| match t {
            Topic::Gap { letter, gap } if gap.text == text => Some(format!("{letter}")),
            _ => None,
        })
        .unwrap_or_else(|| quoted(text))
}

fn list(texts: &[String], topics: &[Topic]) -> String {
    texts
        .iter()
        .map(|t| mention(t, topics))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Letters joined for a sentence: "A", "A and B", "A, B and C".
fn letters(gaps: &[(char, &ItemGap)]) -> String {
    let names: Vec<String> = gaps.iter().map(|(l, _)| l.to_string()).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// Builds the guide: the largest gaps each way as lettered topics (each
/// behaviour's text appears once, in the topic list; the stages refer to
/// its letter), any priority mismatch, and per stage its coaching question
/// and the questions the topics raise.
pub fn build_guide(
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
    let word = |score: u8| {
        instrument
            .scale_word(score)
            .unwrap_or_default()
            .to_lowercase()
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

    let mut clarify = vec![COACHING_QUESTIONS[0].to_string()];
    if !gaps.is_empty() {
        clarify.push(format!(
            "Of {}, which matters most for the team's priorities this cycle, and what would it look like on a good week?",
            letters(&gaps)
        ));
    }
    if mismatch {
        clarify.push("Which of the priorities you each chose connects most directly to the organisation's strategy this cycle?".to_string());
    }

    let mut communicate = vec![COACHING_QUESTIONS[1].to_string()];
    for (letter, g) in &gaps {
        communicate.push(match g.label {
            GapLabel::BlindSpot => format!(
                "{letter}: {l} rated it {} ({}), {m} {} ({}). What has {m} seen, or not seen, that explains the difference?",
                g.leader, word(g.leader), g.manager, word(g.manager)
            ),
            GapLabel::HiddenStrength => format!(
                "{letter}: {m} sees it more often than {l} does ({} against {}). What does {m} notice that {l} may be discounting?",
                g.manager, g.leader
            ),
            _ => format!(
                "{letter}: you rate it one point apart ({l} {}, {m} {}). What would each of you need to see to agree?",
                g.leader, g.manager
            ),
        });
    }
    if mismatch {
        let mut parts = Vec::new();
        if !leader_only.is_empty() {
            parts.push(format!("only {l} chose {}", list(&leader_only, &topics)));
        }
        if !manager_only.is_empty() {
            parts.push(format!("only {m} chose {}", list(&manager_only, &topics)));
        }
        communicate.push(format!(
            "Your priorities differ: {}. What makes each of these matter to you?",
            parts.join("; ")
        ));
    }

    let mut empower = vec![COACHING_QUESTIONS[2].to_string()];
    if !self_higher.is_empty() {
        empower.push(format!(
            "For {}: what one action in the next month would make it visible to {m}, and what support does {l} need?",
            letters(&self_higher)
        ));
    }
    if !manager_higher.is_empty() {
        empower.push(format!(
            "For {}: how could {l} use this strength more deliberately, for example by coaching others in it?",
            letters(&manager_higher)
        ));
    }
    if mismatch {
        empower.push(format!(
            "Which one or two priorities will you both commit to this cycle, and what will {m} do to support them?"
        ));
    }

    let mut reflect = Vec::new();
    if !gaps.is_empty() {
        reflect.push(format!(
            "When will you next check in on {}, and what evidence will you look for?",
            letters(&gaps)
        ));
    }
    if mismatch {
        reflect.push("How will you know, by the next cycle, that the agreed priorities got the attention they needed?".to_string());
    }
    reflect.push(
        "Repeat this 180 next cycle, with the same questions, to see what moved.".to_string(),
    );

    let stages = Stage::ALL
        .iter()
        .zip([clarify, communicate, empower, reflect])
        .map(|(&stage, questions)| StageGuide { stage, questions })
        .collect();
    Guide { topics, stages }
}
