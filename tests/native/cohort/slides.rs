//! The cohort's slides: the deck for each cohort and the keys.

use super::*;
use align180::domain::rules::cohort::slides::{after, deck, withheld_sentence, Slide, Step};

fn five_dimensions() -> Vec<Slide> {
    (0..5).map(Slide::Heatmap).collect()
}

#[test]
fn an_empty_cohort_is_one_welcome_slide() {
    assert_eq!(deck(&picture(sparc(), &[])), vec![Slide::Welcome]);
}

#[test]
fn below_the_minimum_group_one_sentence_replaces_the_detail() {
    let people = vec![
        participant(1, answers(4, &[], &[0]), Some(answers(3, &[], &[]))),
        participant(2, answers(2, &[], &[0]), None),
    ];
    let p = picture(sparc(), &people);
    let slides = deck(&p);
    assert_eq!(
        slides,
        vec![
            Slide::Welcome,
            Slide::Spread,
            Slide::DetailWithheld,
            Slide::Prompts
        ]
    );
    let sentence =
        withheld_sentence(crate::common::en(), Slide::DetailWithheld, &p).expect("a sentence");
    assert!(
        sentence.contains(&format!("at least {MIN_GROUP}")),
        "{sentence}"
    );
    assert!(sentence.contains("(2 so far)"), "{sentence}");
    assert_eq!(
        withheld_sentence(crate::common::en(), Slide::Spread, &p),
        None
    );
}

#[test]
fn a_full_cohort_has_one_heatmap_slide_per_dimension() {
    let people: Vec<Participant> = (1..=3)
        .map(|t| {
            participant(
                t,
                answers(4, &[], &[1]),
                Some(answers(2 + t as u8 % 2, &[], &[])),
            )
        })
        .collect();
    let slides = deck(&picture(sparc(), &people));
    let mut expected = vec![Slide::Welcome, Slide::Spread, Slide::Gaps];
    expected.extend(five_dimensions());
    expected.extend([Slide::Priorities, Slide::Prompts]);
    assert_eq!(slides, expected);
}

#[test]
fn no_managers_no_gap_slide_and_too_few_pairs_say_so() {
    let alone: Vec<Participant> = (1..=3)
        .map(|t| participant(t, answers(4, &[], &[]), None))
        .collect();
    let slides = deck(&picture(sparc(), &alone));
    assert!(!slides.contains(&Slide::Gaps) && !slides.contains(&Slide::GapsWithheld));
    // Nobody chose priorities: no slide for them.
    assert!(!slides.contains(&Slide::Priorities));
    let mut one_pair = alone.clone();
    one_pair[0].manager = Some(answers(2, &[], &[]));
    let slides = deck(&picture(sparc(), &one_pair));
    assert_eq!(slides[2], Slide::GapsWithheld);
    assert_eq!(
        slides
            .iter()
            .filter(
                |s| withheld_sentence(crate::common::en(), **s, &picture(sparc(), &one_pair))
                    .is_some()
            )
            .count(),
        1,
        "said once"
    );
}

#[test]
fn keys_move_like_presentation_software() {
    for key in ["ArrowRight", "ArrowDown", "PageDown", " ", "Enter"] {
        assert_eq!(Step::from_key(key, false), Some(Step::Next), "{key}");
    }
    for key in ["ArrowLeft", "ArrowUp", "PageUp", "Backspace"] {
        assert_eq!(Step::from_key(key, false), Some(Step::Previous), "{key}");
    }
    assert_eq!(Step::from_key(" ", true), Some(Step::Previous));
    assert_eq!(Step::from_key("Escape", false), Some(Step::Leave));
    assert_eq!(Step::from_key("a", false), None);
}

proptest! {
    #[test]
    fn steps_stay_inside_the_deck(current in 0usize..20, len in 1usize..12, which in 0usize..4) {
        let step = [Step::Next, Step::Previous, Step::First, Step::Last][which];
        let to = after(current, len, step).expect("a slide");
        prop_assert!(to < len);
        let from = current.min(len - 1);
        match step {
            Step::Next => prop_assert_eq!(to, (from + 1).min(len - 1)),
            Step::Previous => prop_assert_eq!(to, from.saturating_sub(1)),
            Step::First => prop_assert_eq!(to, 0),
            _ => prop_assert_eq!(to, len - 1),
        }
    }
}
