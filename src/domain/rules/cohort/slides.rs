//! The cohort's picture as slides for a projector: one idea per slide, in
//! the order a trainer talks a room through it, and the keys that move
//! between them. A slide never shows a placeholder: what the minimum group
//! withholds is said once, in one sentence, on its own slide.

use crate::domain::base::messages::Messages;
use crate::domain::base::thresholds::MIN_GROUP;
use crate::domain::rules::cohort::aggregate::Picture;

/// One slide of the deck.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The cohort's name and how many took part.
    Welcome,
    /// Each dimension's spread of scores (box plots).
    Spread,
    /// The widest self–manager gaps.
    Gaps,
    /// Too few pairs for gaps: one sentence.
    GapsWithheld,
    /// How many gave each answer, for the behaviours of one dimension
    /// (its index in the picture's dimensions).
    Heatmap(usize),
    /// Too few participants for behaviour-level detail: one sentence.
    DetailWithheld,
    /// The most chosen priorities.
    Priorities,
    /// Questions for the group, by coaching stage.
    Prompts,
}

/// The deck for a picture: empty cohorts get the welcome slide alone; below
/// the minimum group, behaviour-level slides give way to one sentence.
pub fn deck(picture: &Picture) -> Vec<Slide> {
    if picture.participants == 0 {
        return vec![Slide::Welcome];
    }
    let mut slides = vec![Slide::Welcome, Slide::Spread];
    if picture.item_detail() {
        if picture.with_manager > 0 {
            slides.push(if picture.widest_gaps().is_empty() {
                Slide::GapsWithheld
            } else {
                Slide::Gaps
            });
        }
        slides.extend(
            picture
                .dimensions
                .iter()
                .enumerate()
                .filter(|(_, d)| picture.items.iter().any(|i| i.dimension == d.name))
                .map(|(index, _)| Slide::Heatmap(index)),
        );
        if !picture.top_priorities().is_empty() {
            slides.push(Slide::Priorities);
        }
    } else {
        slides.push(Slide::DetailWithheld);
    }
    slides.push(Slide::Prompts);
    slides
}

/// The sentence a withheld slide shows the room.
pub fn withheld_sentence(words: &Messages, slide: Slide, picture: &Picture) -> Option<String> {
    match slide {
        Slide::DetailWithheld => {
            Some(words.slide_detail_withheld(&MIN_GROUP, &picture.participants))
        }
        Slide::GapsWithheld => Some(words.cohort_gaps_withheld(&MIN_GROUP)),
        _ => None,
    }
}

/// A request to move through the deck.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The next slide.
    Next,
    /// The previous slide.
    Previous,
    /// The first slide.
    First,
    /// The last slide.
    Last,
    /// Leave the presentation.
    Leave,
}

impl Step {
    /// The step a key (a `KeyboardEvent.key`) asks for, as presentation
    /// software does: arrows, Space, Page Up/Down (what presenter clickers
    /// send), Home, End and Escape.
    pub fn from_key(key: &str, shift: bool) -> Option<Step> {
        match key {
            "ArrowRight" | "ArrowDown" | "PageDown" | "Enter" => Some(Step::Next),
            " " | "Spacebar" => Some(if shift { Step::Previous } else { Step::Next }),
            "ArrowLeft" | "ArrowUp" | "PageUp" | "Backspace" => Some(Step::Previous),
            "Home" => Some(Step::First),
            "End" => Some(Step::Last),
            "Escape" => Some(Step::Leave),
            _ => None,
        }
    }
}

/// The slide a step leads to from `current` in a deck of `len` slides; it
/// stops at either end rather than wrapping, so the room never jumps.
/// `None` for [`Step::Leave`].
pub fn after(current: usize, len: usize, step: Step) -> Option<usize> {
    let last = len.saturating_sub(1);
    let current = current.min(last);
    match step {
        Step::Next => Some((current + 1).min(last)),
        Step::Previous => Some(current.saturating_sub(1)),
        Step::First => Some(0),
        Step::Last => Some(last),
        Step::Leave => None,
    }
}
