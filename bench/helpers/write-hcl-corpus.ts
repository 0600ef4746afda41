import { writeFileSync } from 'node:fs';
import { corpus } from './hcl-corpus.ts';

// Run by hcl.bench.ts in its own process: writes the benchmark corpus as a JSON array of file
// texts to the path given.
const [outFile] = process.argv.slice(2);
if (!outFile) throw new Error('usage: write-hcl-corpus.ts <output file>');
writeFileSync(outFile, JSON.stringify(corpus()));
