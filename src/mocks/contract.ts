// The REST contract lives with the HTTP adapter (`./http`); the mocks answer it.
export * from '../http/contract';
