import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
async function g(e,t,n){try{return{data:await e.graphql(t,n),errors:[]}}catch(o){let r=o;if(r.data&&typeof r.data=="object"&&Array.isArray(r.errors))return{data:r.data,errors:r.errors};throw o}}var I=(e,t)=>`${e} ${t}${e===1?"":"s"}`,A=e=>`${e.type?`${e.type}: `:""}${e.message.split(`
`)[0]}`,c=class{counts=new Map;errors=[];nonNull(t,n,o){let r=t??[],l=r.filter(s=>s!=null);return l.length<r.length&&this.count(n,o,r.length-l.length),l}nodesOf(t,n,o){if(t===null)return this.count(`${n} list`,o),[];let r=typeof t=="object"?t.nodes:void 0;if(r===void 0||r!==null&&!Array.isArray(r))throw new Error(`GitHub's answer has no list of ${n}s where the query asked for one.`);return this.nonNull(r,n,o)}count(t,n,o=1){let r=this.counts.get(t)??{n:0,permission:n};r.n+=o,this.counts.set(t,r)}problems(t){this.errors.push(...t)}get any(){return this.counts.size>0||this.errors.length>0}sentence(){if(!this.any)return;let t=[...this.counts].map(([s,i])=>I(i.n,s)),n=[...new Set([...this.counts.values()].map(s=>s.permission))],o=this.errors.length?` (GitHub: ${A(this.errors[0])}${this.errors.length>1?`, and ${this.errors.length-1} more errors`:""})`:"",r=t.length?`Some data could not be read and was skipped: ${t.join(", ")}${o}.`:`GitHub answered with errors beside the data${o}; what it returned was used.`,l=n.length?n:["pull-requests: read"];return`${r} If the token should see them, give the job ${l.map(s=>`'${s}'`).join(" and ")} in its permissions: block.`}};var E="[READY_FOR_REVIEW_EVENT, CONVERT_TO_DRAFT_EVENT, REVIEW_REQUESTED_EVENT, REVIEW_REQUEST_REMOVED_EVENT, PULL_REQUEST_REVIEW, PULL_REQUEST_COMMIT, HEAD_REF_FORCE_PUSHED_EVENT]",h="requestedReviewer { __typename ... on User { login } ... on Team { slug } ... on Bot { login } ... on Mannequin { login } }",R=`
  __typename
  ... on ReadyForReviewEvent { createdAt }
  ... on ConvertToDraftEvent { createdAt }
  ... on ReviewRequestedEvent { createdAt ${h} }
  ... on ReviewRequestRemovedEvent { createdAt ${h} }
  ... on PullRequestReview { submittedAt createdAt state author { __typename login } }
  ... on PullRequestCommit { commit { committedDate } }
  ... on HeadRefForcePushedEvent { createdAt }
`,w=`
  number title url createdAt isDraft
  author { __typename login }
  timelineItems(first: 100, itemTypes: ${E}) {
    pageInfo { hasNextPage endCursor }
    nodes { ${R} }
  }
`,y=`query PullTimeline($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) { pullRequest(number: $number) { ${w} } }
}`,G=(e,t="")=>`query ${e}($owner: String!, $name: String!, $cursor: String) {
  repository(owner: $owner, name: $name) {
    pullRequests(states: OPEN, first: 50, after: $cursor, orderBy: { field: CREATED_AT, direction: ASC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ${w} ${t} }
    }
  }
}`,q=G("OpenPullTimelines"),P=`query MoreTimeline($owner: String!, $name: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      timelineItems(first: 100, after: $cursor, itemTypes: ${E}) {
        pageInfo { hasNextPage endCursor }
        nodes { ${R} }
      }
    }
  }
}`;var b=e=>e?{login:e.login,bot:e.__typename==="Bot"||e.login.endsWith("[bot]")}:{login:"ghost",bot:!1},N=e=>e?e.__typename==="Team"?{kind:"team",name:e.slug??""}:e.login?{kind:"user",name:e.login}:void 0:void 0;function O(e){let t=n=>Date.parse(n??"");switch(e.__typename){case"ReadyForReviewEvent":return{kind:"ready",at:t(e.createdAt)};case"ConvertToDraftEvent":return{kind:"draft",at:t(e.createdAt)};case"ReviewRequestedEvent":case"ReviewRequestRemovedEvent":{let n=N(e.requestedReviewer);return n?{kind:e.__typename==="ReviewRequestedEvent"?"requested":"unrequested",at:t(e.createdAt),reviewer:n}:void 0}case"PullRequestReview":return!e.submittedAt||e.state==="PENDING"?void 0:{kind:"review",at:t(e.submittedAt),author:b(e.author),state:e.state??"COMMENTED"};case"PullRequestCommit":return e.commit?{kind:"push",at:t(e.commit.committedDate)}:void 0;case"HeadRefForcePushedEvent":return{kind:"push",at:t(e.createdAt)};default:return}}var T=e=>e.flatMap(t=>{let n=O(t);return n&&Number.isFinite(n.at)?[n]:[]}),$={hasNextPage:!1,endCursor:null};async function _(e,t,n,o){let r=i=>{if(i===null)return o.count("pull request timeline","pull-requests: read"),[];if(typeof i!="object"||i.nodes!==null&&!Array.isArray(i.nodes))throw new Error(`GitHub answered pull request #${String(n.number)} without its timeline.`);return o.nonNull(i.nodes,"timeline event","pull-requests: read")},l=T(r(n.timelineItems)),s=n.timelineItems?.pageInfo??$;for(;s.hasNextPage;){let i=await g(e,P,{owner:t.owner,name:t.repo,number:n.number,cursor:s.endCursor});o.problems(i.errors);let a=i.data.repository?.pullRequest?.timelineItems;l.push(...T(r(a))),s=a?.pageInfo??$}return{number:n.number,title:n.title,url:n.url,author:b(n.author),createdAt:Date.parse(n.createdAt),draft:n.isDraft,events:l.sort((i,a)=>i.at-a.at)}}var v=(e,t)=>new Error(`${e} could not be read${t[0]?` (GitHub: ${t[0].type?`${t[0].type}: `:""}${t[0].message})`:""}. Give the job 'pull-requests: read' in its permissions: block.`);async function L(e,t,n){let{data:o,errors:r}=await g(e,y,{owner:t.owner,name:t.repo,number:n}),l=o.repository?.pullRequest;if(!l)throw v(`pull request #${n} of ${t.owner}/${t.repo}`,r);let s=new c;s.problems(r);let i=await _(e,t,l,s);return s.any?{...i,skipped:s.sentence()}:i}async function k(e,t,n,o,r){let l=[],s=r??new c,i=null,a=0,f=m=>{let u=[m,r?void 0:s.sentence()].filter(d=>d!==void 0).join(" ");return u?{pulls:l,total:a,incomplete:u}:{pulls:l,total:a}};for(let m=1;;m++){let u;try{u=await g(e,n,{owner:t.owner,name:t.repo,cursor:i})}catch(p){if(m===1)throw p;return f(`page ${m} of open pull requests could not be read (${p.message.split(`
`)[0]}); ${l.length} of ${a} were evaluated.`)}let d=u.data.repository?.pullRequests;if(!d)throw v(`the open pull requests of ${t.owner}/${t.repo}`,u.errors);s.problems(u.errors),a=d.totalCount;for(let p of s.nodesOf(d,"open pull request","pull-requests: read"))l.push(o(p,await _(e,t,p,s),s));if(!d.pageInfo.hasNextPage)return f();i=d.pageInfo.endCursor}}var U=(e,t)=>k(e,t,q,(n,o)=>o);export{g as a,c as b,G as c,b as d,L as e,k as f,U as g};
