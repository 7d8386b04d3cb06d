//! The cohort dashboard: how many shared, each dimension's spread, the
//! widest self–manager gaps, an item heatmap, the most chosen priorities and
//! prompts for the group. Every chart has a table beside it; item-level
//! detail is withheld below the minimum group size.

use super::parts::{
    dimension_table, gaps_chart, gaps_table, headline, heatmap, priority_list, prompt_list,
    spread_chart, spread_hint,
};
use crate::domain::base::format;
use crate::domain::base::thresholds::MIN_GROUP;
use crate::domain::rules::cohort::aggregate::{Picture, TeamsPicture};
use crate::domain::sets::instrument::Instrument;
use crate::web::components::chart::Chart;
use crate::web::language::t;
use leptos::prelude::*;

/// The participants' teams, from the team pulse figures they shared.
fn teams_section(teams: &TeamsPicture) -> impl IntoView {
    let body = if teams.teams == 0 {
        view! { <p class="empty" id="teams-none">{t().cohort_teams_none()}</p> }.into_any()
    } else if !teams.shown() {
        view! { <p class="empty" id="teams-withheld">{t().cohort_teams_withheld(teams.teams, &MIN_GROUP)}</p> }.into_any()
    } else {
        let rows = teams
            .dimensions
            .iter()
            .map(|d| view! {
                <tr data-dimension=d.dimension_id.clone()>
                    <th scope="row">{d.name.clone()}</th>
                    <td class="num">{d.teams}</td>
                    <td class="num team">{d.mean.map(|v| format::score(t().language(), v)).unwrap_or_else(|| format::NO_FIGURE.into())}</td>
                </tr>
            })
            .collect_view();
        view! {
            <p>{t().cohort_teams_shared(teams.teams, &t().cohort_answers(teams.answers))}</p>
            <div class="table-wrap" role="region" aria-labelledby="teams-caption" tabindex="0"><table class="scores" id="teams-table">
                <caption id="teams-caption">{t().cohort_teams_caption()}</caption>
                <thead><tr><th scope="col">{t().cohort_teams_dimension()}</th><th scope="col" class="num">{t().cohort_teams_count()}</th><th scope="col" class="num">{t().cohort_teams_mean()}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table></div>
        }.into_any()
    };
    view! {
        <section class="report-section" aria-labelledby="teams-heading">
            <h2 id="teams-heading">{t().cohort_teams_heading()}</h2>
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
            <p class="empty">{t().cohort_none_yet()}</p>
        }
        .into_any();
    }
    let item_sections = if picture.item_detail() {
        let widest = picture.widest_gaps();
        let gaps = if widest.is_empty() {
            view! {
                <p class="empty" id="gaps-withheld">{t().cohort_gaps_withheld(&MIN_GROUP)}</p>
            }
            .into_any()
        } else {
            view! {
                <div class="chart-and-table stacked">
                    <Chart draw=gaps_chart(&widest, || None) label=t().cohort_gaps_chart_label()/>
                    {gaps_table(&widest)}
                </div>
            }
            .into_any()
        };
        let top = picture.top_priorities();
        let priorities = if top.is_empty() {
            view! { <p class="empty">{t().cohort_no_priorities()}</p> }.into_any()
        } else {
            priority_list(&top).into_any()
        };
        let self_heatmap = heatmap(
            &picture.items,
            instrument,
            t().cohort_heatmap_self().into(),
            "heatmap-self",
            |i| i.leader,
            false,
        );
        let manager_heatmap = picture.manager_detail.then(|| {
            heatmap(
                &picture.items,
                instrument,
                t().cohort_heatmap_managers().into(),
                "heatmap-manager",
                |i| i.manager,
                false,
            )
        });
        view! {
            <section class="report-section" aria-labelledby="gaps-heading">
                <h2 id="gaps-heading">{t().cohort_gaps_heading()}</h2>
                {gaps}
            </section>
            <section class="report-section" aria-labelledby="heatmap-heading">
                <h2 id="heatmap-heading">{t().cohort_heatmap_heading()}</h2>
                <p class="hint">{t().cohort_heatmap_hint()}</p>
                {self_heatmap}
                {manager_heatmap}
            </section>
            <section class="report-section" aria-labelledby="cohort-priorities-heading">
                <h2 id="cohort-priorities-heading">{t().cohort_priorities_heading()}</h2>
                {priorities}
            </section>
        }
        .into_any()
    } else {
        view! {
            <p class="notice" id="item-detail-withheld">{t().cohort_detail_withheld(n, &MIN_GROUP)}</p>
        }
        .into_any()
    };
    view! {
        {headline(&picture)}
        <section class="report-section" aria-labelledby="spread-heading">
            <h2 id="spread-heading">{t().cohort_spread_heading()}</h2>
            <p class="hint">{spread_hint(&picture)}</p>
            <div class="chart-and-table stacked">
                <Chart draw=spread_chart(&picture, || None) label=t().cohort_spread_chart_label()/>
                {dimension_table(&picture, true)}
            </div>
        </section>
        {item_sections}
        {teams_section(&picture.teams)}
        <section class="report-section" aria-labelledby="prompts-heading">
            <h2 id="prompts-heading">{t().cohort_prompts_heading()}</h2>
            {prompt_list(&picture)}
        </section>
    }
    .into_any()
}
