//! A chart element driven by an ECharts option. It never shows an empty box:
//! until the chart is drawn it says so, and if drawing fails it points to the
//! table equivalent that every chart has.

use crate::web::echarts::{ensure_loaded, EChartsInstance};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The resize observer watching a chart's element, with the callback it calls.
type Observer = Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>;

/// The chart palette for the person's colour scheme.
pub fn page_palette() -> crate::charts::palette::Palette {
    use crate::charts::palette::{Palette, Scheme};
    Palette::for_scheme(if crate::web::browser::prefers_dark() {
        Scheme::Dark
    } else {
        Scheme::Light
    })
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

/// Draws `option` (an ECharts option as JSON) and redraws it whenever the
/// signal changes, on one ECharts instance for the element's lifetime.
/// `label` describes the chart for assistive technology; the table beside
/// the chart carries the data itself.
#[component]
pub fn Chart(
    /// The chart's ECharts option, as JSON.
    #[prop(into)]
    option: Signal<String>,
    /// A short description, e.g. "Bar chart of your dimension scores".
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let node = NodeRef::<html::Div>::new();
    let instance = StoredValue::new_local(None::<EChartsInstance>);
    let observer = StoredValue::new_local(None as Observer);
    let (state, set_state) = signal(ChartState::Loading);

    Effect::new(move |_| {
        let json = option.get();
        let Some(element) = node.get() else { return };
        leptos::task::spawn_local(async move {
            if ensure_loaded().await.is_err() {
                let _ = set_state.try_set(ChartState::Failed);
                return;
            }
            let element: web_sys::HtmlElement = element.unchecked_into();
            let mut drawn = Err(String::new());
            // The view may have gone while ECharts loaded: then do nothing.
            let _ = instance.try_update_value(|slot| {
                if slot.is_none() {
                    *slot = EChartsInstance::create(&element).ok();
                    if slot.is_some() {
                        observe_resizes(&element, instance, observer);
                    }
                }
                if let Some(chart) = slot.as_ref() {
                    drawn = chart.show(&json);
                }
            });
            let _ = set_state.try_set(if drawn.is_ok() {
                ChartState::Drawn
            } else {
                ChartState::Failed
            });
        });
    });

    on_cleanup(move || {
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
            <div class="chart" node_ref=node role="img" aria-label=label></div>
            <p class="chart-status" aria-hidden="true" hidden=move || state.get() == ChartState::Drawn>
                {move || match state.get() {
                    ChartState::Failed => "The chart could not be drawn here; the table has the same figures.",
                    _ => "Drawing the chart…",
                }}
            </p>
        </div>
    }
}

fn observe_resizes(
    element: &web_sys::HtmlElement,
    instance: StoredValue<Option<EChartsInstance>, LocalStorage>,
    observer: StoredValue<Observer, LocalStorage>,
) {
    let callback = Closure::<dyn FnMut()>::new(move || {
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
