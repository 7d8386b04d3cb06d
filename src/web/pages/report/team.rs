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
use crate::domain::rules::pulse::beside::beside_180;
use crate::web::components::chart::Chart;
use crate::web::language::t;
use leptos::prelude::*;
use std::rc::Rc;

fn figure(value: Option<f64>) -> String {
    value
        .map(|v| format::score(t().language(), v))
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
    let body = match pulse.as_ref().and_then(|p| crate::web::shown::shown_pulse_picture(p).map(|pic| (p.id.clone(), pic))) {
        None => view! {
            <p>{t().report_team_invite()}</p>
            <p class="no-print"><a class="button" id="ask-team" href=Route::AskTeam { assessment: id.clone() }.href()>{t().report_ask_team()}</a></p>
        }
        .into_any(),
        Some((pulse_id, picture)) if !picture.shown() => view! {
            <p id="team-withheld">{t().report_team_withheld(picture.responses, &MIN_GROUP)}</p>
            <p class="no-print"><a class="button" href=Route::TeamPulse { pulse: pulse_id }.href()>{t().report_open_team_pulse()}</a></p>
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
                        <td class="num self" data-label=t().chart_self()>{figure(r.leader)}</td>
                        <td class="num manager" data-label=t().chart_manager()>{figure(r.manager)}</td>
                        <td class="num team" data-label=t().chart_team()>{figure(r.team)}</td>
                    </tr>
                })
                .collect_view();
            view! {
                <p>{t().report_team_from(&picture.responses)}</p>
                <div class="chart-and-table">
                    <Chart draw=build paper_width=360.0 label=t().report_team_chart()/>
                    <div class="table-wrap" role="region" aria-labelledby="team-caption" tabindex="0"><table class="scores compare" id="team-beside">
                        <caption id="team-caption">{t().report_team_caption()}</caption>
                        <thead><tr><th scope="col">{t().report_col_dimension()}</th><th scope="col" class="num">{t().chart_self()}</th><th scope="col" class="num">{t().chart_manager()}</th><th scope="col" class="num">{t().chart_team()}</th></tr></thead>
                        <tbody>{table}</tbody>
                    </table></div>
                </div>
                <p class="hint">{t().pulse_team_footing()}</p>
                <p>{t().report_team_topics()}</p>
                <p class="no-print"><a class="button" href=Route::TeamPulse { pulse: pulse_id }.href()>{t().report_team_detail()}</a></p>
            }
            .into_any()
        }
    };
    // On paper only with the team's figures: an invitation to ask the team
    // is for the screen.
    let shown = pulse
        .as_ref()
        .and_then(crate::web::shown::shown_pulse_picture)
        .is_some_and(|pic| pic.shown());
    view! {
        <section class="report-section team-beside" class:no-print=!shown aria-labelledby="team-heading">
            <h2 id="team-heading">{t().report_team_heading()}</h2>
            {body}
        </section>
    }
}
