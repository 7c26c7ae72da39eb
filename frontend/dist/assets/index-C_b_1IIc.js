const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/InsightsPage-DgRICMSk.js","assets/rolldown-runtime-XKyaHtl9.js","assets/charts-0NPb254Z.js","assets/mantine-BofZ7yjn.js","assets/react-ChuVQnjQ.js","assets/mantine-MrxVXM7H.css","assets/charts-CmJwn1CT.css","assets/vendor-DqmFq54U.js","assets/format-BDnBXdgX.js","assets/TrendChart-HWaT5sfT.js","assets/dimensions-4FmIW2mg.js","assets/query-DwUaP1cO.js","assets/ReportsPage-BQJsbO0U.js","assets/ReportPage-B2GbYrW2.js","assets/ReportPage-9-ljPtPg.css","assets/DirectoryPage-SbaYSgaX.js","assets/ReportTemplatesPage-Dw2l-O5C.js","assets/WorkflowsPage-oY1la9Wm.js","assets/CommsPage-CSdJnqQK.js","assets/TagsPage-DvzRw6zH.js","assets/PeoplePage-BVEGVtUI.js","assets/OrgPage-COSMIvPm.js","assets/TokensPage-BlhMuWq8.js"])))=>i.map(i=>d[i]);
import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{$ as t,A as n,B as r,C as i,D as a,E as o,G as s,H as c,I as l,J as u,K as d,L as f,N as p,O as m,P as h,R as g,S as _,T as v,U as y,V as b,W as x,X as S,Y as C,Z as w,_ as T,a as E,at as D,b as O,c as k,d as ee,f as A,ft as te,h as ne,i as re,j as ie,k as ae,l as j,m as oe,n as M,o as se,p as ce,rt as le,s as N,t as P,u as ue,ut as de,v as fe,w as pe,x as me,y as F,z as he}from"./mantine-BofZ7yjn.js";import{a as ge,c as _e,d as ve,f as ye,h as be,i as xe,l as Se,n as I,o as L,p as Ce,r as we,s as Te,t as Ee,u as De}from"./react-ChuVQnjQ.js";import{a as R,c as Oe,d as ke,i as Ae,l as je,n as Me,o as z,r as Ne,s as Pe,t as Fe,u as Ie}from"./vendor-DqmFq54U.js";import{A as Le,C as Re,D as ze,E as Be,O as Ve,S as He,T as Ue,_ as We,a as Ge,b as Ke,c as B,d as V,f as qe,g as Je,h as Ye,i as Xe,j as H,k as U,l as Ze,m as W,n as Qe,o as $e,p as et,r as tt,s as nt,t as rt,u as it,v as at,w as ot,x as st,y as ct}from"./format-BDnBXdgX.js";import{n as lt,r as G,t as ut}from"./query-DwUaP1cO.js";import{i as dt,r as ft}from"./dimensions-4FmIW2mg.js";(function(){let e=document.createElement(`link`).relList;if(e&&e.supports&&e.supports(`modulepreload`))return;for(let e of document.querySelectorAll(`link[rel="modulepreload"]`))n(e);new MutationObserver(e=>{for(let t of e)if(t.type===`childList`)for(let e of t.addedNodes)e.tagName===`LINK`&&e.rel===`modulepreload`&&n(e)}).observe(document,{childList:!0,subtree:!0});function t(e){let t={};return e.integrity&&(t.integrity=e.integrity),e.referrerPolicy&&(t.referrerPolicy=e.referrerPolicy),t.credentials=e.crossOrigin===`use-credentials`?`include`:e.crossOrigin===`anonymous`?`omit`:`same-origin`,t}function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}})();var K=e(be(),1),pt=Ce(),mt={"X-Debrief-CSRF":`1`};function ht(e){return`/auth/login?return_to=${encodeURIComponent(e)}`}function gt(){return window.location.pathname+window.location.search}var _t=`debrief:sign-in-started-at`,vt=6e4,yt=!1;function bt(){try{let e=Number(sessionStorage.getItem(_t));return e>0&&Date.now()-e<vt}catch{return!1}}function xt(){if(yt)return`leaving`;if(bt())return`loop`;yt=!0;try{sessionStorage.setItem(_t,String(Date.now()))}catch{}return window.location.assign(ht(gt())),`leaving`}function St(){try{sessionStorage.removeItem(_t)}catch{}}function Ct(e){return e?e.graphQLErrors.some(e=>e.extensions?.code===`UNAUTHENTICATED`)?!0:e.response?.status===401:!1}async function wt(){let e=await fetch(`/auth/logout`,{method:`POST`,credentials:`same-origin`,headers:mt});if(!e.ok&&e.status!==401)throw Error(`The server answered ${e.status}${e.statusText?` ${e.statusText}`:``}.`);St()}var Tt=`/signed-out`;function q(e){(0,K.useEffect)(()=>{document.title=e?`${e} · Debrief`:`Debrief`},[e])}var Et=U(`
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
`),Dt=(0,K.createContext)(null);function J(){let e=(0,K.useContext)(Dt);if(!e)throw Error(`useSession outside RequireSignIn`);return e}var Y=ye();function Ot({children:e}){let[{data:t,error:n},r]=z({query:Et,requestPolicy:`cache-first`}),i=t?.viewer??null,a=t!==void 0&&i===null,[o,s]=(0,K.useState)(!1);return(0,K.useEffect)(()=>{i?St():a&&xt()===`loop`&&s(!0)},[i,a]),i?(0,Y.jsx)(Dt.Provider,{value:{viewer:i,devLogin:t?.serverInfo.devLogin??!1},children:e}):o?(0,Y.jsx)(kt,{}):n&&!t?(0,Y.jsx)(ie,{size:`sm`,py:`xl`,children:(0,Y.jsx)(H,{error:n,onRetry:()=>r({requestPolicy:`network-only`})})}):(0,Y.jsx)(Le,{what:a?`the sign-in page`:`Debrief`})}function kt(){return q(`Sign-in did not finish`),(0,Y.jsx)(ie,{size:`sm`,py:`xl`,children:(0,Y.jsxs)(N,{gap:`sm`,align:`flex-start`,children:[(0,Y.jsx)(P,{order:1,children:`Sign-in did not finish`}),(0,Y.jsx)(x,{children:`You came back from signing in, but Debrief still does not know who you are. If this happens again, your browser may be refusing Debrief's cookie.`}),(0,Y.jsx)(f,{component:`a`,href:ht(gt()),children:`Sign in`})]})})}function At(e){return e===`ANALYST`||e===`ADMIN`}function jt(e){return e===`ADMIN`||e===`ANALYST`||e===`MEMBER`}function Mt(){return(0,Y.jsxs)(`div`,{className:`dev-login-banner`,role:`note`,"aria-label":`Development sign-in warning`,"data-testid":`dev-login-banner`,children:[(0,Y.jsx)(`span`,{"aria-hidden":`true`,children:`⚠`}),(0,Y.jsxs)(`span`,{children:[(0,Y.jsx)(`strong`,{children:`Development sign-in is on`}),` — anyone can sign in as anyone. Do not use in production.`]})]})}var Nt={base:44,sm:32},Pt=U(`
  query UnreadNotifications {
    unreadNotifications
  }
`),Ft=3e4;function It(){let[e,t]=z({query:Pt}),n=(0,K.useCallback)(()=>t({requestPolicy:`network-only`}),[t]);return(0,K.useEffect)(()=>{let e=window.setInterval(()=>{document.visibilityState===`visible`&&n()},Ft),t=()=>n();return window.addEventListener(`focus`,t),()=>{window.clearInterval(e),window.removeEventListener(`focus`,t)}},[n]),e.data?.unreadNotifications}function Lt(){let e=Ae();return(0,K.useCallback)(()=>{e.query(Pt,{},{requestPolicy:`network-only`}).toPromise()},[e])}function Rt(){let e=It()??0,t=e?`Inbox, ${e} unread`:`Inbox, nothing unread`;return(0,Y.jsx)(pe,{label:e>99?`99+`:e,size:18,color:`red`,disabled:!e,offset:4,"data-testid":`inbox-bell`,"data-unread":e,children:(0,Y.jsx)(w,{component:I,to:`/inbox`,"aria-label":t,title:t,className:`inbox-bell`,c:`white`,p:6,style:{display:`flex`,borderRadius:6},children:(0,Y.jsxs)(`svg`,{width:`22`,height:`22`,viewBox:`0 0 24 24`,fill:`none`,stroke:`currentColor`,strokeWidth:`2`,strokeLinecap:`round`,strokeLinejoin:`round`,"aria-hidden":`true`,children:[(0,Y.jsx)(`path`,{d:`M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9`}),(0,Y.jsx)(`path`,{d:`M10.3 21a1.94 1.94 0 0 0 3.4 0`})]})})})}function zt(){let e=Se(),{pathname:t}=_e(),[n]=ve(),r=t===`/search`?n.get(`q`)??``:``,[i,a]=(0,K.useState)(r);return(0,K.useEffect)(()=>a(r),[r]),(0,Y.jsx)(`form`,{role:`search`,"aria-label":`Search Debrief`,onSubmit:t=>{t.preventDefault();let n=i.trim();n&&e(`/search?q=${encodeURIComponent(n)}`)},children:(0,Y.jsx)(M,{size:`xs`,type:`text`,"aria-label":`Search everything`,placeholder:`Search everything…`,value:i,onChange:e=>a(e.currentTarget.value),enterKeyHint:`search`,w:{base:140,md:220}})})}var Bt=(0,K.createContext)(null),Vt=Bt.Provider;function X(){let e=(0,K.useContext)(Bt);if(!e)throw Error(`useBoard outside BoardProvider`);return e}var Ht=[`ENGINEERING`,`SUPPORT`,`MARKETING`,`PRODUCT`,`LEADERSHIP`];function Ut(e){return e?.graphQLErrors.find(e=>e.extensions?.code===`CONFLICT`)}function Z(e){return e?e.networkError?`Could not reach the Debrief server. Check your connection and try again.`:e.graphQLErrors.map(e=>e.message).join(` `)||e.message:null}function Wt(){return Intl.DateTimeFormat().resolvedOptions().timeZone||`UTC`}var Gt=[`UTC`,`Europe/London`,`Europe/Berlin`,`America/New_York`,`America/Chicago`,`America/Los_Angeles`,`Asia/Kolkata`,`Asia/Tokyo`,`Australia/Sydney`];function Kt(e=[]){let t=[];try{t=Intl.supportedValuesOf?.(`timeZone`)??[]}catch{t=[]}let n=new Set,r=[];for(let i of[Wt(),...e,...Gt,...t])i&&!n.has(i)&&qt(i)&&(n.add(i),r.push(i));return r}function qt(e){try{return new Intl.DateTimeFormat(`en-GB`,{timeZone:e}),!0}catch{return!1}}function Jt(e,t){let n=new Intl.DateTimeFormat(`en-GB`,{timeZone:t,hourCycle:`h23`,year:`numeric`,month:`2-digit`,day:`2-digit`,hour:`2-digit`,minute:`2-digit`,second:`2-digit`}),r={};for(let t of n.formatToParts(new Date(e)))r[t.type]=t.value;return r}function Yt(e,t){let n=Jt(e,t);return Date.UTC(+n.year,n.month-1,+n.day,n.hour%24,+n.minute,+n.second)-Math.floor(e/1e3)*1e3}function Xt(e,t){let n=Jt(new Date(e).getTime(),t);return`${n.year}-${n.month}-${n.day}T${String(n.hour%24).padStart(2,`0`)}:${n.minute}`}function Zt(e,t,n,r,i,a,o){let s=Date.UTC(e,t-1,n,r,i,a);if(Number.isNaN(s))return null;let c=s-Yt(s,o);return c=s-Yt(c,o),new Date(c).toISOString()}function Qt(e,t){let n=/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(e);return n?Zt(+n[1],+n[2],+n[3],+n[4],+n[5],+(n[6]??0),t):null}function $t(e,t,n=!1){return new Intl.DateTimeFormat(`en-GB`,{timeZone:t,hour:`2-digit`,minute:`2-digit`,...n?{day:`numeric`,month:`short`}:{}}).format(new Date(e))}function en(e){return`tel:${e.replace(/[^\d+]/g,``)}`}function tn(){return(0,Y.jsx)(`svg`,{width:`12`,height:`12`,viewBox:`0 0 24 24`,fill:`none`,stroke:`currentColor`,strokeWidth:`2`,strokeLinecap:`round`,strokeLinejoin:`round`,"aria-hidden":`true`,children:(0,Y.jsx)(`path`,{d:`M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z`})})}function nn({phone:e,chatHandle:t,email:n}){return!e&&!t&&!n?(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,children:`No contact details`}):(0,Y.jsxs)(d,{gap:`sm`,wrap:`wrap`,"data-testid":`contact-links`,children:[e?(0,Y.jsxs)(y,{size:`xs`,href:en(e),"aria-label":`Call ${e}`,children:[`☎ `,e]}):null,t?(0,Y.jsxs)(x,{size:`xs`,span:!0,title:`Chat handle`,style:{display:`inline-flex`,alignItems:`center`,gap:4},children:[(0,Y.jsx)(tn,{}),(0,Y.jsx)(S,{children:`Chat:`}),t]}):null,n?(0,Y.jsxs)(y,{size:`xs`,href:`mailto:${n}`,children:[`✉ `,n]}):null]})}function rn(e,t=new Date){try{let n=new Intl.DateTimeFormat(`en-GB`,{timeZone:e,timeZoneName:`longOffset`}).formatToParts(t).find(e=>e.type===`timeZoneName`)?.value??`GMT`,r=/GMT([+-]\d{2}:\d{2})/.exec(n);return r?r[1]:`+00:00`}catch{return``}}function an(e,t=new Date){try{return $t(t.toISOString(),e)}catch{return``}}function on({time:e,offset:t,zone:n}){return(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,span:!0,"data-testid":`local-time`,children:[e,` local (UTC`,t,`)`,n?` · ${n}`:``]})}var sn=U(`
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
`);function cn(e){switch(e.reason){case`ESCALATION_CONTACT`:return`Escalation contact for ${e.service?.name??e.matched}`;case`SERVICE_OWNER`:return e.team?`Owns ${e.service?.name??e.matched} (${e.team.name})`:`Owns ${e.service?.name??e.matched}`;case`EXPERTISE`:return`Expertise: ${e.matched}`;case`TEAM`:return`Member of ${e.team?.name??e.matched}`;case`NAME`:return`Name matches “${e.matched}”`;default:return e.matched}}var ln={ESCALATION_CONTACT:`red`,SERVICE_OWNER:`indigo`,EXPERTISE:`teal`,TEAM:`grape`,NAME:`gray`},un=`Shift+?`;function dn(e){return e instanceof HTMLElement?e.isContentEditable||[`INPUT`,`TEXTAREA`,`SELECT`].includes(e.tagName):!1}function fn(){let[e,t]=(0,K.useState)(!1),[n,r]=(0,K.useState)(``);return(0,K.useEffect)(()=>{let e=e=>{e.key!==`?`||e.ctrlKey||e.metaKey||e.altKey||e.defaultPrevented||dn(e.target)||(e.preventDefault(),r(``),t(!0))};return window.addEventListener(`keydown`,e),()=>window.removeEventListener(`keydown`,e)},[]),(0,K.useEffect)(()=>{if(!e)return;let t=e=>{e.key.length!==1||e.ctrlKey||e.metaKey||e.altKey||e.defaultPrevented||dn(e.target)||(e.preventDefault(),r(t=>t+e.key))};return window.addEventListener(`keydown`,t),()=>window.removeEventListener(`keydown`,t)},[e]),{opened:e,text:n,setText:r,open:(0,K.useCallback)(()=>{r(``),t(!0)},[]),close:(0,K.useCallback)(()=>t(!1),[])}}function pn({who:e}){return(0,Y.jsx)(f,{size:`xs`,variant:`white`,color:`indigo`,onClick:e.open,"aria-keyshortcuts":un,"aria-label":`Who do I call?`,title:`Who do I call? (press ?)`,rightSection:(0,Y.jsx)(_,{size:`xs`,children:`?`}),visibleFrom:`sm`,children:(0,Y.jsx)(`span`,{"aria-hidden":`true`,children:`☎`})})}function mn({who:e}){return(0,Y.jsx)(F,{opened:e.opened,onClose:e.close,title:`Who do I call?`,size:`lg`,yOffset:`8vh`,transitionProps:{duration:0},children:e.opened?(0,Y.jsx)(hn,{text:e.text,setText:e.setText,onDone:e.close}):null})}function hn({text:e,setText:t,onDone:n}){let i=Se(),a=(0,K.useId)(),[o]=te(e.trim(),200),[c]=z({query:sn,variables:{q:o},pause:o===``}),l=c.data?.whoToCall.query===o&&o!==``?c.data.whoToCall:null,f=(0,K.useMemo)(()=>[...(l?.people??[]).map(e=>({kind:`person`,match:e})),...(l?.services??[]).map(e=>({kind:`service`,service:e}))],[l]),[p,m]=(0,K.useState)(0);(0,K.useEffect)(()=>m(0),[l]);let h=e=>{e&&(n(),e.kind===`service`?i(`/services/${encodeURIComponent(e.service.id)}`):i(`/directory?q=${encodeURIComponent(e.match.user.name)}`))},g=e=>{f.length!==0&&(e.key===`ArrowDown`?(e.preventDefault(),m(e=>(e+1)%f.length)):e.key===`ArrowUp`?(e.preventDefault(),m(e=>(e-1+f.length)%f.length)):e.key===`Home`?(e.preventDefault(),m(0)):e.key===`End`?(e.preventDefault(),m(f.length-1)):e.key===`Enter`&&(e.preventDefault(),h(f[p])))};(0,K.useEffect)(()=>{document.getElementById(`${a}-${p}`)?.scrollIntoView({block:`nearest`})},[p,a]);let v=l?.people??[],b=l?.services??[];return(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(M,{"data-autofocus":!0,role:`combobox`,"aria-label":`Service, skill, team or name`,"aria-expanded":f.length>0,"aria-controls":a,"aria-autocomplete":`list`,"aria-activedescendant":f.length>0?`${a}-${p}`:void 0,placeholder:`A service, a skill, a team or a name: payments-gateway, postgres, Platform…`,value:e,onChange:e=>t(e.currentTarget.value),onKeyDown:g,rightSection:c.fetching?(0,Y.jsx)(u,{size:`xs`}):null}),(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[(0,Y.jsx)(_,{size:`xs`,children:`↑`}),` `,(0,Y.jsx)(_,{size:`xs`,children:`↓`}),` to move, `,(0,Y.jsx)(_,{size:`xs`,children:`Enter`}),` to open, `,(0,Y.jsx)(_,{size:`xs`,children:`Esc`}),` to close.`]}),c.error?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:Z(c.error)}):null,l&&f.length===0?(0,Y.jsxs)(x,{size:`sm`,c:`dimmed`,fs:`italic`,role:`status`,children:[`Nobody found for “`,o,`”. Try a service name, a skill such as postgres, or a team.`]}):null,(0,Y.jsxs)(`div`,{id:a,role:`listbox`,"aria-label":`People and services to call`,style:{maxHeight:`60vh`,overflowY:`auto`},children:[v.length>0?(0,Y.jsx)(x,{size:`xs`,tt:`uppercase`,fw:700,c:`dimmed`,mb:4,role:`presentation`,children:`People to call`}):null,v.map((e,t)=>(0,Y.jsxs)(gn,{id:`${a}-${t}`,active:p===t,onHover:()=>m(t),onOpen:()=>h(f[t]),testid:`who-person`,children:[(0,Y.jsxs)(d,{justify:`space-between`,align:`flex-start`,wrap:`nowrap`,gap:`xs`,children:[(0,Y.jsxs)(`div`,{style:{minWidth:0},children:[(0,Y.jsxs)(x,{fw:600,size:`sm`,children:[e.user.name,e.user.title?(0,Y.jsxs)(x,{span:!0,size:`xs`,c:`dimmed`,fw:400,children:[` `,`· `,e.user.title]}):null]}),(0,Y.jsx)(d,{gap:4,mt:2,children:e.reasons.map((e,t)=>(0,Y.jsx)(r,{size:`xs`,radius:`sm`,tt:`none`,variant:`light`,color:ln[e.reason]??`gray`,children:cn(e)},t))})]}),(0,Y.jsx)(on,{time:e.localTime,offset:e.utcOffset,zone:e.user.timeZone})]}),(0,Y.jsx)(nn,{phone:e.user.phone,chatHandle:e.user.chatHandle,email:e.user.email})]},e.user.id)),b.length>0?(0,Y.jsx)(x,{size:`xs`,tt:`uppercase`,fw:700,c:`dimmed`,mt:`sm`,mb:4,role:`presentation`,children:`Services`}):null,b.map((e,t)=>{let n=v.length+t,r=Ke(e.runbookURL);return(0,Y.jsxs)(gn,{id:`${a}-${n}`,active:p===n,onHover:()=>m(n),onOpen:()=>h(f[n]),testid:`who-service`,children:[(0,Y.jsxs)(d,{justify:`space-between`,wrap:`nowrap`,gap:`xs`,children:[(0,Y.jsxs)(x,{fw:600,size:`sm`,children:[e.name,` `,(0,Y.jsx)(x,{span:!0,size:`xs`,c:`dimmed`,fw:400,children:V(st,e.kind)})]}),r?(0,Y.jsx)(y,{size:`xs`,href:r,target:`_blank`,rel:`noreferrer`,onClick:e=>e.stopPropagation(),children:`Runbook`}):(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,children:`No runbook`})]}),(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[e.ownerTeam?`Owned by ${e.ownerTeam.name}`:`No owning team`,e.ownerTeam?.chatChannel?` · ${e.ownerTeam.chatChannel}`:``,e.ownerTeam?.escalation?` · Out of hours: ${e.ownerTeam.escalation}`:``]})]},e.id)})]})]})}function gn({id:e,active:t,onHover:n,onOpen:r,testid:i,children:a}){return(0,Y.jsx)(`div`,{id:e,role:`option`,"aria-selected":t,"data-testid":i,onMouseMove:n,onClick:e=>{e.target.closest(`a`)||r()},style:{padding:`8px 10px`,borderRadius:6,cursor:`pointer`,background:t?`var(--mantine-color-indigo-0)`:void 0,outline:t?`1px solid var(--mantine-color-indigo-3)`:void 0,marginBottom:4},children:(0,Y.jsx)(N,{gap:4,children:a})})}var _n=[{to:`/incidents`,label:`Incidents`,match:e=>e===`/`||e.startsWith(`/incidents`)},{to:`/actions`,label:`Actions`,match:e=>e.startsWith(`/actions`)},{to:`/follow-through`,label:`Follow-through`,match:e=>e.startsWith(`/follow-through`)},{to:`/insights`,label:`Insights`,match:e=>e.startsWith(`/insights`)},{to:`/reports`,label:`Reports`,match:e=>e.startsWith(`/reports`)},{to:`/directory`,label:`Directory`,match:e=>e.startsWith(`/directory`)},{to:`/import`,label:`Import`,match:e=>e.startsWith(`/import`),analystOnly:!0},{to:`/admin`,label:`Admin`,match:e=>e.startsWith(`/admin`),adminOnly:!0}];function vn(e){return _n.filter(t=>(!t.adminOnly||e===`ADMIN`)&&(!t.analystOnly||At(e)))}var yn=60;function bn({items:e,pathname:n}){return(0,Y.jsx)(t,{component:`nav`,"aria-label":`Main`,className:`main-nav`,visibleFrom:`md`,children:(0,Y.jsx)(ne,{className:`main-nav-list`,data:e,gap:4,getItemKey:e=>e.to,renderItem:e=>(0,Y.jsx)(we,{to:e.to,className:`main-nav-link`,"aria-current":e.match(n)?`page`:void 0,"data-active":e.match(n)||void 0,children:e.label}),renderOverflow:e=>(0,Y.jsx)(`div`,{className:`main-nav-more`,children:(0,Y.jsx)(xn,{items:e,pathname:n})})})})}function xn({items:e,pathname:t}){let n=e.some(e=>e.match(t));return(0,Y.jsxs)(O,{position:`bottom-end`,shadow:`md`,width:180,children:[(0,Y.jsx)(O.Target,{children:(0,Y.jsxs)(w,{className:`main-nav-link`,"data-active":n||void 0,children:[`More`,(0,Y.jsx)(`svg`,{width:`14`,height:`14`,viewBox:`0 0 24 24`,fill:`none`,stroke:`currentColor`,strokeWidth:`2`,"aria-hidden":`true`,children:(0,Y.jsx)(`path`,{d:`M6 9l6 6 6-6`})})]})}),(0,Y.jsx)(O.Dropdown,{children:e.map(e=>(0,Y.jsx)(O.Item,{component:I,to:e.to,"aria-current":e.match(t)?`page`:void 0,fw:e.match(t)?700:void 0,children:e.label},e.to))})]})}function Sn({name:e,role:t,testId:n,dark:r,onNavigate:i,...a}){return(0,Y.jsxs)(N,{gap:0,align:r?`flex-start`:`flex-end`,miw:0,maw:220,"data-testid":n,...a,children:[(0,Y.jsx)(S,{children:`Signed in as`}),(0,Y.jsx)(x,{size:`sm`,fw:600,c:r?void 0:`white`,ta:r?`left`:`right`,lineClamp:1,children:e}),(0,Y.jsxs)(x,{size:`xs`,c:r?`dimmed`:`indigo.1`,children:[V(ct,t),` ·`,` `,(0,Y.jsx)(y,{component:I,to:`/tokens`,inherit:!0,c:r?void 0:`white`,underline:`always`,onClick:i,children:`API tokens`})]})]})}function Cn({opened:e,onClose:t,items:n,pathname:r,viewer:i,onWhoToCall:a,signingOut:o,onSignOut:s}){return(0,Y.jsx)(m,{opened:e,onClose:t,title:`Menu`,size:300,children:(0,Y.jsxs)(N,{gap:`md`,children:[(0,Y.jsx)(Sn,{name:i.name,role:i.role,dark:!0,onNavigate:t}),(0,Y.jsx)(`nav`,{"aria-label":`Main`,children:n.map(e=>(0,Y.jsx)(T,{component:I,to:e.to,label:e.label,active:e.match(r),"aria-current":e.match(r)?`page`:void 0,onClick:t},e.to))}),(0,Y.jsx)(ae,{}),(0,Y.jsx)(f,{variant:`light`,onClick:a,children:`Who do I call?`}),(0,Y.jsx)(f,{variant:`default`,loading:o,onClick:s,children:`Sign out`})]})})}function wn(){let{pathname:e}=_e(),{viewer:t,devLogin:n}=J(),[r,i]=(0,K.useState)(!1),[a,o]=(0,K.useState)(null),[l,u]=de(!1),p=fn(),m=(0,K.useMemo)(()=>vn(t.role),[t.role]),h=async()=>{i(!0),o(null);try{await wt(),window.location.assign(Tt)}catch(e){i(!1),o(e instanceof Error?e.message:String(e))}};return(0,Y.jsxs)(c,{header:{height:n?{base:yn+Nt.base,sm:yn+Nt.sm}:yn},padding:0,children:[(0,Y.jsx)(`a`,{className:`skip-link`,href:`#main`,children:`Skip to main content`}),(0,Y.jsxs)(c.Header,{className:`app-header`,children:[n?(0,Y.jsx)(Mt,{}):null,(0,Y.jsx)(ie,{size:`xl`,h:yn,children:(0,Y.jsxs)(d,{h:`100%`,justify:`space-between`,wrap:`nowrap`,children:[(0,Y.jsxs)(d,{gap:`md`,wrap:`nowrap`,h:`100%`,miw:0,style:{flex:`1 1 auto`},children:[(0,Y.jsx)(g,{opened:l,onClick:u.toggle,hiddenFrom:`md`,size:`sm`,color:`white`,"aria-label":`Menu`,"aria-expanded":l}),(0,Y.jsxs)(w,{component:I,to:`/`,className:`brand`,"aria-label":`Debrief home`,children:[(0,Y.jsx)(`span`,{className:`brand-mark`,"aria-hidden":`true`,children:`D`}),(0,Y.jsx)(x,{component:`span`,fw:700,size:`lg`,c:`white`,visibleFrom:`sm`,children:`Debrief`})]}),(0,Y.jsx)(bn,{items:m,pathname:e})]}),(0,Y.jsxs)(d,{gap:`md`,wrap:`nowrap`,miw:0,style:{flexShrink:0},children:[(0,Y.jsx)(pn,{who:p}),(0,Y.jsx)(zt,{}),(0,Y.jsx)(Rt,{}),(0,Y.jsx)(Sn,{name:t.name,role:t.role,testId:`signed-in-user`,visibleFrom:`md`}),(0,Y.jsx)(f,{size:`xs`,variant:`white`,color:`indigo`,loading:r,onClick:h,visibleFrom:`sm`,children:`Sign out`})]})]})})]}),(0,Y.jsx)(Cn,{opened:l,onClose:u.close,items:m,pathname:e,viewer:t,onWhoToCall:()=>{u.close(),p.open()},signingOut:r,onSignOut:h}),(0,Y.jsx)(mn,{who:p}),(0,Y.jsx)(c.Main,{id:`main`,className:`app-main`,tabIndex:-1,children:(0,Y.jsxs)(ie,{size:`xl`,py:`lg`,children:[a?(0,Y.jsxs)(s,{color:`red`,variant:`light`,title:`Could not sign out`,role:`alert`,mb:`md`,withCloseButton:!0,onClose:()=>o(null),children:[a,` You are still signed in; try again.`]}):null,(0,Y.jsx)(ge,{})]})})]})}var Tn={NO_OWNER:`No owner`,NO_DUE_DATE:`No due date`,DUE_TOO_FAR:`Due too far out`,TOO_BIG:`Too big`,TOO_SMALL:`Too small`},En={DRAFT:`Draft`,PUBLISHED:`Published`},Dn={MENTION:`Mention`,ACTION_ASSIGNED:`Action assigned`,QUESTION_ASSIGNED:`Question assigned`,ACTION_DUE_SOON:`Action due soon`,ACTION_OVERDUE:`Action overdue`,REVIEW_OVERDUE:`Review overdue`},On={MENTION:`blue`,ACTION_ASSIGNED:`indigo`,QUESTION_ASSIGNED:`violet`,ACTION_DUE_SOON:`yellow`,ACTION_OVERDUE:`red`,REVIEW_OVERDUE:`orange`},kn={INCIDENT_CREATED:`Incident created`,INCIDENT_UPDATED:`Incident updated`,ACTION_ITEM_CREATED:`Action item created`,ACTION_ITEM_UPDATED:`Action item updated`,REMINDER:`Reminders (due soon, overdue)`},An={PENDING:`Pending`,DELIVERED:`Delivered`,FAILED:`Failed`},jn={PENDING:`yellow`,DELIVERED:`green`,FAILED:`red`},Mn={PROPOSED:[`ACCEPTED`,`IN_PROGRESS`,`DONE`,`WONT_DO`],ACCEPTED:[`IN_PROGRESS`,`DONE`,`WONT_DO`],IN_PROGRESS:[`DONE`,`WONT_DO`],DONE:[`IN_PROGRESS`],WONT_DO:[`ACCEPTED`]},Nn={PROPOSED:`Back to proposed`,ACCEPTED:`Accept`,IN_PROGRESS:`Start`,DONE:`Mark done`,WONT_DO:`Won't do…`};function Pn(e){return e===`DONE`||e===`WONT_DO`}function Fn(e,t,n){return e===`ADMIN`||e===`ANALYST`||e===`MEMBER`&&(n.owner?.id===t||n.createdByID===t)}function In(e){return e===`ADMIN`||e===`ANALYST`}function Ln(e){if(!/^\d{4}-\d{2}-\d{2}$/.test(e))return null;let t=new Date(`${e}T17:00:00`);return Number.isNaN(t.getTime())?null:t.toISOString()}function Rn(e){if(!e)return``;let t=new Date(e);if(Number.isNaN(t.getTime()))return``;let n=e=>String(e).padStart(2,`0`);return`${t.getFullYear()}-${n(t.getMonth()+1)}-${n(t.getDate())}`}function zn(e){let t=new Date;return t.setDate(t.getDate()+e),Rn(t.toISOString())}function Bn(e,t){return t?`${Math.round(e/t*100)}%`:`–`}function Vn(e,t=Date.now()){let n=Math.round((new Date(e).getTime()-t)/864e5);return n===0?`today`:n>0?`in ${n} day${n===1?``:`s`}`:`${-n} day${n===-1?``:`s`} ago`}function Hn(e){return e.replace(/_([a-z])/g,(e,t)=>t.toUpperCase()).replace(/Ids$/,`IDs`).replace(/Id$/,`ID`).replace(/Url$/,`URL`)}function Q(e,t=[]){let n={fields:{},other:null,code:null};if(!e)return n;if(e.networkError)return n.other=`Could not reach the Debrief server. Check your connection and try again.`,n;let r=[];for(let i of e.graphQLErrors){let e=typeof i.extensions?.code==`string`?i.extensions.code:null,a=typeof i.extensions?.field==`string`?Hn(i.extensions.field):null;e&&!n.code&&(n.code=e),e===`BAD_USER_INPUT`&&a&&t.includes(a)?n.fields[a]=i.message:r.push(i.message)}return n.other=r.length?r.join(` `):null,n}var Un=U(`
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
`);function Wn(e){let[t]=te(e.trim(),250),[n]=z({query:Un,variables:{q:t||null}});return{people:(0,K.useMemo)(()=>G(n.data?.users).map(e=>({id:e.id,name:e.name,title:e.title,teams:G(e.teams)})),[n.data]),fetching:n.fetching,error:n.error}}var Gn={services:U(`
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
`),teams:U(`
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
`),people:U(`
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
`),tags:U(`
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
`),categories:U(`
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
`),vendors:U(`
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
`)};function Kn(e,t,n,r=[]){let i=(0,K.useRef)(new Map);for(let e of r)i.current.set(e.id,e.name);let a=n.some(e=>i.current.get(e)===t)?``:t,[o]=te(a.trim(),250),s=n.filter(e=>!i.current.has(e)).join(`,`),c=(0,K.useMemo)(()=>({q:o||null,ids:s?s.split(`,`):[],first:30}),[o,s]),[l]=z({query:Gn[e],variables:c}),u=(0,K.useRef)(void 0);l.data&&(u.current=l.data);let d=l.data??u.current;for(let e of[...G(d?.matches),...G(d?.chosen)])i.current.set(e.id,e.name);let f=G(d?.matches),p=[],m=new Set;for(let e of n){let t=i.current.get(e);t===void 0||m.has(e)||(m.add(e),p.push({value:e,label:t}))}for(let e of f)m.has(e.id)||(m.add(e.id),p.push({value:e.id,label:e.name}));return{options:p,more:Math.max(0,(d?.matches.totalCount??0)-f.length),shown:f.length,total:d?.matches.totalCount??0,fetching:l.fetching,error:l.error}}var qn={services:`No service by that name`,teams:`No team by that name`,people:`Nobody by that name`,tags:`No tag by that name`,categories:`No category by that name`,vendors:`No vendor by that name`};function Jn(e,t,n){if(n<=t)return e;let r=(0,Y.jsxs)(x,{component:`span`,size:`xs`,c:`dimmed`,"data-testid":`picker-more`,children:[t,` of `,n,` shown — type to narrow`]});return[...e,{group:r,items:[]}]}var Yn={group:{display:`block`},groupLabel:{display:`flex`}};function Xn({kind:e,value:t,onChange:n,known:r,...i}){let[a,o]=(0,K.useState)(``),{options:s,shown:c,total:l}=Kn(e,a,t?[t]:[],r);return(0,Y.jsx)(j,{nothingFoundMessage:qn[e],...i,styles:Yn,searchable:!0,data:Jn(s,c,l),value:t,searchValue:a,onSearchChange:o,onChange:e=>n(e)})}function Zn({kind:e,value:t,onChange:n,known:r,...i}){let[a,o]=(0,K.useState)(``),{options:s,shown:c,total:l}=Kn(e,a,t,r);return(0,Y.jsx)(fe,{nothingFoundMessage:qn[e],...i,styles:Yn,searchable:!0,data:Jn(s,c,l),value:t,searchValue:a,onSearchChange:o,onChange:n})}U(`
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
`);var Qn=U(`
  mutation UpdateActionItem($id: ID!, $version: Int!, $input: UpdateActionItemInput!) {
    updateActionItem(id: $id, version: $version, input: $input) {
      ...ActionItemFields
    }
  }
`),$n=U(`
  mutation CreateActionItem($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`),er=U(`
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
`),tr=U(`
  query ActionWarnings($draft: ActionDraft!) {
    actionWarnings(draft: $draft) {
      kind
      message
    }
  }
`);function nr(e){return e.length===0?`nothing`:e.map(e=>e.priority?`${e.size} at ${V(Ye,e.priority).toLowerCase()} priority`:`${e.size} (any priority)`).join(`, `)}function rr(){let[e]=z({query:er});return e.data?.followUpRules}function ir({rules:e}){return e?(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[`Actions get done when someone owns them, they are due within `,e.maxDueDays,` days, and they are neither too big (`,nr(e.tooBig),`) nor too small (`,nr(e.tooSmall),`) to finish.`]}):null}function ar({draft:e,accepted:t,onAcceptedChange:n,reason:a,onReasonChange:o,reasonError:c,keep:l=[]}){let u=rr(),[f]=te(e,250),p=(0,K.useMemo)(()=>({draft:f}),[JSON.stringify(f)]),[m]=z({query:tr,variables:p,requestPolicy:`cache-first`}),h=m.data?.actionWarnings;(0,K.useEffect)(()=>{if(!h||m.stale||m.fetching)return;let e=h.map(e=>e.kind),r=t.filter(t=>e.includes(t)||l.includes(t));r.length!==t.length&&n(r)},[h,m.stale,m.fetching]);let g=(e,r)=>n(r?[...new Set([...t,e])]:t.filter(t=>t!==e)),_=(h??[]).filter(e=>!t.includes(e.kind));return(0,Y.jsx)(C,{withBorder:!0,radius:`md`,p:`sm`,bg:_.length?`orange.0`:`green.0`,component:`section`,"aria-labelledby":`goldilocks-heading`,children:(0,Y.jsxs)(N,{gap:`xs`,children:[(0,Y.jsxs)(d,{justify:`space-between`,gap:`xs`,children:[(0,Y.jsx)(P,{order:3,size:`h5`,id:`goldilocks-heading`,children:`Will this action get done?`}),h?(0,Y.jsx)(r,{color:_.length?`orange`:`green`,variant:`light`,radius:`sm`,children:_.length?`${_.length} to look at`:`Looks right`}):null]}),(0,Y.jsx)(ir,{rules:u}),(0,Y.jsx)(`div`,{"aria-live":`polite`,"data-testid":`goldilocks-warnings`,children:m.error?(0,Y.jsxs)(x,{size:`sm`,c:`red.8`,children:[`Could not check the action: `,m.error.graphQLErrors[0]?.message??m.error.message]}):h&&h.length===0?(0,Y.jsx)(x,{size:`sm`,c:`green.9`,children:`It has an owner, a due date soon enough, and a sensible size.`}):(0,Y.jsx)(N,{gap:6,children:(h??[]).map(e=>(0,Y.jsx)(s,{color:t.includes(e.kind)?`gray`:`orange`,variant:`light`,p:`xs`,title:V(Tn,e.kind),role:`note`,"data-testid":`goldilocks-warning`,"data-kind":e.kind,children:(0,Y.jsxs)(N,{gap:4,children:[(0,Y.jsx)(x,{size:`sm`,children:e.message}),(0,Y.jsx)(b,{size:`xs`,label:`Accept "${V(Tn,e.kind)}" on purpose`,checked:t.includes(e.kind),onChange:t=>g(e.kind,t.currentTarget.checked)})]})},e.kind))})}),l.some(e=>t.includes(e)&&!(h??[]).some(t=>t.kind===e))?(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[`Accepted before: `,t.filter(e=>l.includes(e)&&!(h??[]).some(t=>t.kind===e)).map(e=>V(Tn,e)).join(`, `),`.`]}):null,t.length>0?(0,Y.jsx)(i,{label:`Why are the accepted warnings fine for this action?`,required:!0,autosize:!0,minRows:2,value:a,onChange:e=>o(e.currentTarget.value),error:c}):null]})})}function or({value:e,current:t,onChange:n,error:r}){let[i,a]=(0,K.useState)(``),[o,s]=(0,K.useState)(null),[c,l]=(0,K.useState)(null),{people:u}=Wn(i===c?``:i),d=(0,K.useMemo)(()=>{let n=new Map,r=o&&o.id===e?o:t&&t.id===e?{...t,teams:[]}:null;r&&n.set(r.id,{value:r.id,label:r.name});for(let e of u)n.set(e.id,{value:e.id,label:e.teams.length?`${e.name} · ${e.teams.map(e=>e.name).join(`, `)}`:e.name});return[...n.values()]},[u,o,t,e]);return(0,Y.jsx)(j,{label:`Owner`,description:`The one person who will see it through`,placeholder:`Search the directory`,searchable:!0,clearable:!0,nothingFoundMessage:`Nobody by that name`,data:d,value:e,searchValue:i,onSearchChange:a,onChange:(e,t)=>{l(t?.label??null);let r=u.find(t=>t.id===e)??null;s(r),n(e,r)},error:r,style:{flex:`1 1 240px`}})}var sr=[`title`,`description`,`rationale`,`expectedEffect`,`verification`,`interimMitigation`,`ownerID`,`teamID`,`priority`,`size`,`dueAt`,`status`,`statusReason`,`trackerURL`,`acceptedWarnings`,`warningsAcceptedReason`],cr={title:``,description:``,rationale:``,expectedEffect:``,verification:``,interimMitigation:``,ownerID:null,teamID:null,priority:`MEDIUM`,size:`M`,due:``,status:`PROPOSED`,statusReason:``,trackerURL:``,accepted:[],acceptedReason:``};function lr(e){return{title:e.title,description:e.description??``,rationale:e.rationale??``,expectedEffect:e.expectedEffect??``,verification:e.verification??``,interimMitigation:e.interimMitigation??``,ownerID:e.owner?.id??null,teamID:e.team?.id??null,priority:e.priority,size:e.size,due:Rn(e.dueAt),status:e.status,statusReason:e.statusReason??``,trackerURL:e.trackerURL??``,accepted:[...e.acceptedWarnings??[]],acceptedReason:e.warningsAcceptedReason??``}}var ur=[`description`,`rationale`,`expectedEffect`,`verification`,`interimMitigation`,`trackerURL`,`statusReason`],dr=(e,t)=>e.length===t.length&&[...e].sort().join()===[...t].sort().join();function fr(e,t,n){let r=t[e],i=n[e];return Array.isArray(r)&&Array.isArray(i)?dr(r,i):r===i}function pr(e,t){let n={title:e.title.trim(),priority:e.priority,size:e.size,incidentIDs:t.incidentIDs};t.insightID&&(n.insightID=t.insightID);for(let t of ur){let r=e[t].trim();r&&t!==`statusReason`&&(n[t]=r)}e.ownerID&&(n.ownerID=e.ownerID),e.teamID&&(n.teamID=e.teamID);let r=Ln(e.due);return r&&(n.dueAt=r),e.accepted.length&&(n.acceptedWarnings=e.accepted,n.warningsAcceptedReason=e.acceptedReason.trim()),n}var mr={description:`clearDescription`,rationale:`clearRationale`,expectedEffect:`clearExpectedEffect`,verification:`clearVerification`,interimMitigation:`clearInterimMitigation`,trackerURL:`clearTrackerURL`,statusReason:`clearStatusReason`};function hr(e,t){let n={};e.title.trim()!==t.title&&(n.title=e.title.trim());for(let r of ur){if(e[r].trim()===t[r])continue;let i=e[r].trim();i?n[r]=i:n[mr[r]]=!0}if(e.ownerID!==t.ownerID&&(e.ownerID?n.ownerID=e.ownerID:n.clearOwner=!0),e.teamID!==t.teamID&&(e.teamID?n.teamID=e.teamID:n.clearTeam=!0),e.priority!==t.priority&&(n.priority=e.priority),e.size!==t.size&&(n.size=e.size),e.status!==t.status&&(n.status=e.status),e.due!==t.due){let t=Ln(e.due);t?n.dueAt=t:n.clearDueAt=!0}return dr(e.accepted,t.accepted)&&e.acceptedReason.trim()===t.acceptedReason||(e.accepted.length?(n.acceptedWarnings=e.accepted,n.warningsAcceptedReason=e.acceptedReason.trim()):(n.clearAcceptedWarnings=!0,n.clearWarningsAcceptedReason=!0)),n}var gr=Object.entries(Ye).map(([e,t])=>({value:e,label:t})),_r=Object.entries(Be).map(([e,t])=>({value:e,label:`${e} · ${t}`}));function vr(e){return e.status===`WONT_DO`&&!e.statusReason.trim()}function yr({action:e,from:t,onSaved:n,onCancel:r,onStale:a}){let[o,c]=(0,K.useState)(()=>e?lr(e):cr),[l,u]=(0,K.useState)(o),[p,m]=(0,K.useState)(!!e?.team),[h,g]=(0,K.useState)(!1),[_,v]=(0,K.useState)(!1),[y,b]=R($n),[S,C]=R(Qn),w=e?S:y,T=Q(w.error,sr),E=(0,K.useRef)(e?.version);(0,K.useEffect)(()=>{if(!e||e.version===E.current)return;E.current=e.version;let t=lr(e);u(e=>{let n={...e};for(let r of Object.keys(t))fr(r,e,o)&&(n[r]=t[r]);return n}),c(t)},[e?.version]);let D=(e,t)=>u(n=>({...n,[e]:t})),O=async r=>{if(r.preventDefault(),!l.title.trim())return;if(vr(l)){v(!0);return}if(g(!1),!e){let e=await b({input:pr(l,t??{incidentIDs:[]})});e.data?.createActionItem&&n(e.data.createActionItem);return}let i=hr(l,o);if(Object.keys(i).length===0){n(e);return}let s=await C({id:e.id,version:e.version,input:i});s.data?.updateActionItem?n(s.data.updateActionItem):Q(s.error).code===`CONFLICT`&&(g(!0),a?.())},ee=e?[...new Set([e.status,...Mn[e.status]??[],l.status])].map(e=>({value:e,label:V(Qe,e)})):[],A=e=>e===`statusReason`&&_&&vr(l)?`Say why it won't be done`:T.fields[e];return(0,Y.jsx)(`form`,{onSubmit:O,"aria-label":e?`Edit action ${e.title}`:`New action`,noValidate:!0,children:(0,Y.jsxs)(N,{gap:`sm`,children:[t?.insightStatement?(0,Y.jsxs)(x,{size:`sm`,c:`dimmed`,children:[`From the insight: `,(0,Y.jsx)(`em`,{children:t.insightStatement})]}):null,(0,Y.jsx)(M,{label:`Title`,description:`What will change, in one line`,required:!0,value:l.title,onChange:e=>D(`title`,e.currentTarget.value),error:A(`title`),"data-autofocus":!0}),(0,Y.jsx)(i,{label:`Description`,autosize:!0,minRows:2,value:l.description,onChange:e=>D(`description`,e.currentTarget.value),error:A(`description`)}),(0,Y.jsxs)(d,{align:`flex-start`,gap:`sm`,grow:!0,children:[(0,Y.jsx)(or,{value:l.ownerID,current:e?.owner,onChange:(e,t)=>{D(`ownerID`,e),!p&&t?.teams.length&&D(`teamID`,t.teams[0].id)},error:A(`ownerID`)}),(0,Y.jsx)(Xn,{kind:`teams`,label:`Team`,description:`Whose follow-through it counts towards`,placeholder:`No team`,clearable:!0,known:e?.team?[e.team]:void 0,value:l.teamID,onChange:e=>{m(!0),D(`teamID`,e)},error:A(`teamID`)})]}),(0,Y.jsxs)(k,{cols:{base:1,sm:3},spacing:`sm`,children:[(0,Y.jsx)(j,{label:`Priority`,data:gr,value:l.priority,onChange:e=>e&&D(`priority`,e),allowDeselect:!1,error:A(`priority`)}),(0,Y.jsx)(j,{label:`Size`,data:_r,value:l.size,onChange:e=>e&&D(`size`,e),allowDeselect:!1,error:A(`size`)}),(0,Y.jsx)(M,{type:`date`,label:`Due date`,value:l.due,onChange:e=>D(`due`,e.currentTarget.value),error:A(`dueAt`)})]}),(0,Y.jsx)(ar,{draft:{ownerID:l.ownerID,dueAt:Ln(l.due),size:l.size,priority:l.priority},accepted:l.accepted,onAcceptedChange:e=>D(`accepted`,e),reason:l.acceptedReason,onReasonChange:e=>D(`acceptedReason`,e),reasonError:A(`warningsAcceptedReason`)??A(`acceptedWarnings`),keep:e?.acceptedWarnings??[]}),(0,Y.jsx)(i,{label:`Why this action?`,description:`Why this one over the other things we could do`,autosize:!0,minRows:2,value:l.rationale,onChange:e=>D(`rationale`,e.currentTarget.value),error:A(`rationale`)}),(0,Y.jsx)(i,{label:`Expected effect`,description:`What it should change, e.g. “failed deploys roll back in minutes, not hours”`,autosize:!0,minRows:1,value:l.expectedEffect,onChange:e=>D(`expectedEffect`,e.currentTarget.value),error:A(`expectedEffect`)}),(0,Y.jsx)(i,{label:`How will we verify it?`,description:`How we will know it is done and works`,autosize:!0,minRows:1,value:l.verification,onChange:e=>D(`verification`,e.currentTarget.value),error:A(`verification`)}),(0,Y.jsx)(i,{label:`Interim mitigation`,description:`What protects us until it lands`,autosize:!0,minRows:1,value:l.interimMitigation,onChange:e=>D(`interimMitigation`,e.currentTarget.value),error:A(`interimMitigation`)}),(0,Y.jsx)(M,{type:`url`,label:`Tracker link`,placeholder:`https://tracker.example/TICKET-123`,value:l.trackerURL,onChange:e=>D(`trackerURL`,e.currentTarget.value),error:A(`trackerURL`)}),e?(0,Y.jsxs)(d,{align:`flex-start`,gap:`sm`,grow:!0,children:[(0,Y.jsx)(j,{label:`Status`,data:ee,value:l.status,onChange:e=>e&&D(`status`,e),allowDeselect:!1,error:A(`status`)}),l.status===`WONT_DO`?(0,Y.jsx)(i,{label:`Why won't it be done?`,description:`Needed to drop it: the reason stays with the action.`,required:!0,autosize:!0,minRows:1,value:l.statusReason,onChange:e=>D(`statusReason`,e.currentTarget.value),error:A(`statusReason`)}):(0,Y.jsx)(`div`,{})]}):null,h?(0,Y.jsx)(s,{color:`orange`,variant:`light`,role:`alert`,title:`Someone else changed this action`,children:`Their version is loaded where you had not changed anything; your changes are kept. Check them and save again.`}):T.other?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,title:T.code===`FORBIDDEN`?`You may not do this`:`Not saved`,children:T.other}):Object.keys(T.fields).length?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:`Not saved: see the highlighted fields.`}):null,(0,Y.jsxs)(d,{justify:`flex-end`,children:[(0,Y.jsx)(f,{variant:`default`,onClick:r,children:`Cancel`}),(0,Y.jsx)(f,{type:`submit`,loading:w.fetching,disabled:!l.title.trim(),children:e?`Save action`:`Create action`})]})]})})}function br({status:e}){return(0,Y.jsx)(r,{color:rt[e]??`gray`,variant:`light`,radius:`sm`,children:V(Qe,e)})}function xr({dueAt:e,overdue:t}){return e?(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(x,{size:`sm`,title:B(e),c:t?`red.8`:void 0,fw:t?700:void 0,style:{whiteSpace:`nowrap`},children:(0,Y.jsx)(`time`,{dateTime:e,children:nt(e)})}),(0,Y.jsx)(x,{size:`xs`,c:t?`red.8`:`dimmed`,fw:t?600:void 0,children:t?`Overdue, due ${Vn(e)}`:Vn(e)})]}):(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,children:`No date`})}function Sr({action:e,onStale:t}){let{viewer:n}=J(),[r,a]=R(Qn),[o,c]=(0,K.useState)(!1),[l,u]=(0,K.useState)(``),[p,m]=(0,K.useState)(null);if(!Fn(n.role,n.id,e))return null;let h=Mn[e.status]??[],g=Pn(e.status)?null:`DONE`,_=h.filter(e=>e!==g),v=async(n,r)=>{m(null);let i={status:n};r?i.statusReason=r:e.statusReason&&n!==`WONT_DO`&&(i.clearStatusReason=!0);let o=await a({id:e.id,version:e.version,input:i});if(!o.error){c(!1),u(``);return}let s=Q(o.error,[`statusReason`]);s.code===`CONFLICT`?(t(),m(`Someone else changed this action meanwhile; it now shows their version. Check it and try again.`)):s.fields.statusReason||m(s.other)},y=Q(r.error,[`statusReason`]).fields.statusReason;return(0,Y.jsxs)(N,{gap:4,children:[(0,Y.jsxs)(d,{gap:4,wrap:`nowrap`,children:[g?(0,Y.jsx)(f,{size:`compact-xs`,variant:`light`,color:`green`,loading:r.fetching&&!o,onClick:()=>void v(g),"aria-label":`Mark done: ${e.title}`,children:`Mark done`}):null,_.length>0?(0,Y.jsxs)(O,{position:`bottom-end`,withinPortal:!0,children:[(0,Y.jsx)(O.Target,{children:(0,Y.jsx)(f,{size:`compact-xs`,variant:`subtle`,color:`gray`,"aria-label":`Change status of ${e.title}`,children:g?`More…`:`Change status…`})}),(0,Y.jsxs)(O.Dropdown,{children:[(0,Y.jsxs)(O.Label,{children:[`Now `,V(Qe,e.status)]}),_.map(e=>(0,Y.jsx)(O.Item,{onClick:()=>e===`WONT_DO`?c(!0):void v(e),children:Nn[e]??V(Qe,e)},e))]})]}):null]}),p?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:6,withCloseButton:!0,onClose:()=>m(null),children:p}):null,(0,Y.jsx)(F,{opened:o,onClose:()=>c(!1),title:`Drop "${e.title}"?`,children:(0,Y.jsx)(`form`,{onSubmit:e=>{e.preventDefault(),l.trim()&&v(`WONT_DO`,l.trim())},children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(i,{label:`Why won't it be done?`,description:`The reason stays with the action, so whoever reads the review later knows.`,required:!0,autosize:!0,minRows:2,value:l,onChange:e=>u(e.currentTarget.value),error:y,"data-autofocus":!0}),(0,Y.jsxs)(d,{justify:`flex-end`,children:[(0,Y.jsx)(f,{variant:`default`,onClick:()=>c(!1),children:`Cancel`}),(0,Y.jsx)(f,{type:`submit`,color:`dark`,disabled:!l.trim(),loading:r.fetching,children:`Drop the action`})]})]})})})]})}function Cr({warnings:e}){if(e.length===0)return null;let t=[...e].sort((e,t)=>Number(e.accepted)-Number(t.accepted));return(0,Y.jsx)(d,{gap:4,"data-testid":`action-warnings`,children:t.map(e=>(0,Y.jsx)(ee,{label:e.message,multiline:!0,w:280,withArrow:!0,openDelay:200,children:(0,Y.jsxs)(r,{size:`sm`,radius:`sm`,color:e.accepted?`gray`:`orange`,variant:e.accepted?`outline`:`filled`,"aria-label":`${e.accepted?`Accepted warning`:`Warning`}: ${V(Tn,e.kind)}. ${e.message}`,"data-accepted":e.accepted||void 0,children:[e.accepted?`✓ `:`⚠ `,V(Tn,e.kind)]})},e.kind))})}var wr=50,Tr=U(`
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
`),Er=U(`
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
`),Dr=[{value:`MINE`,key:`mine`,label:`My actions`,empty:`Nothing on your plate: you own no open actions.`},{value:`OVERDUE`,key:`overdue`,label:`Overdue`,empty:`No open action is past its due date.`},{value:`DUE_SOON`,key:`dueSoon`,label:`Due soon`,empty:`No open action is due in the next days.`},{value:`STALE`,key:`stale`,label:`Stale`,empty:`Every open action has moved recently.`},{value:`UNOWNED`,key:`unowned`,label:`Unowned`,empty:`Every open action has an owner.`},{value:`OPEN`,key:`open`,label:`Open`,empty:`No open actions.`},{value:`CLOSED`,key:`closed`,label:`Done / dropped`,empty:`No action is done or dropped yet.`}];function Or(){let[e,t]=ve();return{view:Dr.find(t=>t.value===e.get(`view`))??Dr[0],team:e.get(`team`)||null,after:e.get(`after`)||null,before:e.get(`before`)||null,update:(n,r=!1)=>{let i=new URLSearchParams(e);r||(i.delete(`after`),i.delete(`before`));for(let[e,t]of Object.entries(n))t?i.set(e,t):i.delete(e);t(i)}}}function kr(){q(`Actions`);let{view:e,team:t,after:n,before:i,update:a}=Or(),o=(0,K.useMemo)(()=>i?{view:e.value,teamID:t,last:wr,before:i}:{view:e.value,teamID:t,first:wr,after:n},[e.value,t,n,i]),s=(0,K.useMemo)(()=>({additionalTypenames:[`ActionItem`]}),[]),[c,l]=z({query:Tr,variables:o,context:s}),[u,p]=z({query:Er,variables:{teamID:t},context:s}),m=(0,K.useCallback)(()=>{l({requestPolicy:`network-only`}),p({requestPolicy:`network-only`})},[l,p]),[h,g]=(0,K.useState)(null),_=(0,K.useRef)(void 0);c.data&&(_.current=c.data);let v=(c.data??_.current)?.actionQueue,y=G(v),b=y.find(e=>e.id===h);return(0,Y.jsxs)(N,{gap:`lg`,children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(P,{order:1,children:`Actions`}),(0,Y.jsx)(x,{c:`dimmed`,size:`sm`,children:`Every action from every incident: what is yours, what is late, what nobody owns. Soonest due first.`})]}),(0,Y.jsxs)(d,{align:`flex-end`,justify:`space-between`,children:[(0,Y.jsx)(Xn,{kind:`teams`,label:`Team`,placeholder:`All teams`,clearable:!0,value:t,onChange:e=>a({team:e}),w:240}),v?(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,"data-testid":`action-count`,children:W(v.totalCount,`action`)}):null]}),(0,Y.jsxs)(re,{value:e.value,onChange:e=>a({view:e===`MINE`?null:e}),keepMounted:!1,children:[(0,Y.jsx)(re.List,{"aria-label":`Which actions`,children:Dr.map(e=>{let t=u.data?.[e.key]?.totalCount;return(0,Y.jsx)(re.Tab,{value:e.value,rightSection:t==null?null:(0,Y.jsx)(r,{size:`sm`,variant:`light`,color:(e.value===`OVERDUE`||e.value===`UNOWNED`)&&t>0?`red`:`gray`,circle:t<10,children:t}),children:e.label},e.value)})}),(0,Y.jsxs)(re.Panel,{value:e.value,pt:`md`,children:[c.error&&!v?(0,Y.jsx)(H,{error:c.error,onRetry:m}):v?y.length===0?(0,Y.jsx)(x,{c:`dimmed`,fs:`italic`,size:`sm`,children:e.empty}):(0,Y.jsx)(Ar,{items:y,onEdit:g,onStale:m}):(0,Y.jsx)(Le,{what:`the actions`}),v&&(v.pageInfo.hasNextPage||v.pageInfo.hasPreviousPage||i||n)?(0,Y.jsxs)(d,{justify:`center`,mt:`md`,children:[(0,Y.jsx)(f,{variant:`default`,size:`xs`,disabled:!(i?v.pageInfo.hasPreviousPage:n),onClick:()=>a({before:v.pageInfo.startCursor??null,after:null},!0),children:`← Previous`}),(0,Y.jsx)(f,{variant:`default`,size:`xs`,disabled:!(i||v.pageInfo.hasNextPage),onClick:()=>a({after:v.pageInfo.endCursor??null,before:null},!0),children:`Next →`})]}):null]})]}),(0,Y.jsx)(F,{opened:!!b,onClose:()=>g(null),title:`Edit action`,size:`xl`,children:b?(0,Y.jsx)(yr,{action:b,onSaved:()=>g(null),onCancel:()=>g(null),onStale:m},b.id):null})]})}function Ar({items:e,onEdit:t,onStale:n}){let{viewer:r}=J();return(0,Y.jsx)(E.ScrollContainer,{minWidth:900,children:(0,Y.jsxs)(E,{verticalSpacing:`sm`,"aria-label":`Actions`,children:[(0,Y.jsx)(E.Thead,{children:(0,Y.jsxs)(E.Tr,{children:[(0,Y.jsx)(E.Th,{children:`Action`}),(0,Y.jsx)(E.Th,{children:`Owner`}),(0,Y.jsx)(E.Th,{children:`Due`}),(0,Y.jsx)(E.Th,{children:`Status`}),(0,Y.jsx)(E.Th,{children:`Warnings`}),(0,Y.jsx)(E.Th,{children:`Change`})]})}),(0,Y.jsx)(E.Tbody,{children:e.map(e=>{let i=G(e.incidents);return(0,Y.jsxs)(E.Tr,{"data-testid":`queue-row`,children:[(0,Y.jsxs)(E.Td,{style:{maxWidth:420},children:[(0,Y.jsx)(x,{size:`sm`,fw:600,children:e.title}),(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[V(Ye,e.priority),` priority · `,V(Be,e.size)]}),i.length?(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[`From`,` `,i.map((t,n)=>(0,Y.jsxs)(`span`,{children:[n>0?`, `:``,(0,Y.jsx)(y,{component:I,to:`/incidents/${encodeURIComponent(t.id)}#action-${e.id}`,size:`xs`,children:t.title})]},t.id)),e.incidents.totalCount>i.length?` and ${e.incidents.totalCount-i.length} more`:``]}):(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,children:`Not linked to an incident`}),e.statusReason?(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[`Why: `,e.statusReason]}):null]}),(0,Y.jsxs)(E.Td,{children:[(0,Y.jsx)(x,{size:`sm`,c:e.owner?void 0:`orange.8`,fw:e.owner?void 0:600,children:e.owner?.name??`No owner`}),(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,children:e.team?.name??`No team`})]}),(0,Y.jsx)(E.Td,{children:(0,Y.jsx)(xr,{dueAt:e.dueAt,overdue:e.overdue})}),(0,Y.jsx)(E.Td,{children:(0,Y.jsx)(br,{status:e.status})}),(0,Y.jsx)(E.Td,{children:(0,Y.jsx)(Cr,{warnings:e.warnings})}),(0,Y.jsx)(E.Td,{children:(0,Y.jsxs)(d,{gap:4,wrap:`nowrap`,align:`flex-start`,children:[(0,Y.jsx)(Sr,{action:e,onStale:n}),Fn(r.role,r.id,e)?(0,Y.jsx)(f,{size:`compact-xs`,variant:`subtle`,onClick:()=>t(e.id),"aria-label":`Edit ${e.title}`,children:`Edit`}):null]})})]},e.id)})})]})})}var jr=[{to:`/admin/people`,label:`People`},{to:`/admin/org`,label:`Services, teams and vendors`},{to:`/admin/taxonomy`,label:`Contributing-factor taxonomy`},{to:`/admin/tags`,label:`Tags`},{to:`/admin/webhooks`,label:`Webhooks`},{to:`/admin/report-templates`,label:`Report templates`},{to:`/admin/workflows`,label:`Workflows`},{to:`/admin/comms`,label:`Communications`}];function Mr(){let{viewer:e}=J();return e.role===`ADMIN`?(0,Y.jsxs)(N,{gap:`lg`,children:[(0,Y.jsx)(`nav`,{"aria-label":`Administration`,children:(0,Y.jsx)(d,{gap:`lg`,children:jr.map(e=>(0,Y.jsx)(we,{to:e.to,style:{textDecoration:`none`},children:({isActive:t})=>(0,Y.jsx)(x,{component:`span`,size:`sm`,fw:t?700:500,c:t?`indigo.8`:`dimmed`,td:t?`underline`:void 0,children:e.label})},e.to))})}),(0,Y.jsx)(ge,{})]}):(0,Y.jsx)(Nr,{})}function Nr(){return q(`Admins only`),(0,Y.jsxs)(N,{gap:`sm`,py:`xl`,children:[(0,Y.jsx)(P,{order:1,children:`Admins only`}),(0,Y.jsx)(x,{c:`dimmed`,children:`Only admins manage people's roles, the services, teams and vendors, the taxonomy, tags, report templates, workflows, communication templates and webhooks. Ask an admin if something here needs to change.`}),(0,Y.jsx)(y,{component:I,to:`/incidents`,children:`Back to the incidents`})]})}function Pr({id:e,title:t,description:n,aside:r,children:i}){return(0,Y.jsxs)(C,{withBorder:!0,radius:`md`,p:`lg`,component:`section`,id:e,"aria-labelledby":`${e}-heading`,className:`incident-section`,children:[(0,Y.jsxs)(d,{justify:`space-between`,align:`flex-start`,mb:`md`,children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(P,{order:2,size:`h3`,id:`${e}-heading`,children:t}),n?(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,children:n}):null]}),r]}),i]})}function Fr({children:e}){return(0,Y.jsx)(x,{c:`dimmed`,size:`sm`,fs:`italic`,children:e})}function Ir({shown:e,total:t,what:n}){return t<=e?null:(0,Y.jsxs)(x,{size:`sm`,c:`orange.8`,mt:`sm`,children:[`Showing the first `,e,` of `,t,` `,n,`.`]})}function Lr({paging:e,shown:t,total:n,what:r}){return e?e.error?(0,Y.jsxs)(d,{gap:`xs`,mt:`sm`,role:`alert`,children:[(0,Y.jsx)(x,{size:`sm`,c:`red.8`,children:e.missing>0?`${e.missing} more ${r} could not be loaded.`:`Some ${r} could not be loaded.`}),(0,Y.jsx)(f,{size:`compact-xs`,variant:`light`,color:`red`,onClick:e.retry,children:`Retry`})]}):e.loading?(0,Y.jsxs)(d,{gap:`xs`,mt:`sm`,role:`status`,"data-testid":`loading-more`,children:[(0,Y.jsx)(u,{size:`xs`}),(0,Y.jsxs)(x,{size:`sm`,c:`dimmed`,children:[`Loading `,e.missing,` more `,r,`…`]})]}):e.capped?(0,Y.jsx)(Ir,{shown:t,total:n,what:r}):null:(0,Y.jsx)(Ir,{shown:t,total:n,what:r})}function Rr(e,t){let n=(0,K.useRef)(new WeakMap),r=(0,K.useCallback)(e=>{let r=n.current.get(e);if(r)return r;let i={edges:[],done:!1,capped:!1,promise:Promise.resolve(),listeners:new Set},a=()=>i.listeners.forEach(e=>e());return i.promise=(async()=>{let n=e.pageInfo,r=e.edges?.length??0;for(;n.hasNextPage&&n.endCursor;){if(r>=5e3){i.capped=!0;break}let{page:e,error:o}=await t(n.endCursor);if(o||!e){i.error=o;break}let s=(e.edges??[]).filter(e=>!!e?.node);i.edges=[...i.edges,...s],r+=s.length,n=e.pageInfo,a()}i.done=!0,a()})(),n.current.set(e,i),i},[t]),i=(0,K.useCallback)(e=>r(e).promise,[r]),[a,o]=(0,K.useState)([]),s=(0,K.useRef)(a),[c,l]=(0,K.useState)({loading:!1,capped:!1}),[u,d]=(0,K.useState)(0);(0,K.useEffect)(()=>{if(!e)return;let t=r(e),n=s.current.length===0,i=()=>{(t.done||n)&&(t.edges.length>0||s.current.length>0)&&(s.current=t.edges,o(t.edges)),l({loading:!t.done,error:t.error,capped:t.capped})};return t.listeners.add(i),i(),()=>{t.listeners.delete(i)}},[e,r,u]);let f=(0,K.useCallback)(()=>{e&&n.current.delete(e),d(e=>e+1)},[e]),p=(0,K.useMemo)(()=>{let t=new Set,n=[];for(let r of[...e?.edges??[],...a]){let e=r?.node?.id;r&&e&&!t.has(e)&&(t.add(e),n.push(r))}return n},[e,a]),m=Math.max(0,(e?.totalCount??0)-p.length);return{edges:p,loading:c.loading&&m>0,missing:m,error:c.error,retry:f,capped:c.capped,settle:i}}function zr(e,t,n,r){let[i,a]=z({query:e,variables:r,context:n}),o=(0,K.useCallback)(()=>a({requestPolicy:`network-only`}),[a]),s=Ae(),c=(0,K.useCallback)(async i=>{let a=await s.query(e,{...r,after:i},{...n,requestPolicy:`network-only`}).toPromise();return{error:a.error,page:a.data?t(a.data):void 0}},[s,e,t,n,r]),l=i.data?t(i.data):void 0,{edges:u,settle:d,...f}=Rr(l,c);return{result:i,reload:o,nodes:(0,K.useMemo)(()=>u.flatMap(e=>e?.node?[e.node]:[]),[u]),total:l?.totalCount??0,paging:f}}function Br({ariaLabel:e,picker:t,nameOf:n,consequences:r,merge:i,fetching:a,error:o,onDone:c,onCancel:l}){let[u,p]=(0,K.useState)(null),m=u?n(u):void 0,h=Q(o);return(0,Y.jsx)(`form`,{onSubmit:async e=>{e.preventDefault(),u&&((await i(u)).error||c())},"aria-label":e,children:(0,Y.jsxs)(N,{gap:`sm`,children:[t(u,p),m?(0,Y.jsx)(s,{color:`orange`,variant:`light`,title:`This cannot be undone`,children:r(m)}):null,h.other?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:h.other}):null,(0,Y.jsxs)(d,{justify:`flex-end`,children:[(0,Y.jsx)(f,{variant:`default`,onClick:l,children:`Cancel`}),(0,Y.jsx)(f,{type:`submit`,color:`orange`,disabled:!u,loading:a,children:m?`Merge into “${m}”`:`Merge`})]})]})})}var Vr=U(`
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
`),Hr=U(`
  mutation CreateFactorCategory($input: CreateFactorCategoryInput!) {
    createFactorCategory(input: $input) {
      id
      name
      description
    }
  }
`),Ur=U(`
  mutation UpdateFactorCategory($id: ID!, $input: UpdateFactorCategoryInput!) {
    updateFactorCategory(id: $id, input: $input) {
      id
      name
      description
    }
  }
`),Wr=U(`
  mutation MergeFactorCategories($sourceID: ID!, $targetID: ID!) {
    mergeFactorCategories(sourceID: $sourceID, targetID: $targetID) {
      id
      name
      factors(first: 0) {
        totalCount
      }
    }
  }
`),Gr=e=>e.factorCategories;function Kr(){q(`Taxonomy`);let{result:e,reload:t,nodes:n,total:r,paging:i}=zr(Vr,Gr,(0,K.useMemo)(()=>({additionalTypenames:[`FactorCategory`]}),[])),[a,o]=(0,K.useState)(null);return(0,Y.jsxs)(N,{gap:`lg`,children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(P,{order:1,children:`Contributing-factor taxonomy`}),(0,Y.jsx)(x,{c:`dimmed`,size:`sm`,children:`The categories analysts file contributing factors under, so patterns show across incidents. Merge near-duplicates rather than letting them pile up.`})]}),(0,Y.jsx)(qr,{onCreated:t}),e.error&&!e.data?(0,Y.jsx)(H,{error:e.error,onRetry:t}):e.data?n.length===0?(0,Y.jsx)(x,{c:`dimmed`,fs:`italic`,children:`No categories yet.`}):(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,"data-testid":`category-count`,children:W(r,`category`,`categories`)}),(0,Y.jsx)(E.ScrollContainer,{minWidth:560,children:(0,Y.jsxs)(E,{verticalSpacing:`sm`,"aria-label":`Categories`,children:[(0,Y.jsx)(E.Thead,{children:(0,Y.jsxs)(E.Tr,{children:[(0,Y.jsx)(E.Th,{children:`Category`}),(0,Y.jsx)(E.Th,{children:`Description`}),(0,Y.jsx)(E.Th,{ta:`right`,children:`Factors`}),(0,Y.jsx)(E.Th,{children:`Change`})]})}),(0,Y.jsx)(E.Tbody,{children:n.map(e=>(0,Y.jsx)(Jr,{category:e,onMerge:()=>o(e)},e.id))})]})}),(0,Y.jsx)(Lr,{paging:i,shown:n.length,total:r,what:`categories`})]}):(0,Y.jsx)(Le,{what:`the taxonomy`}),(0,Y.jsx)(F,{opened:!!a,onClose:()=>o(null),title:a?`Merge “${a.name}” into another category`:``,children:a?(0,Y.jsx)(Yr,{source:a,categories:n,onDone:()=>{o(null),t()},onCancel:()=>o(null)}):null})]})}function qr({onCreated:e}){let[t,n]=(0,K.useState)(``),[r,i]=(0,K.useState)(``),[a,o]=R(Hr),c=Q(a.error,[`name`,`description`]);return(0,Y.jsx)(C,{withBorder:!0,p:`md`,radius:`md`,children:(0,Y.jsxs)(`form`,{onSubmit:async a=>{a.preventDefault(),t.trim()&&((await o({input:{name:t.trim(),description:r.trim()||void 0}})).error||(n(``),i(``),e()))},"aria-label":`New category`,children:[(0,Y.jsxs)(d,{align:`flex-start`,gap:`sm`,wrap:`wrap`,children:[(0,Y.jsx)(M,{label:`New category`,placeholder:`e.g. Change management`,required:!0,value:t,onChange:e=>n(e.currentTarget.value),error:c.fields.name,style:{flex:`1 1 220px`}}),(0,Y.jsx)(M,{label:`Description`,placeholder:`What belongs here`,value:r,onChange:e=>i(e.currentTarget.value),error:c.fields.description,style:{flex:`3 1 320px`}}),(0,Y.jsx)(f,{type:`submit`,mt:25,loading:a.fetching,disabled:!t.trim(),children:`Add category`})]}),c.other?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:c.other}):null]})})}function Jr({category:e,onMerge:t}){let[n,r]=(0,K.useState)(!1),[a,o]=(0,K.useState)(e.name),[c,l]=(0,K.useState)(e.description??``),[u,p]=R(Ur),m=Q(u.error,[`name`,`description`]);return n?(0,Y.jsx)(E.Tr,{children:(0,Y.jsx)(E.Td,{colSpan:4,children:(0,Y.jsx)(`form`,{onSubmit:async t=>{t.preventDefault();let n={};a.trim()!==e.name&&(n.name=a.trim()),c.trim()!==(e.description??``)&&(c.trim()?n.description=c.trim():n.clearDescription=!0),Object.keys(n).length&&(await p({id:e.id,input:n})).error||r(!1)},"aria-label":`Edit category ${e.name}`,children:(0,Y.jsxs)(N,{gap:`xs`,children:[(0,Y.jsxs)(d,{align:`flex-start`,gap:`sm`,grow:!0,children:[(0,Y.jsx)(M,{label:`Name`,required:!0,value:a,onChange:e=>o(e.currentTarget.value),error:m.fields.name}),(0,Y.jsx)(i,{label:`Description`,autosize:!0,minRows:1,value:c,onChange:e=>l(e.currentTarget.value),error:m.fields.description})]}),m.other?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:m.other}):null,(0,Y.jsxs)(d,{gap:`xs`,children:[(0,Y.jsx)(f,{type:`submit`,size:`xs`,loading:u.fetching,disabled:!a.trim(),children:`Save`}),(0,Y.jsx)(f,{size:`xs`,variant:`default`,onClick:()=>r(!1),children:`Cancel`})]})]})})})}):(0,Y.jsxs)(E.Tr,{"data-testid":`category-row`,children:[(0,Y.jsx)(E.Td,{fw:600,children:e.name}),(0,Y.jsx)(E.Td,{children:(0,Y.jsx)(x,{size:`sm`,c:e.description?void 0:`dimmed`,children:e.description||`No description`})}),(0,Y.jsx)(E.Td,{ta:`right`,children:e.factors.totalCount}),(0,Y.jsx)(E.Td,{children:(0,Y.jsxs)(d,{gap:4,wrap:`nowrap`,children:[(0,Y.jsx)(f,{size:`compact-xs`,variant:`subtle`,onClick:()=>{o(e.name),l(e.description??``),r(!0)},"aria-label":`Edit ${e.name}`,children:`Edit`}),(0,Y.jsx)(f,{size:`compact-xs`,variant:`subtle`,color:`orange`,onClick:t,"aria-label":`Merge ${e.name} into another category`,children:`Merge into…`})]})})]})}function Yr({source:e,categories:t,onDone:n,onCancel:r}){let[i,a]=R(Wr);return(0,Y.jsx)(Br,{picker:(n,r)=>(0,Y.jsx)(j,{label:`Merge into`,placeholder:`Pick the category to keep`,data:t.filter(t=>t.id!==e.id).map(e=>({value:e.id,label:e.name})),value:n,onChange:r,searchable:!0,"data-autofocus":!0}),nameOf:e=>t.find(t=>t.id===e)?.name,consequences:t=>(0,Y.jsxs)(Y.Fragment,{children:[W(e.factors.totalCount,`contributing factor`),` filed under “`,e.name,`” will move to “`,t,`”, and “`,e.name,`” will be removed. No factor loses its link to its incident or insights.`]}),merge:t=>a({sourceID:e.id,targetID:t}),fetching:i.fetching,error:i.error,onDone:n,onCancel:r})}var Xr=U(`
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
`),Zr=U(`
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
`);function Qr({webhookID:e}){let t=(0,K.useMemo)(()=>({additionalTypenames:[`WebhookDelivery`]}),[]),[n,i]=z({query:Xr,variables:{id:e},context:t}),[a,o]=R(Zr),c=n.data?.node,l=c?.__typename===`Webhook`?c:void 0,u=G(l?.deliveries),d=Q(a.error).other;return n.error&&!l?(0,Y.jsx)(H,{error:n.error,onRetry:()=>i({requestPolicy:`network-only`})}):l?u.length===0?(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,fs:`italic`,children:`Nothing sent yet.`}):(0,Y.jsxs)(Y.Fragment,{children:[d?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,mb:`xs`,children:d}):null,(0,Y.jsx)(E.ScrollContainer,{minWidth:760,children:(0,Y.jsxs)(E,{verticalSpacing:6,fz:`sm`,"aria-label":`Deliveries`,children:[(0,Y.jsx)(E.Thead,{children:(0,Y.jsxs)(E.Tr,{children:[(0,Y.jsx)(E.Th,{children:`Event`}),(0,Y.jsx)(E.Th,{children:`Status`}),(0,Y.jsx)(E.Th,{ta:`right`,children:`Attempts`}),(0,Y.jsx)(E.Th,{children:`Last attempt`}),(0,Y.jsx)(E.Th,{children:`Last response`}),(0,Y.jsx)(E.Th,{children:(0,Y.jsx)(`span`,{"aria-hidden":`true`})})]})}),(0,Y.jsx)(E.Tbody,{children:u.map(e=>(0,Y.jsxs)(E.Tr,{"data-testid":`delivery-row`,children:[(0,Y.jsxs)(E.Td,{children:[V(kn,e.event),(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,children:B(e.createdAt)})]}),(0,Y.jsxs)(E.Td,{children:[(0,Y.jsx)(r,{color:jn[e.status]??`gray`,variant:`light`,radius:`sm`,children:V(An,e.status)}),e.status===`PENDING`?(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[`next try `,B(e.nextAttemptAt)]}):null]}),(0,Y.jsx)(E.Td,{ta:`right`,children:e.attempts}),(0,Y.jsx)(E.Td,{children:e.lastAttemptAt?B(e.lastAttemptAt):(0,Y.jsx)(x,{span:!0,c:`dimmed`,size:`sm`,children:`Not yet`})}),(0,Y.jsxs)(E.Td,{style:{maxWidth:280},children:[e.responseStatus==null?null:(0,Y.jsxs)(p,{children:[`HTTP `,e.responseStatus]}),e.lastError?(0,Y.jsx)(x,{size:`xs`,c:`red.8`,lineClamp:2,title:e.lastError,children:e.lastError}):e.responseStatus==null?(0,Y.jsx)(x,{span:!0,size:`sm`,c:`dimmed`,children:`–`}):null]}),(0,Y.jsx)(E.Td,{children:e.status===`DELIVERED`?null:(0,Y.jsx)(f,{size:`compact-xs`,variant:`light`,loading:a.fetching&&a.operation?.variables?.id===e.id,onClick:()=>void o({id:e.id}).then(()=>i({requestPolicy:`network-only`})),"aria-label":`Retry the ${V(kn,e.event)} delivery of ${B(e.createdAt)}`,children:`Retry now`})})]},e.id))})]})}),l.deliveries.totalCount>u.length?(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,mt:4,children:[`The latest `,u.length,` of `,l.deliveries.totalCount,` deliveries.`]}):null]}):(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,children:`Loading the deliveries…`})}var $r={title:e=>`Signing secret for “${e}”`,label:`Webhook secret`,testId:`webhook-secret`,instructions:(0,Y.jsxs)(Y.Fragment,{children:[`Copy it now into the receiver: it is shown this once and never again. Receivers check the `,(0,Y.jsx)(p,{children:`X-Debrief-Signature`}),` header with it (HMAC-SHA256 of `,(0,Y.jsx)(p,{children:`<t>.<body>`}),`).`]})};function ei({name:e,secret:t,onDismiss:r,kind:i=$r}){return(0,Y.jsx)(s,{color:`yellow`,variant:`light`,title:i.title(e),role:`status`,"data-testid":i.testId,children:(0,Y.jsxs)(N,{gap:`xs`,children:[(0,Y.jsx)(x,{size:`sm`,children:i.instructions}),(0,Y.jsxs)(d,{gap:`xs`,wrap:`nowrap`,children:[(0,Y.jsx)(p,{block:!0,style:{flex:1,wordBreak:`break-all`},"aria-label":i.label,children:t}),(0,Y.jsx)(n,{value:t,children:({copied:e,copy:t})=>(0,Y.jsx)(f,{size:`xs`,color:e?`teal`:`indigo`,onClick:t,children:e?`Copied`:`Copy secret`})})]}),(0,Y.jsx)(d,{children:(0,Y.jsx)(f,{size:`xs`,variant:`default`,onClick:r,children:`I have copied it`})})]})})}var ti=Object.keys(kn);function ni({values:e,onChange:t,errors:n}){return(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsxs)(d,{align:`flex-start`,gap:`sm`,grow:!0,children:[(0,Y.jsx)(M,{label:`Name`,placeholder:`e.g. Jira bridge`,required:!0,value:e.name,onChange:n=>t({...e,name:n.currentTarget.value}),error:n.name}),(0,Y.jsx)(M,{type:`url`,label:`URL`,placeholder:`https://hooks.example.com/debrief`,required:!0,value:e.url,onChange:n=>t({...e,url:n.currentTarget.value}),error:n.url})]}),(0,Y.jsx)(b.Group,{label:`Events`,description:`What the receiver is told about`,value:e.events,onChange:n=>t({...e,events:n}),error:n.events,withAsterisk:!0,children:(0,Y.jsx)(d,{gap:`md`,mt:6,children:ti.map(e=>(0,Y.jsx)(b,{value:e,label:V(kn,e)},e))})})]})}var ri=U(`
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
`),ii=U(`
  mutation CreateWebhook($input: CreateWebhookInput!, $secret: String) {
    createWebhook(input: $input, secret: $secret) {
      secret
      webhook {
        id
        name
      }
    }
  }
`),ai=U(`
  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {
    updateWebhook(id: $id, input: $input) {
      id
      name
      url
      events
      active
    }
  }
`),oi=U(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      webhook {
        id
        name
      }
    }
  }
`),si=e=>e.webhooks,ci=[`name`,`url`,`events`,`secret`];function li(){q(`Webhooks`);let{result:e,reload:t,nodes:n,total:r,paging:i}=zr(ri,si,(0,K.useMemo)(()=>({additionalTypenames:[`Webhook`]}),[])),[a,o]=(0,K.useState)(null);return(0,Y.jsxs)(N,{gap:`lg`,children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(P,{order:1,children:`Webhooks`}),(0,Y.jsx)(x,{c:`dimmed`,size:`sm`,children:`Debrief posts JSON to these addresses when incidents and actions change, and with reminders. Each request is signed; failed deliveries are retried with backoff.`})]}),a?(0,Y.jsx)(ei,{name:a.name,secret:a.secret,onDismiss:()=>o(null)}):null,(0,Y.jsx)(ui,{onCreated:e=>{o(e),t()}}),e.error&&!e.data?(0,Y.jsx)(H,{error:e.error,onRetry:t}):e.data?n.length===0?(0,Y.jsx)(x,{c:`dimmed`,fs:`italic`,children:`No webhooks yet.`}):(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,"data-testid":`webhook-count`,children:W(r,`webhook`)}),n.map(e=>(0,Y.jsx)(di,{hook:e,onSecret:o},e.id)),(0,Y.jsx)(Lr,{paging:i,shown:n.length,total:r,what:`webhooks`})]}):(0,Y.jsx)(Le,{what:`the webhooks`})]})}function ui({onCreated:e}){let[t,n]=(0,K.useState)(!1),[r,i]=(0,K.useState)({name:``,url:``,events:[]}),[a,o]=(0,K.useState)(``),[c,l]=R(ii),u=Q(c.error,ci);return t?(0,Y.jsx)(C,{withBorder:!0,p:`md`,radius:`md`,children:(0,Y.jsx)(`form`,{onSubmit:async t=>{t.preventDefault();let s=(await l({input:{name:r.name.trim(),url:r.url.trim(),events:r.events},secret:a.trim()||null})).data?.createWebhook;s&&(e({name:s.webhook.name,secret:s.secret}),i({name:``,url:``,events:[]}),o(``),n(!1))},"aria-label":`New webhook`,children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(P,{order:2,size:`h4`,children:`New webhook`}),(0,Y.jsx)(ni,{values:r,onChange:i,errors:u.fields}),(0,Y.jsx)(oe,{label:`Secret (optional)`,description:`Leave empty and Debrief generates a strong one`,value:a,onChange:e=>o(e.currentTarget.value),error:u.fields.secret,maw:420}),u.other?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:u.other}):null,(0,Y.jsxs)(d,{children:[(0,Y.jsx)(f,{type:`submit`,loading:c.fetching,disabled:!r.name.trim()||!r.url.trim()||r.events.length===0,children:`Create webhook`}),(0,Y.jsx)(f,{variant:`default`,onClick:()=>n(!1),children:`Cancel`})]})]})})}):(0,Y.jsx)(d,{children:(0,Y.jsx)(f,{onClick:()=>n(!0),children:`Add a webhook`})})}function di({hook:e,onSecret:t}){let[n,i]=(0,K.useState)(!1),[a,o]=(0,K.useState)({name:e.name,url:e.url,events:e.events}),[c,l]=(0,K.useState)(!1),[u,p]=(0,K.useState)(!1),[m,h]=R(ai),[g,_]=R(oi),v=Q(m.error??g.error,ci),b=async t=>{t.preventDefault(),(await h({id:e.id,input:{name:a.name.trim(),url:a.url.trim(),events:a.events}})).error||i(!1)},S=async()=>{let n=await _({id:e.id});p(!1),n.data&&t({name:n.data.rotateWebhookSecret.webhook.name,secret:n.data.rotateWebhookSecret.secret})};return(0,Y.jsxs)(C,{withBorder:!0,radius:`md`,p:`md`,component:`article`,"aria-label":`Webhook ${e.name}`,"data-testid":`webhook`,children:[(0,Y.jsxs)(N,{gap:`xs`,children:[(0,Y.jsxs)(d,{justify:`space-between`,align:`flex-start`,children:[(0,Y.jsxs)(`div`,{style:{minWidth:0},children:[(0,Y.jsx)(P,{order:2,size:`h5`,children:e.name}),(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,style:{wordBreak:`break-all`},children:e.url})]}),(0,Y.jsx)(se,{label:e.active?`Active`:`Switched off`,checked:e.active,onChange:t=>void h({id:e.id,input:{active:t.currentTarget.checked}}),disabled:m.fetching,"aria-label":`${e.name} active`})]}),n?(0,Y.jsx)(`form`,{onSubmit:b,"aria-label":`Edit webhook ${e.name}`,children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(ni,{values:a,onChange:o,errors:v.fields}),(0,Y.jsxs)(d,{gap:`xs`,children:[(0,Y.jsx)(f,{type:`submit`,size:`xs`,loading:m.fetching,disabled:!a.name.trim()||!a.url.trim()||a.events.length===0,children:`Save`}),(0,Y.jsx)(f,{size:`xs`,variant:`default`,onClick:()=>i(!1),children:`Cancel`})]})]})}):(0,Y.jsx)(d,{gap:6,children:e.events.map(e=>(0,Y.jsx)(r,{variant:`light`,radius:`sm`,tt:`none`,children:V(kn,e)},e))}),v.other?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:v.other}):null,(0,Y.jsxs)(d,{gap:`md`,children:[(0,Y.jsx)(y,{component:`button`,type:`button`,size:`sm`,onClick:()=>l(e=>!e),"aria-expanded":c,children:c?`Hide deliveries`:`Deliveries (${e.deliveries.totalCount}${e.failed.totalCount?`, ${W(e.failed.totalCount,`failed`)}`:``})`}),n?null:(0,Y.jsx)(y,{component:`button`,type:`button`,size:`sm`,onClick:()=>{o({name:e.name,url:e.url,events:e.events}),i(!0)},children:`Edit`}),(0,Y.jsx)(y,{component:`button`,type:`button`,size:`sm`,c:`orange.8`,onClick:()=>p(!0),children:`Rotate secret…`})]}),c?(0,Y.jsx)(Qr,{webhookID:e.id}):null]}),(0,Y.jsx)(F,{opened:u,onClose:()=>p(!1),title:`Rotate the secret of “${e.name}”?`,children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(x,{size:`sm`,children:`The old secret stops working at once: the receiver must be given the new one, which is shown once.`}),(0,Y.jsxs)(d,{justify:`flex-end`,children:[(0,Y.jsx)(f,{variant:`default`,onClick:()=>p(!1),children:`Cancel`}),(0,Y.jsx)(f,{color:`orange`,onClick:()=>void S(),loading:g.fetching,children:`Rotate secret`})]})]})})]})}var fi=[{key:`doneOnTime`,label:`Done on time`,color:`green.8`},{key:`doneLate`,label:`Done late`,color:`yellow.9`},{key:`open`,label:`Open`,color:`blue.8`},{key:`overdue`,label:`Overdue`,color:`red.8`},{key:`dropped`,label:`Dropped`,color:`gray.7`}];function pi({figures:e,label:t}){return(0,Y.jsxs)(d,{gap:`xs`,role:`list`,"aria-label":t,children:[(0,Y.jsx)(mi,{name:`Actions`,count:e.total}),fi.map(t=>(0,Y.jsx)(mi,{name:t.label,count:e[t.key],shareText:Bn(e[t.key],e.total),color:t.color},t.key))]})}function mi({name:e,count:t,shareText:n,color:r}){return(0,Y.jsx)(C,{role:`listitem`,withBorder:!0,radius:`sm`,px:`sm`,py:6,miw:92,"aria-label":`${e}: ${t}${n?` (${n})`:``}`,children:(0,Y.jsxs)(N,{gap:0,children:[(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,children:e}),(0,Y.jsxs)(x,{fw:700,c:r,children:[t,n?(0,Y.jsx)(x,{span:!0,size:`xs`,c:`dimmed`,fw:400,ml:4,children:n}):null]})]})})}var hi=U(`
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
`),gi={fromDays:-90,toDays:30},_i=e=>!!e&&/^\d{4}-\d{2}-\d{2}$/.test(e);function vi(e){return new Date(`${e}T00:00:00`).toISOString()}function yi(e){let t=new Date(`${e}T00:00:00`);return t.setDate(t.getDate()+1),t.toISOString()}function bi(){let[e,t]=ve();return{from:_i(e.get(`from`))?e.get(`from`):zn(gi.fromDays),to:_i(e.get(`to`))?e.get(`to`):zn(gi.toDays),teamIDs:(e.get(`teams`)??``).split(`,`).filter(Boolean),update:n=>{let r=new URLSearchParams(e);for(let[e,t]of Object.entries(n))t?r.set(e,t):r.delete(e);t(r,{replace:!0})}}}function xi(){q(`Follow-through`);let{from:e,to:t,teamIDs:n,update:r}=bi(),i=e<=t,a=(0,K.useMemo)(()=>({from:vi(e),to:yi(t),teamIDs:n.length?n:null}),[e,t,n.join(`,`)]),[c,l]=z({query:hi,variables:a,pause:!i}),u=c.data?.followThrough;return(0,Y.jsxs)(N,{gap:`lg`,children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(P,{order:1,children:`Follow-through`}),(0,Y.jsx)(x,{c:`dimmed`,size:`sm`,children:`Of the actions due in a period, how many each team got done on time, late, or not yet. Not a league table: a prompt to ask what got in the way.`})]}),(0,Y.jsx)(C,{withBorder:!0,p:`md`,radius:`md`,component:`section`,"aria-label":`Period and teams`,children:(0,Y.jsxs)(d,{align:`flex-end`,gap:`md`,wrap:`wrap`,children:[(0,Y.jsx)(M,{type:`date`,label:`Due from`,value:e,onChange:e=>_i(e.currentTarget.value)&&r({from:e.currentTarget.value})}),(0,Y.jsx)(M,{type:`date`,label:`Due until (inclusive)`,value:t,onChange:e=>_i(e.currentTarget.value)&&r({to:e.currentTarget.value}),error:i?void 0:`The period must end after it starts`}),(0,Y.jsx)(Zn,{kind:`teams`,label:`Teams`,placeholder:n.length?void 0:`All teams`,value:n,onChange:e=>r({teams:e.join(`,`)||null}),clearable:!0,style:{flex:`1 1 260px`}}),(0,Y.jsx)(f,{variant:`default`,onClick:()=>r({from:null,to:null,teams:null}),children:`Last 90 days to next 30`})]})}),c.error&&!u?(0,Y.jsx)(H,{error:c.error,onRetry:()=>l({requestPolicy:`network-only`})}):i?u?(0,Y.jsxs)(o,{gap:`lg`,children:[(0,Y.jsx)(o.Col,{span:{base:12,lg:9},children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsxs)(x,{size:`sm`,children:[`Actions due from `,(0,Y.jsx)(`strong`,{children:nt(u.from)}),` until `,(0,Y.jsx)(`strong`,{children:nt(new Date(new Date(u.to).getTime()-1).toISOString())}),n.length?`, ${W(n.length,`team`)}`:`, all teams`,`.`]}),(0,Y.jsx)(Si,{teams:u.teams,overall:u.overall}),(0,Y.jsxs)(s,{color:u.withoutDueDate?`orange`:`gray`,variant:`light`,"data-testid":`without-due-date`,children:[(0,Y.jsx)(`strong`,{children:W(u.withoutDueDate,`open action`)}),` without a due date `,u.withoutDueDate===1?`is`:`are`,` in no period, so`,` `,u.withoutDueDate===1?`it is`:`they are`,` not counted above.`]})]})}),(0,Y.jsx)(o.Col,{span:{base:12,lg:3},children:(0,Y.jsxs)(C,{bg:`gray.0`,p:`md`,radius:`md`,component:`aside`,"aria-labelledby":`definition-heading`,children:[(0,Y.jsx)(P,{order:2,size:`h5`,id:`definition-heading`,mb:4,children:`What is counted`}),(0,Y.jsx)(x,{size:`sm`,"data-testid":`follow-through-definition`,children:u.definition})]})})]}):(0,Y.jsx)(Le,{what:`the figures`}):null]})}function Si({teams:e,overall:t}){return e.length===0?(0,Y.jsx)(x,{c:`dimmed`,fs:`italic`,size:`sm`,children:`No action is due in this period.`}):(0,Y.jsx)(E.ScrollContainer,{minWidth:760,children:(0,Y.jsxs)(E,{verticalSpacing:`xs`,striped:!0,"aria-label":`Follow-through per team`,children:[(0,Y.jsx)(E.Thead,{children:(0,Y.jsxs)(E.Tr,{children:[(0,Y.jsx)(E.Th,{children:`Team`}),(0,Y.jsx)(E.Th,{ta:`right`,children:`Actions`}),fi.map(e=>(0,Y.jsx)(E.Th,{ta:`right`,children:e.label},e.key))]})}),(0,Y.jsx)(E.Tbody,{children:e.map(e=>(0,Y.jsx)(Ci,{name:e.team?.name??`No team`,figures:e.figures},e.team?.id??`none`))}),(0,Y.jsx)(E.Tfoot,{children:(0,Y.jsx)(Ci,{name:`All teams`,figures:t,strong:!0})})]})})}function Ci({name:e,figures:t,strong:n}){return(0,Y.jsxs)(E.Tr,{"data-testid":`team-figures`,"data-team":e,children:[(0,Y.jsx)(E.Th,{scope:`row`,fw:n?700:600,children:e}),(0,Y.jsx)(E.Td,{ta:`right`,fw:n?700:void 0,children:t.total}),fi.map(e=>(0,Y.jsxs)(E.Td,{ta:`right`,c:t[e.key]?e.color:`dimmed`,fw:n?700:void 0,children:[t[e.key],` `,(0,Y.jsx)(x,{span:!0,size:`xs`,c:`dimmed`,ml:4,fw:400,children:Bn(t[e.key],t.total)})]},e.key))]})}var wi=[{value:``,label:`Detect from the file`},{value:`debrief`,label:`Debrief JSON export`},{value:`csv`,label:`CSV (one incident a row)`},{value:`markdown`,label:`Markdown postmortem with YAML front matter`},{value:`statuspage`,label:`Status page JSON`}],Ti=[`key`,`title`,`summary`,`severity`,`status`,`startedAt`,`detectedAt`,`acknowledgedAt`,`mitigatedAt`,`resolvedAt`,`customerImpact`,`sourceUrl`,`services`,`vendors`,`tags`],Ei=`ignore`,Di=[`title`,`startedAt`];function Oi(e){let t=Object.values(e);return Di.filter(e=>!t.includes(e))}var ki=e=>e.trim().toLowerCase().replace(/[\s_-]/g,``);function Ai(e){return Ti.find(t=>ki(t)===ki(e))??`ignore`}var ji=(e,t)=>t===`csv`||t===``&&/\.csv$/i.test(e.name);async function Mi(e){let t=(await e.slice(0,65536).text()).replace(/^\uFEFF/,``),n=[],r=``,i=!1;for(let e=0;e<t.length;e++){let a=t[e];if(i)a===`"`&&t[e+1]===`"`?(r+=`"`,e++):a===`"`?i=!1:r+=a;else if(a===`"`)i=!0;else if(a===`,`)n.push(r.trim()),r=``;else if(a===`
`||a===`\r`)break;else r+=a}return n.push(r.trim()),n.filter((e,t)=>e||t<n.length-1)}function Ni(e){return Object.entries(e).map(([e,t])=>`${t}=${e}`).join(`,`)}var Pi=[{value:Ei,label:`Leave out`},...Ti.map(e=>({value:e,label:e}))];function Fi({file:e,mapping:t,onChange:n}){let r=Object.keys(t),i=Oi(t);return(0,Y.jsxs)(`fieldset`,{style:{border:`none`,padding:0,margin:0},children:[(0,Y.jsx)(`legend`,{children:(0,Y.jsxs)(x,{size:`sm`,fw:600,children:[`Columns of `,e]})}),(0,Y.jsx)(k,{cols:{base:1,sm:2,md:3},spacing:`xs`,children:r.map(e=>(0,Y.jsx)(j,{size:`xs`,label:`Column “${e}”`,data:Pi,value:t[e],onChange:r=>n({...t,[e]:r??`ignore`}),allowDeselect:!1},e))}),i.length?(0,Y.jsxs)(x,{size:`xs`,c:`red`,mt:4,role:`alert`,children:[`Map a column to `,i.join(` and `),`: every incident needs `,i.length===1?`one`:`them`,`.`]}):null]})}function Ii({result:e}){return(0,Y.jsxs)(s,{color:e.errors.length?`orange`:`green`,variant:`light`,title:`Import finished`,role:`status`,"data-testid":`import-result`,children:[(0,Y.jsxs)(d,{gap:`lg`,children:[(0,Y.jsxs)(x,{size:`sm`,children:[(0,Y.jsx)(`strong`,{children:e.created}),` created`]}),(0,Y.jsxs)(x,{size:`sm`,children:[(0,Y.jsx)(`strong`,{children:e.skipped}),` skipped (already imported)`]}),(0,Y.jsxs)(x,{size:`sm`,children:[(0,Y.jsx)(`strong`,{children:e.errors.length}),` `,e.errors.length===1?`error`:`errors`]})]}),e.errors.length?(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsxs)(x,{size:`sm`,mt:`xs`,children:[`A file with errors was not imported at all; fix `,e.errors.length===1?`it`:`them`,` and upload again.`]}),(0,Y.jsxs)(E,{mt:`xs`,verticalSpacing:2,"aria-label":`${W(e.errors.length,`import error`)}`,children:[(0,Y.jsx)(E.Thead,{children:(0,Y.jsxs)(E.Tr,{children:[(0,Y.jsx)(E.Th,{children:`File`}),(0,Y.jsx)(E.Th,{children:`Where`}),(0,Y.jsx)(E.Th,{children:`Problem`})]})}),(0,Y.jsx)(E.Tbody,{children:e.errors.map((e,t)=>(0,Y.jsxs)(E.Tr,{children:[(0,Y.jsx)(E.Td,{children:e.file}),(0,Y.jsx)(E.Td,{children:e.position||`—`}),(0,Y.jsx)(E.Td,{children:e.message})]},t))})]})]}):null]})}async function Li(e,t){let n=e.getReader(),r=new TextDecoder,i=``,a=e=>{let n=e.trim();n&&t(JSON.parse(n))};for(;;){let{value:e,done:t}=await n.read();if(t)break;i+=r.decode(e,{stream:!0});let o=i.indexOf(`
`);for(;o>=0;)a(i.slice(0,o)),i=i.slice(o+1),o=i.indexOf(`
`)}a(i+r.decode())}var Ri=`/api/import`;async function zi(e,t,n){let r=new URLSearchParams;t.format&&r.set(`format`,t.format),t.map&&r.set(`map`,t.map);let i=new FormData;i.append(`file`,e,e.name);let a=await fetch(`${Ri}${r.size?`?${r}`:``}`,{method:`POST`,credentials:`same-origin`,headers:{Accept:`application/x-ndjson`,...mt},body:i});if(!a.ok||!a.body){let e=`The server refused the upload (${a.status} ${a.statusText}).`;try{let t=await a.json();t.errors?.[0]?.message&&(e=t.errors[0].message)}catch{}throw Error(e)}let o=null;if(await Li(a.body,e=>{`result`in e?o=e.result:n(e)}),!o)throw Error(`The import stopped before it reported a result.`);return o}function Bi(e,t){let[n,r]=(0,K.useState)({});return(0,K.useEffect)(()=>{let n=!1;return Promise.all(e.filter(e=>ji(e,t)).map(async e=>[e.name,Object.fromEntries((await Mi(e)).map(e=>[e,Ai(e)]))])).then(e=>!n&&r(Object.fromEntries(e))),()=>{n=!0}},[e,t]),[n,r]}function Vi(){q(`Import incidents`);let{viewer:e}=J(),[t,n]=(0,K.useState)([]),[r,i]=(0,K.useState)(``),[o,c]=Bi(t,r),[l,u]=(0,K.useState)(null),[p,m]=(0,K.useState)(null),[h,g]=(0,K.useState)(null),[_,v]=(0,K.useState)(!1);if(!At(e.role))return(0,Y.jsxs)(N,{children:[(0,Y.jsx)(P,{order:1,children:`Import incidents`}),(0,Y.jsx)(s,{color:`gray`,variant:`light`,title:`Analysts and admins import`,children:`Ask an analyst or an admin to import incidents for you.`})]});let y=async()=>{v(!0),m(null),g(null);let e={created:0,skipped:0,errors:[]};try{for(let[n,i]of t.entries()){u({file:i.name,done:0,total:0,index:n});let t=o[i.name]?Ni(o[i.name]):``,a=await zi(i,{format:r,map:t},e=>u({...e,index:n}));e.created+=a.created,e.skipped+=a.skipped,e.errors.push(...a.errors)}m(e)}catch(t){g(t instanceof Error?t.message:String(t)),(e.created||e.skipped||e.errors.length)&&m(e)}finally{v(!1),u(null)}},b=Object.entries(o).filter(([,e])=>Oi(e).length>0).map(([e])=>e),S=l&&l.total?l.done/l.total:0,w=l?(l.index+S)/t.length*100:0;return(0,Y.jsxs)(N,{gap:`lg`,children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(P,{order:1,children:`Import incidents`}),(0,Y.jsx)(x,{c:`dimmed`,size:`sm`,children:`Bring incidents from other tools: Debrief’s JSON export, CSV (one incident a row), Markdown postmortems with YAML front matter, or a status page’s incident history. Importing the same file again skips what is already here.`})]}),(0,Y.jsx)(C,{withBorder:!0,radius:`md`,p:`md`,component:`section`,"aria-label":`Files to import`,children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(a,{label:`Files`,placeholder:`Choose files`,multiple:!0,clearable:!0,accept:`.json,.csv,.md,.markdown,application/json,text/csv,text/markdown`,value:t,onChange:e=>{n(e),m(null),g(null)}}),(0,Y.jsx)(j,{label:`Format`,data:wi,value:r,onChange:e=>i(e??``),allowDeselect:!1,w:`100%`,maw:360}),Object.entries(o).map(([e,t])=>(0,Y.jsx)(Fi,{file:e,mapping:t,onChange:t=>c({...o,[e]:t})},e)),(0,Y.jsxs)(d,{gap:`sm`,children:[(0,Y.jsx)(f,{onClick:y,loading:_,disabled:t.length===0||b.length>0,"aria-describedby":b.length?`import-blocked`:void 0,children:`Import`}),b.length?(0,Y.jsxs)(x,{size:`sm`,c:`dimmed`,id:`import-blocked`,children:[`Map the required columns of `,b.join(`, `),` first.`]}):null]}),l?(0,Y.jsxs)(N,{gap:4,children:[(0,Y.jsx)(ce,{value:w,"aria-label":`Import progress`,animated:!0}),(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,"aria-live":`polite`,children:[l.file,`: `,l.total?`${l.done} of ${l.total} incidents`:`reading…`,` (file `,l.index+1,` of`,` `,t.length,`)`]})]}):null]})}),h?(0,Y.jsx)(s,{color:`red`,variant:`light`,title:`The import did not finish`,role:`alert`,children:h}):null,p?(0,Y.jsx)(Ii,{result:p}):null]})}var Hi=50,Ui=U(`
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
`),Wi=U(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);function Gi(e){if(e.incidentID){let t=`/incidents/${encodeURIComponent(e.incidentID)}`;return e.actionItemID?{to:`${t}#action-${e.actionItemID}`,text:`Open the action${e.actionItem?` “${e.actionItem.title}”`:``}`}:{to:t+(e.kind===`QUESTION_ASSIGNED`?`#questions`:e.kind===`MENTION`?`#comments`:``),text:`Open ${e.incident?`“${e.incident.title}”`:`the incident`}`}}return e.actionItemID?{to:`/actions`,text:`Open my actions`}:null}function Ki(){q(`Inbox`);let[e,t]=ve(),n=e.get(`show`)===`unread`,r=e.get(`after`)||null,i=(0,K.useMemo)(()=>({unreadOnly:n,first:Hi,after:r}),[n,r]),[a,o]=z({query:Ui,variables:i}),[s,c]=R(Wi),l=Lt(),u=a.data?.inbox,p=G(u),m=(0,K.useCallback)(async e=>{let t=await c(e);return o({requestPolicy:`network-only`}),l(),t},[c,o,l]),h=(n,r)=>{let i=new URLSearchParams(e);r?i.set(n,r):i.delete(n),n!==`after`&&i.delete(`after`),t(i)};return(0,Y.jsxs)(N,{gap:`lg`,children:[(0,Y.jsxs)(d,{justify:`space-between`,align:`flex-end`,children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(P,{order:1,children:`Inbox`}),(0,Y.jsx)(x,{c:`dimmed`,size:`sm`,children:`Mentions, assignments, and reminders about actions and reviews. Newest first.`})]}),(0,Y.jsxs)(d,{gap:`sm`,children:[(0,Y.jsx)(ue,{value:n?`unread`:`all`,onChange:e=>h(`show`,e===`unread`?`unread`:null),data:[{value:`all`,label:`All`},{value:`unread`,label:`Unread`}],"aria-label":`Which notifications`}),(0,Y.jsx)(f,{variant:`light`,onClick:()=>void m({all:!0}),loading:s.fetching,children:`Mark all read`})]})]}),s.error?(0,Y.jsx)(H,{error:s.error}):null,a.error&&!u?(0,Y.jsx)(H,{error:a.error,onRetry:()=>o({requestPolicy:`network-only`})}):u?p.length===0?(0,Y.jsx)(x,{c:`dimmed`,fs:`italic`,children:n?`Nothing unread.`:`Nothing here yet: you will hear about mentions, assignments and reminders here.`}):(0,Y.jsx)(N,{gap:`xs`,component:`ul`,style:{listStyle:`none`,padding:0,margin:0},"aria-label":`Notifications`,children:p.map(e=>(0,Y.jsx)(qi,{note:e,onRead:()=>void m({ids:[e.id]})},e.id))}):(0,Y.jsx)(Le,{what:`your inbox`}),u?(0,Y.jsxs)(d,{justify:`space-between`,children:[(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,children:W(u.totalCount,n?`unread notification`:`notification`)}),(0,Y.jsxs)(d,{gap:`xs`,children:[r?(0,Y.jsx)(f,{variant:`default`,size:`xs`,onClick:()=>h(`after`,null),children:`← Newest`}):null,u.pageInfo.hasNextPage?(0,Y.jsx)(f,{variant:`default`,size:`xs`,onClick:()=>h(`after`,u.pageInfo.endCursor??null),children:`Older →`}):null]})]}):null]})}function qi({note:e,onRead:t}){let n=!e.readAt,i=Gi(e);return(0,Y.jsx)(C,{component:`li`,withBorder:!0,radius:`md`,p:`sm`,bg:n?`indigo.0`:void 0,"data-testid":`notification`,"data-unread":n||void 0,children:(0,Y.jsxs)(d,{justify:`space-between`,align:`flex-start`,wrap:`nowrap`,gap:`md`,children:[(0,Y.jsxs)(N,{gap:4,style:{minWidth:0},children:[(0,Y.jsxs)(d,{gap:`xs`,children:[(0,Y.jsx)(r,{color:On[e.kind]??`gray`,variant:n?`filled`:`light`,radius:`sm`,size:`sm`,children:V(Dn,e.kind)}),n?(0,Y.jsx)(x,{size:`xs`,fw:700,c:`indigo.8`,children:`Unread`}):null,(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,title:B(e.createdAt),children:[(0,Y.jsx)(`time`,{dateTime:e.createdAt,children:Vn(e.createdAt)}),` · `,B(e.createdAt)]})]}),(0,Y.jsx)(x,{size:`sm`,fw:n?600:void 0,children:e.message}),i?(0,Y.jsx)(y,{component:I,to:i.to,size:`sm`,onClick:n?t:void 0,children:i.text}):null]}),n?(0,Y.jsx)(f,{size:`compact-xs`,variant:`subtle`,onClick:t,"aria-label":`Mark read: ${e.message}`,children:`Mark read`}):null]})})}function Ji({severity:e,size:t=`md`}){return(0,Y.jsx)(ee,{label:Re[e]??e,withArrow:!0,openDelay:300,children:(0,Y.jsx)(r,{color:He[e]??`gray`,variant:e===`SEV1`||e===`SEV2`?`filled`:`light`,size:t,radius:`sm`,"aria-label":`Severity ${Re[e]??e}`,children:e})})}function Yi({status:e,size:t=`md`}){return(0,Y.jsx)(r,{color:ze[e]??`gray`,variant:`dot`,size:t,radius:`sm`,miw:`max-content`,children:V(Ve,e)})}var Xi={a:({href:e,children:t})=>e?(0,Y.jsx)(`a`,{href:e,target:`_blank`,rel:`noopener noreferrer nofollow`,children:t}):(0,Y.jsx)(`span`,{children:t}),img:({alt:e})=>(0,Y.jsx)(`span`,{children:e??``})};function Zi({children:e,size:t=`sm`}){return e?(0,Y.jsx)(`div`,{className:`prose markdown markdown-${t}`,children:(0,Y.jsx)(Me,{skipHtml:!0,components:Xi,children:e})}):null}function Qi(e,t){return e?.graphQLErrors.find(e=>e.extensions?.code===t)}function $i(e){let t=Qi(e,`CONFLICT`);if(!t)return null;let n=t.extensions,r=n.current&&typeof n.current==`object`?n.current:null,i=typeof n.currentVersion==`number`?n.currentVersion:typeof r?.version==`number`?r.version:null;return i===null?null:{currentVersion:i,current:r,message:t.message}}function ea(e){return Qi(e,`FORBIDDEN`)?.message??null}var ta=[`ADMIN`,`ANALYST`];function na(e,t,n){return ta.includes(e)?!0:e===`MEMBER`&&!!n&&n===t}function ra(e){return ta.includes(e)}function ia(e,t){if(t==null||t===``)return``;if(e.kind===`boolean`)return t?`true`:``;if(e.kind===`datetime`&&typeof t==`string`){let e=Date.parse(t);return Number.isNaN(e)?t:String(e)}return String(t)}function aa(e,t,n){return ia(e,t)===ia(e,n)}function oa(e,t,n){return e.filter(e=>!aa(e,t[e.key],n[e.key])).map(e=>e.key)}function sa(e,t){let n={};for(let r of e){let e=t[r.key];n[r.key]=r.kind===`boolean`?e===!0:typeof e==`string`?e:e==null?null:String(e)}return n}function ca({field:e,value:t}){if(ia(e,t)===``&&e.kind!==`boolean`)return(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,fs:`italic`,children:`empty`});switch(e.kind){case`markdown`:return(0,Y.jsx)(Zi,{children:String(t)});case`boolean`:return(0,Y.jsx)(x,{size:`sm`,children:t?`Yes`:`No`});case`datetime`:return(0,Y.jsx)(x,{size:`sm`,children:B(String(t))});case`select`:return(0,Y.jsx)(x,{size:`sm`,children:e.options?.find(e=>e.value===t)?.label??String(t)});default:return(0,Y.jsx)(x,{size:`sm`,style:{whiteSpace:`pre-wrap`},children:String(t)})}}function $({field:e,value:t,onChange:n,label:r,description:a,error:o}){let s=Wt();switch(e.kind){case`markdown`:return(0,Y.jsx)(i,{label:r,description:a,error:o,autosize:!0,minRows:2,maxRows:12,value:typeof t==`string`?t:``,onChange:e=>n(e.currentTarget.value)});case`select`:return(0,Y.jsx)(j,{label:r,description:a,error:o,data:e.options??[],value:typeof t==`string`?t:null,onChange:e=>n(e??t),allowDeselect:!1,comboboxProps:{withinPortal:!0}});case`boolean`:return(0,Y.jsx)(b,{label:r,description:a,error:o,checked:t===!0,onChange:e=>n(e.currentTarget.checked)});case`datetime`:return(0,Y.jsx)(M,{type:`datetime-local`,label:r,description:a??`On your clock (${s}).`,error:o,value:typeof t==`string`&&t?Xt(t,s):``,onChange:e=>n(Qt(e.currentTarget.value,s)??t)});default:return(0,Y.jsx)(M,{label:r,description:a,error:o,value:typeof t==`string`?t:``,onChange:e=>n(e.currentTarget.value)})}}function la({error:e}){if(!e)return null;let t=ea(e);return t?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,title:`You may not edit this`,p:`xs`,children:t}):(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:Z(e)})}function ua({fields:e,save:t,onSaved:n,otherChanges:r}){let[i,a]=(0,K.useState)(null),[o,s]=(0,K.useState)(),[c,l]=(0,K.useState)(!1),u=(0,K.useCallback)(async(i,o,c,u)=>{if(oa(e,i,c).length===0&&!r?.())return a(null),s(void 0),await n(),!0;l(!0);try{let r=await t(i,o,c),l=$i(r.error);return l?.current?(s(void 0),a({base:u,mine:i,theirs:sa(e,l.current),version:l.currentVersion}),!1):(s(r.error),!r.error&&(a(null),await n(),!0))}finally{l(!1)}},[e,t,n,r]);return{submit:(0,K.useCallback)((e,t,n)=>u(e,t,n,n),[u]),resolve:(0,K.useCallback)(e=>i?u(e,i.version,i.theirs,i.theirs):Promise.resolve(!1),[i,u]),discard:(0,K.useCallback)(async()=>{a(null),s(void 0),await n()},[n]),merge:i,error:o,saving:c}}function da({what:e,fields:t,state:n,saving:i,error:a,onResolve:o,onDiscard:s}){let[c,l]=(0,K.useState)({}),[u,p]=(0,K.useState)({});if((0,K.useEffect)(()=>{if(!n)return;let e={},r={};for(let i of t){let t=aa(i,n.mine[i.key],n.base[i.key])&&!aa(i,n.theirs[i.key],n.base[i.key]);r[i.key]=t?`theirs`:`mine`,e[i.key]=t?n.theirs[i.key]:n.mine[i.key]}l(e),p(r)},[n,t]),!n)return null;let m=t.filter(e=>!aa(e,n.mine[e.key],n.theirs[e.key])),h=t.length-m.length,g=(e,t)=>{p({...u,[e.key]:t}),t!==`edited`&&l({...c,[e.key]:t===`mine`?n.mine[e.key]:n.theirs[e.key]})},_={...n.theirs,...c};return(0,Y.jsx)(F,{opened:!0,onClose:()=>void s(),title:`Someone else changed this ${e}`,size:`xl`,closeOnClickOutside:!1,children:(0,Y.jsxs)(N,{gap:`md`,"data-testid":`conflict-merge`,children:[(0,Y.jsxs)(x,{size:`sm`,children:[`It was saved by someone else while you were editing (it is now at version `,n.version,`). For each field that differs, keep yours or theirs, or edit the result; saving puts the result on top of their version.`]}),m.length===0?(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,children:`Your changes and theirs are the same: saving keeps them.`}):null,m.map(e=>{let t=u[e.key]??`mine`,i=`merge-${e.key}`;return(0,Y.jsxs)(C,{withBorder:!0,radius:`md`,p:`sm`,role:`group`,"aria-labelledby":`${i}-label`,"data-field":e.key,children:[(0,Y.jsxs)(d,{justify:`space-between`,mb:`xs`,children:[(0,Y.jsx)(x,{fw:700,size:`sm`,id:`${i}-label`,children:e.label}),t===`edited`?(0,Y.jsx)(r,{size:`sm`,variant:`light`,color:`grape`,children:`edited`}):null]}),(0,Y.jsxs)(k,{cols:{base:1,sm:2},spacing:`sm`,mb:`xs`,children:[(0,Y.jsxs)(`div`,{"data-testid":`merge-yours`,children:[(0,Y.jsx)(x,{size:`xs`,fw:700,tt:`uppercase`,c:`dimmed`,children:`Yours`}),(0,Y.jsx)(ca,{field:e,value:n.mine[e.key]})]}),(0,Y.jsxs)(`div`,{"data-testid":`merge-theirs`,children:[(0,Y.jsx)(x,{size:`xs`,fw:700,tt:`uppercase`,c:`dimmed`,children:`Theirs (current)`}),(0,Y.jsx)(ca,{field:e,value:n.theirs[e.key]})]})]}),(0,Y.jsx)(A.Group,{value:t===`edited`?``:t,onChange:t=>g(e,t),label:`Which to keep`,size:`xs`,mb:`xs`,children:(0,Y.jsxs)(d,{gap:`md`,mt:4,children:[(0,Y.jsx)(A,{value:`mine`,label:`Keep yours`}),(0,Y.jsx)(A,{value:`theirs`,label:`Keep theirs`})]})}),(0,Y.jsx)($,{field:e,label:`Result: ${e.label}`,value:c[e.key]??null,onChange:t=>{l({...c,[e.key]:t}),p({...u,[e.key]:aa(e,t,n.mine[e.key])?`mine`:aa(e,t,n.theirs[e.key])?`theirs`:`edited`})}})]},e.key)}),h>0&&m.length>0?(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[h===1?`One other field is`:`${h} other fields are`,` the same in both.`]}):null,(0,Y.jsx)(la,{error:a}),(0,Y.jsxs)(d,{justify:`flex-end`,children:[(0,Y.jsx)(f,{variant:`default`,onClick:()=>void s(),children:`Discard mine, keep theirs`}),(0,Y.jsx)(f,{onClick:()=>void o(_),loading:i,children:`Save merged version`})]})]})})}var fa=Object.entries(ot).map(([e,t])=>({value:e,label:t})),pa=Object.entries(Ve).map(([e,t])=>({value:e,label:t})),ma=[{key:`startedAt`,label:`Started`,verb:`started`},{key:`detectedAt`,label:`Detected`,verb:`was detected`},{key:`acknowledgedAt`,label:`Acknowledged`,verb:`was acknowledged`},{key:`mitigatedAt`,label:`Mitigated`,verb:`was mitigated`},{key:`resolvedAt`,label:`Resolved`,verb:`was resolved`}];function ha(e){return{key:e,label:ma.find(t=>t.key===e).label,kind:`datetime`}}function ga(e,t){return{add:t.filter(t=>!e.includes(t)),remove:e.filter(e=>!t.includes(e))}}var _a=U(`
  mutation CreateIncident($input: CreateIncidentInput!) {
    createIncident(input: $input) {
      id
    }
  }
`),va=[`title`,`severity`,`startedAt`,`summary`,`serviceIDs`,`tagIDs`],ya={key:`startedAt`,label:`Started`,kind:`datetime`};function ba(){let e=new Date;return e.setSeconds(0,0),e.toISOString()}function xa(){let{viewer:e}=J(),[t,n]=(0,K.useState)(!1);return jt(e.role)?(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(f,{onClick:()=>n(!0),children:`New incident`}),(0,Y.jsx)(F,{opened:t,onClose:()=>n(!1),title:`New incident`,size:`lg`,children:(0,Y.jsx)(Sa,{onCancel:()=>n(!1)})})]}):null}function Sa({onCancel:e}){let t=Se(),[n,r]=R(_a),[a,o]=(0,K.useState)(``),[c,l]=(0,K.useState)(null),[u,p]=(0,K.useState)(ba),[m,h]=(0,K.useState)(``),[g,_]=(0,K.useState)([]),[v,y]=(0,K.useState)([]),[b,x]=(0,K.useState)(!1),S=Q(n.error,va);return(0,Y.jsx)(`form`,{onSubmit:async e=>{if(e.preventDefault(),x(!0),!a.trim()||!c)return;let n=await r({input:{title:a.trim(),severity:c,startedAt:u,summary:m.trim()||null,serviceIDs:g,tagIDs:v}});n.data&&t(`/incidents/${encodeURIComponent(n.data.createIncident.id)}`)},"aria-label":`New incident`,noValidate:!0,children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(M,{label:`Title`,description:`What is going wrong, in a few words`,required:!0,"data-autofocus":!0,value:a,onChange:e=>o(e.currentTarget.value),error:b&&!a.trim()?`Give the incident a title.`:S.fields.title}),(0,Y.jsxs)(k,{cols:{base:1,sm:2},spacing:`sm`,children:[(0,Y.jsx)(j,{label:`Severity`,required:!0,placeholder:`How bad is it?`,data:fa,value:c,onChange:l,allowDeselect:!1,comboboxProps:{withinPortal:!0},error:b&&!c?`Choose a severity.`:S.fields.severity}),(0,Y.jsx)($,{field:ya,label:`Started`,value:u,onChange:e=>p(typeof e==`string`&&e?e:u),error:S.fields.startedAt})]}),(0,Y.jsx)(i,{label:`Summary`,description:`Optional; Markdown`,autosize:!0,minRows:2,maxRows:10,value:m,onChange:e=>h(e.currentTarget.value),error:S.fields.summary}),(0,Y.jsx)(Zn,{kind:`services`,label:`Services`,placeholder:`Services affected`,value:g,onChange:_,comboboxProps:{withinPortal:!0},error:S.fields.serviceIDs}),(0,Y.jsx)(Zn,{kind:`tags`,label:`Tags`,placeholder:`Tags`,value:v,onChange:y,comboboxProps:{withinPortal:!0},error:S.fields.tagIDs}),S.other?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:S.other}):null,(0,Y.jsxs)(d,{justify:`flex-end`,children:[(0,Y.jsx)(f,{variant:`default`,type:`button`,onClick:e,children:`Cancel`}),(0,Y.jsx)(f,{type:`submit`,loading:n.fetching,children:`Open incident`})]})]})})}var Ca=U(`
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
`),wa=[`RESPONDING`,`RESOLVED`,`ANALYSING`,`REVIEWING`,`FOLLOWING_UP`,`LEARNINGS_APPLIED`],Ta=[`SEV1`,`SEV2`,`SEV3`,`SEV4`],Ea=e=>!!e&&wa.includes(e),Da=e=>!!e&&Ta.includes(e);function Oa(){let[e,t]=ve();return{q:(e.get(`q`)??``).trim(),status:Ea(e.get(`status`))?e.get(`status`):null,severity:Da(e.get(`severity`))?e.get(`severity`):null,service:e.get(`service`)||null,after:e.get(`after`)||null,before:e.get(`before`)||null,update:(n,r)=>{let i=new URLSearchParams(e);r?.keepCursor||(i.delete(`after`),i.delete(`before`));for(let[e,t]of Object.entries(n))t?i.set(e,t):i.delete(e);t(i,{replace:r?.replace})}}}function ka(){q(`Incidents`);let{q:e,status:t,severity:n,service:i,after:a,before:o,update:s}=Oa(),c=(0,K.useMemo)(()=>{let r={};return e&&(r.or=[{titleContainsFold:e},{summaryContainsFold:e}]),t&&(r.status=t),n&&(r.severity=n),i&&(r.hasServicesWith=[{id:i}]),r},[e,t,n,i]),l=(0,K.useMemo)(()=>o?{last:20,before:o,where:c}:{first:20,after:a,where:c},[a,o,c]),[u,p]=z({query:Ca,variables:l}),m=(0,K.useRef)(void 0);u.data&&(m.current=u.data);let h=u.data??m.current,[g,_]=(0,K.useState)(e);(0,K.useEffect)(()=>_(e),[e]),(0,K.useEffect)(()=>{if(g.trim()===e)return;let t=window.setTimeout(()=>s({q:g.trim()||null},{replace:!0}),300);return()=>window.clearTimeout(t)},[g]);let v=!!(e||t||n||i),b=h?.incidents,w=(b?.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return(0,Y.jsxs)(N,{gap:`lg`,children:[(0,Y.jsxs)(d,{justify:`space-between`,align:`flex-end`,children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(P,{order:1,children:`Incidents`}),(0,Y.jsx)(x,{c:`dimmed`,size:`sm`,children:`Everything that went wrong, what people saw, and what we learned. Newest first.`})]}),(0,Y.jsx)(xa,{})]}),(0,Y.jsx)(C,{withBorder:!0,p:`md`,radius:`md`,component:`section`,"aria-label":`Search and filters`,children:(0,Y.jsx)(`form`,{role:`search`,onSubmit:e=>{e.preventDefault(),s({q:g.trim()||null})},children:(0,Y.jsxs)(d,{align:`flex-end`,gap:`md`,wrap:`wrap`,children:[(0,Y.jsx)(M,{label:`Search`,placeholder:`Words in the title or summary`,value:g,onChange:e=>_(e.currentTarget.value),style:{flex:`2 1 260px`},type:`search`,name:`q`}),(0,Y.jsx)(j,{label:`Status`,placeholder:`Any status`,data:wa.map(e=>({value:e,label:Ve[e]})),value:t,onChange:e=>s({status:e}),clearable:!0,style:{flex:`1 1 160px`}}),(0,Y.jsx)(j,{label:`Severity`,placeholder:`Any severity`,data:Ta.map(e=>({value:e,label:`${e} — ${Re[e].split(`:`)[0]}`})),value:n,onChange:e=>s({severity:e}),clearable:!0,style:{flex:`1 1 160px`}}),(0,Y.jsx)(Xn,{kind:`services`,label:`Service`,placeholder:`Any service`,value:i,onChange:e=>s({service:e}),clearable:!0,style:{flex:`1 1 200px`}}),v?(0,Y.jsx)(f,{variant:`subtle`,onClick:()=>{_(``),s({q:null,status:null,severity:null,service:null})},children:`Clear filters`}):null]})})}),u.error?(0,Y.jsx)(H,{error:u.error,onRetry:()=>p({requestPolicy:`network-only`})}):null,!h&&u.fetching?(0,Y.jsx)(Le,{what:`incidents`}):null,b?(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(d,{justify:`space-between`,children:(0,Y.jsxs)(x,{size:`sm`,c:`dimmed`,"aria-live":`polite`,"data-testid":`incident-count`,children:[v?`${W(b.totalCount,`incident`)} ${b.totalCount===1?`matches`:`match`}`:W(b.totalCount,`incident`),u.fetching?` · updating…`:``]})}),w.length===0?(0,Y.jsx)(C,{withBorder:!0,p:`xl`,radius:`md`,children:(0,Y.jsxs)(N,{align:`center`,gap:`xs`,children:[(0,Y.jsx)(x,{fw:600,children:v?`No incidents match these filters.`:`No incidents yet.`}),(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,children:v?`Try fewer words or clear a filter.`:`Incidents appear here once they are recorded.`})]})}):(0,Y.jsx)(C,{withBorder:!0,radius:`md`,style:{overflow:`hidden`},children:(0,Y.jsx)(E.ScrollContainer,{minWidth:900,children:(0,Y.jsxs)(E,{verticalSpacing:`sm`,horizontalSpacing:`md`,highlightOnHover:!0,className:`incident-table`,children:[(0,Y.jsx)(S,{component:`caption`,children:`Incidents, newest first`}),(0,Y.jsx)(E.Thead,{children:(0,Y.jsxs)(E.Tr,{children:[(0,Y.jsx)(E.Th,{children:`Incident`}),(0,Y.jsx)(E.Th,{children:`Severity`}),(0,Y.jsx)(E.Th,{children:`Status`}),(0,Y.jsx)(E.Th,{children:`Started`}),(0,Y.jsx)(E.Th,{children:`Services`}),(0,Y.jsx)(E.Th,{children:`Open questions`}),(0,Y.jsx)(E.Th,{style:{textAlign:`right`},children:`Action items`})]})}),(0,Y.jsx)(E.Tbody,{children:w.map(e=>{let t=(e.services.edges??[]).flatMap(e=>e?.node?[e.node]:[]),n=e.services.totalCount-t.length,i=e.actionItems.totalCount,a=e.openQuestions.totalCount;return(0,Y.jsxs)(E.Tr,{"data-testid":`incident-row`,children:[(0,Y.jsxs)(E.Td,{style:{maxWidth:420},children:[(0,Y.jsx)(y,{component:I,to:`/incidents/${encodeURIComponent(e.id)}`,fw:600,c:`dark.8`,children:e.title}),e.summary?(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,lineClamp:1,children:e.summary}):null]}),(0,Y.jsx)(E.Td,{children:(0,Y.jsx)(Ji,{severity:e.severity,size:`sm`})}),(0,Y.jsx)(E.Td,{children:(0,Y.jsx)(Yi,{status:e.status,size:`sm`})}),(0,Y.jsx)(E.Td,{children:(0,Y.jsx)(x,{size:`sm`,title:B(e.startedAt),style:{whiteSpace:`nowrap`},children:(0,Y.jsx)(`time`,{dateTime:e.startedAt,children:nt(e.startedAt)})})}),(0,Y.jsx)(E.Td,{children:(0,Y.jsxs)(d,{gap:4,children:[t.map(e=>(0,Y.jsx)(r,{variant:`outline`,color:`gray`,size:`sm`,radius:`sm`,children:e.name},e.id)),n>0?(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[`+`,n,` more`]}):null,t.length===0?(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,children:`None named`}):null]})}),(0,Y.jsx)(E.Td,{"data-testid":`open-questions`,children:a>0?(0,Y.jsx)(r,{color:`orange`,variant:`light`,size:`sm`,radius:`sm`,miw:`max-content`,children:W(a,`open question`)}):(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,children:`None open`})}),(0,Y.jsx)(E.Td,{style:{textAlign:`right`},children:(0,Y.jsxs)(x,{size:`sm`,c:i===0?`dimmed`:void 0,children:[i,(0,Y.jsxs)(S,{children:[` `,i===1?`action item`:`action items`]})]})})]},e.id)})})]})})}),(0,Y.jsxs)(d,{justify:`space-between`,component:`nav`,"aria-label":`Pages of incidents`,children:[(0,Y.jsx)(f,{variant:`default`,disabled:!b.pageInfo.hasPreviousPage||!b.pageInfo.startCursor,onClick:()=>s({before:b.pageInfo.startCursor??null,after:null},{keepCursor:!0}),children:`← Previous`}),(0,Y.jsx)(f,{variant:`default`,disabled:!b.pageInfo.hasNextPage||!b.pageInfo.endCursor,onClick:()=>s({after:b.pageInfo.endCursor??null,before:null},{keepCursor:!0}),children:`Next →`})]})]}):null]})}var Aa=U(`
  mutation MarkLearningsApplied($incidentID: ID!, $version: Int!, $overrideReason: String) {
    markLearningsApplied(incidentID: $incidentID, version: $version, overrideReason: $overrideReason) {
      id
      version
      status
      learningsOverrideReason
    }
  }
`);function ja({incident:e,onChanged:t}){let{viewer:n}=J(),[r,a]=R(Aa),[o,c]=(0,K.useState)(!1),[l,u]=(0,K.useState)(``),p=Q(r.error,[`overrideReason`]),m=In(n.role),h=n.role===`MEMBER`&&(e.createdByID===n.id||e.facilitator?.id===n.id),{open:g,overdue:_}=e.followThrough;if(e.status===`LEARNINGS_APPLIED`)return(0,Y.jsx)(s,{color:`green`,variant:`light`,title:`Learnings applied`,"data-testid":`learnings-applied`,children:e.learningsOverrideReason?`Marked while actions were still open, because: ${e.learningsOverrideReason}`:`Every action from this incident was done or dropped.`});let v=async n=>{let r=await a({incidentID:e.id,version:e.version,overrideReason:n??null});r.error&&Q(r.error).code!==`CONFLICT`||t(),r.error||c(!1)};return(0,Y.jsx)(C,{withBorder:!0,radius:`md`,p:`sm`,component:`section`,"aria-labelledby":`learnings-heading`,children:(0,Y.jsxs)(N,{gap:`xs`,children:[(0,Y.jsx)(P,{order:3,size:`h5`,id:`learnings-heading`,children:`Learnings applied?`}),g===0?(0,Y.jsx)(x,{size:`sm`,children:e.followThrough.total?`Every action from this incident is done or dropped.`:`This incident has no actions.`}):(0,Y.jsxs)(x,{size:`sm`,children:[W(g,`action`),` `,g===1?`is`:`are`,` still open`,_?`, ${_} overdue`:``,`. Learnings count as applied when every action is done or dropped with a reason.`,m?``:` An analyst can mark them applied sooner, with a reason.`]}),g===0&&(m||h)?(0,Y.jsx)(d,{children:(0,Y.jsx)(f,{size:`xs`,color:`green`,onClick:()=>void v(),loading:r.fetching,children:`Mark learnings applied`})}):null,g>0&&m?o?(0,Y.jsx)(`form`,{onSubmit:e=>{e.preventDefault(),l.trim()&&v(l.trim())},children:(0,Y.jsxs)(N,{gap:`xs`,children:[(0,Y.jsx)(i,{label:`Why mark the learnings applied with actions still open?`,description:`The activity history keeps this reason.`,required:!0,autosize:!0,minRows:2,value:l,onChange:e=>u(e.currentTarget.value),error:p.fields.overrideReason}),(0,Y.jsxs)(d,{gap:`xs`,children:[(0,Y.jsx)(f,{type:`submit`,size:`xs`,color:`orange`,disabled:!l.trim(),loading:r.fetching,children:`Mark learnings applied anyway`}),(0,Y.jsx)(f,{size:`xs`,variant:`default`,onClick:()=>c(!1),children:`Cancel`})]})]})}):(0,Y.jsx)(y,{component:`button`,type:`button`,size:`sm`,onClick:()=>c(!0),style:{alignSelf:`flex-start`},children:`Mark applied anyway, with a reason…`}):null,p.code===`CONFLICT`?(0,Y.jsx)(s,{color:`orange`,variant:`light`,role:`alert`,p:`xs`,children:`Someone else changed this incident meanwhile; the page now shows their version. Try again.`}):p.other?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:p.other}):null]})})}var Ma=`idle`,Na=new Set,Pa=new Set;function Fa(e){if(e!==Ma){Ma=e;for(let e of Na)e()}}function Ia(e){return Pa.add(e),()=>Pa.delete(e)}function La(e){return Na.add(e),()=>Na.delete(e)}function Ra(){return(0,K.useSyncExternalStore)(La,()=>Ma)}function za(e){let t=Math.min(3e4,1e3*2**e),n=t/2+t/2*Math.random();return new Promise(e=>setTimeout(e,n))}function Ba(){return`${window.location.protocol===`https:`?`wss:`:`ws:`}//${window.location.host}/graphql`}var Va=2e4,Ha=5e3,Ua,Wa,Ga=Fe({url:Ba,lazy:!0,lazyCloseTimeout:5e3,keepAlive:Va,retryAttempts:2**53-1,retryWait:za,shouldRetry:()=>!0,on:{connecting:e=>Fa(e?`reconnecting`:`connecting`),connected:e=>{Ua=e,Fa(`connected`);for(let e of[...Pa])e()},ping:e=>{e||(clearTimeout(Wa),Wa=setTimeout(()=>{Ua?.readyState===WebSocket.OPEN&&Ua.close(4408,`Ping timeout`)},Ha))},pong:e=>{e&&clearTimeout(Wa)},closed:e=>{clearTimeout(Wa),Ua=void 0,Fa(e?.code===1e3?`idle`:`reconnecting`)}}}),Ka=U(`
  subscription IncidentBoardChanged($incidentID: ID!) {
    boardChanged(incidentID: $incidentID) {
      incidentID
      kind
      entityID
      op
      at
    }
  }
`),qa=`resync`,Ja=300,Ya=2e3,Xa=4e3,Za=new Set;function Qa(e,t){let n=Ae(),r=Ra(),[i,a]=(0,K.useState)(null),[o,s]=(0,K.useState)(Za),[c,l]=(0,K.useState)(!1),u=(0,K.useRef)(t);return(0,K.useEffect)(()=>{u.current=t}),(0,K.useEffect)(()=>{let t=!1,r,i,o=0,c=!1,d=!1,f=new Set,p=async()=>{if(c)d=!0;else{c=!0;try{do{d=!1;let e=f;if(f=new Set,await u.current(),t)return;e.size>0&&(s(e),clearTimeout(i),i=setTimeout(()=>s(Za),Xa))}while(d&&!t)}finally{c=!1,!t&&r===void 0&&l(!1)}}},m=e=>{e&&f.add(e),l(!0);let t=Date.now();r===void 0&&(o=t),clearTimeout(r),r=setTimeout(()=>{r=void 0,p()},Math.max(0,Math.min(Ja,o+Ya-t)))},h=n.subscription(Ka,{incidentID:e}).subscribe(t=>{if(t.error){a(e);return}let n=t.data?.boardChanged;n&&m(n.op===`deleted`||n.op===qa?void 0:n.entityID)}),g=Ia(()=>m());return()=>{t=!0,l(!1),clearTimeout(r),clearTimeout(i),g(),h.unsubscribe()}},[n,e]),{status:i===e?`off`:r===`connected`?`live`:r===`reconnecting`?`reconnecting`:`connecting`,fresh:i===e?Za:o,syncing:c}}var $a=(0,K.createContext)(Za),eo=$a.Provider;function to(){return(0,K.useContext)($a)}var no={live:{label:`Live`,hint:`Changes anyone makes to this incident appear here as they happen.`},connecting:{label:`Connecting…`,hint:`Connecting for live updates.`},reconnecting:{label:`Reconnecting…`,hint:`The live connection dropped. The board catches up as soon as it is back.`},off:{label:`Not live`,hint:`Live updates are not available: reload the page to see the latest changes.`}};function ro({status:e,syncing:t}){let{label:n,hint:r}=no[e];return(0,Y.jsxs)(d,{gap:6,wrap:`nowrap`,role:`status`,title:r,"data-testid":`live-indicator`,"data-state":e,"data-syncing":t,className:`live-indicator`,children:[(0,Y.jsx)(`span`,{className:`live-dot`,"aria-hidden":`true`}),(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,fw:500,children:n})]})}function io(e){let{incident:t,answer:n}=X(),r=n??t,i=(0,K.useRef)(r);(0,K.useEffect)(()=>{i.current!==r&&(i.current=r,e({requestPolicy:`network-only`}))},[r,e])}var ao=U(`
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
`),oo=U(`
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
`);function so(e,t){return e.dueAt===t.dueAt?0:e.dueAt?t.dueAt?e.dueAt<t.dueAt?-1:1:-1:1}function co({incident:e}){let{viewer:t}=J(),{refetch:n}=X(),r=(0,K.useMemo)(()=>({additionalTypenames:[`ActionItem`]}),[]),[i,a]=z({query:ao,variables:{id:e.id},context:r}),o=(0,K.useCallback)(()=>a({requestPolicy:`network-only`}),[a]);io(o);let[s,c]=(0,K.useState)(null),l=i.data?.node,u=l?.__typename===`Incident`?l:void 0,d=Ae(),p=(0,K.useCallback)(async t=>{let n=await d.query(oo,{id:e.id,after:t},{requestPolicy:`network-only`}).toPromise(),r=n.data?.node;return{error:n.error,page:r?.__typename===`Incident`?r.actionItems:void 0}},[d,e.id]),{edges:m,...h}=Rr(u?.actionItems,p),g=G({edges:m}).sort(so);uo(g.length>0);let _=s&&s!==`new`?g.find(e=>e.id===s):void 0,v=()=>{c(null),n()};return(0,Y.jsxs)(Pr,{id:`actions`,title:`Action items`,description:`What we decided to change, who owns it and by when.`,aside:jt(t.role)?(0,Y.jsx)(f,{size:`xs`,onClick:()=>c(`new`),children:`New action`}):null,children:[(0,Y.jsxs)(N,{gap:`md`,children:[i.error&&!u?(0,Y.jsx)(H,{error:i.error,onRetry:o}):null,u?(0,Y.jsxs)(N,{gap:`xs`,children:[(0,Y.jsx)(P,{order:3,size:`h5`,children:`Follow-through`}),(0,Y.jsx)(pi,{figures:u.followThrough,label:`How this incident's actions fared`})]}):null,!u&&i.fetching?(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,children:`Loading the actions…`}):g.length===0&&u?(0,Y.jsx)(Fr,{children:`No action items yet.`}):g.length?(0,Y.jsx)(lo,{items:g,onEdit:c,onStale:o}):null,u?(0,Y.jsx)(Lr,{paging:h,shown:g.length,total:u.actionItems.totalCount,what:`action items`}):null,u?(0,Y.jsx)(ja,{incident:{...u,id:e.id},onChanged:()=>void n()}):null]}),(0,Y.jsx)(F,{opened:s!==null,onClose:()=>c(null),title:_?`Edit action`:`New action`,size:`xl`,children:s===`new`?(0,Y.jsx)(yr,{from:{incidentIDs:[e.id]},onSaved:v,onCancel:()=>c(null)}):_?(0,Y.jsx)(yr,{action:_,onSaved:v,onCancel:()=>c(null),onStale:o},_.id):null})]})}function lo({items:e,onEdit:t,onStale:n}){let{viewer:r}=J(),i=to();return(0,Y.jsx)(E.ScrollContainer,{minWidth:900,children:(0,Y.jsxs)(E,{verticalSpacing:`sm`,"aria-label":`Action items of this incident`,children:[(0,Y.jsx)(E.Thead,{children:(0,Y.jsxs)(E.Tr,{children:[(0,Y.jsx)(E.Th,{children:`Action`}),(0,Y.jsx)(E.Th,{children:`Owner`}),(0,Y.jsx)(E.Th,{children:`Due`}),(0,Y.jsx)(E.Th,{children:`Status`}),(0,Y.jsx)(E.Th,{children:`Priority · size`}),(0,Y.jsx)(E.Th,{children:`Warnings`}),(0,Y.jsx)(E.Th,{children:(0,Y.jsx)(S,{children:`Edit`})})]})}),(0,Y.jsx)(E.Tbody,{children:e.map(e=>{let a=Ke(e.trackerURL);return(0,Y.jsxs)(E.Tr,{id:`action-${e.id}`,"data-testid":`action-row`,className:i.has(e.id)?`is-fresh`:void 0,children:[(0,Y.jsxs)(E.Td,{style:{maxWidth:380},children:[(0,Y.jsx)(x,{size:`sm`,fw:600,children:e.title}),e.insight?(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,lineClamp:2,children:[`From insight:`,` `,(0,Y.jsx)(y,{href:`#insight-${e.insight.id}`,size:`xs`,children:e.insight.statement})]}):null,e.description?(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,lineClamp:2,children:e.description}):null,e.statusReason?(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[`Why: `,e.statusReason]}):null,a?(0,Y.jsx)(y,{href:a,size:`xs`,target:`_blank`,rel:`noopener noreferrer`,children:`Open in tracker ↗`}):null]}),(0,Y.jsxs)(E.Td,{children:[(0,Y.jsx)(x,{size:`sm`,c:e.owner?void 0:`orange.8`,fw:e.owner?void 0:600,children:e.owner?.name??`No owner`}),(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,children:e.team?.name??`No team`})]}),(0,Y.jsx)(E.Td,{children:(0,Y.jsx)(xr,{dueAt:e.dueAt,overdue:e.overdue})}),(0,Y.jsx)(E.Td,{children:(0,Y.jsxs)(N,{gap:4,align:`flex-start`,children:[(0,Y.jsx)(br,{status:e.status}),(0,Y.jsx)(Sr,{action:e,onStale:n})]})}),(0,Y.jsxs)(E.Td,{children:[(0,Y.jsx)(x,{size:`sm`,fw:e.priority===`CRITICAL`||e.priority===`HIGH`?600:void 0,children:V(Ye,e.priority)}),(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,children:V(Be,e.size)})]}),(0,Y.jsx)(E.Td,{children:(0,Y.jsx)(Cr,{warnings:e.warnings})}),(0,Y.jsx)(E.Td,{children:Fn(r.role,r.id,e)?(0,Y.jsx)(f,{size:`compact-xs`,variant:`subtle`,onClick:()=>t(e.id),"aria-label":`Edit ${e.title}`,children:`Edit`}):null})]},e.id)})})]})})}function uo(e){let{hash:t}=_e();(0,K.useEffect)(()=>{if(!e||!t.startsWith(`#action-`))return;let n=document.getElementById(t.slice(1));if(!n)return;n.scrollIntoView({block:`center`}),n.classList.add(`is-fresh`);let r=window.setTimeout(()=>n.classList.remove(`is-fresh`),4e3);return()=>window.clearTimeout(r)},[e,t])}function fo(e,t=70){let n=e.replace(/\s+/g,` `).trim();return n.length>t?`${n.slice(0,t-1)}…`:n}function po(e){return`${$t(e.occurredAt,Wt(),!0)} · ${fo(e.text)}`}function mo(e){return`${e.author?.name??`Someone`} (${V(Ge,e.department)})`}function ho(e){return fo(e.text)}var go={event:`timeline`,perspective:`perspectives`,question:`questions`};function _o(e,t,n){if(e===`event`)return document.querySelector(`[data-event-id="${CSS.escape(t)}"]`);if(e===`perspective`)return document.querySelector(`[data-perspective-id="${CSS.escape(t)}"]`);let r=(n??``).replace(/\s+/g,` `).trim().slice(0,60);return r?[...document.querySelectorAll(`[data-testid="question"]`)].find(e=>(e.textContent??``).replace(/\s+/g,` `).includes(r))??null:null}function vo(e,t,n){let r=_o(e,t,n)??document.getElementById(go[e]);r&&(r.scrollIntoView({block:`center`,behavior:`smooth`}),r.classList.add(`is-fresh`),window.setTimeout(()=>r.classList.remove(`is-fresh`),3e3))}function yo(e){return`#${go[e]}`}var bo=U(`
  mutation PublishInsight($id: ID!, $version: Int!) {
    updateInsight(id: $id, version: $version, input: { status: PUBLISHED }) {
      id
      version
      status
    }
  }
`);function xo({insight:e,incident:t,onTurnIntoAction:n,onStale:i}){let{viewer:a}=J(),[o,c]=R(bo),l=G(e.factors),u=async()=>{Q((await c({id:e.id,version:e.version})).error).code===`CONFLICT`&&i()},p=Q(o.error),m=e.actionItems.totalCount;return(0,Y.jsx)(C,{withBorder:!0,radius:`md`,p:`md`,id:`insight-${e.id}`,"data-testid":`insight`,component:`article`,"aria-labelledby":`insight-${e.id}-statement`,children:(0,Y.jsxs)(N,{gap:`xs`,children:[(0,Y.jsxs)(d,{justify:`space-between`,align:`flex-start`,wrap:`nowrap`,children:[(0,Y.jsx)(P,{order:3,size:`h5`,id:`insight-${e.id}-statement`,children:e.statement}),(0,Y.jsx)(r,{color:e.status===`PUBLISHED`?`green`:`gray`,variant:`light`,radius:`sm`,style:{flexShrink:0},children:V(En,e.status)})]}),e.detail?(0,Y.jsx)(Zi,{children:e.detail}):null,l.length?(0,Y.jsxs)(d,{gap:6,"aria-label":`Contributing factors`,children:[(0,Y.jsx)(x,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,children:`Factors`}),l.map(e=>(0,Y.jsxs)(r,{variant:`outline`,color:`grape`,radius:`sm`,tt:`none`,title:e.category.name,children:[e.category.name,`: `,e.description]},e.id))]}):null,(0,Y.jsx)(So,{insight:e,incident:t}),(0,Y.jsxs)(d,{justify:`space-between`,gap:`xs`,children:[(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[e.createdBy?`By ${e.createdBy.name} · `:``,m?`${W(m,`action`)} from it`:`No actions from it yet`]}),(0,Y.jsxs)(d,{gap:`xs`,children:[e.status===`DRAFT`&&In(a.role)?(0,Y.jsx)(f,{size:`compact-xs`,variant:`subtle`,onClick:()=>void u(),loading:o.fetching,children:`Publish`}):null,jt(a.role)?(0,Y.jsx)(f,{size:`compact-sm`,variant:`light`,onClick:n,"aria-label":`Turn into action: ${e.statement}`,children:`Turn into action`}):null]})]}),p.code===`CONFLICT`?(0,Y.jsx)(s,{color:`orange`,variant:`light`,role:`alert`,p:`xs`,children:`Someone else changed this insight meanwhile; it now shows their version. Try again.`}):p.other?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:p.other}):null]})})}function So({insight:e,incident:t}){let n=new Map(G(t.timelineEvents).map(e=>[e.id,e])),i=new Map(G(t.perspectives).map(e=>[e.id,e])),a=new Map(G(t.questions).map(e=>[e.id,e])),o=[...G(e.evidenceEvents).map(e=>{let t=n.get(e.id);return{kind:`event`,id:e.id,label:t?po(t):`a timeline event`}}),...G(e.evidencePerspectives).map(e=>{let t=i.get(e.id);return{kind:`perspective`,id:e.id,label:t?mo(t):`a perspective`}}),...G(e.evidenceQuestions).map(e=>{let t=a.get(e.id);return{kind:`question`,id:e.id,label:t?ho(t):`a question`,text:t?.text}})],s=e.evidenceEvents.totalCount+e.evidencePerspectives.totalCount+e.evidenceQuestions.totalCount-o.length;if(o.length===0)return(0,Y.jsx)(x,{size:`xs`,c:`orange.8`,children:`No evidence cited yet.`});let c={event:`Event`,perspective:`Perspective`,question:`Question`};return(0,Y.jsxs)(d,{gap:6,"aria-label":`Evidence`,children:[(0,Y.jsx)(x,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,children:`Evidence`}),o.map(e=>(0,Y.jsxs)(r,{component:`a`,href:yo(e.kind),onClick:t=>{t.preventDefault(),vo(e.kind,e.id,e.text)},variant:`light`,color:e.kind===`event`?`indigo`:e.kind===`perspective`?`teal`:`orange`,radius:`sm`,tt:`none`,style:{cursor:`pointer`,maxWidth:360},"aria-label":`${c[e.kind]}: ${e.label}`,children:[c[e.kind],`: `,e.label]},`${e.kind}-${e.id}`)),s>0?(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[`and `,s,` more`]}):null]})}var Co=U(`
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
`);function wo({incidentID:e,factors:t,categoryCount:n,value:r,onChange:i,error:a}){let[o,c]=(0,K.useState)([]),[l,u]=(0,K.useState)(``),[p,m]=(0,K.useState)(null),[h,g]=R(Co),_=Q(h.error,[`description`,`categoryID`]),v=(0,K.useMemo)(()=>{let e=new Map;for(let n of[...t,...o])e.set(n.id,n);let n=new Map;for(let t of e.values()){let e=n.get(t.category.name)??[];e.push({value:t.id,label:`${t.category.name}: ${t.description}`}),n.set(t.category.name,e)}return[...n.entries()].map(([e,t])=>({group:e,items:t}))},[t,o]),y=async()=>{if(!l.trim()||!p)return;let t=(await g({input:{incidentID:e,categoryID:p,description:l.trim()}})).data?.createContributingFactor;t&&(c(e=>[...e,t]),i([...r,t.id]),u(``))};return(0,Y.jsxs)(N,{gap:6,children:[(0,Y.jsx)(fe,{label:`Contributing factors`,description:`What made this more likely or worse, each with its category`,placeholder:v.length?`Pick factors`:`None named on this incident yet: add one below`,data:v,value:r,onChange:i,searchable:!0,clearable:!0,error:a}),(0,Y.jsxs)(d,{gap:`xs`,align:`flex-end`,wrap:`wrap`,children:[(0,Y.jsx)(M,{size:`xs`,label:`New contributing factor`,placeholder:`e.g. Certificates outside automation expire silently`,value:l,onChange:e=>u(e.currentTarget.value),error:_.fields.description,style:{flex:`2 1 240px`}}),(0,Y.jsx)(Xn,{kind:`categories`,size:`xs`,label:`Category`,placeholder:n?`Pick a category`:`No categories yet`,value:p,onChange:m,error:_.fields.categoryID,style:{flex:`1 1 180px`}}),(0,Y.jsx)(f,{size:`xs`,variant:`light`,onClick:()=>void y(),loading:h.fetching,disabled:!l.trim()||!p,children:`Add factor`})]}),n===0?(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,children:`An admin adds categories under Admin → Taxonomy.`}):null,_.other?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:_.other}):null]})}var To=U(`
  mutation CreateInsight($input: CreateInsightInput!) {
    createInsight(input: $input) {
      id
    }
  }
`),Eo=[`statement`,`detail`,`evidenceEventIDs`,`evidencePerspectiveIDs`,`evidenceQuestionIDs`,`factorIDs`];function Do({incident:e,factors:t,categoryCount:n,onSaved:r,onCancel:a}){let[o,c]=(0,K.useState)(``),[l,u]=(0,K.useState)(``),[p,m]=(0,K.useState)(!1),[h,g]=(0,K.useState)([]),[_,v]=(0,K.useState)([]),[y,x]=(0,K.useState)([]),[S,C]=(0,K.useState)([]),[w,T]=R(To),E=Q(w.error,Eo),D=G(e.timelineEvents).map(e=>({value:e.id,label:po(e)})),O=G(e.perspectives).map(e=>({value:e.id,label:mo(e)})),ee=G(e.questions).filter(e=>!!e.answer).map(e=>({value:e.id,label:ho(e)}));return(0,Y.jsx)(`form`,{onSubmit:async t=>{t.preventDefault(),o.trim()&&((await T({input:{incidentID:e.id,statement:o.trim(),detail:l.trim()||void 0,status:p?`PUBLISHED`:`DRAFT`,evidenceEventIDs:h.length?h:void 0,evidencePerspectiveIDs:_.length?_:void 0,evidenceQuestionIDs:y.length?y:void 0,factorIDs:S.length?S:void 0}})).error||r())},"aria-label":`Add an insight`,children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(M,{label:`Insight`,description:`What this incident taught us, in one sentence`,placeholder:`e.g. Certificates outside our automation expire without anyone noticing`,required:!0,value:o,onChange:e=>c(e.currentTarget.value),error:E.fields.statement,"data-autofocus":!0}),(0,Y.jsx)(i,{label:`Detail`,description:`The reasoning behind it (Markdown)`,autosize:!0,minRows:2,value:l,onChange:e=>u(e.currentTarget.value),error:E.fields.detail}),(0,Y.jsxs)(k,{cols:{base:1,md:3},spacing:`sm`,children:[(0,Y.jsx)(fe,{label:`Timeline events`,placeholder:D.length?`Cite events`:`No events yet`,data:D,value:h,onChange:g,searchable:!0,clearable:!0,error:E.fields.evidenceEventIDs}),(0,Y.jsx)(fe,{label:`Perspectives`,placeholder:O.length?`Cite perspectives`:`No perspectives yet`,data:O,value:_,onChange:v,searchable:!0,clearable:!0,error:E.fields.evidencePerspectiveIDs}),(0,Y.jsx)(fe,{label:`Answered questions`,placeholder:ee.length?`Cite answers`:`No answered questions yet`,data:ee,value:y,onChange:x,searchable:!0,clearable:!0,error:E.fields.evidenceQuestionIDs})]}),(0,Y.jsx)(wo,{incidentID:e.id,factors:t,categoryCount:n,value:S,onChange:C,error:E.fields.factorIDs}),(0,Y.jsx)(b,{label:`Publish it now (drafts are for the review to discuss)`,checked:p,onChange:e=>m(e.currentTarget.checked)}),E.other?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,title:E.code===`FORBIDDEN`?`You may not do this`:`Not saved`,children:E.other}):null,(0,Y.jsxs)(d,{justify:`flex-end`,children:[(0,Y.jsx)(f,{variant:`default`,onClick:a,children:`Cancel`}),(0,Y.jsx)(f,{type:`submit`,loading:w.fetching,disabled:!o.trim(),children:`Add insight`})]})]})})}U(`
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
`);var Oo=U(`
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
`),ko=U(`
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
`);function Ao({incident:e}){let{viewer:t}=J(),{refetch:n}=X(),r=(0,K.useMemo)(()=>({additionalTypenames:[`Insight`,`ContributingFactor`]}),[]),[i,a]=z({query:Oo,variables:{id:e.id},context:r}),o=(0,K.useCallback)(()=>a({requestPolicy:`network-only`}),[a]);io(o);let[s,c]=(0,K.useState)(!1),[l,u]=(0,K.useState)(null),d=i.data?.node,p=d?.__typename===`Incident`?d:void 0,m=Ae(),h=(0,K.useCallback)(async t=>{let n=await m.query(ko,{id:e.id,after:t},{requestPolicy:`network-only`}).toPromise(),r=n.data?.node;return{error:n.error,page:r?.__typename===`Incident`?r.insights:void 0}},[m,e.id]),{edges:g,..._}=Rr(p?.insights,h),v=G({edges:g}),y=G(p?.contributingFactors),b=i.data?.factorCategories.totalCount??0;return(0,Y.jsxs)(Pr,{id:`insights`,title:`Insights`,description:`What this incident taught us, the evidence for it, and the factors behind it.`,aside:In(t.role)&&!s?(0,Y.jsx)(f,{size:`xs`,onClick:()=>c(!0),children:`Add an insight`}):null,children:[(0,Y.jsxs)(N,{gap:`md`,children:[i.error&&!p?(0,Y.jsx)(H,{error:i.error,onRetry:o}):null,s?(0,Y.jsx)(C,{bg:`gray.0`,p:`md`,radius:`md`,children:(0,Y.jsx)(Do,{incident:e,factors:y,categoryCount:b,onSaved:()=>{c(!1),o(),n()},onCancel:()=>c(!1)})}):null,!p&&i.fetching?(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,children:`Loading the insights…`}):p&&v.length===0?(0,Y.jsx)(Fr,{children:`No insights yet.`}):v.map(t=>(0,Y.jsx)(xo,{insight:t,incident:e,onTurnIntoAction:()=>u(t),onStale:o},t.id)),p?(0,Y.jsx)(Lr,{paging:_,shown:v.length,total:p.insights.totalCount,what:`insights`}):null]}),(0,Y.jsx)(F,{opened:l!==null,onClose:()=>u(null),title:`Turn the insight into an action`,size:`xl`,children:l?(0,Y.jsx)(yr,{from:{insightID:l.id,incidentIDs:[e.id],insightStatement:l.statement},onSaved:()=>{u(null),o(),n()},onCancel:()=>u(null)}):null})]})}function jo(e,t,n){return At(e)?!0:e===`MEMBER`&&(n.createdByID===t||n.facilitator?.id===t)}var Mo=U(`
  mutation UpdateIncidentMilestone($id: ID!, $version: Int!, $input: UpdateIncidentInput!) {
    updateIncident(id: $id, version: $version, input: $input) {
      id
      version
      status
      startedAt
      detectedAt
      acknowledgedAt
      mitigatedAt
      resolvedAt
    }
  }
`),No={key:`status`,label:`Status`,kind:`select`,options:pa};function Po(){let e=new Date;return e.setSeconds(0,0),e.toISOString()}function Fo(e,t,n){let r={};for(let i of oa(e,t,n))r[i]=t[i];return r}function Io(e){if(!e)return e;let t=e=>ma.find(t=>t.key.replace(/At$/,``).toLowerCase()+`_at`===e)?.label.toLowerCase()??e,n=/^(\w+) \(([^)]+)\) cannot be before (\w+) \(([^)]+)\)$/.exec(e);return n?`The ${t(n[1])} time (${B(n[2])}) cannot be before the ${t(n[3])} time (${B(n[4])}).`:e}function Lo({incident:e,milestone:t,onDone:n}){let{refetch:r}=X(),i=ma.find(e=>e.key===t),a=t===`resolvedAt`&&e.status===`RESPONDING`,o=(0,K.useMemo)(()=>a?[ha(t),No]:[ha(t)],[t,a]),s=e[t],[c]=(0,K.useState)(()=>({[t]:s??null,status:e.status})),[l]=(0,K.useState)(e.version),[u,p]=(0,K.useState)(()=>({...c,[t]:s??Po(),status:a?`RESOLVED`:e.status})),[,m]=R(Mo),{submit:h,resolve:g,discard:_,merge:v,error:y,saving:S}=ua({fields:o,save:(0,K.useCallback)((t,n,r)=>m({id:e.id,version:n,input:Fo(o,t,r)}),[m,e.id,o]),onSaved:(0,K.useCallback)(async()=>{await r(),n()},[r,n])}),C=Q(y,[...ma.map(e=>e.key),`status`]),w=Io(C.fields[t]??Object.values(C.fields)[0]);return(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(F,{opened:!v,onClose:n,title:`When the incident ${i.verb}`,children:(0,Y.jsx)(`form`,{onSubmit:e=>{e.preventDefault(),h(u,l,c)},"aria-label":`${s?`Correct`:`Record`} ${i.label.toLowerCase()} time`,children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)($,{field:o[0],label:i.label,value:u[t],onChange:e=>p({...u,[t]:typeof e==`string`?e:u[t]}),error:w}),a?(0,Y.jsx)(b,{label:`Mark the incident resolved`,description:`The response is over: its review can open.`,checked:u.status===`RESOLVED`,onChange:t=>p({...u,status:t.currentTarget.checked?`RESOLVED`:e.status})}):null,s?(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,children:`Moving it moves its key moment on the timeline too.`}):null,w?null:(0,Y.jsx)(la,{error:y}),(0,Y.jsxs)(d,{justify:`flex-end`,children:[(0,Y.jsx)(f,{variant:`default`,type:`button`,onClick:n,children:`Cancel`}),(0,Y.jsx)(f,{type:`submit`,loading:S,children:`Save time`})]})]})})}),(0,Y.jsx)(da,{what:`incident`,fields:o,state:v,saving:S,error:y,onResolve:g,onDiscard:_})]})}function Ro({incident:e}){let{viewer:t}=J(),n=jo(t.role,t.id,e),[r,i]=(0,K.useState)(null),a=(0,K.useCallback)(()=>i(null),[]),o=ma.map(t=>({...t,at:e[t.key]})),s=e.durations,c=[{label:`Time to detect`,seconds:s.timeToDetect,help:`from start until someone noticed`},{label:`Time to acknowledge`,seconds:s.timeToAcknowledge,help:`from detection until a person picked it up`},{label:`Time to mitigate`,seconds:s.timeToMitigate,help:`from start until customers stopped feeling it`},{label:`Time to resolve`,seconds:s.timeToResolve,help:`from start until it was fully fixed`}];return(0,Y.jsxs)(N,{gap:`sm`,component:`section`,"aria-labelledby":`milestones-heading`,children:[(0,Y.jsx)(P,{order:2,size:`h5`,id:`milestones-heading`,children:`Milestones`}),(0,Y.jsx)(`ol`,{className:`milestones`,children:o.map(e=>(0,Y.jsxs)(`li`,{"data-reached":e.at?`true`:`false`,"data-testid":`milestone-${e.key}`,children:[(0,Y.jsx)(`span`,{className:`milestone-dot`,"aria-hidden":`true`}),(0,Y.jsx)(x,{size:`xs`,fw:700,tt:`uppercase`,c:`dimmed`,children:e.label}),e.at?(0,Y.jsx)(x,{size:`sm`,children:(0,Y.jsx)(`time`,{dateTime:e.at,children:B(e.at)})}):(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,children:`Not recorded`}),n?(0,Y.jsx)(f,{size:`compact-xs`,variant:`subtle`,px:0,onClick:()=>i(e.key),"aria-label":`${e.at?`Correct`:`Record`} ${e.label.toLowerCase()} time`,children:e.at?`Correct`:`Record`}):null]},e.key))}),r?(0,Y.jsx)(Lo,{incident:e,milestone:r,onDone:a},r):null,(0,Y.jsx)(k,{cols:{base:2,md:4},spacing:`sm`,children:c.map(e=>(0,Y.jsxs)(`div`,{className:`duration`,children:[(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,children:e.label}),(0,Y.jsx)(x,{fw:700,size:`lg`,children:e.seconds==null?`—`:Ze(e.seconds)}),(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,children:e.seconds==null?`not known yet`:e.help})]},e.label))})]})}var zo=U(`
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
`),Bo=U(`
  mutation CreateParticipant($input: CreateParticipantInput!) {
    createParticipant(input: $input) {
      id
    }
  }
`),Vo=Object.entries(et).map(([e,t])=>({value:e,label:t})),Ho=Object.entries(tt).map(([e,t])=>({value:e,label:t}));function Uo(){let{viewer:e}=J(),{incident:t,refetch:n}=X(),[r,i]=(0,K.useState)(``),[a]=te(r.trim(),250),[o,c]=(0,K.useState)(null),[l,u]=(0,K.useState)(`RESPONDER`),[p,m]=(0,K.useState)(``),[h,g]=(0,K.useState)(null),[_,v]=(0,K.useState)([]),[y,b]=(0,K.useState)(null),[x]=z({query:zo,variables:{q:a},pause:!jt(e.role)}),[S,C]=R(Bo),w=(0,K.useMemo)(()=>new Set(G(t.participants).map(e=>e.user.id)),[t.participants]),T=G(x.data?.users).filter(e=>!w.has(e.id)),E=T.map(e=>({value:e.id,label:e.name,hint:[e.title,V(Ge,e.department)].filter(Boolean).join(` · `)}));y&&!E.some(e=>e.value===y.id)&&E.unshift({value:y.id,label:y.name,hint:``});let D=(0,K.useMemo)(()=>Kt([y?.timeZone]),[y?.timeZone]);return jt(e.role)?(0,Y.jsxs)(`form`,{onSubmit:async e=>{if(e.preventDefault(),!o||!l)return;let r=await C({input:{incidentID:t.id,userID:o,role:l,location:p.trim()||void 0,timeZone:h||void 0,channels:_}});r.error?Ut(r.error)&&await n():(c(null),b(null),i(``),m(``),g(null),v([]),u(`RESPONDER`),await n())},"aria-label":`Add a participant`,className:`add-participant`,children:[(0,Y.jsxs)(d,{gap:`xs`,align:`flex-end`,wrap:`wrap`,mt:`md`,children:[(0,Y.jsx)(j,{label:`Person`,size:`xs`,placeholder:`Search the directory`,data:E,value:o,onChange:e=>{c(e);let t=T.find(t=>t.id===e)??(y?.id===e?y:null);b(t?{id:t.id,name:t.name,timeZone:t.timeZone}:null),g(t?.timeZone||null)},searchable:!0,searchValue:r,onSearchChange:i,filter:({options:e})=>e,nothingFoundMessage:x.fetching?`Searching…`:`Nobody by that name who is not already taking part`,renderOption:({option:e})=>{let t=E.find(t=>t.value===e.value)?.hint;return(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(`div`,{children:e.label}),t?(0,Y.jsx)(`div`,{style:{fontSize:`var(--mantine-font-size-xs)`,color:`var(--mantine-color-dimmed)`},children:t}):null]})},clearable:!0,w:220}),(0,Y.jsx)(j,{label:`Part they played`,size:`xs`,data:Vo,value:l,onChange:u,allowDeselect:!1,w:180}),(0,Y.jsx)(M,{label:`Where they were`,size:`xs`,placeholder:`e.g. Berlin office, on a train`,value:p,onChange:e=>m(e.currentTarget.value),w:200}),(0,Y.jsx)(j,{label:`Time zone`,size:`xs`,data:D,value:h,onChange:g,searchable:!0,clearable:!0,w:190}),(0,Y.jsx)(fe,{label:`Channels used`,size:`xs`,data:Ho,value:_,onChange:v,placeholder:_.length?void 0:`Slack, Zoom…`,w:240}),(0,Y.jsx)(f,{type:`submit`,size:`xs`,loading:S.fetching,disabled:!o||!l,children:`Add participant`})]}),S.error?(0,Y.jsx)(s,{color:Ut(S.error)?`orange`:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:Z(S.error)}):null]}):null}function Wo({label:e,question:t,onDelete:n}){let[r,i]=(0,K.useState)(!1),[a,o]=(0,K.useState)(!1),[c,l]=(0,K.useState)(),u=async()=>{o(!0);let e=await n();o(!1),l(e),e||i(!1)};return r?(0,Y.jsxs)(`span`,{role:`group`,"aria-label":e,className:`delete-confirm`,children:[(0,Y.jsxs)(d,{gap:6,component:`span`,wrap:`wrap`,children:[(0,Y.jsx)(x,{span:!0,size:`xs`,children:t}),(0,Y.jsx)(f,{size:`compact-xs`,color:`red`,loading:a,onClick:()=>void u(),children:`Delete`}),(0,Y.jsx)(f,{size:`compact-xs`,variant:`default`,onClick:()=>{i(!1),l(void 0)},children:`Cancel`})]}),c?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,mt:4,children:Z(c)}):null]}):(0,Y.jsx)(y,{component:`button`,type:`button`,size:`xs`,c:`red`,onClick:()=>i(!0),children:e})}var Go=U(`
  mutation DeleteParticipant($id: ID!) {
    deleteParticipant(id: $id)
  }
`);function Ko(){let{refetch:e}=X(),[,t]=R(Go);return(0,K.useCallback)(async n=>{let r=await t({id:n});return r.error||await e(),r.error},[t,e])}function qo({incident:e}){let{paging:t}=X(),n=G(e.participants),i=to(),{viewer:a}=J(),o=Ko();return(0,Y.jsxs)(Pr,{id:`participants`,title:`Participants`,description:`Who took part, in what role, from where, and how they were reached.`,children:[n.length===0?(0,Y.jsx)(Fr,{children:`Nobody is recorded as taking part yet.`}):(0,Y.jsx)(E.ScrollContainer,{minWidth:640,children:(0,Y.jsxs)(E,{verticalSpacing:`xs`,children:[(0,Y.jsx)(E.Thead,{children:(0,Y.jsxs)(E.Tr,{children:[(0,Y.jsx)(E.Th,{children:`Name`}),(0,Y.jsx)(E.Th,{children:`Role`}),(0,Y.jsx)(E.Th,{children:`Location`}),(0,Y.jsx)(E.Th,{children:`Time zone`}),(0,Y.jsx)(E.Th,{children:`Channels`})]})}),(0,Y.jsx)(E.Tbody,{children:n.map(e=>(0,Y.jsxs)(E.Tr,{className:i.has(e.id)?`is-fresh`:void 0,children:[(0,Y.jsxs)(E.Td,{children:[(0,Y.jsx)(x,{size:`sm`,fw:600,children:e.user.name}),(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,children:[e.user.title,V(Ge,e.user.department)].filter(Boolean).join(` · `)}),na(a.role,a.id,e.createdByID)?(0,Y.jsx)(Wo,{label:`Remove`,question:`Take ${e.user.name} off this incident?`,onDelete:()=>o(e.id)}):null]}),(0,Y.jsx)(E.Td,{children:(0,Y.jsx)(x,{size:`sm`,children:V(et,e.role)})}),(0,Y.jsx)(E.Td,{children:(0,Y.jsx)(x,{size:`sm`,c:e.location?void 0:`dimmed`,children:e.location||`Not recorded`})}),(0,Y.jsx)(E.Td,{children:(0,Y.jsx)(x,{size:`sm`,c:e.timeZone?void 0:`dimmed`,children:e.timeZone||`Not recorded`})}),(0,Y.jsx)(E.Td,{children:e.channels&&e.channels.length>0?(0,Y.jsx)(d,{gap:4,children:e.channels.map(e=>(0,Y.jsx)(r,{variant:`light`,color:`blue`,size:`sm`,radius:`sm`,children:V(tt,e)},e))}):(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,children:`None recorded`})})]},e.id))})]})}),(0,Y.jsx)(Lr,{paging:t?.participants,shown:n.length,total:e.participants.totalCount,what:`participants`}),(0,Y.jsx)(Uo,{})]})}var Jo=U(`
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
`);function Yo(){let{viewer:e}=J(),{incident:t}=X(),n=ra(e.role),r=e.role===`MEMBER`,i=(0,K.useMemo)(()=>[...G(t.timelineEvents).map(e=>e.id),...G(t.perspectives).map(e=>e.id)].sort(),[t.timelineEvents,t.perspectives]),[a]=z({query:Jo,variables:{incidentID:t.id,me:e.id,ids:i},pause:!r||i.length===0}),o=(0,K.useMemo)(()=>{let e=a.data?.node;return!e||e.__typename!==`Incident`?new Set:new Set([...G(e.timelineEvents),...G(e.perspectives)].map(e=>e.id))},[a.data]);return e=>n||r&&o.has(e)}function Xo(){let{viewer:e}=J();return jt(e.role)}var Zo=U(`
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
`),Qo=U(`
  mutation UpdateComment($id: ID!, $version: Int!, $input: UpdateCommentInput!) {
    updateComment(id: $id, version: $version, input: $input) {
      id
      version
      body
    }
  }
`),$o=U(`
  mutation DeleteComment($id: ID!, $version: Int!) {
    deleteComment(id: $id, version: $version)
  }
`);function es(){let e=Ae(),{refetch:t}=X(),[,n]=R($o);return(0,K.useCallback)(async r=>{let i=await e.query(Zo,{id:r},{requestPolicy:`network-only`}).toPromise();if(i.error)return i.error;let a=i.data?.node;if(a?.__typename!==`Comment`){await t();return}let o=await n({id:r,version:a.version});return o.error||await t(),o.error},[e,n,t])}var ts=[{key:`body`,label:`Comment`,kind:`markdown`}];function ns({id:e,version:t,body:n,onDone:r}){let{refetch:i}=X(),[a]=(0,K.useState)({body:n}),[o]=(0,K.useState)(t),[s,c]=(0,K.useState)(a),[,l]=R(Qo),{submit:u,resolve:p,discard:m,merge:h,error:g,saving:_}=ua({fields:ts,save:(0,K.useCallback)((t,n)=>l({id:e,version:n,input:{body:t.body.trim()}}),[l,e]),onSaved:(0,K.useCallback)(async()=>{await i(),r()},[i,r])});return(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(`form`,{"aria-label":`Edit comment`,onSubmit:e=>{e.preventDefault(),s.body.trim()&&u(s,o,a)},children:(0,Y.jsxs)(N,{gap:6,children:[(0,Y.jsx)($,{field:ts[0],label:`Edit your comment`,value:s.body,onChange:e=>c({body:typeof e==`string`?e:``})}),h?null:(0,Y.jsx)(la,{error:g}),(0,Y.jsxs)(d,{gap:`xs`,children:[(0,Y.jsx)(f,{type:`submit`,size:`xs`,loading:_&&!h,disabled:!s.body.trim(),children:`Save comment`}),(0,Y.jsx)(f,{type:`button`,size:`xs`,variant:`default`,onClick:r,children:`Cancel`})]})]})}),(0,Y.jsx)(da,{what:`comment`,fields:ts,state:h,saving:_,error:h?g:void 0,onResolve:p,onDiscard:m})]})}function rs({commentID:e,onDone:t}){let[n]=z({query:Zo,variables:{id:e},requestPolicy:`network-only`}),r=n.data?.node;return n.error?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,withCloseButton:!0,onClose:t,children:Z(n.error)}):!r||r.__typename!==`Comment`?(0,Y.jsx)(u,{size:`xs`,"aria-label":`Loading the comment`}):(0,Y.jsx)(ns,{id:r.id,version:r.version,body:r.body,onDone:t})}var is=U(`
  mutation CreateComment($input: CreateCommentInput!) {
    createComment(input: $input) {
      id
    }
  }
`),as=U(`
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
`);function os(e,t){return!e.parentID&&(e.timelineEventID??void 0)===t.timelineEventID&&(e.perspectiveID??void 0)===t.perspectiveID&&(e.questionID??void 0)===t.questionID}function ss(e){return e.replace(/@\[([^\]\n]{1,100})\]/g,(e,t)=>`**@${t.replace(/([*_`[\]\\])/g,`\\$1`)}**`)}function cs(e,t){let n=e.slice(0,t),r=/(^|\s)@(\[?)([^\]\n@]{0,40})$/.exec(n);if(!r)return null;let i=r[3];return!r[2]&&/\s/.test(i)?null:{start:t-i.length-r[2].length-1,query:i}}function ls({target:e,parentID:t,placeholder:n=`Write a comment… (Markdown; type @ to mention someone)`,onDone:r,submitLabel:a=`Comment`}){let{incident:o,refetch:c}=X(),[l,u]=(0,K.useState)(``),[p,m]=(0,K.useState)(0),h=(0,K.useRef)(null),[g,_]=R(is),v=cs(l,p),[y]=z({query:as,variables:{q:v?.query??``},pause:!v||v.query.length<1}),b=v&&v.query.length>=1?G(y.data?.users):[],x=e=>{if(!v)return;let t=`@[${e}] `,n=l.slice(0,v.start)+t+l.slice(p);u(n);let r=v.start+t.length;m(r),requestAnimationFrame(()=>{h.current?.focus(),h.current?.setSelectionRange(r,r)})};return(0,Y.jsx)(`form`,{onSubmit:async n=>{n.preventDefault(),l.trim()&&((await _({input:{incidentID:o.id,body:l.trim(),parentID:t,...e}})).error||(u(``),m(0),await c(),r?.()))},"aria-label":t?`Reply`:`New comment`,children:(0,Y.jsxs)(N,{gap:6,children:[(0,Y.jsx)(i,{ref:h,"aria-label":t?`Your reply`:`Your comment`,placeholder:n,autosize:!0,minRows:2,value:l,onChange:e=>{u(e.currentTarget.value),m(e.currentTarget.selectionStart??e.currentTarget.value.length)},onSelect:e=>m(e.currentTarget.selectionStart??0)}),b.length>0?(0,Y.jsx)(C,{withBorder:!0,radius:`sm`,p:4,role:`listbox`,"aria-label":`People to mention`,children:b.slice(0,8).map(e=>(0,Y.jsx)(f,{variant:`subtle`,size:`compact-sm`,role:`option`,"aria-selected":!1,onMouseDown:e=>e.preventDefault(),onClick:()=>x(e.name),children:e.name},e.id))}):null,g.error?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,children:Z(g.error)}):null,(0,Y.jsxs)(d,{gap:`xs`,children:[(0,Y.jsx)(f,{type:`submit`,size:`xs`,loading:g.fetching,disabled:!l.trim(),children:a}),r?(0,Y.jsx)(f,{type:`button`,size:`xs`,variant:`default`,onClick:r,children:`Cancel`}):null]})]})})}function us({c:e,hasReplies:t=!1}){let n=to(),{viewer:r}=J(),[i,a]=(0,K.useState)(!1),o=es();return(0,Y.jsxs)(`div`,{className:n.has(e.id)?`comment is-fresh`:`comment`,"data-testid":`comment`,"data-comment-id":e.id,children:[(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[(0,Y.jsx)(x,{span:!0,fw:600,c:`dark.6`,size:`xs`,children:e.createdBy?.name??`Someone`}),` `,`· `,B(e.createdAt),na(r.role,r.id,e.createdBy?.id)&&!i?(0,Y.jsxs)(Y.Fragment,{children:[` · `,(0,Y.jsx)(y,{component:`button`,type:`button`,size:`xs`,onClick:()=>a(!0),children:`Edit comment`}),t?null:(0,Y.jsxs)(Y.Fragment,{children:[` · `,(0,Y.jsx)(Wo,{label:`Delete comment`,question:`Delete this comment for everyone?`,onDelete:()=>o(e.id)})]})]}):null]}),i?(0,Y.jsx)(rs,{commentID:e.id,onDone:()=>a(!1)}):(0,Y.jsx)(`div`,{"data-testid":`comment-body`,children:(0,Y.jsx)(Zi,{children:ss(e.body)})})]})}function ds({target:e}){let{incident:t}=X(),n=Xo(),r=G(t.comments),i=r.filter(t=>os(t,e)),a=e=>r.filter(t=>t.parentID===e),[o,s]=(0,K.useState)(null);return(0,Y.jsxs)(N,{gap:`sm`,children:[i.map(t=>(0,Y.jsxs)(C,{withBorder:!0,radius:`md`,p:`sm`,children:[(0,Y.jsx)(us,{c:t,hasReplies:a(t.id).length>0}),a(t.id).length>0?(0,Y.jsx)(N,{gap:6,mt:`xs`,ml:`lg`,className:`comment-replies`,children:a(t.id).map(e=>(0,Y.jsx)(us,{c:e},e.id))}):null,n?o===t.id?(0,Y.jsx)(`div`,{className:`comment-replies`,children:(0,Y.jsx)(ls,{target:e,parentID:t.id,placeholder:`Write a reply…`,submitLabel:`Reply`,onDone:()=>s(null)})}):(0,Y.jsx)(y,{component:`button`,type:`button`,size:`xs`,mt:4,onClick:()=>s(t.id),children:`Reply`}):null]},t.id)),n?(0,Y.jsx)(ls,{target:e}):null]})}function fs({target:e}){let{incident:t}=X(),n=Xo(),[r,i]=(0,K.useState)(!1),a=G(t.comments).filter(t=>os(t,e)).length;return!n&&a===0?null:(0,Y.jsxs)(`div`,{className:`comment-toggle`,children:[(0,Y.jsx)(y,{component:`button`,type:`button`,size:`xs`,onClick:()=>i(!r),"aria-expanded":r,children:r?`Hide comments`:a?`Comments (${a})`:`Comment`}),r?(0,Y.jsx)(`div`,{className:`comment-thread-inline`,children:(0,Y.jsx)(ds,{target:e})}):null]})}function ps({incident:e}){let{paging:t}=X(),n=G(e.comments),r=n.filter(e=>os(e,{}));return(0,Y.jsxs)(Pr,{id:`comments`,title:`Discussion`,description:`Comments on the incident. Mention someone with @ to bring them in.`,children:[(0,Y.jsxs)(N,{gap:`sm`,children:[r.length===0?(0,Y.jsx)(Fr,{children:`No comments yet.`}):null,(0,Y.jsx)(ds,{target:{}})]}),(0,Y.jsx)(Lr,{paging:t?.comments,shown:n.length,total:e.comments.totalCount,what:`comments`})]})}var ms=U(`
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
`),hs={impactObserved:`clearImpactObserved`,surprises:`clearSurprises`,whatHelped:`clearWhatHelped`,whatHurt:`clearWhatHurt`},gs=[{key:`department`,label:`Department`,kind:`select`,options:Object.entries(Ge).map(([e,t])=>({value:e,label:t}))},{key:`whatTheySaw`,label:`What they saw`,kind:`markdown`},{key:`impactObserved`,label:`Impact they observed`,kind:`markdown`},{key:`surprises`,label:`What surprised them`,kind:`markdown`},{key:`whatHelped`,label:`What helped`,kind:`markdown`},{key:`whatHurt`,label:`What got in the way`,kind:`markdown`}];function _s(e,t){let n={};for(let r of oa(gs,e,t))if(r===`department`)n.department=e.department;else if(r===`whatTheySaw`)n.whatTheySaw=e.whatTheySaw.trim();else{let t=e[r].trim();t?n[r]=t:Object.assign(n,{[hs[r]]:!0})}return n}function vs({perspective:e,onDone:t}){let{refetch:n}=X(),[r]=(0,K.useState)(()=>({department:e.department,whatTheySaw:e.whatTheySaw,impactObserved:e.impactObserved??``,surprises:e.surprises??``,whatHelped:e.whatHelped??``,whatHurt:e.whatHurt??``})),[i]=(0,K.useState)(e.version),[a,o]=(0,K.useState)(r),[s,c]=(0,K.useState)(!1),[,l]=R(ms),{submit:u,resolve:p,discard:m,merge:h,error:g,saving:_}=ua({fields:gs,save:(0,K.useCallback)((t,n,r)=>l({id:e.id,version:n,input:_s(t,r)}),[l,e.id]),onSaved:(0,K.useCallback)(async()=>{await n(),t()},[n,t])});return(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(F,{opened:!h,onClose:t,title:`Edit perspective`,size:`lg`,children:(0,Y.jsx)(`form`,{onSubmit:e=>{e.preventDefault(),a.whatTheySaw.trim()?(c(!1),u(a,i,r)):c(!0)},"aria-label":`Edit perspective`,children:(0,Y.jsxs)(N,{gap:`sm`,children:[gs.map(e=>(0,Y.jsx)($,{field:e,label:e.label,value:a[e.key],onChange:t=>o({...a,[e.key]:typeof t==`string`?t:``}),error:e.key===`whatTheySaw`&&s?`Say what they saw.`:void 0},e.key)),(0,Y.jsx)(la,{error:g}),(0,Y.jsxs)(d,{justify:`flex-end`,children:[(0,Y.jsx)(f,{variant:`default`,type:`button`,onClick:t,children:`Cancel`}),(0,Y.jsx)(f,{type:`submit`,loading:_,children:`Save perspective`})]})]})})}),(0,Y.jsx)(da,{what:`perspective`,fields:gs,state:h,saving:_,error:g,onResolve:p,onDiscard:m})]})}var ys=U(`
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
`),bs={text:`Text`,occurred_at:`Time`,kind:`Kind`,source:`Source`,source_ref:`Source reference`,actor_id:`Who (person)`,actor_name:`Who (name)`,evidence_url:`Evidence link`,key_moment:`Key moment`,department:`Department`,author_id:`Author`,what_they_saw:`What they saw`,surprises:`What surprised them`,what_helped:`What helped`,what_hurt:`What got in the way`,impact_observed:`Impact they observed`,body:`Comment`,answer:`Answer`,status:`Status`},xs={kind:$e,source:tt,department:Ge,status:We};function Ss(e){return bs[e]??e.charAt(0).toUpperCase()+e.slice(1).replace(/_/g,` `)}function Cs(e,t){return t==null||t===``?`—`:xs[e]?V(xs[e],t):e.endsWith(`_at`)?B(t):t===`true`?`Yes`:t===`false`?`No`:t}function ws({entityID:e,version:t,what:n}){let[r,i]=z({query:ys,variables:{id:e},requestPolicy:`network-only`}),a=(0,K.useRef)(t);(0,K.useEffect)(()=>{t!==a.current&&(a.current=t,i({requestPolicy:`network-only`}))},[t,i]);let o=r.data?.activities,c=(o?.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return(0,Y.jsxs)(`section`,{className:`entity-history`,"aria-label":`History of this ${n}`,"data-testid":`history`,children:[r.error?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:Z(r.error)}):o?c.length===0?(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,fs:`italic`,children:`No changes recorded.`}):(0,Y.jsx)(`ol`,{className:`activity-list`,children:c.map(e=>(0,Y.jsxs)(`li`,{"data-testid":`history-entry`,children:[(0,Y.jsxs)(x,{size:`xs`,children:[(0,Y.jsx)(x,{span:!0,fw:600,size:`xs`,children:e.actor?.name??`Debrief`}),` `,e.action===`CREATED`?`created it`:e.action===`DELETED`?`deleted it`:`changed it`,` ·`,` `,(0,Y.jsx)(`time`,{dateTime:e.createdAt,children:B(e.createdAt)})]}),e.action===`UPDATED`&&e.changes&&e.changes.length>0?(0,Y.jsxs)(E,{fz:`xs`,withTableBorder:!0,verticalSpacing:2,mt:2,mb:6,"aria-label":`Changed by ${e.actor?.name??`Debrief`}`,children:[(0,Y.jsx)(E.Thead,{children:(0,Y.jsxs)(E.Tr,{children:[(0,Y.jsx)(E.Th,{children:`Field`}),(0,Y.jsx)(E.Th,{children:`Before`}),(0,Y.jsx)(E.Th,{children:`After`})]})}),(0,Y.jsx)(E.Tbody,{children:e.changes.map(e=>(0,Y.jsxs)(E.Tr,{children:[(0,Y.jsx)(E.Td,{children:Ss(e.field)}),(0,Y.jsx)(E.Td,{style:{whiteSpace:`pre-wrap`},children:Cs(e.field,e.old)}),(0,Y.jsx)(E.Td,{style:{whiteSpace:`pre-wrap`},children:Cs(e.field,e.new)})]},e.field))})]}):null]},e.id))}):(0,Y.jsx)(u,{size:`xs`,"aria-label":`Loading the history`}),o&&o.totalCount>c.length?(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[`The `,c.length,` most recent of `,o.totalCount,` changes.`]}):null]})}var Ts=[{key:`whatTheySaw`,label:`What they saw`},{key:`impactObserved`,label:`Impact they observed`},{key:`surprises`,label:`What surprised them`},{key:`whatHelped`,label:`What helped`},{key:`whatHurt`,label:`What got in the way`}],Es=U(`
  mutation CreatePerspective($input: CreatePerspectiveInput!) {
    createPerspective(input: $input) {
      id
    }
  }
`);function Ds(e){if(e.board?.missingVoices)return e.board.missingVoices.departments;let t=new Set(G(e.perspectives).map(e=>e.department));return Ht.filter(e=>!t.has(e))}function Os({incident:e}){let t=Ds(e),n=e.board?.missingVoices.participants??[];return(0,Y.jsxs)(C,{withBorder:!0,radius:`md`,p:`sm`,bg:t.length?`yellow.0`:`teal.0`,"data-testid":`missing-voices`,"data-missing":t.join(` `),"aria-label":`Missing voices`,role:`group`,children:[t.length===0?(0,Y.jsx)(x,{size:`sm`,fw:600,children:`Every department has shared its perspective.`}):(0,Y.jsxs)(d,{gap:6,children:[(0,Y.jsx)(x,{size:`sm`,fw:600,children:`Not heard from yet:`}),t.map(e=>(0,Y.jsx)(r,{color:`yellow`,variant:`light`,radius:`sm`,c:`dark.7`,"data-department":e,children:V(Ge,e)},e))]}),n.length>0?(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,mt:4,children:[`Participants who have not contributed yet: `,n.map(e=>e.name).join(`, `)]}):null]})}function ks({onDone:e}){let{viewer:t}=J(),{incident:n,refetch:r}=X(),[a,o]=(0,K.useState)(t.department??`OTHER`),[c,l]=(0,K.useState)({whatTheySaw:``,surprises:``,whatHelped:``,whatHurt:``,impactObserved:``}),[u,p]=R(Es),[m,h]=(0,K.useState)(!1),g=e=>t=>l({...c,[e]:t.currentTarget.value}),_=e=>e.trim()?e.trim():void 0;return(0,Y.jsx)(`form`,{onSubmit:async i=>{i.preventDefault(),c.whatTheySaw.trim()?(await p({input:{incidentID:n.id,authorID:t.id,department:a,whatTheySaw:c.whatTheySaw.trim(),surprises:_(c.surprises),whatHelped:_(c.whatHelped),whatHurt:_(c.whatHurt),impactObserved:_(c.impactObserved)}})).error||(await r(),e()):h(!0)},"aria-label":`Your perspective`,children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,children:`Tell it as you lived it — there are no wrong answers, and you do not need to know the technical details. You can use Markdown (**bold**, lists, links).`}),(0,Y.jsx)(j,{label:`Your department`,description:`Which part of the company you speak for.`,data:Object.entries(Ge).map(([e,t])=>({value:e,label:t})),value:a,onChange:e=>o(e??a),allowDeselect:!1}),(0,Y.jsx)(i,{label:`What did you see?`,description:`What you noticed, heard from customers or colleagues, and when.`,required:!0,autosize:!0,minRows:3,value:c.whatTheySaw,onChange:e=>{h(!1),g(`whatTheySaw`)(e)},error:m?`Please tell us what you saw.`:void 0,"data-autofocus":!0}),(0,Y.jsx)(i,{label:`What surprised you?`,description:`Anything you did not expect, or that worked differently than you thought.`,autosize:!0,minRows:2,value:c.surprises,onChange:g(`surprises`)}),(0,Y.jsx)(i,{label:`What helped?`,description:`People, tools or information that made things easier.`,autosize:!0,minRows:2,value:c.whatHelped,onChange:g(`whatHelped`)}),(0,Y.jsx)(i,{label:`What got in the way?`,description:`What slowed you down, confused you or was missing.`,autosize:!0,minRows:2,value:c.whatHurt,onChange:g(`whatHurt`)}),(0,Y.jsx)(i,{label:`What impact did you see on customers or the business?`,description:`Complaints, tickets, lost sales, press, anything you noticed.`,autosize:!0,minRows:2,value:c.impactObserved,onChange:g(`impactObserved`)}),u.error?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,children:Z(u.error)}):null,(0,Y.jsxs)(d,{justify:`flex-end`,children:[(0,Y.jsx)(f,{variant:`default`,onClick:e,type:`button`,children:`Cancel`}),(0,Y.jsx)(f,{type:`submit`,loading:u.fetching,children:`Share perspective`})]})]})})}function As({p:e,fresh:t,wide:n,canEdit:r}){let[i,a]=(0,K.useState)(!1),[o,s]=(0,K.useState)(!1);return(0,Y.jsxs)(l,{withBorder:!0,radius:`md`,padding:`md`,className:t?`is-fresh`:void 0,"data-testid":`perspective`,"data-perspective-id":e.id,children:[(0,Y.jsx)(x,{fw:600,size:`sm`,children:e.author.name}),e.author.title?(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,mb:`xs`,children:e.author.title}):null,(0,Y.jsx)(k,{cols:{base:1,md:n?2:1},spacing:`md`,verticalSpacing:`xs`,mt:`xs`,children:Ts.map(t=>e[t.key]?(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(x,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,children:t.label}),(0,Y.jsx)(Zi,{children:e[t.key]})]},t.key):null)}),(0,Y.jsxs)(d,{gap:`md`,mt:`xs`,children:[r?(0,Y.jsx)(y,{component:`button`,type:`button`,size:`xs`,onClick:()=>a(!0),children:`Edit perspective`}):null,(0,Y.jsx)(y,{component:`button`,type:`button`,size:`xs`,onClick:()=>s(!o),"aria-expanded":o,children:o?`Hide history`:`History`})]}),i?(0,Y.jsx)(vs,{perspective:e,onDone:()=>a(!1)}):null,o?(0,Y.jsx)(ws,{entityID:e.id,version:e.version,what:`perspective`}):null,(0,Y.jsx)(fs,{target:{perspectiveID:e.id}})]})}function js({incident:e}){let{paging:t}=X(),n=G(e.perspectives),r=to(),i=Yo(),a=Xo(),[o,s]=(0,K.useState)(!1),c=new Map;for(let e of n){let t=c.get(e.department)??[];t.push(e),c.set(e.department,t)}return(0,Y.jsxs)(Pr,{id:`perspectives`,title:`Perspectives`,description:`How the incident looked from each part of the company, in people's own words.`,aside:a?(0,Y.jsx)(f,{onClick:()=>s(!0),size:`sm`,children:`Add your perspective`}):(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,maw:260,ta:`right`,"data-testid":`perspective-read-only`,children:`You have read-only access. To share your view, ask the facilitator or an analyst to record it.`}),children:[(0,Y.jsx)(F,{opened:o,onClose:()=>s(!1),title:`Add your perspective`,size:`lg`,children:o?(0,Y.jsx)(ks,{onDone:()=>s(!1)}):null}),(0,Y.jsxs)(N,{gap:`md`,children:[(0,Y.jsx)(Os,{incident:e}),n.length===0?(0,Y.jsx)(Fr,{children:`No perspectives written yet.`}):(0,Y.jsx)(N,{gap:`lg`,children:[...c.entries()].map(([e,t])=>(0,Y.jsxs)(`section`,{"aria-labelledby":`perspectives-${e}`,"data-testid":`perspective-group`,"data-department":e,children:[(0,Y.jsxs)(P,{order:3,size:`h5`,id:`perspectives-${e}`,mb:`xs`,children:[V(Ge,e),` `,(0,Y.jsxs)(x,{span:!0,c:`dimmed`,size:`sm`,fw:400,children:[`(`,t.length,`)`]})]}),(0,Y.jsx)(k,{cols:{base:1,md:t.length===1?1:2},spacing:`md`,children:t.map(e=>(0,Y.jsx)(As,{p:e,fresh:r.has(e.id),wide:t.length===1,canEdit:i(e.id)},e.id))})]},e))})]}),(0,Y.jsx)(Lr,{paging:t?.perspectives,shown:n.length,total:e.perspectives.totalCount,what:`perspectives`})]})}var Ms=U(`
  mutation CreateQuestion($input: CreateQuestionInput!) {
    createQuestion(input: $input) {
      id
    }
  }
`),Ns=U(`
  mutation UpdateQuestion($id: ID!, $version: Int!, $input: UpdateQuestionInput!) {
    updateQuestion(id: $id, version: $version, input: $input) {
      id
      version
      status
      answer
    }
  }
`),Ps={OPEN:0,ANSWERED:1,RESOLVED:2};function Fs(){let{viewer:e}=J(),{incident:t,refetch:n}=X(),[r,i]=(0,K.useState)(``),[a,o]=(0,K.useState)(null),[c,l]=R(Ms),u=G(t.participants).map(e=>({value:e.user.id,label:e.user.name})),p=[...new Map(u.map(e=>[e.value,e])).values()];return(0,Y.jsxs)(`form`,{onSubmit:async s=>{s.preventDefault(),r.trim()&&((await l({input:{incidentID:t.id,text:r.trim(),askedByID:e.id,assigneeID:a??void 0}})).error||(i(``),o(null),await n()))},"aria-label":`Ask a question`,children:[(0,Y.jsxs)(d,{gap:`xs`,align:`flex-end`,children:[(0,Y.jsx)(M,{label:`Ask a question`,size:`xs`,placeholder:`What do we still not know?`,value:r,onChange:e=>i(e.currentTarget.value),style:{flex:1,minWidth:240}}),(0,Y.jsx)(j,{label:`Who could answer it? (optional)`,size:`xs`,data:p,value:a,onChange:o,clearable:!0,searchable:!0,w:220}),(0,Y.jsx)(f,{type:`submit`,size:`xs`,loading:c.fetching,disabled:!r.trim(),children:`Ask`})]}),c.error?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:Z(c.error)}):null]})}var Is=[{key:`answer`,label:`Answer`,kind:`markdown`},{key:`status`,label:`Status`,kind:`select`,options:Object.entries(We).map(([e,t])=>({value:e,label:t}))}];function Ls(e,t){let n={};for(let r of oa(Is,e,t))r===`status`?n.status=e.status:e.answer.trim()?n.answer=e.answer.trim():n.clearAnswer=!0;return n}function Rs({q:e}){let{refetch:t}=X(),n=Xo(),[r,a]=(0,K.useState)(null),[o,s]=(0,K.useState)(``),[,c]=R(Ns),{submit:l,resolve:u,discard:p,merge:m,error:h,saving:g}=ua({fields:Is,save:(0,K.useCallback)((t,n,r)=>c({id:e.id,version:n,input:Ls(t,r)}),[c,e.id]),onSaved:(0,K.useCallback)(async()=>{a(null),s(``),await t()},[t])}),_=()=>({answer:e.answer??``,status:e.status}),v=t=>{let n=_();l({...n,status:t},e.version,n)};return(0,Y.jsxs)(N,{gap:4,mt:`xs`,children:[r?(0,Y.jsxs)(N,{gap:4,children:[(0,Y.jsx)(i,{"aria-label":`Your answer`,placeholder:`What did you find out? (Markdown)`,autosize:!0,minRows:2,value:o,onChange:e=>s(e.currentTarget.value)}),(0,Y.jsxs)(d,{gap:`xs`,children:[(0,Y.jsx)(f,{size:`xs`,disabled:!o.trim(),loading:g&&!m,onClick:()=>void l({...r.base,answer:o},r.version,r.base),children:`Save answer`}),(0,Y.jsx)(f,{size:`xs`,variant:`default`,onClick:()=>a(null),children:`Cancel`})]})]}):(0,Y.jsxs)(d,{gap:`md`,children:[n?(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(y,{component:`button`,type:`button`,size:`xs`,onClick:()=>{s(e.answer??``),a({base:_(),version:e.version})},children:e.answer?`Edit answer`:`Answer`}),e.status===`RESOLVED`?(0,Y.jsx)(y,{component:`button`,type:`button`,size:`xs`,onClick:()=>v(`OPEN`),children:`Reopen`}):(0,Y.jsx)(y,{component:`button`,type:`button`,size:`xs`,onClick:()=>v(`RESOLVED`),children:`Mark resolved`})]}):null,(0,Y.jsx)(fs,{target:{questionID:e.id}})]}),m?null:(0,Y.jsx)(la,{error:h}),(0,Y.jsx)(da,{what:`question`,fields:Is,state:m,saving:g,error:m?h:void 0,onResolve:u,onDiscard:p})]})}function zs({incident:e}){let{paging:t}=X(),n=G(e.questions),i=to(),a=[...n].sort((e,t)=>(Ps[e.status]??9)-(Ps[t.status]??9)),o=n.filter(e=>e.status===`OPEN`).length,s=Xo();return(0,Y.jsxs)(Pr,{id:`questions`,title:`Open questions`,description:`Things we do not know yet, or gaps in the data, and what was found out.`,aside:(0,Y.jsxs)(r,{color:o?`orange`:`green`,variant:`light`,size:`lg`,radius:`sm`,"data-testid":`unanswered-count`,children:[o,` unanswered`]}),children:[s?(0,Y.jsx)(C,{bg:`gray.0`,p:`sm`,radius:`md`,mb:`md`,children:(0,Y.jsx)(Fs,{})}):null,a.length===0?(0,Y.jsx)(Fr,{children:`No questions asked yet.`}):(0,Y.jsx)(N,{gap:`sm`,children:a.map(e=>(0,Y.jsxs)(C,{withBorder:!0,radius:`md`,p:`md`,"data-testid":`question`,className:`question${e.status===`OPEN`?` is-open`:``}${i.has(e.id)?` is-fresh`:``}`,children:[(0,Y.jsxs)(d,{justify:`space-between`,align:`flex-start`,wrap:`nowrap`,gap:`md`,children:[(0,Y.jsx)(`div`,{style:{fontWeight:600},children:(0,Y.jsx)(Zi,{children:e.text})}),(0,Y.jsx)(r,{color:Je[e.status]??`gray`,variant:`light`,radius:`sm`,style:{flexShrink:0},children:V(We,e.status)})]}),(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,mt:4,children:[`Asked by `,e.askedBy?.name??`someone not recorded`,e.assignee?` · assigned to ${e.assignee.name}`:``]}),e.answer?(0,Y.jsxs)(`div`,{className:`answer`,children:[(0,Y.jsxs)(x,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,children:[`Answer`,e.answeredBy?` from ${e.answeredBy.name}`:``,e.answeredAt?`, ${B(e.answeredAt)}`:``]}),(0,Y.jsx)(Zi,{children:e.answer})]}):(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,fs:`italic`,mt:`xs`,children:`No answer yet.`}),(0,Y.jsx)(Rs,{q:e})]},e.id))}),(0,Y.jsx)(Lr,{paging:t?.questions,shown:n.length,total:e.questions.totalCount,what:`questions`})]})}var Bs=U(`
  mutation CreateTimelineEvent($input: CreateTimelineEventInput!) {
    createTimelineEvent(input: $input) {
      id
    }
  }
`),Vs=U(`
  mutation CreateTimelineEvents($incidentID: ID!, $events: [NewTimelineEvent!]!) {
    createTimelineEvents(incidentID: $incidentID, events: $events) {
      id
    }
  }
`),Hs=Object.entries($e).filter(([e])=>e!==`MILESTONE`).map(([e,t])=>({value:e,label:t})),Us=Object.entries(tt).map(([e,t])=>({value:e,label:t}));function Ws(){let{incident:e}=X();return(0,K.useMemo)(()=>Kt(G(e.participants).map(e=>e.timeZone)),[e.participants])}function Gs(){let{incident:e,refetch:t}=X(),n=Ws(),[r,i]=(0,K.useState)(Wt()),[a,o]=(0,K.useState)(()=>Xt(Date.now(),Wt())),[c,l]=(0,K.useState)(`OBSERVATION`),[u,p]=(0,K.useState)(`DEBRIEF`),[m,h]=(0,K.useState)(``),[g,_]=R(Bs),[v,y]=(0,K.useState)(!1);return(0,Y.jsxs)(`form`,{onSubmit:async n=>{n.preventDefault();let i=Qt(a,r);!i||!m.trim()?y(!0):(y(!1),(await _({input:{incidentID:e.id,occurredAt:i,kind:c,source:u,text:m.trim()}})).error||(h(``),await t()))},"aria-label":`Add to the timeline`,className:`quick-entry`,children:[(0,Y.jsxs)(d,{gap:`xs`,align:`flex-end`,wrap:`wrap`,children:[(0,Y.jsx)(M,{type:`datetime-local`,label:`When`,size:`xs`,value:a,onChange:e=>o(e.currentTarget.value),w:190}),(0,Y.jsx)(j,{label:`Time zone`,size:`xs`,data:n,value:r,onChange:e=>{if(!e)return;let t=Qt(a,r);i(e),t&&o(Xt(t,e))},searchable:!0,allowDeselect:!1,w:190}),(0,Y.jsx)(j,{label:`Kind`,size:`xs`,data:Hs,value:c,onChange:e=>l(e??c),allowDeselect:!1,w:150}),(0,Y.jsx)(j,{label:`Source`,size:`xs`,data:Us,value:u,onChange:e=>p(e??u),allowDeselect:!1,w:130}),(0,Y.jsx)(M,{label:`What happened`,size:`xs`,placeholder:`e.g. Support saw the first tickets about failed payments`,value:m,onChange:e=>h(e.currentTarget.value),style:{flex:1,minWidth:220},error:v&&!m.trim()?`Say what happened`:void 0}),(0,Y.jsx)(f,{type:`submit`,size:`xs`,loading:g.fetching,children:`Add`})]}),g.error?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:Z(g.error)}):null]})}function Ks(e,t,n){let[r,i,a]=n.split(`-`).map(Number),o=0,s=-1,c=[];return e.split(/\r?\n/).forEach((e,n)=>{let l=e.trim();if(!l)return;let u=/^\[?(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?\]?\s+([^:]{1,80}?):\s*(.+)$/.exec(l);if(u){let[,e,r,i,a,o,s,l,d,f]=u,p=l?new Date(`${e}-${r}-${i}T${a}:${o}:${s??`00`}${l.length===5?`${l.slice(0,3)}:${l.slice(3)}`:l}`):null;c.push({line:n+1,occurredAt:p?Number.isNaN(p.getTime())?null:p.toISOString():Zt(+e,+r,+i,+a,+o,+(s??0),t),name:d.trim(),text:f.trim()});return}let d=/^\[?(\d{1,2}):(\d{2})(?::(\d{2}))?\]?\s+([^:]{1,80}?):\s*(.+)$/.exec(l);if(d){let[,e,l,u,f,p]=d,m=e*60+ +l;s>=0&&m<s&&o++,s=m;let h=+e<24&&+l<60;c.push({line:n+1,occurredAt:h?Zt(r,i,a+o,+e,+l,+(u??0),t):null,name:f.trim(),text:p.trim()})}else c.push({line:n+1,occurredAt:null,name:``,text:l})}),c}function qs({onDone:e}){let{incident:t,refetch:n}=X(),a=Ws(),[o,c]=(0,K.useState)(Wt()),[l,u]=(0,K.useState)(`SLACK`),[p,m]=(0,K.useState)(``),[h,g]=R(Vs),_=Xt(t.startedAt,o).slice(0,10),v=(0,K.useMemo)(()=>Ks(p,o,_),[p,o,_]),y=(0,K.useMemo)(()=>{let e=new Map;for(let n of G(t.participants))e.set(n.user.name.toLowerCase(),n.user.id);return e},[t.participants]),b=v.filter(e=>e.occurredAt);return(0,Y.jsxs)(N,{gap:`xs`,className:`bulk-paste`,children:[(0,Y.jsxs)(d,{gap:`xs`,align:`flex-end`,children:[(0,Y.jsx)(j,{label:`Times are in`,size:`xs`,data:a,value:o,onChange:e=>c(e??o),searchable:!0,allowDeselect:!1,w:200}),(0,Y.jsx)(j,{label:`Source`,size:`xs`,data:Us,value:l,onChange:e=>u(e??l),allowDeselect:!1,w:140}),(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[`Lines with only a time are taken to be on `,_,` (the day the incident started), moving to the next day when the clock wraps.`]})]}),(0,Y.jsx)(i,{label:`Chat lines`,description:`One message a line: “14:05 Grace O'Neill: tickets are piling up” or “2026-03-01T14:05:00Z Grace: …”`,autosize:!0,minRows:4,maxRows:14,value:p,onChange:e=>m(e.currentTarget.value)}),v.length>0?(0,Y.jsxs)(E,{striped:!0,withTableBorder:!0,fz:`xs`,"aria-label":`Preview of the events to add`,children:[(0,Y.jsx)(E.Thead,{children:(0,Y.jsxs)(E.Tr,{children:[(0,Y.jsx)(E.Th,{children:`Line`}),(0,Y.jsxs)(E.Th,{children:[`Time (`,o,`)`]}),(0,Y.jsx)(E.Th,{children:`Who`}),(0,Y.jsx)(E.Th,{children:`Text`})]})}),(0,Y.jsx)(E.Tbody,{children:v.map(e=>(0,Y.jsxs)(E.Tr,{c:e.occurredAt?void 0:`dimmed`,children:[(0,Y.jsx)(E.Td,{children:e.line}),(0,Y.jsx)(E.Td,{children:e.occurredAt?$t(e.occurredAt,o,!0):(0,Y.jsx)(r,{color:`gray`,size:`xs`,children:`skipped: not understood`})}),(0,Y.jsxs)(E.Td,{children:[e.name,` `,e.name&&y.has(e.name.toLowerCase())?(0,Y.jsx)(r,{size:`xs`,variant:`light`,color:`teal`,children:`participant`}):null]}),(0,Y.jsx)(E.Td,{children:e.text})]},e.line))})]}):null,h.error?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:Z(h.error)}):null,(0,Y.jsxs)(d,{gap:`xs`,children:[(0,Y.jsxs)(f,{size:`xs`,onClick:async()=>{(await g({incidentID:t.id,events:b.map(e=>{let t=y.get(e.name.toLowerCase());return{occurredAt:e.occurredAt,kind:`COMMUNICATION`,source:l,text:e.text,...t?{actorID:t}:{actorName:e.name}}})})).error||(m(``),await n(),e())},disabled:b.length===0||b.length>500,loading:h.fetching,children:[`Add `,b.length,` event`,b.length===1?``:`s`]}),(0,Y.jsx)(f,{size:`xs`,variant:`default`,onClick:e,children:`Cancel`})]})]})}var Js=U(`
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
`),Ys=U(`
  mutation DeleteTimelineEvent($id: ID!, $version: Int!) {
    deleteTimelineEvent(id: $id, version: $version)
  }
`);function Xs(){let{refetch:e}=X(),[,t]=R(Ys);return(0,K.useCallback)(async n=>{let r=await t({id:n.id,version:n.version});return r.error||await e(),r.error},[t,e])}var Zs=[{key:`text`,label:`What happened`,kind:`markdown`},{key:`occurredAt`,label:`When`,kind:`datetime`},{key:`kind`,label:`Kind`,kind:`select`,options:Hs},{key:`source`,label:`Source`,kind:`select`,options:Us},{key:`keyMoment`,label:`Key moment`,kind:`boolean`}];function Qs(e,t){let n={};for(let r of oa(Zs,e,t))r===`text`&&(n.text=e.text.trim()),r===`occurredAt`&&(n.occurredAt=e.occurredAt),r===`kind`&&(n.kind=e.kind),r===`source`&&(n.source=e.source),r===`keyMoment`&&(n.keyMoment=e.keyMoment);return n}function $s({event:e,onDone:t}){let{refetch:n}=X(),[r]=(0,K.useState)(()=>({text:e.text,occurredAt:e.occurredAt,kind:e.kind,source:e.source,keyMoment:e.keyMoment})),[i]=(0,K.useState)(e.version),[a,o]=(0,K.useState)(r),[s,c]=(0,K.useState)(!1),[,l]=R(Js),{submit:u,resolve:p,discard:m,merge:h,error:g,saving:_}=ua({fields:Zs,save:(0,K.useCallback)((t,n,r)=>l({id:e.id,version:n,input:Qs(t,r)}),[l,e.id]),onSaved:(0,K.useCallback)(async()=>{await n(),t()},[n,t])}),v=e=>{e.preventDefault(),!a.text.trim()||!a.occurredAt?c(!0):(c(!1),u(a,i,r))},y=e=>Zs.find(t=>t.key===e),b=e=>t=>o({...a,[e]:t});return(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(`form`,{onSubmit:v,"aria-label":`Edit timeline event`,className:`edit-form`,children:(0,Y.jsxs)(N,{gap:`xs`,children:[(0,Y.jsx)($,{field:y(`text`),label:`What happened`,value:a.text,onChange:b(`text`),error:s&&!a.text.trim()?`Say what happened`:void 0}),(0,Y.jsxs)(k,{cols:{base:1,sm:3},spacing:`xs`,children:[(0,Y.jsx)($,{field:y(`occurredAt`),label:`When`,value:a.occurredAt,onChange:b(`occurredAt`)}),(0,Y.jsx)($,{field:y(`kind`),label:`Kind`,value:a.kind,onChange:b(`kind`)}),(0,Y.jsx)($,{field:y(`source`),label:`Source`,value:a.source,onChange:b(`source`)})]}),(0,Y.jsx)($,{field:y(`keyMoment`),label:`Key moment`,value:a.keyMoment,onChange:b(`keyMoment`)}),h?null:(0,Y.jsx)(la,{error:g}),(0,Y.jsxs)(d,{gap:`xs`,children:[(0,Y.jsx)(f,{type:`submit`,size:`xs`,loading:_&&!h,children:`Save event`}),(0,Y.jsx)(f,{type:`button`,size:`xs`,variant:`default`,onClick:t,children:`Cancel`})]})]})}),(0,Y.jsx)(da,{what:`timeline event`,fields:Zs,state:h,saving:_,error:h?g:void 0,onResolve:p,onDiscard:m})]})}function ec({e,fresh:t,canEdit:n}){let[i,a]=(0,K.useState)(!1),[o,s]=(0,K.useState)(!1),c=Xs(),l=e.actor?.name??e.actorName,u=Ke(e.evidenceURL),f=e.sourceRef&&/^https?:\/\//i.test(e.sourceRef)?Ke(e.sourceRef):void 0,p=[`timeline-event`];return e.milestone&&p.push(`is-milestone`),e.keyMoment&&p.push(`is-key`),t&&p.push(`is-fresh`),(0,Y.jsxs)(`li`,{className:p.join(` `),"data-testid":`timeline-event`,"data-event-id":e.id,children:[(0,Y.jsx)(`time`,{className:`timeline-time`,dateTime:e.occurredAt,title:B(e.occurredAt),children:it(e.occurredAt)}),(0,Y.jsx)(`span`,{className:`timeline-marker`,"aria-hidden":`true`}),(0,Y.jsxs)(`div`,{className:`timeline-body`,children:[(0,Y.jsxs)(d,{gap:6,mb:4,children:[e.milestone?(0,Y.jsxs)(r,{color:`indigo`,variant:`filled`,size:`sm`,radius:`sm`,children:[`Milestone: `,V(qe,e.milestone)]}):null,e.keyMoment?(0,Y.jsx)(r,{color:`yellow`,variant:`filled`,size:`sm`,radius:`sm`,c:`dark.8`,children:`★ Key moment`}):null,e.milestone&&e.kind===`MILESTONE`?null:(0,Y.jsx)(r,{color:`gray`,variant:`light`,size:`sm`,radius:`sm`,children:V($e,e.kind)}),(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[`via `,V(tt,e.source),l?` · ${l}`:``]})]}),i?(0,Y.jsx)($s,{event:e,onDone:()=>a(!1)}):(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(Zi,{children:e.text}),u||e.sourceRef?(0,Y.jsxs)(d,{gap:`md`,mt:4,children:[u?(0,Y.jsx)(y,{href:u,size:`xs`,target:`_blank`,rel:`noopener noreferrer`,children:`Evidence ↗`}):null,f?(0,Y.jsxs)(y,{href:f,size:`xs`,c:`dimmed`,target:`_blank`,rel:`noopener noreferrer`,title:e.sourceRef??void 0,children:[`Original in `,V(tt,e.source),` ↗`]}):e.sourceRef?(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[`Source: `,e.sourceRef]}):null]}):null]}),(0,Y.jsxs)(d,{gap:`md`,mt:4,children:[n&&!i?(0,Y.jsx)(y,{component:`button`,type:`button`,size:`xs`,onClick:()=>a(!0),children:`Edit event`}):null,n&&!i?(0,Y.jsx)(Wo,{label:`Delete event`,question:`Delete this event from the timeline for everyone?`,onDelete:()=>c(e)}):null,(0,Y.jsx)(y,{component:`button`,type:`button`,size:`xs`,onClick:()=>s(!o),"aria-expanded":o,children:o?`Hide history`:`History`})]}),o?(0,Y.jsx)(ws,{entityID:e.id,version:e.version,what:`event`}):null,(0,Y.jsx)(fs,{target:{timelineEventID:e.id}})]})]})}function tc({incident:e}){let{paging:t}=X(),[n,r]=(0,K.useState)(`all`),i=G(e.timelineEvents),a=to(),o=Yo(),s=Xo(),[c,l]=(0,K.useState)(null),[u,p]=(0,K.useState)(null),[m,h]=(0,K.useState)(null),[g,_]=(0,K.useState)(!1),v=e=>e.actor?.name??e.actorName??``,y=[...new Set(i.map(v).filter(Boolean))].sort(),b=i.filter(e=>(n!==`key`||e.keyMoment||e.milestone)&&(!c||e.kind===c)&&(!u||e.source===u)&&(!m||v(e)===m)),S=n===`key`||c||u||m,w=[];for(let e of b){let t=Xe(e.occurredAt);(w.length===0||w[w.length-1].day!==t)&&w.push({day:t,events:[]}),w[w.length-1].events.push(e)}return(0,Y.jsxs)(Pr,{id:`timeline`,title:`Timeline`,description:`What happened, in order. Times are in your time zone.`,aside:i.length>0?(0,Y.jsx)(ue,{size:`xs`,value:n,onChange:e=>r(e),data:[{value:`all`,label:`All events (${i.length})`},{value:`key`,label:`Key moments`}],"aria-label":`Which events to show`}):null,children:[(0,Y.jsxs)(N,{gap:`sm`,mb:`md`,children:[s?(0,Y.jsxs)(C,{bg:`gray.0`,p:`sm`,radius:`md`,children:[(0,Y.jsx)(Gs,{}),(0,Y.jsx)(d,{justify:`flex-end`,mt:4,children:(0,Y.jsx)(f,{variant:`subtle`,size:`compact-xs`,onClick:()=>_(!g),"aria-expanded":g,children:g?`Close chat paste`:`Paste chat lines…`})}),g?(0,Y.jsx)(qs,{onDone:()=>_(!1)}):null]}):null,i.length>0?(0,Y.jsxs)(d,{gap:`xs`,role:`group`,"aria-label":`Filter the timeline`,children:[(0,Y.jsx)(j,{size:`xs`,placeholder:`Any kind`,"aria-label":`Filter by kind`,data:Hs,value:c,onChange:l,clearable:!0,w:170}),(0,Y.jsx)(j,{size:`xs`,placeholder:`Any source`,"aria-label":`Filter by source`,data:Us,value:u,onChange:p,clearable:!0,w:150}),(0,Y.jsx)(j,{size:`xs`,placeholder:`Anyone`,"aria-label":`Filter by person`,data:y,value:m,onChange:h,clearable:!0,searchable:!0,w:190}),S?(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[`Showing `,b.length,` of `,i.length]}):null]}):null]}),b.length===0?(0,Y.jsx)(Fr,{children:i.length===0?`No events on the timeline yet.`:`No events match.`}):(0,Y.jsx)(`div`,{className:`timeline`,children:w.map(e=>(0,Y.jsxs)(`div`,{className:`timeline-day`,children:[(0,Y.jsx)(x,{size:`sm`,fw:700,className:`timeline-day-label`,children:e.day}),(0,Y.jsx)(`ol`,{className:`timeline-list`,children:e.events.map(e=>(0,Y.jsx)(ec,{e,fresh:a.has(e.id),canEdit:!e.milestone&&o(e.id)},e.id))})]},e.day))}),(0,Y.jsx)(Lr,{paging:t?.timelineEvents,shown:i.length,total:e.timelineEvents.totalCount,what:`events`})]})}U(`
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
`);var nc=U(`
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
`),rc={SERVICE:`indigo`,FACTOR_CATEGORY:`orange`,VENDOR:`cyan`,WORDS:`gray`};function ic({related:e,empty:t}){return e.length===0?(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,fs:`italic`,children:t}):(0,Y.jsx)(me,{listStyleType:`none`,spacing:`sm`,"aria-label":`Related incidents`,children:e.map(e=>(0,Y.jsx)(me.Item,{"data-testid":`related-incident`,children:(0,Y.jsxs)(d,{gap:`xs`,wrap:`nowrap`,align:`flex-start`,children:[(0,Y.jsx)(`div`,{style:{flexShrink:0},children:(0,Y.jsx)(Ji,{severity:e.incident.severity,size:`sm`})}),(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(y,{component:I,to:`/incidents/${encodeURIComponent(e.incident.id)}`,size:`sm`,fw:600,children:e.incident.title}),(0,Y.jsx)(x,{span:!0,size:`xs`,c:`dimmed`,ml:6,children:nt(e.incident.startedAt)}),(0,Y.jsx)(d,{gap:4,mt:2,children:e.reasons.map((e,t)=>(0,Y.jsx)(r,{size:`xs`,variant:`light`,color:rc[e.kind]??`gray`,radius:`sm`,tt:`none`,children:e.text},t))})]})]})},e.incident.id))})}function ac({incidentID:e}){let[t]=z({query:nc,variables:{id:e}}),n=t.data?.node,r=n?.__typename===`Incident`?n.related:null;return(0,Y.jsxs)(C,{withBorder:!0,radius:`md`,p:`lg`,component:`section`,id:`related`,"aria-labelledby":`related-heading`,children:[(0,Y.jsx)(P,{order:2,size:`h3`,id:`related-heading`,mb:`xs`,children:`Related incidents`}),(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,mb:`sm`,children:`Incidents that share services, factor categories, vendors or unusual words with this one.`}),t.error&&!r?(0,Y.jsx)(H,{error:t.error}):r?(0,Y.jsx)(ic,{related:r,empty:`No related incidents found.`}):(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,children:`Loading…`})]})}var oc={INCIDENT:`Incident`,PERIOD:`Period`,SERVICE:`Service`,FIGURE:`Figure`};function sc({a:e}){switch(e.scope){case`INCIDENT`:return e.incident?(0,Y.jsx)(y,{component:I,to:`/incidents/${encodeURIComponent(e.incident.id)}`,size:`xs`,children:e.incident.title}):null;case`SERVICE`:return e.service?(0,Y.jsx)(y,{component:I,to:`/services/${encodeURIComponent(e.service.id)}`,size:`xs`,children:e.service.name}):null;case`PERIOD`:return(0,Y.jsxs)(x,{span:!0,size:`xs`,children:[nt(e.periodStart),` – `,e.periodEnd?nt(new Date(Date.parse(e.periodEnd)-1).toISOString()):``]});default:return null}}function cc({annotations:e,empty:t}){return e.length===0?t?(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,children:t}):null:(0,Y.jsx)(me,{spacing:6,size:`sm`,listStyleType:`none`,"aria-label":`Context notes`,children:e.map(e=>(0,Y.jsxs)(me.Item,{"data-testid":`annotation`,children:[(0,Y.jsx)(x,{size:`sm`,children:e.body}),(0,Y.jsxs)(d,{gap:6,mt:2,children:[(0,Y.jsx)(r,{size:`xs`,variant:`light`,color:`grape`,radius:`sm`,children:oc[e.scope]??e.scope}),(0,Y.jsx)(sc,{a:e}),(0,Y.jsxs)(x,{span:!0,size:`xs`,c:`dimmed`,children:[e.createdBy?.name??`Someone`,`, `,nt(e.createdAt)]})]})]},e.id))})}var lc=U(`
  mutation CreateAnnotation($input: CreateAnnotationInput!) {
    createAnnotation(input: $input) {
      ...AnnotationFields
    }
  }
`),uc=()=>new Date().toISOString().slice(0,10);function dc(e){let t=new Date(`${e}T00:00:00Z`);return t.setUTCDate(t.getUTCDate()+1),t.toISOString()}function fc({target:e,onDone:t}){let[n,r]=(0,K.useState)(e.scopes[0]),[a,o]=(0,K.useState)(``),[c,l]=(0,K.useState)(e.services?.[0]?.id??null),[u,p]=(0,K.useState)(e.period?.from??uc()),[m,h]=(0,K.useState)(e.period?.to??uc()),[g,_]=R(lc),[v,y]=(0,K.useState)(null);return(0,Y.jsx)(`form`,{onSubmit:async r=>{r.preventDefault(),y(null);let i={body:a.trim(),scope:n};if(n===`FIGURE`&&(i.figure=e.figure),n===`INCIDENT`&&(i.incidentID=e.incidentID),n===`SERVICE`){if(!c)return y(`Choose the service the note is about.`);i.serviceID=c}if(n===`PERIOD`){if(u>m)return y(`The period must end after it starts.`);i.periodStart=`${u}T00:00:00Z`,i.periodEnd=dc(m)}let o=await _({input:i},{additionalTypenames:[`Annotation`,`AnnotationConnection`,`IncidentAnalysis`]});o.error?y(o.error.graphQLErrors[0]?.message??o.error.message):t()},"aria-label":`Add a context note`,children:(0,Y.jsxs)(N,{gap:`xs`,children:[e.scopes.length>1?(0,Y.jsx)(j,{label:`About`,data:e.scopes.map(e=>({value:e,label:e===`FIGURE`?`This figure`:oc[e]})),value:n,onChange:e=>e&&r(e),allowDeselect:!1,size:`xs`}):null,n===`SERVICE`?(0,Y.jsx)(Xn,{kind:`services`,label:`Service`,known:e.services,value:c,onChange:l,size:`xs`}):null,n===`PERIOD`?(0,Y.jsxs)(d,{grow:!0,gap:`xs`,children:[(0,Y.jsx)(M,{type:`date`,label:`From`,size:`xs`,value:u,onChange:e=>p(e.currentTarget.value)}),(0,Y.jsx)(M,{type:`date`,label:`Until (inclusive)`,size:`xs`,value:m,onChange:e=>h(e.currentTarget.value)})]}):null,(0,Y.jsx)(i,{label:`Note`,description:`Context a reader needs beside the figure: a reorganisation, a new alerting policy, a migration…`,value:a,onChange:e=>o(e.currentTarget.value),autosize:!0,minRows:2,required:!0,size:`xs`}),v?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:v}):null,(0,Y.jsxs)(d,{gap:`xs`,children:[(0,Y.jsx)(f,{type:`submit`,size:`xs`,loading:g.fetching,disabled:!a.trim(),children:`Add note`}),(0,Y.jsx)(f,{size:`xs`,variant:`default`,onClick:t,children:`Cancel`})]})]})})}function pc({annotations:e,target:t,title:n=`Context`}){let{viewer:r}=J(),[i,a]=(0,K.useState)(!1);return(0,Y.jsxs)(N,{gap:6,children:[(0,Y.jsx)(x,{size:`xs`,tt:`uppercase`,fw:700,c:`dimmed`,children:n}),(0,Y.jsx)(cc,{annotations:e,empty:`No context notes.`}),At(r.role)?i?(0,Y.jsx)(fc,{target:t,onDone:()=>a(!1)}):(0,Y.jsx)(f,{size:`compact-xs`,variant:`subtle`,onClick:()=>a(!0),style:{alignSelf:`flex-start`},children:`Add a context note`}):null]})}var mc=U(`
  query IncidentAnnotations($id: ID!) {
    annotations(first: 50, where: { incidentID: $id }, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
      edges {
        node {
          ...AnnotationFields
        }
      }
    }
  }
`);function hc({incidentID:e}){let[t]=z({query:mc,variables:{id:e}});return(0,Y.jsxs)(C,{withBorder:!0,radius:`md`,p:`lg`,component:`section`,id:`context`,"aria-labelledby":`context-heading`,children:[(0,Y.jsx)(P,{order:2,size:`h3`,id:`context-heading`,mb:`xs`,children:`Context for analysis`}),(0,Y.jsx)(pc,{title:`Notes shown beside the figures this incident counts in`,annotations:G(t.data?.annotations),target:{scopes:[`INCIDENT`],incidentID:e}})]})}function gc({incident:e}){let t=e.board,n=G(e.activities),i=t?.facilitatorShare;return(0,Y.jsxs)(k,{cols:{base:1,lg:2},spacing:`lg`,children:[(0,Y.jsx)(Pr,{id:`participation`,title:`Participation`,description:`Whose voice the board carries. A balanced review hears from everyone.`,children:!t||t.participation.length===0?(0,Y.jsx)(Fr,{children:`No contributions yet.`}):(0,Y.jsxs)(N,{gap:`sm`,children:[i==null?null:(0,Y.jsxs)(x,{size:`sm`,"data-testid":`facilitator-share`,children:[`Facilitator's share of contributions: `,(0,Y.jsxs)(`b`,{children:[Math.round(i*100),`%`]}),i>.5?(0,Y.jsx)(r,{ml:`xs`,color:`orange`,variant:`light`,size:`sm`,children:`high — invite others to tell their part`}):null]}),(0,Y.jsx)(x,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,children:`By department`}),(0,Y.jsx)(k,{cols:{base:2,xs:3},spacing:4,children:t.departments.map(e=>(0,Y.jsxs)(x,{size:`sm`,children:[V(Ge,e.department),`: `,(0,Y.jsx)(`b`,{children:e.total})]},e.department))}),(0,Y.jsx)(E.ScrollContainer,{minWidth:520,children:(0,Y.jsxs)(E,{striped:!0,withTableBorder:!0,fz:`sm`,"aria-label":`Contributions by person`,children:[(0,Y.jsx)(E.Thead,{children:(0,Y.jsxs)(E.Tr,{children:[(0,Y.jsx)(E.Th,{children:`Person`}),(0,Y.jsx)(E.Th,{children:`Events`}),(0,Y.jsx)(E.Th,{children:`Perspectives`}),(0,Y.jsx)(E.Th,{children:`Answers`}),(0,Y.jsx)(E.Th,{children:`Comments`}),(0,Y.jsx)(E.Th,{children:`Total`})]})}),(0,Y.jsx)(E.Tbody,{children:t.participation.map(e=>(0,Y.jsxs)(E.Tr,{children:[(0,Y.jsxs)(E.Td,{children:[e.user.name,` `,(0,Y.jsx)(x,{span:!0,size:`xs`,c:`dimmed`,children:V(Ge,e.department)})]}),(0,Y.jsx)(E.Td,{children:e.events}),(0,Y.jsx)(E.Td,{children:e.perspectives}),(0,Y.jsx)(E.Td,{children:e.answers}),(0,Y.jsx)(E.Td,{children:e.comments}),(0,Y.jsx)(E.Td,{fw:600,children:e.total})]},e.user.id))})]})})]})}),(0,Y.jsx)(Pr,{id:`activity`,title:`Recent activity`,description:`Who changed what on this board, newest first.`,children:n.length===0?(0,Y.jsx)(Fr,{children:`Nothing recorded yet.`}):(0,Y.jsx)(`ol`,{className:`activity-list`,"data-testid":`activity`,children:n.map(e=>(0,Y.jsxs)(`li`,{children:[(0,Y.jsx)(x,{size:`sm`,children:e.summary}),(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[B(e.createdAt),e.changes&&e.changes.length>0&&e.action===`UPDATED`?` · ${e.changes.map(e=>`${e.field}: ${e.old??`—`} → ${e.new??`—`}`).join(`; `)}`:``]})]},e.id))})})]})}var _c=U(`
  mutation OpenReview($incidentID: ID!, $version: Int!, $mode: ReviewMode!, $dueAt: Time) {
    openReview(incidentID: $incidentID, version: $version, mode: $mode, dueAt: $dueAt) {
      id
      version
      status
      reviewMode
      reviewDueAt
    }
  }
`),vc=U(`
  mutation CloseReview($incidentID: ID!, $version: Int!) {
    closeReview(incidentID: $incidentID, version: $version) {
      id
      version
      status
    }
  }
`);function yc({incident:e}){let{viewer:t}=J(),{refetch:n}=X(),[r,i]=(0,K.useState)(e.reviewMode??`ASYNC`),[a,o]=(0,K.useState)(e.reviewDueAt?e.reviewDueAt.slice(0,10):``),[c,l]=R(_c),[u,p]=R(vc);if(!jo(t.role,t.id,e))return null;let m=c.error??u.error,h=e.status===`REVIEWING`,g=e.status===`RESPONDING`;return(0,Y.jsxs)(N,{gap:`xs`,mt:`sm`,"data-testid":`review-controls`,children:[(0,Y.jsxs)(d,{gap:`xs`,align:`flex-end`,children:[(0,Y.jsx)(ue,{size:`xs`,value:r,onChange:i,data:[{value:`ASYNC`,label:`Async`},{value:`MEETING`,label:`Meeting`}],"aria-label":`How the review happens`}),(0,Y.jsx)(M,{type:`date`,size:`xs`,label:`Due`,value:a,onChange:e=>o(e.currentTarget.value)})]}),(0,Y.jsxs)(d,{gap:`xs`,children:[(0,Y.jsx)(f,{size:`xs`,onClick:async()=>{let t=await l({incidentID:e.id,version:e.version,mode:r,dueAt:a?new Date(`${a}T17:00:00`).toISOString():null});(!t.error||Ut(t.error))&&await n()},loading:c.fetching,disabled:g,"aria-describedby":g?`review-blocked`:void 0,children:h?`Update review`:`Open review`}),h?(0,Y.jsx)(f,{size:`xs`,variant:`light`,onClick:async()=>{let t=await p({incidentID:e.id,version:e.version});(!t.error||Ut(t.error))&&await n()},loading:u.fetching,children:`Close review`}):null]}),g?(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,id:`review-blocked`,children:`Resolve the incident first: under Milestones, record when it was resolved and mark it resolved.`}):null,m?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:Ut(m)?`Someone else changed this incident meanwhile; the board now shows their version — try again.`:Z(m)}):null]})}var bc=U(`
  mutation UpdateIncident($id: ID!, $version: Int!, $input: UpdateIncidentInput!) {
    updateIncident(id: $id, version: $version, input: $input) {
      id
      version
      title
      summary
      severity
      status
      customerImpact
      customersAffected
      startedAt
      detectedAt
      acknowledgedAt
      mitigatedAt
      resolvedAt
    }
  }
`),xc=[{key:`title`,label:`Title`,kind:`text`},{key:`severity`,label:`Severity`,kind:`select`,options:fa},{key:`summary`,label:`Summary`,kind:`markdown`},{key:`customerImpact`,label:`Customer impact`,kind:`markdown`},{key:`customersAffected`,label:`Customers affected`,kind:`text`}],Sc=[...xc.map(e=>e.key),`serviceIDs`,`vendorIDs`,`tagIDs`];function Cc(e){return e.trim()===``||/^\d+$/.test(e.trim())?null:`A whole number, or leave it empty if not known.`}function wc(e,t){let n={};for(let r of oa(xc,e,t)){let t=e[r].trim();r===`title`&&(n.title=t),r===`severity`&&(n.severity=t),r===`summary`&&Object.assign(n,t?{summary:t}:{clearSummary:!0}),r===`customerImpact`&&Object.assign(n,t?{customerImpact:t}:{clearCustomerImpact:!0}),r===`customersAffected`&&Object.assign(n,t?{customersAffected:Number(t)}:{clearCustomersAffected:!0})}return n}function Tc(e,t){let n={},r=ga(e.services,t.services),i=ga(e.vendors,t.vendors),a=ga(e.tags,t.tags);return r.add.length&&(n.addServiceIDs=r.add),r.remove.length&&(n.removeServiceIDs=r.remove),i.add.length&&(n.addVendorIDs=i.add),i.remove.length&&(n.removeVendorIDs=i.remove),a.add.length&&(n.addTagIDs=a.add),a.remove.length&&(n.removeTagIDs=a.remove),n}function Ec({incident:e}){let{viewer:t}=J(),[n,r]=(0,K.useState)(!1),i=(0,K.useCallback)(()=>r(!1),[]);return jo(t.role,t.id,e)?(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(f,{size:`xs`,variant:`default`,onClick:()=>r(!0),children:`Edit`}),n?(0,Y.jsx)(Dc,{incident:e,onDone:i}):null]}):null}function Dc({incident:e,onDone:t}){let{refetch:n}=X(),[r]=(0,K.useState)(()=>({title:e.title,severity:e.severity,summary:e.summary??``,customerImpact:e.customerImpact??``,customersAffected:e.customersAffected==null?``:String(e.customersAffected)})),[i]=(0,K.useState)(e.version),[a]=(0,K.useState)(()=>({services:G(e.services),vendors:G(e.vendors),tags:G(e.tags)})),[o]=(0,K.useState)(()=>({services:a.services.map(e=>e.id),vendors:a.vendors.map(e=>e.id),tags:a.tags.map(e=>e.id)})),[c,l]=(0,K.useState)(r),[u,p]=(0,K.useState)(o),[m,h]=(0,K.useState)(!1),[,g]=R(bc),_=(0,K.useCallback)((t,n,r)=>g({id:e.id,version:n,input:{...wc(t,r),...Tc(o,u)}}),[g,e.id,o,u]),v=(0,K.useCallback)(()=>Object.keys(Tc(o,u)).length>0,[o,u]),{submit:y,resolve:b,discard:x,merge:S,error:C,saving:w}=ua({fields:xc,save:_,onSaved:(0,K.useCallback)(async()=>{await n(),t()},[n,t]),otherChanges:v}),T=Q(C,Sc),E=Object.keys(T.fields).length>0,D=e=>{e.preventDefault(),h(!0),c.title.trim()&&!Cc(c.customersAffected)&&y(c,i,r)},O=e=>xc.find(t=>t.key===e),ee=e=>t=>l({...c,[e]:typeof t==`string`?t:``}),A=(e,t,n)=>(0,Y.jsx)(Zn,{kind:e,label:t,value:u[e],onChange:t=>p({...u,[e]:t}),known:a[e],comboboxProps:{withinPortal:!0},error:T.fields[n]});return(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(F,{opened:!S,onClose:t,title:`Edit incident`,size:`lg`,children:(0,Y.jsx)(`form`,{onSubmit:D,"aria-label":`Edit incident`,noValidate:!0,children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)($,{field:O(`title`),label:`Title`,value:c.title,onChange:ee(`title`),error:m&&!c.title.trim()?`Give the incident a title.`:T.fields.title}),(0,Y.jsx)($,{field:O(`severity`),label:`Severity`,value:c.severity,onChange:ee(`severity`),error:T.fields.severity}),(0,Y.jsx)($,{field:O(`summary`),label:`Summary`,value:c.summary,onChange:ee(`summary`),error:T.fields.summary}),(0,Y.jsxs)(k,{cols:{base:1,sm:2},spacing:`sm`,children:[(0,Y.jsx)($,{field:O(`customerImpact`),label:`Customer impact`,description:`What customers experienced, in words`,value:c.customerImpact,onChange:ee(`customerImpact`),error:T.fields.customerImpact}),(0,Y.jsx)($,{field:O(`customersAffected`),label:`Customers affected`,description:`An estimate; empty if not known`,value:c.customersAffected,onChange:ee(`customersAffected`),error:m&&Cc(c.customersAffected)||T.fields.customersAffected})]}),A(`services`,`Services`,`serviceIDs`),A(`vendors`,`Vendors`,`vendorIDs`),A(`tags`,`Tags`,`tagIDs`),E?T.other?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:T.other}):null:(0,Y.jsx)(la,{error:C}),(0,Y.jsxs)(d,{justify:`flex-end`,children:[(0,Y.jsx)(f,{variant:`default`,type:`button`,onClick:t,children:`Cancel`}),(0,Y.jsx)(f,{type:`submit`,loading:w,children:`Save incident`})]})]})})}),(0,Y.jsx)(da,{what:`incident`,fields:xc,state:S,saving:w,error:C,onResolve:b,onDiscard:x})]})}var Oc=e=>!!e&&/^\d{4}-\d{2}-\d{2}$/.test(e),kc=e=>`${e}T00:00:00Z`;function Ac(e){let t=new Date(`${e}T00:00:00Z`);return t.setUTCDate(t.getUTCDate()+1),t.toISOString()}function jc(e){let t={};e.from&&(t.from=kc(e.from)),e.to&&(t.to=Ac(e.to));for(let n of dt){let r=e.lists[n.param];r.length&&(t[n.field]=r)}return t}function Mc(e){if(!e)return null;try{let t=JSON.parse(e);if(typeof t.label==`string`&&Array.isArray(t.keys)&&t.keys.every(e=>ft(e.dimension)))return t}catch{}return null}function Nc(){let[e,t]=ve(),n=e.toString(),r=(0,K.useMemo)(()=>{let t=(e.get(`by`)??`SERVICE`).split(`,`).filter(ft).slice(0,2),n=Object.fromEntries(dt.map(t=>[t.param,(e.get(t.param)??``).split(`,`).filter(Boolean)]));return{groupBy:e.get(`by`)===``?[]:t,from:Oc(e.get(`from`))?e.get(`from`):null,to:Oc(e.get(`to`))?e.get(`to`):null,interval:e.get(`interval`)===`QUARTER`?`QUARTER`:`MONTH`,lists:n,drill:Mc(e.get(`drill`)),duration:e.get(`duration`)}},[n]),i=n=>{let r=new URLSearchParams(e);for(let[e,t]of Object.entries(n))t===null?r.delete(e):r.set(e,t);t(r,{replace:!(`drill`in n)})};return{state:r,update:i,setGroupBy:e=>i({by:e.join(`,`),drill:null}),setDrill:e=>i({drill:e?JSON.stringify(e):null}),reset:()=>t(new URLSearchParams,{replace:!0})}}var Pc=5;function Fc(e=new Date){let t=[],n=[],r=e.getUTCFullYear();for(let i=r;i>r-Pc;i--)for(let a=i===r?e.getUTCMonth()+1:12;a>=1;a--){let o=`${i}-${String(a).padStart(2,`0`)}`;if(t.push({value:o,label:o}),a%3==0||i===r&&a===e.getUTCMonth()+1){let e=`${i}-Q${Math.ceil(a/3)}`;n.some(t=>t.value===e)||n.push({value:e,label:e})}}return{months:t,quarters:n}}function Ic(){return{options:(0,K.useMemo)(()=>({services:[],vendors:[],teams:[],categories:[],severities:Object.entries(ot).map(([e,t])=>({value:e,label:t})),tags:[],...Fc()}),[])}}var Lc={EXECUTIVE:`Executive summary`,ENGINEERING:`Engineering deep-dive`,TEAM:`Team action list`,SUPPORT:`Support briefing`,CUSTOMER:`Customer-facing summary`,LEADERSHIP:`Leadership report`},Rc={EXECUTIVE:`The top insight, the impact in business terms and the actions that matter, on one page.`,ENGINEERING:`Timeline, contributing factors and evidence, with every action and its owner.`,TEAM:`What each team owes: the actions with owners, due dates and status.`,SUPPORT:`What customers saw, what to tell them, and what changes.`,CUSTOMER:`What happened and what changes, without internal names or system details.`,LEADERSHIP:`Across the incidents of a period: top insights, charts, and the incidents and actions behind each figure.`},zc=[`EXECUTIVE`,`ENGINEERING`,`TEAM`,`SUPPORT`,`CUSTOMER`],Bc=[...zc,`LEADERSHIP`],Vc={TIMELINE_EVENT:`Timeline event`,PERSPECTIVE:`Perspective`,QUESTION:`Question`};function Hc(e,t){if(!e||!t)return``;let n=new Date(new Date(t).getTime()-1).toISOString();return`${nt(e)} – ${nt(n)}`}function Uc(e,t){let n=`/reports/${encodeURIComponent(e)}`;return t?`${n}/versions/${t}`:n}U(`
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
`);var Wc=U(`
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
`),Gc=U(`
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
`),Kc=U(`
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
`),qc=U(`
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
`),Jc=U(`
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
`),Yc=U(`
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
`),Xc=U(`
  mutation GenerateReport($input: GenerateReportInput!) {
    generateReport(input: $input) {
      id
      title
    }
  }
`),Zc=U(`
  mutation UpdateReport($id: ID!, $version: Int!, $input: UpdateReportInput!) {
    updateReport(id: $id, version: $version, input: $input) {
      ...ReportFields
    }
  }
`),Qc=U(`
  mutation RegenerateReport($id: ID!, $version: Int!) {
    regenerateReport(id: $id, version: $version) {
      ...ReportFields
    }
  }
`),$c=U(`
  mutation PublishReport($id: ID!, $version: Int!) {
    publishReport(id: $id, version: $version) {
      ...ReportFields
    }
  }
`),el=U(`
  mutation DeleteReport($id: ID!) {
    deleteReport(id: $id)
  }
`),tl=U(`
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
`),nl=U(`
  query ReportPlaceholders {
    reportPlaceholders {
      name
      description
      internal
      technical
      crossIncident
    }
  }
`),rl=U(`
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
`),il=U(`
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
`),al=e=>e.reportTemplates;function ol(e){let{nodes:t}=zr(Yc,al);return(0,K.useMemo)(()=>t.filter(t=>t.audience===e).map(e=>({value:e.id,label:e.name,description:e.description})),[t,e])}function sl({audience:e,value:t,onChange:n}){let r=ol(e),i=r.find(e=>e.value===t);return(0,Y.jsx)(j,{label:`Template`,placeholder:r.length?`Default: ${r[0].label}`:`The audience’s default template`,description:i?.description??void 0,data:r,value:t,onChange:n,clearable:!0,comboboxProps:{withinPortal:!0}})}function cl({incidentID:e,onCancel:t}){let n=Se(),[r,i]=(0,K.useState)(`EXECUTIVE`),[a,o]=(0,K.useState)(null),[c,l]=R(Xc);return(0,Y.jsx)(`form`,{onSubmit:async t=>{t.preventDefault();let i=await l({input:{audience:r,incidentID:e,templateID:a}});i.data&&n(Uc(i.data.generateReport.id))},"aria-label":`Generate a report`,children:(0,Y.jsxs)(N,{gap:`md`,children:[(0,Y.jsx)(A.Group,{label:`Audience`,value:r,onChange:e=>{i(e),o(null)},children:(0,Y.jsx)(N,{gap:8,mt:6,children:zc.map(e=>(0,Y.jsx)(A,{value:e,label:Lc[e],description:Rc[e]},e))})}),(0,Y.jsx)(sl,{audience:r,value:a,onChange:o}),c.error?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,children:Z(c.error)}):null,(0,Y.jsxs)(d,{justify:`flex-end`,children:[(0,Y.jsx)(f,{variant:`default`,onClick:t,children:`Cancel`}),(0,Y.jsx)(f,{type:`submit`,loading:c.fetching,children:`Generate draft`})]})]})})}function ll(){let e=Se(),{options:t}=Ic(),[n,r]=(0,K.useState)(``),[i,a]=(0,K.useState)(``),[o,c]=(0,K.useState)(``),[l,u]=(0,K.useState)(null),[p,m]=(0,K.useState)([]),[h,g]=(0,K.useState)([]),[_,v]=(0,K.useState)([]),[y,b]=R(Xc),S=Q(y.error,[`title`,`filter`,`from`,`to`]),C=!!n&&!!i&&n>i;return(0,Y.jsx)(`form`,{onSubmit:async t=>{if(t.preventDefault(),!n||!i||C)return;let r={from:kc(n),to:Ac(i)};p.length&&(r.serviceIDs=p),h.length&&(r.teamIDs=h),_.length&&(r.severities=_);let a=await b({input:{audience:`LEADERSHIP`,filter:r,templateID:l,title:o.trim()||null}});a.data&&e(Uc(a.data.generateReport.id))},"aria-label":`New leadership report`,children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,children:Rc.LEADERSHIP}),(0,Y.jsxs)(k,{cols:{base:1,sm:2,md:4},spacing:`sm`,children:[(0,Y.jsx)(M,{type:`date`,label:`From`,required:!0,value:n,onChange:e=>r(e.currentTarget.value),error:S.fields.from}),(0,Y.jsx)(M,{type:`date`,label:`To (inclusive)`,required:!0,value:i,onChange:e=>a(e.currentTarget.value),error:C?`The period ends before it starts.`:S.fields.to}),(0,Y.jsx)(M,{label:`Title`,placeholder:`By default from the period`,value:o,onChange:e=>c(e.currentTarget.value),error:S.fields.title}),(0,Y.jsx)(sl,{audience:`LEADERSHIP`,value:l,onChange:u})]}),(0,Y.jsxs)(k,{cols:{base:1,sm:3},spacing:`sm`,children:[(0,Y.jsx)(Zn,{kind:`services`,label:`Services`,placeholder:`All`,value:p,onChange:m,clearable:!0}),(0,Y.jsx)(Zn,{kind:`teams`,label:`Teams`,placeholder:`All`,value:h,onChange:g,clearable:!0}),(0,Y.jsx)(fe,{label:`Severities`,placeholder:`All`,data:t.severities,value:_,onChange:v,clearable:!0})]}),S.other?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,children:S.other}):null,(0,Y.jsx)(d,{children:(0,Y.jsx)(f,{type:`submit`,loading:y.fetching,disabled:!n||!i||C,children:`Generate leadership report`})})]})})}function ul({incidentID:e}){let{viewer:t}=J(),n=At(t.role),[i,a]=(0,K.useState)(!1),o=(0,K.useMemo)(()=>({additionalTypenames:[`Report`]}),[]),[s,c]=z({query:Jc,variables:{id:e},context:o}),l=s.data?.node,u=l?.__typename===`Incident`?G(l.reports):[];return(0,Y.jsxs)(Pr,{id:`reports`,title:`Reports`,description:`What was learned, written for each audience: executives, engineers, teams, support and customers.`,aside:n?(0,Y.jsx)(f,{size:`xs`,onClick:()=>a(!0),children:`Generate report`}):void 0,children:[s.error&&!s.data?(0,Y.jsx)(H,{error:s.error,onRetry:()=>c({requestPolicy:`network-only`})}):s.data?u.length===0?(0,Y.jsx)(Fr,{children:n?`No reports yet: generate one for the audience that needs it.`:`No reports published yet.`}):(0,Y.jsx)(N,{gap:`xs`,component:`ul`,style:{listStyle:`none`,margin:0,padding:0},"aria-label":`Reports on this incident`,children:u.map(e=>(0,Y.jsxs)(d,{component:`li`,gap:`sm`,wrap:`wrap`,"data-testid":`incident-report`,children:[(0,Y.jsx)(y,{component:I,to:Uc(e.id),fw:600,size:`sm`,children:e.title}),(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,children:Lc[e.audience]}),e.publishedVersion>0?(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[`Version `,e.publishedVersion,`, published `,nt(e.publishedAt)]}):(0,Y.jsx)(r,{size:`xs`,color:`gray`,variant:`light`,children:`Draft`}),n&&e.publishedVersion>0&&e.changedSincePublish?(0,Y.jsx)(r,{size:`xs`,color:`orange`,variant:`light`,children:`Changed since publication`}):null]},e.id))}):(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,children:`Loading the reports…`}),(0,Y.jsx)(F,{opened:i,onClose:()=>a(!1),title:`Generate a report`,size:`lg`,children:i?(0,Y.jsx)(cl,{incidentID:e,onCancel:()=>a(!1)}):null})]})}var dl=U(`
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
`),fl=U(`
  mutation AttachWorkflow($incidentID: ID!, $templateID: ID!) {
    attachWorkflow(incidentID: $incidentID, templateID: $templateID) {
      id
    }
  }
`),pl=U(`
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
`);function ml(){let{viewer:e}=J(),{incident:t,refetch:n}=X(),[r,i]=z({query:dl,variables:{id:t.id}});io((0,K.useCallback)(e=>i(e),[i]));let a=r.data?.node,o=a?.__typename===`Incident`?a:null,c=jt(e.role),[l,u]=R(fl),p=async e=>{(await u({incidentID:t.id,templateID:e})).error||await n()};return(0,Y.jsx)(Pr,{id:`checklists`,title:`Checklists`,description:`Coordination workflows for this incident: who does what, ticked off as it is done.`,children:(0,Y.jsx)(N,{gap:`md`,children:r.error&&!o?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,children:Z(r.error)}):o?(0,Y.jsxs)(Y.Fragment,{children:[o.suggestedWorkflows.length>0?(0,Y.jsxs)(C,{bg:`indigo.0`,p:`sm`,radius:`md`,"aria-label":`Suggested workflows`,component:`section`,children:[(0,Y.jsx)(x,{size:`sm`,fw:600,mb:6,children:`Suggested for this incident`}),(0,Y.jsx)(N,{gap:6,children:o.suggestedWorkflows.map(e=>(0,Y.jsxs)(d,{justify:`space-between`,wrap:`nowrap`,"data-testid":`suggested-workflow`,children:[(0,Y.jsxs)(`div`,{style:{minWidth:0},children:[(0,Y.jsxs)(x,{size:`sm`,fw:600,children:[e.name,` `,(0,Y.jsxs)(x,{span:!0,size:`xs`,c:`dimmed`,fw:400,children:[W(e.orderedSteps.length,`step`),e.severities?.length?` · ${e.severities.map(e=>V(Ue,e)).join(`, `)}`:``,e.incidentTypes?.length?` · ${e.incidentTypes.join(`, `)}`:``]})]}),e.description?(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,lineClamp:2,children:e.description}):null]}),c?(0,Y.jsx)(f,{size:`xs`,variant:`light`,onClick:()=>p(e.id),loading:l.fetching,"aria-label":`Attach ${e.name}`,children:`Attach`}):null]},e.id))}),l.error?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:Z(l.error)}):null]}):null,(o.checklists??[]).length===0?(0,Y.jsx)(Fr,{children:`No checklist attached yet.`}):(o.checklists??[]).map(e=>(0,Y.jsx)(hl,{checklist:e,canWrite:c},e.id))]}):(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,children:`Loading…`})})})}function hl({checklist:e,canWrite:t}){let n=(0,K.useMemo)(()=>[...e.steps].sort((e,t)=>e.position-t.position),[e.steps]),r=n.length;return(0,Y.jsxs)(C,{withBorder:!0,radius:`md`,p:`md`,component:`section`,"aria-label":`Checklist: ${e.name}`,"data-testid":`checklist`,children:[(0,Y.jsxs)(d,{justify:`space-between`,mb:`xs`,children:[(0,Y.jsx)(x,{fw:700,children:e.name}),(0,Y.jsxs)(x,{size:`sm`,c:`dimmed`,"data-testid":`checklist-progress`,children:[e.doneCount,`/`,r,` done`]})]}),(0,Y.jsx)(ce,{value:r?100*e.doneCount/r:0,size:`sm`,mb:`sm`,"aria-label":`${e.doneCount} of ${r} steps done`}),(0,Y.jsx)(N,{gap:`xs`,component:`ol`,style:{listStyle:`none`,padding:0,margin:0},children:n.map(e=>(0,Y.jsx)(gl,{step:e,canWrite:t},e.id))})]})}function gl({step:e,canWrite:t}){let{refetch:n}=X(),[i,a]=(0,K.useState)(``),[o,c]=R(pl),[l,u]=(0,K.useState)(null),[f,p]=(0,K.useState)(null),m=!!e.doneAt,h=async t=>{u(null),p(t);try{let r=await c({id:e.id,version:e.version,done:t,note:t&&i.trim()?i.trim():null});if($i(r.error)){u(`Someone else changed this step just before you; it now shows their change. Tick it again if it still needs changing.`),await n();return}r.error||(a(``),await n())}finally{p(null)}};return(0,Y.jsx)(`li`,{"data-testid":`checklist-step`,children:(0,Y.jsxs)(d,{gap:`sm`,align:`flex-start`,wrap:`nowrap`,children:[(0,Y.jsx)(b,{checked:f??m,disabled:!t||o.fetching,onChange:e=>h(e.currentTarget.checked),"aria-label":e.title,mt:2}),(0,Y.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,Y.jsxs)(d,{gap:6,children:[(0,Y.jsxs)(x,{size:`sm`,fw:500,td:m?`line-through`:void 0,c:m?`dimmed`:void 0,children:[e.position+1,`. `,e.title]}),e.role?(0,Y.jsx)(r,{size:`xs`,variant:`light`,color:`gray`,tt:`none`,children:V(et,e.role)}):null]}),e.guidance&&!m?(0,Y.jsx)(Zi,{children:e.guidance}):null,m&&e.doneAt?(0,Y.jsxs)(x,{size:`xs`,c:`teal.8`,"data-testid":`step-done-by`,children:[`Done by `,e.doneBy?.name??`someone`,` at `,$t(e.doneAt,Wt()),e.note?` — ${e.note}`:``]}):t?(0,Y.jsx)(M,{size:`xs`,mt:4,maw:360,placeholder:`Note when done (optional), e.g. status page posted`,"aria-label":`Note for “${e.title}”`,value:i,onChange:e=>a(e.currentTarget.value)}):null,l?(0,Y.jsx)(s,{color:`orange`,variant:`light`,role:`alert`,mt:4,p:`xs`,children:l}):o.error&&!$i(o.error)?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,mt:4,p:`xs`,children:Z(o.error)}):null]})]})})}var _l={INTERNAL:`Internal`,CUSTOMERS:`Customers`},vl={INTERNAL:`Colleagues: leadership, support, other teams`,CUSTOMERS:`Customers: the status page, email, social`},yl=[`INTERNAL`,`CUSTOMERS`],bl=[{name:`{{title}}`,help:`the incident's title`},{name:`{{severity}}`,help:`its severity, e.g. SEV2`},{name:`{{status}}`,help:`its status, e.g. Investigating`},{name:`{{started_at}}`,help:`when it started`},{name:`{{impact}}`,help:`the customer impact as written on the incident`},{name:`{{services}}`,help:`the services involved`},{name:`{{next_update}}`,help:`when the next update is due, from the guideline`},{name:`{{link}}`,help:`the incident's address in Debrief`}];U(`
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
`);var xl=U(`
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
`),Sl=U(`
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
`),Cl=U(`
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
`),wl=U(`
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
`),Tl=U(`
  query RenderMessage($templateID: ID!, $incidentID: ID!) {
    renderMessage(templateID: $templateID, incidentID: $incidentID) {
      body
      missing
    }
  }
`),El=U(`
  mutation CreateStatusUpdate($input: CreateStatusUpdateInput!) {
    createStatusUpdate(input: $input) {
      id
      timelineEventID
    }
  }
`),Dl=[`STATUS_PAGE`,`EMAIL`,`SLACK`,`ZOOM`,`PHONE`,`PAGER`,`DEBRIEF`,`OTHER`];function Ol(){let{viewer:e}=J(),{incident:t}=X(),[n,i]=z({query:xl,variables:{id:t.id}});io((0,K.useCallback)(e=>i(e),[i]));let a=n.data?.node,o=a?.__typename===`Incident`?a.statusUpdates:null,c=Ae(),l=(0,K.useCallback)(async e=>{let n=await c.query(Sl,{id:t.id,after:e},{requestPolicy:`network-only`}).toPromise(),r=n.data?.node;return{error:n.error,page:r?.__typename===`Incident`?r.statusUpdates:void 0}},[c,t.id]),{edges:u,...f}=Rr(o??void 0,l),p=G({edges:u});return(0,Y.jsx)(Pr,{id:`status-updates`,title:`Status updates`,description:`What was said about this incident, to whom, where and when. Each one is on the timeline too.`,children:(0,Y.jsxs)(N,{gap:`md`,children:[jt(e.role)?(0,Y.jsx)(Al,{}):null,n.error&&!o?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,children:Z(n.error)}):o?p.length===0?(0,Y.jsx)(Fr,{children:`No status update logged yet.`}):(0,Y.jsxs)(E.ScrollContainer,{minWidth:700,children:[(0,Y.jsxs)(E,{verticalSpacing:`xs`,"aria-label":`Status updates sent`,striped:!0,children:[(0,Y.jsx)(E.Thead,{children:(0,Y.jsxs)(E.Tr,{children:[(0,Y.jsx)(E.Th,{children:`Sent`}),(0,Y.jsx)(E.Th,{children:`To`}),(0,Y.jsx)(E.Th,{children:`Message`}),(0,Y.jsx)(E.Th,{children:`By`})]})}),(0,Y.jsx)(E.Tbody,{children:p.map(e=>(0,Y.jsxs)(E.Tr,{"data-testid":`status-update`,children:[(0,Y.jsx)(E.Td,{style:{whiteSpace:`nowrap`},children:(0,Y.jsx)(x,{size:`sm`,children:B(e.sentAt)})}),(0,Y.jsxs)(E.Td,{children:[(0,Y.jsxs)(d,{gap:4,children:[(0,Y.jsx)(r,{size:`xs`,variant:`light`,color:e.audience===`CUSTOMERS`?`orange`:`indigo`,children:V(_l,e.audience)}),(0,Y.jsx)(r,{size:`xs`,variant:`outline`,color:`gray`,children:V(tt,e.channel)})]}),(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,children:e.recipients})]}),(0,Y.jsx)(E.Td,{children:(0,Y.jsx)(x,{size:`sm`,style:{whiteSpace:`pre-wrap`},children:e.body})}),(0,Y.jsx)(E.Td,{children:(0,Y.jsx)(x,{size:`sm`,children:e.createdBy?.name??`—`})})]},e.id))})]}),(0,Y.jsx)(Lr,{paging:f,shown:p.length,total:o.totalCount,what:`status updates`})]}):(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,children:`Loading…`})]})})}var kl=e=>e.messageTemplates;function Al(){let{incident:e,refetch:t}=X(),n=Ae(),r=Wt(),[a]=z({query:Cl}),[o,c]=(0,K.useState)(`INTERNAL`),[l,u]=(0,K.useState)(null),[p,m]=(0,K.useState)(``),[h,g]=(0,K.useState)([]),[_,v]=(0,K.useState)(null),[y,b]=(0,K.useState)(!1),[S,w]=(0,K.useState)(``),[T,E]=(0,K.useState)(`SLACK`),[D,O]=(0,K.useState)(()=>Xt(new Date,r)),[k,ee]=R(El),A=G(a.data?.commsGuidelines).find(e=>e.audience===o),{nodes:te}=zr(wl,kl),ne=(0,K.useMemo)(()=>te.filter(e=>e.audience===o),[te,o]);return(0,Y.jsx)(C,{withBorder:!0,radius:`md`,p:`md`,bg:`gray.0`,children:(0,Y.jsx)(`form`,{onSubmit:async n=>{n.preventDefault();let i=Qt(D,r);(await ee({input:{incidentID:e.id,audience:o,channel:T??`OTHER`,recipients:S.trim(),body:p.trim(),...i?{sentAt:i}:{}}})).error||(m(``),u(null),g([]),w(``),O(Xt(new Date,r)),await t())},"aria-label":`Log a status update`,children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsxs)(d,{gap:`sm`,align:`center`,children:[(0,Y.jsx)(x,{size:`sm`,fw:600,children:`Audience`}),(0,Y.jsx)(ue,{size:`xs`,value:o,onChange:e=>{c(e),u(null),g([])},data:yl.map(e=>({value:e,label:V(_l,e)})),"aria-label":`Audience`}),(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,children:vl[o]})]}),A?(0,Y.jsxs)(C,{p:`xs`,radius:`sm`,withBorder:!0,"data-testid":`comms-guideline`,children:[(0,Y.jsxs)(x,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,mb:2,children:[`Guidelines for `,V(_l,o).toLowerCase(),` updates`,A.updateEveryMinutes?` · update every ${A.updateEveryMinutes} minutes`:``]}),(0,Y.jsx)(Zi,{children:A.body})]}):(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,children:`No guidelines written for this audience yet.`}),(0,Y.jsx)(j,{label:`Start from a template`,placeholder:ne.length?`Choose a message template`:`No templates for this audience`,data:ne.map(e=>({value:e.id,label:e.name})),value:l,onChange:async t=>{if(u(t),v(null),g([]),!t)return;b(!0);let r=await n.query(Tl,{templateID:t,incidentID:e.id},{requestPolicy:`network-only`}).toPromise();b(!1),r.error||!r.data?v(Z(r.error)??`The template could not be filled in.`):(m(r.data.renderMessage.body),g(r.data.renderMessage.missing))},clearable:!0,disabled:ne.length===0,size:`xs`,maw:420}),(0,Y.jsx)(i,{label:`Message`,required:!0,autosize:!0,minRows:3,value:p,onChange:e=>m(e.currentTarget.value),disabled:y,description:h.length?`Not known for this incident yet, fill in by hand: ${h.join(`, `)}`:void 0}),_?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:_}):null,(0,Y.jsxs)(d,{gap:`sm`,align:`flex-end`,wrap:`wrap`,children:[(0,Y.jsx)(M,{label:`Recipients`,required:!0,placeholder:`#exec-updates, all customers…`,value:S,onChange:e=>w(e.currentTarget.value),size:`xs`,w:240}),(0,Y.jsx)(j,{label:`Channel`,data:Dl.map(e=>({value:e,label:V(tt,e)})),value:T,onChange:E,allowDeselect:!1,size:`xs`,w:160}),(0,Y.jsx)(M,{label:`Sent at (${r})`,type:`datetime-local`,value:D,onChange:e=>O(e.currentTarget.value),size:`xs`,w:220}),(0,Y.jsx)(f,{type:`submit`,size:`xs`,loading:k.fetching,disabled:!p.trim()||!S.trim(),children:`Log update`})]}),k.error?(0,Y.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:Z(k.error)}):null]})})})}function jl(){return(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(ml,{}),(0,Y.jsx)(Ol,{})]})}function Ml(e,t,n){let r=Ae(),i=(0,K.useCallback)(t=>ut(r,n,e,t),[r,n,e]);return Rr(t?.[n],i)}function Nl(e,t){let n=Ml(e,t,`timelineEvents`),r=Ml(e,t,`participants`),i=Ml(e,t,`perspectives`),a=Ml(e,t,`questions`),o=Ml(e,t,`comments`),s=(0,K.useMemo)(()=>t&&{...t,timelineEvents:{...t.timelineEvents,edges:n.edges},participants:{...t.participants,edges:r.edges},perspectives:{...t.perspectives,edges:i.edges},questions:{...t.questions,edges:a.edges},comments:{...t.comments,edges:o.edges}},[t,n.edges,r.edges,i.edges,a.edges,o.edges]),c=(0,K.useMemo)(()=>{let e=({loading:e,missing:t,error:n,retry:r,capped:i})=>({loading:e,missing:t,error:n,retry:r,capped:i});return{timelineEvents:e(n),participants:e(r),perspectives:e(i),questions:e(a),comments:e(o)}},[n,r,i,a,o]),{settle:l}=n,{settle:u}=r,{settle:d}=i,{settle:f}=a,{settle:p}=o;return{incident:s,paging:c,settle:(0,K.useCallback)(async e=>{await Promise.all([l(e.timelineEvents),u(e.participants),d(e.perspectives),f(e.questions),p(e.comments)])},[l,u,d,f,p])}}function Pl(){let{id:e=``}=De(),[t,n]=z({query:lt,variables:{id:e}}),i=Ae(),a=t.data?.node,o=a?.__typename===`Incident`?a:void 0,{incident:s,paging:c,settle:l}=Nl(e,o),u=(0,K.useCallback)(async()=>{let t=await new Promise(t=>{let n=!1,r=i.query(lt,{id:e},{requestPolicy:`network-only`}).subscribe(e=>{n||e.stale||(n=!0,t(e),queueMicrotask(()=>r.unsubscribe()))})}),n=t.data?.node;return n?.__typename===`Incident`&&await l(n),t},[i,e,l]),f=Qa(e,u);q(s?.title??(t.fetching?`Incident`:`Incident not found`));let p=(0,Y.jsxs)(he,{"aria-label":`Breadcrumb`,children:[(0,Y.jsx)(y,{component:I,to:`/incidents`,size:`sm`,children:`Incidents`}),s?(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,lineClamp:1,children:s.title}):null]});if(t.error&&!s){let e=t.error.graphQLErrors.some(e=>e.extensions?.code===`NOT_FOUND`||e.extensions?.code===`BAD_USER_INPUT`);return(0,Y.jsxs)(N,{children:[p,(0,Y.jsx)(P,{order:1,children:e?`Incident not found`:`This incident could not be loaded`}),(0,Y.jsx)(H,{error:t.error,onRetry:()=>n({requestPolicy:`network-only`})})]})}if(!s)return t.fetching||!t.data?(0,Y.jsxs)(N,{children:[p,(0,Y.jsx)(Le,{what:`the incident`})]}):(0,Y.jsxs)(N,{gap:`sm`,children:[p,(0,Y.jsx)(P,{order:1,children:`Incident not found`}),(0,Y.jsx)(x,{c:`dimmed`,children:`There is no incident with this address, or you do not have access to it.`}),(0,Y.jsx)(y,{component:I,to:`/incidents`,children:`Back to all incidents`})]});let m=G(s.services),h=G(s.vendors),g=G(s.tags),_=s.board?.openQuestions??G(s.questions).filter(e=>e.status===`OPEN`).length,v=[{id:`timeline`,label:`Timeline`,count:s.timelineEvents.totalCount},{id:`checklists`,label:`Checklists`},{id:`status-updates`,label:`Status updates`},{id:`participants`,label:`Participants`,count:s.participants.totalCount},{id:`perspectives`,label:`Perspectives`,count:s.perspectives.totalCount},{id:`questions`,label:`Open questions`,count:_},{id:`comments`,label:`Discussion`,count:s.comments.totalCount},{id:`insights`,label:`Insights`},{id:`actions`,label:`Action items`,count:s.actionItems.totalCount},{id:`reports`,label:`Reports`},{id:`related`,label:`Related incidents`},{id:`context`,label:`Context`}];return(0,Y.jsx)(Vt,{value:{incident:s,refetch:u,paging:c,answer:o},children:(0,Y.jsx)(eo,{value:f.fresh,children:(0,Y.jsxs)(N,{gap:`lg`,children:[p,t.error?(0,Y.jsx)(H,{error:t.error}):null,(0,Y.jsx)(C,{withBorder:!0,radius:`md`,p:`lg`,component:`header`,className:f.fresh.has(s.id)?`incident-header is-fresh`:`incident-header`,children:(0,Y.jsxs)(N,{gap:`md`,children:[(0,Y.jsxs)(d,{justify:`space-between`,gap:`xs`,children:[(0,Y.jsxs)(d,{gap:`xs`,children:[(0,Y.jsx)(Ji,{severity:s.severity,size:`lg`}),(0,Y.jsx)(Yi,{status:s.status,size:`lg`}),s.restricted?(0,Y.jsx)(r,{color:`grape`,variant:`light`,size:`lg`,radius:`sm`,children:`Restricted`}):null]}),(0,Y.jsxs)(d,{gap:`xs`,children:[(0,Y.jsx)(Ec,{incident:s}),(0,Y.jsx)(ro,{status:f.status,syncing:f.syncing})]})]}),(0,Y.jsx)(P,{order:1,className:`incident-title`,children:s.title}),(0,Y.jsx)(x,{size:`xs`,c:`dimmed`,children:Re[s.severity]}),s.summary?(0,Y.jsx)(Zi,{size:`md`,children:s.summary}):(0,Y.jsx)(x,{c:`dimmed`,fs:`italic`,children:`No summary written yet.`}),(0,Y.jsxs)(k,{cols:{base:1,md:2},spacing:`lg`,children:[(0,Y.jsxs)(C,{bg:`red.0`,p:`md`,radius:`md`,component:`section`,"aria-labelledby":`impact-heading`,children:[(0,Y.jsx)(P,{order:2,size:`h5`,id:`impact-heading`,mb:4,children:`Customer impact`}),s.customerImpact?(0,Y.jsx)(Zi,{children:s.customerImpact}):(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,children:`Not described yet.`}),s.customersAffected==null?null:(0,Y.jsxs)(x,{size:`sm`,fw:600,mt:`xs`,children:[`About `,s.customersAffected.toLocaleString(),` customers affected`]})]}),(0,Y.jsxs)(C,{bg:`gray.0`,p:`md`,radius:`md`,component:`section`,"aria-labelledby":`review-heading`,children:[(0,Y.jsx)(P,{order:2,size:`h5`,id:`review-heading`,mb:4,children:`Review`}),(0,Y.jsxs)(`dl`,{className:`facts`,children:[(0,Y.jsx)(`dt`,{children:`Format`}),(0,Y.jsx)(`dd`,{children:s.reviewMode?V(at,s.reviewMode):`Not chosen yet`}),(0,Y.jsx)(`dt`,{children:`Due`}),(0,Y.jsx)(`dd`,{children:s.reviewDueAt?B(s.reviewDueAt):`No date set`}),(0,Y.jsx)(`dt`,{children:`Facilitator`}),(0,Y.jsx)(`dd`,{children:s.facilitator?.name??`Nobody yet`})]}),(0,Y.jsx)(yc,{incident:s})]})]}),(0,Y.jsx)(Ro,{incident:s}),(0,Y.jsxs)(k,{cols:{base:1,sm:3},spacing:`md`,children:[(0,Y.jsx)(Fl,{title:`Services`,empty:`None named`,items:m.map(e=>({id:e.id,name:e.name,hint:V(st,e.kind),to:`/services/${encodeURIComponent(e.id)}`}))}),(0,Y.jsx)(Fl,{title:`Vendors`,empty:`None involved`,items:h.map(e=>({id:e.id,name:e.name}))}),(0,Y.jsx)(Fl,{title:`Tags`,empty:`No tags`,items:g.map(e=>({id:e.id,name:e.name}))})]})]})}),(0,Y.jsx)(`nav`,{"aria-label":`Sections of this incident`,className:`section-nav`,children:v.map(e=>(0,Y.jsxs)(`a`,{href:`#${e.id}`,children:[e.label,` `,e.count==null?null:(0,Y.jsx)(`span`,{className:`count`,children:e.count})]},e.id))}),(0,Y.jsx)(tc,{incident:s}),(0,Y.jsx)(jl,{}),(0,Y.jsx)(qo,{incident:s}),(0,Y.jsx)(js,{incident:s}),(0,Y.jsx)(zs,{incident:s}),(0,Y.jsx)(ps,{incident:s}),(0,Y.jsx)(gc,{incident:s}),(0,Y.jsx)(Ao,{incident:s}),(0,Y.jsx)(co,{incident:s}),(0,Y.jsx)(ul,{incidentID:s.id}),(0,Y.jsx)(ac,{incidentID:s.id}),(0,Y.jsx)(hc,{incidentID:s.id}),(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,ta:`center`,children:[W(s.timelineEvents.totalCount,`timeline event`),` · `,W(s.participants.totalCount,`participant`),` ·`,` `,W(s.actionItems.totalCount,`action item`)]})]})})})}function Fl({title:e,items:t,empty:n}){return(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(x,{size:`xs`,tt:`uppercase`,fw:700,c:`dimmed`,mb:6,children:e}),t.length===0?(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,children:n}):(0,Y.jsx)(d,{gap:6,children:t.map(e=>e.to?(0,Y.jsx)(r,{component:I,to:e.to,variant:`light`,color:`indigo`,radius:`sm`,size:`md`,title:e.hint,style:{cursor:`pointer`},children:e.name},e.id):(0,Y.jsx)(r,{variant:`light`,color:`gray`,radius:`sm`,size:`md`,title:e.hint,children:e.name},e.id))})]})}function Il(){return q(`Page not found`),(0,Y.jsxs)(N,{gap:`sm`,py:`xl`,children:[(0,Y.jsx)(P,{order:1,children:`Page not found`}),(0,Y.jsx)(x,{c:`dimmed`,children:`There is no page at this address.`}),(0,Y.jsx)(y,{component:I,to:`/incidents`,children:`Go to the list of incidents`})]})}var Ll=U(`
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
`),Rl={INCIDENT:`Incident`,TIMELINE_EVENT:`Timeline event`,PERSPECTIVE:`Perspective`,INSIGHT:`Insight`,ACTION_ITEM:`Action item`};function zl(e){if(!e.incident)return null;let t=`/incidents/${encodeURIComponent(e.incident.id)}`,n=`id`in e.record?e.record.id:``;switch(e.kind){case`TIMELINE_EVENT`:return`${t}#timeline`;case`PERSPECTIVE`:return`${t}#perspectives`;case`INSIGHT`:return`${t}#insight-${n}`;case`ACTION_ITEM`:return`${t}#action-${n}`;default:return t}}function Bl(e){let t=[],n=/«([^»]*)»/g,r=0;for(let i=n.exec(e);i;i=n.exec(e))i.index>r&&t.push({text:e.slice(r,i.index),match:!1}),t.push({text:i[1],match:!0}),r=i.index+i[0].length;return r<e.length&&t.push({text:e.slice(r).replace(/[«»]/g,``),match:!1}),t}function Vl({snippet:e}){return(0,Y.jsx)(x,{size:`sm`,"data-testid":`snippet`,children:Bl(e).map((e,t)=>(0,Y.jsx)(K.Fragment,{children:e.match?(0,Y.jsx)(v,{color:`yellow`,children:e.text}):e.text},t))})}function Hl({hit:e}){let t=zl(e);return(0,Y.jsx)(C,{withBorder:!0,radius:`md`,p:`sm`,component:`li`,"data-testid":`search-hit`,style:{listStyle:`none`},children:(0,Y.jsxs)(N,{gap:4,children:[(0,Y.jsxs)(d,{gap:`xs`,children:[(0,Y.jsx)(r,{size:`sm`,variant:`light`,radius:`sm`,children:Rl[e.kind]??e.kind}),t?(0,Y.jsx)(y,{component:I,to:t,fw:600,size:`sm`,children:e.title}):(0,Y.jsx)(x,{fw:600,size:`sm`,children:e.title})]}),(0,Y.jsx)(Vl,{snippet:e.snippet}),e.incident&&e.kind!==`INCIDENT`?(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,children:[`In `,e.incident.title]}):null]})})}var Ul=20;function Wl({q:e,kinds:t,after:n,onMore:r}){let[i,a]=z({query:Ll,variables:{query:e,kinds:t.length?t:null,first:Ul,after:n}}),o=i.data?.search;return i.error&&!o?(0,Y.jsx)(H,{error:i.error,onRetry:()=>a({requestPolicy:`network-only`})}):o?(0,Y.jsxs)(N,{gap:`sm`,children:[n?null:(0,Y.jsx)(x,{size:`sm`,role:`status`,"data-testid":`search-count`,children:o.totalCount?`${W(o.totalCount,`match`,`matches`)} for “${e}”`:`Nothing matches “${e}”.`}),(0,Y.jsx)(N,{component:`ol`,gap:`xs`,p:0,m:0,"aria-label":`Search results`,children:o.edges.map(e=>(0,Y.jsx)(Hl,{hit:e.node},e.cursor))}),o.pageInfo.hasNextPage&&o.pageInfo.endCursor?(0,Y.jsx)(f,{variant:`default`,size:`xs`,onClick:()=>r(o.pageInfo.endCursor),style:{alignSelf:`flex-start`},children:`More results`}):null]}):(0,Y.jsx)(Le,{what:`the results`})}function Gl(){let[e,t]=ve(),n=(e.get(`q`)??``).trim(),r=(e.get(`kinds`)??``).split(`,`).filter(e=>e in Rl),[i,a]=(0,K.useState)([null]);return q(n?`Search: ${n}`:`Search`),(0,K.useEffect)(()=>a([null]),[n,r.join(`,`)]),(0,Y.jsxs)(N,{gap:`md`,children:[(0,Y.jsx)(P,{order:1,children:`Search`}),(0,Y.jsx)(h.Group,{multiple:!0,value:r,onChange:n=>{let r=new URLSearchParams(e);n.length?r.set(`kinds`,n.join(`,`)):r.delete(`kinds`),t(r,{replace:!0})},children:(0,Y.jsx)(d,{gap:`xs`,role:`group`,"aria-label":`Only these kinds`,children:Object.entries(Rl).map(([e,t])=>(0,Y.jsx)(h,{value:e,size:`xs`,children:t},e))})}),n?i.map((e,t)=>(0,Y.jsx)(Wl,{q:n,kinds:r,after:e,onMore:e=>t===i.length-1&&a([...i,e])},e??`first`)):(0,Y.jsx)(x,{c:`dimmed`,children:`Type words in the search box above: “quoted phrases”, or, and -excluded words work.`})]})}var Kl=U(`
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
`);function ql(){let{id:e=``}=De(),[t,n]=z({query:Kl,variables:{id:e}}),r=t.data?.node,i=r?.__typename===`Service`?r:void 0;if(q(i?.name??`Service`),t.error&&!i)return(0,Y.jsx)(H,{error:t.error,onRetry:()=>n({requestPolicy:`network-only`})});if(!i)return t.fetching||!t.data?(0,Y.jsx)(Le,{what:`the service`}):(0,Y.jsxs)(N,{children:[(0,Y.jsx)(P,{order:1,children:`Service not found`}),(0,Y.jsx)(y,{component:I,to:`/insights`,children:`Back to insights`})]});let a=G(i.incidents);return(0,Y.jsxs)(N,{gap:`lg`,children:[(0,Y.jsxs)(he,{"aria-label":`Breadcrumb`,children:[(0,Y.jsx)(y,{component:I,to:`/insights?by=SERVICE&services=${encodeURIComponent(i.id)}`,size:`sm`,children:`Insights`}),(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,children:i.name})]}),(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(P,{order:1,children:i.name}),(0,Y.jsxs)(x,{c:`dimmed`,size:`sm`,children:[V(st,i.kind),i.ownerTeam?` · owned by ${i.ownerTeam.name}`:``,i.vendor?` · provided by ${i.vendor.name}`:``]}),i.description?(0,Y.jsx)(x,{mt:`xs`,children:i.description}):null]}),(0,Y.jsxs)(k,{cols:{base:1,md:2},spacing:`lg`,children:[(0,Y.jsxs)(C,{withBorder:!0,radius:`md`,p:`lg`,component:`section`,"aria-labelledby":`service-incidents-heading`,children:[(0,Y.jsxs)(P,{order:2,size:`h3`,id:`service-incidents-heading`,mb:`sm`,children:[`Incidents (`,i.incidents.totalCount,`)`]}),a.length===0?(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,fs:`italic`,children:`No incidents in this service.`}):(0,Y.jsx)(me,{listStyleType:`none`,spacing:`xs`,"aria-label":`Incidents in ${i.name}`,children:a.map(e=>(0,Y.jsxs)(me.Item,{children:[(0,Y.jsx)(y,{component:I,to:`/incidents/${encodeURIComponent(e.id)}`,size:`sm`,fw:600,children:e.title}),(0,Y.jsxs)(d,{gap:6,mt:2,children:[(0,Y.jsx)(Ji,{severity:e.severity,size:`sm`}),(0,Y.jsx)(Yi,{status:e.status,size:`sm`}),(0,Y.jsx)(x,{span:!0,size:`xs`,c:`dimmed`,children:nt(e.startedAt)})]})]},e.id))}),i.incidents.totalCount>a.length?(0,Y.jsxs)(x,{size:`xs`,c:`dimmed`,mt:`xs`,children:[`The latest `,W(a.length,`incident`),` of `,i.incidents.totalCount,`.`]}):null]}),(0,Y.jsxs)(C,{withBorder:!0,radius:`md`,p:`lg`,component:`section`,"aria-labelledby":`service-related-heading`,children:[(0,Y.jsx)(P,{order:2,size:`h3`,id:`service-related-heading`,mb:`xs`,children:`Related incidents elsewhere`}),(0,Y.jsx)(x,{size:`sm`,c:`dimmed`,mb:`sm`,children:`Incidents in other services that share factor categories, vendors or unusual words with this service’s own.`}),(0,Y.jsx)(ic,{related:i.relatedIncidents,empty:`No related incidents elsewhere.`})]})]})]})}var Jl=U(`
  query SignedOutServerInfo {
    serverInfo {
      devLogin
    }
  }
`);function Yl(){q(`Signed out`);let[{data:e}]=z({query:Jl});return(0,Y.jsxs)(`div`,{className:`signed-out`,children:[e?.serverInfo.devLogin?(0,Y.jsx)(Mt,{}):null,(0,Y.jsx)(ie,{size:`xs`,py:64,children:(0,Y.jsx)(C,{withBorder:!0,p:`xl`,radius:`md`,children:(0,Y.jsxs)(N,{gap:`md`,align:`flex-start`,children:[(0,Y.jsx)(P,{order:1,children:`You are signed out`}),(0,Y.jsx)(x,{c:`dimmed`,children:`Your Debrief session has ended on this browser.`}),(0,Y.jsx)(f,{component:`a`,href:ht(`/`),children:`Sign in again`})]})})})]})}var Xl=`modulepreload`,Zl=function(e){return`/`+e},Ql={},$l=function(e){return e.pathname.endsWith(`.css`)},eu=function(e,t,n){if(t in e)return e[t];let r=n();if(!r){e[t]=void 0;return}let i=r.then(()=>{e[t]=void 0},n=>{throw e[t]=void 0,n});return e[t]=i,i},tu=function(e,t,n){let r=Promise.resolve();if(t&&t.length>0){let e,i=document.querySelector(`meta[property=csp-nonce]`),a=i?.nonce||i?.getAttribute(`nonce`);function o(e){return Promise.all(e.map(e=>Promise.resolve(e).then(e=>({status:`fulfilled`,value:e}),e=>({status:`rejected`,reason:e}))))}function s(e){return import.meta.resolve?new URL(import.meta.resolve(e)):new URL(e,import.meta.url)}r=o(t.map(t=>{t=Zl(t,n);let r=s(t),i=$l(r);return eu(Ql,r.href,()=>{if(e===void 0){e={all:new Set,styles:new Set};let t=document.getElementsByTagName(`link`);for(let n=t.length-1;n>=0;n--){let r=t[n];e.all.add(r.href),r.rel===`stylesheet`&&e.styles.add(r.href)}}if((i?e.styles:e.all).has(r.href))return;let t=document.createElement(`link`);if(t.rel=i?`stylesheet`:Xl,i||(t.as=`script`),t.crossOrigin=``,t.href=r.href,a&&t.setAttribute(`nonce`,a),document.head.appendChild(t),i)return new Promise((e,n)=>{let i=a=>{t.removeEventListener(`load`,i),t.removeEventListener(`error`,i),a.type===`error`?n(Error(`Unable to preload CSS for ${r}`)):e(a)};t.addEventListener(`load`,i),t.addEventListener(`error`,i)})})}).filter(e=>e!==void 0))}function i(e){let t=new Event(`vite:preloadError`,{cancelable:!0});if(t.payload=e,window.dispatchEvent(t),!t.defaultPrevented)throw e}return r.then(t=>{for(let e of t||[])e.status===`rejected`&&i(e.reason);return e().catch(i)})},nu=(0,K.lazy)(()=>tu(()=>import(`./InsightsPage-DgRICMSk.js`).then(e=>({default:e.InsightsPage})),__vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11]))),ru=(0,K.lazy)(()=>tu(()=>import(`./ReportsPage-BQJsbO0U.js`).then(e=>({default:e.ReportsPage})),__vite__mapDeps([12,1,4,3,5,7,8,11]))),iu=(0,K.lazy)(()=>tu(()=>import(`./ReportPage-B2GbYrW2.js`).then(e=>({default:e.ReportPage})),__vite__mapDeps([13,1,4,3,5,7,8,10,14]))),au=(0,K.lazy)(()=>tu(()=>import(`./ReportPage-B2GbYrW2.js`).then(e=>({default:e.ReportVersionPage})),__vite__mapDeps([13,1,4,3,5,7,8,10,14]))),ou=(0,K.lazy)(()=>tu(()=>import(`./DirectoryPage-SbaYSgaX.js`).then(e=>({default:e.DirectoryPage})),__vite__mapDeps([15,1,4,3,5,7,8,11]))),su=(0,K.lazy)(()=>tu(()=>import(`./ReportTemplatesPage-Dw2l-O5C.js`).then(e=>({default:e.ReportTemplatesPage})),__vite__mapDeps([16,1,4,3,5,7,8]))),cu=(0,K.lazy)(()=>tu(()=>import(`./WorkflowsPage-oY1la9Wm.js`).then(e=>({default:e.WorkflowsPage})),__vite__mapDeps([17,1,4,3,5,7,8]))),lu=(0,K.lazy)(()=>tu(()=>import(`./CommsPage-CSdJnqQK.js`).then(e=>({default:e.CommsPage})),__vite__mapDeps([18,1,4,3,5,7,8,11]))),uu=(0,K.lazy)(()=>tu(()=>import(`./TagsPage-DvzRw6zH.js`).then(e=>({default:e.TagsPage})),__vite__mapDeps([19,1,4,3,5,7,8]))),du=(0,K.lazy)(()=>tu(()=>import(`./PeoplePage-BVEGVtUI.js`).then(e=>({default:e.PeoplePage})),__vite__mapDeps([20,1,4,3,5,7,8,11]))),fu=(0,K.lazy)(()=>tu(()=>import(`./OrgPage-COSMIvPm.js`).then(e=>({default:e.OrgPage})),__vite__mapDeps([21,1,4,3,5,7,8]))),pu=(0,K.lazy)(()=>tu(()=>import(`./TokensPage-BlhMuWq8.js`).then(e=>({default:e.TokensPage})),__vite__mapDeps([22,1,4,3,5,7,8])));function mu(e,t){return(0,Y.jsx)(K.Suspense,{fallback:(0,Y.jsx)(Le,{what:t}),children:e})}function hu(){return(0,Y.jsxs)(Te,{children:[(0,Y.jsx)(L,{path:Tt,element:(0,Y.jsx)(Yl,{})}),(0,Y.jsxs)(L,{element:(0,Y.jsx)(Ot,{children:(0,Y.jsx)(wn,{})}),children:[(0,Y.jsx)(L,{index:!0,element:(0,Y.jsx)(ka,{})}),(0,Y.jsx)(L,{path:`incidents`,element:(0,Y.jsx)(ka,{})}),(0,Y.jsx)(L,{path:`incidents/:id`,element:(0,Y.jsx)(Pl,{})}),(0,Y.jsx)(L,{path:`actions`,element:(0,Y.jsx)(kr,{})}),(0,Y.jsx)(L,{path:`follow-through`,element:(0,Y.jsx)(xi,{})}),(0,Y.jsx)(L,{path:`reports`,element:mu((0,Y.jsx)(ru,{}),`reports`)}),(0,Y.jsx)(L,{path:`reports/:id`,element:mu((0,Y.jsx)(iu,{}),`the report`)}),(0,Y.jsx)(L,{path:`reports/:id/versions/:number`,element:mu((0,Y.jsx)(au,{}),`the report`)}),(0,Y.jsx)(L,{path:`inbox`,element:(0,Y.jsx)(Ki,{})}),(0,Y.jsx)(L,{path:`insights`,element:mu((0,Y.jsx)(nu,{}),`insights`)}),(0,Y.jsx)(L,{path:`search`,element:(0,Y.jsx)(Gl,{})}),(0,Y.jsx)(L,{path:`services/:id`,element:(0,Y.jsx)(ql,{})}),(0,Y.jsx)(L,{path:`directory`,element:mu((0,Y.jsx)(ou,{}),`the directory`)}),(0,Y.jsx)(L,{path:`import`,element:(0,Y.jsx)(Vi,{})}),(0,Y.jsx)(L,{path:`tokens`,element:mu((0,Y.jsx)(pu,{}),`your API tokens`)}),(0,Y.jsxs)(L,{path:`admin`,element:(0,Y.jsx)(Mr,{}),children:[(0,Y.jsx)(L,{index:!0,element:(0,Y.jsx)(xe,{to:`taxonomy`,replace:!0})}),(0,Y.jsx)(L,{path:`taxonomy`,element:(0,Y.jsx)(Kr,{})}),(0,Y.jsx)(L,{path:`tags`,element:mu((0,Y.jsx)(uu,{}),`the tags`)}),(0,Y.jsx)(L,{path:`people`,element:mu((0,Y.jsx)(du,{}),`people`)}),(0,Y.jsx)(L,{path:`org`,element:mu((0,Y.jsx)(fu,{}),`services, teams and vendors`)}),(0,Y.jsx)(L,{path:`webhooks`,element:(0,Y.jsx)(li,{})}),(0,Y.jsx)(L,{path:`report-templates`,element:mu((0,Y.jsx)(su,{}),`report templates`)}),(0,Y.jsx)(L,{path:`workflows`,element:mu((0,Y.jsx)(cu,{}),`workflows`)}),(0,Y.jsx)(L,{path:`comms`,element:mu((0,Y.jsx)(lu,{}),`communication`)})]}),(0,Y.jsx)(L,{path:`*`,element:(0,Y.jsx)(Il,{})})]})]})}var gu=Ie({onResult(e){Ct(e.error)&&xt()}}),_u=ke({forwardSubscription(e){let t={...e,query:e.query||``};return{subscribe(e){return{unsubscribe:Ga.subscribe(t,e)}}}}}),vu=new Pe({url:`/graphql`,exchanges:[Oe,gu,je,_u],preferGetMethod:!1,requestPolicy:`cache-and-network`,fetchOptions:{credentials:`same-origin`,headers:{Accept:`application/json`,...mt}}}),yu=le({primaryColor:`indigo`,defaultRadius:`md`,fontFamily:`Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`,headings:{fontFamily:`Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`,fontWeight:`650`},components:{Badge:r.extend({defaultProps:{tt:`none`}})}});(0,pt.createRoot)(document.getElementById(`root`)).render((0,Y.jsx)(K.StrictMode,{children:(0,Y.jsx)(D,{theme:yu,defaultColorScheme:`light`,children:(0,Y.jsx)(Ne,{value:vu,children:(0,Y.jsx)(Ee,{children:(0,Y.jsx)(hu,{})})})})}));export{Z as $,la as A,Lr as B,Hc as C,Nc as D,jc as E,Ji as F,Ln as G,br as H,Yi as I,nn as J,Q as K,ei as L,ua as M,$i as N,pc as O,Zi as P,Kt as Q,Br as R,Vc as S,Ic as T,Zn as U,xr as V,Xn as W,an as X,on as Y,rn as Z,Zc as _,bl as a,Rc as b,el as c,Gc as d,At as et,Wc as f,qc as g,Kc as h,yl as i,oa as j,da as k,$c as l,tl as m,vl as n,J as nt,ll as o,nl as p,En as q,_l as r,q as rt,rl as s,tu as t,jt as tt,Qc as u,il as v,Uc as w,Lc as x,Bc as y,zr as z};