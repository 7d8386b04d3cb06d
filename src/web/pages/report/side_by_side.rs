//! Priorities and reflections side by side. Reflections are shown as text,
//! never as HTML.

use crate::domain::records::response::Response;
use crate::domain::sets::instrument::Instrument;
use crate::web::language::t;
use leptos::prelude::*;

/// Both raters' priorities, shared ones marked in words.
#[component]
pub fn Priorities(
    instrument: &'static Instrument,
    leader: Response,
    manager: Response,
    leader_name: String,
    manager_name: String,
) -> impl IntoView {
    let column = |own: &Response, other: &Response, name: String, class: &'static str| {
        let items = own
            .priorities
            .iter()
            .filter_map(|id| instrument.item(id).map(|(d, i)| (id, d, i)))
            .map(|(id, d, i)| {
                let shared = other.is_priority(id);
                view! {
                    <li class:shared=shared>
                        {i.text.clone()}
                        <span class="meta">{d.name.clone()}{shared.then(|| format!(" · {}", t().report_shared_priority()))}</span>
                    </li>
                }
            })
            .collect_view();
        let none = own.priorities.is_empty();
        view! {
            <div class=class>
                <h3>{name}</h3>
                {none.then(|| view! { <p class="empty">{t().report_no_priorities_chosen()}</p> })}
                <ol class="priority-list">{items}</ol>
            </div>
        }
    };
    view! {
        <section class="report-section" aria-labelledby="priorities-heading">
            <h2 id="priorities-heading">{t().report_priorities_heading()}</h2>
            <div class="two-columns">
                {column(&leader, &manager, t().report_person_self(&leader_name), "self-column")}
                {column(&manager, &leader, t().report_person_manager(&manager_name), "manager-column")}
            </div>
        </section>
    }
}

/// Both raters' reflections, question by question.
#[component]
pub fn Reflections(
    instrument: &'static Instrument,
    leader: Response,
    manager: Response,
    leader_name: String,
    manager_name: String,
) -> impl IntoView {
    let answer = |r: &Response, id: &str| {
        r.reflections
            .get(id)
            .cloned()
            .unwrap_or_else(|| t().report_no_answer().to_string())
    };
    let (self_head, manager_head) = (
        t().report_person_self(&leader_name),
        t().report_person_manager(&manager_name),
    );
    let rows = instrument
        .reflections
        .iter()
        .map(|prompt| {
            view! {
                <tr>
                    <th scope="row">{prompt.prompt.clone()}</th>
                    <td class="reflection-text" data-label=self_head.clone()>{answer(&leader, &prompt.id)}</td>
                    <td class="reflection-text" data-label=manager_head.clone()>{answer(&manager, &prompt.id)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="report-section" aria-labelledby="reflections-heading">
            <h2 id="reflections-heading">{t().report_reflections_heading()}</h2>
            <div class="table-wrap" role="region" aria-label=t().report_reflections_table() tabindex="0"><table class="scores reflections-table stack">
                <thead><tr><th scope="col">{t().report_col_question()}</th><th scope="col">{t().report_person_self(&leader_name)}</th><th scope="col">{t().report_person_manager(&manager_name)}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table></div>
        </section>
    }
}
