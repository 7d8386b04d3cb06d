//! The review: every answer given, each with a way back to change it, what
//! is still unanswered, then Submit.

use super::Editing;
use crate::domain::records::response::Rater;
use crate::domain::rules::questionnaire::Step;
use crate::web::browser::{focus, now_ms};
use crate::web::language::t;
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
        view! { <a href=href on:click=go>{verb}<span class="visually-hidden">" "{what}</span></a> }
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
                    let verb = if rating.is_some() { t().review_change() } else { t().review_answer() };
                    let (text, class) = match rating {
                        Some(crate::domain::base::rating::Rating::Score(s)) => (
                            format!("{s} {}", instrument.scale_word(s).unwrap_or_default()),
                            "answer-value",
                        ),
                        Some(crate::domain::base::rating::Rating::NotObserved) => {
                            (instrument.scale.not_observed.clone(), "answer-value")
                        }
                        None => (t().review_not_answered().to_string(), "answer-value missing"),
                    };
                    view! {
                        <li data-item=item.id.clone()>
                            <span class="behaviour">{item.text.clone()}</span>
                            <span class=class>{text}</span>
                            {change_link(Step::Dimension(index), Some(item.id.clone()), verb, t().review_quoted(&item.text))}
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
            <li>{t().review_rated(&answered, &total)}</li>
            <li>{t().review_priorities_chosen(&priorities, &instrument.priorities_limit)}</li>
            {has_reflections.then(|| view! {
                <li>{t().review_reflections_written(&reflections, &instrument.reflections.len())}</li>
            })}
        </ul>
        {first_unanswered.map(|(step, item_id, text)| view! {
            <section class="unanswered notice" aria-labelledby="unanswered-heading">
                <h2 id="unanswered-heading">{t().review_unanswered(&(total - answered))}</h2>
                <p>{t().review_unanswered_text()}</p>
                <p>{change_link(step, Some(item_id), t().review_answer_first(), t().review_first_quoted(&text))}</p>
            </section>
        })}
        <h2>{t().review_your_answers()}</h2>
        {answers}
        <section class="review-dimension card" aria-labelledby="review-priorities">
            <div class="section-head">
                <h3 id="review-priorities">{t().step_priorities()}</h3>
                {change_link(Step::Priorities, None, t().review_change(), t().review_the_priorities().into())}
            </div>
            {if chosen.is_empty() {
                view! { <p class="empty">{t().review_none_chosen()}</p> }.into_any()
            } else {
                view! { <ol class="priority-list">{chosen_rows}</ol> }.into_any()
            }}
        </section>
        {has_reflections.then(|| view! {
            <section class="review-dimension card" aria-labelledby="review-reflections">
                <div class="section-head">
                    <h3 id="review-reflections">{t().step_reflections()}</h3>
                    {change_link(Step::Reflections, None, t().review_change(), t().review_the_reflections().into())}
                </div>
                <p>{t().review_written(&reflections, &instrument.reflections.len())}</p>
            </section>
        })}
        <p class="submit-note">{t().review_submit_note()}</p>
        <button type="button" class="button primary" id="step-submit" on:click=submit>
            {match editing.rater {
                Rater::Leader => t().review_submit_self(),
                Rater::Manager => t().review_submit_manager(),
            }}
        </button>
    }
}
