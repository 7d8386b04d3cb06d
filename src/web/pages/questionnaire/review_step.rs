//! The review: what is still unanswered (with a way to jump to each), then
//! Submit.

use super::{step_label, Editing};
use crate::domain::questionnaire::Step;
use crate::domain::response::Rater;
use crate::web::browser::{focus, now_ms};
use crate::web::router::navigate;
use crate::web::state::shared;
use leptos::prelude::*;

/// The review step.
#[component]
pub fn ReviewStep(editing: Editing) -> impl IntoView {
    let instrument = editing.instrument;
    let total = instrument.item_count();
    let unanswered = editing.with(|r| {
        r.unanswered(instrument)
            .into_iter()
            .map(|item| item.id.clone())
            .collect::<Vec<_>>()
    });
    let answered = total - unanswered.len();
    let priorities = editing.with(|r| r.priorities.len());
    let reflections = editing.with(|r| r.reflections.len());

    let missing = unanswered
        .iter()
        .filter_map(|id| {
            let (dimension, item) = instrument.item(id)?;
            let step = Step::Dimension(instrument.dimension_index(&dimension.id)?);
            let route = editing.route(step);
            let item_id = item.id.clone();
            let go = move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                shared().focus_item.set(Some(item_id.clone()));
                navigate(&route);
            };
            Some(view! {
                <li>
                    <span class="missing-dimension">{step_label(instrument, step)}": "</span>
                    <a href=editing.route(step).href() on:click=go>{format!("Answer “{}”", item.text)}</a>
                </li>
            })
        })
        .collect_view();
    let all_answered = unanswered.is_empty();

    let submit = move |_| {
        editing.change(|r| r.submitted_at = Some(now_ms()));
        navigate(
            &editing
                .assessment
                .with_untracked(|a| a.after_submit(editing.rater)),
        );
    };
    request_animation_frame(|| {
        focus("#step-title");
    });

    view! {
        <ul class="review-summary">
            <li>{format!("{answered} of {total} behaviours rated")}</li>
            <li>{format!("{priorities} of {} priorities chosen", instrument.priorities_limit)}</li>
            <li>{format!("{reflections} of {} reflections written", instrument.reflections.len())}</li>
        </ul>
        {(!all_answered).then(|| view! {
            <section class="unanswered" aria-labelledby="unanswered-heading">
                <h2 id="unanswered-heading">{format!("{} unanswered", total - answered)}</h2>
                <p>"Unanswered behaviours count as not rated. Choose one to answer it now:"</p>
                <ul>{missing}</ul>
            </section>
        })}
        <p class="submit-note">"Once submitted, these answers can no longer be changed."</p>
        <button type="button" class="button primary" id="step-submit" on:click=submit>
            {match editing.rater {
                Rater::Leader => "Submit my self-assessment",
                Rater::Manager => "Submit my rating",
            }}
        </button>
    }
}
