export * from './cursor';
export * from './regions';
export * from './text';
export * from './topic-fields';
export * from './time';
