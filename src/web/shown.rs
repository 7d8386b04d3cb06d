//! Question sets as each reader sees them: in their language when the set
//! has it (the built-in sets' words come with the language's words; a
//! trainer's set carries its own), otherwise in its own language with a
//! one-line note. Only for showing: codes, files and storage always take
//! the set itself (`Instrument::find`), so an English leader and a German
//! manager answer and compare the same set.

use crate::domain::base::language::Language;
use crate::domain::records::cohort::Cohort;
use crate::domain::records::pulse::Pulse;
use crate::domain::rules::cohort::aggregate::{picture, Picture};
use crate::domain::rules::pulse::picture::{pulse_picture, PulsePicture};
use crate::domain::sets::instrument::{Instrument, InstrumentRef};
use crate::domain::sets::pulse_set::PulseSet;
use crate::domain::sets::words::{read_words, InstrumentWords, PulseWords};
use crate::web::language::{named, t};
use leptos::prelude::*;
use std::cell::RefCell;

thread_local! {
    /// The sets drawn in a language so far (a few small sets, kept for the
    /// page's life like the sets themselves).
    static SHOWN_SETS: RefCell<Vec<(InstrumentRef, Language, ShownSet)>> = const { RefCell::new(Vec::new()) };
}

/// A question set as one reader sees it.
#[derive(Clone, Copy)]
enum ShownSet {
    Instrument(&'static Instrument),
    Pulse(&'static PulseSet),
}

/// A 180 question set in the reader's language when it has it (the
/// built-in one's words come with the language's core words), and
/// whether it is (otherwise it is shown in its own language, with
/// [`SetLanguageNote`]). Only for showing: codes, files and storage keep
/// the set itself.
pub fn shown_instrument(set: &'static Instrument) -> (&'static Instrument, bool) {
    let language = t().language();
    let key = (set.reference(), language);
    let cached = SHOWN_SETS.with(|s| {
        s.borrow().iter().find_map(|(r, l, shown)| match shown {
            ShownSet::Instrument(i) if (r, l) == (&key.0, &key.1) => Some(*i),
            _ => None,
        })
    });
    if let Some(shown) = cached {
        return (shown, true);
    }
    let extra = if set.is_builtin() {
        read_words::<InstrumentWords>(t().builtin_instrument_words())
    } else {
        None
    };
    match set.in_language(language, extra.as_ref()) {
        Some(_) if language == set.own_language() => (set, true),
        Some(shown) => {
            let shown: &'static Instrument = Box::leak(Box::new(shown));
            SHOWN_SETS.with(|s| {
                s.borrow_mut()
                    .push((key.0, key.1, ShownSet::Instrument(shown)))
            });
            (shown, true)
        }
        None => (set, false),
    }
}

/// A team pulse set in the reader's language when it has it, as
/// [`shown_instrument`].
pub fn shown_pulse_set(set: &'static PulseSet) -> (&'static PulseSet, bool) {
    let language = t().language();
    let key = (set.reference(), language);
    let cached = SHOWN_SETS.with(|s| {
        s.borrow().iter().find_map(|(r, l, shown)| match shown {
            ShownSet::Pulse(p) if (r, l) == (&key.0, &key.1) => Some(*p),
            _ => None,
        })
    });
    if let Some(shown) = cached {
        return (shown, true);
    }
    let extra = if set.is_builtin() {
        read_words::<PulseWords>(t().builtin_pulse_words())
    } else {
        None
    };
    if language == set.own_language() {
        return (set, true);
    }
    match set.in_language(language, extra.as_ref()) {
        Some(shown) => {
            let shown: &'static PulseSet = Box::leak(Box::new(shown));
            SHOWN_SETS.with(|s| s.borrow_mut().push((key.0, key.1, ShownSet::Pulse(shown))));
            (shown, true)
        }
        None => (set, false),
    }
}

/// The one-line note under a set shown in its own language because it has
/// no translation into the reader's (`set_language`: the language of the
/// words shown, from [`shown_instrument`] or [`shown_pulse_set`]).
#[component]
pub fn SetLanguageNote(set_language: Language) -> impl IntoView {
    (set_language != t().language()).then(|| {
        view! { <p class="hint set-language-note">{t().set_not_in_language(&named(set_language))}</p> }
    })
}

/// A cohort's picture in the reader's words (its set's dimension names and
/// behaviours), with the set it was drawn from.
pub fn shown_cohort_picture(cohort: &Cohort) -> Option<(&'static Instrument, Picture)> {
    let instrument = shown_instrument(cohort.questions()?).0;
    Some((instrument, picture(instrument, &cohort.participants)))
}

/// A team pulse's picture in the reader's words.
pub fn shown_pulse_picture(pulse: &Pulse) -> Option<PulsePicture> {
    let set = shown_pulse_set(pulse.statements()?).0;
    let responses: Vec<_> = pulse.members.iter().map(|m| m.response.clone()).collect();
    Some(pulse_picture(set, &responses))
}
