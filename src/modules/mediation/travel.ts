/**
 * Travel between two appointments: an estimate from the straight-line
 * distance, good enough to keep a mediator from being booked at two places
 * without the time to get from one to the other, and to prefer short ways.
 * Pure; no routing service.
 *
 * - Distance: great-circle (haversine) × DETOUR_FACTOR, since streets are not
 *   straight.
 * - Time: distance at the speed of the travel mode, plus the usual wait for
 *   bus or tram, rounded up to whole minutes, plus TRAVEL_BUFFER_MINUTES for
 *   parking, the way from the stop and finding the room.
 * - Remote appointments (phone, video) or an unknown place (null) need no
 *   travel at all: 0, without the buffer — nobody has to find a room.
 * - The same place (less than SAME_PLACE_KM apart: one building) needs no
 *   travel either, so two talks in one school may follow each other directly.
 */
import type { Point, TravelMode } from "./model.ts";

/** Minutes added to every trip: parking or walking from the stop, finding the room. */
export const TRAVEL_BUFFER_MINUTES = 10;

/** Street distance per straight-line kilometre. */
export const DETOUR_FACTOR = 1.3;

/** Closer than this (km, with detour) counts as the same building. */
export const SAME_PLACE_KM = 0.05;

/** Average door-to-door speeds in town, km/h. */
export const SPEED_KMH: Readonly<Record<TravelMode, number>> = { car: 35, public_transport: 18, bicycle: 14, foot: 4.5 };

/** Average wait before the trip starts (bus, tram), minutes. */
export const WAIT_MINUTES: Readonly<Record<TravelMode, number>> = { car: 0, public_transport: 10, bicycle: 0, foot: 0 };

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Street distance estimate without rounding. */
function streetKm(a: Point, b: Point): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLng = (b.lng - a.lng) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h))) * DETOUR_FACTOR;
}

/** One-way street distance in km (detour included), to one decimal — what a fee for kilometres is based on. */
export function distanceKm(a: Point, b: Point): number {
  return Math.round(streetKm(a, b) * 10) / 10;
}

/** Minutes to allow between leaving `from` and starting at `to`; 0 when either is not a place one travels to. */
export function travelMinutes(from: Point | null, to: Point | null, mode: TravelMode): number {
  if (!from || !to) return 0;
  const km = streetKm(from, to);
  if (km < SAME_PLACE_KM) return 0;
  return Math.ceil((km / SPEED_KMH[mode]) * 60 + WAIT_MINUTES[mode]) + TRAVEL_BUFFER_MINUTES;
}
