import 'reflect-metadata';
import { startServer } from './server';

void startServer();
