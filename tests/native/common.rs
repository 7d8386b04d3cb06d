//! Shared builders and proptest strategies for the native suites.
#![allow(dead_code)]

use align180::domain::base::ids::id_from_random;
use align180::domain::base::language::Language;
use align180::domain::base::messages::Messages;
use align180::domain::base::rating::Rating;
use align180::domain::base::text::{clean_label, clean_reflection};
use align180::domain::records::assessment::Assessment;
use align180::domain::records::assessment::Remote;
use align180::domain::records::response::Response;
use align180::domain::rules::questionnaire::Step;
use align180::domain::sets::instrument::Instrument;
use proptest::prelude::*;
use std::collections::BTreeMap;

/// The built-in SPARC 180, which most suites test against.
pub fn sparc() -> &'static Instrument {
    Instrument::sparc_180()
}

/// Any answer, or no answer at all.
pub fn maybe_rating() -> impl Strategy<Value = Option<Rating>> {
    prop_oneof![
        Just(None),
        Just(Some(Rating::NotObserved)),
        (1u8..=5).prop_map(|s| Some(Rating::Score(s))),
    ]
}

/// A response to the built-in instrument with any mix of answers,
/// priorities and reflections (including hostile text).
pub fn any_response() -> impl Strategy<Value = Response> {
    let instrument = Instrument::sparc_180();
    let ids: Vec<String> = instrument.items().map(|(_, i)| i.id.clone()).collect();
    let n = ids.len();
    (
        proptest::collection::vec(maybe_rating(), n),
        proptest::collection::vec(0..n, 0..=3),
        proptest::collection::btree_map(0..instrument.reflections.len(), ".{0,40}", 0..3),
        proptest::option::of(0u64..4_000_000_000_000),
        proptest::option::of(0..instrument.dimensions.len() + 3),
    )
        .prop_map(
            move |(ratings, prio, reflections, submitted_at, last_step)| {
                // As the forms keep them: reflections to the set's questions,
                // cleaned, none empty; the step one of the questionnaire's.
                let reflections: BTreeMap<String, String> = reflections
                    .into_iter()
                    .map(|(i, text)| {
                        (
                            instrument.reflections[i].id.clone(),
                            clean_reflection(&text),
                        )
                    })
                    .filter(|(_, t)| !t.trim().is_empty())
                    .collect();
                let steps = Step::all(instrument);
                let last_step = last_step
                    .and_then(|i| steps.get(i))
                    .map(|s| s.slug(instrument));
                let ratings: BTreeMap<String, Rating> = ids
                    .iter()
                    .zip(ratings)
                    .filter_map(|(id, r)| r.map(|r| (id.clone(), r)))
                    .collect();
                let mut priorities: Vec<String> = Vec::new();
                for i in prio {
                    if !priorities.contains(&ids[i]) {
                        priorities.push(ids[i].clone());
                    }
                }
                Response {
                    ratings,
                    priorities,
                    reflections,
                    last_step,
                    submitted_at,
                }
            },
        )
}

/// Any assessment on the built-in instrument, as the forms make them: a
/// well-formed id, cleaned names.
pub fn any_assessment() -> impl Strategy<Value = Assessment> {
    (
        any::<[u8; 16]>().prop_map(|b| id_from_random(&b)),
        ".{1,40}"
            .prop_map(|t| clean_label(&t))
            .prop_filter("a name", |t| !t.is_empty()),
        proptest::option::of(
            ".{0,40}"
                .prop_map(|t| clean_label(&t))
                .prop_filter("a name", |t| !t.is_empty()),
        ),
        proptest::option::of(
            ".{0,20}"
                .prop_map(|t| clean_label(&t))
                .prop_filter("a label", |t| !t.is_empty()),
        ),
        0u64..4_000_000_000_000,
        any_response(),
        proptest::option::of(any_response()),
        proptest::option::of((any::<bool>(), any::<u32>())),
    )
        .prop_map(
            |(id, leader, manager, cycle, created_at, lr, mr, remote)| Assessment {
                id,
                instrument: Instrument::sparc_180().reference(),
                leader,
                manager,
                cycle,
                created_at,
                leader_response: lr,
                manager_response: mr,
                commitments: Vec::new(),
                previous_cycle: None,
                cohort: None,
                remote: remote.map(|(inviting, nonce)| {
                    if inviting {
                        Remote::Inviting { nonce }
                    } else {
                        Remote::Answering { nonce }
                    }
                }),
            },
        )
}

/// Every English message (a complete table, as the browser has once all
/// of it has downloaded).
pub fn en() -> &'static Messages {
    words(Language::En)
}

/// Every message of `language`, kept for the whole test run.
pub fn words(language: Language) -> &'static Messages {
    use std::sync::OnceLock;
    static TABLES: [OnceLock<Messages>; 4] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    let i = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0);
    TABLES[i].get_or_init(|| Messages::complete(language))
}
