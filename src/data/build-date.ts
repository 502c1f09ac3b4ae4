/** Build time, shared by /data/ and citations; SOURCE_DATE_EPOCH (seconds) makes a rebuild byte-identical. */
export const builtAt = new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now());
