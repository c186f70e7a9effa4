/** The performance mark set once the title screen takes input; the benchmark measures to it. */
export const TITLE_INTERACTIVE_MARK = 'mediator:title-interactive';
