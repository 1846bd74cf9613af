import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

type SchemaEngineModule = typeof import('@prisma/schema-engine-wasm');
type WasmExports = Record<string, unknown>;
/** The part of the WebAssembly global we use (@types/node 20 does not declare it). */
const { WebAssembly: Wasm } = globalThis as unknown as {
  WebAssembly: {
    Module: new (bytes: Uint8Array) => object;
    Instance: new (module: object, imports: Record<string, unknown>) => { exports: WasmExports };
  };
};

let loaded: Promise<SchemaEngineModule> | null = null;

/**
 * Loads Prisma's schema engine compiled to WebAssembly. Its package imports the .wasm file as an
 * ES module, which Node 20 refuses without a flag, so we instantiate the bytes ourselves and hand
 * the exports to the generated bindings (see STACK.md).
 */
function loadEngineModule(): Promise<SchemaEngineModule> {
  loaded ??= (async () => {
    // A Rust panic reports its message through this registry; without it the panic surfaces as
    // an unrelated TypeError.
    const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
    registry.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message: string) {
        lastPanic = message;
      },
    };
    const bindings = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as SchemaEngineModule & {
      __wbg_set_wasm(exports: WasmExports): void;
    };
    const wasmFile = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
    const module = new Wasm.Module(readFileSync(wasmFile));
    const instance = new Wasm.Instance(module, { './schema_engine_bg.js': bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return loaded;
}

let lastPanic: string | null = null;

/** The message of the last Rust panic inside the engine, if any (for error reports). */
export function takeEnginePanic(): string | null {
  const message = lastPanic;
  lastPanic = null;
  return message;
}

export interface EngineHandle {
  readonly engine: SchemaEngine;
  readonly logs: string[];
  /** Frees the engine and closes its connections (and with them PostgreSQL's advisory lock). */
  dispose(): Promise<void>;
}

/** Starts a schema engine on a migration-aware driver adapter factory. */
export async function startSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory & { disposeAll(): Promise<void> },
  datamodel?: { path: string; content: string },
): Promise<EngineHandle> {
  const bindings = await loadEngineModule();
  const logs: string[] = [];
  let engine: SchemaEngine;
  try {
    engine = await bindings.SchemaEngine.new(
      { datamodels: datamodel ? [[datamodel.path, datamodel.content]] : undefined },
      (log: string) => logs.push(log),
      bindMigrationAwareSqlAdapterFactory(factory),
    );
  } catch (error) {
    await factory.disposeAll();
    throw error;
  }
  return {
    engine,
    logs,
    dispose: async () => {
      try {
        engine.free();
      } finally {
        await factory.disposeAll();
      }
    },
  };
}
