//! The coaching conversation guide: questions for the one-on-one, built from
//! the largest gaps and any priority mismatch, organised by the four stages
//! of the source texts, opening with their three coaching questions.

use crate::domain::comparison::{Comparison, GapLabel, ItemGap};
use crate::domain::instrument::Instrument;
use crate::domain::response::Response;
use crate::domain::thresholds::GUIDE_TOPICS;

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
    /// One of the largest item gaps.
    Gap(ItemGap),
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
    /// Its questions, general first, then one per topic.
    pub questions: Vec<String>,
}

/// The whole guide.
#[derive(Clone, Debug, PartialEq)]
pub struct Guide {
    /// What the guide discusses, most important first.
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

/// Picks up to [`GUIDE_TOPICS`] items with the largest gaps (at least one
/// point), larger gaps first, blind spots before hidden strengths, then the
/// order asked.
pub fn largest_gaps(comparison: &Comparison) -> Vec<ItemGap> {
    let mut gaps: Vec<&ItemGap> = comparison.items.iter().filter(|i| i.gap != 0).collect();
    gaps.sort_by_key(|i| {
        (
            std::cmp::Reverse(i.gap.unsigned_abs()),
            std::cmp::Reverse(i.gap),
        )
    });
    gaps.into_iter().take(GUIDE_TOPICS).cloned().collect()
}

fn quoted(text: &str) -> String {
    format!("“{text}”")
}

fn list(texts: &[String]) -> String {
    texts
        .iter()
        .map(|t| quoted(t))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Builds the guide.
pub fn build_guide(
    instrument: &Instrument,
    comparison: &Comparison,
    leader: &Response,
    manager: &Response,
    names: &Names,
) -> Guide {
    let mut topics: Vec<Topic> = largest_gaps(comparison)
        .into_iter()
        .map(Topic::Gap)
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
    if !leader_only.is_empty() || !manager_only.is_empty() {
        topics.push(Topic::PriorityMismatch {
            leader_only,
            manager_only,
        });
    }
    let word = |score: u8| {
        instrument
            .scale_word(score)
            .unwrap_or_default()
            .to_lowercase()
    };
    let (l, m) = (names.leader, names.manager);

    let stages = Stage::ALL
        .iter()
        .map(|&stage| {
            let mut questions: Vec<String> = match stage {
                Stage::ClarifyConnect => vec![COACHING_QUESTIONS[0].to_string()],
                Stage::CommunicateCascade => vec![COACHING_QUESTIONS[1].to_string()],
                Stage::EmpowerExecute => vec![COACHING_QUESTIONS[2].to_string()],
                Stage::ReflectReinforce => vec![],
            };
            for topic in &topics {
                let q = match (stage, topic) {
                    (Stage::ClarifyConnect, Topic::Gap(g)) => format!(
                        "What would {} look like on a good week in {l}'s team?",
                        quoted(&g.text)
                    ),
                    (Stage::ClarifyConnect, Topic::PriorityMismatch { .. }) => {
                        "Which of the priorities you each chose connects most directly to the organisation's strategy this cycle?".to_string()
                    }
                    (Stage::CommunicateCascade, Topic::Gap(g)) => match g.label {
                        GapLabel::BlindSpot => format!(
                            "{l} rated {} {} ({}); {m} rated it {} ({}). What has {m} seen, or not seen, that explains the difference?",
                            quoted(&g.text), g.leader, word(g.leader), g.manager, word(g.manager)
                        ),
                        GapLabel::HiddenStrength => format!(
                            "{m} sees {} more often than {l} does ({} against {}). What does {m} notice that {l} may be discounting?",
                            quoted(&g.text), g.manager, g.leader
                        ),
                        _ => format!(
                            "You rate {} one point apart ({l} {}, {m} {}). What would each of you need to see to agree?",
                            quoted(&g.text), g.leader, g.manager
                        ),
                    },
                    (Stage::CommunicateCascade, Topic::PriorityMismatch { leader_only, manager_only }) => {
                        let mut parts = Vec::new();
                        if !leader_only.is_empty() {
                            parts.push(format!("only {l} chose {}", list(leader_only)));
                        }
                        if !manager_only.is_empty() {
                            parts.push(format!("only {m} chose {}", list(manager_only)));
                        }
                        format!(
                            "Your priorities differ: {}. What makes each of these matter to you?",
                            parts.join("; ")
                        )
                    }
                    (Stage::EmpowerExecute, Topic::Gap(g)) => match g.label {
                        GapLabel::HiddenStrength => format!(
                            "How could {l} use {} more deliberately, for example by coaching others in it?",
                            quoted(&g.text)
                        ),
                        _ => format!(
                            "What one action in the next month would make {} visible to {m}, and what support does {l} need?",
                            quoted(&g.text)
                        ),
                    },
                    (Stage::EmpowerExecute, Topic::PriorityMismatch { .. }) => format!(
                        "Which one or two priorities will you both commit to this cycle, and what will {m} do to support them?"
                    ),
                    (Stage::ReflectReinforce, Topic::Gap(g)) => format!(
                        "When will you next check in on {}, and what evidence will you look for?",
                        quoted(&g.text)
                    ),
                    (Stage::ReflectReinforce, Topic::PriorityMismatch { .. }) => {
                        "How will you know, by the next cycle, that the agreed priorities got the attention they needed?".to_string()
                    }
                };
                questions.push(q);
            }
            if stage == Stage::ReflectReinforce {
                questions.push(
                    "Repeat this 180 next cycle, with the same questions, to see what moved.".to_string(),
                );
            }
            StageGuide { stage, questions }
        })
        .collect();

    Guide { topics, stages }
}
