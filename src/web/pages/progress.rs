//! Progress across cycles for a leader–manager pair: alignment and each
//! dimension over time (charts with table equivalents), what moved most,
//! and commitments done per cycle.

use crate::charts::progress::{alignment_over_time, dimension_over_time, over_time_height};
use crate::charts::{Drawn, Look};
use crate::domain::base::format;
use crate::domain::base::thresholds::MIN_GROUP;
use crate::domain::formats::route::Route;
use crate::domain::records::assessment::Assessment;
use crate::domain::rules::progress::{cycle_chain, progress};
use crate::web::components::chart::Chart;
use crate::web::language::t;
use crate::web::state::set_title;
use crate::web::storage;
use leptos::prelude::*;

fn score(v: Option<f64>) -> String {
    v.map(|v| format::score(t().language(), v))
        .unwrap_or_else(|| format::NO_FIGURE.into())
}

fn signed(v: Option<i8>) -> String {
    v.map(|d| format::signed_whole(i32::from(d)))
        .unwrap_or_else(|| format::NO_FIGURE.into())
}

/// The progress page.
#[component]
pub fn ProgressPage(id: String) -> impl IntoView {
    let all = storage::records::readable::<Assessment>();
    let chain = cycle_chain(&all, &id);
    let Some(latest) = chain.last() else {
        return view! {
            <h1 tabindex="-1" class="page-title">{t().progress_none_heading()}</h1>
            <p>{t().progress_none_text()}</p>
            <p><a class="button" href=Route::Home.href()>{t().shell_go_to_assessments()}</a></p>
        }
        .into_any();
    };
    let leader = latest.leader.clone();
    set_title(&t().progress_title(&leader));
    let p = std::rc::Rc::new(
        progress(t(), &chain, crate::web::shown::shown_instrument).with_team(|assessment| {
            storage::pulses::beside_assessment(assessment)
                .and_then(|pulse| crate::web::shown::shown_pulse_picture(&pulse))
        }),
    );
    let has_team = p.has_team();
    let alignment = {
        let p = p.clone();
        move |look: &Look| Drawn::new(&alignment_over_time(&p, look), look, over_time_height(look))
    };
    let alignment_rows = p
        .cycles
        .iter()
        .map(|c| {
            view! {
                <tr>
                    <th scope="row">{c.label.clone()}</th>
                    <td class="num">{c.alignment_index.map(|i| i.to_string()).unwrap_or_else(|| format::NO_FIGURE.into())}</td>
                    <td class="num">{c.agreement_percent.map(|v| format::percent(t().language(), v)).unwrap_or_else(|| format::NO_FIGURE.into())}</td>
                    <td class="num">{t().progress_commitments_done(&c.commitments_done, &c.commitments_total)}</td>
                </tr>
            }
        })
        .collect_view();
    let dimension_count = p.cycles.first().map(|c| c.dimensions.len()).unwrap_or(0);
    let dimensions = (0..dimension_count)
        .map(|i| {
            let name = p.cycles[0].dimensions[i].name.clone();
            let build = {
                let p = p.clone();
                move |look: &Look| {
                    Drawn::new(&dimension_over_time(&p, i, look), look, over_time_height(look))
                }
            };
            let rows = p
                .cycles
                .iter()
                .map(|c| {
                    let d = &c.dimensions[i];
                    view! {
                        <tr><th scope="row">{c.label.clone()}</th><td class="num">{score(d.leader)}</td><td class="num">{score(d.manager)}</td>
                        {has_team.then(|| view! { <td class="num team">{score(d.team)}</td> })}</tr>
                    }
                })
                .collect_view();
            view! {
                <div class="dimension-progress" data-dimension=p.cycles[0].dimensions[i].dimension_id.clone()>
                    <h3>{name.clone()}</h3>
                    <Chart draw=build label=if has_team { t().progress_dimension_chart_team(&name) } else { t().progress_dimension_chart(&name) }/>
                    <div class="table-wrap" role="region" aria-label=t().progress_dimension_table(&name) tabindex="0"><table class="scores wrap-heads">
                        <caption>{if has_team { t().progress_dimension_caption_team(&name) } else { t().progress_dimension_caption(&name) }}</caption>
                        <thead><tr><th scope="col">{t().progress_col_cycle()}</th><th scope="col">{t().chart_self()}</th><th scope="col">{t().chart_manager()}</th>
                        {has_team.then(|| view! { <th scope="col">{t().chart_team()}</th> })}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table></div>
                </div>
            }
        })
        .collect_view();
    let moved = p
        .moved
        .iter()
        .map(|m| view! { <tr data-item=m.item_id.clone()><th scope="row">{m.text.clone()}</th><td class="num">{signed(m.leader_delta)}</td><td class="num">{signed(m.manager_delta)}</td></tr> })
        .collect_view();
    let no_moves = p.moved.is_empty();
    let excluded = p
        .excluded
        .iter()
        .map(|e| view! { <li>{e.reason.clone()}</li> })
        .collect_view();
    let one_cycle = p.cycles.len() < 2;
    let team_section = has_team.then(|| {
        // Dimensions down, cycles across: five dimension names side by
        // side do not fit a phone, a few cycles do.
        let heads = p
            .cycles
            .iter()
            .map(|c| view! { <th scope="col" class="num">{c.label.clone()}</th> })
            .collect_view();
        let answers = p
            .cycles
            .iter()
            .map(|c| {
                let n = c.team_responses.map(|n| n.to_string()).unwrap_or_else(|| t().progress_no_pulse().into());
                view! { <td class="num">{n}</td> }
            })
            .collect_view();
        let rows = (0..dimension_count)
            .map(|i| {
                let name = p.cycles.first().and_then(|c| c.dimensions.get(i)).map(|d| d.name.clone()).unwrap_or_default();
                let cells = p
                    .cycles
                    .iter()
                    .map(|c| view! { <td class="num team">{score(c.dimensions.get(i).and_then(|d| d.team))}</td> })
                    .collect_view();
                view! { <tr><th scope="row">{name}</th>{cells}</tr> }
            })
            .collect_view();
        view! {
            <section class="report-section" aria-labelledby="team-time-heading">
                <h2 id="team-time-heading">{t().progress_team_heading()}</h2>
                <p>{t().progress_team_intro(&MIN_GROUP)}</p>
                <div class="table-wrap" role="region" aria-labelledby="team-time-caption" tabindex="0"><table class="scores wrap-heads" id="team-over-time">
                    <caption id="team-time-caption">{t().progress_team_caption()}</caption>
                    <thead><tr><th scope="col">{t().report_col_dimension()}</th>{heads}</tr></thead>
                    <tbody><tr><th scope="row">{t().progress_answers()}</th>{answers}</tr>{rows}</tbody>
                </table></div>
            </section>
        }
    });

    view! {
        <h1 tabindex="-1" class="page-title">{t().progress_heading(&leader)}</h1>
        {one_cycle.then(|| view! { <p class="notice">{t().progress_one_cycle()}</p> })}
        <ul class="excluded">{excluded}</ul>
        <section class="report-section" aria-labelledby="alignment-heading">
            <h2 id="alignment-heading">{t().progress_alignment_heading()}</h2>
            <Chart draw=alignment label=t().progress_alignment_chart()/>
            <div class="table-wrap" role="region" aria-label=t().progress_alignment_table() tabindex="0"><table class="scores progress-table wrap-heads">
                <thead><tr><th scope="col">{t().progress_col_cycle()}</th><th scope="col">{t().report_alignment_index()}</th><th scope="col">{t().report_agreement_rate()}</th><th scope="col">{t().progress_col_commitments()}</th></tr></thead>
                <tbody>{alignment_rows}</tbody>
            </table></div>
        </section>
        <section class="report-section" aria-labelledby="dims-heading">
            <h2 id="dims-heading">{t().progress_dimensions_heading()}</h2>
            <div class="dimension-grid">{dimensions}</div>
        </section>
        {team_section}
        <section class="report-section" aria-labelledby="moved-heading">
            <h2 id="moved-heading">{t().progress_moved_heading()}</h2>
            {if no_moves {
                view! { <p>{t().progress_no_moves()}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap" role="region" aria-label=t().progress_moved_table() tabindex="0"><table class="scores moved-table wrap-heads">
                        <thead><tr><th scope="col">{t().report_col_behaviour()}</th><th scope="col">{t().progress_col_self_change()}</th><th scope="col">{t().progress_col_manager_change()}</th></tr></thead>
                        <tbody>{moved}</tbody>
                    </table></div>
                }.into_any()
            }}
        </section>
        <p><a class="button" href=Route::Home.href()>{t().report_back_home()}</a></p>
    }
    .into_any()
}
