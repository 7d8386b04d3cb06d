//! One behaviour to rate: a `fieldset` whose `legend` is the behaviour, with a
//! native radio button per scale point (labelled with its number and word)
//! and one for Not observed. Keys 1–5 and 0 answer the focused item and move
//! to the next one.

use crate::domain::base::rating::Rating;
use crate::domain::sets::instrument::Instrument;
use crate::web::browser::{focus, focus_rating_item};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where focus goes after the last item of a step is answered by key.
pub const AFTER_LAST_ITEM: &str = "#step-next";

/// A rated behaviour.
#[component]
pub fn RatingItem(
    /// The instrument, for the scale words.
    instrument: &'static Instrument,
    /// The item's id, for the radio group name and element ids.
    item_id: String,
    /// The behaviour, shown as the legend.
    text: String,
    /// The current answer, if any.
    #[prop(into)]
    current: Signal<Option<Rating>>,
    /// Called with each new answer.
    on_rate: Callback<Rating>,
) -> impl IntoView {
    let group = format!("rating-{item_id}");
    let choices = Rating::all()
        .map(|rating| {
            let digit = rating.digit();
            let word = match rating {
                Rating::Score(s) => instrument.scale_word(s).unwrap_or_default().to_string(),
                Rating::NotObserved => instrument.scale.not_observed.clone(),
            };
            let input_id = format!("{group}-{digit}");
            let label_for = input_id.clone();
            let number = match rating {
                Rating::Score(s) => s.to_string(),
                Rating::NotObserved => String::new(),
            };
            let class = if rating == Rating::NotObserved {
                "choice choice-none"
            } else {
                "choice"
            };
            view! {
                <label class=class for=label_for>
                    <input
                        type="radio"
                        id=input_id
                        name=group.clone()
                        value=digit
                        prop:checked=move || current.get() == Some(rating)
                        on:change=move |_| on_rate.run(rating)
                    />
                    <span class="choice-number">{number}</span>
                    " "
                    <span class="choice-word">{word}</span>
                </label>
            }
        })
        .collect_view();

    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let Some(digit) = ev
            .key()
            .chars()
            .next()
            .filter(|_| ev.key().len() == 1)
            .and_then(|c| c.to_digit(10))
        else {
            return;
        };
        let Ok(rating) = Rating::try_from(digit as u8) else {
            return;
        };
        ev.prevent_default();
        on_rate.run(rating);
        let fieldset = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let next = fieldset.as_ref().and_then(|f| f.next_element_sibling());
        match next {
            Some(next) if next.tag_name().eq_ignore_ascii_case("fieldset") => {
                focus_rating_item(&next);
            }
            _ => {
                focus(AFTER_LAST_ITEM);
            }
        }
    };

    view! {
        <fieldset class="item" id=format!("item-{item_id}") aria-describedby="step-question" on:keydown=on_keydown>
            <legend>{text}</legend>
            <div class="choices" data-low=instrument.scale_word(1).unwrap_or_default().to_string()
                data-high=instrument.scale_word(5).unwrap_or_default().to_string()>{choices}</div>
        </fieldset>
    }
}
