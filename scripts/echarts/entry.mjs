// The ECharts the app loads: only the chart types and components its charts
// use, with the SVG renderer (sharp in print, no canvas needed). The bundle
// exposes the same global API (`echarts.init`, `getInstanceByDom`, …) as the
// full build. Add a chart type here when a new chart needs it.
import { use } from 'echarts/core';
import { BarChart, BoxplotChart, LineChart, RadarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, RadarComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, BoxplotChart, LineChart, RadarChart, ScatterChart, GridComponent, LegendComponent, MarkAreaComponent, RadarComponent, TitleComponent, TooltipComponent, SVGRenderer]);

export { init, getInstanceByDom, dispose, version } from 'echarts/core';
