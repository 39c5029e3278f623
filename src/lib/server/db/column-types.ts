/** Column types shared by the table types of db/schema-*.ts: how values read and write. */
import type { ColumnType } from 'kysely';

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
export type Json<T = Record<string, unknown>> = ColumnType<T, string | undefined, string>;
export type NullableJson<T = Record<string, unknown>> = ColumnType<T | null, string | null | undefined, string | null>;
export type TextArray = ColumnType<string[], string[] | undefined, string[]>;
