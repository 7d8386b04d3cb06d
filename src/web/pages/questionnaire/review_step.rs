//! The review: every answer given, each with a way back to change it, what
//! is still unanswered, then Submit.

use super::Editing;
use crate::domain::records::response::Rater;
use crate::domain::rules::questionnaire::Step;
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

    let first_unanswered = unanswered.first().and_then(|id| {
        let (dimension, item) = instrument.item(id)?;
        let step = Step::Dimension(instrument.dimension_index(&dimension.id)?);
        Some((step, item.id.clone(), item.text.clone()))
    });

    // Every answer, dimension by dimension, each with a link to change it.
    let change_link = move |step: Step,
                            item_id: Option<String>,
                            verb: &'static str,
                            what: String| {
        let route = editing.route(step);
        let href = route.href();
        let go = move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            shared().focus_item.set(item_id.clone());
            navigate(&route);
        };
        view! { <a href=href on:click=go>{verb}<span class="visually-hidden">{format!(" {what}")}</span></a> }
    };
    let answers = instrument
        .dimensions
        .iter()
        .enumerate()
        .map(|(index, dimension)| {
            let rows = dimension
                .items
                .iter()
                .map(|item| {
                    let rating = editing.with(|r| r.rating(&item.id));
                    let verb = if rating.is_some() { "Change" } else { "Answer" };
                    let (text, class) = match rating {
                        Some(crate::domain::base::rating::Rating::Score(s)) => (
                            format!("{s} {}", instrument.scale_word(s).unwrap_or_default()),
                            "answer-value",
                        ),
                        Some(crate::domain::base::rating::Rating::NotObserved) => {
                            (instrument.scale.not_observed.clone(), "answer-value")
                        }
                        None => ("Not answered".to_string(), "answer-value missing"),
                    };
                    view! {
                        <li data-item=item.id.clone()>
                            <span class="behaviour">{item.text.clone()}</span>
                            <span class=class>{text}</span>
                            {change_link(Step::Dimension(index), Some(item.id.clone()), verb, format!("“{}”", item.text))}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="review-dimension card" aria-labelledby=format!("review-{}", dimension.id)>
                    <h3 id=format!("review-{}", dimension.id)>{dimension.name.clone()}</h3>
                    <ul class="answer-list">{rows}</ul>
                </section>
            }
        })
        .collect_view();
    let chosen = editing.with(|r| r.priorities.clone());
    let chosen_rows = chosen
        .iter()
        .filter_map(|id| instrument.item(id))
        .map(|(_, item)| view! { <li>{item.text.clone()}</li> })
        .collect_view();
    let has_reflections = !instrument.reflections.is_empty();

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
            {has_reflections.then(|| view! {
                <li>{format!("{reflections} of {} reflections written", instrument.reflections.len())}</li>
            })}
        </ul>
        {first_unanswered.map(|(step, item_id, text)| view! {
            <section class="unanswered notice" aria-labelledby="unanswered-heading">
                <h2 id="unanswered-heading">{format!("{} unanswered", total - answered)}</h2>
                <p>"Unanswered behaviours count as not rated. You can answer them below, or submit as they are."</p>
                <p>{change_link(step, Some(item_id), "Answer the first of them", format!("(“{text}”)"))}</p>
            </section>
        })}
        <h2>"Your answers"</h2>
        {answers}
        <section class="review-dimension card" aria-labelledby="review-priorities">
            <div class="section-head">
                <h3 id="review-priorities">"Priorities"</h3>
                {change_link(Step::Priorities, None, "Change", "the priorities".into())}
            </div>
            {if chosen.is_empty() {
                view! { <p class="empty">"None chosen."</p> }.into_any()
            } else {
                view! { <ol class="priority-list">{chosen_rows}</ol> }.into_any()
            }}
        </section>
        {has_reflections.then(|| view! {
            <section class="review-dimension card" aria-labelledby="review-reflections">
                <div class="section-head">
                    <h3 id="review-reflections">"Reflections"</h3>
                    {change_link(Step::Reflections, None, "Change", "the reflections".into())}
                </div>
                <p>{format!("{reflections} of {} written.", instrument.reflections.len())}</p>
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
