/**
 * @module calendars
 */
export {};
