/** The mark the boot benchmark waits for on the bare page: its one empty scene is live. */
export const BARE_READY_MARK = 'bare:ready';
