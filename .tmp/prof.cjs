const fs=require("fs");
const file=process.argv[2]||fs.readdirSync("/tmp/prof").map(f=>"/tmp/prof/"+f)[0];
const p=JSON.parse(fs.readFileSync(file,"utf8"));
const nodes=new Map(p.nodes.map(n=>[n.id,n]));
const self=new Map(); const dt=p.timeDeltas;
for (let i=0;i<p.samples.length;i++){ self.set(p.samples[i],(self.get(p.samples[i])||0)+(dt[i]||0)); }
const parent=new Map(); for (const n of p.nodes) for (const c of (n.children||[])) parent.set(c,n.id);
const incl=new Map(); const byFile=new Map();
for (const [id,t] of self){ let cur=id; const seen=new Set(); const seenF=new Set(); while(cur!==undefined){ const n=nodes.get(cur); const u=n.callFrame.url.replace(/.*node_modules\//,"nm/").replace(/.*\/dist\//,"dist/"); const key=u+" "+n.callFrame.functionName; if(!seen.has(key)){incl.set(key,(incl.get(key)||0)+t); seen.add(key);} const pk=u.split("/").slice(0,2).join("/"); if(!seenF.has(pk)){byFile.set(pk,(byFile.get(pk)||0)+t); seenF.add(pk);} cur=parent.get(cur);} }
console.log("total ms", (p.endTime-p.startTime)/1000);
for (const [k,t] of [...byFile].sort((a,b)=>b[1]-a[1]).slice(0,15)) console.log("F",(t/1000).toFixed(0).padStart(6),k);
for (const [k,t] of [...incl].sort((a,b)=>b[1]-a[1]).slice(0,+(process.argv[3]||40))) console.log((t/1000).toFixed(0).padStart(6),k);
