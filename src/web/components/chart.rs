//! A chart element driven by a pure chart builder. It draws for the width it
//! has and the person's colour scheme, redraws when either changes (a new
//! layout only when the width changes by a step, a plain resize otherwise),
//! and redraws for paper before printing (light colours, the page's width)
//! and back after. It never shows an empty box: until the chart is drawn it
//! says so, and if drawing fails it points to the table every chart has.

use crate::charts::palette::Palette;
use crate::charts::{Drawn, Look};
use crate::web::echarts::{ensure_loaded, EChartsInstance};
use crate::web::language::t;
use crate::web::theme::scheme;
use leptos::html;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The resize observer watching a chart's element, with the callback it calls.
type Observer = Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>;

/// The width of the printed page's text column: A4 (210 mm) less the
/// stylesheet's 16 mm margins, in CSS pixels (96 per inch).
pub const PAPER_WIDTH: f64 = 672.0;

/// Widths are rounded to this step before a chart is laid out again, so
/// dragging a window edge re-lays out now and then and merely resizes between.
const WIDTH_STEP: f64 = 24.0;

/// The chart palette for the person's colour scheme now.
pub fn page_palette() -> Palette {
    Palette::for_scheme(scheme().get_untracked())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ChartState {
    Loading,
    Drawn,
    Failed,
}

impl ChartState {
    fn attr(self) -> &'static str {
        match self {
            ChartState::Loading => "loading",
            ChartState::Drawn => "drawn",
            ChartState::Failed => "failed",
        }
    }
}

/// Builds a chart for a look; signals read inside make it redraw.
pub type BuildChart = Rc<dyn Fn(&Look) -> Drawn>;

/// Draws the chart `draw` makes, on one ECharts instance for the element's
/// lifetime. `label` describes the chart for assistive technology; the
/// table beside the chart carries the data itself.
#[component]
pub fn Chart(
    /// Builds the chart for a look (palette and width). It is called again
    /// when the width, the colour scheme or a signal it reads changes, and
    /// with the paper look before printing.
    draw: impl Fn(&Look) -> Drawn + 'static,
    /// A short description, e.g. "Bar chart of your dimension scores".
    #[prop(into)]
    label: String,
    /// The chart's width on paper, when narrower than the page's text column.
    #[prop(optional)]
    paper_width: Option<f64>,
) -> impl IntoView {
    let paper_width = paper_width.unwrap_or(PAPER_WIDTH).min(PAPER_WIDTH);
    let build: BuildChart = Rc::new(draw);
    let node = NodeRef::<html::Div>::new();
    let instance = StoredValue::new_local(None::<EChartsInstance>);
    let observer = StoredValue::new_local(None as Observer);
    let (state, set_state) = signal(ChartState::Loading);
    let width = RwSignal::new(0.0_f64);
    let (height, set_height) = signal(None::<f64>);
    let printing = StoredValue::new_local(false);

    // The screen drawing: rebuilt when the width step, the scheme or the
    // builder's own signals change.
    let screen = {
        // Charts live on the page's one thread; the memo only asks for Send.
        let build = SendWrapper::new(build.clone());
        Memo::new(move |_| {
            let w = width.get();
            (w > 0.0).then(|| {
                let palette = Palette::for_scheme(scheme().get());
                build(&Look::new(palette, w, t()))
            })
        })
    };

    Effect::new(move |_| {
        let Some(drawn) = screen.get() else { return };
        let Some(element) = node.get() else { return };
        set_height.set(Some(drawn.height));
        leptos::task::spawn_local(async move {
            if ensure_loaded().await.is_err() {
                let _ = set_state.try_set(ChartState::Failed);
                return;
            }
            let element: web_sys::HtmlElement = element.unchecked_into();
            let mut result = Err(String::new());
            // The view may have gone while ECharts loaded: then do nothing.
            let _ = instance.try_update_value(|slot| {
                if slot.is_none() {
                    *slot = EChartsInstance::create(&element).ok();
                }
                if let Some(chart) = slot.as_ref() {
                    result = chart.show(&drawn.option);
                    chart.fit();
                }
            });
            let _ = set_state.try_set(if result.is_ok() {
                ChartState::Drawn
            } else {
                ChartState::Failed
            });
        });
    });

    // Measure the element as soon as it exists, and whenever it resizes.
    Effect::new(move |_| {
        let Some(element) = node.get() else { return };
        let element: web_sys::HtmlElement = element.unchecked_into();
        width.set(step(element.client_width()));
        observe_resizes(&element, instance, observer, width, printing);
    });

    // Paper: light colours and the page's width before printing, the
    // screen's drawing again after.
    let before_print = {
        let build = build.clone();
        window_event_listener_untyped("beforeprint", move |_| {
            printing.set_value(true);
            let drawn = build(&Look::new(Palette::for_paper(), paper_width, t()));
            instance.with_value(|slot| {
                if let Some(chart) = slot {
                    let _ = chart.show(&drawn.option);
                    chart.fit_to(paper_width, drawn.height);
                }
            });
            if let Some(el) = node.get_untracked() {
                let el: web_sys::HtmlElement = el.unchecked_into();
                let style = el.style();
                let _ = style.set_property("height", &format!("{}px", drawn.height));
                let _ = style.set_property("width", &format!("{paper_width}px"));
            }
        })
    };
    let after_print = window_event_listener_untyped("afterprint", move |_| {
        printing.set_value(false);
        let Some(drawn) = screen.get_untracked() else {
            return;
        };
        if let Some(el) = node.get_untracked() {
            let el: web_sys::HtmlElement = el.unchecked_into();
            let style = el.style();
            let _ = style.set_property("height", &format!("{}px", drawn.height));
            let _ = style.remove_property("width");
        }
        instance.with_value(|slot| {
            if let Some(chart) = slot {
                let _ = chart.show(&drawn.option);
                chart.fit();
            }
        });
    });

    on_cleanup(move || {
        before_print.remove();
        after_print.remove();
        observer.update_value(|slot| {
            if let Some((obs, _)) = slot.take() {
                obs.disconnect();
            }
        });
        instance.update_value(|slot| {
            if let Some(chart) = slot.take() {
                chart.release();
            }
        });
    });

    view! {
        <div class="chart-frame" data-chart-state=move || state.get().attr()>
            <div class="chart" node_ref=node role="img" aria-label=label
                style:height=move || height.get().map(|h| format!("{h}px"))></div>
            <p class="chart-status" aria-hidden="true" hidden=move || state.get() == ChartState::Drawn>
                {move || match state.get() {
                    ChartState::Failed => t().chart_failed(),
                    _ => t().chart_drawing(),
                }}
            </p>
        </div>
    }
}

/// A measured width, rounded to the layout step.
fn step(px: i32) -> f64 {
    let px = f64::from(px.max(0));
    (px / WIDTH_STEP).floor() * WIDTH_STEP
}

fn observe_resizes(
    element: &web_sys::HtmlElement,
    instance: StoredValue<Option<EChartsInstance>, LocalStorage>,
    observer: StoredValue<Observer, LocalStorage>,
    width: RwSignal<f64>,
    printing: StoredValue<bool, LocalStorage>,
) {
    if observer.with_value(|o| o.is_some()) {
        return;
    }
    let watched = element.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        if printing.get_value() {
            return;
        }
        // A new width step lays the chart out again; within a step it scales.
        let measured = step(watched.client_width());
        if width.try_get_untracked().is_some_and(|w| w != measured) {
            let _ = width.try_set(measured);
        }
        instance.with_value(|slot| {
            if let Some(chart) = slot {
                chart.fit();
            }
        });
    });
    if let Ok(obs) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        obs.observe(element);
        observer.set_value(Some((obs, callback)));
    }
}
