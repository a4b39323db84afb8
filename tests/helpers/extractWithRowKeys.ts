// A folder's tables with the row keys its extraction made (src/extract/rowKeys.ts), on one worker.
import { extractFolder } from "../../src/extract/index.js";
import type { RowKeys } from "../../src/extract/rowKeys.js";
import type { Tables } from "../../src/extract/types.js";

export async function extractWithRowKeys(folder: string, cacheDir: string): Promise<{ tables: Tables; rowKeys: RowKeys }> {
  let rowKeys: RowKeys | undefined;
  const tables = await extractFolder(folder, { cacheDir, workers: 1, onRowKeys: (k) => (rowKeys = k) });
  if (!rowKeys) throw new Error(`no row keys from the extraction of ${folder}`);
  return { tables, rowKeys };
}
