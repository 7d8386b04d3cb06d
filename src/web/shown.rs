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
use std::thread::LocalKey;

/// The sets of one kind drawn in a language so far (a few small sets,
/// kept for the page's life like the sets themselves).
type Drawn<S> = RefCell<Vec<(InstrumentRef, Language, &'static S)>>;

thread_local! {
    static INSTRUMENTS: Drawn<Instrument> = const { RefCell::new(Vec::new()) };
    static PULSE_SETS: Drawn<PulseSet> = const { RefCell::new(Vec::new()) };
}

/// `set` in the reader's language: itself when it is in it, else its
/// translation (made once, by `translate`), else itself (shown in its own
/// language, with [`SetLanguageNote`]).
fn shown<S: 'static>(
    drawn: &'static LocalKey<Drawn<S>>,
    set: &'static S,
    (reference, own): (InstrumentRef, Language),
    translate: impl FnOnce(Language) -> Option<S>,
) -> &'static S {
    let language = t().language();
    if language == own {
        return set;
    }
    let earlier = drawn.with(|d| {
        d.borrow()
            .iter()
            .find(|(r, l, _)| *r == reference && *l == language)
            .map(|(_, _, s)| *s)
    });
    if let Some(shown) = earlier {
        return shown;
    }
    match translate(language) {
        Some(shown) => {
            let shown: &'static S = Box::leak(Box::new(shown));
            drawn.with(|d| d.borrow_mut().push((reference, language, shown)));
            shown
        }
        None => set,
    }
}

/// A 180 question set as the reader sees it (the built-in one's words come
/// with the language's core words). Only for showing: codes, files and
/// storage keep the set itself.
pub fn shown_instrument(set: &'static Instrument) -> &'static Instrument {
    shown(
        &INSTRUMENTS,
        set,
        (set.reference(), set.own_language()),
        |language| {
            let builtin = set.is_builtin();
            let extra =
                builtin.then(|| read_words::<InstrumentWords>(t().builtin_instrument_words()));
            set.in_language(language, extra.flatten().as_ref())
        },
    )
}

/// A team pulse set as the reader sees it, as [`shown_instrument`] (the
/// built-in one's words come with the links' words).
pub fn shown_pulse_set(set: &'static PulseSet) -> &'static PulseSet {
    shown(
        &PULSE_SETS,
        set,
        (set.reference(), set.own_language()),
        |language| {
            let builtin = set.is_builtin();
            let extra = builtin.then(|| read_words::<PulseWords>(t().builtin_pulse_words()));
            set.in_language(language, extra.flatten().as_ref())
        },
    )
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
    let instrument = shown_instrument(cohort.questions()?);
    Some((instrument, picture(instrument, cohort.shown_participants())))
}

/// A team pulse's picture in the reader's words.
pub fn shown_pulse_picture(pulse: &Pulse) -> Option<PulsePicture> {
    let set = shown_pulse_set(pulse.statements()?);
    Some(pulse_picture(set, &pulse.responses()))
}
