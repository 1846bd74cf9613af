export { DEMO_ADVISORS, seedDemoWorkbench } from './demo-workbench';
export { WorkbenchModule } from './workbench.module';
export { WorkbenchLoaders } from './workbench.loaders';
