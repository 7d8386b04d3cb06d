//! The coaching conversation guide: the lettered topics (each behaviour's
//! text once), then the four stages' questions, which refer to the letters.

use super::gap_details;
use crate::domain::rules::guide::{Guide, Topic};
use crate::domain::rules::pulse::beside::TeamNote;
use crate::web::language::t;
use leptos::prelude::*;

/// The guide section. `team` holds what the team pulse adds (empty when
/// there is no team pulse, or fewer than the minimum group answered).
#[component]
pub fn CoachingGuide(guide: Guide, team: Vec<TeamNote>) -> impl IntoView {
    let team_topics = (!team.is_empty()).then(|| {
        let items = team
            .into_iter()
            .map(|n| view! { <li class="team-topic">{n.text}</li> })
            .collect_view();
        view! {
            <h3>{t().report_guide_team()}</h3>
            <ul class="team-topics" id="team-notes">{items}</ul>
        }
    });
    let topics = guide
        .topics
        .iter()
        .filter_map(|topic| match topic {
            Topic::Gap { letter, gap } => Some(view! {
                <li data-item=gap.item_id.clone()>
                    <span class="topic-letter">{letter.to_string()}</span>
                    <span class="behaviour">{t().guide_quoted(&gap.text)}</span>
                    {gap_details(gap)}
                </li>
            }),
            Topic::PriorityMismatch { .. } => None,
        })
        .collect_view();
    let no_gaps = !guide.topics.iter().any(|t| matches!(t, Topic::Gap { .. }));
    let stages = guide
        .stages
        .into_iter()
        .map(|s| {
            view! {
                <div class="stage">
                    <h3>{s.stage.name(t())}</h3>
                    <p class="hint">{s.stage.purpose(t())}</p>
                    <ol>{s.questions.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ol>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="report-section guide" aria-labelledby="guide-heading">
            <h2 id="guide-heading">{t().report_guide_heading()}</h2>
            {if no_gaps {
                view! { <p>{t().report_guide_no_gaps()}</p> }.into_any()
            } else {
                view! {
                    <p>{t().report_guide_intro()}</p>
                    <ul class="topics">{topics}</ul>
                }.into_any()
            }}
            {team_topics}
            <div class="stages">{stages}</div>
        </section>
    }
}
