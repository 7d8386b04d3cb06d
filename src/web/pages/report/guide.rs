//! The coaching conversation guide, stage by stage.

use crate::domain::guide::{Guide, Topic};
use leptos::prelude::*;

/// The guide section.
#[component]
pub fn CoachingGuide(guide: Guide) -> impl IntoView {
    let topics = guide
        .topics
        .iter()
        .map(|t| match t {
            Topic::Gap(g) => format!(
                "“{}”: {} (self {}, manager {})",
                g.text,
                g.label.name(),
                g.leader,
                g.manager
            ),
            Topic::PriorityMismatch { .. } => "Your priorities differ.".to_string(),
        })
        .map(|line| view! { <li>{line}</li> })
        .collect_view();
    let no_topics = guide.topics.is_empty();
    let stages = guide
        .stages
        .into_iter()
        .map(|s| {
            view! {
                <div class="stage">
                    <h3>{s.stage.name()}</h3>
                    <p class="hint">{s.stage.purpose()}</p>
                    <ol>{s.questions.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ol>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="report-section guide" aria-labelledby="guide-heading">
            <h2 id="guide-heading">"Coaching conversation guide"</h2>
            {if no_topics {
                view! { <p>"You rated every behaviour alike. Use the conversation to choose what to build on."</p> }.into_any()
            } else {
                view! {
                    <p>"Built from your largest differences:"</p>
                    <ul class="topics">{topics}</ul>
                }.into_any()
            }}
            {stages}
        </section>
    }
}
