//! The team beside the 180: self, manager and team per dimension in one
//! chart and table, and how the team's figures were mapped (the topics it
//! adds are in the coaching guide). Without a pulse (or below the
//! minimum group) it says what is missing and how to ask the team.

use crate::charts::pulse::{team_beside_bars, team_beside_height};
use crate::charts::{Drawn, Look};
use crate::domain::base::format;
use crate::domain::base::thresholds::MIN_GROUP;
use crate::domain::formats::route::Route;
use crate::domain::records::pulse::Pulse;
use crate::domain::rules::comparison::Comparison;
use crate::domain::rules::pulse::beside::{beside_180, TEAM_FOOTING};
use crate::web::components::chart::Chart;
use leptos::prelude::*;
use std::rc::Rc;

fn figure(value: Option<f64>) -> String {
    value
        .map(|v| format::score(crate::web::language::t().language(), v))
        .unwrap_or_else(|| format::NO_FIGURE.into())
}

/// The section.
#[component]
pub fn TeamBeside(
    /// The assessment's id.
    id: String,
    /// The team pulse beside it, if any.
    pulse: Option<Pulse>,
    comparison: Comparison,
) -> impl IntoView {
    let body = match pulse.as_ref().and_then(|p| p.picture().map(|pic| (p.id.clone(), pic))) {
        None => view! {
            <p>"How does your team experience these five dimensions? A short anonymous team pulse adds their view beside yours and your manager's."</p>
            <p class="no-print"><a class="button" id="ask-team" href=Route::AskTeam { assessment: id.clone() }.href()>"Ask my team"</a></p>
        }
        .into_any(),
        Some((pulse_id, picture)) if !picture.shown() => view! {
            <p id="team-withheld">{format!(
                "{} of your team {} answered the team pulse so far. Their view appears here from {MIN_GROUP} answers, so no one's answers can be picked out.",
                picture.responses,
                if picture.responses == 1 { "has" } else { "have" }
            )}</p>
            <p class="no-print"><a class="button" href=Route::TeamPulse { pulse: pulse_id }.href()>"Open the team pulse"</a></p>
        }
        .into_any(),
        Some((pulse_id, picture)) => {
            let rows = Rc::new(beside_180(&comparison, &picture));
            let build = {
                let rows = rows.clone();
                move |look: &Look| Drawn::new(&team_beside_bars(&rows, look), look, team_beside_height(&rows, look))
            };
            let table = rows
                .iter()
                .map(|r| view! {
                    <tr data-dimension=r.dimension_id.clone()>
                        <th scope="row">{r.name.clone()}</th>
                        <td class="num self" data-label="Self">{figure(r.leader)}</td>
                        <td class="num manager" data-label="Manager">{figure(r.manager)}</td>
                        <td class="num team" data-label="Team">{figure(r.team)}</td>
                    </tr>
                })
                .collect_view();
            view! {
                <p>{format!("From {} anonymous answers to the team pulse.", picture.responses)}</p>
                <div class="chart-and-table">
                    <Chart draw=build paper_width=360.0 label="Chart of self, manager and team per dimension on the 1 to 5 scale; the table has the same figures."/>
                    <div class="table-wrap" role="region" aria-labelledby="team-caption" tabindex="0"><table class="scores compare" id="team-beside">
                        <caption id="team-caption">"Self and manager: mean rating, 1–5. Team: mean agreement, 1–5."</caption>
                        <thead><tr><th scope="col">"Dimension"</th><th scope="col" class="num">"Self"</th><th scope="col" class="num">"Manager"</th><th scope="col" class="num">"Team"</th></tr></thead>
                        <tbody>{table}</tbody>
                    </table></div>
                </div>
                <p class="hint">{TEAM_FOOTING}</p>
                <p>"Where the team sees a dimension at least a point apart from you both, the coaching guide below lists it as a topic."</p>
                <p class="no-print"><a class="button" href=Route::TeamPulse { pulse: pulse_id }.href()>"The team pulse in detail"</a></p>
            }
            .into_any()
        }
    };
    // On paper only with the team's figures: an invitation to ask the team
    // is for the screen.
    let shown = pulse
        .as_ref()
        .and_then(|p| p.picture())
        .is_some_and(|pic| pic.shown());
    view! {
        <section class="report-section team-beside" class:no-print=!shown aria-labelledby="team-heading">
            <h2 id="team-heading">"Your team's view"</h2>
            {body}
        </section>
    }
}
