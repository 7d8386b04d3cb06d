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
use crate::web::state::set_title;
use crate::web::storage;
use leptos::prelude::*;

fn score(v: Option<f64>) -> String {
    v.map(|v| format::score(crate::web::language::t().language(), v))
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
            <h1 tabindex="-1" class="page-title">"No progress to show"</h1>
            <p>"There is no saved assessment at this address in this browser."</p>
            <p><a class="button" href=Route::Home.href()>"Go to your assessments"</a></p>
        }
        .into_any();
    };
    let leader = latest.leader.clone();
    set_title(&format!("{leader}'s progress"));
    let p = std::rc::Rc::new(progress(&chain).with_team(|assessment| {
        storage::pulses::beside_assessment(assessment).and_then(|pulse| pulse.picture())
    }));
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
                    <td class="num">{c.agreement_percent.map(|v| format::percent(crate::web::language::t().language(), v)).unwrap_or_else(|| format::NO_FIGURE.into())}</td>
                    <td class="num">{format!("{} of {}", c.commitments_done, c.commitments_total)}</td>
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
                    <Chart draw=build label=if has_team { format!("Line chart of {name} over the cycles, self, manager and team; the table beside it has the same figures.") } else { format!("Line chart of {name} scores over the cycles, self and manager; the table beside it has the same figures.") }/>
                    <div class="table-wrap" role="region" aria-label=format!("{name} over the cycles") tabindex="0"><table class="scores">
                        <caption>{if has_team { format!("{name}: self, manager and team over the cycles") } else { format!("{name}: self and manager over the cycles") }}</caption>
                        <thead><tr><th scope="col">"Cycle"</th><th scope="col">"Self"</th><th scope="col">"Manager"</th>
                        {has_team.then(|| view! { <th scope="col">"Team"</th> })}</tr></thead>
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
        .map(|e| view! { <li>{format!("{} is not compared: {}.", e.label, e.reason)}</li> })
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
                let n = c.team_responses.map(|n| n.to_string()).unwrap_or_else(|| "No pulse".into());
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
                <h2 id="team-time-heading">"The team's view over time"</h2>
                <p>{format!("The team pulse beside each cycle: the evidence of how the team experiences each dimension. Means appear from {MIN_GROUP} answers.")}</p>
                <div class="table-wrap" role="region" aria-labelledby="team-time-caption" tabindex="0"><table class="scores wrap-heads" id="team-over-time">
                    <caption id="team-time-caption">"Team: mean agreement, 1–5 (Strongly disagree = 1 … Strongly agree = 5)"</caption>
                    <thead><tr><th scope="col">"Dimension"</th>{heads}</tr></thead>
                    <tbody><tr><th scope="row">"Answers"</th>{answers}</tr>{rows}</tbody>
                </table></div>
            </section>
        }
    });

    view! {
        <h1 tabindex="-1" class="page-title">{format!("{leader}'s progress across cycles")}</h1>
        {one_cycle.then(|| view! { <p class="notice">"Only one cycle uses these questions so far. Start the next cycle from the report's action plan to see what moves."</p> })}
        <ul class="excluded">{excluded}</ul>
        <section class="report-section" aria-labelledby="alignment-heading">
            <h2 id="alignment-heading">"Alignment over time"</h2>
            <Chart draw=alignment label="Line chart of the alignment index and agreement rate over the cycles; the table below has the same figures."/>
            <div class="table-wrap" role="region" aria-label="Alignment over the cycles" tabindex="0"><table class="scores progress-table wrap-heads">
                <thead><tr><th scope="col">"Cycle"</th><th scope="col">"Alignment index"</th><th scope="col">"Agreement rate"</th><th scope="col">"Commitments done"</th></tr></thead>
                <tbody>{alignment_rows}</tbody>
            </table></div>
        </section>
        <section class="report-section" aria-labelledby="dims-heading">
            <h2 id="dims-heading">"Each dimension over time"</h2>
            <div class="dimension-grid">{dimensions}</div>
        </section>
        {team_section}
        <section class="report-section" aria-labelledby="moved-heading">
            <h2 id="moved-heading">"What moved most since the previous cycle"</h2>
            {if no_moves {
                view! { <p>"Nothing to compare yet: this needs two cycles with ratings from the same rater."</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap" role="region" aria-label="What moved most" tabindex="0"><table class="scores moved-table wrap-heads">
                        <thead><tr><th scope="col">"Behaviour"</th><th scope="col">"Self change"</th><th scope="col">"Manager change"</th></tr></thead>
                        <tbody>{moved}</tbody>
                    </table></div>
                }.into_any()
            }}
        </section>
        <p><a class="button" href=Route::Home.href()>"Back to all assessments"</a></p>
    }
    .into_any()
}
