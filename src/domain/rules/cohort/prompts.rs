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

use crate::domain::base::format::score;
use crate::domain::base::messages::Messages;

/// The prompts, in stage order. Empty when nobody has shared yet.
pub fn discussion_prompts(words: &Messages, picture: &Picture) -> Vec<Prompt> {
    let one_decimal = |value: f64| score(words.language(), value);
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
            words.prompt_all_alike(&one_decimal(lowest.1))
        } else {
            words.prompt_lowest(&lowest.0, &one_decimal(lowest.1), &lowest.0.to_lowercase())
        },
    }];
    let cascade = match picture.widest_gaps().first() {
        Some(item) => {
            let gap = item.mean_gap.unwrap_or(0.0);
            let who = if gap >= 0.0 {
                words.prompt_leaders_higher()
            } else {
                words.prompt_managers_higher()
            };
            words.prompt_widest_gap(&item.text, &who, &one_decimal(gap.abs()))
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
                Some((name, _)) => words.prompt_most_varied(&name),
                None => words.prompt_expect_differ().to_string(),
            }
        }
    };
    prompts.push(Prompt {
        stage: Stage::CommunicateCascade,
        text: cascade,
    });
    let most = picture.most_chosen();
    let execute = match most.as_slice() {
        [] => words.prompt_no_priority().to_string(),
        [item] => {
            words.prompt_one_priority(&item.text, &(item.leader_priority + item.manager_priority))
        }
        tied => {
            // A tie is said as one: none of them is called the top.
            let names: Vec<String> = tied.iter().map(|i| format!("“{}”", i.text)).collect();
            let (last, rest) = names
                .split_last()
                .map_or(("", &[][..]), |(l, r)| (l.as_str(), r));
            words.prompt_tied_priorities(
                &tied.len(),
                &(tied[0].leader_priority + tied[0].manager_priority),
                &words.prompt_list_and(&rest.join(", "), &last),
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
            words.prompt_protect_strengths().to_string()
        } else {
            words.prompt_highest(&highest.0, &one_decimal(highest.1))
        },
    });
    prompts
}
