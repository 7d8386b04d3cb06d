//! The small ECharts binding charming's `WasmRenderer` lacks: it re-runs
//! `echarts.init` on every render and cannot dispose. Here each chart element
//! gets exactly one instance, updated with `setOption`, resized with its
//! container and disposed when its view goes. ECharts itself is loaded only
//! when the first chart is shown, so pages without charts never download it.

use wasm_bindgen::prelude::*;

/// Where the ECharts script is served from, next to index.html.
pub const ECHARTS_SCRIPT: &str = "echarts.min.js";

#[wasm_bindgen]
extern "C" {
    /// A live chart on one element.
    pub type EChartsInstance;

    #[wasm_bindgen(js_namespace = echarts, js_name = init, catch)]
    fn echarts_init(
        element: &web_sys::HtmlElement,
        theme: &JsValue,
        options: &JsValue,
    ) -> Result<EChartsInstance, JsValue>;

    #[wasm_bindgen(method, js_name = setOption, catch)]
    fn set_option(this: &EChartsInstance, option: &JsValue, not_merge: bool)
        -> Result<(), JsValue>;

    #[wasm_bindgen(method, js_name = resize)]
    fn resize_with(this: &EChartsInstance, size: &JsValue);

    #[wasm_bindgen(method)]
    fn dispose(this: &EChartsInstance);

    /// ECharts' renderer (zrender), which paints on the next animation frame
    /// unless told to flush.
    type ZRender;

    #[wasm_bindgen(method, js_name = getZr)]
    fn get_zr(this: &EChartsInstance) -> ZRender;

    #[wasm_bindgen(method)]
    fn flush(this: &ZRender);
}

/// Starts loading ECharts now, without waiting: called when a page with
/// charts is opened, so the script loads while the page's piece downloads
/// instead of after it. Each chart still awaits [`ensure_loaded`] and shows
/// its own message if the load failed.
pub fn start_loading() {
    leptos::task::spawn_local(async {
        // A failure is reported by the charts that need it (see above).
        let _ = ensure_loaded().await;
    });
}

/// Loads ECharts once per page; later calls wait for the same load.
pub async fn ensure_loaded() -> Result<(), String> {
    crate::web::library::load(ECHARTS_SCRIPT, "echarts")
        .await
        .map_err(|_| "the chart library could not be loaded".to_string())
}

impl EChartsInstance {
    /// Creates the one instance for `element`, drawn with SVG so it stays
    /// sharp in print and at any zoom.
    pub fn create(element: &web_sys::HtmlElement) -> Result<EChartsInstance, String> {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"renderer".into(), &"svg".into());
        echarts_init(element, &JsValue::NULL, &options)
            .map_err(|_| "the chart could not start".to_string())
    }

    /// Replaces the chart's option with `option_json` (an ECharts option as JSON).
    pub fn show(&self, option_json: &str) -> Result<(), String> {
        let option = js_sys::JSON::parse(option_json)
            .map_err(|_| "the chart data is not valid".to_string())?;
        self.set_option(&option, true)
            .map_err(|_| "the chart could not be drawn".to_string())
    }

    /// Fits the chart to its element's size.
    pub fn fit(&self) {
        // "auto" forgets any size given by `fit_to`, which ECharts keeps otherwise.
        let size = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&size, &"width".into(), &"auto".into());
        let _ = js_sys::Reflect::set(&size, &"height".into(), &"auto".into());
        self.resize_with(&size);
    }

    /// Draws the chart at a given size, whatever its element measures, and
    /// paints it at once: for paper, where the browser lays the page out for
    /// print right after `beforeprint`, before any animation frame.
    pub fn fit_to(&self, width: f64, height: f64) {
        let size = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&size, &"width".into(), &width.into());
        let _ = js_sys::Reflect::set(&size, &"height".into(), &height.into());
        self.resize_with(&size);
        self.get_zr().flush();
    }

    /// Frees the chart; the instance must not be used afterwards.
    pub fn release(&self) {
        self.dispose();
    }
}
