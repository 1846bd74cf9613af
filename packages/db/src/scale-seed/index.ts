export { generateScaleData, type ScaleData, type ScaleOptions } from './generate';
export { insertScaleData, removeScaleData } from './insert';
