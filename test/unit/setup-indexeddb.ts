// Gives Dexie a real IndexedDB implementation in Node before any module imports it.
import 'fake-indexeddb/auto';
