export * from './cursor';
export * from './text';
export * from './topic-fields';
export * from './time';
export * from './matching';
export * from './skills';
