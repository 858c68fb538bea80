/**
 * The printed briefing's map box, mm: the right column of an A4 landscape page (277 × 190 mm
 * inside the margins), beside the evacuation blocks, with the legend under it. The print
 * stylesheet's map column is as wide (briefing.css, `--print-map-width`).
 */
export const BRIEFING_PRINT_MAP_MM = [118, 122] as const;
