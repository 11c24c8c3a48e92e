/** A calendar date known to a stated precision (the shape of the model's `PartialDate`), as the dictionaries write it. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  precision: 'day' | 'month' | 'year';
}
