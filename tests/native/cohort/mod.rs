//! Cohorts, by concern: the picture, the codes and gathering, the stored
//! form and the slides. The hand-made cohorts and strategies they share are
//! here.

mod codes;
mod picture;
mod slides;
mod stored;

use crate::common::sparc;
use align180::domain::base::ids::id_from_random;
use align180::domain::base::rating::Rating;
use align180::domain::base::thresholds::MIN_GROUP;
use align180::domain::formats::cohort_code::{code_for, CodeError};
use align180::domain::formats::files::merge;
use align180::domain::formats::files::{cohort_code_file, export_all, read_file, FileContent};
use align180::domain::formats::gathering::{tally, Gathers, Outcome};
use align180::domain::formats::share::cohort::{CohortCode, CohortLink};
use align180::domain::formats::share::invitation::Invitation;
use align180::domain::formats::stored::StoredRecord;
use align180::domain::records::assessment::Assessment;
use align180::domain::records::cohort::{AnonymousAnswers, TeamFigures};
use align180::domain::records::cohort::{Cohort, Membership, Participant};
use align180::domain::records::held::Held;
use align180::domain::rules::cohort::aggregate::{picture, summarize, Summary};
use align180::domain::rules::cohort::prompts::discussion_prompts;
use align180::domain::rules::cohort::table::cohort_csv;
use align180::domain::rules::guide::Stage;
use proptest::prelude::*;
use std::collections::BTreeMap;

fn item_ids() -> Vec<String> {
    sparc().items().map(|(_, i)| i.id.clone()).collect()
}

const COHORT_ID: &str = "abcdefghijkmnpqr";

fn cohort() -> Cohort {
    Cohort::new(COHORT_ID.into(), "Directors, Spring 2027", sparc(), 77, 1).expect("named")
}

/// Every item rated `score`, with `overrides` (item index → rating) applied.
fn answers(score: u8, overrides: &[(usize, Rating)], priorities: &[usize]) -> AnonymousAnswers {
    let ids = item_ids();
    let mut ratings: BTreeMap<String, Rating> = ids
        .iter()
        .map(|id| (id.clone(), Rating::Score(score)))
        .collect();
    for (i, r) in overrides {
        ratings.insert(ids[*i].clone(), *r);
    }
    AnonymousAnswers {
        ratings,
        priorities: priorities.iter().map(|i| ids[*i].clone()).collect(),
    }
}

fn participant(
    token: u32,
    leader: AnonymousAnswers,
    manager: Option<AnonymousAnswers>,
) -> Participant {
    Participant {
        token,
        leader,
        manager,
        team: None,
    }
}

fn any_answers() -> impl Strategy<Value = AnonymousAnswers> {
    crate::common::any_response().prop_map(|r| AnonymousAnswers::of(&r))
}

fn any_participants() -> impl Strategy<Value = Vec<Participant>> {
    proptest::collection::vec(
        (
            any::<u32>(),
            any_answers(),
            proptest::option::of(any_answers()),
        ),
        0..25,
    )
    .prop_map(|v| {
        v.into_iter()
            .map(|(t, l, m)| participant(t, l, m))
            .collect()
    })
}

/// Three participants who rate every behaviour 3, without managers (a
/// picture every figure of which is known: 3.0).
pub(crate) fn three_alike_picture() -> align180::domain::rules::cohort::aggregate::Picture {
    let people: Vec<Participant> = (0..3)
        .map(|t| participant(t, answers(3, &[], &[]), None))
        .collect();
    picture(sparc(), &people)
}
