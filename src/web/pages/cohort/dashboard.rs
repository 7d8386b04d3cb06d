//! The cohort dashboard: how many shared, each dimension's spread, the
//! widest self–manager gaps, an item heatmap, the most chosen priorities and
//! prompts for the group. Every chart has a table beside it; item-level
//! detail is withheld below the minimum group size.

use super::parts::{
    dimension_table, gaps_chart, gaps_table, headline, heatmap, plural, priority_list, prompt_list,
    spread_chart, spread_hint, SPREAD_LABEL,
};
use crate::domain::base::format;
use crate::domain::base::thresholds::MIN_GROUP;
use crate::domain::rules::cohort::aggregate::{Picture, TeamsPicture};
use crate::domain::sets::instrument::Instrument;
use crate::web::components::chart::Chart;
use leptos::prelude::*;

/// The participants' teams, from the team pulse figures they shared.
fn teams_section(teams: &TeamsPicture) -> impl IntoView {
    let body = if teams.teams == 0 {
        view! { <p class="empty" id="teams-none">"No participant has shared a team pulse yet. Leaders can ask their team from their report (“Ask my team”) and share again."</p> }.into_any()
    } else if !teams.shown() {
        view! { <p class="empty" id="teams-withheld">{format!(
            "{} shared their team pulse so far. The teams' figures appear once at least {MIN_GROUP} have, so no team can be picked out.",
            plural(teams.teams, "participant has", "participants have")
        )}</p> }.into_any()
    } else {
        let rows = teams
            .dimensions
            .iter()
            .map(|d| view! {
                <tr data-dimension=d.dimension_id.clone()>
                    <th scope="row">{d.name.clone()}</th>
                    <td class="num">{d.teams}</td>
                    <td class="num team">{d.mean.map(|v| format::score(crate::web::language::t().language(), v)).unwrap_or_else(|| format::NO_FIGURE.into())}</td>
                </tr>
            })
            .collect_view();
        view! {
            <p>{format!("{} shared their team pulse: {} from their teams in all.", plural(teams.teams, "participant", "participants"), plural(teams.answers, "answer", "answers"))}</p>
            <div class="table-wrap" role="region" aria-labelledby="teams-caption" tabindex="0"><table class="scores" id="teams-table">
                <caption id="teams-caption">"Mean of the teams' mean agreement, 1–5 (Strongly disagree = 1 … Strongly agree = 5)"</caption>
                <thead><tr><th scope="col">"Dimension"</th><th scope="col" class="num">"Teams"</th><th scope="col" class="num">"Teams' mean"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table></div>
        }.into_any()
    };
    view! {
        <section class="report-section" aria-labelledby="teams-heading">
            <h2 id="teams-heading">"The teams' view"</h2>
            {body}
        </section>
    }
}

/// The dashboard for a cohort's picture.
#[component]
pub fn Dashboard(
    /// The questions.
    instrument: &'static Instrument,
    /// The cohort's picture.
    picture: Picture,
) -> impl IntoView {
    let n = picture.participants;
    if n == 0 {
        return view! {
            {headline(&picture)}
            <p class="empty">"No codes gathered yet. The picture appears here as participants share their anonymous codes."</p>
        }
        .into_any();
    }
    let item_sections = if picture.item_detail() {
        let widest = picture.widest_gaps();
        let gaps = if widest.is_empty() {
            view! {
                <p class="empty" id="gaps-withheld">{format!(
                    "Gaps between self and manager ratings appear once at least {MIN_GROUP} participants have shared their manager's ratings for the same behaviours."
                )}</p>
            }
            .into_any()
        } else {
            view! {
                <div class="chart-and-table stacked">
                    <Chart draw=gaps_chart(&widest, || None) label="Bar chart of the behaviours with the widest mean gap between self and manager ratings; the same figures are in the table."/>
                    {gaps_table(&widest)}
                </div>
            }
            .into_any()
        };
        let top = picture.top_priorities();
        let priorities = if top.is_empty() {
            view! { <p class="empty">"Nobody chose priorities."</p> }.into_any()
        } else {
            priority_list(&top).into_any()
        };
        let self_heatmap = heatmap(
            &picture.items,
            instrument,
            "Participants' own ratings: how many gave each rating".into(),
            "heatmap-self",
            |i| i.leader,
            false,
        );
        let manager_heatmap = picture.manager_detail.then(|| {
            heatmap(
                &picture.items,
                instrument,
                "Managers' ratings: how many gave each rating".into(),
                "heatmap-manager",
                |i| i.manager,
                false,
            )
        });
        view! {
            <section class="report-section" aria-labelledby="gaps-heading">
                <h2 id="gaps-heading">"Where leaders and managers see it differently"</h2>
                {gaps}
            </section>
            <section class="report-section" aria-labelledby="heatmap-heading">
                <h2 id="heatmap-heading">"Every behaviour"</h2>
                <p class="hint">"Darker cells hold more of the answers."</p>
                {self_heatmap}
                {manager_heatmap}
            </section>
            <section class="report-section" aria-labelledby="cohort-priorities-heading">
                <h2 id="cohort-priorities-heading">"Most chosen priorities"</h2>
                {priorities}
            </section>
        }
        .into_any()
    } else {
        view! {
            <p class="notice" id="item-detail-withheld">{format!(
                "Behaviour-level detail (gaps, every behaviour, priorities) appears once at least {MIN_GROUP} participants have shared, so that nobody's answers can be singled out. {} so far.",
                plural(n, "participant", "participants")
            )}</p>
        }
        .into_any()
    };
    view! {
        {headline(&picture)}
        <section class="report-section" aria-labelledby="spread-heading">
            <h2 id="spread-heading">"How the cohort rates each dimension"</h2>
            <p class="hint">{spread_hint(&picture)}</p>
            <div class="chart-and-table stacked">
                <Chart draw=spread_chart(&picture, || None) label=SPREAD_LABEL/>
                {dimension_table(&picture, true)}
            </div>
        </section>
        {item_sections}
        {teams_section(&picture.teams)}
        <section class="report-section" aria-labelledby="prompts-heading">
            <h2 id="prompts-heading">"Questions for the group"</h2>
            {prompt_list(&picture)}
        </section>
    }
    .into_any()
}
