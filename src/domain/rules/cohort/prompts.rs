//! Discussion prompts for the group, one per coaching stage, drawn from the
//! cohort's picture: where it rates itself lowest and highest, where leaders
//! and managers see things most differently, and what most people chose to
//! work on. Prompts that would need item detail fall back to dimensions
//! when the group is below the minimum size.

use crate::domain::rules::cohort::aggregate::Picture;
use crate::domain::rules::guide::Stage;

/// One prompt for the group.
#[derive(Clone, Debug, PartialEq)]
pub struct Prompt {
    /// The coaching stage it belongs to.
    pub stage: Stage,
    /// The question to put to the room.
    pub text: String,
}

use crate::domain::base::format::score as one_decimal;

/// The prompts, in stage order. Empty when nobody has shared yet.
pub fn discussion_prompts(picture: &Picture) -> Vec<Prompt> {
    let medians: Vec<(&str, f64)> = picture
        .dimensions
        .iter()
        .filter_map(|d| d.leader.map(|s| (d.name.as_str(), s.median)))
        .collect();
    if picture.participants == 0 || medians.is_empty() {
        return Vec::new();
    }
    let lowest = medians
        .iter()
        .copied()
        .fold(medians[0], |a, b| if b.1 < a.1 { b } else { a });
    let highest = medians
        .iter()
        .copied()
        .fold(medians[0], |a, b| if b.1 > a.1 { b } else { a });
    // When every dimension has the same median there is no lowest or
    // highest: say so rather than name one dimension as both.
    let level = lowest.1 == highest.1;
    let mut prompts = vec![Prompt {
        stage: Stage::ClarifyConnect,
        text: if level {
            format!(
                "As a group you rate yourselves alike on every dimension (median {}). Which dimension matters most for your organisation's priorities now, and what would good look like in it in your roles today?",
                one_decimal(lowest.1)
            )
        } else {
            format!(
                "As a group you rate yourselves lowest on {} (median {}). What would good look like in {} in your roles today, and how does it connect to your organisation's priorities?",
                lowest.0,
                one_decimal(lowest.1),
                lowest.0.to_lowercase()
            )
        },
    }];
    let cascade = match picture.widest_gaps().first() {
        Some(item) => {
            let gap = item.mean_gap.unwrap_or(0.0);
            let who = if gap >= 0.0 {
                "leaders rate themselves higher than their managers do"
            } else {
                "managers rate their leaders higher than the leaders rate themselves"
            };
            format!(
                "The widest difference of view is on “{}”: on average {who} (by {} points). Why might the two views differ, and how could you talk about it with your manager?",
                item.text,
                one_decimal(gap.abs())
            )
        }
        None => {
            let spread = picture
                .dimensions
                .iter()
                .filter_map(|d| d.leader.map(|s| (d.name.as_str(), s.q3 - s.q1)))
                .fold(None::<(&str, f64)>, |best, d| match best {
                    Some(b) if b.1 >= d.1 => Some(b),
                    _ => Some(d),
                });
            match spread {
                Some((name, _)) => format!(
                    "Your self-ratings vary most on {name}. What do those who rate themselves higher do differently, and how would your managers see it?"
                ),
                None => "Where do you expect your manager's view of your leadership to differ most from your own?".to_string(),
            }
        }
    };
    prompts.push(Prompt {
        stage: Stage::CommunicateCascade,
        text: cascade,
    });
    let most = picture.most_chosen();
    let execute = match most.as_slice() {
        [] => "Which one behaviour would make the greatest difference to your team in the coming cycle, and what is the first concrete step?".to_string(),
        [item] => format!(
            "“{}” is the behaviour chosen most often as a priority ({} times). What one concrete action could each of you take on it in the next month, and what support would you need?",
            item.text,
            item.leader_priority + item.manager_priority
        ),
        tied => {
            // A tie is said as one: none of them is called the top.
            let names: Vec<String> = tied.iter().map(|i| format!("“{}”", i.text)).collect();
            let (last, rest) = names.split_last().map_or(("", &[][..]), |(l, r)| (l.as_str(), r));
            format!(
                "{} behaviours were chosen equally often as priorities ({} times each): {} and {}. Which one would you act on first in the next month, and what support would you need?",
                count_word(tied.len()),
                tied[0].leader_priority + tied[0].manager_priority,
                rest.join(", "),
                last
            )
        }
    };
    prompts.push(Prompt {
        stage: Stage::EmpowerExecute,
        text: execute,
    });
    prompts.push(Prompt {
        stage: Stage::ReflectReinforce,
        text: if level {
            "Which of your strengths will you protect when priorities shift, and when will you look at your ratings again?".to_string()
        } else {
            format!(
                "You rate yourselves highest on {} (median {}). How will you keep that strength when priorities shift, and when will you look at your ratings again?",
                highest.0,
                one_decimal(highest.1)
            )
        },
    });
    prompts
}

/// A small count as a word at the start of a sentence ("Three").
fn count_word(n: usize) -> String {
    const WORDS: [&str; 9] = [
        "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    ];
    n.checked_sub(2)
        .and_then(|i| WORDS.get(i))
        .map_or_else(|| n.to_string(), |w| (*w).to_string())
}
