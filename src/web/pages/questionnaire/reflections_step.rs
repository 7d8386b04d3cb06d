//! The optional free-text reflections.

use super::Editing;
use crate::domain::records::response::Rater;
use crate::web::browser::focus;
use crate::web::language::t;
use leptos::prelude::*;

/// The reflections step.
#[component]
pub fn ReflectionsStep(editing: Editing) -> impl IntoView {
    let fields = editing
        .instrument
        .reflections
        .iter()
        .map(|prompt| {
            let id = prompt.id.clone();
            let read_id = id.clone();
            let field_id = format!("reflection-{id}");
            view! {
                <div class="field">
                    <label for=field_id.clone()>{prompt.prompt.clone()}</label>
                    <textarea id=field_id rows="4" maxlength="2000"
                        prop:value=move || editing.with(|r| r.reflections.get(&read_id).cloned().unwrap_or_default())
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            editing.change(|r| r.set_reflection(&id, &text));
                        }></textarea>
                </div>
            }
        })
        .collect_view();
    request_animation_frame(|| {
        focus(".reflections textarea");
    });
    // Said to the person answering: the leader talks with their manager,
    // the manager with the leader they rate.
    let stem = match editing.rater {
        Rater::Leader
            if editing
                .assessment
                .with_untracked(|a| a.cohort.is_some() && a.manager.is_none()) =>
        {
            // A cohort participant, often on their own.
            t().reflections_stem_cohort().to_string()
        }
        Rater::Leader => t().reflections_stem_self().to_string(),
        Rater::Manager => {
            let leader = editing.assessment.with_untracked(|a| a.leader.clone());
            t().reflections_stem_manager(&leader)
        }
    };
    view! {
        <p class="stem">{stem}</p>
        <div class="reflections">{fields}</div>
    }
}
