import fs from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
const [file, want] = process.argv.slice(2);
const code = fs.readFileSync(file, 'utf8');
const smc = new SourceMapConsumer(JSON.parse(fs.readFileSync(file + '.map', 'utf8')));
const lines = code.split('\n'); const ms = []; smc.eachMapping((m) => ms.push(m));
ms.sort((a,b)=>a.generatedLine-b.generatedLine||a.generatedColumn-b.generatedColumn);
let out='';
for (let i=0;i<ms.length;i++){const m=ms[i],n=ms[i+1];if(!(m.source||'').endsWith(want))continue;const line=lines[m.generatedLine-1];const end=n&&n.generatedLine===m.generatedLine?n.generatedColumn:line.length;out+=line.slice(m.generatedColumn,end);}
console.log(out);
