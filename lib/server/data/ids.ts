// Ids of rows (reports, organs, comments) are UUIDs the server made (crypto.randomUUID). An id from a
// URL or a form that is not one names nothing: it is answered as not found before any query, so a
// NUL or a stray byte never reaches the database (where it failed as a 500).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (id: unknown): id is string => typeof id === 'string' && UUID.test(id);
