import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
import{a as g,b,d as y}from"./LD2TIONV.js";import{d as w,e as h,f as $}from"./OFTIQXX3.js";import"./ZVPAYTF5.js";import"./RMBSWLFN.js";import{d as k}from"./3S4JQC6J.js";import"./LCULFC3Q.js";import"./X5ROSCIP.js";import"./CPMEZ5LC.js";import{a as d}from"./XOQSQQMR.js";import"./6FB54YAU.js";import{l as a,m as f}from"./QZUOYCU3.js";import{e as p}from"./JA5FMTAE.js";import"./K3UQR36H.js";import"./BNTRPHZ4.js";import"./ALIK4SK4.js";import"./WKK5WHZZ.js";import"./3ODPCB4E.js";import"./WTMH4DXY.js";import"./XKTFEO24.js";import"./MPM4G5PF.js";var q=`query PullLinks($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      title body
      author { __typename login }
      labels(first: 50) { nodes { name } }
      closingIssuesReferences(first: 20) { nodes { number repository { nameWithOwner } } }
      commits(last: 100) { totalCount nodes { commit { message } } }
    }
  }
}`;async function L(i,t,r){let{data:l,errors:o}=await g(i,q,{owner:t.owner,name:t.repo,number:r}),s=l.repository?.pullRequest;if(!s){let e=o[0]?` (GitHub: ${o[0].type?`${o[0].type}: `:""}${o[0].message})`:"";throw new Error(`pull request #${r} of ${t.owner}/${t.repo} could not be read${e}. Give the job 'pull-requests: read' in its permissions: block.`)}let n=new b;n.problems(o);let m=n.nodesOf(s.closingIssuesReferences,"closing issue reference","issues: read").filter(e=>e.repository!==null||(n.count("closing issue reference","issues: read"),!1)),u=n.nodesOf(s.commits,"commit message","pull-requests: read").flatMap(e=>e.commit?[e.commit.message]:(n.count("commit message","pull-requests: read"),[])),c=s.commits?.totalCount??0;return{repo:`${t.owner}/${t.repo}`,title:s.title,body:s.body??"",author:y(s.author),labels:n.nodesOf(s.labels,"label","pull-requests: read").map(e=>e.name),closing:m.map(e=>`${e.repository.nameWithOwner}#${e.number}`),commitMessages:u,...c>u.length?{commitsUnread:c-u.length}:{},...n.any?{skipped:n.sentence()}:{}}}function v(i){return $("issue-linked",i,async t=>{let r=h(t,a["github-token"]),l=await w("issue-linked",a,f,t,r);if(!l)return;let{pr:o,settings:s,note:n}=l,m=await L(r,t.repo,o.number);await k(n(d({...m,labels:p([...m.labels,...o.labels])},s)),{env:i})})}export{v as runIssueLinkedAction};
