import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
const nlp = winkNLP(model, ['sbd','pos']);
const its = nlp.its;
const base = `Last year at Acme, our checkout service kept timing out during peak sales. I was the TPM responsible for the payments migration. I led a war room with three teams, um, and I wrote the rollback plan. We cut p99 latency from 900 ms to 180 ms and reduced failed payments by 40%, saving about $2M a year. `;
const big = base.repeat(5);
console.log(big.split(/\s+/).length);
const run=()=>{const d=nlp.readDoc(big); const t=d.tokens(); t.out(its.value); t.out(its.pos); t.out(its.lemma); t.out(its.precedingSpaces); t.out(its.type); d.sentences().out(its.span);};
for (let i=0;i<300;i++) run();
const ts=[];
for (let i=0;i<1000;i++){const a=performance.now(); run(); ts.push(performance.now()-a);}
ts.sort((a,b)=>a-b); console.log('p50',ts[500],'p99',ts[990]);
