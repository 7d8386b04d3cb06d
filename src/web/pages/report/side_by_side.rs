//! Priorities and reflections side by side. Reflections are shown as text,
//! never as HTML.

use crate::domain::records::response::Response;
use crate::domain::sets::instrument::Instrument;
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
                        <span class="meta">{d.name.clone()}{shared.then_some(" · Shared priority")}</span>
                    </li>
                }
            })
            .collect_view();
        let none = own.priorities.is_empty();
        view! {
            <div class=class>
                <h3>{name}</h3>
                {none.then(|| view! { <p class="empty">"No priorities chosen."</p> })}
                <ol class="priority-list">{items}</ol>
            </div>
        }
    };
    view! {
        <section class="report-section" aria-labelledby="priorities-heading">
            <h2 id="priorities-heading">"Priorities side by side"</h2>
            <div class="two-columns">
                {column(&leader, &manager, format!("{leader_name} (self)"), "self-column")}
                {column(&manager, &leader, format!("{manager_name} (manager)"), "manager-column")}
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
            .unwrap_or_else(|| "No answer.".to_string())
    };
    let (self_head, manager_head) = (
        format!("{leader_name} (self)"),
        format!("{manager_name} (manager)"),
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
            <h2 id="reflections-heading">"Reflections side by side"</h2>
            <div class="table-wrap" role="region" aria-label="Reflections table" tabindex="0"><table class="scores reflections-table stack">
                <thead><tr><th scope="col">"Question"</th><th scope="col">{format!("{leader_name} (self)")}</th><th scope="col">{format!("{manager_name} (manager)")}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table></div>
        </section>
    }
}
