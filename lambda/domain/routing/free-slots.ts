const CAPACITY_BATCH = 8;
const MAX_SLOTS_CHECKED = 64;

/**
 * The first `count` of the candidate slots (in their order) that still have room for a callback. Bookings are
 * counted a batch at a time by `countBooked` (the store's word), at most 64 candidates in all.
 */
export async function firstFreeSlots(
  candidates: Date[],
  capacity: number,
  count: number,
  countBooked: (batch: Date[]) => Promise<number[]>,
): Promise<Date[]> {
  const checked = candidates.slice(0, MAX_SLOTS_CHECKED);
  const free: Date[] = [];
  for (let i = 0; i < checked.length && free.length < count; i += CAPACITY_BATCH) {
    const batch = checked.slice(i, i + CAPACITY_BATCH);
    const booked = await countBooked(batch);
    batch.forEach((slot, j) => {
      if (booked[j] < capacity && free.length < count) free.push(slot);
    });
  }
  return free;
}
