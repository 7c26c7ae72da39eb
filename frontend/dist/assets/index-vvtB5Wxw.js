const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/InsightsPage-C08jNBjs.js","assets/rolldown-runtime-XKyaHtl9.js","assets/charts-DBgiqiy0.js","assets/mantine-yOxTrcFb.js","assets/react-ChuVQnjQ.js","assets/mantine-MrxVXM7H.css","assets/charts-CmJwn1CT.css","assets/vendor-D4Fngvba.js","assets/format-DifaNmC7.js","assets/TrendChart-96Tv1kRz.js","assets/dimensions-4FmIW2mg.js","assets/query-DHXM1PbC.js","assets/ReportsPage-SAjih1Pa.js","assets/ReportPage-CcawXw2I.js","assets/ReportPage-9-ljPtPg.css","assets/DirectoryPage-BifG2ux_.js","assets/ReportTemplatesPage-BitJqm0L.js","assets/WorkflowsPage-BWXu7qo-.js","assets/CommsPage-D11-k4Uw.js"])))=>i.map(i=>d[i]);
import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{B as t,C as n,E as r,F as i,G as a,H as o,I as s,J as c,K as l,L as u,M as d,O as f,P as p,R as m,S as h,T as g,U as _,V as v,_ as y,a as b,b as x,c as S,ct as C,d as w,et as ee,f as T,i as te,j as E,k as D,l as O,m as ne,n as k,nt as re,o as ie,p as ae,q as oe,s as A,t as j,u as se,v as ce,w as le,x as ue,y as de,z as fe}from"./mantine-yOxTrcFb.js";import{a as pe,c as me,d as he,f as ge,h as _e,i as ve,l as ye,n as M,o as N,p as be,r as xe,s as Se,t as Ce,u as we}from"./react-ChuVQnjQ.js";import{a as P,c as Te,d as Ee,i as De,l as Oe,n as ke,o as F,r as Ae,s as je,t as Me,u as Ne}from"./vendor-D4Fngvba.js";import{A as I,C as Pe,D as Fe,E as Ie,O as Le,S as Re,T as ze,_ as Be,a as Ve,b as He,c as L,d as R,f as Ue,g as We,h as Ge,i as Ke,j as z,k as B,l as qe,m as V,n as Je,o as Ye,p as Xe,r as Ze,s as H,t as Qe,u as $e,v as et,w as tt,x as nt,y as rt}from"./format-DifaNmC7.js";import{n as it,r as U,t as at}from"./query-DHXM1PbC.js";import{i as ot,r as st}from"./dimensions-4FmIW2mg.js";(function(){let e=document.createElement(`link`).relList;if(e&&e.supports&&e.supports(`modulepreload`))return;for(let e of document.querySelectorAll(`link[rel="modulepreload"]`))n(e);new MutationObserver(e=>{for(let t of e)if(t.type===`childList`)for(let e of t.addedNodes)e.tagName===`LINK`&&e.rel===`modulepreload`&&n(e)}).observe(document,{childList:!0,subtree:!0});function t(e){let t={};return e.integrity&&(t.integrity=e.integrity),e.referrerPolicy&&(t.referrerPolicy=e.referrerPolicy),t.credentials=e.crossOrigin===`use-credentials`?`include`:e.crossOrigin===`anonymous`?`omit`:`same-origin`,t}function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}})();var W=e(_e(),1),ct=be(),lt={"X-Debrief-CSRF":`1`};function ut(e){return`/auth/login?return_to=${encodeURIComponent(e)}`}function dt(){return window.location.pathname+window.location.search}var ft=`debrief:sign-in-started-at`,pt=6e4,mt=!1;function ht(){try{let e=Number(sessionStorage.getItem(ft));return e>0&&Date.now()-e<pt}catch{return!1}}function gt(){if(mt)return`leaving`;if(ht())return`loop`;mt=!0;try{sessionStorage.setItem(ft,String(Date.now()))}catch{}return window.location.assign(ut(dt())),`leaving`}function _t(){try{sessionStorage.removeItem(ft)}catch{}}function vt(e){return e?e.graphQLErrors.some(e=>e.extensions?.code===`UNAUTHENTICATED`)?!0:e.response?.status===401:!1}async function yt(){let e=await fetch(`/auth/logout`,{method:`POST`,credentials:`same-origin`,headers:lt});if(!e.ok&&e.status!==401)throw Error(`The server answered ${e.status}${e.statusText?` ${e.statusText}`:``}.`);_t()}var bt=`/signed-out`;function G(e){(0,W.useEffect)(()=>{document.title=e?`${e} · Debrief`:`Debrief`},[e])}var xt=B(`
  query Viewer {
    viewer {
      id
      name
      email
      role
      department
    }
    serverInfo {
      devLogin
    }
  }
`),St=(0,W.createContext)(null);function K(){let e=(0,W.useContext)(St);if(!e)throw Error(`useSession outside RequireSignIn`);return e}var q=ge();function Ct({children:e}){let[{data:t,error:n},r]=F({query:xt,requestPolicy:`cache-first`}),i=t?.viewer??null,a=t!==void 0&&i===null,[o,s]=(0,W.useState)(!1);return(0,W.useEffect)(()=>{i?_t():a&&gt()===`loop`&&s(!0)},[i,a]),i?(0,q.jsx)(St.Provider,{value:{viewer:i,devLogin:t?.serverInfo.devLogin??!1},children:e}):o?(0,q.jsx)(wt,{}):n&&!t?(0,q.jsx)(D,{size:`sm`,py:`xl`,children:(0,q.jsx)(z,{error:n,onRetry:()=>r({requestPolicy:`network-only`})})}):(0,q.jsx)(I,{what:a?`the sign-in page`:`Debrief`})}function wt(){return G(`Sign-in did not finish`),(0,q.jsx)(D,{size:`sm`,py:`xl`,children:(0,q.jsxs)(A,{gap:`sm`,align:`flex-start`,children:[(0,q.jsx)(j,{order:1,children:`Sign-in did not finish`}),(0,q.jsx)(v,{children:`You came back from signing in, but Debrief still does not know who you are. If this happens again, your browser may be refusing Debrief's cookie.`}),(0,q.jsx)(i,{component:`a`,href:ut(dt()),children:`Sign in`})]})})}function Tt(e){return e===`ANALYST`||e===`ADMIN`}function Et(){return(0,q.jsxs)(`div`,{className:`dev-login-banner`,role:`note`,"aria-label":`Development sign-in warning`,"data-testid":`dev-login-banner`,children:[(0,q.jsx)(`span`,{"aria-hidden":`true`,children:`⚠`}),(0,q.jsxs)(`span`,{children:[(0,q.jsx)(`strong`,{children:`Development sign-in is on`}),` — anyone can sign in as anyone. Do not use in production.`]})]})}var Dt={base:44,sm:32},Ot=B(`
  query UnreadNotifications {
    unreadNotifications
  }
`),kt=3e4;function At(){let[e,t]=F({query:Ot}),n=(0,W.useCallback)(()=>t({requestPolicy:`network-only`}),[t]);return(0,W.useEffect)(()=>{let e=window.setInterval(()=>{document.visibilityState===`visible`&&n()},kt),t=()=>n();return window.addEventListener(`focus`,t),()=>{window.clearInterval(e),window.removeEventListener(`focus`,t)}},[n]),e.data?.unreadNotifications}function jt(){let e=De();return(0,W.useCallback)(()=>{e.query(Ot,{},{requestPolicy:`network-only`}).toPromise()},[e])}function Mt(){let e=At()??0,t=e?`Inbox, ${e} unread`:`Inbox, nothing unread`;return(0,q.jsx)(n,{label:e>99?`99+`:e,size:18,color:`red`,disabled:!e,offset:4,"data-testid":`inbox-bell`,"data-unread":e,children:(0,q.jsx)(c,{component:M,to:`/inbox`,"aria-label":t,title:t,className:`inbox-bell`,c:`white`,p:6,style:{display:`flex`,borderRadius:6},children:(0,q.jsxs)(`svg`,{width:`22`,height:`22`,viewBox:`0 0 24 24`,fill:`none`,stroke:`currentColor`,strokeWidth:`2`,strokeLinecap:`round`,strokeLinejoin:`round`,"aria-hidden":`true`,children:[(0,q.jsx)(`path`,{d:`M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9`}),(0,q.jsx)(`path`,{d:`M10.3 21a1.94 1.94 0 0 0 3.4 0`})]})})})}function Nt(){let e=ye(),{pathname:t}=me(),[n]=he(),r=t===`/search`?n.get(`q`)??``:``,[i,a]=(0,W.useState)(r);return(0,W.useEffect)(()=>a(r),[r]),(0,q.jsx)(`form`,{role:`search`,"aria-label":`Search Debrief`,onSubmit:t=>{t.preventDefault();let n=i.trim();n&&e(`/search?q=${encodeURIComponent(n)}`)},children:(0,q.jsx)(k,{size:`xs`,type:`text`,"aria-label":`Search everything`,placeholder:`Search everything…`,value:i,onChange:e=>a(e.currentTarget.value),enterKeyHint:`search`,w:{base:140,md:220}})})}var Pt=(0,W.createContext)(null),Ft=Pt.Provider;function J(){let e=(0,W.useContext)(Pt);if(!e)throw Error(`useBoard outside BoardProvider`);return e}var It=[`ENGINEERING`,`SUPPORT`,`MARKETING`,`PRODUCT`,`LEADERSHIP`];function Lt(e){return e?.graphQLErrors.find(e=>e.extensions?.code===`CONFLICT`)}function Y(e){return e?e.networkError?`Could not reach the Debrief server. Check your connection and try again.`:e.graphQLErrors.map(e=>e.message).join(` `)||e.message:null}function Rt(){return Intl.DateTimeFormat().resolvedOptions().timeZone||`UTC`}var zt=[`UTC`,`Europe/London`,`Europe/Berlin`,`America/New_York`,`America/Chicago`,`America/Los_Angeles`,`Asia/Kolkata`,`Asia/Tokyo`,`Australia/Sydney`];function Bt(e=[]){let t=[];try{t=Intl.supportedValuesOf?.(`timeZone`)??[]}catch{t=[]}let n=new Set,r=[];for(let i of[Rt(),...e,...zt,...t])i&&!n.has(i)&&Vt(i)&&(n.add(i),r.push(i));return r}function Vt(e){try{return new Intl.DateTimeFormat(`en-GB`,{timeZone:e}),!0}catch{return!1}}function Ht(e,t){let n=new Intl.DateTimeFormat(`en-GB`,{timeZone:t,hourCycle:`h23`,year:`numeric`,month:`2-digit`,day:`2-digit`,hour:`2-digit`,minute:`2-digit`,second:`2-digit`}),r={};for(let t of n.formatToParts(new Date(e)))r[t.type]=t.value;return r}function Ut(e,t){let n=Ht(e,t);return Date.UTC(+n.year,n.month-1,+n.day,n.hour%24,+n.minute,+n.second)-Math.floor(e/1e3)*1e3}function Wt(e,t){let n=Ht(new Date(e).getTime(),t);return`${n.year}-${n.month}-${n.day}T${String(n.hour%24).padStart(2,`0`)}:${n.minute}`}function Gt(e,t,n,r,i,a,o){let s=Date.UTC(e,t-1,n,r,i,a);if(Number.isNaN(s))return null;let c=s-Ut(s,o);return c=s-Ut(c,o),new Date(c).toISOString()}function Kt(e,t){let n=/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(e);return n?Gt(+n[1],+n[2],+n[3],+n[4],+n[5],+(n[6]??0),t):null}function qt(e,t,n=!1){return new Intl.DateTimeFormat(`en-GB`,{timeZone:t,hour:`2-digit`,minute:`2-digit`,...n?{day:`numeric`,month:`short`}:{}}).format(new Date(e))}function Jt(e){return`tel:${e.replace(/[^\d+]/g,``)}`}function Yt({phone:e,chatHandle:n,email:r}){return!e&&!n&&!r?(0,q.jsx)(v,{size:`xs`,c:`dimmed`,children:`No contact details`}):(0,q.jsxs)(_,{gap:`sm`,wrap:`wrap`,"data-testid":`contact-links`,children:[e?(0,q.jsxs)(t,{size:`xs`,href:Jt(e),"aria-label":`Call ${e}`,children:[`☎ `,e]}):null,n?(0,q.jsxs)(v,{size:`xs`,span:!0,title:`Chat handle`,children:[`💬 `,n]}):null,r?(0,q.jsxs)(t,{size:`xs`,href:`mailto:${r}`,children:[`✉ `,r]}):null]})}function Xt(e,t=new Date){try{let n=new Intl.DateTimeFormat(`en-GB`,{timeZone:e,timeZoneName:`longOffset`}).formatToParts(t).find(e=>e.type===`timeZoneName`)?.value??`GMT`,r=/GMT([+-]\d{2}:\d{2})/.exec(n);return r?r[1]:`+00:00`}catch{return``}}function Zt(e,t=new Date){try{return qt(t.toISOString(),e)}catch{return``}}function Qt({time:e,offset:t,zone:n}){return(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,span:!0,"data-testid":`local-time`,children:[e,` local (UTC`,t,`)`,n?` · ${n}`:``]})}var $t=B(`
  query WhoToCall($q: String!) {
    whoToCall(query: $q, first: 10) {
      query
      services {
        id
        name
        kind
        runbookURL
        ownerTeam {
          id
          name
          chatChannel
          escalation
        }
      }
      people {
        localTime
        utcOffset
        user {
          id
          name
          title
          email
          phone
          chatHandle
          timeZone
        }
        reasons {
          reason
          matched
          service {
            id
            name
          }
          team {
            id
            name
          }
        }
      }
    }
  }
`);function en(e){switch(e.reason){case`ESCALATION_CONTACT`:return`Escalation contact for ${e.service?.name??e.matched}`;case`SERVICE_OWNER`:return e.team?`Owns ${e.service?.name??e.matched} (${e.team.name})`:`Owns ${e.service?.name??e.matched}`;case`EXPERTISE`:return`Expertise: ${e.matched}`;case`TEAM`:return`Member of ${e.team?.name??e.matched}`;case`NAME`:return`Name matches “${e.matched}”`;default:return e.matched}}var tn={ESCALATION_CONTACT:`red`,SERVICE_OWNER:`indigo`,EXPERTISE:`teal`,TEAM:`grape`,NAME:`gray`},nn=`Shift+?`;function rn(e){return e instanceof HTMLElement?e.isContentEditable||[`INPUT`,`TEXTAREA`,`SELECT`].includes(e.tagName):!1}function an(){let[e,t]=(0,W.useState)(!1),[n,r]=(0,W.useState)(``);return(0,W.useEffect)(()=>{let e=e=>{e.key!==`?`||e.ctrlKey||e.metaKey||e.altKey||e.defaultPrevented||rn(e.target)||(e.preventDefault(),r(``),t(!0))};return window.addEventListener(`keydown`,e),()=>window.removeEventListener(`keydown`,e)},[]),(0,W.useEffect)(()=>{if(!e)return;let t=e=>{e.key.length!==1||e.ctrlKey||e.metaKey||e.altKey||e.defaultPrevented||rn(e.target)||(e.preventDefault(),r(t=>t+e.key))};return window.addEventListener(`keydown`,t),()=>window.removeEventListener(`keydown`,t)},[e]),(0,q.jsxs)(q.Fragment,{children:[(0,q.jsx)(i,{size:`xs`,variant:`white`,color:`indigo`,onClick:()=>t(!0),"aria-keyshortcuts":nn,"aria-label":`Who do I call?`,title:`Who do I call? (press ?)`,rightSection:(0,q.jsx)(ue,{size:`xs`,children:`?`}),visibleFrom:`xs`,children:(0,q.jsx)(`span`,{"aria-hidden":`true`,children:`☎`})}),(0,q.jsx)(ce,{opened:e,onClose:()=>t(!1),title:`Who do I call?`,size:`lg`,yOffset:`8vh`,transitionProps:{duration:0},children:e?(0,q.jsx)(on,{text:n,setText:r,onDone:()=>t(!1)}):null})]})}function on({text:e,setText:n,onDone:r}){let i=ye(),s=(0,W.useId)(),[c]=C(e.trim(),200),[l]=F({query:$t,variables:{q:c},pause:c===``}),d=l.data?.whoToCall.query===c&&c!==``?l.data.whoToCall:null,f=(0,W.useMemo)(()=>[...(d?.people??[]).map(e=>({kind:`person`,match:e})),...(d?.services??[]).map(e=>({kind:`service`,service:e}))],[d]),[p,m]=(0,W.useState)(0);(0,W.useEffect)(()=>m(0),[d]);let h=e=>{e&&(r(),e.kind===`service`?i(`/services/${encodeURIComponent(e.service.id)}`):i(`/directory?q=${encodeURIComponent(e.match.user.name)}`))},g=e=>{f.length!==0&&(e.key===`ArrowDown`?(e.preventDefault(),m(e=>(e+1)%f.length)):e.key===`ArrowUp`?(e.preventDefault(),m(e=>(e-1+f.length)%f.length)):e.key===`Home`?(e.preventDefault(),m(0)):e.key===`End`?(e.preventDefault(),m(f.length-1)):e.key===`Enter`&&(e.preventDefault(),h(f[p])))};(0,W.useEffect)(()=>{document.getElementById(`${s}-${p}`)?.scrollIntoView({block:`nearest`})},[p,s]);let y=d?.people??[],b=d?.services??[];return(0,q.jsxs)(A,{gap:`sm`,children:[(0,q.jsx)(k,{"data-autofocus":!0,role:`combobox`,"aria-label":`Service, skill, team or name`,"aria-expanded":f.length>0,"aria-controls":s,"aria-autocomplete":`list`,"aria-activedescendant":f.length>0?`${s}-${p}`:void 0,placeholder:`A service, a skill, a team or a name: payments-gateway, postgres, Platform…`,value:e,onChange:e=>n(e.currentTarget.value),onKeyDown:g,rightSection:l.fetching?(0,q.jsx)(a,{size:`xs`}):null}),(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[(0,q.jsx)(ue,{size:`xs`,children:`↑`}),` `,(0,q.jsx)(ue,{size:`xs`,children:`↓`}),` to move, `,(0,q.jsx)(ue,{size:`xs`,children:`Enter`}),` to open, `,(0,q.jsx)(ue,{size:`xs`,children:`Esc`}),` to close.`]}),l.error?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:Y(l.error)}):null,d&&f.length===0?(0,q.jsxs)(v,{size:`sm`,c:`dimmed`,fs:`italic`,role:`status`,children:[`Nobody found for “`,c,`”. Try a service name, a skill such as postgres, or a team.`]}):null,(0,q.jsxs)(`div`,{id:s,role:`listbox`,"aria-label":`People and services to call`,style:{maxHeight:`60vh`,overflowY:`auto`},children:[y.length>0?(0,q.jsx)(v,{size:`xs`,tt:`uppercase`,fw:700,c:`dimmed`,mb:4,role:`presentation`,children:`People to call`}):null,y.map((e,t)=>(0,q.jsxs)(sn,{id:`${s}-${t}`,active:p===t,onHover:()=>m(t),onOpen:()=>h(f[t]),testid:`who-person`,children:[(0,q.jsxs)(_,{justify:`space-between`,align:`flex-start`,wrap:`nowrap`,gap:`xs`,children:[(0,q.jsxs)(`div`,{style:{minWidth:0},children:[(0,q.jsxs)(v,{fw:600,size:`sm`,children:[e.user.name,e.user.title?(0,q.jsxs)(v,{span:!0,size:`xs`,c:`dimmed`,fw:400,children:[` `,`· `,e.user.title]}):null]}),(0,q.jsx)(_,{gap:4,mt:2,children:e.reasons.map((e,t)=>(0,q.jsx)(u,{size:`xs`,radius:`sm`,tt:`none`,variant:`light`,color:tn[e.reason]??`gray`,children:en(e)},t))})]}),(0,q.jsx)(Qt,{time:e.localTime,offset:e.utcOffset,zone:e.user.timeZone})]}),(0,q.jsx)(Yt,{phone:e.user.phone,chatHandle:e.user.chatHandle,email:e.user.email})]},e.user.id)),b.length>0?(0,q.jsx)(v,{size:`xs`,tt:`uppercase`,fw:700,c:`dimmed`,mt:`sm`,mb:4,role:`presentation`,children:`Services`}):null,b.map((e,n)=>{let r=y.length+n,i=He(e.runbookURL);return(0,q.jsxs)(sn,{id:`${s}-${r}`,active:p===r,onHover:()=>m(r),onOpen:()=>h(f[r]),testid:`who-service`,children:[(0,q.jsxs)(_,{justify:`space-between`,wrap:`nowrap`,gap:`xs`,children:[(0,q.jsxs)(v,{fw:600,size:`sm`,children:[e.name,` `,(0,q.jsx)(v,{span:!0,size:`xs`,c:`dimmed`,fw:400,children:R(nt,e.kind)})]}),i?(0,q.jsx)(t,{size:`xs`,href:i,target:`_blank`,rel:`noreferrer`,onClick:e=>e.stopPropagation(),children:`Runbook`}):(0,q.jsx)(v,{size:`xs`,c:`dimmed`,children:`No runbook`})]}),(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[e.ownerTeam?`Owned by ${e.ownerTeam.name}`:`No owning team`,e.ownerTeam?.chatChannel?` · ${e.ownerTeam.chatChannel}`:``,e.ownerTeam?.escalation?` · Out of hours: ${e.ownerTeam.escalation}`:``]})]},e.id)})]})]})}function sn({id:e,active:t,onHover:n,onOpen:r,testid:i,children:a}){return(0,q.jsx)(`div`,{id:e,role:`option`,"aria-selected":t,"data-testid":i,onMouseMove:n,onClick:e=>{e.target.closest(`a`)||r()},style:{padding:`8px 10px`,borderRadius:6,cursor:`pointer`,background:t?`var(--mantine-color-indigo-0)`:void 0,outline:t?`1px solid var(--mantine-color-indigo-3)`:void 0,marginBottom:4},children:(0,q.jsx)(A,{gap:4,children:a})})}var cn=[{to:`/incidents`,label:`Incidents`,match:e=>e===`/`||e.startsWith(`/incidents`)},{to:`/actions`,label:`Actions`,match:e=>e.startsWith(`/actions`)},{to:`/follow-through`,label:`Follow-through`,match:e=>e.startsWith(`/follow-through`)},{to:`/insights`,label:`Insights`,match:e=>e.startsWith(`/insights`)},{to:`/reports`,label:`Reports`,match:e=>e.startsWith(`/reports`)},{to:`/directory`,label:`Directory`,match:e=>e.startsWith(`/directory`)},{to:`/import`,label:`Import`,match:e=>e.startsWith(`/import`),analystOnly:!0},{to:`/admin`,label:`Admin`,match:e=>e.startsWith(`/admin`),adminOnly:!0}],ln=60;function un(){let{pathname:e}=me(),{viewer:t,devLogin:n}=K(),[r,a]=(0,W.useState)(!1),[s,l]=(0,W.useState)(null);return(0,q.jsxs)(fe,{header:{height:n?{base:ln+Dt.base,sm:ln+Dt.sm}:ln},padding:0,children:[(0,q.jsx)(`a`,{className:`skip-link`,href:`#main`,children:`Skip to main content`}),(0,q.jsxs)(fe.Header,{className:`app-header`,children:[n?(0,q.jsx)(Et,{}):null,(0,q.jsx)(D,{size:`xl`,h:ln,children:(0,q.jsxs)(_,{h:`100%`,justify:`space-between`,wrap:`nowrap`,children:[(0,q.jsxs)(_,{gap:`md`,wrap:`nowrap`,h:`100%`,miw:0,style:{flex:`1 1 auto`},children:[(0,q.jsxs)(c,{component:M,to:`/`,className:`brand`,"aria-label":`Debrief home`,children:[(0,q.jsx)(`span`,{className:`brand-mark`,"aria-hidden":`true`,children:`D`}),(0,q.jsx)(v,{component:`span`,fw:700,size:`lg`,c:`white`,visibleFrom:`sm`,children:`Debrief`})]}),(0,q.jsx)(`nav`,{"aria-label":`Main`,className:`main-nav`,style:{minWidth:0,overflowX:`auto`,scrollbarWidth:`none`},children:cn.filter(e=>(!e.adminOnly||t.role===`ADMIN`)&&(!e.analystOnly||Tt(t.role))).map(t=>(0,q.jsx)(xe,{to:t.to,className:`main-nav-link`,style:{whiteSpace:`nowrap`},"aria-current":t.match(e)?`page`:void 0,"data-active":t.match(e)||void 0,children:t.label},t.to))})]}),(0,q.jsxs)(_,{gap:`md`,wrap:`nowrap`,miw:0,style:{flexShrink:0},children:[(0,q.jsx)(an,{}),(0,q.jsx)(Nt,{}),(0,q.jsx)(Mt,{}),(0,q.jsxs)(A,{gap:0,align:`flex-end`,miw:0,maw:220,"data-testid":`signed-in-user`,visibleFrom:`sm`,children:[(0,q.jsx)(oe,{children:`Signed in as`}),(0,q.jsx)(v,{size:`sm`,fw:600,c:`white`,ta:`right`,lineClamp:1,children:t.name}),(0,q.jsx)(v,{size:`xs`,c:`indigo.1`,children:R(rt,t.role)})]}),(0,q.jsx)(i,{size:`xs`,variant:`white`,color:`indigo`,loading:r,onClick:async()=>{a(!0),l(null);try{await yt(),window.location.assign(bt)}catch(e){a(!1),l(e instanceof Error?e.message:String(e))}},children:`Sign out`})]})]})})]}),(0,q.jsx)(fe.Main,{id:`main`,className:`app-main`,tabIndex:-1,children:(0,q.jsxs)(D,{size:`xl`,py:`lg`,children:[s?(0,q.jsxs)(o,{color:`red`,variant:`light`,title:`Could not sign out`,role:`alert`,mb:`md`,withCloseButton:!0,onClose:()=>l(null),children:[s,` You are still signed in; try again.`]}):null,(0,q.jsx)(pe,{})]})})]})}var dn={NO_OWNER:`No owner`,NO_DUE_DATE:`No due date`,DUE_TOO_FAR:`Due too far out`,TOO_BIG:`Too big`,TOO_SMALL:`Too small`},fn={DRAFT:`Draft`,PUBLISHED:`Published`},pn={MENTION:`Mention`,ACTION_ASSIGNED:`Action assigned`,QUESTION_ASSIGNED:`Question assigned`,ACTION_DUE_SOON:`Action due soon`,ACTION_OVERDUE:`Action overdue`,REVIEW_OVERDUE:`Review overdue`},mn={MENTION:`blue`,ACTION_ASSIGNED:`indigo`,QUESTION_ASSIGNED:`violet`,ACTION_DUE_SOON:`yellow`,ACTION_OVERDUE:`red`,REVIEW_OVERDUE:`orange`},hn={INCIDENT_CREATED:`Incident created`,INCIDENT_UPDATED:`Incident updated`,ACTION_ITEM_CREATED:`Action item created`,ACTION_ITEM_UPDATED:`Action item updated`,REMINDER:`Reminders (due soon, overdue)`},gn={PENDING:`Pending`,DELIVERED:`Delivered`,FAILED:`Failed`},_n={PENDING:`yellow`,DELIVERED:`green`,FAILED:`red`},vn={PROPOSED:[`ACCEPTED`,`IN_PROGRESS`,`DONE`,`WONT_DO`],ACCEPTED:[`IN_PROGRESS`,`DONE`,`WONT_DO`],IN_PROGRESS:[`DONE`,`WONT_DO`],DONE:[`IN_PROGRESS`],WONT_DO:[`ACCEPTED`]},yn={PROPOSED:`Back to proposed`,ACCEPTED:`Accept`,IN_PROGRESS:`Start`,DONE:`Mark done`,WONT_DO:`Won't do…`};function bn(e){return e===`DONE`||e===`WONT_DO`}function xn(e,t,n){return e===`ADMIN`||e===`ANALYST`||e===`MEMBER`&&(n.owner?.id===t||n.createdByID===t)}function Sn(e){return e===`ADMIN`||e===`ANALYST`}function Cn(e){if(!/^\d{4}-\d{2}-\d{2}$/.test(e))return null;let t=new Date(`${e}T17:00:00`);return Number.isNaN(t.getTime())?null:t.toISOString()}function wn(e){if(!e)return``;let t=new Date(e);if(Number.isNaN(t.getTime()))return``;let n=e=>String(e).padStart(2,`0`);return`${t.getFullYear()}-${n(t.getMonth()+1)}-${n(t.getDate())}`}function Tn(e){let t=new Date;return t.setDate(t.getDate()+e),wn(t.toISOString())}function En(e,t){return t?`${Math.round(e/t*100)}%`:`–`}function Dn(e,t=Date.now()){let n=Math.round((new Date(e).getTime()-t)/864e5);return n===0?`today`:n>0?`in ${n} day${n===1?``:`s`}`:`${-n} day${n===-1?``:`s`} ago`}function On(e){return e.replace(/_([a-z])/g,(e,t)=>t.toUpperCase()).replace(/Ids$/,`IDs`).replace(/Id$/,`ID`).replace(/Url$/,`URL`)}function X(e,t=[]){let n={fields:{},other:null,code:null};if(!e)return n;if(e.networkError)return n.other=`Could not reach the Debrief server. Check your connection and try again.`,n;let r=[];for(let i of e.graphQLErrors){let e=typeof i.extensions?.code==`string`?i.extensions.code:null,a=typeof i.extensions?.field==`string`?On(i.extensions.field):null;e&&!n.code&&(n.code=e),e===`BAD_USER_INPUT`&&a&&t.includes(a)?n.fields[a]=i.message:r.push(i.message)}return n.other=r.length?r.join(` `):null,n}var kn=B(`
  query ActionOwnerDirectory($q: String) {
    users(first: 30, where: { nameContainsFold: $q, serviceAccount: false }, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
          title
          teams(first: 10, orderBy: [{ field: NAME, direction: ASC }]) {
            edges {
              node {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);function An(e){let[t]=C(e.trim(),250),[n]=F({query:kn,variables:{q:t||null}});return{people:(0,W.useMemo)(()=>U(n.data?.users).map(e=>({id:e.id,name:e.name,title:e.title,teams:U(e.teams)})),[n.data]),fetching:n.fetching,error:n.error}}var jn={services:B(`
  query ServicePicker($q: String, $ids: [ID!], $first: Int!) {
    matches: services(first: $first, where: { nameContainsFold: $q }, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
    chosen: services(first: 100, where: { idIn: $ids }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`),teams:B(`
  query TeamPicker($q: String, $ids: [ID!], $first: Int!) {
    matches: teams(first: $first, where: { nameContainsFold: $q }, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
    chosen: teams(first: 100, where: { idIn: $ids }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`),people:B(`
  query PersonPicker($q: String, $ids: [ID!], $first: Int!) {
    matches: users(
      first: $first
      where: { nameContainsFold: $q, serviceAccount: false }
      orderBy: [{ field: NAME, direction: ASC }]
    ) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
    chosen: users(first: 100, where: { idIn: $ids }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`),tags:B(`
  query TagPicker($q: String, $ids: [ID!], $first: Int!) {
    matches: tags(first: $first, where: { nameContainsFold: $q }, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
    chosen: tags(first: 100, where: { idIn: $ids }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`),categories:B(`
  query FactorCategoryPicker($q: String, $ids: [ID!], $first: Int!) {
    matches: factorCategories(first: $first, where: { nameContainsFold: $q }, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
    chosen: factorCategories(first: 100, where: { idIn: $ids }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`),vendors:B(`
  query VendorPicker($q: String, $ids: [ID!], $first: Int!) {
    matches: vendors(first: $first, where: { nameContainsFold: $q }, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
    chosen: vendors(first: 100, where: { idIn: $ids }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`)};function Mn(e,t,n,r=[]){let i=(0,W.useRef)(new Map);for(let e of r)i.current.set(e.id,e.name);let a=n.some(e=>i.current.get(e)===t)?``:t,[o]=C(a.trim(),250),s=n.filter(e=>!i.current.has(e)).join(`,`),c=(0,W.useMemo)(()=>({q:o||null,ids:s?s.split(`,`):[],first:30}),[o,s]),[l]=F({query:jn[e],variables:c}),u=(0,W.useRef)(void 0);l.data&&(u.current=l.data);let d=l.data??u.current;for(let e of[...U(d?.matches),...U(d?.chosen)])i.current.set(e.id,e.name);let f=U(d?.matches),p=[],m=new Set;for(let e of n){let t=i.current.get(e);t===void 0||m.has(e)||(m.add(e),p.push({value:e,label:t}))}for(let e of f)m.has(e.id)||(m.add(e.id),p.push({value:e.id,label:e.name}));return{options:p,more:Math.max(0,(d?.matches.totalCount??0)-f.length),shown:f.length,total:d?.matches.totalCount??0,fetching:l.fetching,error:l.error}}var Nn={services:`No service by that name`,teams:`No team by that name`,people:`Nobody by that name`,tags:`No tag by that name`,categories:`No category by that name`,vendors:`No vendor by that name`};function Pn(e,t,n){if(n<=t)return e;let r=(0,q.jsxs)(v,{component:`span`,size:`xs`,c:`dimmed`,"data-testid":`picker-more`,children:[t,` of `,n,` shown — type to narrow`]});return[...e,{group:r,items:[]}]}var Fn={group:{display:`block`},groupLabel:{display:`flex`}};function In({kind:e,value:t,onChange:n,known:r,...i}){let[a,o]=(0,W.useState)(``),{options:s,shown:c,total:l}=Mn(e,a,t?[t]:[],r);return(0,q.jsx)(O,{nothingFoundMessage:Nn[e],...i,styles:Fn,searchable:!0,data:Pn(s,c,l),value:t,searchValue:a,onSearchChange:o,onChange:e=>n(e)})}function Ln({kind:e,value:t,onChange:n,known:r,...i}){let[a,o]=(0,W.useState)(``),{options:s,shown:c,total:l}=Mn(e,a,t,r);return(0,q.jsx)(y,{nothingFoundMessage:Nn[e],...i,styles:Fn,searchable:!0,data:Pn(s,c,l),value:t,searchValue:a,onSearchChange:o,onChange:n})}B(`
  fragment ActionItemFields on ActionItem {
    id
    version
    createdByID
    updatedAt
    title
    description
    rationale
    expectedEffect
    verification
    interimMitigation
    acceptedWarnings
    warningsAcceptedReason
    priority
    size
    dueAt
    status
    statusReason
    completedAt
    trackerURL
    overdue
    owner {
      id
      name
    }
    team {
      id
      name
    }
    insight {
      id
      statement
      incidentID
    }
    warnings {
      kind
      message
      accepted
    }
  }
`);var Rn=B(`
  mutation UpdateActionItem($id: ID!, $version: Int!, $input: UpdateActionItemInput!) {
    updateActionItem(id: $id, version: $version, input: $input) {
      ...ActionItemFields
    }
  }
`),zn=B(`
  mutation CreateActionItem($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`),Bn=B(`
  query FollowUpRules {
    followUpRules {
      maxDueDays
      dueSoonDays
      staleDays
      tooBig {
        size
        priority
      }
      tooSmall {
        size
        priority
      }
    }
  }
`),Vn=B(`
  query ActionWarnings($draft: ActionDraft!) {
    actionWarnings(draft: $draft) {
      kind
      message
    }
  }
`);function Hn(e){return e.length===0?`nothing`:e.map(e=>e.priority?`${e.size} at ${R(Ge,e.priority).toLowerCase()} priority`:`${e.size} (any priority)`).join(`, `)}function Un(){let[e]=F({query:Bn});return e.data?.followUpRules}function Wn({rules:e}){return e?(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`Actions get done when someone owns them, they are due within `,e.maxDueDays,` days, and they are neither too big (`,Hn(e.tooBig),`) nor too small (`,Hn(e.tooSmall),`) to finish.`]}):null}function Gn({draft:e,accepted:t,onAcceptedChange:n,reason:r,onReasonChange:i,reasonError:a,keep:s=[]}){let c=Un(),[d]=C(e,250),f=(0,W.useMemo)(()=>({draft:d}),[JSON.stringify(d)]),[p]=F({query:Vn,variables:f,requestPolicy:`cache-first`}),g=p.data?.actionWarnings;(0,W.useEffect)(()=>{if(!g||p.stale||p.fetching)return;let e=g.map(e=>e.kind),r=t.filter(t=>e.includes(t)||s.includes(t));r.length!==t.length&&n(r)},[g,p.stale,p.fetching]);let y=(e,r)=>n(r?[...new Set([...t,e])]:t.filter(t=>t!==e)),b=(g??[]).filter(e=>!t.includes(e.kind));return(0,q.jsx)(l,{withBorder:!0,radius:`md`,p:`sm`,bg:b.length?`orange.0`:`green.0`,component:`section`,"aria-labelledby":`goldilocks-heading`,children:(0,q.jsxs)(A,{gap:`xs`,children:[(0,q.jsxs)(_,{justify:`space-between`,gap:`xs`,children:[(0,q.jsx)(j,{order:3,size:`h5`,id:`goldilocks-heading`,children:`Will this action get done?`}),g?(0,q.jsx)(u,{color:b.length?`orange`:`green`,variant:`light`,radius:`sm`,children:b.length?`${b.length} to look at`:`Looks right`}):null]}),(0,q.jsx)(Wn,{rules:c}),(0,q.jsx)(`div`,{"aria-live":`polite`,"data-testid":`goldilocks-warnings`,children:p.error?(0,q.jsxs)(v,{size:`sm`,c:`red.8`,children:[`Could not check the action: `,p.error.graphQLErrors[0]?.message??p.error.message]}):g&&g.length===0?(0,q.jsx)(v,{size:`sm`,c:`green.9`,children:`It has an owner, a due date soon enough, and a sensible size.`}):(0,q.jsx)(A,{gap:6,children:(g??[]).map(e=>(0,q.jsx)(o,{color:t.includes(e.kind)?`gray`:`orange`,variant:`light`,p:`xs`,title:R(dn,e.kind),role:`note`,"data-testid":`goldilocks-warning`,"data-kind":e.kind,children:(0,q.jsxs)(A,{gap:4,children:[(0,q.jsx)(v,{size:`sm`,children:e.message}),(0,q.jsx)(m,{size:`xs`,label:`Accept "${R(dn,e.kind)}" on purpose`,checked:t.includes(e.kind),onChange:t=>y(e.kind,t.currentTarget.checked)})]})},e.kind))})}),s.some(e=>t.includes(e)&&!(g??[]).some(t=>t.kind===e))?(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`Accepted before: `,t.filter(e=>s.includes(e)&&!(g??[]).some(t=>t.kind===e)).map(e=>R(dn,e)).join(`, `),`.`]}):null,t.length>0?(0,q.jsx)(h,{label:`Why are the accepted warnings fine for this action?`,required:!0,autosize:!0,minRows:2,value:r,onChange:e=>i(e.currentTarget.value),error:a}):null]})})}function Kn({value:e,current:t,onChange:n,error:r}){let[i,a]=(0,W.useState)(``),[o,s]=(0,W.useState)(null),[c,l]=(0,W.useState)(null),{people:u}=An(i===c?``:i),d=(0,W.useMemo)(()=>{let n=new Map,r=o&&o.id===e?o:t&&t.id===e?{...t,teams:[]}:null;r&&n.set(r.id,{value:r.id,label:r.name});for(let e of u)n.set(e.id,{value:e.id,label:e.teams.length?`${e.name} · ${e.teams.map(e=>e.name).join(`, `)}`:e.name});return[...n.values()]},[u,o,t,e]);return(0,q.jsx)(O,{label:`Owner`,description:`The one person who will see it through`,placeholder:`Search the directory`,searchable:!0,clearable:!0,nothingFoundMessage:`Nobody by that name`,data:d,value:e,searchValue:i,onSearchChange:a,onChange:(e,t)=>{l(t?.label??null);let r=u.find(t=>t.id===e)??null;s(r),n(e,r)},error:r,style:{flex:`1 1 240px`}})}var qn=[`title`,`description`,`rationale`,`expectedEffect`,`verification`,`interimMitigation`,`ownerID`,`teamID`,`priority`,`size`,`dueAt`,`status`,`statusReason`,`trackerURL`,`acceptedWarnings`,`warningsAcceptedReason`],Jn={title:``,description:``,rationale:``,expectedEffect:``,verification:``,interimMitigation:``,ownerID:null,teamID:null,priority:`MEDIUM`,size:`M`,due:``,status:`PROPOSED`,statusReason:``,trackerURL:``,accepted:[],acceptedReason:``};function Yn(e){return{title:e.title,description:e.description??``,rationale:e.rationale??``,expectedEffect:e.expectedEffect??``,verification:e.verification??``,interimMitigation:e.interimMitigation??``,ownerID:e.owner?.id??null,teamID:e.team?.id??null,priority:e.priority,size:e.size,due:wn(e.dueAt),status:e.status,statusReason:e.statusReason??``,trackerURL:e.trackerURL??``,accepted:[...e.acceptedWarnings??[]],acceptedReason:e.warningsAcceptedReason??``}}var Xn=[`description`,`rationale`,`expectedEffect`,`verification`,`interimMitigation`,`trackerURL`,`statusReason`],Zn=(e,t)=>e.length===t.length&&[...e].sort().join()===[...t].sort().join();function Qn(e,t,n){let r=t[e],i=n[e];return Array.isArray(r)&&Array.isArray(i)?Zn(r,i):r===i}function $n(e,t){let n={title:e.title.trim(),priority:e.priority,size:e.size,incidentIDs:t.incidentIDs};t.insightID&&(n.insightID=t.insightID);for(let t of Xn){let r=e[t].trim();r&&t!==`statusReason`&&(n[t]=r)}e.ownerID&&(n.ownerID=e.ownerID),e.teamID&&(n.teamID=e.teamID);let r=Cn(e.due);return r&&(n.dueAt=r),e.accepted.length&&(n.acceptedWarnings=e.accepted,n.warningsAcceptedReason=e.acceptedReason.trim()),n}var er={description:`clearDescription`,rationale:`clearRationale`,expectedEffect:`clearExpectedEffect`,verification:`clearVerification`,interimMitigation:`clearInterimMitigation`,trackerURL:`clearTrackerURL`,statusReason:`clearStatusReason`};function tr(e,t){let n={};e.title.trim()!==t.title&&(n.title=e.title.trim());for(let r of Xn){if(e[r].trim()===t[r])continue;let i=e[r].trim();i?n[r]=i:n[er[r]]=!0}if(e.ownerID!==t.ownerID&&(e.ownerID?n.ownerID=e.ownerID:n.clearOwner=!0),e.teamID!==t.teamID&&(e.teamID?n.teamID=e.teamID:n.clearTeam=!0),e.priority!==t.priority&&(n.priority=e.priority),e.size!==t.size&&(n.size=e.size),e.status!==t.status&&(n.status=e.status),e.due!==t.due){let t=Cn(e.due);t?n.dueAt=t:n.clearDueAt=!0}return Zn(e.accepted,t.accepted)&&e.acceptedReason.trim()===t.acceptedReason||(e.accepted.length?(n.acceptedWarnings=e.accepted,n.warningsAcceptedReason=e.acceptedReason.trim()):(n.clearAcceptedWarnings=!0,n.clearWarningsAcceptedReason=!0)),n}var nr=Object.entries(Ge).map(([e,t])=>({value:e,label:t})),rr=Object.entries(Ie).map(([e,t])=>({value:e,label:`${e} · ${t}`}));function ir({action:e,from:t,onSaved:n,onCancel:r,onStale:a}){let[s,c]=(0,W.useState)(()=>e?Yn(e):Jn),[l,u]=(0,W.useState)(s),[d,f]=(0,W.useState)(!!e?.team),[p,m]=(0,W.useState)(!1),[g,y]=P(zn),[b,x]=P(Rn),C=e?b:g,w=X(C.error,qn),ee=(0,W.useRef)(e?.version);(0,W.useEffect)(()=>{if(!e||e.version===ee.current)return;ee.current=e.version;let t=Yn(e);u(e=>{let n={...e};for(let r of Object.keys(t))Qn(r,e,s)&&(n[r]=t[r]);return n}),c(t)},[e?.version]);let T=(e,t)=>u(n=>({...n,[e]:t})),te=async r=>{if(r.preventDefault(),!l.title.trim())return;if(m(!1),!e){let e=await y({input:$n(l,t??{incidentIDs:[]})});e.data?.createActionItem&&n(e.data.createActionItem);return}let i=tr(l,s);if(Object.keys(i).length===0){n(e);return}let o=await x({id:e.id,version:e.version,input:i});o.data?.updateActionItem?n(o.data.updateActionItem):X(o.error).code===`CONFLICT`&&(m(!0),a?.())},E=e?[...new Set([e.status,...vn[e.status]??[],l.status])].map(e=>({value:e,label:R(Je,e)})):[],D=e=>w.fields[e];return(0,q.jsx)(`form`,{onSubmit:te,"aria-label":e?`Edit action ${e.title}`:`New action`,noValidate:!0,children:(0,q.jsxs)(A,{gap:`sm`,children:[t?.insightStatement?(0,q.jsxs)(v,{size:`sm`,c:`dimmed`,children:[`From the insight: `,(0,q.jsx)(`em`,{children:t.insightStatement})]}):null,(0,q.jsx)(k,{label:`Title`,description:`What will change, in one line`,required:!0,value:l.title,onChange:e=>T(`title`,e.currentTarget.value),error:D(`title`),"data-autofocus":!0}),(0,q.jsx)(h,{label:`Description`,autosize:!0,minRows:2,value:l.description,onChange:e=>T(`description`,e.currentTarget.value),error:D(`description`)}),(0,q.jsxs)(_,{align:`flex-start`,gap:`sm`,grow:!0,children:[(0,q.jsx)(Kn,{value:l.ownerID,current:e?.owner,onChange:(e,t)=>{T(`ownerID`,e),!d&&t?.teams.length&&T(`teamID`,t.teams[0].id)},error:D(`ownerID`)}),(0,q.jsx)(In,{kind:`teams`,label:`Team`,description:`Whose follow-through it counts towards`,placeholder:`No team`,clearable:!0,known:e?.team?[e.team]:void 0,value:l.teamID,onChange:e=>{f(!0),T(`teamID`,e)},error:D(`teamID`)})]}),(0,q.jsxs)(S,{cols:{base:1,sm:3},spacing:`sm`,children:[(0,q.jsx)(O,{label:`Priority`,data:nr,value:l.priority,onChange:e=>e&&T(`priority`,e),allowDeselect:!1,error:D(`priority`)}),(0,q.jsx)(O,{label:`Size`,data:rr,value:l.size,onChange:e=>e&&T(`size`,e),allowDeselect:!1,error:D(`size`)}),(0,q.jsx)(k,{type:`date`,label:`Due date`,value:l.due,onChange:e=>T(`due`,e.currentTarget.value),error:D(`dueAt`)})]}),(0,q.jsx)(Gn,{draft:{ownerID:l.ownerID,dueAt:Cn(l.due),size:l.size,priority:l.priority},accepted:l.accepted,onAcceptedChange:e=>T(`accepted`,e),reason:l.acceptedReason,onReasonChange:e=>T(`acceptedReason`,e),reasonError:D(`warningsAcceptedReason`)??D(`acceptedWarnings`),keep:e?.acceptedWarnings??[]}),(0,q.jsx)(h,{label:`Why this action?`,description:`Why this one over the other things we could do`,autosize:!0,minRows:2,value:l.rationale,onChange:e=>T(`rationale`,e.currentTarget.value),error:D(`rationale`)}),(0,q.jsx)(h,{label:`Expected effect`,description:`What it should change, e.g. “failed deploys roll back in minutes, not hours”`,autosize:!0,minRows:1,value:l.expectedEffect,onChange:e=>T(`expectedEffect`,e.currentTarget.value),error:D(`expectedEffect`)}),(0,q.jsx)(h,{label:`How will we verify it?`,description:`How we will know it is done and works`,autosize:!0,minRows:1,value:l.verification,onChange:e=>T(`verification`,e.currentTarget.value),error:D(`verification`)}),(0,q.jsx)(h,{label:`Interim mitigation`,description:`What protects us until it lands`,autosize:!0,minRows:1,value:l.interimMitigation,onChange:e=>T(`interimMitigation`,e.currentTarget.value),error:D(`interimMitigation`)}),(0,q.jsx)(k,{type:`url`,label:`Tracker link`,placeholder:`https://tracker.example/TICKET-123`,value:l.trackerURL,onChange:e=>T(`trackerURL`,e.currentTarget.value),error:D(`trackerURL`)}),e?(0,q.jsxs)(_,{align:`flex-start`,gap:`sm`,grow:!0,children:[(0,q.jsx)(O,{label:`Status`,data:E,value:l.status,onChange:e=>e&&T(`status`,e),allowDeselect:!1,error:D(`status`)}),l.status===`WONT_DO`?(0,q.jsx)(h,{label:`Why won't it be done?`,required:!0,autosize:!0,minRows:1,value:l.statusReason,onChange:e=>T(`statusReason`,e.currentTarget.value),error:D(`statusReason`)}):(0,q.jsx)(`div`,{})]}):null,p?(0,q.jsx)(o,{color:`orange`,variant:`light`,role:`alert`,title:`Someone else changed this action`,children:`Their version is loaded where you had not changed anything; your changes are kept. Check them and save again.`}):w.other?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,title:w.code===`FORBIDDEN`?`You may not do this`:`Not saved`,children:w.other}):Object.keys(w.fields).length?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:`Not saved: see the highlighted fields.`}):null,(0,q.jsxs)(_,{justify:`flex-end`,children:[(0,q.jsx)(i,{variant:`default`,onClick:r,children:`Cancel`}),(0,q.jsx)(i,{type:`submit`,loading:C.fetching,disabled:!l.title.trim(),children:e?`Save action`:`Create action`})]})]})})}function ar({status:e}){return(0,q.jsx)(u,{color:Qe[e]??`gray`,variant:`light`,radius:`sm`,children:R(Je,e)})}function or({dueAt:e,overdue:t}){return e?(0,q.jsxs)(`div`,{children:[(0,q.jsx)(v,{size:`sm`,title:L(e),c:t?`red.8`:void 0,fw:t?700:void 0,style:{whiteSpace:`nowrap`},children:(0,q.jsx)(`time`,{dateTime:e,children:H(e)})}),(0,q.jsx)(v,{size:`xs`,c:t?`red.8`:`dimmed`,fw:t?600:void 0,children:t?`Overdue, due ${Dn(e)}`:Dn(e)})]}):(0,q.jsx)(v,{size:`sm`,c:`dimmed`,children:`No date`})}function sr({action:e,onStale:t}){let{viewer:n}=K(),[r,a]=P(Rn),[s,c]=(0,W.useState)(!1),[l,u]=(0,W.useState)(``),[d,f]=(0,W.useState)(null);if(!xn(n.role,n.id,e))return null;let p=vn[e.status]??[],m=bn(e.status)?null:`DONE`,g=p.filter(e=>e!==m),v=async(n,r)=>{f(null);let i={status:n};r?i.statusReason=r:e.statusReason&&n!==`WONT_DO`&&(i.clearStatusReason=!0);let o=await a({id:e.id,version:e.version,input:i});if(!o.error){c(!1),u(``);return}let s=X(o.error,[`statusReason`]);s.code===`CONFLICT`?(t(),f(`Someone else changed this action meanwhile; it now shows their version. Check it and try again.`)):s.fields.statusReason||f(s.other)},y=X(r.error,[`statusReason`]).fields.statusReason;return(0,q.jsxs)(A,{gap:4,children:[(0,q.jsxs)(_,{gap:4,wrap:`nowrap`,children:[m?(0,q.jsx)(i,{size:`compact-xs`,variant:`light`,color:`green`,loading:r.fetching&&!s,onClick:()=>void v(m),"aria-label":`Mark done: ${e.title}`,children:`Mark done`}):null,g.length>0?(0,q.jsxs)(de,{position:`bottom-end`,withinPortal:!0,children:[(0,q.jsx)(de.Target,{children:(0,q.jsx)(i,{size:`compact-xs`,variant:`subtle`,color:`gray`,"aria-label":`Change status of ${e.title}`,children:m?`More…`:`Change status…`})}),(0,q.jsxs)(de.Dropdown,{children:[(0,q.jsxs)(de.Label,{children:[`Now `,R(Je,e.status)]}),g.map(e=>(0,q.jsx)(de.Item,{onClick:()=>e===`WONT_DO`?c(!0):void v(e),children:yn[e]??R(Je,e)},e))]})]}):null]}),d?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:6,withCloseButton:!0,onClose:()=>f(null),children:d}):null,(0,q.jsx)(ce,{opened:s,onClose:()=>c(!1),title:`Drop "${e.title}"?`,children:(0,q.jsx)(`form`,{onSubmit:e=>{e.preventDefault(),l.trim()&&v(`WONT_DO`,l.trim())},children:(0,q.jsxs)(A,{gap:`sm`,children:[(0,q.jsx)(h,{label:`Why won't it be done?`,description:`The reason stays with the action, so whoever reads the review later knows.`,required:!0,autosize:!0,minRows:2,value:l,onChange:e=>u(e.currentTarget.value),error:y,"data-autofocus":!0}),(0,q.jsxs)(_,{justify:`flex-end`,children:[(0,q.jsx)(i,{variant:`default`,onClick:()=>c(!1),children:`Cancel`}),(0,q.jsx)(i,{type:`submit`,color:`dark`,disabled:!l.trim(),loading:r.fetching,children:`Drop the action`})]})]})})})]})}function cr({warnings:e}){if(e.length===0)return null;let t=[...e].sort((e,t)=>Number(e.accepted)-Number(t.accepted));return(0,q.jsx)(_,{gap:4,"data-testid":`action-warnings`,children:t.map(e=>(0,q.jsx)(w,{label:e.message,multiline:!0,w:280,withArrow:!0,openDelay:200,children:(0,q.jsxs)(u,{size:`sm`,radius:`sm`,color:e.accepted?`gray`:`orange`,variant:e.accepted?`outline`:`filled`,"aria-label":`${e.accepted?`Accepted warning`:`Warning`}: ${R(dn,e.kind)}. ${e.message}`,"data-accepted":e.accepted||void 0,children:[e.accepted?`✓ `:`⚠ `,R(dn,e.kind)]})},e.kind))})}var lr=50,ur=B(`
  query ActionQueue($view: ActionView!, $teamID: ID, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    actionQueue(view: $view, teamID: $teamID, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          ...ActionItemFields
          incidents(first: 5, orderBy: [{ field: STARTED_AT, direction: DESC }]) {
            totalCount
            edges {
              node {
                id
                title
              }
            }
          }
        }
      }
    }
  }
`),dr=B(`
  query ActionQueueCounts($teamID: ID) {
    mine: actionQueue(view: MINE, teamID: $teamID, first: 0) {
      totalCount
    }
    overdue: actionQueue(view: OVERDUE, teamID: $teamID, first: 0) {
      totalCount
    }
    dueSoon: actionQueue(view: DUE_SOON, teamID: $teamID, first: 0) {
      totalCount
    }
    stale: actionQueue(view: STALE, teamID: $teamID, first: 0) {
      totalCount
    }
    unowned: actionQueue(view: UNOWNED, teamID: $teamID, first: 0) {
      totalCount
    }
    open: actionQueue(view: OPEN, teamID: $teamID, first: 0) {
      totalCount
    }
    closed: actionQueue(view: CLOSED, teamID: $teamID, first: 0) {
      totalCount
    }
  }
`),fr=[{value:`MINE`,key:`mine`,label:`My actions`,empty:`Nothing on your plate: you own no open actions.`},{value:`OVERDUE`,key:`overdue`,label:`Overdue`,empty:`No open action is past its due date.`},{value:`DUE_SOON`,key:`dueSoon`,label:`Due soon`,empty:`No open action is due in the next days.`},{value:`STALE`,key:`stale`,label:`Stale`,empty:`Every open action has moved recently.`},{value:`UNOWNED`,key:`unowned`,label:`Unowned`,empty:`Every open action has an owner.`},{value:`OPEN`,key:`open`,label:`Open`,empty:`No open actions.`},{value:`CLOSED`,key:`closed`,label:`Done / dropped`,empty:`No action is done or dropped yet.`}];function pr(){let[e,t]=he();return{view:fr.find(t=>t.value===e.get(`view`))??fr[0],team:e.get(`team`)||null,after:e.get(`after`)||null,before:e.get(`before`)||null,update:(n,r=!1)=>{let i=new URLSearchParams(e);r||(i.delete(`after`),i.delete(`before`));for(let[e,t]of Object.entries(n))t?i.set(e,t):i.delete(e);t(i)}}}function mr(){G(`Actions`);let{view:e,team:t,after:n,before:r,update:a}=pr(),o=(0,W.useMemo)(()=>r?{view:e.value,teamID:t,last:lr,before:r}:{view:e.value,teamID:t,first:lr,after:n},[e.value,t,n,r]),s=(0,W.useMemo)(()=>({additionalTypenames:[`ActionItem`]}),[]),[c,l]=F({query:ur,variables:o,context:s}),[d,f]=F({query:dr,variables:{teamID:t},context:s}),p=(0,W.useCallback)(()=>{l({requestPolicy:`network-only`}),f({requestPolicy:`network-only`})},[l,f]),[m,h]=(0,W.useState)(null),g=(0,W.useRef)(void 0);c.data&&(g.current=c.data);let y=(c.data??g.current)?.actionQueue,b=U(y),x=b.find(e=>e.id===m);return(0,q.jsxs)(A,{gap:`lg`,children:[(0,q.jsxs)(`div`,{children:[(0,q.jsx)(j,{order:1,children:`Actions`}),(0,q.jsx)(v,{c:`dimmed`,size:`sm`,children:`Every action from every incident: what is yours, what is late, what nobody owns. Soonest due first.`})]}),(0,q.jsxs)(_,{align:`flex-end`,justify:`space-between`,children:[(0,q.jsx)(In,{kind:`teams`,label:`Team`,placeholder:`All teams`,clearable:!0,value:t,onChange:e=>a({team:e}),w:240}),y?(0,q.jsx)(v,{size:`sm`,c:`dimmed`,"data-testid":`action-count`,children:V(y.totalCount,`action`)}):null]}),(0,q.jsxs)(te,{value:e.value,onChange:e=>a({view:e===`MINE`?null:e}),keepMounted:!1,children:[(0,q.jsx)(te.List,{"aria-label":`Which actions`,children:fr.map(e=>{let t=d.data?.[e.key]?.totalCount;return(0,q.jsx)(te.Tab,{value:e.value,rightSection:t==null?null:(0,q.jsx)(u,{size:`sm`,variant:`light`,color:(e.value===`OVERDUE`||e.value===`UNOWNED`)&&t>0?`red`:`gray`,circle:t<10,children:t}),children:e.label},e.value)})}),(0,q.jsxs)(te.Panel,{value:e.value,pt:`md`,children:[c.error&&!y?(0,q.jsx)(z,{error:c.error,onRetry:p}):y?b.length===0?(0,q.jsx)(v,{c:`dimmed`,fs:`italic`,size:`sm`,children:e.empty}):(0,q.jsx)(hr,{items:b,onEdit:h,onStale:p}):(0,q.jsx)(I,{what:`the actions`}),y&&(y.pageInfo.hasNextPage||y.pageInfo.hasPreviousPage||r||n)?(0,q.jsxs)(_,{justify:`center`,mt:`md`,children:[(0,q.jsx)(i,{variant:`default`,size:`xs`,disabled:!(r?y.pageInfo.hasPreviousPage:n),onClick:()=>a({before:y.pageInfo.startCursor??null,after:null},!0),children:`← Previous`}),(0,q.jsx)(i,{variant:`default`,size:`xs`,disabled:!(r||y.pageInfo.hasNextPage),onClick:()=>a({after:y.pageInfo.endCursor??null,before:null},!0),children:`Next →`})]}):null]})]}),(0,q.jsx)(ce,{opened:!!x,onClose:()=>h(null),title:`Edit action`,size:`xl`,children:x?(0,q.jsx)(ir,{action:x,onSaved:()=>h(null),onCancel:()=>h(null),onStale:p},x.id):null})]})}function hr({items:e,onEdit:n,onStale:r}){let{viewer:a}=K();return(0,q.jsx)(b.ScrollContainer,{minWidth:900,children:(0,q.jsxs)(b,{verticalSpacing:`sm`,"aria-label":`Actions`,children:[(0,q.jsx)(b.Thead,{children:(0,q.jsxs)(b.Tr,{children:[(0,q.jsx)(b.Th,{children:`Action`}),(0,q.jsx)(b.Th,{children:`Owner`}),(0,q.jsx)(b.Th,{children:`Due`}),(0,q.jsx)(b.Th,{children:`Status`}),(0,q.jsx)(b.Th,{children:`Warnings`}),(0,q.jsx)(b.Th,{children:`Change`})]})}),(0,q.jsx)(b.Tbody,{children:e.map(e=>{let o=U(e.incidents);return(0,q.jsxs)(b.Tr,{"data-testid":`queue-row`,children:[(0,q.jsxs)(b.Td,{style:{maxWidth:420},children:[(0,q.jsx)(v,{size:`sm`,fw:600,children:e.title}),(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[R(Ge,e.priority),` priority · `,R(Ie,e.size)]}),o.length?(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`From`,` `,o.map((n,r)=>(0,q.jsxs)(`span`,{children:[r>0?`, `:``,(0,q.jsx)(t,{component:M,to:`/incidents/${encodeURIComponent(n.id)}#action-${e.id}`,size:`xs`,children:n.title})]},n.id)),e.incidents.totalCount>o.length?` and ${e.incidents.totalCount-o.length} more`:``]}):(0,q.jsx)(v,{size:`xs`,c:`dimmed`,children:`Not linked to an incident`}),e.statusReason?(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`Why: `,e.statusReason]}):null]}),(0,q.jsxs)(b.Td,{children:[(0,q.jsx)(v,{size:`sm`,c:e.owner?void 0:`orange.8`,fw:e.owner?void 0:600,children:e.owner?.name??`No owner`}),(0,q.jsx)(v,{size:`xs`,c:`dimmed`,children:e.team?.name??`No team`})]}),(0,q.jsx)(b.Td,{children:(0,q.jsx)(or,{dueAt:e.dueAt,overdue:e.overdue})}),(0,q.jsx)(b.Td,{children:(0,q.jsx)(ar,{status:e.status})}),(0,q.jsx)(b.Td,{children:(0,q.jsx)(cr,{warnings:e.warnings})}),(0,q.jsx)(b.Td,{children:(0,q.jsxs)(_,{gap:4,wrap:`nowrap`,align:`flex-start`,children:[(0,q.jsx)(sr,{action:e,onStale:r}),xn(a.role,a.id,e)?(0,q.jsx)(i,{size:`compact-xs`,variant:`subtle`,onClick:()=>n(e.id),"aria-label":`Edit ${e.title}`,children:`Edit`}):null]})})]},e.id)})})]})})}var gr=[{to:`/admin/taxonomy`,label:`Contributing-factor taxonomy`},{to:`/admin/webhooks`,label:`Webhooks`},{to:`/admin/report-templates`,label:`Report templates`},{to:`/admin/workflows`,label:`Workflows`},{to:`/admin/comms`,label:`Communications`}];function _r(){let{viewer:e}=K();return e.role===`ADMIN`?(0,q.jsxs)(A,{gap:`lg`,children:[(0,q.jsx)(`nav`,{"aria-label":`Administration`,children:(0,q.jsx)(_,{gap:`lg`,children:gr.map(e=>(0,q.jsx)(xe,{to:e.to,style:{textDecoration:`none`},children:({isActive:t})=>(0,q.jsx)(v,{component:`span`,size:`sm`,fw:t?700:500,c:t?`indigo.8`:`dimmed`,td:t?`underline`:void 0,children:e.label})},e.to))})}),(0,q.jsx)(pe,{})]}):(0,q.jsx)(vr,{})}function vr(){return G(`Admins only`),(0,q.jsxs)(A,{gap:`sm`,py:`xl`,children:[(0,q.jsx)(j,{order:1,children:`Admins only`}),(0,q.jsx)(v,{c:`dimmed`,children:`Only admins manage the taxonomy, report templates, workflows, communication templates and webhooks. Ask an admin if something here needs to change.`}),(0,q.jsx)(t,{component:M,to:`/incidents`,children:`Back to the incidents`})]})}function Z({id:e,title:t,description:n,aside:r,children:i}){return(0,q.jsxs)(l,{withBorder:!0,radius:`md`,p:`lg`,component:`section`,id:e,"aria-labelledby":`${e}-heading`,className:`incident-section`,children:[(0,q.jsxs)(_,{justify:`space-between`,align:`flex-start`,mb:`md`,children:[(0,q.jsxs)(`div`,{children:[(0,q.jsx)(j,{order:2,size:`h3`,id:`${e}-heading`,children:t}),n?(0,q.jsx)(v,{size:`sm`,c:`dimmed`,children:n}):null]}),r]}),i]})}function Q({children:e}){return(0,q.jsx)(v,{c:`dimmed`,size:`sm`,fs:`italic`,children:e})}function yr({shown:e,total:t,what:n}){return t<=e?null:(0,q.jsxs)(v,{size:`sm`,c:`orange.8`,mt:`sm`,children:[`Showing the first `,e,` of `,t,` `,n,`.`]})}function br({paging:e,shown:t,total:n,what:r}){return e?e.error?(0,q.jsxs)(_,{gap:`xs`,mt:`sm`,role:`alert`,children:[(0,q.jsx)(v,{size:`sm`,c:`red.8`,children:e.missing>0?`${e.missing} more ${r} could not be loaded.`:`Some ${r} could not be loaded.`}),(0,q.jsx)(i,{size:`compact-xs`,variant:`light`,color:`red`,onClick:e.retry,children:`Retry`})]}):e.loading?(0,q.jsxs)(_,{gap:`xs`,mt:`sm`,role:`status`,"data-testid":`loading-more`,children:[(0,q.jsx)(a,{size:`xs`}),(0,q.jsxs)(v,{size:`sm`,c:`dimmed`,children:[`Loading `,e.missing,` more `,r,`…`]})]}):e.capped?(0,q.jsx)(yr,{shown:t,total:n,what:r}):null:(0,q.jsx)(yr,{shown:t,total:n,what:r})}function xr(e,t){let n=(0,W.useRef)(new WeakMap),r=(0,W.useCallback)(e=>{let r=n.current.get(e);if(r)return r;let i={edges:[],done:!1,capped:!1,promise:Promise.resolve(),listeners:new Set},a=()=>i.listeners.forEach(e=>e());return i.promise=(async()=>{let n=e.pageInfo,r=e.edges?.length??0;for(;n.hasNextPage&&n.endCursor;){if(r>=5e3){i.capped=!0;break}let{page:e,error:o}=await t(n.endCursor);if(o||!e){i.error=o;break}let s=(e.edges??[]).filter(e=>!!e?.node);i.edges=[...i.edges,...s],r+=s.length,n=e.pageInfo,a()}i.done=!0,a()})(),n.current.set(e,i),i},[t]),i=(0,W.useCallback)(e=>r(e).promise,[r]),[a,o]=(0,W.useState)([]),s=(0,W.useRef)(a),[c,l]=(0,W.useState)({loading:!1,capped:!1}),[u,d]=(0,W.useState)(0);(0,W.useEffect)(()=>{if(!e)return;let t=r(e),n=s.current.length===0,i=()=>{(t.done||n)&&(t.edges.length>0||s.current.length>0)&&(s.current=t.edges,o(t.edges)),l({loading:!t.done,error:t.error,capped:t.capped})};return t.listeners.add(i),i(),()=>{t.listeners.delete(i)}},[e,r,u]);let f=(0,W.useCallback)(()=>{e&&n.current.delete(e),d(e=>e+1)},[e]),p=(0,W.useMemo)(()=>{let t=new Set,n=[];for(let r of[...e?.edges??[],...a]){let e=r?.node?.id;r&&e&&!t.has(e)&&(t.add(e),n.push(r))}return n},[e,a]),m=Math.max(0,(e?.totalCount??0)-p.length);return{edges:p,loading:c.loading&&m>0,missing:m,error:c.error,retry:f,capped:c.capped,settle:i}}function Sr(e,t,n){let[r,i]=F({query:e,context:n}),a=(0,W.useCallback)(()=>i({requestPolicy:`network-only`}),[i]),o=De(),s=(0,W.useCallback)(async r=>{let i=await o.query(e,{after:r},{...n,requestPolicy:`network-only`}).toPromise();return{error:i.error,page:i.data?t(i.data):void 0}},[o,e,t,n]),c=r.data?t(r.data):void 0,{edges:l,settle:u,...d}=xr(c,s);return{result:r,reload:a,nodes:(0,W.useMemo)(()=>l.flatMap(e=>e?.node?[e.node]:[]),[l]),total:c?.totalCount??0,paging:d}}var Cr=B(`
  query Taxonomy($after: Cursor) {
    factorCategories(first: 100, after: $after, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          description
          factors(first: 0) {
            totalCount
          }
        }
      }
    }
  }
`),wr=B(`
  mutation CreateFactorCategory($input: CreateFactorCategoryInput!) {
    createFactorCategory(input: $input) {
      id
      name
      description
    }
  }
`),Tr=B(`
  mutation UpdateFactorCategory($id: ID!, $input: UpdateFactorCategoryInput!) {
    updateFactorCategory(id: $id, input: $input) {
      id
      name
      description
    }
  }
`),Er=B(`
  mutation MergeFactorCategories($sourceID: ID!, $targetID: ID!) {
    mergeFactorCategories(sourceID: $sourceID, targetID: $targetID) {
      id
      name
      factors(first: 0) {
        totalCount
      }
    }
  }
`),Dr=e=>e.factorCategories;function Or(){G(`Taxonomy`);let{result:e,reload:t,nodes:n,total:r,paging:i}=Sr(Cr,Dr,(0,W.useMemo)(()=>({additionalTypenames:[`FactorCategory`]}),[])),[a,o]=(0,W.useState)(null);return(0,q.jsxs)(A,{gap:`lg`,children:[(0,q.jsxs)(`div`,{children:[(0,q.jsx)(j,{order:1,children:`Contributing-factor taxonomy`}),(0,q.jsx)(v,{c:`dimmed`,size:`sm`,children:`The categories analysts file contributing factors under, so patterns show across incidents. Merge near-duplicates rather than letting them pile up.`})]}),(0,q.jsx)(kr,{onCreated:t}),e.error&&!e.data?(0,q.jsx)(z,{error:e.error,onRetry:t}):e.data?n.length===0?(0,q.jsx)(v,{c:`dimmed`,fs:`italic`,children:`No categories yet.`}):(0,q.jsxs)(`div`,{children:[(0,q.jsx)(v,{size:`sm`,c:`dimmed`,"data-testid":`category-count`,children:V(r,`category`,`categories`)}),(0,q.jsxs)(b,{verticalSpacing:`sm`,"aria-label":`Categories`,children:[(0,q.jsx)(b.Thead,{children:(0,q.jsxs)(b.Tr,{children:[(0,q.jsx)(b.Th,{children:`Category`}),(0,q.jsx)(b.Th,{children:`Description`}),(0,q.jsx)(b.Th,{ta:`right`,children:`Factors`}),(0,q.jsx)(b.Th,{children:`Change`})]})}),(0,q.jsx)(b.Tbody,{children:n.map(e=>(0,q.jsx)(Ar,{category:e,onMerge:()=>o(e)},e.id))})]}),(0,q.jsx)(br,{paging:i,shown:n.length,total:r,what:`categories`})]}):(0,q.jsx)(I,{what:`the taxonomy`}),(0,q.jsx)(ce,{opened:!!a,onClose:()=>o(null),title:a?`Merge “${a.name}” into another category`:``,children:a?(0,q.jsx)(jr,{source:a,categories:n,onDone:()=>{o(null),t()},onCancel:()=>o(null)}):null})]})}function kr({onCreated:e}){let[t,n]=(0,W.useState)(``),[r,a]=(0,W.useState)(``),[s,c]=P(wr),u=X(s.error,[`name`,`description`]);return(0,q.jsx)(l,{withBorder:!0,p:`md`,radius:`md`,children:(0,q.jsxs)(`form`,{onSubmit:async i=>{i.preventDefault(),t.trim()&&((await c({input:{name:t.trim(),description:r.trim()||void 0}})).error||(n(``),a(``),e()))},"aria-label":`New category`,children:[(0,q.jsxs)(_,{align:`flex-start`,gap:`sm`,wrap:`wrap`,children:[(0,q.jsx)(k,{label:`New category`,placeholder:`e.g. Change management`,required:!0,value:t,onChange:e=>n(e.currentTarget.value),error:u.fields.name,style:{flex:`1 1 220px`}}),(0,q.jsx)(k,{label:`Description`,placeholder:`What belongs here`,value:r,onChange:e=>a(e.currentTarget.value),error:u.fields.description,style:{flex:`3 1 320px`}}),(0,q.jsx)(i,{type:`submit`,mt:25,loading:s.fetching,disabled:!t.trim(),children:`Add category`})]}),u.other?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:u.other}):null]})})}function Ar({category:e,onMerge:t}){let[n,r]=(0,W.useState)(!1),[a,s]=(0,W.useState)(e.name),[c,l]=(0,W.useState)(e.description??``),[u,d]=P(Tr),f=X(u.error,[`name`,`description`]);return n?(0,q.jsx)(b.Tr,{children:(0,q.jsx)(b.Td,{colSpan:4,children:(0,q.jsx)(`form`,{onSubmit:async t=>{t.preventDefault();let n={};a.trim()!==e.name&&(n.name=a.trim()),c.trim()!==(e.description??``)&&(c.trim()?n.description=c.trim():n.clearDescription=!0),Object.keys(n).length&&(await d({id:e.id,input:n})).error||r(!1)},"aria-label":`Edit category ${e.name}`,children:(0,q.jsxs)(A,{gap:`xs`,children:[(0,q.jsxs)(_,{align:`flex-start`,gap:`sm`,grow:!0,children:[(0,q.jsx)(k,{label:`Name`,required:!0,value:a,onChange:e=>s(e.currentTarget.value),error:f.fields.name}),(0,q.jsx)(h,{label:`Description`,autosize:!0,minRows:1,value:c,onChange:e=>l(e.currentTarget.value),error:f.fields.description})]}),f.other?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:f.other}):null,(0,q.jsxs)(_,{gap:`xs`,children:[(0,q.jsx)(i,{type:`submit`,size:`xs`,loading:u.fetching,disabled:!a.trim(),children:`Save`}),(0,q.jsx)(i,{size:`xs`,variant:`default`,onClick:()=>r(!1),children:`Cancel`})]})]})})})}):(0,q.jsxs)(b.Tr,{"data-testid":`category-row`,children:[(0,q.jsx)(b.Td,{fw:600,children:e.name}),(0,q.jsx)(b.Td,{children:(0,q.jsx)(v,{size:`sm`,c:e.description?void 0:`dimmed`,children:e.description||`No description`})}),(0,q.jsx)(b.Td,{ta:`right`,children:e.factors.totalCount}),(0,q.jsx)(b.Td,{children:(0,q.jsxs)(_,{gap:4,wrap:`nowrap`,children:[(0,q.jsx)(i,{size:`compact-xs`,variant:`subtle`,onClick:()=>{s(e.name),l(e.description??``),r(!0)},"aria-label":`Edit ${e.name}`,children:`Edit`}),(0,q.jsx)(i,{size:`compact-xs`,variant:`subtle`,color:`orange`,onClick:t,"aria-label":`Merge ${e.name} into another category`,children:`Merge into…`})]})})]})}function jr({source:e,categories:t,onDone:n,onCancel:r}){let[a,s]=(0,W.useState)(null),[c,l]=P(Er),u=t.find(e=>e.id===a),d=X(c.error);return(0,q.jsx)(`form`,{onSubmit:async t=>{t.preventDefault(),a&&((await l({sourceID:e.id,targetID:a})).error||n())},children:(0,q.jsxs)(A,{gap:`sm`,children:[(0,q.jsx)(O,{label:`Merge into`,placeholder:`Pick the category to keep`,data:t.filter(t=>t.id!==e.id).map(e=>({value:e.id,label:e.name})),value:a,onChange:s,searchable:!0,"data-autofocus":!0}),u?(0,q.jsxs)(o,{color:`orange`,variant:`light`,title:`This cannot be undone`,children:[V(e.factors.totalCount,`contributing factor`),` filed under “`,e.name,`” will move to “`,u.name,`”, and “`,e.name,`” will be removed. No factor loses its link to its incident or insights.`]}):null,d.other?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:d.other}):null,(0,q.jsxs)(_,{justify:`flex-end`,children:[(0,q.jsx)(i,{variant:`default`,onClick:r,children:`Cancel`}),(0,q.jsx)(i,{type:`submit`,color:`orange`,disabled:!u,loading:c.fetching,children:u?`Merge into “${u.name}”`:`Merge`})]})]})})}var Mr=B(`
  query WebhookDeliveries($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Webhook {
        deliveries(first: 25, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
          totalCount
          edges {
            node {
              id
              event
              status
              attempts
              createdAt
              lastAttemptAt
              nextAttemptAt
              responseStatus
              lastError
              deliveredAt
            }
          }
        }
      }
    }
  }
`),Nr=B(`
  mutation RetryWebhookDelivery($id: ID!) {
    retryWebhookDelivery(id: $id) {
      id
      status
      attempts
      nextAttemptAt
      lastAttemptAt
      responseStatus
      lastError
    }
  }
`);function Pr({webhookID:e}){let t=(0,W.useMemo)(()=>({additionalTypenames:[`WebhookDelivery`]}),[]),[n,r]=F({query:Mr,variables:{id:e},context:t}),[a,s]=P(Nr),c=n.data?.node,l=c?.__typename===`Webhook`?c:void 0,d=U(l?.deliveries),f=X(a.error).other;return n.error&&!l?(0,q.jsx)(z,{error:n.error,onRetry:()=>r({requestPolicy:`network-only`})}):l?d.length===0?(0,q.jsx)(v,{size:`sm`,c:`dimmed`,fs:`italic`,children:`Nothing sent yet.`}):(0,q.jsxs)(q.Fragment,{children:[f?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,mb:`xs`,children:f}):null,(0,q.jsx)(b.ScrollContainer,{minWidth:760,children:(0,q.jsxs)(b,{verticalSpacing:6,fz:`sm`,"aria-label":`Deliveries`,children:[(0,q.jsx)(b.Thead,{children:(0,q.jsxs)(b.Tr,{children:[(0,q.jsx)(b.Th,{children:`Event`}),(0,q.jsx)(b.Th,{children:`Status`}),(0,q.jsx)(b.Th,{ta:`right`,children:`Attempts`}),(0,q.jsx)(b.Th,{children:`Last attempt`}),(0,q.jsx)(b.Th,{children:`Last response`}),(0,q.jsx)(b.Th,{children:(0,q.jsx)(`span`,{"aria-hidden":`true`})})]})}),(0,q.jsx)(b.Tbody,{children:d.map(e=>(0,q.jsxs)(b.Tr,{"data-testid":`delivery-row`,children:[(0,q.jsxs)(b.Td,{children:[R(hn,e.event),(0,q.jsx)(v,{size:`xs`,c:`dimmed`,children:L(e.createdAt)})]}),(0,q.jsxs)(b.Td,{children:[(0,q.jsx)(u,{color:_n[e.status]??`gray`,variant:`light`,radius:`sm`,children:R(gn,e.status)}),e.status===`PENDING`?(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`next try `,L(e.nextAttemptAt)]}):null]}),(0,q.jsx)(b.Td,{ta:`right`,children:e.attempts}),(0,q.jsx)(b.Td,{children:e.lastAttemptAt?L(e.lastAttemptAt):(0,q.jsx)(v,{span:!0,c:`dimmed`,size:`sm`,children:`Not yet`})}),(0,q.jsxs)(b.Td,{style:{maxWidth:280},children:[e.responseStatus==null?null:(0,q.jsxs)(E,{children:[`HTTP `,e.responseStatus]}),e.lastError?(0,q.jsx)(v,{size:`xs`,c:`red.8`,lineClamp:2,title:e.lastError,children:e.lastError}):e.responseStatus==null?(0,q.jsx)(v,{span:!0,size:`sm`,c:`dimmed`,children:`–`}):null]}),(0,q.jsx)(b.Td,{children:e.status===`DELIVERED`?null:(0,q.jsx)(i,{size:`compact-xs`,variant:`light`,loading:a.fetching&&a.operation?.variables?.id===e.id,onClick:()=>void s({id:e.id}).then(()=>r({requestPolicy:`network-only`})),"aria-label":`Retry the ${R(hn,e.event)} delivery of ${L(e.createdAt)}`,children:`Retry now`})})]},e.id))})]})}),l.deliveries.totalCount>d.length?(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,mt:4,children:[`The latest `,d.length,` of `,l.deliveries.totalCount,` deliveries.`]}):null]}):(0,q.jsx)(v,{size:`sm`,c:`dimmed`,children:`Loading the deliveries…`})}function Fr({name:e,secret:t,onDismiss:n}){return(0,q.jsx)(o,{color:`yellow`,variant:`light`,title:`Signing secret for “${e}”`,role:`status`,"data-testid":`webhook-secret`,children:(0,q.jsxs)(A,{gap:`xs`,children:[(0,q.jsxs)(v,{size:`sm`,children:[`Copy it now into the receiver: it is shown this once and never again. Receivers check the `,(0,q.jsx)(E,{children:`X-Debrief-Signature`}),` header with it (HMAC-SHA256 of `,(0,q.jsx)(E,{children:`<t>.<body>`}),`).`]}),(0,q.jsxs)(_,{gap:`xs`,wrap:`nowrap`,children:[(0,q.jsx)(E,{block:!0,style:{flex:1,wordBreak:`break-all`},"aria-label":`Webhook secret`,children:t}),(0,q.jsx)(f,{value:t,children:({copied:e,copy:t})=>(0,q.jsx)(i,{size:`xs`,color:e?`teal`:`indigo`,onClick:t,children:e?`Copied`:`Copy secret`})})]}),(0,q.jsx)(_,{children:(0,q.jsx)(i,{size:`xs`,variant:`default`,onClick:n,children:`I have copied it`})})]})})}var Ir=Object.keys(hn);function Lr({values:e,onChange:t,errors:n}){return(0,q.jsxs)(A,{gap:`sm`,children:[(0,q.jsxs)(_,{align:`flex-start`,gap:`sm`,grow:!0,children:[(0,q.jsx)(k,{label:`Name`,placeholder:`e.g. Jira bridge`,required:!0,value:e.name,onChange:n=>t({...e,name:n.currentTarget.value}),error:n.name}),(0,q.jsx)(k,{type:`url`,label:`URL`,placeholder:`https://hooks.example.com/debrief`,required:!0,value:e.url,onChange:n=>t({...e,url:n.currentTarget.value}),error:n.url})]}),(0,q.jsx)(m.Group,{label:`Events`,description:`What the receiver is told about`,value:e.events,onChange:n=>t({...e,events:n}),error:n.events,withAsterisk:!0,children:(0,q.jsx)(_,{gap:`md`,mt:6,children:Ir.map(e=>(0,q.jsx)(m,{value:e,label:R(hn,e)},e))})})]})}var Rr=B(`
  query Webhooks($after: Cursor) {
    webhooks(first: 100, after: $after, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          url
          events
          active
          createdAt
          deliveries(first: 0) {
            totalCount
          }
          failed: deliveries(first: 0, where: { status: FAILED }) {
            totalCount
          }
        }
      }
    }
  }
`),zr=B(`
  mutation CreateWebhook($input: CreateWebhookInput!, $secret: String) {
    createWebhook(input: $input, secret: $secret) {
      secret
      webhook {
        id
        name
      }
    }
  }
`),Br=B(`
  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {
    updateWebhook(id: $id, input: $input) {
      id
      name
      url
      events
      active
    }
  }
`),Vr=B(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      webhook {
        id
        name
      }
    }
  }
`),Hr=e=>e.webhooks,Ur=[`name`,`url`,`events`,`secret`];function Wr(){G(`Webhooks`);let{result:e,reload:t,nodes:n,total:r,paging:i}=Sr(Rr,Hr,(0,W.useMemo)(()=>({additionalTypenames:[`Webhook`]}),[])),[a,o]=(0,W.useState)(null);return(0,q.jsxs)(A,{gap:`lg`,children:[(0,q.jsxs)(`div`,{children:[(0,q.jsx)(j,{order:1,children:`Webhooks`}),(0,q.jsx)(v,{c:`dimmed`,size:`sm`,children:`Debrief posts JSON to these addresses when incidents and actions change, and with reminders. Each request is signed; failed deliveries are retried with backoff.`})]}),a?(0,q.jsx)(Fr,{name:a.name,secret:a.secret,onDismiss:()=>o(null)}):null,(0,q.jsx)(Gr,{onCreated:e=>{o(e),t()}}),e.error&&!e.data?(0,q.jsx)(z,{error:e.error,onRetry:t}):e.data?n.length===0?(0,q.jsx)(v,{c:`dimmed`,fs:`italic`,children:`No webhooks yet.`}):(0,q.jsxs)(A,{gap:`sm`,children:[(0,q.jsx)(v,{size:`sm`,c:`dimmed`,"data-testid":`webhook-count`,children:V(r,`webhook`)}),n.map(e=>(0,q.jsx)(Kr,{hook:e,onSecret:o},e.id)),(0,q.jsx)(br,{paging:i,shown:n.length,total:r,what:`webhooks`})]}):(0,q.jsx)(I,{what:`the webhooks`})]})}function Gr({onCreated:e}){let[t,n]=(0,W.useState)(!1),[r,a]=(0,W.useState)({name:``,url:``,events:[]}),[s,c]=(0,W.useState)(``),[u,d]=P(zr),f=X(u.error,Ur);return t?(0,q.jsx)(l,{withBorder:!0,p:`md`,radius:`md`,children:(0,q.jsx)(`form`,{onSubmit:async t=>{t.preventDefault();let i=(await d({input:{name:r.name.trim(),url:r.url.trim(),events:r.events},secret:s.trim()||null})).data?.createWebhook;i&&(e({name:i.webhook.name,secret:i.secret}),a({name:``,url:``,events:[]}),c(``),n(!1))},"aria-label":`New webhook`,children:(0,q.jsxs)(A,{gap:`sm`,children:[(0,q.jsx)(j,{order:2,size:`h4`,children:`New webhook`}),(0,q.jsx)(Lr,{values:r,onChange:a,errors:f.fields}),(0,q.jsx)(ne,{label:`Secret (optional)`,description:`Leave empty and Debrief generates a strong one`,value:s,onChange:e=>c(e.currentTarget.value),error:f.fields.secret,maw:420}),f.other?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:f.other}):null,(0,q.jsxs)(_,{children:[(0,q.jsx)(i,{type:`submit`,loading:u.fetching,disabled:!r.name.trim()||!r.url.trim()||r.events.length===0,children:`Create webhook`}),(0,q.jsx)(i,{variant:`default`,onClick:()=>n(!1),children:`Cancel`})]})]})})}):(0,q.jsx)(_,{children:(0,q.jsx)(i,{onClick:()=>n(!0),children:`Add a webhook`})})}function Kr({hook:e,onSecret:n}){let[r,a]=(0,W.useState)(!1),[s,c]=(0,W.useState)({name:e.name,url:e.url,events:e.events}),[d,f]=(0,W.useState)(!1),[p,m]=(0,W.useState)(!1),[h,g]=P(Br),[y,b]=P(Vr),x=X(h.error??y.error,Ur),S=async t=>{t.preventDefault(),(await g({id:e.id,input:{name:s.name.trim(),url:s.url.trim(),events:s.events}})).error||a(!1)},C=async()=>{let t=await b({id:e.id});m(!1),t.data&&n({name:t.data.rotateWebhookSecret.webhook.name,secret:t.data.rotateWebhookSecret.secret})};return(0,q.jsxs)(l,{withBorder:!0,radius:`md`,p:`md`,component:`article`,"aria-label":`Webhook ${e.name}`,"data-testid":`webhook`,children:[(0,q.jsxs)(A,{gap:`xs`,children:[(0,q.jsxs)(_,{justify:`space-between`,align:`flex-start`,children:[(0,q.jsxs)(`div`,{style:{minWidth:0},children:[(0,q.jsx)(j,{order:2,size:`h5`,children:e.name}),(0,q.jsx)(v,{size:`sm`,c:`dimmed`,style:{wordBreak:`break-all`},children:e.url})]}),(0,q.jsx)(ie,{label:e.active?`Active`:`Switched off`,checked:e.active,onChange:t=>void g({id:e.id,input:{active:t.currentTarget.checked}}),disabled:h.fetching,"aria-label":`${e.name} active`})]}),r?(0,q.jsx)(`form`,{onSubmit:S,"aria-label":`Edit webhook ${e.name}`,children:(0,q.jsxs)(A,{gap:`sm`,children:[(0,q.jsx)(Lr,{values:s,onChange:c,errors:x.fields}),(0,q.jsxs)(_,{gap:`xs`,children:[(0,q.jsx)(i,{type:`submit`,size:`xs`,loading:h.fetching,disabled:!s.name.trim()||!s.url.trim()||s.events.length===0,children:`Save`}),(0,q.jsx)(i,{size:`xs`,variant:`default`,onClick:()=>a(!1),children:`Cancel`})]})]})}):(0,q.jsx)(_,{gap:6,children:e.events.map(e=>(0,q.jsx)(u,{variant:`light`,radius:`sm`,tt:`none`,children:R(hn,e)},e))}),x.other?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:x.other}):null,(0,q.jsxs)(_,{gap:`md`,children:[(0,q.jsx)(t,{component:`button`,type:`button`,size:`sm`,onClick:()=>f(e=>!e),"aria-expanded":d,children:d?`Hide deliveries`:`Deliveries (${e.deliveries.totalCount}${e.failed.totalCount?`, ${V(e.failed.totalCount,`failed`)}`:``})`}),r?null:(0,q.jsx)(t,{component:`button`,type:`button`,size:`sm`,onClick:()=>{c({name:e.name,url:e.url,events:e.events}),a(!0)},children:`Edit`}),(0,q.jsx)(t,{component:`button`,type:`button`,size:`sm`,c:`orange.8`,onClick:()=>m(!0),children:`Rotate secret…`})]}),d?(0,q.jsx)(Pr,{webhookID:e.id}):null]}),(0,q.jsx)(ce,{opened:p,onClose:()=>m(!1),title:`Rotate the secret of “${e.name}”?`,children:(0,q.jsxs)(A,{gap:`sm`,children:[(0,q.jsx)(v,{size:`sm`,children:`The old secret stops working at once: the receiver must be given the new one, which is shown once.`}),(0,q.jsxs)(_,{justify:`flex-end`,children:[(0,q.jsx)(i,{variant:`default`,onClick:()=>m(!1),children:`Cancel`}),(0,q.jsx)(i,{color:`orange`,onClick:()=>void C(),loading:y.fetching,children:`Rotate secret`})]})]})})]})}var qr=[{key:`doneOnTime`,label:`Done on time`,color:`green.8`},{key:`doneLate`,label:`Done late`,color:`yellow.9`},{key:`open`,label:`Open`,color:`blue.8`},{key:`overdue`,label:`Overdue`,color:`red.8`},{key:`dropped`,label:`Dropped`,color:`gray.7`}];function Jr({figures:e,label:t}){return(0,q.jsxs)(_,{gap:`xs`,role:`list`,"aria-label":t,children:[(0,q.jsx)(Yr,{name:`Actions`,count:e.total}),qr.map(t=>(0,q.jsx)(Yr,{name:t.label,count:e[t.key],shareText:En(e[t.key],e.total),color:t.color},t.key))]})}function Yr({name:e,count:t,shareText:n,color:r}){return(0,q.jsx)(l,{role:`listitem`,withBorder:!0,radius:`sm`,px:`sm`,py:6,miw:92,"aria-label":`${e}: ${t}${n?` (${n})`:``}`,children:(0,q.jsxs)(A,{gap:0,children:[(0,q.jsx)(v,{size:`xs`,c:`dimmed`,children:e}),(0,q.jsxs)(v,{fw:700,c:r,children:[t,n?(0,q.jsx)(v,{span:!0,size:`xs`,c:`dimmed`,fw:400,ml:4,children:n}):null]})]})})}var Xr=B(`
  query FollowThrough($from: Time!, $to: Time!, $teamIDs: [ID!]) {
    followThrough(from: $from, to: $to, teamIDs: $teamIDs) {
      from
      to
      definition
      withoutDueDate
      overall {
        ...FollowThroughFigures
      }
      teams {
        team {
          id
          name
        }
        figures {
          ...FollowThroughFigures
        }
      }
    }
  }

  fragment FollowThroughFigures on FollowThroughFigures {
    total
    doneOnTime
    doneLate
    open
    overdue
    dropped
    onTimeShare
  }
`),Zr={fromDays:-90,toDays:30},Qr=e=>!!e&&/^\d{4}-\d{2}-\d{2}$/.test(e);function $r(e){return new Date(`${e}T00:00:00`).toISOString()}function ei(e){let t=new Date(`${e}T00:00:00`);return t.setDate(t.getDate()+1),t.toISOString()}function ti(){let[e,t]=he();return{from:Qr(e.get(`from`))?e.get(`from`):Tn(Zr.fromDays),to:Qr(e.get(`to`))?e.get(`to`):Tn(Zr.toDays),teamIDs:(e.get(`teams`)??``).split(`,`).filter(Boolean),update:n=>{let r=new URLSearchParams(e);for(let[e,t]of Object.entries(n))t?r.set(e,t):r.delete(e);t(r,{replace:!0})}}}function ni(){G(`Follow-through`);let{from:e,to:t,teamIDs:n,update:r}=ti(),a=e<=t,s=(0,W.useMemo)(()=>({from:$r(e),to:ei(t),teamIDs:n.length?n:null}),[e,t,n.join(`,`)]),[c,u]=F({query:Xr,variables:s,pause:!a}),d=c.data?.followThrough;return(0,q.jsxs)(A,{gap:`lg`,children:[(0,q.jsxs)(`div`,{children:[(0,q.jsx)(j,{order:1,children:`Follow-through`}),(0,q.jsx)(v,{c:`dimmed`,size:`sm`,children:`Of the actions due in a period, how many each team got done on time, late, or not yet. Not a league table: a prompt to ask what got in the way.`})]}),(0,q.jsx)(l,{withBorder:!0,p:`md`,radius:`md`,component:`section`,"aria-label":`Period and teams`,children:(0,q.jsxs)(_,{align:`flex-end`,gap:`md`,wrap:`wrap`,children:[(0,q.jsx)(k,{type:`date`,label:`Due from`,value:e,onChange:e=>Qr(e.currentTarget.value)&&r({from:e.currentTarget.value})}),(0,q.jsx)(k,{type:`date`,label:`Due until (inclusive)`,value:t,onChange:e=>Qr(e.currentTarget.value)&&r({to:e.currentTarget.value}),error:a?void 0:`The period must end after it starts`}),(0,q.jsx)(Ln,{kind:`teams`,label:`Teams`,placeholder:n.length?void 0:`All teams`,value:n,onChange:e=>r({teams:e.join(`,`)||null}),clearable:!0,style:{flex:`1 1 260px`}}),(0,q.jsx)(i,{variant:`default`,onClick:()=>r({from:null,to:null,teams:null}),children:`Last 90 days to next 30`})]})}),c.error&&!d?(0,q.jsx)(z,{error:c.error,onRetry:()=>u({requestPolicy:`network-only`})}):a?d?(0,q.jsxs)(g,{gap:`lg`,children:[(0,q.jsx)(g.Col,{span:{base:12,lg:9},children:(0,q.jsxs)(A,{gap:`sm`,children:[(0,q.jsxs)(v,{size:`sm`,children:[`Actions due from `,(0,q.jsx)(`strong`,{children:H(d.from)}),` until `,(0,q.jsx)(`strong`,{children:H(new Date(new Date(d.to).getTime()-1).toISOString())}),n.length?`, ${V(n.length,`team`)}`:`, all teams`,`.`]}),(0,q.jsx)(ri,{teams:d.teams,overall:d.overall}),(0,q.jsxs)(o,{color:d.withoutDueDate?`orange`:`gray`,variant:`light`,"data-testid":`without-due-date`,children:[(0,q.jsx)(`strong`,{children:V(d.withoutDueDate,`open action`)}),` without a due date `,d.withoutDueDate===1?`is`:`are`,` in no period, so`,` `,d.withoutDueDate===1?`it is`:`they are`,` not counted above.`]})]})}),(0,q.jsx)(g.Col,{span:{base:12,lg:3},children:(0,q.jsxs)(l,{bg:`gray.0`,p:`md`,radius:`md`,component:`aside`,"aria-labelledby":`definition-heading`,children:[(0,q.jsx)(j,{order:2,size:`h5`,id:`definition-heading`,mb:4,children:`What is counted`}),(0,q.jsx)(v,{size:`sm`,"data-testid":`follow-through-definition`,children:d.definition})]})})]}):(0,q.jsx)(I,{what:`the figures`}):null]})}function ri({teams:e,overall:t}){return e.length===0?(0,q.jsx)(v,{c:`dimmed`,fs:`italic`,size:`sm`,children:`No action is due in this period.`}):(0,q.jsx)(b.ScrollContainer,{minWidth:760,children:(0,q.jsxs)(b,{verticalSpacing:`xs`,striped:!0,"aria-label":`Follow-through per team`,children:[(0,q.jsx)(b.Thead,{children:(0,q.jsxs)(b.Tr,{children:[(0,q.jsx)(b.Th,{children:`Team`}),(0,q.jsx)(b.Th,{ta:`right`,children:`Actions`}),qr.map(e=>(0,q.jsx)(b.Th,{ta:`right`,children:e.label},e.key))]})}),(0,q.jsx)(b.Tbody,{children:e.map(e=>(0,q.jsx)(ii,{name:e.team?.name??`No team`,figures:e.figures},e.team?.id??`none`))}),(0,q.jsx)(b.Tfoot,{children:(0,q.jsx)(ii,{name:`All teams`,figures:t,strong:!0})})]})})}function ii({name:e,figures:t,strong:n}){return(0,q.jsxs)(b.Tr,{"data-testid":`team-figures`,"data-team":e,children:[(0,q.jsx)(b.Th,{scope:`row`,fw:n?700:600,children:e}),(0,q.jsx)(b.Td,{ta:`right`,fw:n?700:void 0,children:t.total}),qr.map(e=>(0,q.jsxs)(b.Td,{ta:`right`,c:t[e.key]?e.color:`dimmed`,fw:n?700:void 0,children:[t[e.key],` `,(0,q.jsx)(v,{span:!0,size:`xs`,c:`dimmed`,ml:4,fw:400,children:En(t[e.key],t.total)})]},e.key))]})}var ai=[{value:``,label:`Detect from the file`},{value:`debrief`,label:`Debrief JSON export`},{value:`csv`,label:`CSV (one incident a row)`},{value:`markdown`,label:`Markdown postmortem with YAML front matter`},{value:`statuspage`,label:`Status page JSON`}],oi=[`key`,`title`,`summary`,`severity`,`status`,`startedAt`,`detectedAt`,`acknowledgedAt`,`mitigatedAt`,`resolvedAt`,`customerImpact`,`sourceUrl`,`services`,`vendors`,`tags`],si=`ignore`,ci=e=>e.trim().toLowerCase().replace(/[\s_-]/g,``);function li(e){return oi.find(t=>ci(t)===ci(e))??`ignore`}var ui=(e,t)=>t===`csv`||t===``&&/\.csv$/i.test(e.name);async function di(e){let t=(await e.slice(0,65536).text()).replace(/^\uFEFF/,``),n=[],r=``,i=!1;for(let e=0;e<t.length;e++){let a=t[e];if(i)a===`"`&&t[e+1]===`"`?(r+=`"`,e++):a===`"`?i=!1:r+=a;else if(a===`"`)i=!0;else if(a===`,`)n.push(r.trim()),r=``;else if(a===`
`||a===`\r`)break;else r+=a}return n.push(r.trim()),n.filter((e,t)=>e||t<n.length-1)}function fi(e){return Object.entries(e).map(([e,t])=>`${t}=${e}`).join(`,`)}var pi=[{value:si,label:`Leave out`},...oi.map(e=>({value:e,label:e}))];function mi({file:e,mapping:t,onChange:n}){let r=Object.keys(t),i=Object.values(t),a=[`title`,`startedAt`].filter(e=>!i.includes(e));return(0,q.jsxs)(`fieldset`,{style:{border:`none`,padding:0,margin:0},children:[(0,q.jsx)(`legend`,{children:(0,q.jsxs)(v,{size:`sm`,fw:600,children:[`Columns of `,e]})}),(0,q.jsx)(S,{cols:{base:1,sm:2,md:3},spacing:`xs`,children:r.map(e=>(0,q.jsx)(O,{size:`xs`,label:`Column “${e}”`,data:pi,value:t[e],onChange:r=>n({...t,[e]:r??`ignore`}),allowDeselect:!1},e))}),a.length?(0,q.jsxs)(v,{size:`xs`,c:`red`,mt:4,role:`alert`,children:[`Map a column to `,a.join(` and `),`: every incident needs them.`]}):null]})}function hi({result:e}){return(0,q.jsxs)(o,{color:e.errors.length?`orange`:`green`,variant:`light`,title:`Import finished`,role:`status`,"data-testid":`import-result`,children:[(0,q.jsxs)(_,{gap:`lg`,children:[(0,q.jsxs)(v,{size:`sm`,children:[(0,q.jsx)(`strong`,{children:e.created}),` created`]}),(0,q.jsxs)(v,{size:`sm`,children:[(0,q.jsx)(`strong`,{children:e.skipped}),` skipped (already imported)`]}),(0,q.jsxs)(v,{size:`sm`,children:[(0,q.jsx)(`strong`,{children:e.errors.length}),` `,e.errors.length===1?`error`:`errors`]})]}),e.errors.length?(0,q.jsxs)(q.Fragment,{children:[(0,q.jsxs)(v,{size:`sm`,mt:`xs`,children:[`A file with errors was not imported at all; fix `,e.errors.length===1?`it`:`them`,` and upload again.`]}),(0,q.jsxs)(b,{mt:`xs`,verticalSpacing:2,"aria-label":`${V(e.errors.length,`import error`)}`,children:[(0,q.jsx)(b.Thead,{children:(0,q.jsxs)(b.Tr,{children:[(0,q.jsx)(b.Th,{children:`File`}),(0,q.jsx)(b.Th,{children:`Where`}),(0,q.jsx)(b.Th,{children:`Problem`})]})}),(0,q.jsx)(b.Tbody,{children:e.errors.map((e,t)=>(0,q.jsxs)(b.Tr,{children:[(0,q.jsx)(b.Td,{children:e.file}),(0,q.jsx)(b.Td,{children:e.position||`—`}),(0,q.jsx)(b.Td,{children:e.message})]},t))})]})]}):null]})}async function gi(e,t){let n=e.getReader(),r=new TextDecoder,i=``,a=e=>{let n=e.trim();n&&t(JSON.parse(n))};for(;;){let{value:e,done:t}=await n.read();if(t)break;i+=r.decode(e,{stream:!0});let o=i.indexOf(`
`);for(;o>=0;)a(i.slice(0,o)),i=i.slice(o+1),o=i.indexOf(`
`)}a(i+r.decode())}var _i=`/api/import`;async function vi(e,t,n){let r=new URLSearchParams;t.format&&r.set(`format`,t.format),t.map&&r.set(`map`,t.map);let i=new FormData;i.append(`file`,e,e.name);let a=await fetch(`${_i}${r.size?`?${r}`:``}`,{method:`POST`,credentials:`same-origin`,headers:{Accept:`application/x-ndjson`,...lt},body:i});if(!a.ok||!a.body){let e=`The server refused the upload (${a.status} ${a.statusText}).`;try{let t=await a.json();t.errors?.[0]?.message&&(e=t.errors[0].message)}catch{}throw Error(e)}let o=null;if(await gi(a.body,e=>{`result`in e?o=e.result:n(e)}),!o)throw Error(`The import stopped before it reported a result.`);return o}function yi(e,t){let[n,r]=(0,W.useState)({});return(0,W.useEffect)(()=>{let n=!1;return Promise.all(e.filter(e=>ui(e,t)).map(async e=>[e.name,Object.fromEntries((await di(e)).map(e=>[e,li(e)]))])).then(e=>!n&&r(Object.fromEntries(e))),()=>{n=!0}},[e,t]),[n,r]}function bi(){G(`Import incidents`);let{viewer:e}=K(),[t,n]=(0,W.useState)([]),[a,s]=(0,W.useState)(``),[c,u]=yi(t,a),[d,f]=(0,W.useState)(null),[p,m]=(0,W.useState)(null),[h,g]=(0,W.useState)(null),[_,y]=(0,W.useState)(!1);if(!Tt(e.role))return(0,q.jsxs)(A,{children:[(0,q.jsx)(j,{order:1,children:`Import incidents`}),(0,q.jsx)(o,{color:`gray`,variant:`light`,title:`Analysts and admins import`,children:`Ask an analyst or an admin to import incidents for you.`})]});let b=async()=>{y(!0),m(null),g(null);let e={created:0,skipped:0,errors:[]};try{for(let[n,r]of t.entries()){f({file:r.name,done:0,total:0,index:n});let t=c[r.name]?fi(c[r.name]):``,i=await vi(r,{format:a,map:t},e=>f({...e,index:n}));e.created+=i.created,e.skipped+=i.skipped,e.errors.push(...i.errors)}m(e)}catch(t){g(t instanceof Error?t.message:String(t)),(e.created||e.skipped||e.errors.length)&&m(e)}finally{y(!1),f(null)}},x=d&&d.total?d.done/d.total:0,S=d?(d.index+x)/t.length*100:0;return(0,q.jsxs)(A,{gap:`lg`,children:[(0,q.jsxs)(`div`,{children:[(0,q.jsx)(j,{order:1,children:`Import incidents`}),(0,q.jsx)(v,{c:`dimmed`,size:`sm`,children:`Bring incidents from other tools: Debrief’s JSON export, CSV (one incident a row), Markdown postmortems with YAML front matter, or a status page’s incident history. Importing the same file again skips what is already here.`})]}),(0,q.jsx)(l,{withBorder:!0,radius:`md`,p:`md`,component:`section`,"aria-label":`Files to import`,children:(0,q.jsxs)(A,{gap:`sm`,children:[(0,q.jsx)(r,{label:`Files`,placeholder:`Choose files`,multiple:!0,clearable:!0,accept:`.json,.csv,.md,.markdown,application/json,text/csv,text/markdown`,value:t,onChange:e=>{n(e),m(null),g(null)}}),(0,q.jsx)(O,{label:`Format`,data:ai,value:a,onChange:e=>s(e??``),allowDeselect:!1,w:360}),Object.entries(c).map(([e,t])=>(0,q.jsx)(mi,{file:e,mapping:t,onChange:t=>u({...c,[e]:t})},e)),(0,q.jsx)(i,{onClick:b,loading:_,disabled:t.length===0,style:{alignSelf:`flex-start`},children:`Import`}),d?(0,q.jsxs)(A,{gap:4,children:[(0,q.jsx)(ae,{value:S,"aria-label":`Import progress`,animated:!0}),(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,"aria-live":`polite`,children:[d.file,`: `,d.total?`${d.done} of ${d.total} incidents`:`reading…`,` (file `,d.index+1,` of`,` `,t.length,`)`]})]}):null]})}),h?(0,q.jsx)(o,{color:`red`,variant:`light`,title:`The import did not finish`,role:`alert`,children:h}):null,p?(0,q.jsx)(hi,{result:p}):null]})}var xi=50,Si=B(`
  query Inbox($unreadOnly: Boolean, $first: Int, $after: Cursor) {
    inbox(unreadOnly: $unreadOnly, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          message
          createdAt
          readAt
          incidentID
          actionItemID
          incident {
            id
            title
          }
          actionItem {
            id
            title
          }
        }
      }
    }
  }
`),Ci=B(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);function wi(e){if(e.incidentID){let t=`/incidents/${encodeURIComponent(e.incidentID)}`;return e.actionItemID?{to:`${t}#action-${e.actionItemID}`,text:`Open the action${e.actionItem?` “${e.actionItem.title}”`:``}`}:{to:t+(e.kind===`QUESTION_ASSIGNED`?`#questions`:e.kind===`MENTION`?`#comments`:``),text:`Open ${e.incident?`“${e.incident.title}”`:`the incident`}`}}return e.actionItemID?{to:`/actions`,text:`Open my actions`}:null}function Ti(){G(`Inbox`);let[e,t]=he(),n=e.get(`show`)===`unread`,r=e.get(`after`)||null,a=(0,W.useMemo)(()=>({unreadOnly:n,first:xi,after:r}),[n,r]),[o,s]=F({query:Si,variables:a}),[c,l]=P(Ci),u=jt(),d=o.data?.inbox,f=U(d),p=(0,W.useCallback)(async e=>{let t=await l(e);return s({requestPolicy:`network-only`}),u(),t},[l,s,u]),m=(n,r)=>{let i=new URLSearchParams(e);r?i.set(n,r):i.delete(n),n!==`after`&&i.delete(`after`),t(i)};return(0,q.jsxs)(A,{gap:`lg`,children:[(0,q.jsxs)(_,{justify:`space-between`,align:`flex-end`,children:[(0,q.jsxs)(`div`,{children:[(0,q.jsx)(j,{order:1,children:`Inbox`}),(0,q.jsx)(v,{c:`dimmed`,size:`sm`,children:`Mentions, assignments, and reminders about actions and reviews. Newest first.`})]}),(0,q.jsxs)(_,{gap:`sm`,children:[(0,q.jsx)(se,{value:n?`unread`:`all`,onChange:e=>m(`show`,e===`unread`?`unread`:null),data:[{value:`all`,label:`All`},{value:`unread`,label:`Unread`}],"aria-label":`Which notifications`}),(0,q.jsx)(i,{variant:`light`,onClick:()=>void p({all:!0}),loading:c.fetching,children:`Mark all read`})]})]}),c.error?(0,q.jsx)(z,{error:c.error}):null,o.error&&!d?(0,q.jsx)(z,{error:o.error,onRetry:()=>s({requestPolicy:`network-only`})}):d?f.length===0?(0,q.jsx)(v,{c:`dimmed`,fs:`italic`,children:n?`Nothing unread.`:`Nothing here yet: you will hear about mentions, assignments and reminders here.`}):(0,q.jsx)(A,{gap:`xs`,component:`ul`,style:{listStyle:`none`,padding:0,margin:0},"aria-label":`Notifications`,children:f.map(e=>(0,q.jsx)(Ei,{note:e,onRead:()=>void p({ids:[e.id]})},e.id))}):(0,q.jsx)(I,{what:`your inbox`}),d?(0,q.jsxs)(_,{justify:`space-between`,children:[(0,q.jsx)(v,{size:`sm`,c:`dimmed`,children:V(d.totalCount,n?`unread notification`:`notification`)}),(0,q.jsxs)(_,{gap:`xs`,children:[r?(0,q.jsx)(i,{variant:`default`,size:`xs`,onClick:()=>m(`after`,null),children:`← Newest`}):null,d.pageInfo.hasNextPage?(0,q.jsx)(i,{variant:`default`,size:`xs`,onClick:()=>m(`after`,d.pageInfo.endCursor??null),children:`Older →`}):null]})]}):null]})}function Ei({note:e,onRead:n}){let r=!e.readAt,a=wi(e);return(0,q.jsx)(l,{component:`li`,withBorder:!0,radius:`md`,p:`sm`,bg:r?`indigo.0`:void 0,"data-testid":`notification`,"data-unread":r||void 0,children:(0,q.jsxs)(_,{justify:`space-between`,align:`flex-start`,wrap:`nowrap`,gap:`md`,children:[(0,q.jsxs)(A,{gap:4,style:{minWidth:0},children:[(0,q.jsxs)(_,{gap:`xs`,children:[(0,q.jsx)(u,{color:mn[e.kind]??`gray`,variant:r?`filled`:`light`,radius:`sm`,size:`sm`,children:R(pn,e.kind)}),r?(0,q.jsx)(v,{size:`xs`,fw:700,c:`indigo.8`,children:`Unread`}):null,(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,title:L(e.createdAt),children:[(0,q.jsx)(`time`,{dateTime:e.createdAt,children:Dn(e.createdAt)}),` · `,L(e.createdAt)]})]}),(0,q.jsx)(v,{size:`sm`,fw:r?600:void 0,children:e.message}),a?(0,q.jsx)(t,{component:M,to:a.to,size:`sm`,onClick:r?n:void 0,children:a.text}):null]}),r?(0,q.jsx)(i,{size:`compact-xs`,variant:`subtle`,onClick:n,"aria-label":`Mark read: ${e.message}`,children:`Mark read`}):null]})})}function Di({severity:e,size:t=`md`}){return(0,q.jsx)(w,{label:Pe[e]??e,withArrow:!0,openDelay:300,children:(0,q.jsx)(u,{color:Re[e]??`gray`,variant:e===`SEV1`||e===`SEV2`?`filled`:`light`,size:t,radius:`sm`,"aria-label":`Severity ${Pe[e]??e}`,children:e})})}function Oi({status:e,size:t=`md`}){return(0,q.jsx)(u,{color:Fe[e]??`gray`,variant:`dot`,size:t,radius:`sm`,children:R(Le,e)})}var ki=B(`
  query IncidentList($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: IncidentWhereInput) {
    incidents(
      first: $first
      after: $after
      last: $last
      before: $before
      where: $where
      orderBy: [{ field: STARTED_AT, direction: DESC }]
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          title
          summary
          severity
          status
          startedAt
          services(first: 4, orderBy: [{ field: NAME, direction: ASC }]) {
            totalCount
            edges {
              node {
                id
                name
              }
            }
          }
          actionItems(first: 0) {
            totalCount
          }
          openQuestions: questions(first: 0, where: { status: OPEN }) {
            totalCount
          }
        }
      }
    }
  }
`),Ai=[`RESPONDING`,`RESOLVED`,`ANALYSING`,`REVIEWING`,`FOLLOWING_UP`,`LEARNINGS_APPLIED`],ji=[`SEV1`,`SEV2`,`SEV3`,`SEV4`],Mi=e=>!!e&&Ai.includes(e),Ni=e=>!!e&&ji.includes(e);function Pi(){let[e,t]=he();return{q:(e.get(`q`)??``).trim(),status:Mi(e.get(`status`))?e.get(`status`):null,severity:Ni(e.get(`severity`))?e.get(`severity`):null,service:e.get(`service`)||null,after:e.get(`after`)||null,before:e.get(`before`)||null,update:(n,r)=>{let i=new URLSearchParams(e);r?.keepCursor||(i.delete(`after`),i.delete(`before`));for(let[e,t]of Object.entries(n))t?i.set(e,t):i.delete(e);t(i,{replace:r?.replace})}}}function Fi(){G(`Incidents`);let{q:e,status:n,severity:r,service:a,after:o,before:s,update:c}=Pi(),d=(0,W.useMemo)(()=>{let t={};return e&&(t.or=[{titleContainsFold:e},{summaryContainsFold:e}]),n&&(t.status=n),r&&(t.severity=r),a&&(t.hasServicesWith=[{id:a}]),t},[e,n,r,a]),f=(0,W.useMemo)(()=>s?{last:20,before:s,where:d}:{first:20,after:o,where:d},[o,s,d]),[p,m]=F({query:ki,variables:f}),h=(0,W.useRef)(void 0);p.data&&(h.current=p.data);let g=p.data??h.current,[y,x]=(0,W.useState)(e);(0,W.useEffect)(()=>x(e),[e]),(0,W.useEffect)(()=>{if(y.trim()===e)return;let t=window.setTimeout(()=>c({q:y.trim()||null},{replace:!0}),300);return()=>window.clearTimeout(t)},[y]);let S=!!(e||n||r||a),C=g?.incidents,w=(C?.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return(0,q.jsxs)(A,{gap:`lg`,children:[(0,q.jsx)(_,{justify:`space-between`,align:`flex-end`,children:(0,q.jsxs)(`div`,{children:[(0,q.jsx)(j,{order:1,children:`Incidents`}),(0,q.jsx)(v,{c:`dimmed`,size:`sm`,children:`Everything that went wrong, what people saw, and what we learned. Newest first.`})]})}),(0,q.jsx)(l,{withBorder:!0,p:`md`,radius:`md`,component:`section`,"aria-label":`Search and filters`,children:(0,q.jsx)(`form`,{role:`search`,onSubmit:e=>{e.preventDefault(),c({q:y.trim()||null})},children:(0,q.jsxs)(_,{align:`flex-end`,gap:`md`,wrap:`wrap`,children:[(0,q.jsx)(k,{label:`Search`,placeholder:`Words in the title or summary`,value:y,onChange:e=>x(e.currentTarget.value),style:{flex:`2 1 260px`},type:`search`,name:`q`}),(0,q.jsx)(O,{label:`Status`,placeholder:`Any status`,data:Ai.map(e=>({value:e,label:Le[e]})),value:n,onChange:e=>c({status:e}),clearable:!0,style:{flex:`1 1 160px`}}),(0,q.jsx)(O,{label:`Severity`,placeholder:`Any severity`,data:ji.map(e=>({value:e,label:`${e} — ${Pe[e].split(`:`)[0]}`})),value:r,onChange:e=>c({severity:e}),clearable:!0,style:{flex:`1 1 160px`}}),(0,q.jsx)(In,{kind:`services`,label:`Service`,placeholder:`Any service`,value:a,onChange:e=>c({service:e}),clearable:!0,style:{flex:`1 1 200px`}}),S?(0,q.jsx)(i,{variant:`subtle`,onClick:()=>{x(``),c({q:null,status:null,severity:null,service:null})},children:`Clear filters`}):null]})})}),p.error?(0,q.jsx)(z,{error:p.error,onRetry:()=>m({requestPolicy:`network-only`})}):null,!g&&p.fetching?(0,q.jsx)(I,{what:`incidents`}):null,C?(0,q.jsxs)(A,{gap:`sm`,children:[(0,q.jsx)(_,{justify:`space-between`,children:(0,q.jsxs)(v,{size:`sm`,c:`dimmed`,"aria-live":`polite`,"data-testid":`incident-count`,children:[S?`${V(C.totalCount,`incident`)} ${C.totalCount===1?`matches`:`match`}`:V(C.totalCount,`incident`),p.fetching?` · updating…`:``]})}),w.length===0?(0,q.jsx)(l,{withBorder:!0,p:`xl`,radius:`md`,children:(0,q.jsxs)(A,{align:`center`,gap:`xs`,children:[(0,q.jsx)(v,{fw:600,children:S?`No incidents match these filters.`:`No incidents yet.`}),(0,q.jsx)(v,{size:`sm`,c:`dimmed`,children:S?`Try fewer words or clear a filter.`:`Incidents appear here once they are recorded.`})]})}):(0,q.jsx)(l,{withBorder:!0,radius:`md`,style:{overflow:`hidden`},children:(0,q.jsx)(b.ScrollContainer,{minWidth:900,children:(0,q.jsxs)(b,{verticalSpacing:`sm`,horizontalSpacing:`md`,highlightOnHover:!0,className:`incident-table`,children:[(0,q.jsx)(oe,{component:`caption`,children:`Incidents, newest first`}),(0,q.jsx)(b.Thead,{children:(0,q.jsxs)(b.Tr,{children:[(0,q.jsx)(b.Th,{children:`Incident`}),(0,q.jsx)(b.Th,{children:`Severity`}),(0,q.jsx)(b.Th,{children:`Status`}),(0,q.jsx)(b.Th,{children:`Started`}),(0,q.jsx)(b.Th,{children:`Services`}),(0,q.jsx)(b.Th,{children:`Open questions`}),(0,q.jsx)(b.Th,{style:{textAlign:`right`},children:`Action items`})]})}),(0,q.jsx)(b.Tbody,{children:w.map(e=>{let n=(e.services.edges??[]).flatMap(e=>e?.node?[e.node]:[]),r=e.services.totalCount-n.length,i=e.actionItems.totalCount,a=e.openQuestions.totalCount;return(0,q.jsxs)(b.Tr,{"data-testid":`incident-row`,children:[(0,q.jsxs)(b.Td,{style:{maxWidth:420},children:[(0,q.jsx)(t,{component:M,to:`/incidents/${encodeURIComponent(e.id)}`,fw:600,c:`dark.8`,children:e.title}),e.summary?(0,q.jsx)(v,{size:`xs`,c:`dimmed`,lineClamp:1,children:e.summary}):null]}),(0,q.jsx)(b.Td,{children:(0,q.jsx)(Di,{severity:e.severity,size:`sm`})}),(0,q.jsx)(b.Td,{children:(0,q.jsx)(Oi,{status:e.status,size:`sm`})}),(0,q.jsx)(b.Td,{children:(0,q.jsx)(v,{size:`sm`,title:L(e.startedAt),style:{whiteSpace:`nowrap`},children:(0,q.jsx)(`time`,{dateTime:e.startedAt,children:H(e.startedAt)})})}),(0,q.jsx)(b.Td,{children:(0,q.jsxs)(_,{gap:4,children:[n.map(e=>(0,q.jsx)(u,{variant:`outline`,color:`gray`,size:`sm`,radius:`sm`,children:e.name},e.id)),r>0?(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`+`,r,` more`]}):null,n.length===0?(0,q.jsx)(v,{size:`xs`,c:`dimmed`,children:`None named`}):null]})}),(0,q.jsx)(b.Td,{"data-testid":`open-questions`,children:a>0?(0,q.jsx)(u,{color:`orange`,variant:`light`,size:`sm`,radius:`sm`,style:{whiteSpace:`nowrap`},children:V(a,`open question`)}):(0,q.jsx)(v,{size:`xs`,c:`dimmed`,children:`None open`})}),(0,q.jsx)(b.Td,{style:{textAlign:`right`},children:(0,q.jsxs)(v,{size:`sm`,c:i===0?`dimmed`:void 0,children:[i,(0,q.jsxs)(oe,{children:[` `,i===1?`action item`:`action items`]})]})})]},e.id)})})]})})}),(0,q.jsxs)(_,{justify:`space-between`,component:`nav`,"aria-label":`Pages of incidents`,children:[(0,q.jsx)(i,{variant:`default`,disabled:!C.pageInfo.hasPreviousPage||!C.pageInfo.startCursor,onClick:()=>c({before:C.pageInfo.startCursor??null,after:null},{keepCursor:!0}),children:`← Previous`}),(0,q.jsx)(i,{variant:`default`,disabled:!C.pageInfo.hasNextPage||!C.pageInfo.endCursor,onClick:()=>c({after:C.pageInfo.endCursor??null,before:null},{keepCursor:!0}),children:`Next →`})]})]}):null]})}var Ii=B(`
  mutation MarkLearningsApplied($incidentID: ID!, $version: Int!, $overrideReason: String) {
    markLearningsApplied(incidentID: $incidentID, version: $version, overrideReason: $overrideReason) {
      id
      version
      status
      learningsOverrideReason
    }
  }
`);function Li({incident:e,onChanged:n}){let{viewer:r}=K(),[a,s]=P(Ii),[c,u]=(0,W.useState)(!1),[d,f]=(0,W.useState)(``),p=X(a.error,[`overrideReason`]),m=Sn(r.role),g=r.role===`MEMBER`&&(e.createdByID===r.id||e.facilitator?.id===r.id),{open:y,overdue:b}=e.followThrough;if(e.status===`LEARNINGS_APPLIED`)return(0,q.jsx)(o,{color:`green`,variant:`light`,title:`Learnings applied`,"data-testid":`learnings-applied`,children:e.learningsOverrideReason?`Marked while actions were still open, because: ${e.learningsOverrideReason}`:`Every action from this incident was done or dropped.`});let x=async t=>{let r=await s({incidentID:e.id,version:e.version,overrideReason:t??null});r.error&&X(r.error).code!==`CONFLICT`||n(),r.error||u(!1)};return(0,q.jsx)(l,{withBorder:!0,radius:`md`,p:`sm`,component:`section`,"aria-labelledby":`learnings-heading`,children:(0,q.jsxs)(A,{gap:`xs`,children:[(0,q.jsx)(j,{order:3,size:`h5`,id:`learnings-heading`,children:`Learnings applied?`}),y===0?(0,q.jsx)(v,{size:`sm`,children:e.followThrough.total?`Every action from this incident is done or dropped.`:`This incident has no actions.`}):(0,q.jsxs)(v,{size:`sm`,children:[V(y,`action`),` `,y===1?`is`:`are`,` still open`,b?`, ${b} overdue`:``,`. Learnings count as applied when every action is done or dropped with a reason.`,m?``:` An analyst can mark them applied sooner, with a reason.`]}),y===0&&(m||g)?(0,q.jsx)(_,{children:(0,q.jsx)(i,{size:`xs`,color:`green`,onClick:()=>void x(),loading:a.fetching,children:`Mark learnings applied`})}):null,y>0&&m?c?(0,q.jsx)(`form`,{onSubmit:e=>{e.preventDefault(),d.trim()&&x(d.trim())},children:(0,q.jsxs)(A,{gap:`xs`,children:[(0,q.jsx)(h,{label:`Why mark the learnings applied with actions still open?`,description:`The activity history keeps this reason.`,required:!0,autosize:!0,minRows:2,value:d,onChange:e=>f(e.currentTarget.value),error:p.fields.overrideReason}),(0,q.jsxs)(_,{gap:`xs`,children:[(0,q.jsx)(i,{type:`submit`,size:`xs`,color:`orange`,disabled:!d.trim(),loading:a.fetching,children:`Mark learnings applied anyway`}),(0,q.jsx)(i,{size:`xs`,variant:`default`,onClick:()=>u(!1),children:`Cancel`})]})]})}):(0,q.jsx)(t,{component:`button`,type:`button`,size:`sm`,onClick:()=>u(!0),style:{alignSelf:`flex-start`},children:`Mark applied anyway, with a reason…`}):null,p.code===`CONFLICT`?(0,q.jsx)(o,{color:`orange`,variant:`light`,role:`alert`,p:`xs`,children:`Someone else changed this incident meanwhile; the page now shows their version. Try again.`}):p.other?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:p.other}):null]})})}var Ri=`idle`,zi=new Set,Bi=new Set;function Vi(e){if(e!==Ri){Ri=e;for(let e of zi)e()}}function Hi(e){return Bi.add(e),()=>Bi.delete(e)}function Ui(e){return zi.add(e),()=>zi.delete(e)}function Wi(){return(0,W.useSyncExternalStore)(Ui,()=>Ri)}function Gi(e){let t=Math.min(3e4,1e3*2**e),n=t/2+t/2*Math.random();return new Promise(e=>setTimeout(e,n))}function Ki(){return`${window.location.protocol===`https:`?`wss:`:`ws:`}//${window.location.host}/graphql`}var qi=2e4,Ji=5e3,Yi,Xi,Zi=ke({url:Ki,lazy:!0,lazyCloseTimeout:5e3,keepAlive:qi,retryAttempts:2**53-1,retryWait:Gi,shouldRetry:()=>!0,on:{connecting:e=>Vi(e?`reconnecting`:`connecting`),connected:e=>{Yi=e,Vi(`connected`);for(let e of[...Bi])e()},ping:e=>{e||(clearTimeout(Xi),Xi=setTimeout(()=>{Yi?.readyState===WebSocket.OPEN&&Yi.close(4408,`Ping timeout`)},Ji))},pong:e=>{e&&clearTimeout(Xi)},closed:e=>{clearTimeout(Xi),Yi=void 0,Vi(e?.code===1e3?`idle`:`reconnecting`)}}}),Qi=B(`
  subscription IncidentBoardChanged($incidentID: ID!) {
    boardChanged(incidentID: $incidentID) {
      incidentID
      kind
      entityID
      op
      at
    }
  }
`),$i=`resync`,ea=300,ta=2e3,na=4e3,ra=new Set;function ia(e,t){let n=De(),r=Wi(),[i,a]=(0,W.useState)(null),[o,s]=(0,W.useState)(ra),[c,l]=(0,W.useState)(!1),u=(0,W.useRef)(t);return(0,W.useEffect)(()=>{u.current=t}),(0,W.useEffect)(()=>{let t=!1,r,i,o=0,c=!1,d=!1,f=new Set,p=async()=>{if(c)d=!0;else{c=!0;try{do{d=!1;let e=f;if(f=new Set,await u.current(),t)return;e.size>0&&(s(e),clearTimeout(i),i=setTimeout(()=>s(ra),na))}while(d&&!t)}finally{c=!1,!t&&r===void 0&&l(!1)}}},m=e=>{e&&f.add(e),l(!0);let t=Date.now();r===void 0&&(o=t),clearTimeout(r),r=setTimeout(()=>{r=void 0,p()},Math.max(0,Math.min(ea,o+ta-t)))},h=n.subscription(Qi,{incidentID:e}).subscribe(t=>{if(t.error){a(e);return}let n=t.data?.boardChanged;n&&m(n.op===`deleted`||n.op===$i?void 0:n.entityID)}),g=Hi(()=>m());return()=>{t=!0,l(!1),clearTimeout(r),clearTimeout(i),g(),h.unsubscribe()}},[n,e]),{status:i===e?`off`:r===`connected`?`live`:r===`reconnecting`?`reconnecting`:`connecting`,fresh:i===e?ra:o,syncing:c}}var aa=(0,W.createContext)(ra),oa=aa.Provider;function sa(){return(0,W.useContext)(aa)}var ca={live:{label:`Live`,hint:`Changes anyone makes to this incident appear here as they happen.`},connecting:{label:`Connecting…`,hint:`Connecting for live updates.`},reconnecting:{label:`Reconnecting…`,hint:`The live connection dropped. The board catches up as soon as it is back.`},off:{label:`Not live`,hint:`Live updates are not available: reload the page to see the latest changes.`}};function la({status:e,syncing:t}){let{label:n,hint:r}=ca[e];return(0,q.jsxs)(_,{gap:6,wrap:`nowrap`,role:`status`,title:r,"data-testid":`live-indicator`,"data-state":e,"data-syncing":t,className:`live-indicator`,children:[(0,q.jsx)(`span`,{className:`live-dot`,"aria-hidden":`true`}),(0,q.jsx)(v,{size:`xs`,c:`dimmed`,fw:500,children:n})]})}function ua(e){let{incident:t,answer:n}=J(),r=n??t,i=(0,W.useRef)(r);(0,W.useEffect)(()=>{i.current!==r&&(i.current=r,e({requestPolicy:`network-only`}))},[r,e])}var da=B(`
  query IncidentActions($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        version
        status
        createdByID
        learningsOverrideReason
        facilitator {
          id
        }
        followThrough {
          total
          doneOnTime
          doneLate
          open
          overdue
          dropped
          onTimeShare
        }
        actionItems(first: 100, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...ActionItemFields
            }
          }
        }
      }
    }
  }
`),fa=B(`
  query IncidentActionsPage($id: ID!, $after: Cursor!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        actionItems(first: 100, after: $after, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...ActionItemFields
            }
          }
        }
      }
    }
  }
`);function pa(e,t){return e.dueAt===t.dueAt?0:e.dueAt?t.dueAt?e.dueAt<t.dueAt?-1:1:-1:1}var ma=e=>e===`ADMIN`||e===`ANALYST`||e===`MEMBER`;function ha({incident:e}){let{viewer:t}=K(),{refetch:n}=J(),r=(0,W.useMemo)(()=>({additionalTypenames:[`ActionItem`]}),[]),[a,o]=F({query:da,variables:{id:e.id},context:r}),s=(0,W.useCallback)(()=>o({requestPolicy:`network-only`}),[o]);ua(s);let[c,l]=(0,W.useState)(null),u=a.data?.node,d=u?.__typename===`Incident`?u:void 0,f=De(),p=(0,W.useCallback)(async t=>{let n=await f.query(fa,{id:e.id,after:t},{requestPolicy:`network-only`}).toPromise(),r=n.data?.node;return{error:n.error,page:r?.__typename===`Incident`?r.actionItems:void 0}},[f,e.id]),{edges:m,...h}=xr(d?.actionItems,p),g=U({edges:m}).sort(pa);_a(g.length>0);let _=c&&c!==`new`?g.find(e=>e.id===c):void 0,y=()=>{l(null),n()};return(0,q.jsxs)(Z,{id:`actions`,title:`Action items`,description:`What we decided to change, who owns it and by when.`,aside:ma(t.role)?(0,q.jsx)(i,{size:`xs`,onClick:()=>l(`new`),children:`New action`}):null,children:[(0,q.jsxs)(A,{gap:`md`,children:[a.error&&!d?(0,q.jsx)(z,{error:a.error,onRetry:s}):null,d?(0,q.jsxs)(A,{gap:`xs`,children:[(0,q.jsx)(j,{order:3,size:`h5`,children:`Follow-through`}),(0,q.jsx)(Jr,{figures:d.followThrough,label:`How this incident's actions fared`})]}):null,!d&&a.fetching?(0,q.jsx)(v,{size:`sm`,c:`dimmed`,children:`Loading the actions…`}):g.length===0&&d?(0,q.jsx)(Q,{children:`No action items yet.`}):g.length?(0,q.jsx)(ga,{items:g,onEdit:l,onStale:s}):null,d?(0,q.jsx)(br,{paging:h,shown:g.length,total:d.actionItems.totalCount,what:`action items`}):null,d?(0,q.jsx)(Li,{incident:{...d,id:e.id},onChanged:()=>void n()}):null]}),(0,q.jsx)(ce,{opened:c!==null,onClose:()=>l(null),title:_?`Edit action`:`New action`,size:`xl`,children:c===`new`?(0,q.jsx)(ir,{from:{incidentIDs:[e.id]},onSaved:y,onCancel:()=>l(null)}):_?(0,q.jsx)(ir,{action:_,onSaved:y,onCancel:()=>l(null),onStale:s},_.id):null})]})}function ga({items:e,onEdit:n,onStale:r}){let{viewer:a}=K(),o=sa();return(0,q.jsx)(b.ScrollContainer,{minWidth:900,children:(0,q.jsxs)(b,{verticalSpacing:`sm`,"aria-label":`Action items of this incident`,children:[(0,q.jsx)(b.Thead,{children:(0,q.jsxs)(b.Tr,{children:[(0,q.jsx)(b.Th,{children:`Action`}),(0,q.jsx)(b.Th,{children:`Owner`}),(0,q.jsx)(b.Th,{children:`Due`}),(0,q.jsx)(b.Th,{children:`Status`}),(0,q.jsx)(b.Th,{children:`Priority · size`}),(0,q.jsx)(b.Th,{children:`Warnings`}),(0,q.jsx)(b.Th,{children:(0,q.jsx)(oe,{children:`Edit`})})]})}),(0,q.jsx)(b.Tbody,{children:e.map(e=>{let s=He(e.trackerURL);return(0,q.jsxs)(b.Tr,{id:`action-${e.id}`,"data-testid":`action-row`,className:o.has(e.id)?`is-fresh`:void 0,children:[(0,q.jsxs)(b.Td,{style:{maxWidth:380},children:[(0,q.jsx)(v,{size:`sm`,fw:600,children:e.title}),e.insight?(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,lineClamp:2,children:[`From insight:`,` `,(0,q.jsx)(t,{href:`#insight-${e.insight.id}`,size:`xs`,children:e.insight.statement})]}):null,e.description?(0,q.jsx)(v,{size:`xs`,c:`dimmed`,lineClamp:2,children:e.description}):null,e.statusReason?(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`Why: `,e.statusReason]}):null,s?(0,q.jsx)(t,{href:s,size:`xs`,target:`_blank`,rel:`noopener noreferrer`,children:`Open in tracker ↗`}):null]}),(0,q.jsxs)(b.Td,{children:[(0,q.jsx)(v,{size:`sm`,c:e.owner?void 0:`orange.8`,fw:e.owner?void 0:600,children:e.owner?.name??`No owner`}),(0,q.jsx)(v,{size:`xs`,c:`dimmed`,children:e.team?.name??`No team`})]}),(0,q.jsx)(b.Td,{children:(0,q.jsx)(or,{dueAt:e.dueAt,overdue:e.overdue})}),(0,q.jsx)(b.Td,{children:(0,q.jsxs)(A,{gap:4,align:`flex-start`,children:[(0,q.jsx)(ar,{status:e.status}),(0,q.jsx)(sr,{action:e,onStale:r})]})}),(0,q.jsxs)(b.Td,{children:[(0,q.jsx)(v,{size:`sm`,fw:e.priority===`CRITICAL`||e.priority===`HIGH`?600:void 0,children:R(Ge,e.priority)}),(0,q.jsx)(v,{size:`xs`,c:`dimmed`,children:R(Ie,e.size)})]}),(0,q.jsx)(b.Td,{children:(0,q.jsx)(cr,{warnings:e.warnings})}),(0,q.jsx)(b.Td,{children:xn(a.role,a.id,e)?(0,q.jsx)(i,{size:`compact-xs`,variant:`subtle`,onClick:()=>n(e.id),"aria-label":`Edit ${e.title}`,children:`Edit`}):null})]},e.id)})})]})})}function _a(e){let{hash:t}=me();(0,W.useEffect)(()=>{if(!e||!t.startsWith(`#action-`))return;let n=document.getElementById(t.slice(1));if(!n)return;n.scrollIntoView({block:`center`}),n.classList.add(`is-fresh`);let r=window.setTimeout(()=>n.classList.remove(`is-fresh`),4e3);return()=>window.clearTimeout(r)},[e,t])}var va={a:({href:e,children:t})=>e?(0,q.jsx)(`a`,{href:e,target:`_blank`,rel:`noopener noreferrer nofollow`,children:t}):(0,q.jsx)(`span`,{children:t}),img:({alt:e})=>(0,q.jsx)(`span`,{children:e??``})};function $({children:e,size:t=`sm`}){return e?(0,q.jsx)(`div`,{className:`prose markdown markdown-${t}`,children:(0,q.jsx)(Me,{skipHtml:!0,components:va,children:e})}):null}function ya(e,t=70){let n=e.replace(/\s+/g,` `).trim();return n.length>t?`${n.slice(0,t-1)}…`:n}function ba(e){return`${qt(e.occurredAt,Rt(),!0)} · ${ya(e.text)}`}function xa(e){return`${e.author?.name??`Someone`} (${R(Ve,e.department)})`}function Sa(e){return ya(e.text)}var Ca={event:`timeline`,perspective:`perspectives`,question:`questions`};function wa(e,t,n){if(e===`event`)return document.querySelector(`[data-event-id="${CSS.escape(t)}"]`);if(e===`perspective`)return document.querySelector(`[data-perspective-id="${CSS.escape(t)}"]`);let r=(n??``).replace(/\s+/g,` `).trim().slice(0,60);return r?[...document.querySelectorAll(`[data-testid="question"]`)].find(e=>(e.textContent??``).replace(/\s+/g,` `).includes(r))??null:null}function Ta(e,t,n){let r=wa(e,t,n)??document.getElementById(Ca[e]);r&&(r.scrollIntoView({block:`center`,behavior:`smooth`}),r.classList.add(`is-fresh`),window.setTimeout(()=>r.classList.remove(`is-fresh`),3e3))}function Ea(e){return`#${Ca[e]}`}var Da=B(`
  mutation PublishInsight($id: ID!, $version: Int!) {
    updateInsight(id: $id, version: $version, input: { status: PUBLISHED }) {
      id
      version
      status
    }
  }
`);function Oa({insight:e,incident:t,onTurnIntoAction:n,onStale:r}){let{viewer:a}=K(),[s,c]=P(Da),d=U(e.factors),f=async()=>{X((await c({id:e.id,version:e.version})).error).code===`CONFLICT`&&r()},p=X(s.error),m=e.actionItems.totalCount;return(0,q.jsx)(l,{withBorder:!0,radius:`md`,p:`md`,id:`insight-${e.id}`,"data-testid":`insight`,component:`article`,"aria-labelledby":`insight-${e.id}-statement`,children:(0,q.jsxs)(A,{gap:`xs`,children:[(0,q.jsxs)(_,{justify:`space-between`,align:`flex-start`,wrap:`nowrap`,children:[(0,q.jsx)(j,{order:3,size:`h5`,id:`insight-${e.id}-statement`,children:e.statement}),(0,q.jsx)(u,{color:e.status===`PUBLISHED`?`green`:`gray`,variant:`light`,radius:`sm`,style:{flexShrink:0},children:R(fn,e.status)})]}),e.detail?(0,q.jsx)($,{children:e.detail}):null,d.length?(0,q.jsxs)(_,{gap:6,"aria-label":`Contributing factors`,children:[(0,q.jsx)(v,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,children:`Factors`}),d.map(e=>(0,q.jsxs)(u,{variant:`outline`,color:`grape`,radius:`sm`,tt:`none`,title:e.category.name,children:[e.category.name,`: `,e.description]},e.id))]}):null,(0,q.jsx)(ka,{insight:e,incident:t}),(0,q.jsxs)(_,{justify:`space-between`,gap:`xs`,children:[(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[e.createdBy?`By ${e.createdBy.name} · `:``,m?`${V(m,`action`)} from it`:`No actions from it yet`]}),(0,q.jsxs)(_,{gap:`xs`,children:[e.status===`DRAFT`&&Sn(a.role)?(0,q.jsx)(i,{size:`compact-xs`,variant:`subtle`,onClick:()=>void f(),loading:s.fetching,children:`Publish`}):null,a.role===`VIEWER`?null:(0,q.jsx)(i,{size:`compact-sm`,variant:`light`,onClick:n,"aria-label":`Turn into action: ${e.statement}`,children:`Turn into action`})]})]}),p.code===`CONFLICT`?(0,q.jsx)(o,{color:`orange`,variant:`light`,role:`alert`,p:`xs`,children:`Someone else changed this insight meanwhile; it now shows their version. Try again.`}):p.other?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:p.other}):null]})})}function ka({insight:e,incident:t}){let n=new Map(U(t.timelineEvents).map(e=>[e.id,e])),r=new Map(U(t.perspectives).map(e=>[e.id,e])),i=new Map(U(t.questions).map(e=>[e.id,e])),a=[...U(e.evidenceEvents).map(e=>{let t=n.get(e.id);return{kind:`event`,id:e.id,label:t?ba(t):`a timeline event`}}),...U(e.evidencePerspectives).map(e=>{let t=r.get(e.id);return{kind:`perspective`,id:e.id,label:t?xa(t):`a perspective`}}),...U(e.evidenceQuestions).map(e=>{let t=i.get(e.id);return{kind:`question`,id:e.id,label:t?Sa(t):`a question`,text:t?.text}})],o=e.evidenceEvents.totalCount+e.evidencePerspectives.totalCount+e.evidenceQuestions.totalCount-a.length;if(a.length===0)return(0,q.jsx)(v,{size:`xs`,c:`orange.8`,children:`No evidence cited yet.`});let s={event:`Event`,perspective:`Perspective`,question:`Question`};return(0,q.jsxs)(_,{gap:6,"aria-label":`Evidence`,children:[(0,q.jsx)(v,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,children:`Evidence`}),a.map(e=>(0,q.jsxs)(u,{component:`a`,href:Ea(e.kind),onClick:t=>{t.preventDefault(),Ta(e.kind,e.id,e.text)},variant:`light`,color:e.kind===`event`?`indigo`:e.kind===`perspective`?`teal`:`orange`,radius:`sm`,tt:`none`,style:{cursor:`pointer`,maxWidth:360},"aria-label":`${s[e.kind]}: ${e.label}`,children:[s[e.kind],`: `,e.label]},`${e.kind}-${e.id}`)),o>0?(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`and `,o,` more`]}):null]})}var Aa=B(`
  mutation CreateContributingFactor($input: CreateContributingFactorInput!) {
    createContributingFactor(input: $input) {
      id
      description
      category {
        id
        name
      }
    }
  }
`);function ja({incidentID:e,factors:t,categoryCount:n,value:r,onChange:a,error:s}){let[c,l]=(0,W.useState)([]),[u,d]=(0,W.useState)(``),[f,p]=(0,W.useState)(null),[m,h]=P(Aa),g=X(m.error,[`description`,`categoryID`]),b=(0,W.useMemo)(()=>{let e=new Map;for(let n of[...t,...c])e.set(n.id,n);let n=new Map;for(let t of e.values()){let e=n.get(t.category.name)??[];e.push({value:t.id,label:`${t.category.name}: ${t.description}`}),n.set(t.category.name,e)}return[...n.entries()].map(([e,t])=>({group:e,items:t}))},[t,c]),x=async()=>{if(!u.trim()||!f)return;let t=(await h({input:{incidentID:e,categoryID:f,description:u.trim()}})).data?.createContributingFactor;t&&(l(e=>[...e,t]),a([...r,t.id]),d(``))};return(0,q.jsxs)(A,{gap:6,children:[(0,q.jsx)(y,{label:`Contributing factors`,description:`What made this more likely or worse, each with its category`,placeholder:b.length?`Pick factors`:`None named on this incident yet: add one below`,data:b,value:r,onChange:a,searchable:!0,clearable:!0,error:s}),(0,q.jsxs)(_,{gap:`xs`,align:`flex-end`,wrap:`wrap`,children:[(0,q.jsx)(k,{size:`xs`,label:`New contributing factor`,placeholder:`e.g. Certificates outside automation expire silently`,value:u,onChange:e=>d(e.currentTarget.value),error:g.fields.description,style:{flex:`2 1 240px`}}),(0,q.jsx)(In,{kind:`categories`,size:`xs`,label:`Category`,placeholder:n?`Pick a category`:`No categories yet`,value:f,onChange:p,error:g.fields.categoryID,style:{flex:`1 1 180px`}}),(0,q.jsx)(i,{size:`xs`,variant:`light`,onClick:()=>void x(),loading:m.fetching,disabled:!u.trim()||!f,children:`Add factor`})]}),n===0?(0,q.jsx)(v,{size:`xs`,c:`dimmed`,children:`An admin adds categories under Admin → Taxonomy.`}):null,g.other?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:g.other}):null]})}var Ma=B(`
  mutation CreateInsight($input: CreateInsightInput!) {
    createInsight(input: $input) {
      id
    }
  }
`),Na=[`statement`,`detail`,`evidenceEventIDs`,`evidencePerspectiveIDs`,`evidenceQuestionIDs`,`factorIDs`];function Pa({incident:e,factors:t,categoryCount:n,onSaved:r,onCancel:a}){let[s,c]=(0,W.useState)(``),[l,u]=(0,W.useState)(``),[d,f]=(0,W.useState)(!1),[p,g]=(0,W.useState)([]),[v,b]=(0,W.useState)([]),[x,C]=(0,W.useState)([]),[w,ee]=(0,W.useState)([]),[T,te]=P(Ma),E=X(T.error,Na),D=U(e.timelineEvents).map(e=>({value:e.id,label:ba(e)})),O=U(e.perspectives).map(e=>({value:e.id,label:xa(e)})),ne=U(e.questions).filter(e=>!!e.answer).map(e=>({value:e.id,label:Sa(e)}));return(0,q.jsx)(`form`,{onSubmit:async t=>{t.preventDefault(),s.trim()&&((await te({input:{incidentID:e.id,statement:s.trim(),detail:l.trim()||void 0,status:d?`PUBLISHED`:`DRAFT`,evidenceEventIDs:p.length?p:void 0,evidencePerspectiveIDs:v.length?v:void 0,evidenceQuestionIDs:x.length?x:void 0,factorIDs:w.length?w:void 0}})).error||r())},"aria-label":`Add an insight`,children:(0,q.jsxs)(A,{gap:`sm`,children:[(0,q.jsx)(k,{label:`Insight`,description:`What this incident taught us, in one sentence`,placeholder:`e.g. Certificates outside our automation expire without anyone noticing`,required:!0,value:s,onChange:e=>c(e.currentTarget.value),error:E.fields.statement,"data-autofocus":!0}),(0,q.jsx)(h,{label:`Detail`,description:`The reasoning behind it (Markdown)`,autosize:!0,minRows:2,value:l,onChange:e=>u(e.currentTarget.value),error:E.fields.detail}),(0,q.jsxs)(S,{cols:{base:1,md:3},spacing:`sm`,children:[(0,q.jsx)(y,{label:`Timeline events`,placeholder:D.length?`Cite events`:`No events yet`,data:D,value:p,onChange:g,searchable:!0,clearable:!0,error:E.fields.evidenceEventIDs}),(0,q.jsx)(y,{label:`Perspectives`,placeholder:O.length?`Cite perspectives`:`No perspectives yet`,data:O,value:v,onChange:b,searchable:!0,clearable:!0,error:E.fields.evidencePerspectiveIDs}),(0,q.jsx)(y,{label:`Answered questions`,placeholder:ne.length?`Cite answers`:`No answered questions yet`,data:ne,value:x,onChange:C,searchable:!0,clearable:!0,error:E.fields.evidenceQuestionIDs})]}),(0,q.jsx)(ja,{incidentID:e.id,factors:t,categoryCount:n,value:w,onChange:ee,error:E.fields.factorIDs}),(0,q.jsx)(m,{label:`Publish it now (drafts are for the review to discuss)`,checked:d,onChange:e=>f(e.currentTarget.checked)}),E.other?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,title:E.code===`FORBIDDEN`?`You may not do this`:`Not saved`,children:E.other}):null,(0,q.jsxs)(_,{justify:`flex-end`,children:[(0,q.jsx)(i,{variant:`default`,onClick:a,children:`Cancel`}),(0,q.jsx)(i,{type:`submit`,loading:T.fetching,disabled:!s.trim(),children:`Add insight`})]})]})})}B(`
  fragment IncidentInsight on Insight {
    id
    version
    statement
    detail
    status
    createdAt
    createdBy {
      id
      name
    }
    factors(first: 20, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
      edges {
        node {
          id
          description
          category {
            id
            name
          }
        }
      }
    }
    evidenceEvents(first: 20, orderBy: [{ field: OCCURRED_AT, direction: ASC }]) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    evidencePerspectives(first: 20) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    evidenceQuestions(first: 20) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    actionItems(first: 0) {
      totalCount
    }
  }
`);var Fa=B(`
  query IncidentInsights($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        insights(first: 50, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...IncidentInsight
            }
          }
        }
        contributingFactors(first: 100, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
          totalCount
          edges {
            node {
              id
              description
              category {
                id
                name
              }
            }
          }
        }
      }
    }
    # Only whether there are any: the factor form searches them on the server.
    factorCategories(first: 0) {
      totalCount
    }
  }
`),Ia=B(`
  query IncidentInsightsPage($id: ID!, $after: Cursor!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        insights(first: 50, after: $after, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...IncidentInsight
            }
          }
        }
      }
    }
  }
`);function La({incident:e}){let{viewer:t}=K(),{refetch:n}=J(),r=(0,W.useMemo)(()=>({additionalTypenames:[`Insight`,`ContributingFactor`]}),[]),[a,o]=F({query:Fa,variables:{id:e.id},context:r}),s=(0,W.useCallback)(()=>o({requestPolicy:`network-only`}),[o]);ua(s);let[c,u]=(0,W.useState)(!1),[d,f]=(0,W.useState)(null),p=a.data?.node,m=p?.__typename===`Incident`?p:void 0,h=De(),g=(0,W.useCallback)(async t=>{let n=await h.query(Ia,{id:e.id,after:t},{requestPolicy:`network-only`}).toPromise(),r=n.data?.node;return{error:n.error,page:r?.__typename===`Incident`?r.insights:void 0}},[h,e.id]),{edges:_,...y}=xr(m?.insights,g),b=U({edges:_}),x=U(m?.contributingFactors),S=a.data?.factorCategories.totalCount??0;return(0,q.jsxs)(Z,{id:`insights`,title:`Insights`,description:`What this incident taught us, the evidence for it, and the factors behind it.`,aside:Sn(t.role)&&!c?(0,q.jsx)(i,{size:`xs`,onClick:()=>u(!0),children:`Add an insight`}):null,children:[(0,q.jsxs)(A,{gap:`md`,children:[a.error&&!m?(0,q.jsx)(z,{error:a.error,onRetry:s}):null,c?(0,q.jsx)(l,{bg:`gray.0`,p:`md`,radius:`md`,children:(0,q.jsx)(Pa,{incident:e,factors:x,categoryCount:S,onSaved:()=>{u(!1),s(),n()},onCancel:()=>u(!1)})}):null,!m&&a.fetching?(0,q.jsx)(v,{size:`sm`,c:`dimmed`,children:`Loading the insights…`}):m&&b.length===0?(0,q.jsx)(Q,{children:`No insights yet.`}):b.map(t=>(0,q.jsx)(Oa,{insight:t,incident:e,onTurnIntoAction:()=>f(t),onStale:s},t.id)),m?(0,q.jsx)(br,{paging:y,shown:b.length,total:m.insights.totalCount,what:`insights`}):null]}),(0,q.jsx)(ce,{opened:d!==null,onClose:()=>f(null),title:`Turn the insight into an action`,size:`xl`,children:d?(0,q.jsx)(ir,{from:{insightID:d.id,incidentIDs:[e.id],insightStatement:d.statement},onSaved:()=>{f(null),s(),n()},onCancel:()=>f(null)}):null})]})}function Ra({incident:e}){let t=[{label:`Started`,at:e.startedAt},{label:`Detected`,at:e.detectedAt},{label:`Acknowledged`,at:e.acknowledgedAt},{label:`Mitigated`,at:e.mitigatedAt},{label:`Resolved`,at:e.resolvedAt}],n=e.durations,r=[{label:`Time to detect`,seconds:n.timeToDetect,help:`from start until someone noticed`},{label:`Time to acknowledge`,seconds:n.timeToAcknowledge,help:`from detection until a person picked it up`},{label:`Time to mitigate`,seconds:n.timeToMitigate,help:`from start until customers stopped feeling it`},{label:`Time to resolve`,seconds:n.timeToResolve,help:`from start until it was fully fixed`}];return(0,q.jsxs)(A,{gap:`sm`,component:`section`,"aria-labelledby":`milestones-heading`,children:[(0,q.jsx)(j,{order:2,size:`h5`,id:`milestones-heading`,children:`Milestones`}),(0,q.jsx)(`ol`,{className:`milestones`,children:t.map(e=>(0,q.jsxs)(`li`,{"data-reached":e.at?`true`:`false`,children:[(0,q.jsx)(`span`,{className:`milestone-dot`,"aria-hidden":`true`}),(0,q.jsx)(v,{size:`xs`,fw:700,tt:`uppercase`,c:`dimmed`,children:e.label}),e.at?(0,q.jsx)(v,{size:`sm`,children:(0,q.jsx)(`time`,{dateTime:e.at,children:L(e.at)})}):(0,q.jsx)(v,{size:`sm`,c:`dimmed`,children:`Not recorded`})]},e.label))}),(0,q.jsx)(S,{cols:{base:2,md:4},spacing:`sm`,children:r.map(e=>(0,q.jsxs)(`div`,{className:`duration`,children:[(0,q.jsx)(v,{size:`xs`,c:`dimmed`,children:e.label}),(0,q.jsx)(v,{fw:700,size:`lg`,children:e.seconds==null?`—`:qe(e.seconds)}),(0,q.jsx)(v,{size:`xs`,c:`dimmed`,children:e.seconds==null?`not known yet`:e.help})]},e.label))})]})}var za=B(`
  query ParticipantDirectory($q: String) {
    users(first: 20, where: { nameContainsFold: $q }, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
          title
          department
          timeZone
        }
      }
    }
  }
`),Ba=B(`
  mutation CreateParticipant($input: CreateParticipantInput!) {
    createParticipant(input: $input) {
      id
    }
  }
`),Va=Object.entries(Xe).map(([e,t])=>({value:e,label:t})),Ha=Object.entries(Ze).map(([e,t])=>({value:e,label:t}));function Ua(e){return e===`ADMIN`||e===`ANALYST`||e===`MEMBER`}function Wa(){let{viewer:e}=K(),{incident:t,refetch:n}=J(),[r,a]=(0,W.useState)(``),[s]=C(r.trim(),250),[c,l]=(0,W.useState)(null),[u,d]=(0,W.useState)(`RESPONDER`),[f,p]=(0,W.useState)(``),[m,h]=(0,W.useState)(null),[g,v]=(0,W.useState)([]),[b,x]=(0,W.useState)(null),[S]=F({query:za,variables:{q:s},pause:!Ua(e.role)}),[w,ee]=P(Ba),T=(0,W.useMemo)(()=>new Set(U(t.participants).map(e=>e.user.id)),[t.participants]),te=U(S.data?.users).filter(e=>!T.has(e.id)),E=te.map(e=>({value:e.id,label:e.name,hint:[e.title,R(Ve,e.department)].filter(Boolean).join(` · `)}));b&&!E.some(e=>e.value===b.id)&&E.unshift({value:b.id,label:b.name,hint:``});let D=(0,W.useMemo)(()=>Bt([b?.timeZone]),[b?.timeZone]);return Ua(e.role)?(0,q.jsxs)(`form`,{onSubmit:async e=>{if(e.preventDefault(),!c||!u)return;let r=await ee({input:{incidentID:t.id,userID:c,role:u,location:f.trim()||void 0,timeZone:m||void 0,channels:g}});r.error?Lt(r.error)&&await n():(l(null),x(null),a(``),p(``),h(null),v([]),d(`RESPONDER`),await n())},"aria-label":`Add a participant`,className:`add-participant`,children:[(0,q.jsxs)(_,{gap:`xs`,align:`flex-end`,wrap:`wrap`,mt:`md`,children:[(0,q.jsx)(O,{label:`Person`,size:`xs`,placeholder:`Search the directory`,data:E,value:c,onChange:e=>{l(e);let t=te.find(t=>t.id===e)??(b?.id===e?b:null);x(t?{id:t.id,name:t.name,timeZone:t.timeZone}:null),h(t?.timeZone||null)},searchable:!0,searchValue:r,onSearchChange:a,filter:({options:e})=>e,nothingFoundMessage:S.fetching?`Searching…`:`Nobody by that name who is not already taking part`,renderOption:({option:e})=>{let t=E.find(t=>t.value===e.value)?.hint;return(0,q.jsxs)(`div`,{children:[(0,q.jsx)(`div`,{children:e.label}),t?(0,q.jsx)(`div`,{style:{fontSize:`var(--mantine-font-size-xs)`,color:`var(--mantine-color-dimmed)`},children:t}):null]})},clearable:!0,w:220}),(0,q.jsx)(O,{label:`Part they played`,size:`xs`,data:Va,value:u,onChange:d,allowDeselect:!1,w:180}),(0,q.jsx)(k,{label:`Where they were`,size:`xs`,placeholder:`e.g. Berlin office, on a train`,value:f,onChange:e=>p(e.currentTarget.value),w:200}),(0,q.jsx)(O,{label:`Time zone`,size:`xs`,data:D,value:m,onChange:h,searchable:!0,clearable:!0,w:190}),(0,q.jsx)(y,{label:`Channels used`,size:`xs`,data:Ha,value:g,onChange:v,placeholder:g.length?void 0:`Slack, Zoom…`,w:240}),(0,q.jsx)(i,{type:`submit`,size:`xs`,loading:w.fetching,disabled:!c||!u,children:`Add participant`})]}),w.error?(0,q.jsx)(o,{color:Lt(w.error)?`orange`:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:Y(w.error)}):null]}):null}function Ga({incident:e}){let{paging:t}=J(),n=U(e.participants),r=sa();return(0,q.jsxs)(Z,{id:`participants`,title:`Participants`,description:`Who took part, in what role, from where, and how they were reached.`,children:[n.length===0?(0,q.jsx)(Q,{children:`Nobody is recorded as taking part yet.`}):(0,q.jsx)(b.ScrollContainer,{minWidth:640,children:(0,q.jsxs)(b,{verticalSpacing:`xs`,children:[(0,q.jsx)(b.Thead,{children:(0,q.jsxs)(b.Tr,{children:[(0,q.jsx)(b.Th,{children:`Name`}),(0,q.jsx)(b.Th,{children:`Role`}),(0,q.jsx)(b.Th,{children:`Location`}),(0,q.jsx)(b.Th,{children:`Time zone`}),(0,q.jsx)(b.Th,{children:`Channels`})]})}),(0,q.jsx)(b.Tbody,{children:n.map(e=>(0,q.jsxs)(b.Tr,{className:r.has(e.id)?`is-fresh`:void 0,children:[(0,q.jsxs)(b.Td,{children:[(0,q.jsx)(v,{size:`sm`,fw:600,children:e.user.name}),(0,q.jsx)(v,{size:`xs`,c:`dimmed`,children:[e.user.title,R(Ve,e.user.department)].filter(Boolean).join(` · `)})]}),(0,q.jsx)(b.Td,{children:(0,q.jsx)(v,{size:`sm`,children:R(Xe,e.role)})}),(0,q.jsx)(b.Td,{children:(0,q.jsx)(v,{size:`sm`,c:e.location?void 0:`dimmed`,children:e.location||`Not recorded`})}),(0,q.jsx)(b.Td,{children:(0,q.jsx)(v,{size:`sm`,c:e.timeZone?void 0:`dimmed`,children:e.timeZone||`Not recorded`})}),(0,q.jsx)(b.Td,{children:e.channels&&e.channels.length>0?(0,q.jsx)(_,{gap:4,children:e.channels.map(e=>(0,q.jsx)(u,{variant:`light`,color:`blue`,size:`sm`,radius:`sm`,children:R(Ze,e)},e))}):(0,q.jsx)(v,{size:`sm`,c:`dimmed`,children:`None recorded`})})]},e.id))})]})}),(0,q.jsx)(br,{paging:t?.participants,shown:n.length,total:e.participants.totalCount,what:`participants`}),(0,q.jsx)(Wa,{})]})}function Ka(e,t){return e?.graphQLErrors.find(e=>e.extensions?.code===t)}function qa(e){let t=Ka(e,`CONFLICT`);if(!t)return null;let n=t.extensions,r=n.current&&typeof n.current==`object`?n.current:null,i=typeof n.currentVersion==`number`?n.currentVersion:typeof r?.version==`number`?r.version:null;return i===null?null:{currentVersion:i,current:r,message:t.message}}function Ja(e){return Ka(e,`FORBIDDEN`)?.message??null}var Ya=[`ADMIN`,`ANALYST`];function Xa(e,t,n){return Ya.includes(e)?!0:e===`MEMBER`&&!!n&&n===t}function Za(e){return Ya.includes(e)}function Qa(e,t){if(t==null||t===``)return``;if(e.kind===`boolean`)return t?`true`:``;if(e.kind===`datetime`&&typeof t==`string`){let e=Date.parse(t);return Number.isNaN(e)?t:String(e)}return String(t)}function $a(e,t,n){return Qa(e,t)===Qa(e,n)}function eo(e,t,n){return e.filter(e=>!$a(e,t[e.key],n[e.key])).map(e=>e.key)}function to(e,t){let n={};for(let r of e){let e=t[r.key];n[r.key]=r.kind===`boolean`?e===!0:typeof e==`string`?e:e==null?null:String(e)}return n}function no({field:e,value:t}){if(Qa(e,t)===``&&e.kind!==`boolean`)return(0,q.jsx)(v,{size:`sm`,c:`dimmed`,fs:`italic`,children:`empty`});switch(e.kind){case`markdown`:return(0,q.jsx)($,{children:String(t)});case`boolean`:return(0,q.jsx)(v,{size:`sm`,children:t?`Yes`:`No`});case`datetime`:return(0,q.jsx)(v,{size:`sm`,children:L(String(t))});case`select`:return(0,q.jsx)(v,{size:`sm`,children:e.options?.find(e=>e.value===t)?.label??String(t)});default:return(0,q.jsx)(v,{size:`sm`,style:{whiteSpace:`pre-wrap`},children:String(t)})}}function ro({field:e,value:t,onChange:n,label:r,description:i,error:a}){let o=Rt();switch(e.kind){case`markdown`:return(0,q.jsx)(h,{label:r,description:i,error:a,autosize:!0,minRows:2,maxRows:12,value:typeof t==`string`?t:``,onChange:e=>n(e.currentTarget.value)});case`select`:return(0,q.jsx)(O,{label:r,description:i,error:a,data:e.options??[],value:typeof t==`string`?t:null,onChange:e=>n(e??t),allowDeselect:!1,comboboxProps:{withinPortal:!0}});case`boolean`:return(0,q.jsx)(m,{label:r,description:i,error:a,checked:t===!0,onChange:e=>n(e.currentTarget.checked)});case`datetime`:return(0,q.jsx)(k,{type:`datetime-local`,label:r,description:i??`On your clock (${o}).`,error:a,value:typeof t==`string`&&t?Wt(t,o):``,onChange:e=>n(Kt(e.currentTarget.value,o)??t)});default:return(0,q.jsx)(k,{label:r,description:i,error:a,value:typeof t==`string`?t:``,onChange:e=>n(e.currentTarget.value)})}}function io({error:e}){if(!e)return null;let t=Ja(e);return t?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,title:`You may not edit this`,p:`xs`,children:t}):(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:Y(e)})}function ao({fields:e,save:t,onSaved:n}){let[r,i]=(0,W.useState)(null),[a,o]=(0,W.useState)(),[s,c]=(0,W.useState)(!1),l=(0,W.useCallback)(async(r,a,s,l)=>{if(eo(e,r,s).length===0)return i(null),o(void 0),await n(),!0;c(!0);try{let c=await t(r,a,s),u=qa(c.error);return u?.current?(o(void 0),i({base:l,mine:r,theirs:to(e,u.current),version:u.currentVersion}),!1):(o(c.error),!c.error&&(i(null),await n(),!0))}finally{c(!1)}},[e,t,n]);return{submit:(0,W.useCallback)((e,t,n)=>l(e,t,n,n),[l]),resolve:(0,W.useCallback)(e=>r?l(e,r.version,r.theirs,r.theirs):Promise.resolve(!1),[r,l]),discard:(0,W.useCallback)(async()=>{i(null),o(void 0),await n()},[n]),merge:r,error:a,saving:s}}function oo({what:e,fields:t,state:n,saving:r,error:a,onResolve:o,onDiscard:s}){let[c,d]=(0,W.useState)({}),[f,p]=(0,W.useState)({});if((0,W.useEffect)(()=>{if(!n)return;let e={},r={};for(let i of t){let t=$a(i,n.mine[i.key],n.base[i.key])&&!$a(i,n.theirs[i.key],n.base[i.key]);r[i.key]=t?`theirs`:`mine`,e[i.key]=t?n.theirs[i.key]:n.mine[i.key]}d(e),p(r)},[n,t]),!n)return null;let m=t.filter(e=>!$a(e,n.mine[e.key],n.theirs[e.key])),h=t.length-m.length,g=(e,t)=>{p({...f,[e.key]:t}),t!==`edited`&&d({...c,[e.key]:t===`mine`?n.mine[e.key]:n.theirs[e.key]})},y={...n.theirs,...c};return(0,q.jsx)(ce,{opened:!0,onClose:()=>void s(),title:`Someone else changed this ${e}`,size:`xl`,closeOnClickOutside:!1,children:(0,q.jsxs)(A,{gap:`md`,"data-testid":`conflict-merge`,children:[(0,q.jsxs)(v,{size:`sm`,children:[`It was saved by someone else while you were editing (it is now at version `,n.version,`). For each field that differs, keep yours or theirs, or edit the result; saving puts the result on top of their version.`]}),m.length===0?(0,q.jsx)(v,{size:`sm`,c:`dimmed`,children:`Your changes and theirs are the same: saving keeps them.`}):null,m.map(e=>{let t=f[e.key]??`mine`,r=`merge-${e.key}`;return(0,q.jsxs)(l,{withBorder:!0,radius:`md`,p:`sm`,role:`group`,"aria-labelledby":`${r}-label`,"data-field":e.key,children:[(0,q.jsxs)(_,{justify:`space-between`,mb:`xs`,children:[(0,q.jsx)(v,{fw:700,size:`sm`,id:`${r}-label`,children:e.label}),t===`edited`?(0,q.jsx)(u,{size:`sm`,variant:`light`,color:`grape`,children:`edited`}):null]}),(0,q.jsxs)(S,{cols:{base:1,sm:2},spacing:`sm`,mb:`xs`,children:[(0,q.jsxs)(`div`,{"data-testid":`merge-yours`,children:[(0,q.jsx)(v,{size:`xs`,fw:700,tt:`uppercase`,c:`dimmed`,children:`Yours`}),(0,q.jsx)(no,{field:e,value:n.mine[e.key]})]}),(0,q.jsxs)(`div`,{"data-testid":`merge-theirs`,children:[(0,q.jsx)(v,{size:`xs`,fw:700,tt:`uppercase`,c:`dimmed`,children:`Theirs (current)`}),(0,q.jsx)(no,{field:e,value:n.theirs[e.key]})]})]}),(0,q.jsx)(T.Group,{value:t===`edited`?``:t,onChange:t=>g(e,t),label:`Which to keep`,size:`xs`,mb:`xs`,children:(0,q.jsxs)(_,{gap:`md`,mt:4,children:[(0,q.jsx)(T,{value:`mine`,label:`Keep yours`}),(0,q.jsx)(T,{value:`theirs`,label:`Keep theirs`})]})}),(0,q.jsx)(ro,{field:e,label:`Result: ${e.label}`,value:c[e.key]??null,onChange:t=>{d({...c,[e.key]:t}),p({...f,[e.key]:$a(e,t,n.mine[e.key])?`mine`:$a(e,t,n.theirs[e.key])?`theirs`:`edited`})}})]},e.key)}),h>0&&m.length>0?(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[h===1?`One other field is`:`${h} other fields are`,` the same in both.`]}):null,(0,q.jsx)(io,{error:a}),(0,q.jsxs)(_,{justify:`flex-end`,children:[(0,q.jsx)(i,{variant:`default`,onClick:()=>void s(),children:`Discard mine, keep theirs`}),(0,q.jsx)(i,{onClick:()=>void o(y),loading:r,children:`Save merged version`})]})]})})}var so=B(`
  query CommentForEdit($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Comment {
        version
        body
      }
    }
  }
`),co=B(`
  mutation UpdateComment($id: ID!, $version: Int!, $input: UpdateCommentInput!) {
    updateComment(id: $id, version: $version, input: $input) {
      id
      version
      body
    }
  }
`),lo=[{key:`body`,label:`Comment`,kind:`markdown`}];function uo({id:e,version:t,body:n,onDone:r}){let{refetch:a}=J(),[o]=(0,W.useState)({body:n}),[s]=(0,W.useState)(t),[c,l]=(0,W.useState)(o),[,u]=P(co),{submit:d,resolve:f,discard:p,merge:m,error:h,saving:g}=ao({fields:lo,save:(0,W.useCallback)((t,n)=>u({id:e,version:n,input:{body:t.body.trim()}}),[u,e]),onSaved:(0,W.useCallback)(async()=>{await a(),r()},[a,r])});return(0,q.jsxs)(q.Fragment,{children:[(0,q.jsx)(`form`,{"aria-label":`Edit comment`,onSubmit:e=>{e.preventDefault(),c.body.trim()&&d(c,s,o)},children:(0,q.jsxs)(A,{gap:6,children:[(0,q.jsx)(ro,{field:lo[0],label:`Edit your comment`,value:c.body,onChange:e=>l({body:typeof e==`string`?e:``})}),m?null:(0,q.jsx)(io,{error:h}),(0,q.jsxs)(_,{gap:`xs`,children:[(0,q.jsx)(i,{type:`submit`,size:`xs`,loading:g&&!m,disabled:!c.body.trim(),children:`Save comment`}),(0,q.jsx)(i,{type:`button`,size:`xs`,variant:`default`,onClick:r,children:`Cancel`})]})]})}),(0,q.jsx)(oo,{what:`comment`,fields:lo,state:m,saving:g,error:m?h:void 0,onResolve:f,onDiscard:p})]})}function fo({commentID:e,onDone:t}){let[n]=F({query:so,variables:{id:e},requestPolicy:`network-only`}),r=n.data?.node;return n.error?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,withCloseButton:!0,onClose:t,children:Y(n.error)}):!r||r.__typename!==`Comment`?(0,q.jsx)(a,{size:`xs`,"aria-label":`Loading the comment`}):(0,q.jsx)(uo,{id:r.id,version:r.version,body:r.body,onDone:t})}var po=B(`
  mutation CreateComment($input: CreateCommentInput!) {
    createComment(input: $input) {
      id
    }
  }
`),mo=B(`
  query MentionUsers($q: String!) {
    users(first: 20, where: { nameContainsFold: $q }) {
      edges {
        node {
          id
          name
          department
        }
      }
    }
  }
`);function ho(e,t){return!e.parentID&&(e.timelineEventID??void 0)===t.timelineEventID&&(e.perspectiveID??void 0)===t.perspectiveID&&(e.questionID??void 0)===t.questionID}function go(e){return e.replace(/@\[([^\]\n]{1,100})\]/g,(e,t)=>`**@${t.replace(/([*_`[\]\\])/g,`\\$1`)}**`)}function _o(e,t){let n=e.slice(0,t),r=/(^|\s)@(\[?)([^\]\n@]{0,40})$/.exec(n);if(!r)return null;let i=r[3];return!r[2]&&/\s/.test(i)?null:{start:t-i.length-r[2].length-1,query:i}}function vo({target:e,parentID:t,placeholder:n=`Write a comment… (Markdown; type @ to mention someone)`,onDone:r,submitLabel:a=`Comment`}){let{incident:s,refetch:c}=J(),[u,d]=(0,W.useState)(``),[f,p]=(0,W.useState)(0),m=(0,W.useRef)(null),[g,v]=P(po),y=_o(u,f),[b]=F({query:mo,variables:{q:y?.query??``},pause:!y||y.query.length<1}),x=y&&y.query.length>=1?U(b.data?.users):[],S=e=>{if(!y)return;let t=`@[${e}] `,n=u.slice(0,y.start)+t+u.slice(f);d(n);let r=y.start+t.length;p(r),requestAnimationFrame(()=>{m.current?.focus(),m.current?.setSelectionRange(r,r)})};return(0,q.jsx)(`form`,{onSubmit:async n=>{n.preventDefault(),u.trim()&&((await v({input:{incidentID:s.id,body:u.trim(),parentID:t,...e}})).error||(d(``),p(0),await c(),r?.()))},"aria-label":t?`Reply`:`New comment`,children:(0,q.jsxs)(A,{gap:6,children:[(0,q.jsx)(h,{ref:m,"aria-label":t?`Your reply`:`Your comment`,placeholder:n,autosize:!0,minRows:2,value:u,onChange:e=>{d(e.currentTarget.value),p(e.currentTarget.selectionStart??e.currentTarget.value.length)},onSelect:e=>p(e.currentTarget.selectionStart??0)}),x.length>0?(0,q.jsx)(l,{withBorder:!0,radius:`sm`,p:4,role:`listbox`,"aria-label":`People to mention`,children:x.slice(0,8).map(e=>(0,q.jsx)(i,{variant:`subtle`,size:`compact-sm`,role:`option`,"aria-selected":!1,onMouseDown:e=>e.preventDefault(),onClick:()=>S(e.name),children:e.name},e.id))}):null,g.error?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,children:Y(g.error)}):null,(0,q.jsxs)(_,{gap:`xs`,children:[(0,q.jsx)(i,{type:`submit`,size:`xs`,loading:g.fetching,disabled:!u.trim(),children:a}),r?(0,q.jsx)(i,{type:`button`,size:`xs`,variant:`default`,onClick:r,children:`Cancel`}):null]})]})})}function yo({c:e}){let n=sa(),{viewer:r}=K(),[i,a]=(0,W.useState)(!1);return(0,q.jsxs)(`div`,{className:n.has(e.id)?`comment is-fresh`:`comment`,"data-testid":`comment`,"data-comment-id":e.id,children:[(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[(0,q.jsx)(v,{span:!0,fw:600,c:`dark.6`,size:`xs`,children:e.createdBy?.name??`Someone`}),` `,`· `,L(e.createdAt),Xa(r.role,r.id,e.createdBy?.id)&&!i?(0,q.jsxs)(q.Fragment,{children:[` · `,(0,q.jsx)(t,{component:`button`,type:`button`,size:`xs`,onClick:()=>a(!0),children:`Edit comment`})]}):null]}),i?(0,q.jsx)(fo,{commentID:e.id,onDone:()=>a(!1)}):(0,q.jsx)(`div`,{"data-testid":`comment-body`,children:(0,q.jsx)($,{children:go(e.body)})})]})}function bo({target:e}){let{incident:n}=J(),r=U(n.comments),i=r.filter(t=>ho(t,e)),a=e=>r.filter(t=>t.parentID===e),[o,s]=(0,W.useState)(null);return(0,q.jsxs)(A,{gap:`sm`,children:[i.map(n=>(0,q.jsxs)(l,{withBorder:!0,radius:`md`,p:`sm`,children:[(0,q.jsx)(yo,{c:n}),a(n.id).length>0?(0,q.jsx)(A,{gap:6,mt:`xs`,ml:`lg`,className:`comment-replies`,children:a(n.id).map(e=>(0,q.jsx)(yo,{c:e},e.id))}):null,o===n.id?(0,q.jsx)(`div`,{className:`comment-replies`,children:(0,q.jsx)(vo,{target:e,parentID:n.id,placeholder:`Write a reply…`,submitLabel:`Reply`,onDone:()=>s(null)})}):(0,q.jsx)(t,{component:`button`,type:`button`,size:`xs`,mt:4,onClick:()=>s(n.id),children:`Reply`})]},n.id)),(0,q.jsx)(vo,{target:e})]})}function xo({target:e}){let{incident:n}=J(),[r,i]=(0,W.useState)(!1),a=U(n.comments).filter(t=>ho(t,e)).length;return(0,q.jsxs)(`div`,{className:`comment-toggle`,children:[(0,q.jsx)(t,{component:`button`,type:`button`,size:`xs`,onClick:()=>i(!r),"aria-expanded":r,children:r?`Hide comments`:a?`Comments (${a})`:`Comment`}),r?(0,q.jsx)(`div`,{className:`comment-thread-inline`,children:(0,q.jsx)(bo,{target:e})}):null]})}function So({incident:e}){let{paging:t}=J(),n=U(e.comments),r=n.filter(e=>ho(e,{}));return(0,q.jsxs)(Z,{id:`comments`,title:`Discussion`,description:`Comments on the incident. Mention someone with @ to bring them in.`,children:[(0,q.jsxs)(A,{gap:`sm`,children:[r.length===0?(0,q.jsx)(Q,{children:`No comments yet.`}):null,(0,q.jsx)(bo,{target:{}})]}),(0,q.jsx)(br,{paging:t?.comments,shown:n.length,total:e.comments.totalCount,what:`comments`})]})}var Co=B(`
  query EditableByMe($incidentID: ID!, $me: ID!, $ids: [ID!]!) {
    node(id: $incidentID) {
      __typename
      id
      ... on Incident {
        timelineEvents(first: 100, where: { idIn: $ids, hasCreatedByWith: [{ id: $me }] }) {
          edges {
            node {
              id
            }
          }
        }
        perspectives(first: 100, where: { idIn: $ids, hasCreatedByWith: [{ id: $me }] }) {
          edges {
            node {
              id
            }
          }
        }
      }
    }
  }
`);function wo(){let{viewer:e}=K(),{incident:t}=J(),n=Za(e.role),r=e.role===`MEMBER`,i=(0,W.useMemo)(()=>[...U(t.timelineEvents).map(e=>e.id),...U(t.perspectives).map(e=>e.id)].sort(),[t.timelineEvents,t.perspectives]),[a]=F({query:Co,variables:{incidentID:t.id,me:e.id,ids:i},pause:!r||i.length===0}),o=(0,W.useMemo)(()=>{let e=a.data?.node;return!e||e.__typename!==`Incident`?new Set:new Set([...U(e.timelineEvents),...U(e.perspectives)].map(e=>e.id))},[a.data]);return e=>n||r&&o.has(e)}var To=B(`
  mutation UpdatePerspective($id: ID!, $version: Int!, $input: UpdatePerspectiveInput!) {
    updatePerspective(id: $id, version: $version, input: $input) {
      id
      version
      department
      whatTheySaw
      surprises
      whatHelped
      whatHurt
      impactObserved
    }
  }
`),Eo={impactObserved:`clearImpactObserved`,surprises:`clearSurprises`,whatHelped:`clearWhatHelped`,whatHurt:`clearWhatHurt`},Do=[{key:`department`,label:`Department`,kind:`select`,options:Object.entries(Ve).map(([e,t])=>({value:e,label:t}))},{key:`whatTheySaw`,label:`What they saw`,kind:`markdown`},{key:`impactObserved`,label:`Impact they observed`,kind:`markdown`},{key:`surprises`,label:`What surprised them`,kind:`markdown`},{key:`whatHelped`,label:`What helped`,kind:`markdown`},{key:`whatHurt`,label:`What got in the way`,kind:`markdown`}];function Oo(e,t){let n={};for(let r of eo(Do,e,t))if(r===`department`)n.department=e.department;else if(r===`whatTheySaw`)n.whatTheySaw=e.whatTheySaw.trim();else{let t=e[r].trim();t?n[r]=t:Object.assign(n,{[Eo[r]]:!0})}return n}function ko({perspective:e,onDone:t}){let{refetch:n}=J(),[r]=(0,W.useState)(()=>({department:e.department,whatTheySaw:e.whatTheySaw,impactObserved:e.impactObserved??``,surprises:e.surprises??``,whatHelped:e.whatHelped??``,whatHurt:e.whatHurt??``})),[a]=(0,W.useState)(e.version),[o,s]=(0,W.useState)(r),[c,l]=(0,W.useState)(!1),[,u]=P(To),{submit:d,resolve:f,discard:p,merge:m,error:h,saving:g}=ao({fields:Do,save:(0,W.useCallback)((t,n,r)=>u({id:e.id,version:n,input:Oo(t,r)}),[u,e.id]),onSaved:(0,W.useCallback)(async()=>{await n(),t()},[n,t])});return(0,q.jsxs)(q.Fragment,{children:[(0,q.jsx)(ce,{opened:!m,onClose:t,title:`Edit perspective`,size:`lg`,children:(0,q.jsx)(`form`,{onSubmit:e=>{e.preventDefault(),o.whatTheySaw.trim()?(l(!1),d(o,a,r)):l(!0)},"aria-label":`Edit perspective`,children:(0,q.jsxs)(A,{gap:`sm`,children:[Do.map(e=>(0,q.jsx)(ro,{field:e,label:e.label,value:o[e.key],onChange:t=>s({...o,[e.key]:typeof t==`string`?t:``}),error:e.key===`whatTheySaw`&&c?`Say what they saw.`:void 0},e.key)),(0,q.jsx)(io,{error:h}),(0,q.jsxs)(_,{justify:`flex-end`,children:[(0,q.jsx)(i,{variant:`default`,type:`button`,onClick:t,children:`Cancel`}),(0,q.jsx)(i,{type:`submit`,loading:g,children:`Save perspective`})]})]})})}),(0,q.jsx)(oo,{what:`perspective`,fields:Do,state:m,saving:g,error:h,onResolve:f,onDiscard:p})]})}var Ao=B(`
  query EntityHistory($id: ID!) {
    activities(first: 20, where: { entityID: $id }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount
      edges {
        node {
          id
          action
          summary
          createdAt
          actor {
            id
            name
          }
          changes {
            field
            old
            new
          }
        }
      }
    }
  }
`),jo={text:`Text`,occurred_at:`Time`,kind:`Kind`,source:`Source`,source_ref:`Source reference`,actor_id:`Who (person)`,actor_name:`Who (name)`,evidence_url:`Evidence link`,key_moment:`Key moment`,department:`Department`,author_id:`Author`,what_they_saw:`What they saw`,surprises:`What surprised them`,what_helped:`What helped`,what_hurt:`What got in the way`,impact_observed:`Impact they observed`,body:`Comment`,answer:`Answer`,status:`Status`},Mo={kind:Ye,source:Ze,department:Ve,status:Be};function No(e){return jo[e]??e.charAt(0).toUpperCase()+e.slice(1).replace(/_/g,` `)}function Po(e,t){return t==null||t===``?`—`:Mo[e]?R(Mo[e],t):e.endsWith(`_at`)?L(t):t===`true`?`Yes`:t===`false`?`No`:t}function Fo({entityID:e,version:t,what:n}){let[r,i]=F({query:Ao,variables:{id:e},requestPolicy:`network-only`}),s=(0,W.useRef)(t);(0,W.useEffect)(()=>{t!==s.current&&(s.current=t,i({requestPolicy:`network-only`}))},[t,i]);let c=r.data?.activities,l=(c?.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return(0,q.jsxs)(`section`,{className:`entity-history`,"aria-label":`History of this ${n}`,"data-testid":`history`,children:[r.error?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:Y(r.error)}):c?l.length===0?(0,q.jsx)(v,{size:`xs`,c:`dimmed`,fs:`italic`,children:`No changes recorded.`}):(0,q.jsx)(`ol`,{className:`activity-list`,children:l.map(e=>(0,q.jsxs)(`li`,{"data-testid":`history-entry`,children:[(0,q.jsxs)(v,{size:`xs`,children:[(0,q.jsx)(v,{span:!0,fw:600,size:`xs`,children:e.actor?.name??`Debrief`}),` `,e.action===`CREATED`?`created it`:e.action===`DELETED`?`deleted it`:`changed it`,` ·`,` `,(0,q.jsx)(`time`,{dateTime:e.createdAt,children:L(e.createdAt)})]}),e.action===`UPDATED`&&e.changes&&e.changes.length>0?(0,q.jsxs)(b,{fz:`xs`,withTableBorder:!0,verticalSpacing:2,mt:2,mb:6,"aria-label":`Changed by ${e.actor?.name??`Debrief`}`,children:[(0,q.jsx)(b.Thead,{children:(0,q.jsxs)(b.Tr,{children:[(0,q.jsx)(b.Th,{children:`Field`}),(0,q.jsx)(b.Th,{children:`Before`}),(0,q.jsx)(b.Th,{children:`After`})]})}),(0,q.jsx)(b.Tbody,{children:e.changes.map(e=>(0,q.jsxs)(b.Tr,{children:[(0,q.jsx)(b.Td,{children:No(e.field)}),(0,q.jsx)(b.Td,{style:{whiteSpace:`pre-wrap`},children:Po(e.field,e.old)}),(0,q.jsx)(b.Td,{style:{whiteSpace:`pre-wrap`},children:Po(e.field,e.new)})]},e.field))})]}):null]},e.id))}):(0,q.jsx)(a,{size:`xs`,"aria-label":`Loading the history`}),c&&c.totalCount>l.length?(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`The `,l.length,` most recent of `,c.totalCount,` changes.`]}):null]})}var Io=[{key:`whatTheySaw`,label:`What they saw`},{key:`impactObserved`,label:`Impact they observed`},{key:`surprises`,label:`What surprised them`},{key:`whatHelped`,label:`What helped`},{key:`whatHurt`,label:`What got in the way`}],Lo=B(`
  mutation CreatePerspective($input: CreatePerspectiveInput!) {
    createPerspective(input: $input) {
      id
    }
  }
`);function Ro(e){if(e.board?.missingVoices)return e.board.missingVoices.departments;let t=new Set(U(e.perspectives).map(e=>e.department));return It.filter(e=>!t.has(e))}function zo({incident:e}){let t=Ro(e),n=e.board?.missingVoices.participants??[];return(0,q.jsxs)(l,{withBorder:!0,radius:`md`,p:`sm`,bg:t.length?`yellow.0`:`teal.0`,"data-testid":`missing-voices`,"data-missing":t.join(` `),"aria-label":`Missing voices`,role:`group`,children:[t.length===0?(0,q.jsx)(v,{size:`sm`,fw:600,children:`Every department has shared its perspective.`}):(0,q.jsxs)(_,{gap:6,children:[(0,q.jsx)(v,{size:`sm`,fw:600,children:`Not heard from yet:`}),t.map(e=>(0,q.jsx)(u,{color:`yellow`,variant:`light`,radius:`sm`,c:`dark.7`,"data-department":e,children:R(Ve,e)},e))]}),n.length>0?(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,mt:4,children:[`Participants who have not contributed yet: `,n.map(e=>e.name).join(`, `)]}):null]})}function Bo({onDone:e}){let{viewer:t}=K(),{incident:n,refetch:r}=J(),[a,s]=(0,W.useState)(t.department??`OTHER`),[c,l]=(0,W.useState)({whatTheySaw:``,surprises:``,whatHelped:``,whatHurt:``,impactObserved:``}),[u,d]=P(Lo),[f,p]=(0,W.useState)(!1),m=e=>t=>l({...c,[e]:t.currentTarget.value}),g=e=>e.trim()?e.trim():void 0;return(0,q.jsx)(`form`,{onSubmit:async i=>{i.preventDefault(),c.whatTheySaw.trim()?(await d({input:{incidentID:n.id,authorID:t.id,department:a,whatTheySaw:c.whatTheySaw.trim(),surprises:g(c.surprises),whatHelped:g(c.whatHelped),whatHurt:g(c.whatHurt),impactObserved:g(c.impactObserved)}})).error||(await r(),e()):p(!0)},"aria-label":`Your perspective`,children:(0,q.jsxs)(A,{gap:`sm`,children:[(0,q.jsx)(v,{size:`sm`,c:`dimmed`,children:`Tell it as you lived it — there are no wrong answers, and you do not need to know the technical details. You can use Markdown (**bold**, lists, links).`}),(0,q.jsx)(O,{label:`Your department`,description:`Which part of the company you speak for.`,data:Object.entries(Ve).map(([e,t])=>({value:e,label:t})),value:a,onChange:e=>s(e??a),allowDeselect:!1}),(0,q.jsx)(h,{label:`What did you see?`,description:`What you noticed, heard from customers or colleagues, and when.`,required:!0,autosize:!0,minRows:3,value:c.whatTheySaw,onChange:e=>{p(!1),m(`whatTheySaw`)(e)},error:f?`Please tell us what you saw.`:void 0,"data-autofocus":!0}),(0,q.jsx)(h,{label:`What surprised you?`,description:`Anything you did not expect, or that worked differently than you thought.`,autosize:!0,minRows:2,value:c.surprises,onChange:m(`surprises`)}),(0,q.jsx)(h,{label:`What helped?`,description:`People, tools or information that made things easier.`,autosize:!0,minRows:2,value:c.whatHelped,onChange:m(`whatHelped`)}),(0,q.jsx)(h,{label:`What got in the way?`,description:`What slowed you down, confused you or was missing.`,autosize:!0,minRows:2,value:c.whatHurt,onChange:m(`whatHurt`)}),(0,q.jsx)(h,{label:`What impact did you see on customers or the business?`,description:`Complaints, tickets, lost sales, press, anything you noticed.`,autosize:!0,minRows:2,value:c.impactObserved,onChange:m(`impactObserved`)}),u.error?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,children:Y(u.error)}):null,(0,q.jsxs)(_,{justify:`flex-end`,children:[(0,q.jsx)(i,{variant:`default`,onClick:e,type:`button`,children:`Cancel`}),(0,q.jsx)(i,{type:`submit`,loading:u.fetching,children:`Share perspective`})]})]})})}function Vo({p:e,fresh:n,wide:r,canEdit:i}){let[a,o]=(0,W.useState)(!1),[s,c]=(0,W.useState)(!1);return(0,q.jsxs)(p,{withBorder:!0,radius:`md`,padding:`md`,className:n?`is-fresh`:void 0,"data-testid":`perspective`,"data-perspective-id":e.id,children:[(0,q.jsx)(v,{fw:600,size:`sm`,children:e.author.name}),e.author.title?(0,q.jsx)(v,{size:`xs`,c:`dimmed`,mb:`xs`,children:e.author.title}):null,(0,q.jsx)(S,{cols:{base:1,md:r?2:1},spacing:`md`,verticalSpacing:`xs`,mt:`xs`,children:Io.map(t=>e[t.key]?(0,q.jsxs)(`div`,{children:[(0,q.jsx)(v,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,children:t.label}),(0,q.jsx)($,{children:e[t.key]})]},t.key):null)}),(0,q.jsxs)(_,{gap:`md`,mt:`xs`,children:[i?(0,q.jsx)(t,{component:`button`,type:`button`,size:`xs`,onClick:()=>o(!0),children:`Edit perspective`}):null,(0,q.jsx)(t,{component:`button`,type:`button`,size:`xs`,onClick:()=>c(!s),"aria-expanded":s,children:s?`Hide history`:`History`})]}),a?(0,q.jsx)(ko,{perspective:e,onDone:()=>o(!1)}):null,s?(0,q.jsx)(Fo,{entityID:e.id,version:e.version,what:`perspective`}):null,(0,q.jsx)(xo,{target:{perspectiveID:e.id}})]})}function Ho({incident:e}){let{paging:t}=J(),n=U(e.perspectives),r=sa(),a=wo(),[o,s]=(0,W.useState)(!1),c=new Map;for(let e of n){let t=c.get(e.department)??[];t.push(e),c.set(e.department,t)}return(0,q.jsxs)(Z,{id:`perspectives`,title:`Perspectives`,description:`How the incident looked from each part of the company, in people's own words.`,aside:(0,q.jsx)(i,{onClick:()=>s(!0),size:`sm`,children:`Add your perspective`}),children:[(0,q.jsx)(ce,{opened:o,onClose:()=>s(!1),title:`Add your perspective`,size:`lg`,children:o?(0,q.jsx)(Bo,{onDone:()=>s(!1)}):null}),(0,q.jsxs)(A,{gap:`md`,children:[(0,q.jsx)(zo,{incident:e}),n.length===0?(0,q.jsx)(Q,{children:`No perspectives written yet.`}):(0,q.jsx)(A,{gap:`lg`,children:[...c.entries()].map(([e,t])=>(0,q.jsxs)(`section`,{"aria-labelledby":`perspectives-${e}`,"data-testid":`perspective-group`,"data-department":e,children:[(0,q.jsxs)(j,{order:3,size:`h5`,id:`perspectives-${e}`,mb:`xs`,children:[R(Ve,e),` `,(0,q.jsxs)(v,{span:!0,c:`dimmed`,size:`sm`,fw:400,children:[`(`,t.length,`)`]})]}),(0,q.jsx)(S,{cols:{base:1,md:t.length===1?1:2},spacing:`md`,children:t.map(e=>(0,q.jsx)(Vo,{p:e,fresh:r.has(e.id),wide:t.length===1,canEdit:a(e.id)},e.id))})]},e))})]}),(0,q.jsx)(br,{paging:t?.perspectives,shown:n.length,total:e.perspectives.totalCount,what:`perspectives`})]})}var Uo=B(`
  mutation CreateQuestion($input: CreateQuestionInput!) {
    createQuestion(input: $input) {
      id
    }
  }
`),Wo=B(`
  mutation UpdateQuestion($id: ID!, $version: Int!, $input: UpdateQuestionInput!) {
    updateQuestion(id: $id, version: $version, input: $input) {
      id
      version
      status
      answer
    }
  }
`),Go={OPEN:0,ANSWERED:1,RESOLVED:2};function Ko(){let{viewer:e}=K(),{incident:t,refetch:n}=J(),[r,a]=(0,W.useState)(``),[s,c]=(0,W.useState)(null),[l,u]=P(Uo),d=U(t.participants).map(e=>({value:e.user.id,label:e.user.name})),f=[...new Map(d.map(e=>[e.value,e])).values()];return(0,q.jsxs)(`form`,{onSubmit:async i=>{i.preventDefault(),r.trim()&&((await u({input:{incidentID:t.id,text:r.trim(),askedByID:e.id,assigneeID:s??void 0}})).error||(a(``),c(null),await n()))},"aria-label":`Ask a question`,children:[(0,q.jsxs)(_,{gap:`xs`,align:`flex-end`,children:[(0,q.jsx)(k,{label:`Ask a question`,size:`xs`,placeholder:`What do we still not know?`,value:r,onChange:e=>a(e.currentTarget.value),style:{flex:1,minWidth:240}}),(0,q.jsx)(O,{label:`Who could answer it? (optional)`,size:`xs`,data:f,value:s,onChange:c,clearable:!0,searchable:!0,w:220}),(0,q.jsx)(i,{type:`submit`,size:`xs`,loading:l.fetching,disabled:!r.trim(),children:`Ask`})]}),l.error?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:Y(l.error)}):null]})}var qo=[{key:`answer`,label:`Answer`,kind:`markdown`},{key:`status`,label:`Status`,kind:`select`,options:Object.entries(Be).map(([e,t])=>({value:e,label:t}))}];function Jo(e,t){let n={};for(let r of eo(qo,e,t))r===`status`?n.status=e.status:e.answer.trim()?n.answer=e.answer.trim():n.clearAnswer=!0;return n}function Yo({q:e}){let{refetch:n}=J(),[r,a]=(0,W.useState)(null),[o,s]=(0,W.useState)(``),[,c]=P(Wo),{submit:l,resolve:u,discard:d,merge:f,error:p,saving:m}=ao({fields:qo,save:(0,W.useCallback)((t,n,r)=>c({id:e.id,version:n,input:Jo(t,r)}),[c,e.id]),onSaved:(0,W.useCallback)(async()=>{a(null),s(``),await n()},[n])}),g=()=>({answer:e.answer??``,status:e.status}),v=t=>{let n=g();l({...n,status:t},e.version,n)};return(0,q.jsxs)(A,{gap:4,mt:`xs`,children:[r?(0,q.jsxs)(A,{gap:4,children:[(0,q.jsx)(h,{"aria-label":`Your answer`,placeholder:`What did you find out? (Markdown)`,autosize:!0,minRows:2,value:o,onChange:e=>s(e.currentTarget.value)}),(0,q.jsxs)(_,{gap:`xs`,children:[(0,q.jsx)(i,{size:`xs`,disabled:!o.trim(),loading:m&&!f,onClick:()=>void l({...r.base,answer:o},r.version,r.base),children:`Save answer`}),(0,q.jsx)(i,{size:`xs`,variant:`default`,onClick:()=>a(null),children:`Cancel`})]})]}):(0,q.jsxs)(_,{gap:`md`,children:[(0,q.jsx)(t,{component:`button`,type:`button`,size:`xs`,onClick:()=>{s(e.answer??``),a({base:g(),version:e.version})},children:e.answer?`Edit answer`:`Answer`}),e.status===`RESOLVED`?(0,q.jsx)(t,{component:`button`,type:`button`,size:`xs`,onClick:()=>v(`OPEN`),children:`Reopen`}):(0,q.jsx)(t,{component:`button`,type:`button`,size:`xs`,onClick:()=>v(`RESOLVED`),children:`Mark resolved`}),(0,q.jsx)(xo,{target:{questionID:e.id}})]}),f?null:(0,q.jsx)(io,{error:p}),(0,q.jsx)(oo,{what:`question`,fields:qo,state:f,saving:m,error:f?p:void 0,onResolve:u,onDiscard:d})]})}function Xo({incident:e}){let{paging:t}=J(),n=U(e.questions),r=sa(),i=[...n].sort((e,t)=>(Go[e.status]??9)-(Go[t.status]??9)),a=n.filter(e=>e.status===`OPEN`).length;return(0,q.jsxs)(Z,{id:`questions`,title:`Open questions`,description:`Things we do not know yet, or gaps in the data, and what was found out.`,aside:(0,q.jsxs)(u,{color:a?`orange`:`green`,variant:`light`,size:`lg`,radius:`sm`,"data-testid":`unanswered-count`,children:[a,` unanswered`]}),children:[(0,q.jsx)(l,{bg:`gray.0`,p:`sm`,radius:`md`,mb:`md`,children:(0,q.jsx)(Ko,{})}),i.length===0?(0,q.jsx)(Q,{children:`No questions asked yet.`}):(0,q.jsx)(A,{gap:`sm`,children:i.map(e=>(0,q.jsxs)(l,{withBorder:!0,radius:`md`,p:`md`,"data-testid":`question`,className:`question${e.status===`OPEN`?` is-open`:``}${r.has(e.id)?` is-fresh`:``}`,children:[(0,q.jsxs)(_,{justify:`space-between`,align:`flex-start`,wrap:`nowrap`,gap:`md`,children:[(0,q.jsx)(`div`,{style:{fontWeight:600},children:(0,q.jsx)($,{children:e.text})}),(0,q.jsx)(u,{color:We[e.status]??`gray`,variant:`light`,radius:`sm`,style:{flexShrink:0},children:R(Be,e.status)})]}),(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,mt:4,children:[`Asked by `,e.askedBy?.name??`someone not recorded`,e.assignee?` · assigned to ${e.assignee.name}`:``]}),e.answer?(0,q.jsxs)(`div`,{className:`answer`,children:[(0,q.jsxs)(v,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,children:[`Answer`,e.answeredBy?` from ${e.answeredBy.name}`:``,e.answeredAt?`, ${L(e.answeredAt)}`:``]}),(0,q.jsx)($,{children:e.answer})]}):(0,q.jsx)(v,{size:`sm`,c:`dimmed`,fs:`italic`,mt:`xs`,children:`No answer yet.`}),(0,q.jsx)(Yo,{q:e})]},e.id))}),(0,q.jsx)(br,{paging:t?.questions,shown:n.length,total:e.questions.totalCount,what:`questions`})]})}var Zo=B(`
  mutation CreateTimelineEvent($input: CreateTimelineEventInput!) {
    createTimelineEvent(input: $input) {
      id
    }
  }
`),Qo=B(`
  mutation CreateTimelineEvents($incidentID: ID!, $events: [NewTimelineEvent!]!) {
    createTimelineEvents(incidentID: $incidentID, events: $events) {
      id
    }
  }
`),$o=Object.entries(Ye).filter(([e])=>e!==`MILESTONE`).map(([e,t])=>({value:e,label:t})),es=Object.entries(Ze).map(([e,t])=>({value:e,label:t}));function ts(){let{incident:e}=J();return(0,W.useMemo)(()=>Bt(U(e.participants).map(e=>e.timeZone)),[e.participants])}function ns(){let{incident:e,refetch:t}=J(),n=ts(),[r,a]=(0,W.useState)(Rt()),[s,c]=(0,W.useState)(()=>Wt(Date.now(),Rt())),[l,u]=(0,W.useState)(`OBSERVATION`),[d,f]=(0,W.useState)(`DEBRIEF`),[p,m]=(0,W.useState)(``),[h,g]=P(Zo),[v,y]=(0,W.useState)(!1);return(0,q.jsxs)(`form`,{onSubmit:async n=>{n.preventDefault();let i=Kt(s,r);!i||!p.trim()?y(!0):(y(!1),(await g({input:{incidentID:e.id,occurredAt:i,kind:l,source:d,text:p.trim()}})).error||(m(``),await t()))},"aria-label":`Add to the timeline`,className:`quick-entry`,children:[(0,q.jsxs)(_,{gap:`xs`,align:`flex-end`,wrap:`wrap`,children:[(0,q.jsx)(k,{type:`datetime-local`,label:`When`,size:`xs`,value:s,onChange:e=>c(e.currentTarget.value),w:190}),(0,q.jsx)(O,{label:`Time zone`,size:`xs`,data:n,value:r,onChange:e=>{if(!e)return;let t=Kt(s,r);a(e),t&&c(Wt(t,e))},searchable:!0,allowDeselect:!1,w:190}),(0,q.jsx)(O,{label:`Kind`,size:`xs`,data:$o,value:l,onChange:e=>u(e??l),allowDeselect:!1,w:150}),(0,q.jsx)(O,{label:`Source`,size:`xs`,data:es,value:d,onChange:e=>f(e??d),allowDeselect:!1,w:130}),(0,q.jsx)(k,{label:`What happened`,size:`xs`,placeholder:`e.g. Support saw the first tickets about failed payments`,value:p,onChange:e=>m(e.currentTarget.value),style:{flex:1,minWidth:220},error:v&&!p.trim()?`Say what happened`:void 0}),(0,q.jsx)(i,{type:`submit`,size:`xs`,loading:h.fetching,children:`Add`})]}),h.error?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:Y(h.error)}):null]})}function rs(e,t,n){let[r,i,a]=n.split(`-`).map(Number),o=0,s=-1,c=[];return e.split(/\r?\n/).forEach((e,n)=>{let l=e.trim();if(!l)return;let u=/^\[?(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?\]?\s+([^:]{1,80}?):\s*(.+)$/.exec(l);if(u){let[,e,r,i,a,o,s,l,d,f]=u,p=l?new Date(`${e}-${r}-${i}T${a}:${o}:${s??`00`}${l.length===5?`${l.slice(0,3)}:${l.slice(3)}`:l}`):null;c.push({line:n+1,occurredAt:p?Number.isNaN(p.getTime())?null:p.toISOString():Gt(+e,+r,+i,+a,+o,+(s??0),t),name:d.trim(),text:f.trim()});return}let d=/^\[?(\d{1,2}):(\d{2})(?::(\d{2}))?\]?\s+([^:]{1,80}?):\s*(.+)$/.exec(l);if(d){let[,e,l,u,f,p]=d,m=e*60+ +l;s>=0&&m<s&&o++,s=m;let h=+e<24&&+l<60;c.push({line:n+1,occurredAt:h?Gt(r,i,a+o,+e,+l,+(u??0),t):null,name:f.trim(),text:p.trim()})}else c.push({line:n+1,occurredAt:null,name:``,text:l})}),c}function is({onDone:e}){let{incident:t,refetch:n}=J(),r=ts(),[a,s]=(0,W.useState)(Rt()),[c,l]=(0,W.useState)(`SLACK`),[d,f]=(0,W.useState)(``),[p,m]=P(Qo),g=Wt(t.startedAt,a).slice(0,10),y=(0,W.useMemo)(()=>rs(d,a,g),[d,a,g]),x=(0,W.useMemo)(()=>{let e=new Map;for(let n of U(t.participants))e.set(n.user.name.toLowerCase(),n.user.id);return e},[t.participants]),S=y.filter(e=>e.occurredAt);return(0,q.jsxs)(A,{gap:`xs`,className:`bulk-paste`,children:[(0,q.jsxs)(_,{gap:`xs`,align:`flex-end`,children:[(0,q.jsx)(O,{label:`Times are in`,size:`xs`,data:r,value:a,onChange:e=>s(e??a),searchable:!0,allowDeselect:!1,w:200}),(0,q.jsx)(O,{label:`Source`,size:`xs`,data:es,value:c,onChange:e=>l(e??c),allowDeselect:!1,w:140}),(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`Lines with only a time are taken to be on `,g,` (the day the incident started), moving to the next day when the clock wraps.`]})]}),(0,q.jsx)(h,{label:`Chat lines`,description:`One message a line: “14:05 Grace O'Neill: tickets are piling up” or “2026-03-01T14:05:00Z Grace: …”`,autosize:!0,minRows:4,maxRows:14,value:d,onChange:e=>f(e.currentTarget.value)}),y.length>0?(0,q.jsxs)(b,{striped:!0,withTableBorder:!0,fz:`xs`,"aria-label":`Preview of the events to add`,children:[(0,q.jsx)(b.Thead,{children:(0,q.jsxs)(b.Tr,{children:[(0,q.jsx)(b.Th,{children:`Line`}),(0,q.jsxs)(b.Th,{children:[`Time (`,a,`)`]}),(0,q.jsx)(b.Th,{children:`Who`}),(0,q.jsx)(b.Th,{children:`Text`})]})}),(0,q.jsx)(b.Tbody,{children:y.map(e=>(0,q.jsxs)(b.Tr,{c:e.occurredAt?void 0:`dimmed`,children:[(0,q.jsx)(b.Td,{children:e.line}),(0,q.jsx)(b.Td,{children:e.occurredAt?qt(e.occurredAt,a,!0):(0,q.jsx)(u,{color:`gray`,size:`xs`,children:`skipped: not understood`})}),(0,q.jsxs)(b.Td,{children:[e.name,` `,e.name&&x.has(e.name.toLowerCase())?(0,q.jsx)(u,{size:`xs`,variant:`light`,color:`teal`,children:`participant`}):null]}),(0,q.jsx)(b.Td,{children:e.text})]},e.line))})]}):null,p.error?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:Y(p.error)}):null,(0,q.jsxs)(_,{gap:`xs`,children:[(0,q.jsxs)(i,{size:`xs`,onClick:async()=>{(await m({incidentID:t.id,events:S.map(e=>{let t=x.get(e.name.toLowerCase());return{occurredAt:e.occurredAt,kind:`COMMUNICATION`,source:c,text:e.text,...t?{actorID:t}:{actorName:e.name}}})})).error||(f(``),await n(),e())},disabled:S.length===0||S.length>500,loading:p.fetching,children:[`Add `,S.length,` event`,S.length===1?``:`s`]}),(0,q.jsx)(i,{size:`xs`,variant:`default`,onClick:e,children:`Cancel`})]})]})}var as=B(`
  mutation UpdateTimelineEvent($id: ID!, $version: Int!, $input: UpdateTimelineEventInput!) {
    updateTimelineEvent(id: $id, version: $version, input: $input) {
      id
      version
      text
      occurredAt
      kind
      source
      keyMoment
    }
  }
`),os=[{key:`text`,label:`What happened`,kind:`markdown`},{key:`occurredAt`,label:`When`,kind:`datetime`},{key:`kind`,label:`Kind`,kind:`select`,options:$o},{key:`source`,label:`Source`,kind:`select`,options:es},{key:`keyMoment`,label:`Key moment`,kind:`boolean`}];function ss(e,t){let n={};for(let r of eo(os,e,t))r===`text`&&(n.text=e.text.trim()),r===`occurredAt`&&(n.occurredAt=e.occurredAt),r===`kind`&&(n.kind=e.kind),r===`source`&&(n.source=e.source),r===`keyMoment`&&(n.keyMoment=e.keyMoment);return n}function cs({event:e,onDone:t}){let{refetch:n}=J(),[r]=(0,W.useState)(()=>({text:e.text,occurredAt:e.occurredAt,kind:e.kind,source:e.source,keyMoment:e.keyMoment})),[a]=(0,W.useState)(e.version),[o,s]=(0,W.useState)(r),[c,l]=(0,W.useState)(!1),[,u]=P(as),{submit:d,resolve:f,discard:p,merge:m,error:h,saving:g}=ao({fields:os,save:(0,W.useCallback)((t,n,r)=>u({id:e.id,version:n,input:ss(t,r)}),[u,e.id]),onSaved:(0,W.useCallback)(async()=>{await n(),t()},[n,t])}),v=e=>{e.preventDefault(),!o.text.trim()||!o.occurredAt?l(!0):(l(!1),d(o,a,r))},y=e=>os.find(t=>t.key===e),b=e=>t=>s({...o,[e]:t});return(0,q.jsxs)(q.Fragment,{children:[(0,q.jsx)(`form`,{onSubmit:v,"aria-label":`Edit timeline event`,className:`edit-form`,children:(0,q.jsxs)(A,{gap:`xs`,children:[(0,q.jsx)(ro,{field:y(`text`),label:`What happened`,value:o.text,onChange:b(`text`),error:c&&!o.text.trim()?`Say what happened`:void 0}),(0,q.jsxs)(S,{cols:{base:1,sm:3},spacing:`xs`,children:[(0,q.jsx)(ro,{field:y(`occurredAt`),label:`When`,value:o.occurredAt,onChange:b(`occurredAt`)}),(0,q.jsx)(ro,{field:y(`kind`),label:`Kind`,value:o.kind,onChange:b(`kind`)}),(0,q.jsx)(ro,{field:y(`source`),label:`Source`,value:o.source,onChange:b(`source`)})]}),(0,q.jsx)(ro,{field:y(`keyMoment`),label:`Key moment`,value:o.keyMoment,onChange:b(`keyMoment`)}),m?null:(0,q.jsx)(io,{error:h}),(0,q.jsxs)(_,{gap:`xs`,children:[(0,q.jsx)(i,{type:`submit`,size:`xs`,loading:g&&!m,children:`Save event`}),(0,q.jsx)(i,{type:`button`,size:`xs`,variant:`default`,onClick:t,children:`Cancel`})]})]})}),(0,q.jsx)(oo,{what:`timeline event`,fields:os,state:m,saving:g,error:m?h:void 0,onResolve:f,onDiscard:p})]})}function ls({e,fresh:n,canEdit:r}){let[i,a]=(0,W.useState)(!1),[o,s]=(0,W.useState)(!1),c=e.actor?.name??e.actorName,l=He(e.evidenceURL),d=e.sourceRef&&/^https?:\/\//i.test(e.sourceRef)?He(e.sourceRef):void 0,f=[`timeline-event`];return e.milestone&&f.push(`is-milestone`),e.keyMoment&&f.push(`is-key`),n&&f.push(`is-fresh`),(0,q.jsxs)(`li`,{className:f.join(` `),"data-testid":`timeline-event`,"data-event-id":e.id,children:[(0,q.jsx)(`time`,{className:`timeline-time`,dateTime:e.occurredAt,title:L(e.occurredAt),children:$e(e.occurredAt)}),(0,q.jsx)(`span`,{className:`timeline-marker`,"aria-hidden":`true`}),(0,q.jsxs)(`div`,{className:`timeline-body`,children:[(0,q.jsxs)(_,{gap:6,mb:4,children:[e.milestone?(0,q.jsxs)(u,{color:`indigo`,variant:`filled`,size:`sm`,radius:`sm`,children:[`Milestone: `,R(Ue,e.milestone)]}):null,e.keyMoment?(0,q.jsx)(u,{color:`yellow`,variant:`filled`,size:`sm`,radius:`sm`,c:`dark.8`,children:`★ Key moment`}):null,e.milestone&&e.kind===`MILESTONE`?null:(0,q.jsx)(u,{color:`gray`,variant:`light`,size:`sm`,radius:`sm`,children:R(Ye,e.kind)}),(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`via `,R(Ze,e.source),c?` · ${c}`:``]})]}),i?(0,q.jsx)(cs,{event:e,onDone:()=>a(!1)}):(0,q.jsxs)(q.Fragment,{children:[(0,q.jsx)($,{children:e.text}),l||e.sourceRef?(0,q.jsxs)(_,{gap:`md`,mt:4,children:[l?(0,q.jsx)(t,{href:l,size:`xs`,target:`_blank`,rel:`noopener noreferrer`,children:`Evidence ↗`}):null,d?(0,q.jsxs)(t,{href:d,size:`xs`,c:`dimmed`,target:`_blank`,rel:`noopener noreferrer`,title:e.sourceRef??void 0,children:[`Original in `,R(Ze,e.source),` ↗`]}):e.sourceRef?(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`Source: `,e.sourceRef]}):null]}):null]}),(0,q.jsxs)(_,{gap:`md`,mt:4,children:[r&&!i?(0,q.jsx)(t,{component:`button`,type:`button`,size:`xs`,onClick:()=>a(!0),children:`Edit event`}):null,(0,q.jsx)(t,{component:`button`,type:`button`,size:`xs`,onClick:()=>s(!o),"aria-expanded":o,children:o?`Hide history`:`History`})]}),o?(0,q.jsx)(Fo,{entityID:e.id,version:e.version,what:`event`}):null,(0,q.jsx)(xo,{target:{timelineEventID:e.id}})]})]})}function us({incident:e}){let{paging:t}=J(),[n,r]=(0,W.useState)(`all`),a=U(e.timelineEvents),o=sa(),s=wo(),[c,u]=(0,W.useState)(null),[d,f]=(0,W.useState)(null),[p,m]=(0,W.useState)(null),[h,g]=(0,W.useState)(!1),y=e=>e.actor?.name??e.actorName??``,b=[...new Set(a.map(y).filter(Boolean))].sort(),x=a.filter(e=>(n!==`key`||e.keyMoment||e.milestone)&&(!c||e.kind===c)&&(!d||e.source===d)&&(!p||y(e)===p)),S=n===`key`||c||d||p,C=[];for(let e of x){let t=Ke(e.occurredAt);(C.length===0||C[C.length-1].day!==t)&&C.push({day:t,events:[]}),C[C.length-1].events.push(e)}return(0,q.jsxs)(Z,{id:`timeline`,title:`Timeline`,description:`What happened, in order. Times are in your time zone.`,aside:a.length>0?(0,q.jsx)(se,{size:`xs`,value:n,onChange:e=>r(e),data:[{value:`all`,label:`All events (${a.length})`},{value:`key`,label:`Key moments`}],"aria-label":`Which events to show`}):null,children:[(0,q.jsxs)(A,{gap:`sm`,mb:`md`,children:[(0,q.jsxs)(l,{bg:`gray.0`,p:`sm`,radius:`md`,children:[(0,q.jsx)(ns,{}),(0,q.jsx)(_,{justify:`flex-end`,mt:4,children:(0,q.jsx)(i,{variant:`subtle`,size:`compact-xs`,onClick:()=>g(!h),"aria-expanded":h,children:h?`Close chat paste`:`Paste chat lines…`})}),h?(0,q.jsx)(is,{onDone:()=>g(!1)}):null]}),a.length>0?(0,q.jsxs)(_,{gap:`xs`,role:`group`,"aria-label":`Filter the timeline`,children:[(0,q.jsx)(O,{size:`xs`,placeholder:`Any kind`,"aria-label":`Filter by kind`,data:$o,value:c,onChange:u,clearable:!0,w:170}),(0,q.jsx)(O,{size:`xs`,placeholder:`Any source`,"aria-label":`Filter by source`,data:es,value:d,onChange:f,clearable:!0,w:150}),(0,q.jsx)(O,{size:`xs`,placeholder:`Anyone`,"aria-label":`Filter by person`,data:b,value:p,onChange:m,clearable:!0,searchable:!0,w:190}),S?(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`Showing `,x.length,` of `,a.length]}):null]}):null]}),x.length===0?(0,q.jsx)(Q,{children:a.length===0?`No events on the timeline yet.`:`No events match.`}):(0,q.jsx)(`div`,{className:`timeline`,children:C.map(e=>(0,q.jsxs)(`div`,{className:`timeline-day`,children:[(0,q.jsx)(v,{size:`sm`,fw:700,className:`timeline-day-label`,children:e.day}),(0,q.jsx)(`ol`,{className:`timeline-list`,children:e.events.map(e=>(0,q.jsx)(ls,{e,fresh:o.has(e.id),canEdit:!e.milestone&&s(e.id)},e.id))})]},e.day))}),(0,q.jsx)(br,{paging:t?.timelineEvents,shown:a.length,total:e.timelineEvents.totalCount,what:`events`})]})}B(`
  fragment RelatedIncidentFields on RelatedIncident {
    score
    incident {
      id
      title
      severity
      startedAt
    }
    reasons {
      kind
      names
      text
    }
  }
`);var ds=B(`
  query IncidentRelated($id: ID!) {
    node(id: $id) {
      __typename
      ... on Incident {
        id
        related(first: 8) {
          ...RelatedIncidentFields
        }
      }
    }
  }
`),fs={SERVICE:`indigo`,FACTOR_CATEGORY:`orange`,VENDOR:`cyan`,WORDS:`gray`};function ps({related:e,empty:n}){return e.length===0?(0,q.jsx)(v,{size:`sm`,c:`dimmed`,fs:`italic`,children:n}):(0,q.jsx)(x,{listStyleType:`none`,spacing:`sm`,"aria-label":`Related incidents`,children:e.map(e=>(0,q.jsx)(x.Item,{"data-testid":`related-incident`,children:(0,q.jsxs)(_,{gap:`xs`,wrap:`nowrap`,align:`flex-start`,children:[(0,q.jsx)(`div`,{style:{flexShrink:0},children:(0,q.jsx)(Di,{severity:e.incident.severity,size:`sm`})}),(0,q.jsxs)(`div`,{children:[(0,q.jsx)(t,{component:M,to:`/incidents/${encodeURIComponent(e.incident.id)}`,size:`sm`,fw:600,children:e.incident.title}),(0,q.jsx)(v,{span:!0,size:`xs`,c:`dimmed`,ml:6,children:H(e.incident.startedAt)}),(0,q.jsx)(_,{gap:4,mt:2,children:e.reasons.map((e,t)=>(0,q.jsx)(u,{size:`xs`,variant:`light`,color:fs[e.kind]??`gray`,radius:`sm`,tt:`none`,children:e.text},t))})]})]})},e.incident.id))})}function ms({incidentID:e}){let[t]=F({query:ds,variables:{id:e}}),n=t.data?.node,r=n?.__typename===`Incident`?n.related:null;return(0,q.jsxs)(l,{withBorder:!0,radius:`md`,p:`lg`,component:`section`,id:`related`,"aria-labelledby":`related-heading`,children:[(0,q.jsx)(j,{order:2,size:`h3`,id:`related-heading`,mb:`xs`,children:`Related incidents`}),(0,q.jsx)(v,{size:`sm`,c:`dimmed`,mb:`sm`,children:`Incidents that share services, factor categories, vendors or unusual words with this one.`}),t.error&&!r?(0,q.jsx)(z,{error:t.error}):r?(0,q.jsx)(ps,{related:r,empty:`No related incidents found.`}):(0,q.jsx)(v,{size:`sm`,c:`dimmed`,children:`Loading…`})]})}var hs={INCIDENT:`Incident`,PERIOD:`Period`,SERVICE:`Service`,FIGURE:`Figure`};function gs({a:e}){switch(e.scope){case`INCIDENT`:return e.incident?(0,q.jsx)(t,{component:M,to:`/incidents/${encodeURIComponent(e.incident.id)}`,size:`xs`,children:e.incident.title}):null;case`SERVICE`:return e.service?(0,q.jsx)(t,{component:M,to:`/services/${encodeURIComponent(e.service.id)}`,size:`xs`,children:e.service.name}):null;case`PERIOD`:return(0,q.jsxs)(v,{span:!0,size:`xs`,children:[H(e.periodStart),` – `,e.periodEnd?H(new Date(Date.parse(e.periodEnd)-1).toISOString()):``]});default:return null}}function _s({annotations:e,empty:t}){return e.length===0?t?(0,q.jsx)(v,{size:`xs`,c:`dimmed`,children:t}):null:(0,q.jsx)(x,{spacing:6,size:`sm`,listStyleType:`none`,"aria-label":`Context notes`,children:e.map(e=>(0,q.jsxs)(x.Item,{"data-testid":`annotation`,children:[(0,q.jsx)(v,{size:`sm`,children:e.body}),(0,q.jsxs)(_,{gap:6,mt:2,children:[(0,q.jsx)(u,{size:`xs`,variant:`light`,color:`grape`,radius:`sm`,children:hs[e.scope]??e.scope}),(0,q.jsx)(gs,{a:e}),(0,q.jsxs)(v,{span:!0,size:`xs`,c:`dimmed`,children:[e.createdBy?.name??`Someone`,`, `,H(e.createdAt)]})]})]},e.id))})}var vs=B(`
  mutation CreateAnnotation($input: CreateAnnotationInput!) {
    createAnnotation(input: $input) {
      ...AnnotationFields
    }
  }
`),ys=()=>new Date().toISOString().slice(0,10);function bs(e){let t=new Date(`${e}T00:00:00Z`);return t.setUTCDate(t.getUTCDate()+1),t.toISOString()}function xs({target:e,onDone:t}){let[n,r]=(0,W.useState)(e.scopes[0]),[a,s]=(0,W.useState)(``),[c,l]=(0,W.useState)(e.services?.[0]?.id??null),[u,d]=(0,W.useState)(e.period?.from??ys()),[f,p]=(0,W.useState)(e.period?.to??ys()),[m,g]=P(vs),[v,y]=(0,W.useState)(null);return(0,q.jsx)(`form`,{onSubmit:async r=>{r.preventDefault(),y(null);let i={body:a.trim(),scope:n};if(n===`FIGURE`&&(i.figure=e.figure),n===`INCIDENT`&&(i.incidentID=e.incidentID),n===`SERVICE`){if(!c)return y(`Choose the service the note is about.`);i.serviceID=c}if(n===`PERIOD`){if(u>f)return y(`The period must end after it starts.`);i.periodStart=`${u}T00:00:00Z`,i.periodEnd=bs(f)}let o=await g({input:i},{additionalTypenames:[`Annotation`,`AnnotationConnection`,`IncidentAnalysis`]});o.error?y(o.error.graphQLErrors[0]?.message??o.error.message):t()},"aria-label":`Add a context note`,children:(0,q.jsxs)(A,{gap:`xs`,children:[e.scopes.length>1?(0,q.jsx)(O,{label:`About`,data:e.scopes.map(e=>({value:e,label:e===`FIGURE`?`This figure`:hs[e]})),value:n,onChange:e=>e&&r(e),allowDeselect:!1,size:`xs`}):null,n===`SERVICE`?(0,q.jsx)(In,{kind:`services`,label:`Service`,known:e.services,value:c,onChange:l,size:`xs`}):null,n===`PERIOD`?(0,q.jsxs)(_,{grow:!0,gap:`xs`,children:[(0,q.jsx)(k,{type:`date`,label:`From`,size:`xs`,value:u,onChange:e=>d(e.currentTarget.value)}),(0,q.jsx)(k,{type:`date`,label:`Until (inclusive)`,size:`xs`,value:f,onChange:e=>p(e.currentTarget.value)})]}):null,(0,q.jsx)(h,{label:`Note`,description:`Context a reader needs beside the figure: a reorganisation, a new alerting policy, a migration…`,value:a,onChange:e=>s(e.currentTarget.value),autosize:!0,minRows:2,required:!0,size:`xs`}),v?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:v}):null,(0,q.jsxs)(_,{gap:`xs`,children:[(0,q.jsx)(i,{type:`submit`,size:`xs`,loading:m.fetching,disabled:!a.trim(),children:`Add note`}),(0,q.jsx)(i,{size:`xs`,variant:`default`,onClick:t,children:`Cancel`})]})]})})}function Ss({annotations:e,target:t,title:n=`Context`}){let{viewer:r}=K(),[a,o]=(0,W.useState)(!1);return(0,q.jsxs)(A,{gap:6,children:[(0,q.jsx)(v,{size:`xs`,tt:`uppercase`,fw:700,c:`dimmed`,children:n}),(0,q.jsx)(_s,{annotations:e,empty:`No context notes.`}),Tt(r.role)?a?(0,q.jsx)(xs,{target:t,onDone:()=>o(!1)}):(0,q.jsx)(i,{size:`compact-xs`,variant:`subtle`,onClick:()=>o(!0),style:{alignSelf:`flex-start`},children:`Add a context note`}):null]})}var Cs=B(`
  query IncidentAnnotations($id: ID!) {
    annotations(first: 50, where: { incidentID: $id }, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
      edges {
        node {
          ...AnnotationFields
        }
      }
    }
  }
`);function ws({incidentID:e}){let[t]=F({query:Cs,variables:{id:e}});return(0,q.jsxs)(l,{withBorder:!0,radius:`md`,p:`lg`,component:`section`,id:`context`,"aria-labelledby":`context-heading`,children:[(0,q.jsx)(j,{order:2,size:`h3`,id:`context-heading`,mb:`xs`,children:`Context for analysis`}),(0,q.jsx)(Ss,{title:`Notes shown beside the figures this incident counts in`,annotations:U(t.data?.annotations),target:{scopes:[`INCIDENT`],incidentID:e}})]})}function Ts({incident:e}){let t=e.board,n=U(e.activities),r=t?.facilitatorShare;return(0,q.jsxs)(S,{cols:{base:1,lg:2},spacing:`lg`,children:[(0,q.jsx)(Z,{id:`participation`,title:`Participation`,description:`Whose voice the board carries. A balanced review hears from everyone.`,children:!t||t.participation.length===0?(0,q.jsx)(Q,{children:`No contributions yet.`}):(0,q.jsxs)(A,{gap:`sm`,children:[r==null?null:(0,q.jsxs)(v,{size:`sm`,"data-testid":`facilitator-share`,children:[`Facilitator's share of contributions: `,(0,q.jsxs)(`b`,{children:[Math.round(r*100),`%`]}),r>.5?(0,q.jsx)(u,{ml:`xs`,color:`orange`,variant:`light`,size:`sm`,children:`high — invite others to tell their part`}):null]}),(0,q.jsx)(v,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,children:`By department`}),(0,q.jsx)(S,{cols:3,spacing:4,children:t.departments.map(e=>(0,q.jsxs)(v,{size:`sm`,children:[R(Ve,e.department),`: `,(0,q.jsx)(`b`,{children:e.total})]},e.department))}),(0,q.jsxs)(b,{striped:!0,withTableBorder:!0,fz:`sm`,"aria-label":`Contributions by person`,children:[(0,q.jsx)(b.Thead,{children:(0,q.jsxs)(b.Tr,{children:[(0,q.jsx)(b.Th,{children:`Person`}),(0,q.jsx)(b.Th,{children:`Events`}),(0,q.jsx)(b.Th,{children:`Perspectives`}),(0,q.jsx)(b.Th,{children:`Answers`}),(0,q.jsx)(b.Th,{children:`Comments`}),(0,q.jsx)(b.Th,{children:`Total`})]})}),(0,q.jsx)(b.Tbody,{children:t.participation.map(e=>(0,q.jsxs)(b.Tr,{children:[(0,q.jsxs)(b.Td,{children:[e.user.name,` `,(0,q.jsx)(v,{span:!0,size:`xs`,c:`dimmed`,children:R(Ve,e.department)})]}),(0,q.jsx)(b.Td,{children:e.events}),(0,q.jsx)(b.Td,{children:e.perspectives}),(0,q.jsx)(b.Td,{children:e.answers}),(0,q.jsx)(b.Td,{children:e.comments}),(0,q.jsx)(b.Td,{fw:600,children:e.total})]},e.user.id))})]})]})}),(0,q.jsx)(Z,{id:`activity`,title:`Recent activity`,description:`Who changed what on this board, newest first.`,children:n.length===0?(0,q.jsx)(Q,{children:`Nothing recorded yet.`}):(0,q.jsx)(`ol`,{className:`activity-list`,"data-testid":`activity`,children:n.map(e=>(0,q.jsxs)(`li`,{children:[(0,q.jsx)(v,{size:`sm`,children:e.summary}),(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[L(e.createdAt),e.changes&&e.changes.length>0&&e.action===`UPDATED`?` · ${e.changes.map(e=>`${e.field}: ${e.old??`—`} → ${e.new??`—`}`).join(`; `)}`:``]})]},e.id))})})]})}var Es=B(`
  mutation OpenReview($incidentID: ID!, $version: Int!, $mode: ReviewMode!, $dueAt: Time) {
    openReview(incidentID: $incidentID, version: $version, mode: $mode, dueAt: $dueAt) {
      id
      version
      status
      reviewMode
      reviewDueAt
    }
  }
`),Ds=B(`
  mutation CloseReview($incidentID: ID!, $version: Int!) {
    closeReview(incidentID: $incidentID, version: $version) {
      id
      version
      status
    }
  }
`);function Os({incident:e}){let{viewer:t}=K(),{refetch:n}=J(),[r,a]=(0,W.useState)(e.reviewMode??`ASYNC`),[s,c]=(0,W.useState)(e.reviewDueAt?e.reviewDueAt.slice(0,10):``),[l,u]=P(Es),[d,f]=P(Ds);if(t.role!==`ADMIN`&&t.role!==`ANALYST`&&e.facilitator?.id!==t.id)return null;let p=l.error??d.error,m=e.status===`REVIEWING`;return(0,q.jsxs)(A,{gap:`xs`,mt:`sm`,"data-testid":`review-controls`,children:[(0,q.jsxs)(_,{gap:`xs`,align:`flex-end`,children:[(0,q.jsx)(se,{size:`xs`,value:r,onChange:a,data:[{value:`ASYNC`,label:`Async`},{value:`MEETING`,label:`Meeting`}],"aria-label":`How the review happens`}),(0,q.jsx)(k,{type:`date`,size:`xs`,label:`Due`,value:s,onChange:e=>c(e.currentTarget.value)})]}),(0,q.jsxs)(_,{gap:`xs`,children:[(0,q.jsx)(i,{size:`xs`,onClick:async()=>{let t=await u({incidentID:e.id,version:e.version,mode:r,dueAt:s?new Date(`${s}T17:00:00`).toISOString():null});(!t.error||Lt(t.error))&&await n()},loading:l.fetching,disabled:e.status===`RESPONDING`,children:m?`Update review`:`Open review`}),m?(0,q.jsx)(i,{size:`xs`,variant:`light`,onClick:async()=>{let t=await f({incidentID:e.id,version:e.version});(!t.error||Lt(t.error))&&await n()},loading:d.fetching,children:`Close review`}):null]}),p?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:Lt(p)?`Someone else changed this incident meanwhile; the board now shows their version — try again.`:Y(p)}):null]})}var ks=e=>!!e&&/^\d{4}-\d{2}-\d{2}$/.test(e),As=e=>`${e}T00:00:00Z`;function js(e){let t=new Date(`${e}T00:00:00Z`);return t.setUTCDate(t.getUTCDate()+1),t.toISOString()}function Ms(e){let t={};e.from&&(t.from=As(e.from)),e.to&&(t.to=js(e.to));for(let n of ot){let r=e.lists[n.param];r.length&&(t[n.field]=r)}return t}function Ns(e){if(!e)return null;try{let t=JSON.parse(e);if(typeof t.label==`string`&&Array.isArray(t.keys)&&t.keys.every(e=>st(e.dimension)))return t}catch{}return null}function Ps(){let[e,t]=he(),n=e.toString(),r=(0,W.useMemo)(()=>{let t=(e.get(`by`)??`SERVICE`).split(`,`).filter(st).slice(0,2),n=Object.fromEntries(ot.map(t=>[t.param,(e.get(t.param)??``).split(`,`).filter(Boolean)]));return{groupBy:e.get(`by`)===``?[]:t,from:ks(e.get(`from`))?e.get(`from`):null,to:ks(e.get(`to`))?e.get(`to`):null,interval:e.get(`interval`)===`QUARTER`?`QUARTER`:`MONTH`,lists:n,drill:Ns(e.get(`drill`)),duration:e.get(`duration`)}},[n]),i=n=>{let r=new URLSearchParams(e);for(let[e,t]of Object.entries(n))t===null?r.delete(e):r.set(e,t);t(r,{replace:!(`drill`in n)})};return{state:r,update:i,setGroupBy:e=>i({by:e.join(`,`),drill:null}),setDrill:e=>i({drill:e?JSON.stringify(e):null}),reset:()=>t(new URLSearchParams,{replace:!0})}}var Fs=5;function Is(e=new Date){let t=[],n=[],r=e.getUTCFullYear();for(let i=r;i>r-Fs;i--)for(let a=i===r?e.getUTCMonth()+1:12;a>=1;a--){let o=`${i}-${String(a).padStart(2,`0`)}`;if(t.push({value:o,label:o}),a%3==0||i===r&&a===e.getUTCMonth()+1){let e=`${i}-Q${Math.ceil(a/3)}`;n.some(t=>t.value===e)||n.push({value:e,label:e})}}return{months:t,quarters:n}}function Ls(){return{options:(0,W.useMemo)(()=>({services:[],vendors:[],teams:[],categories:[],severities:Object.entries(tt).map(([e,t])=>({value:e,label:t})),tags:[],...Is()}),[])}}var Rs={EXECUTIVE:`Executive summary`,ENGINEERING:`Engineering deep-dive`,TEAM:`Team action list`,SUPPORT:`Support briefing`,CUSTOMER:`Customer-facing summary`,LEADERSHIP:`Leadership report`},zs={EXECUTIVE:`The top insight, the impact in business terms and the actions that matter, on one page.`,ENGINEERING:`Timeline, contributing factors and evidence, with every action and its owner.`,TEAM:`What each team owes: the actions with owners, due dates and status.`,SUPPORT:`What customers saw, what to tell them, and what changes.`,CUSTOMER:`What happened and what changes, without internal names or system details.`,LEADERSHIP:`Across the incidents of a period: top insights, charts, and the incidents and actions behind each figure.`},Bs=[`EXECUTIVE`,`ENGINEERING`,`TEAM`,`SUPPORT`,`CUSTOMER`],Vs=[...Bs,`LEADERSHIP`],Hs={TIMELINE_EVENT:`Timeline event`,PERSPECTIVE:`Perspective`,QUESTION:`Question`};function Us(e,t){if(!e||!t)return``;let n=new Date(new Date(t).getTime()-1).toISOString();return`${H(e)} – ${H(n)}`}function Ws(e,t){let n=`/reports/${encodeURIComponent(e)}`;return t?`${n}/versions/${t}`:n}B(`
  fragment ReportFields on Report {
    id
    version
    audience
    title
    body
    incidentID
    periodStart
    periodEnd
    scope
    generatedAt
    generatedBy {
      id
      name
    }
    publishedVersion
    publishedAt
    changedSincePublish
    link
    definitions {
      key
      label
      definition
    }
    template {
      id
      name
      internalDetails
      technicalDetail
    }
    incident {
      id
      title
    }
  }
`);var Gs=B(`
  query ReportPage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Report {
        ...ReportFields
        latest {
          id
          number
          title
          body
          scope
          generatedAt
          publishedAt
          definitions {
            key
            label
            definition
          }
          createdBy {
            id
            name
          }
        }
        publishedVersions {
          id
          number
          title
          publishedAt
          createdBy {
            id
            name
          }
        }
        trail {
          incident {
            id
            title
          }
          insight {
            id
            statement
            status
          }
          evidence {
            kind
            id
            summary
            link
          }
          actions {
            id
            title
            status
            dueAt
            overdue
            owner {
              id
              name
            }
          }
        }
      }
    }
  }
`),Ks=B(`
  query ReportMarkdown($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Report {
        title
        markdown
      }
      ... on ReportVersion {
        title
        markdown
      }
    }
  }
`),qs=B(`
  query ReportVersionPage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Report {
        title
        audience
        periodStart
        periodEnd
        incident {
          id
          title
        }
        publishedVersions {
          id
          number
          title
          body
          scope
          generatedAt
          publishedAt
          definitions {
            key
            label
            definition
          }
          createdBy {
            id
            name
          }
        }
      }
    }
  }
`),Js=B(`
  query ReportsList($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: ReportWhereInput) {
    reports(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: [{ field: UPDATED_AT, direction: DESC }]) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          title
          audience
          periodStart
          periodEnd
          publishedVersion
          publishedAt
          changedSincePublish
          updatedAt
          incident {
            id
            title
          }
        }
      }
    }
  }
`),Ys=B(`
  query IncidentReports($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        reports(first: 50, orderBy: [{ field: UPDATED_AT, direction: DESC }]) {
          totalCount
          edges {
            node {
              id
              title
              audience
              publishedVersion
              publishedAt
              changedSincePublish
            }
          }
        }
      }
    }
  }
`),Xs=B(`
  query ReportTemplateChoices($after: Cursor) {
    reportTemplates(first: 100, after: $after, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          audience
          description
        }
      }
    }
  }
`),Zs=B(`
  mutation GenerateReport($input: GenerateReportInput!) {
    generateReport(input: $input) {
      id
      title
    }
  }
`),Qs=B(`
  mutation UpdateReport($id: ID!, $version: Int!, $input: UpdateReportInput!) {
    updateReport(id: $id, version: $version, input: $input) {
      ...ReportFields
    }
  }
`),$s=B(`
  mutation RegenerateReport($id: ID!, $version: Int!) {
    regenerateReport(id: $id, version: $version) {
      ...ReportFields
    }
  }
`),ec=B(`
  mutation PublishReport($id: ID!, $version: Int!) {
    publishReport(id: $id, version: $version) {
      ...ReportFields
    }
  }
`),tc=B(`
  mutation DeleteReport($id: ID!) {
    deleteReport(id: $id)
  }
`),nc=B(`
  query ReportTemplatesAdmin($after: Cursor) {
    reportTemplates(first: 100, after: $after, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          audience
          name
          description
          body
          internalDetails
          technicalDetail
          updatedAt
        }
      }
    }
  }
`),rc=B(`
  query ReportPlaceholders {
    reportPlaceholders {
      name
      description
      internal
      technical
      crossIncident
    }
  }
`),ic=B(`
  mutation CreateReportTemplate($input: CreateReportTemplateInput!) {
    createReportTemplate(input: $input) {
      id
      version
      audience
      name
      description
      body
      internalDetails
      technicalDetail
      updatedAt
    }
  }
`),ac=B(`
  mutation UpdateReportTemplate($id: ID!, $version: Int!, $input: UpdateReportTemplateInput!) {
    updateReportTemplate(id: $id, version: $version, input: $input) {
      id
      version
      audience
      name
      description
      body
      internalDetails
      technicalDetail
      updatedAt
    }
  }
`),oc=e=>e.reportTemplates;function sc(e){let{nodes:t}=Sr(Xs,oc);return(0,W.useMemo)(()=>t.filter(t=>t.audience===e).map(e=>({value:e.id,label:e.name,description:e.description})),[t,e])}function cc({audience:e,value:t,onChange:n}){let r=sc(e),i=r.find(e=>e.value===t);return(0,q.jsx)(O,{label:`Template`,placeholder:r.length?`Default: ${r[0].label}`:`The audience’s default template`,description:i?.description??void 0,data:r,value:t,onChange:n,clearable:!0,comboboxProps:{withinPortal:!0}})}function lc({incidentID:e,onCancel:t}){let n=ye(),[r,a]=(0,W.useState)(`EXECUTIVE`),[s,c]=(0,W.useState)(null),[l,u]=P(Zs);return(0,q.jsx)(`form`,{onSubmit:async t=>{t.preventDefault();let i=await u({input:{audience:r,incidentID:e,templateID:s}});i.data&&n(Ws(i.data.generateReport.id))},"aria-label":`Generate a report`,children:(0,q.jsxs)(A,{gap:`md`,children:[(0,q.jsx)(T.Group,{label:`Audience`,value:r,onChange:e=>{a(e),c(null)},children:(0,q.jsx)(A,{gap:8,mt:6,children:Bs.map(e=>(0,q.jsx)(T,{value:e,label:Rs[e],description:zs[e]},e))})}),(0,q.jsx)(cc,{audience:r,value:s,onChange:c}),l.error?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,children:Y(l.error)}):null,(0,q.jsxs)(_,{justify:`flex-end`,children:[(0,q.jsx)(i,{variant:`default`,onClick:t,children:`Cancel`}),(0,q.jsx)(i,{type:`submit`,loading:l.fetching,children:`Generate draft`})]})]})})}function uc(){let e=ye(),{options:t}=Ls(),[n,r]=(0,W.useState)(``),[a,s]=(0,W.useState)(``),[c,l]=(0,W.useState)(``),[u,d]=(0,W.useState)(null),[f,p]=(0,W.useState)([]),[m,h]=(0,W.useState)([]),[g,b]=(0,W.useState)([]),[x,C]=P(Zs),w=X(x.error,[`title`,`filter`,`from`,`to`]),ee=!!n&&!!a&&n>a;return(0,q.jsx)(`form`,{onSubmit:async t=>{if(t.preventDefault(),!n||!a||ee)return;let r={from:As(n),to:js(a)};f.length&&(r.serviceIDs=f),m.length&&(r.teamIDs=m),g.length&&(r.severities=g);let i=await C({input:{audience:`LEADERSHIP`,filter:r,templateID:u,title:c.trim()||null}});i.data&&e(Ws(i.data.generateReport.id))},"aria-label":`New leadership report`,children:(0,q.jsxs)(A,{gap:`sm`,children:[(0,q.jsx)(v,{size:`sm`,c:`dimmed`,children:zs.LEADERSHIP}),(0,q.jsxs)(S,{cols:{base:1,sm:2,md:4},spacing:`sm`,children:[(0,q.jsx)(k,{type:`date`,label:`From`,required:!0,value:n,onChange:e=>r(e.currentTarget.value),error:w.fields.from}),(0,q.jsx)(k,{type:`date`,label:`To (inclusive)`,required:!0,value:a,onChange:e=>s(e.currentTarget.value),error:ee?`The period ends before it starts.`:w.fields.to}),(0,q.jsx)(k,{label:`Title`,placeholder:`By default from the period`,value:c,onChange:e=>l(e.currentTarget.value),error:w.fields.title}),(0,q.jsx)(cc,{audience:`LEADERSHIP`,value:u,onChange:d})]}),(0,q.jsxs)(S,{cols:{base:1,sm:3},spacing:`sm`,children:[(0,q.jsx)(Ln,{kind:`services`,label:`Services`,placeholder:`All`,value:f,onChange:p,clearable:!0}),(0,q.jsx)(Ln,{kind:`teams`,label:`Teams`,placeholder:`All`,value:m,onChange:h,clearable:!0}),(0,q.jsx)(y,{label:`Severities`,placeholder:`All`,data:t.severities,value:g,onChange:b,clearable:!0})]}),w.other?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,children:w.other}):null,(0,q.jsx)(_,{children:(0,q.jsx)(i,{type:`submit`,loading:x.fetching,disabled:!n||!a||ee,children:`Generate leadership report`})})]})})}function dc({incidentID:e}){let{viewer:n}=K(),r=Tt(n.role),[a,o]=(0,W.useState)(!1),s=(0,W.useMemo)(()=>({additionalTypenames:[`Report`]}),[]),[c,l]=F({query:Ys,variables:{id:e},context:s}),d=c.data?.node,f=d?.__typename===`Incident`?U(d.reports):[];return(0,q.jsxs)(Z,{id:`reports`,title:`Reports`,description:`What was learned, written for each audience: executives, engineers, teams, support and customers.`,aside:r?(0,q.jsx)(i,{size:`xs`,onClick:()=>o(!0),children:`Generate report`}):void 0,children:[c.error&&!c.data?(0,q.jsx)(z,{error:c.error,onRetry:()=>l({requestPolicy:`network-only`})}):c.data?f.length===0?(0,q.jsx)(Q,{children:r?`No reports yet: generate one for the audience that needs it.`:`No reports published yet.`}):(0,q.jsx)(A,{gap:`xs`,component:`ul`,style:{listStyle:`none`,margin:0,padding:0},"aria-label":`Reports on this incident`,children:f.map(e=>(0,q.jsxs)(_,{component:`li`,gap:`sm`,wrap:`wrap`,"data-testid":`incident-report`,children:[(0,q.jsx)(t,{component:M,to:Ws(e.id),fw:600,size:`sm`,children:e.title}),(0,q.jsx)(v,{size:`xs`,c:`dimmed`,children:Rs[e.audience]}),e.publishedVersion>0?(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`Version `,e.publishedVersion,`, published `,H(e.publishedAt)]}):(0,q.jsx)(u,{size:`xs`,color:`gray`,variant:`light`,children:`Draft`}),r&&e.publishedVersion>0&&e.changedSincePublish?(0,q.jsx)(u,{size:`xs`,color:`orange`,variant:`light`,children:`Changed since publication`}):null]},e.id))}):(0,q.jsx)(v,{size:`sm`,c:`dimmed`,children:`Loading the reports…`}),(0,q.jsx)(ce,{opened:a,onClose:()=>o(!1),title:`Generate a report`,size:`lg`,children:a?(0,q.jsx)(lc,{incidentID:e,onCancel:()=>o(!1)}):null})]})}var fc=B(`
  query IncidentResponse($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        suggestedWorkflows {
          id
          name
          description
          severities
          incidentTypes
          orderedSteps {
            id
          }
        }
        checklists {
          id
          name
          createdAt
          doneCount
          steps {
            id
            version
            position
            title
            guidance
            role
            doneAt
            note
            doneBy {
              id
              name
            }
          }
        }
      }
    }
  }
`),pc=B(`
  mutation AttachWorkflow($incidentID: ID!, $templateID: ID!) {
    attachWorkflow(incidentID: $incidentID, templateID: $templateID) {
      id
    }
  }
`),mc=B(`
  mutation SetChecklistItemDone($id: ID!, $version: Int!, $done: Boolean!, $note: String) {
    setChecklistItemDone(id: $id, version: $version, done: $done, note: $note) {
      id
      version
      doneAt
      note
      doneBy {
        id
        name
      }
    }
  }
`);function hc(){let{viewer:e}=K(),{incident:t,refetch:n}=J(),[r,a]=F({query:fc,variables:{id:t.id}});ua((0,W.useCallback)(e=>a(e),[a]));let s=r.data?.node,c=s?.__typename===`Incident`?s:null,u=e.role!==`VIEWER`,[d,f]=P(pc),p=async e=>{(await f({incidentID:t.id,templateID:e})).error||await n()};return(0,q.jsx)(Z,{id:`checklists`,title:`Checklists`,description:`Coordination workflows for this incident: who does what, ticked off as it is done.`,children:(0,q.jsx)(A,{gap:`md`,children:r.error&&!c?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,children:Y(r.error)}):c?(0,q.jsxs)(q.Fragment,{children:[c.suggestedWorkflows.length>0?(0,q.jsxs)(l,{bg:`indigo.0`,p:`sm`,radius:`md`,"aria-label":`Suggested workflows`,component:`section`,children:[(0,q.jsx)(v,{size:`sm`,fw:600,mb:6,children:`Suggested for this incident`}),(0,q.jsx)(A,{gap:6,children:c.suggestedWorkflows.map(e=>(0,q.jsxs)(_,{justify:`space-between`,wrap:`nowrap`,"data-testid":`suggested-workflow`,children:[(0,q.jsxs)(`div`,{style:{minWidth:0},children:[(0,q.jsxs)(v,{size:`sm`,fw:600,children:[e.name,` `,(0,q.jsxs)(v,{span:!0,size:`xs`,c:`dimmed`,fw:400,children:[V(e.orderedSteps.length,`step`),e.severities?.length?` · ${e.severities.map(e=>R(ze,e)).join(`, `)}`:``,e.incidentTypes?.length?` · ${e.incidentTypes.join(`, `)}`:``]})]}),e.description?(0,q.jsx)(v,{size:`xs`,c:`dimmed`,lineClamp:2,children:e.description}):null]}),u?(0,q.jsx)(i,{size:`xs`,variant:`light`,onClick:()=>p(e.id),loading:d.fetching,"aria-label":`Attach ${e.name}`,children:`Attach`}):null]},e.id))}),d.error?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:Y(d.error)}):null]}):null,(c.checklists??[]).length===0?(0,q.jsx)(Q,{children:`No checklist attached yet.`}):(c.checklists??[]).map(e=>(0,q.jsx)(gc,{checklist:e,canWrite:u},e.id))]}):(0,q.jsx)(v,{size:`sm`,c:`dimmed`,children:`Loading…`})})})}function gc({checklist:e,canWrite:t}){let n=(0,W.useMemo)(()=>[...e.steps].sort((e,t)=>e.position-t.position),[e.steps]),r=n.length;return(0,q.jsxs)(l,{withBorder:!0,radius:`md`,p:`md`,component:`section`,"aria-label":`Checklist: ${e.name}`,"data-testid":`checklist`,children:[(0,q.jsxs)(_,{justify:`space-between`,mb:`xs`,children:[(0,q.jsx)(v,{fw:700,children:e.name}),(0,q.jsxs)(v,{size:`sm`,c:`dimmed`,"data-testid":`checklist-progress`,children:[e.doneCount,`/`,r,` done`]})]}),(0,q.jsx)(ae,{value:r?100*e.doneCount/r:0,size:`sm`,mb:`sm`,"aria-label":`${e.doneCount} of ${r} steps done`}),(0,q.jsx)(A,{gap:`xs`,component:`ol`,style:{listStyle:`none`,padding:0,margin:0},children:n.map(e=>(0,q.jsx)(_c,{step:e,canWrite:t},e.id))})]})}function _c({step:e,canWrite:t}){let{refetch:n}=J(),[r,i]=(0,W.useState)(``),[a,s]=P(mc),[c,l]=(0,W.useState)(null),[d,f]=(0,W.useState)(null),p=!!e.doneAt,h=async t=>{l(null),f(t);try{let a=await s({id:e.id,version:e.version,done:t,note:t&&r.trim()?r.trim():null});if(qa(a.error)){l(`Someone else changed this step just before you; it now shows their change. Tick it again if it still needs changing.`),await n();return}a.error||(i(``),await n())}finally{f(null)}};return(0,q.jsx)(`li`,{"data-testid":`checklist-step`,children:(0,q.jsxs)(_,{gap:`sm`,align:`flex-start`,wrap:`nowrap`,children:[(0,q.jsx)(m,{checked:d??p,disabled:!t||a.fetching,onChange:e=>h(e.currentTarget.checked),"aria-label":e.title,mt:2}),(0,q.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,q.jsxs)(_,{gap:6,children:[(0,q.jsxs)(v,{size:`sm`,fw:500,td:p?`line-through`:void 0,c:p?`dimmed`:void 0,children:[e.position+1,`. `,e.title]}),e.role?(0,q.jsx)(u,{size:`xs`,variant:`light`,color:`gray`,tt:`none`,children:R(Xe,e.role)}):null]}),e.guidance&&!p?(0,q.jsx)($,{children:e.guidance}):null,p&&e.doneAt?(0,q.jsxs)(v,{size:`xs`,c:`teal.8`,"data-testid":`step-done-by`,children:[`Done by `,e.doneBy?.name??`someone`,` at `,qt(e.doneAt,Rt()),e.note?` — ${e.note}`:``]}):t?(0,q.jsx)(k,{size:`xs`,mt:4,maw:360,placeholder:`Note when done (optional), e.g. status page posted`,"aria-label":`Note for “${e.title}”`,value:r,onChange:e=>i(e.currentTarget.value)}):null,c?(0,q.jsx)(o,{color:`orange`,variant:`light`,role:`alert`,mt:4,p:`xs`,children:c}):a.error&&!qa(a.error)?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,mt:4,p:`xs`,children:Y(a.error)}):null]})]})})}var vc={INTERNAL:`Internal`,CUSTOMERS:`Customers`},yc={INTERNAL:`Colleagues: leadership, support, other teams`,CUSTOMERS:`Customers: the status page, email, social`},bc=[`INTERNAL`,`CUSTOMERS`],xc=[{name:`{{title}}`,help:`the incident's title`},{name:`{{severity}}`,help:`its severity, e.g. SEV2`},{name:`{{status}}`,help:`its status, e.g. Investigating`},{name:`{{started_at}}`,help:`when it started`},{name:`{{impact}}`,help:`the customer impact as written on the incident`},{name:`{{services}}`,help:`the services involved`},{name:`{{next_update}}`,help:`when the next update is due, from the guideline`},{name:`{{link}}`,help:`the incident's address in Debrief`}];B(`
  fragment StatusUpdateRow on StatusUpdate {
    id
    audience
    channel
    recipients
    body
    sentAt
    createdBy {
      id
      name
    }
  }
`);var Sc=B(`
  query IncidentStatusUpdates($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        statusUpdates(first: 100, orderBy: { field: SENT_AT, direction: DESC }) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...StatusUpdateRow
            }
          }
        }
      }
    }
  }
`),Cc=B(`
  query IncidentStatusUpdatesPage($id: ID!, $after: Cursor!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        statusUpdates(first: 100, after: $after, orderBy: { field: SENT_AT, direction: DESC }) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...StatusUpdateRow
            }
          }
        }
      }
    }
  }
`),wc=B(`
  query CommsAids {
    commsGuidelines(first: 10) {
      edges {
        node {
          id
          version
          audience
          body
          updateEveryMinutes
        }
      }
    }
  }
`),Tc=B(`
  query MessageTemplateChoices($after: Cursor) {
    messageTemplates(first: 100, after: $after, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          audience
          name
          body
        }
      }
    }
  }
`),Ec=B(`
  query RenderMessage($templateID: ID!, $incidentID: ID!) {
    renderMessage(templateID: $templateID, incidentID: $incidentID) {
      body
      missing
    }
  }
`),Dc=B(`
  mutation CreateStatusUpdate($input: CreateStatusUpdateInput!) {
    createStatusUpdate(input: $input) {
      id
      timelineEventID
    }
  }
`),Oc=[`STATUS_PAGE`,`EMAIL`,`SLACK`,`ZOOM`,`PHONE`,`PAGER`,`DEBRIEF`,`OTHER`];function kc(){let{viewer:e}=K(),{incident:t}=J(),[n,r]=F({query:Sc,variables:{id:t.id}});ua((0,W.useCallback)(e=>r(e),[r]));let i=n.data?.node,a=i?.__typename===`Incident`?i.statusUpdates:null,s=De(),c=(0,W.useCallback)(async e=>{let n=await s.query(Cc,{id:t.id,after:e},{requestPolicy:`network-only`}).toPromise(),r=n.data?.node;return{error:n.error,page:r?.__typename===`Incident`?r.statusUpdates:void 0}},[s,t.id]),{edges:l,...d}=xr(a??void 0,c),f=U({edges:l});return(0,q.jsx)(Z,{id:`status-updates`,title:`Status updates`,description:`What was said about this incident, to whom, where and when. Each one is on the timeline too.`,children:(0,q.jsxs)(A,{gap:`md`,children:[e.role===`VIEWER`?null:(0,q.jsx)(jc,{}),n.error&&!a?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,children:Y(n.error)}):a?f.length===0?(0,q.jsx)(Q,{children:`No status update logged yet.`}):(0,q.jsxs)(b.ScrollContainer,{minWidth:700,children:[(0,q.jsxs)(b,{verticalSpacing:`xs`,"aria-label":`Status updates sent`,striped:!0,children:[(0,q.jsx)(b.Thead,{children:(0,q.jsxs)(b.Tr,{children:[(0,q.jsx)(b.Th,{children:`Sent`}),(0,q.jsx)(b.Th,{children:`To`}),(0,q.jsx)(b.Th,{children:`Message`}),(0,q.jsx)(b.Th,{children:`By`})]})}),(0,q.jsx)(b.Tbody,{children:f.map(e=>(0,q.jsxs)(b.Tr,{"data-testid":`status-update`,children:[(0,q.jsx)(b.Td,{style:{whiteSpace:`nowrap`},children:(0,q.jsx)(v,{size:`sm`,children:L(e.sentAt)})}),(0,q.jsxs)(b.Td,{children:[(0,q.jsxs)(_,{gap:4,children:[(0,q.jsx)(u,{size:`xs`,variant:`light`,color:e.audience===`CUSTOMERS`?`orange`:`indigo`,children:R(vc,e.audience)}),(0,q.jsx)(u,{size:`xs`,variant:`outline`,color:`gray`,children:R(Ze,e.channel)})]}),(0,q.jsx)(v,{size:`xs`,c:`dimmed`,children:e.recipients})]}),(0,q.jsx)(b.Td,{children:(0,q.jsx)(v,{size:`sm`,style:{whiteSpace:`pre-wrap`},children:e.body})}),(0,q.jsx)(b.Td,{children:(0,q.jsx)(v,{size:`sm`,children:e.createdBy?.name??`—`})})]},e.id))})]}),(0,q.jsx)(br,{paging:d,shown:f.length,total:a.totalCount,what:`status updates`})]}):(0,q.jsx)(v,{size:`sm`,c:`dimmed`,children:`Loading…`})]})})}var Ac=e=>e.messageTemplates;function jc(){let{incident:e,refetch:t}=J(),n=De(),r=Rt(),[a]=F({query:wc}),[s,c]=(0,W.useState)(`INTERNAL`),[u,d]=(0,W.useState)(null),[f,p]=(0,W.useState)(``),[m,g]=(0,W.useState)([]),[y,b]=(0,W.useState)(null),[x,S]=(0,W.useState)(!1),[C,w]=(0,W.useState)(``),[ee,T]=(0,W.useState)(`SLACK`),[te,E]=(0,W.useState)(()=>Wt(new Date,r)),[D,ne]=P(Dc),re=U(a.data?.commsGuidelines).find(e=>e.audience===s),{nodes:ie}=Sr(Tc,Ac),ae=(0,W.useMemo)(()=>ie.filter(e=>e.audience===s),[ie,s]);return(0,q.jsx)(l,{withBorder:!0,radius:`md`,p:`md`,bg:`gray.0`,children:(0,q.jsx)(`form`,{onSubmit:async n=>{n.preventDefault();let i=Kt(te,r);(await ne({input:{incidentID:e.id,audience:s,channel:ee??`OTHER`,recipients:C.trim(),body:f.trim(),...i?{sentAt:i}:{}}})).error||(p(``),d(null),g([]),w(``),E(Wt(new Date,r)),await t())},"aria-label":`Log a status update`,children:(0,q.jsxs)(A,{gap:`sm`,children:[(0,q.jsxs)(_,{gap:`sm`,align:`center`,children:[(0,q.jsx)(v,{size:`sm`,fw:600,children:`Audience`}),(0,q.jsx)(se,{size:`xs`,value:s,onChange:e=>{c(e),d(null),g([])},data:bc.map(e=>({value:e,label:R(vc,e)})),"aria-label":`Audience`}),(0,q.jsx)(v,{size:`xs`,c:`dimmed`,children:yc[s]})]}),re?(0,q.jsxs)(l,{p:`xs`,radius:`sm`,withBorder:!0,"data-testid":`comms-guideline`,children:[(0,q.jsxs)(v,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,mb:2,children:[`Guidelines for `,R(vc,s).toLowerCase(),` updates`,re.updateEveryMinutes?` · update every ${re.updateEveryMinutes} minutes`:``]}),(0,q.jsx)($,{children:re.body})]}):(0,q.jsx)(v,{size:`xs`,c:`dimmed`,children:`No guidelines written for this audience yet.`}),(0,q.jsx)(O,{label:`Start from a template`,placeholder:ae.length?`Choose a message template`:`No templates for this audience`,data:ae.map(e=>({value:e.id,label:e.name})),value:u,onChange:async t=>{if(d(t),b(null),g([]),!t)return;S(!0);let r=await n.query(Ec,{templateID:t,incidentID:e.id},{requestPolicy:`network-only`}).toPromise();S(!1),r.error||!r.data?b(Y(r.error)??`The template could not be filled in.`):(p(r.data.renderMessage.body),g(r.data.renderMessage.missing))},clearable:!0,disabled:ae.length===0,size:`xs`,maw:420}),(0,q.jsx)(h,{label:`Message`,required:!0,autosize:!0,minRows:3,value:f,onChange:e=>p(e.currentTarget.value),disabled:x,description:m.length?`Not known for this incident yet, fill in by hand: ${m.join(`, `)}`:void 0}),y?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:y}):null,(0,q.jsxs)(_,{gap:`sm`,align:`flex-end`,wrap:`wrap`,children:[(0,q.jsx)(k,{label:`Recipients`,required:!0,placeholder:`#exec-updates, all customers…`,value:C,onChange:e=>w(e.currentTarget.value),size:`xs`,w:240}),(0,q.jsx)(O,{label:`Channel`,data:Oc.map(e=>({value:e,label:R(Ze,e)})),value:ee,onChange:T,allowDeselect:!1,size:`xs`,w:160}),(0,q.jsx)(k,{label:`Sent at (${r})`,type:`datetime-local`,value:te,onChange:e=>E(e.currentTarget.value),size:`xs`,w:220}),(0,q.jsx)(i,{type:`submit`,size:`xs`,loading:D.fetching,disabled:!f.trim()||!C.trim(),children:`Log update`})]}),D.error?(0,q.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:Y(D.error)}):null]})})})}function Mc(){return(0,q.jsxs)(q.Fragment,{children:[(0,q.jsx)(hc,{}),(0,q.jsx)(kc,{})]})}function Nc(e,t,n){let r=De(),i=(0,W.useCallback)(t=>at(r,n,e,t),[r,n,e]);return xr(t?.[n],i)}function Pc(e,t){let n=Nc(e,t,`timelineEvents`),r=Nc(e,t,`participants`),i=Nc(e,t,`perspectives`),a=Nc(e,t,`questions`),o=Nc(e,t,`comments`),s=(0,W.useMemo)(()=>t&&{...t,timelineEvents:{...t.timelineEvents,edges:n.edges},participants:{...t.participants,edges:r.edges},perspectives:{...t.perspectives,edges:i.edges},questions:{...t.questions,edges:a.edges},comments:{...t.comments,edges:o.edges}},[t,n.edges,r.edges,i.edges,a.edges,o.edges]),c=(0,W.useMemo)(()=>{let e=({loading:e,missing:t,error:n,retry:r,capped:i})=>({loading:e,missing:t,error:n,retry:r,capped:i});return{timelineEvents:e(n),participants:e(r),perspectives:e(i),questions:e(a),comments:e(o)}},[n,r,i,a,o]),{settle:l}=n,{settle:u}=r,{settle:d}=i,{settle:f}=a,{settle:p}=o;return{incident:s,paging:c,settle:(0,W.useCallback)(async e=>{await Promise.all([l(e.timelineEvents),u(e.participants),d(e.perspectives),f(e.questions),p(e.comments)])},[l,u,d,f,p])}}function Fc(){let{id:e=``}=we(),[n,r]=F({query:it,variables:{id:e}}),i=De(),a=n.data?.node,o=a?.__typename===`Incident`?a:void 0,{incident:c,paging:d,settle:f}=Pc(e,o),p=(0,W.useCallback)(async()=>{let t=await new Promise(t=>{let n=!1,r=i.query(it,{id:e},{requestPolicy:`network-only`}).subscribe(e=>{n||e.stale||(n=!0,t(e),queueMicrotask(()=>r.unsubscribe()))})}),n=t.data?.node;return n?.__typename===`Incident`&&await f(n),t},[i,e,f]),m=ia(e,p);G(c?.title??(n.fetching?`Incident`:`Incident not found`));let h=(0,q.jsxs)(s,{"aria-label":`Breadcrumb`,children:[(0,q.jsx)(t,{component:M,to:`/incidents`,size:`sm`,children:`Incidents`}),c?(0,q.jsx)(v,{size:`sm`,c:`dimmed`,lineClamp:1,children:c.title}):null]});if(n.error&&!c){let e=n.error.graphQLErrors.some(e=>e.extensions?.code===`NOT_FOUND`||e.extensions?.code===`BAD_USER_INPUT`);return(0,q.jsxs)(A,{children:[h,(0,q.jsx)(j,{order:1,children:e?`Incident not found`:`This incident could not be loaded`}),(0,q.jsx)(z,{error:n.error,onRetry:()=>r({requestPolicy:`network-only`})})]})}if(!c)return n.fetching||!n.data?(0,q.jsxs)(A,{children:[h,(0,q.jsx)(I,{what:`the incident`})]}):(0,q.jsxs)(A,{gap:`sm`,children:[h,(0,q.jsx)(j,{order:1,children:`Incident not found`}),(0,q.jsx)(v,{c:`dimmed`,children:`There is no incident with this address, or you do not have access to it.`}),(0,q.jsx)(t,{component:M,to:`/incidents`,children:`Back to all incidents`})]});let g=U(c.services),y=U(c.vendors),b=U(c.tags),x=c.board?.openQuestions??U(c.questions).filter(e=>e.status===`OPEN`).length,C=[{id:`timeline`,label:`Timeline`,count:c.timelineEvents.totalCount},{id:`checklists`,label:`Checklists`},{id:`status-updates`,label:`Status updates`},{id:`participants`,label:`Participants`,count:c.participants.totalCount},{id:`perspectives`,label:`Perspectives`,count:c.perspectives.totalCount},{id:`questions`,label:`Open questions`,count:x},{id:`comments`,label:`Discussion`,count:c.comments.totalCount},{id:`insights`,label:`Insights`},{id:`actions`,label:`Action items`,count:c.actionItems.totalCount},{id:`reports`,label:`Reports`},{id:`related`,label:`Related incidents`},{id:`context`,label:`Context`}];return(0,q.jsx)(Ft,{value:{incident:c,refetch:p,paging:d,answer:o},children:(0,q.jsx)(oa,{value:m.fresh,children:(0,q.jsxs)(A,{gap:`lg`,children:[h,n.error?(0,q.jsx)(z,{error:n.error}):null,(0,q.jsx)(l,{withBorder:!0,radius:`md`,p:`lg`,component:`header`,className:m.fresh.has(c.id)?`incident-header is-fresh`:`incident-header`,children:(0,q.jsxs)(A,{gap:`md`,children:[(0,q.jsxs)(_,{justify:`space-between`,gap:`xs`,children:[(0,q.jsxs)(_,{gap:`xs`,children:[(0,q.jsx)(Di,{severity:c.severity,size:`lg`}),(0,q.jsx)(Oi,{status:c.status,size:`lg`}),c.restricted?(0,q.jsx)(u,{color:`grape`,variant:`light`,size:`lg`,radius:`sm`,children:`Restricted`}):null]}),(0,q.jsx)(la,{status:m.status,syncing:m.syncing})]}),(0,q.jsx)(j,{order:1,className:`incident-title`,children:c.title}),(0,q.jsx)(v,{size:`xs`,c:`dimmed`,children:Pe[c.severity]}),c.summary?(0,q.jsx)($,{size:`md`,children:c.summary}):(0,q.jsx)(v,{c:`dimmed`,fs:`italic`,children:`No summary written yet.`}),(0,q.jsxs)(S,{cols:{base:1,md:2},spacing:`lg`,children:[(0,q.jsxs)(l,{bg:`red.0`,p:`md`,radius:`md`,component:`section`,"aria-labelledby":`impact-heading`,children:[(0,q.jsx)(j,{order:2,size:`h5`,id:`impact-heading`,mb:4,children:`Customer impact`}),c.customerImpact?(0,q.jsx)($,{children:c.customerImpact}):(0,q.jsx)(v,{size:`sm`,c:`dimmed`,children:`Not described yet.`}),c.customersAffected==null?null:(0,q.jsxs)(v,{size:`sm`,fw:600,mt:`xs`,children:[`About `,c.customersAffected.toLocaleString(),` customers affected`]})]}),(0,q.jsxs)(l,{bg:`gray.0`,p:`md`,radius:`md`,component:`section`,"aria-labelledby":`review-heading`,children:[(0,q.jsx)(j,{order:2,size:`h5`,id:`review-heading`,mb:4,children:`Review`}),(0,q.jsxs)(`dl`,{className:`facts`,children:[(0,q.jsx)(`dt`,{children:`Format`}),(0,q.jsx)(`dd`,{children:c.reviewMode?R(et,c.reviewMode):`Not chosen yet`}),(0,q.jsx)(`dt`,{children:`Due`}),(0,q.jsx)(`dd`,{children:c.reviewDueAt?L(c.reviewDueAt):`No date set`}),(0,q.jsx)(`dt`,{children:`Facilitator`}),(0,q.jsx)(`dd`,{children:c.facilitator?.name??`Nobody yet`})]}),(0,q.jsx)(Os,{incident:c})]})]}),(0,q.jsx)(Ra,{incident:c}),(0,q.jsxs)(S,{cols:{base:1,sm:3},spacing:`md`,children:[(0,q.jsx)(Ic,{title:`Services`,empty:`None named`,items:g.map(e=>({id:e.id,name:e.name,hint:R(nt,e.kind),to:`/services/${encodeURIComponent(e.id)}`}))}),(0,q.jsx)(Ic,{title:`Vendors`,empty:`None involved`,items:y.map(e=>({id:e.id,name:e.name}))}),(0,q.jsx)(Ic,{title:`Tags`,empty:`No tags`,items:b.map(e=>({id:e.id,name:e.name}))})]})]})}),(0,q.jsx)(`nav`,{"aria-label":`Sections of this incident`,className:`section-nav`,children:C.map(e=>(0,q.jsxs)(`a`,{href:`#${e.id}`,children:[e.label,` `,e.count==null?null:(0,q.jsx)(`span`,{className:`count`,children:e.count})]},e.id))}),(0,q.jsx)(us,{incident:c}),(0,q.jsx)(Mc,{}),(0,q.jsx)(Ga,{incident:c}),(0,q.jsx)(Ho,{incident:c}),(0,q.jsx)(Xo,{incident:c}),(0,q.jsx)(So,{incident:c}),(0,q.jsx)(Ts,{incident:c}),(0,q.jsx)(La,{incident:c}),(0,q.jsx)(ha,{incident:c}),(0,q.jsx)(dc,{incidentID:c.id}),(0,q.jsx)(ms,{incidentID:c.id}),(0,q.jsx)(ws,{incidentID:c.id}),(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,ta:`center`,children:[V(c.timelineEvents.totalCount,`timeline event`),` · `,V(c.participants.totalCount,`participant`),` ·`,` `,V(c.actionItems.totalCount,`action item`)]})]})})})}function Ic({title:e,items:t,empty:n}){return(0,q.jsxs)(`div`,{children:[(0,q.jsx)(v,{size:`xs`,tt:`uppercase`,fw:700,c:`dimmed`,mb:6,children:e}),t.length===0?(0,q.jsx)(v,{size:`sm`,c:`dimmed`,children:n}):(0,q.jsx)(_,{gap:6,children:t.map(e=>e.to?(0,q.jsx)(u,{component:M,to:e.to,variant:`light`,color:`indigo`,radius:`sm`,size:`md`,title:e.hint,style:{cursor:`pointer`},children:e.name},e.id):(0,q.jsx)(u,{variant:`light`,color:`gray`,radius:`sm`,size:`md`,title:e.hint,children:e.name},e.id))})]})}function Lc(){return G(`Page not found`),(0,q.jsxs)(A,{gap:`sm`,py:`xl`,children:[(0,q.jsx)(j,{order:1,children:`Page not found`}),(0,q.jsx)(v,{c:`dimmed`,children:`There is no page at this address.`}),(0,q.jsx)(t,{component:M,to:`/incidents`,children:`Go to the list of incidents`})]})}var Rc=B(`
  query SearchResults($query: String!, $kinds: [SearchKind!], $first: Int, $after: Cursor) {
    search(query: $query, kinds: $kinds, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          kind
          title
          snippet
          score
          incident {
            id
            title
          }
          record {
            __typename
            ... on Incident {
              id
            }
            ... on TimelineEvent {
              id
            }
            ... on Perspective {
              id
            }
            ... on Insight {
              id
            }
            ... on ActionItem {
              id
            }
          }
        }
      }
    }
  }
`),zc={INCIDENT:`Incident`,TIMELINE_EVENT:`Timeline event`,PERSPECTIVE:`Perspective`,INSIGHT:`Insight`,ACTION_ITEM:`Action item`};function Bc(e){if(!e.incident)return null;let t=`/incidents/${encodeURIComponent(e.incident.id)}`,n=`id`in e.record?e.record.id:``;switch(e.kind){case`TIMELINE_EVENT`:return`${t}#timeline`;case`PERSPECTIVE`:return`${t}#perspectives`;case`INSIGHT`:return`${t}#insight-${n}`;case`ACTION_ITEM`:return`${t}#action-${n}`;default:return t}}function Vc(e){let t=[],n=/«([^»]*)»/g,r=0;for(let i=n.exec(e);i;i=n.exec(e))i.index>r&&t.push({text:e.slice(r,i.index),match:!1}),t.push({text:i[1],match:!0}),r=i.index+i[0].length;return r<e.length&&t.push({text:e.slice(r).replace(/[«»]/g,``),match:!1}),t}function Hc({snippet:e}){return(0,q.jsx)(v,{size:`sm`,"data-testid":`snippet`,children:Vc(e).map((e,t)=>(0,q.jsx)(W.Fragment,{children:e.match?(0,q.jsx)(le,{color:`yellow`,children:e.text}):e.text},t))})}function Uc({hit:e}){let n=Bc(e);return(0,q.jsx)(l,{withBorder:!0,radius:`md`,p:`sm`,component:`li`,"data-testid":`search-hit`,style:{listStyle:`none`},children:(0,q.jsxs)(A,{gap:4,children:[(0,q.jsxs)(_,{gap:`xs`,children:[(0,q.jsx)(u,{size:`sm`,variant:`light`,radius:`sm`,children:zc[e.kind]??e.kind}),n?(0,q.jsx)(t,{component:M,to:n,fw:600,size:`sm`,children:e.title}):(0,q.jsx)(v,{fw:600,size:`sm`,children:e.title})]}),(0,q.jsx)(Hc,{snippet:e.snippet}),e.incident&&e.kind!==`INCIDENT`?(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`In `,e.incident.title]}):null]})})}var Wc=20;function Gc({q:e,kinds:t,after:n,onMore:r}){let[a,o]=F({query:Rc,variables:{query:e,kinds:t.length?t:null,first:Wc,after:n}}),s=a.data?.search;return a.error&&!s?(0,q.jsx)(z,{error:a.error,onRetry:()=>o({requestPolicy:`network-only`})}):s?(0,q.jsxs)(A,{gap:`sm`,children:[n?null:(0,q.jsx)(v,{size:`sm`,role:`status`,"data-testid":`search-count`,children:s.totalCount?`${V(s.totalCount,`match`,`matches`)} for “${e}”`:`Nothing matches “${e}”.`}),(0,q.jsx)(A,{component:`ol`,gap:`xs`,p:0,m:0,"aria-label":`Search results`,children:s.edges.map(e=>(0,q.jsx)(Uc,{hit:e.node},e.cursor))}),s.pageInfo.hasNextPage&&s.pageInfo.endCursor?(0,q.jsx)(i,{variant:`default`,size:`xs`,onClick:()=>r(s.pageInfo.endCursor),style:{alignSelf:`flex-start`},children:`More results`}):null]}):(0,q.jsx)(I,{what:`the results`})}function Kc(){let[e,t]=he(),n=(e.get(`q`)??``).trim(),r=(e.get(`kinds`)??``).split(`,`).filter(e=>e in zc),[i,a]=(0,W.useState)([null]);return G(n?`Search: ${n}`:`Search`),(0,W.useEffect)(()=>a([null]),[n,r.join(`,`)]),(0,q.jsxs)(A,{gap:`md`,children:[(0,q.jsx)(j,{order:1,children:`Search`}),(0,q.jsx)(d.Group,{multiple:!0,value:r,onChange:n=>{let r=new URLSearchParams(e);n.length?r.set(`kinds`,n.join(`,`)):r.delete(`kinds`),t(r,{replace:!0})},children:(0,q.jsx)(_,{gap:`xs`,role:`group`,"aria-label":`Only these kinds`,children:Object.entries(zc).map(([e,t])=>(0,q.jsx)(d,{value:e,size:`xs`,children:t},e))})}),n?i.map((e,t)=>(0,q.jsx)(Gc,{q:n,kinds:r,after:e,onMore:e=>t===i.length-1&&a([...i,e])},e??`first`)):(0,q.jsx)(v,{c:`dimmed`,children:`Type words in the search box above: “quoted phrases”, or, and -excluded words work.`})]})}var qc=B(`
  query ServicePage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Service {
        id
        name
        kind
        description
        ownerTeam {
          id
          name
        }
        vendor {
          id
          name
        }
        incidents(first: 50, orderBy: [{ field: STARTED_AT, direction: DESC }]) {
          totalCount
          edges {
            node {
              id
              title
              severity
              status
              startedAt
            }
          }
        }
        relatedIncidents(first: 10) {
          ...RelatedIncidentFields
        }
      }
    }
  }
`);function Jc(){let{id:e=``}=we(),[n,r]=F({query:qc,variables:{id:e}}),i=n.data?.node,a=i?.__typename===`Service`?i:void 0;if(G(a?.name??`Service`),n.error&&!a)return(0,q.jsx)(z,{error:n.error,onRetry:()=>r({requestPolicy:`network-only`})});if(!a)return n.fetching||!n.data?(0,q.jsx)(I,{what:`the service`}):(0,q.jsxs)(A,{children:[(0,q.jsx)(j,{order:1,children:`Service not found`}),(0,q.jsx)(t,{component:M,to:`/insights`,children:`Back to insights`})]});let o=U(a.incidents);return(0,q.jsxs)(A,{gap:`lg`,children:[(0,q.jsxs)(s,{"aria-label":`Breadcrumb`,children:[(0,q.jsx)(t,{component:M,to:`/insights?by=SERVICE&services=${encodeURIComponent(a.id)}`,size:`sm`,children:`Insights`}),(0,q.jsx)(v,{size:`sm`,c:`dimmed`,children:a.name})]}),(0,q.jsxs)(`div`,{children:[(0,q.jsx)(j,{order:1,children:a.name}),(0,q.jsxs)(v,{c:`dimmed`,size:`sm`,children:[R(nt,a.kind),a.ownerTeam?` · owned by ${a.ownerTeam.name}`:``,a.vendor?` · provided by ${a.vendor.name}`:``]}),a.description?(0,q.jsx)(v,{mt:`xs`,children:a.description}):null]}),(0,q.jsxs)(S,{cols:{base:1,md:2},spacing:`lg`,children:[(0,q.jsxs)(l,{withBorder:!0,radius:`md`,p:`lg`,component:`section`,"aria-labelledby":`service-incidents-heading`,children:[(0,q.jsxs)(j,{order:2,size:`h3`,id:`service-incidents-heading`,mb:`sm`,children:[`Incidents (`,a.incidents.totalCount,`)`]}),o.length===0?(0,q.jsx)(v,{size:`sm`,c:`dimmed`,fs:`italic`,children:`No incidents in this service.`}):(0,q.jsx)(x,{listStyleType:`none`,spacing:`xs`,"aria-label":`Incidents in ${a.name}`,children:o.map(e=>(0,q.jsxs)(x.Item,{children:[(0,q.jsx)(t,{component:M,to:`/incidents/${encodeURIComponent(e.id)}`,size:`sm`,fw:600,children:e.title}),(0,q.jsxs)(_,{gap:6,mt:2,children:[(0,q.jsx)(Di,{severity:e.severity,size:`sm`}),(0,q.jsx)(Oi,{status:e.status,size:`sm`}),(0,q.jsx)(v,{span:!0,size:`xs`,c:`dimmed`,children:H(e.startedAt)})]})]},e.id))}),a.incidents.totalCount>o.length?(0,q.jsxs)(v,{size:`xs`,c:`dimmed`,mt:`xs`,children:[`The latest `,V(o.length,`incident`),` of `,a.incidents.totalCount,`.`]}):null]}),(0,q.jsxs)(l,{withBorder:!0,radius:`md`,p:`lg`,component:`section`,"aria-labelledby":`service-related-heading`,children:[(0,q.jsx)(j,{order:2,size:`h3`,id:`service-related-heading`,mb:`xs`,children:`Related incidents elsewhere`}),(0,q.jsx)(v,{size:`sm`,c:`dimmed`,mb:`sm`,children:`Incidents in other services that share factor categories, vendors or unusual words with this service’s own.`}),(0,q.jsx)(ps,{related:a.relatedIncidents,empty:`No related incidents elsewhere.`})]})]})]})}var Yc=B(`
  query SignedOutServerInfo {
    serverInfo {
      devLogin
    }
  }
`);function Xc(){G(`Signed out`);let[{data:e}]=F({query:Yc});return(0,q.jsxs)(`div`,{className:`signed-out`,children:[e?.serverInfo.devLogin?(0,q.jsx)(Et,{}):null,(0,q.jsx)(D,{size:`xs`,py:64,children:(0,q.jsx)(l,{withBorder:!0,p:`xl`,radius:`md`,children:(0,q.jsxs)(A,{gap:`md`,align:`flex-start`,children:[(0,q.jsx)(j,{order:1,children:`You are signed out`}),(0,q.jsx)(v,{c:`dimmed`,children:`Your Debrief session has ended on this browser.`}),(0,q.jsx)(i,{component:`a`,href:ut(`/`),children:`Sign in again`})]})})})]})}var Zc=`modulepreload`,Qc=function(e){return`/`+e},$c={},el=function(e){return e.pathname.endsWith(`.css`)},tl=function(e,t,n){if(t in e)return e[t];let r=n();if(!r){e[t]=void 0;return}let i=r.then(()=>{e[t]=void 0},n=>{throw e[t]=void 0,n});return e[t]=i,i},nl=function(e,t,n){let r=Promise.resolve();if(t&&t.length>0){let e,i=document.querySelector(`meta[property=csp-nonce]`),a=i?.nonce||i?.getAttribute(`nonce`);function o(e){return Promise.all(e.map(e=>Promise.resolve(e).then(e=>({status:`fulfilled`,value:e}),e=>({status:`rejected`,reason:e}))))}function s(e){return import.meta.resolve?new URL(import.meta.resolve(e)):new URL(e,import.meta.url)}r=o(t.map(t=>{t=Qc(t,n);let r=s(t),i=el(r);return tl($c,r.href,()=>{if(e===void 0){e={all:new Set,styles:new Set};let t=document.getElementsByTagName(`link`);for(let n=t.length-1;n>=0;n--){let r=t[n];e.all.add(r.href),r.rel===`stylesheet`&&e.styles.add(r.href)}}if((i?e.styles:e.all).has(r.href))return;let t=document.createElement(`link`);if(t.rel=i?`stylesheet`:Zc,i||(t.as=`script`),t.crossOrigin=``,t.href=r.href,a&&t.setAttribute(`nonce`,a),document.head.appendChild(t),i)return new Promise((e,n)=>{let i=a=>{t.removeEventListener(`load`,i),t.removeEventListener(`error`,i),a.type===`error`?n(Error(`Unable to preload CSS for ${r}`)):e(a)};t.addEventListener(`load`,i),t.addEventListener(`error`,i)})})}).filter(e=>e!==void 0))}function i(e){let t=new Event(`vite:preloadError`,{cancelable:!0});if(t.payload=e,window.dispatchEvent(t),!t.defaultPrevented)throw e}return r.then(t=>{for(let e of t||[])e.status===`rejected`&&i(e.reason);return e().catch(i)})},rl=(0,W.lazy)(()=>nl(()=>import(`./InsightsPage-C08jNBjs.js`).then(e=>({default:e.InsightsPage})),__vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11]))),il=(0,W.lazy)(()=>nl(()=>import(`./ReportsPage-SAjih1Pa.js`).then(e=>({default:e.ReportsPage})),__vite__mapDeps([12,1,4,3,5,7,8,11]))),al=(0,W.lazy)(()=>nl(()=>import(`./ReportPage-CcawXw2I.js`).then(e=>({default:e.ReportPage})),__vite__mapDeps([13,1,4,3,5,7,8,10,14]))),ol=(0,W.lazy)(()=>nl(()=>import(`./ReportPage-CcawXw2I.js`).then(e=>({default:e.ReportVersionPage})),__vite__mapDeps([13,1,4,3,5,7,8,10,14]))),sl=(0,W.lazy)(()=>nl(()=>import(`./DirectoryPage-BifG2ux_.js`).then(e=>({default:e.DirectoryPage})),__vite__mapDeps([15,1,4,3,5,7,8,11]))),cl=(0,W.lazy)(()=>nl(()=>import(`./ReportTemplatesPage-BitJqm0L.js`).then(e=>({default:e.ReportTemplatesPage})),__vite__mapDeps([16,1,4,3,5,7,8]))),ll=(0,W.lazy)(()=>nl(()=>import(`./WorkflowsPage-BWXu7qo-.js`).then(e=>({default:e.WorkflowsPage})),__vite__mapDeps([17,1,4,3,5,7,8]))),ul=(0,W.lazy)(()=>nl(()=>import(`./CommsPage-D11-k4Uw.js`).then(e=>({default:e.CommsPage})),__vite__mapDeps([18,1,4,3,5,7,8,11])));function dl(e,t){return(0,q.jsx)(W.Suspense,{fallback:(0,q.jsx)(I,{what:t}),children:e})}function fl(){return(0,q.jsxs)(Se,{children:[(0,q.jsx)(N,{path:bt,element:(0,q.jsx)(Xc,{})}),(0,q.jsxs)(N,{element:(0,q.jsx)(Ct,{children:(0,q.jsx)(un,{})}),children:[(0,q.jsx)(N,{index:!0,element:(0,q.jsx)(Fi,{})}),(0,q.jsx)(N,{path:`incidents`,element:(0,q.jsx)(Fi,{})}),(0,q.jsx)(N,{path:`incidents/:id`,element:(0,q.jsx)(Fc,{})}),(0,q.jsx)(N,{path:`actions`,element:(0,q.jsx)(mr,{})}),(0,q.jsx)(N,{path:`follow-through`,element:(0,q.jsx)(ni,{})}),(0,q.jsx)(N,{path:`reports`,element:dl((0,q.jsx)(il,{}),`reports`)}),(0,q.jsx)(N,{path:`reports/:id`,element:dl((0,q.jsx)(al,{}),`the report`)}),(0,q.jsx)(N,{path:`reports/:id/versions/:number`,element:dl((0,q.jsx)(ol,{}),`the report`)}),(0,q.jsx)(N,{path:`inbox`,element:(0,q.jsx)(Ti,{})}),(0,q.jsx)(N,{path:`insights`,element:dl((0,q.jsx)(rl,{}),`insights`)}),(0,q.jsx)(N,{path:`search`,element:(0,q.jsx)(Kc,{})}),(0,q.jsx)(N,{path:`services/:id`,element:(0,q.jsx)(Jc,{})}),(0,q.jsx)(N,{path:`directory`,element:dl((0,q.jsx)(sl,{}),`the directory`)}),(0,q.jsx)(N,{path:`import`,element:(0,q.jsx)(bi,{})}),(0,q.jsxs)(N,{path:`admin`,element:(0,q.jsx)(_r,{}),children:[(0,q.jsx)(N,{index:!0,element:(0,q.jsx)(ve,{to:`taxonomy`,replace:!0})}),(0,q.jsx)(N,{path:`taxonomy`,element:(0,q.jsx)(Or,{})}),(0,q.jsx)(N,{path:`webhooks`,element:(0,q.jsx)(Wr,{})}),(0,q.jsx)(N,{path:`report-templates`,element:dl((0,q.jsx)(cl,{}),`report templates`)}),(0,q.jsx)(N,{path:`workflows`,element:dl((0,q.jsx)(ll,{}),`workflows`)}),(0,q.jsx)(N,{path:`comms`,element:dl((0,q.jsx)(ul,{}),`communication`)})]}),(0,q.jsx)(N,{path:`*`,element:(0,q.jsx)(Lc,{})})]})]})}var pl=Ne({onResult(e){vt(e.error)&&gt()}}),ml=Ee({forwardSubscription(e){let t={...e,query:e.query||``};return{subscribe(e){return{unsubscribe:Zi.subscribe(t,e)}}}}}),hl=new je({url:`/graphql`,exchanges:[Te,pl,Oe,ml],preferGetMethod:!1,requestPolicy:`cache-and-network`,fetchOptions:{credentials:`same-origin`,headers:{Accept:`application/json`,...lt}}}),gl=ee({primaryColor:`indigo`,defaultRadius:`md`,fontFamily:`Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`,headings:{fontFamily:`Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`,fontWeight:`650`},components:{Badge:u.extend({defaultProps:{tt:`none`}})}});(0,ct.createRoot)(document.getElementById(`root`)).render((0,q.jsx)(W.StrictMode,{children:(0,q.jsx)(re,{theme:gl,defaultColorScheme:`light`,children:(0,q.jsx)(Ae,{value:hl,children:(0,q.jsx)(Ce,{children:(0,q.jsx)(fl,{})})})})}));export{io as A,ar as B,Us as C,Ps as D,Ms as E,Di as F,Qt as G,X as H,Oi as I,Bt as J,Zt as K,Sr as L,ao as M,qa as N,Ss as O,$ as P,G as Q,br as R,Hs as S,Ls as T,fn as U,Ln as V,Yt as W,Tt as X,Y,K as Z,Qs as _,xc as a,zs as b,tc as c,Ks as d,Gs as f,Js as g,qs as h,bc as i,eo as j,oo as k,ec as l,nc as m,yc as n,uc as o,rc as p,Xt as q,vc as r,ic as s,nl as t,$s as u,ac as v,Ws as w,Rs as x,Vs as y,or as z};