/** Build time, shared by /data/ and citations; SOURCE_DATE_EPOCH (seconds) makes a rebuild byte-identical. */
export const builtAt = new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now());

/** A moment's day (YYYY-MM-DD, UTC). */
export const dayOf = (moment: Date) => moment.toISOString().slice(0, 10);

/** The build's day: the access date an entry page's citations give. */
export const accessedDay = dayOf(builtAt);
