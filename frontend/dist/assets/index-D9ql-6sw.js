const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/InsightsPage-4Rssgxkz.js","assets/rolldown-runtime-XKyaHtl9.js","assets/charts-DjiliodD.js","assets/charts-CmJwn1CT.css","assets/mantine-63152CtJ.js","assets/mantine-MrxVXM7H.css","assets/vendor-DZZDRZt8.js","assets/format-BscvgyYU.js","assets/TrendChart-DGByjwoJ.js","assets/dimensions-Bd4xX5Yg.js","assets/react-BeBtKiky.js","assets/query-D2SnXsJ0.js","assets/ReportsPage-BHwmD5if.js","assets/ReportPage-zdqP4dgm.js","assets/ReportPage-9-ljPtPg.css","assets/DirectoryPage-BmGhlF2e.js","assets/ReportTemplatesPage-B8pcdT66.js","assets/WorkflowsPage-DxVcVhtk.js","assets/CommsPage-DEjrAOIn.js"])))=>i.map(i=>d[i]);
import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{A as t,B as n,C as r,E as i,F as a,G as o,H as s,I as c,K as l,L as u,N as d,O as f,P as p,R as m,S as h,T as g,V as _,W as v,X as y,Y as b,Z as x,_ as S,a as C,b as w,c as T,d as ee,f as E,i as D,j as te,k as O,l as k,m as ne,n as A,o as re,p as ie,q as ae,s as j,t as M,u as oe,v as se,w as ce,x as le,y as ue,z as N}from"./mantine-63152CtJ.js";import{K as de,g as fe}from"./charts-DjiliodD.js";import{a as pe,c as me,d as he,f as ge,i as _e,l as ve,n as P,o as F,r as ye,s as be,t as xe,u as Se}from"./react-BeBtKiky.js";import{a as I,c as Ce,d as we,i as Te,l as Ee,n as De,o as L,r as Oe,s as ke,t as Ae,u as je}from"./vendor-DZZDRZt8.js";import{A as Me,C as Ne,D as Pe,E as Fe,O as Ie,S as Le,T as Re,_ as ze,a as Be,b as Ve,c as R,d as z,f as He,g as Ue,h as We,i as Ge,j as B,k as V,l as Ke,m as H,n as qe,o as Je,p as Ye,r as Xe,s as U,t as Ze,u as Qe,v as $e,w as et,x as tt,y as nt}from"./format-BscvgyYU.js";import{n as W,t as rt}from"./query-D2SnXsJ0.js";import{i as it,r as at}from"./dimensions-Bd4xX5Yg.js";(function(){let e=document.createElement(`link`).relList;if(e&&e.supports&&e.supports(`modulepreload`))return;for(let e of document.querySelectorAll(`link[rel="modulepreload"]`))n(e);new MutationObserver(e=>{for(let t of e)if(t.type===`childList`)for(let e of t.addedNodes)e.tagName===`LINK`&&e.rel===`modulepreload`&&n(e)}).observe(document,{childList:!0,subtree:!0});function t(e){let t={};return e.integrity&&(t.integrity=e.integrity),e.referrerPolicy&&(t.referrerPolicy=e.referrerPolicy),t.credentials=e.crossOrigin===`use-credentials`?`include`:e.crossOrigin===`anonymous`?`omit`:`same-origin`,t}function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}})();var G=e(de(),1),ot=ge(),st={"X-Debrief-CSRF":`1`};function ct(e){return`/auth/login?return_to=${encodeURIComponent(e)}`}function lt(){return window.location.pathname+window.location.search}var ut=`debrief:sign-in-started-at`,dt=6e4,ft=!1;function pt(){try{let e=Number(sessionStorage.getItem(ut));return e>0&&Date.now()-e<dt}catch{return!1}}function mt(){if(ft)return`leaving`;if(pt())return`loop`;ft=!0;try{sessionStorage.setItem(ut,String(Date.now()))}catch{}return window.location.assign(ct(lt())),`leaving`}function ht(){try{sessionStorage.removeItem(ut)}catch{}}function gt(e){return e?e.graphQLErrors.some(e=>e.extensions?.code===`UNAUTHENTICATED`)?!0:e.response?.status===401:!1}async function _t(){let e=await fetch(`/auth/logout`,{method:`POST`,credentials:`same-origin`,headers:st});if(!e.ok&&e.status!==401)throw Error(`The server answered ${e.status}${e.statusText?` ${e.statusText}`:``}.`);ht()}var vt=`/signed-out`;function K(e){(0,G.useEffect)(()=>{document.title=e?`${e} · Debrief`:`Debrief`},[e])}var yt=V(`
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
`),bt=(0,G.createContext)(null);function q(){let e=(0,G.useContext)(bt);if(!e)throw Error(`useSession outside RequireSignIn`);return e}var J=fe();function xt({children:e}){let[{data:t,error:n},r]=L({query:yt,requestPolicy:`cache-first`}),i=t?.viewer??null,a=t!==void 0&&i===null,[o,s]=(0,G.useState)(!1);return(0,G.useEffect)(()=>{i?ht():a&&mt()===`loop`&&s(!0)},[i,a]),i?(0,J.jsx)(bt.Provider,{value:{viewer:i,devLogin:t?.serverInfo.devLogin??!1},children:e}):o?(0,J.jsx)(St,{}):n&&!t?(0,J.jsx)(O,{size:`sm`,py:`xl`,children:(0,J.jsx)(B,{error:n,onRetry:()=>r({requestPolicy:`network-only`})})}):(0,J.jsx)(Me,{what:a?`the sign-in page`:`Debrief`})}function St(){return K(`Sign-in did not finish`),(0,J.jsx)(O,{size:`sm`,py:`xl`,children:(0,J.jsxs)(j,{gap:`sm`,align:`flex-start`,children:[(0,J.jsx)(M,{order:1,children:`Sign-in did not finish`}),(0,J.jsx)(n,{children:`You came back from signing in, but Debrief still does not know who you are. If this happens again, your browser may be refusing Debrief's cookie.`}),(0,J.jsx)(p,{component:`a`,href:ct(lt()),children:`Sign in`})]})})}function Ct(e){return e===`ANALYST`||e===`ADMIN`}function wt(){return(0,J.jsxs)(`div`,{className:`dev-login-banner`,role:`note`,"aria-label":`Development sign-in warning`,"data-testid":`dev-login-banner`,children:[(0,J.jsx)(`span`,{"aria-hidden":`true`,children:`⚠`}),(0,J.jsxs)(`span`,{children:[(0,J.jsx)(`strong`,{children:`Development sign-in is on`}),` — anyone can sign in as anyone. Do not use in production.`]})]})}var Tt={base:44,sm:32},Et=V(`
  query UnreadNotifications {
    unreadNotifications
  }
`),Dt=3e4;function Ot(){let[e,t]=L({query:Et}),n=(0,G.useCallback)(()=>t({requestPolicy:`network-only`}),[t]);return(0,G.useEffect)(()=>{let e=window.setInterval(()=>{document.visibilityState===`visible`&&n()},Dt),t=()=>n();return window.addEventListener(`focus`,t),()=>{window.clearInterval(e),window.removeEventListener(`focus`,t)}},[n]),e.data?.unreadNotifications}function kt(){let e=Te();return(0,G.useCallback)(()=>{e.query(Et,{},{requestPolicy:`network-only`}).toPromise()},[e])}function At(){let e=Ot()??0,t=e?`Inbox, ${e} unread`:`Inbox, nothing unread`;return(0,J.jsx)(r,{label:e>99?`99+`:e,size:18,color:`red`,disabled:!e,offset:4,"data-testid":`inbox-bell`,"data-unread":e,children:(0,J.jsx)(ae,{component:P,to:`/inbox`,"aria-label":t,title:t,className:`inbox-bell`,c:`white`,p:6,style:{display:`flex`,borderRadius:6},children:(0,J.jsxs)(`svg`,{width:`22`,height:`22`,viewBox:`0 0 24 24`,fill:`none`,stroke:`currentColor`,strokeWidth:`2`,strokeLinecap:`round`,strokeLinejoin:`round`,"aria-hidden":`true`,children:[(0,J.jsx)(`path`,{d:`M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9`}),(0,J.jsx)(`path`,{d:`M10.3 21a1.94 1.94 0 0 0 3.4 0`})]})})})}function jt(){let e=ve(),{pathname:t}=me(),[n]=he(),r=t===`/search`?n.get(`q`)??``:``,[i,a]=(0,G.useState)(r);return(0,G.useEffect)(()=>a(r),[r]),(0,J.jsx)(`form`,{role:`search`,"aria-label":`Search Debrief`,onSubmit:t=>{t.preventDefault();let n=i.trim();n&&e(`/search?q=${encodeURIComponent(n)}`)},children:(0,J.jsx)(A,{size:`xs`,type:`text`,"aria-label":`Search everything`,placeholder:`Search everything…`,value:i,onChange:e=>a(e.currentTarget.value),enterKeyHint:`search`,w:{base:140,md:220}})})}var Mt=(0,G.createContext)(null),Nt=Mt.Provider;function Y(){let e=(0,G.useContext)(Mt);if(!e)throw Error(`useBoard outside BoardProvider`);return e}var Pt=[`ENGINEERING`,`SUPPORT`,`MARKETING`,`PRODUCT`,`LEADERSHIP`];function Ft(e){return e?.graphQLErrors.find(e=>e.extensions?.code===`CONFLICT`)}function X(e){return e?e.networkError?`Could not reach the Debrief server. Check your connection and try again.`:e.graphQLErrors.map(e=>e.message).join(` `)||e.message:null}function It(){return Intl.DateTimeFormat().resolvedOptions().timeZone||`UTC`}var Lt=[`UTC`,`Europe/London`,`Europe/Berlin`,`America/New_York`,`America/Chicago`,`America/Los_Angeles`,`Asia/Kolkata`,`Asia/Tokyo`,`Australia/Sydney`];function Rt(e=[]){let t=[];try{t=Intl.supportedValuesOf?.(`timeZone`)??[]}catch{t=[]}let n=new Set,r=[];for(let i of[It(),...e,...Lt,...t])i&&!n.has(i)&&zt(i)&&(n.add(i),r.push(i));return r}function zt(e){try{return new Intl.DateTimeFormat(`en-GB`,{timeZone:e}),!0}catch{return!1}}function Bt(e,t){let n=new Intl.DateTimeFormat(`en-GB`,{timeZone:t,hourCycle:`h23`,year:`numeric`,month:`2-digit`,day:`2-digit`,hour:`2-digit`,minute:`2-digit`,second:`2-digit`}),r={};for(let t of n.formatToParts(new Date(e)))r[t.type]=t.value;return r}function Vt(e,t){let n=Bt(e,t);return Date.UTC(+n.year,n.month-1,+n.day,n.hour%24,+n.minute,+n.second)-Math.floor(e/1e3)*1e3}function Ht(e,t){let n=Bt(new Date(e).getTime(),t);return`${n.year}-${n.month}-${n.day}T${String(n.hour%24).padStart(2,`0`)}:${n.minute}`}function Ut(e,t,n,r,i,a,o){let s=Date.UTC(e,t-1,n,r,i,a);if(Number.isNaN(s))return null;let c=s-Vt(s,o);return c=s-Vt(c,o),new Date(c).toISOString()}function Wt(e,t){let n=/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(e);return n?Ut(+n[1],+n[2],+n[3],+n[4],+n[5],+(n[6]??0),t):null}function Gt(e,t,n=!1){return new Intl.DateTimeFormat(`en-GB`,{timeZone:t,hour:`2-digit`,minute:`2-digit`,...n?{day:`numeric`,month:`short`}:{}}).format(new Date(e))}function Kt(e){return`tel:${e.replace(/[^\d+]/g,``)}`}function qt({phone:e,chatHandle:t,email:r}){return!e&&!t&&!r?(0,J.jsx)(n,{size:`xs`,c:`dimmed`,children:`No contact details`}):(0,J.jsxs)(s,{gap:`sm`,wrap:`wrap`,"data-testid":`contact-links`,children:[e?(0,J.jsxs)(N,{size:`xs`,href:Kt(e),"aria-label":`Call ${e}`,children:[`☎ `,e]}):null,t?(0,J.jsxs)(n,{size:`xs`,span:!0,title:`Chat handle`,children:[`💬 `,t]}):null,r?(0,J.jsxs)(N,{size:`xs`,href:`mailto:${r}`,children:[`✉ `,r]}):null]})}function Jt(e,t=new Date){try{let n=new Intl.DateTimeFormat(`en-GB`,{timeZone:e,timeZoneName:`longOffset`}).formatToParts(t).find(e=>e.type===`timeZoneName`)?.value??`GMT`,r=/GMT([+-]\d{2}:\d{2})/.exec(n);return r?r[1]:`+00:00`}catch{return``}}function Yt(e,t=new Date){try{return Gt(t.toISOString(),e)}catch{return``}}function Xt({time:e,offset:t,zone:r}){return(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,span:!0,"data-testid":`local-time`,children:[e,` local (UTC`,t,`)`,r?` · ${r}`:``]})}var Zt=V(`
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
`);function Qt(e){switch(e.reason){case`ESCALATION_CONTACT`:return`Escalation contact for ${e.service?.name??e.matched}`;case`SERVICE_OWNER`:return e.team?`Owns ${e.service?.name??e.matched} (${e.team.name})`:`Owns ${e.service?.name??e.matched}`;case`EXPERTISE`:return`Expertise: ${e.matched}`;case`TEAM`:return`Member of ${e.team?.name??e.matched}`;case`NAME`:return`Name matches “${e.matched}”`;default:return e.matched}}var $t={ESCALATION_CONTACT:`red`,SERVICE_OWNER:`indigo`,EXPERTISE:`teal`,TEAM:`grape`,NAME:`gray`},en=`Shift+?`;function tn(e){return e instanceof HTMLElement?e.isContentEditable||[`INPUT`,`TEXTAREA`,`SELECT`].includes(e.tagName):!1}function nn(){let[e,t]=(0,G.useState)(!1),[n,r]=(0,G.useState)(``);return(0,G.useEffect)(()=>{let e=e=>{e.key!==`?`||e.ctrlKey||e.metaKey||e.altKey||e.defaultPrevented||tn(e.target)||(e.preventDefault(),r(``),t(!0))};return window.addEventListener(`keydown`,e),()=>window.removeEventListener(`keydown`,e)},[]),(0,G.useEffect)(()=>{if(!e)return;let t=e=>{e.key.length!==1||e.ctrlKey||e.metaKey||e.altKey||e.defaultPrevented||tn(e.target)||(e.preventDefault(),r(t=>t+e.key))};return window.addEventListener(`keydown`,t),()=>window.removeEventListener(`keydown`,t)},[e]),(0,J.jsxs)(J.Fragment,{children:[(0,J.jsx)(p,{size:`xs`,variant:`white`,color:`indigo`,onClick:()=>t(!0),"aria-keyshortcuts":en,"aria-label":`Who do I call?`,title:`Who do I call? (press ?)`,rightSection:(0,J.jsx)(le,{size:`xs`,children:`?`}),visibleFrom:`xs`,children:(0,J.jsx)(`span`,{"aria-hidden":`true`,children:`☎`})}),(0,J.jsx)(se,{opened:e,onClose:()=>t(!1),title:`Who do I call?`,size:`lg`,yOffset:`8vh`,transitionProps:{duration:0},children:e?(0,J.jsx)(rn,{text:n,setText:r,onDone:()=>t(!1)}):null})]})}function rn({text:e,setText:t,onDone:r}){let i=ve(),a=(0,G.useId)(),[o]=x(e.trim(),200),[l]=L({query:Zt,variables:{q:o},pause:o===``}),u=l.data?.whoToCall.query===o&&o!==``?l.data.whoToCall:null,d=(0,G.useMemo)(()=>[...(u?.people??[]).map(e=>({kind:`person`,match:e})),...(u?.services??[]).map(e=>({kind:`service`,service:e}))],[u]),[f,p]=(0,G.useState)(0);(0,G.useEffect)(()=>p(0),[u]);let m=e=>{e&&(r(),e.kind===`service`?i(`/services/${encodeURIComponent(e.service.id)}`):i(`/directory?q=${encodeURIComponent(e.match.user.name)}`))},h=e=>{d.length!==0&&(e.key===`ArrowDown`?(e.preventDefault(),p(e=>(e+1)%d.length)):e.key===`ArrowUp`?(e.preventDefault(),p(e=>(e-1+d.length)%d.length)):e.key===`Home`?(e.preventDefault(),p(0)):e.key===`End`?(e.preventDefault(),p(d.length-1)):e.key===`Enter`&&(e.preventDefault(),m(d[f])))};(0,G.useEffect)(()=>{document.getElementById(`${a}-${f}`)?.scrollIntoView({block:`nearest`})},[f,a]);let g=u?.people??[],y=u?.services??[];return(0,J.jsxs)(j,{gap:`sm`,children:[(0,J.jsx)(A,{"data-autofocus":!0,role:`combobox`,"aria-label":`Service, skill, team or name`,"aria-expanded":d.length>0,"aria-controls":a,"aria-autocomplete":`list`,"aria-activedescendant":d.length>0?`${a}-${f}`:void 0,placeholder:`A service, a skill, a team or a name: payments-gateway, postgres, Platform…`,value:e,onChange:e=>t(e.currentTarget.value),onKeyDown:h,rightSection:l.fetching?(0,J.jsx)(v,{size:`xs`}):null}),(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[(0,J.jsx)(le,{size:`xs`,children:`↑`}),` `,(0,J.jsx)(le,{size:`xs`,children:`↓`}),` to move, `,(0,J.jsx)(le,{size:`xs`,children:`Enter`}),` to open, `,(0,J.jsx)(le,{size:`xs`,children:`Esc`}),` to close.`]}),l.error?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:X(l.error)}):null,u&&d.length===0?(0,J.jsxs)(n,{size:`sm`,c:`dimmed`,fs:`italic`,role:`status`,children:[`Nobody found for “`,o,`”. Try a service name, a skill such as postgres, or a team.`]}):null,(0,J.jsxs)(`div`,{id:a,role:`listbox`,"aria-label":`People and services to call`,style:{maxHeight:`60vh`,overflowY:`auto`},children:[g.length>0?(0,J.jsx)(n,{size:`xs`,tt:`uppercase`,fw:700,c:`dimmed`,mb:4,role:`presentation`,children:`People to call`}):null,g.map((e,t)=>(0,J.jsxs)(an,{id:`${a}-${t}`,active:f===t,onHover:()=>p(t),onOpen:()=>m(d[t]),testid:`who-person`,children:[(0,J.jsxs)(s,{justify:`space-between`,align:`flex-start`,wrap:`nowrap`,gap:`xs`,children:[(0,J.jsxs)(`div`,{style:{minWidth:0},children:[(0,J.jsxs)(n,{fw:600,size:`sm`,children:[e.user.name,e.user.title?(0,J.jsxs)(n,{span:!0,size:`xs`,c:`dimmed`,fw:400,children:[` `,`· `,e.user.title]}):null]}),(0,J.jsx)(s,{gap:4,mt:2,children:e.reasons.map((e,t)=>(0,J.jsx)(c,{size:`xs`,radius:`sm`,tt:`none`,variant:`light`,color:$t[e.reason]??`gray`,children:Qt(e)},t))})]}),(0,J.jsx)(Xt,{time:e.localTime,offset:e.utcOffset,zone:e.user.timeZone})]}),(0,J.jsx)(qt,{phone:e.user.phone,chatHandle:e.user.chatHandle,email:e.user.email})]},e.user.id)),y.length>0?(0,J.jsx)(n,{size:`xs`,tt:`uppercase`,fw:700,c:`dimmed`,mt:`sm`,mb:4,role:`presentation`,children:`Services`}):null,y.map((e,t)=>{let r=g.length+t,i=Ve(e.runbookURL);return(0,J.jsxs)(an,{id:`${a}-${r}`,active:f===r,onHover:()=>p(r),onOpen:()=>m(d[r]),testid:`who-service`,children:[(0,J.jsxs)(s,{justify:`space-between`,wrap:`nowrap`,gap:`xs`,children:[(0,J.jsxs)(n,{fw:600,size:`sm`,children:[e.name,` `,(0,J.jsx)(n,{span:!0,size:`xs`,c:`dimmed`,fw:400,children:z(tt,e.kind)})]}),i?(0,J.jsx)(N,{size:`xs`,href:i,target:`_blank`,rel:`noreferrer`,onClick:e=>e.stopPropagation(),children:`Runbook`}):(0,J.jsx)(n,{size:`xs`,c:`dimmed`,children:`No runbook`})]}),(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[e.ownerTeam?`Owned by ${e.ownerTeam.name}`:`No owning team`,e.ownerTeam?.chatChannel?` · ${e.ownerTeam.chatChannel}`:``,e.ownerTeam?.escalation?` · Out of hours: ${e.ownerTeam.escalation}`:``]})]},e.id)})]})]})}function an({id:e,active:t,onHover:n,onOpen:r,testid:i,children:a}){return(0,J.jsx)(`div`,{id:e,role:`option`,"aria-selected":t,"data-testid":i,onMouseMove:n,onClick:e=>{e.target.closest(`a`)||r()},style:{padding:`8px 10px`,borderRadius:6,cursor:`pointer`,background:t?`var(--mantine-color-indigo-0)`:void 0,outline:t?`1px solid var(--mantine-color-indigo-3)`:void 0,marginBottom:4},children:(0,J.jsx)(j,{gap:4,children:a})})}var on=[{to:`/incidents`,label:`Incidents`,match:e=>e===`/`||e.startsWith(`/incidents`)},{to:`/actions`,label:`Actions`,match:e=>e.startsWith(`/actions`)},{to:`/follow-through`,label:`Follow-through`,match:e=>e.startsWith(`/follow-through`)},{to:`/insights`,label:`Insights`,match:e=>e.startsWith(`/insights`)},{to:`/reports`,label:`Reports`,match:e=>e.startsWith(`/reports`)},{to:`/directory`,label:`Directory`,match:e=>e.startsWith(`/directory`)},{to:`/import`,label:`Import`,match:e=>e.startsWith(`/import`),analystOnly:!0},{to:`/admin`,label:`Admin`,match:e=>e.startsWith(`/admin`),adminOnly:!0}],sn=60;function cn(){let{pathname:e}=me(),{viewer:t,devLogin:r}=q(),[i,a]=(0,G.useState)(!1),[o,c]=(0,G.useState)(null);return(0,J.jsxs)(m,{header:{height:r?{base:sn+Tt.base,sm:sn+Tt.sm}:sn},padding:0,children:[(0,J.jsx)(`a`,{className:`skip-link`,href:`#main`,children:`Skip to main content`}),(0,J.jsxs)(m.Header,{className:`app-header`,children:[r?(0,J.jsx)(wt,{}):null,(0,J.jsx)(O,{size:`xl`,h:sn,children:(0,J.jsxs)(s,{h:`100%`,justify:`space-between`,wrap:`nowrap`,children:[(0,J.jsxs)(s,{gap:`md`,wrap:`nowrap`,h:`100%`,miw:0,style:{flex:`1 1 auto`},children:[(0,J.jsxs)(ae,{component:P,to:`/`,className:`brand`,"aria-label":`Debrief home`,children:[(0,J.jsx)(`span`,{className:`brand-mark`,"aria-hidden":`true`,children:`D`}),(0,J.jsx)(n,{component:`span`,fw:700,size:`lg`,c:`white`,visibleFrom:`sm`,children:`Debrief`})]}),(0,J.jsx)(`nav`,{"aria-label":`Main`,className:`main-nav`,style:{minWidth:0,overflowX:`auto`,scrollbarWidth:`none`},children:on.filter(e=>(!e.adminOnly||t.role===`ADMIN`)&&(!e.analystOnly||Ct(t.role))).map(t=>(0,J.jsx)(ye,{to:t.to,className:`main-nav-link`,style:{whiteSpace:`nowrap`},"aria-current":t.match(e)?`page`:void 0,"data-active":t.match(e)||void 0,children:t.label},t.to))})]}),(0,J.jsxs)(s,{gap:`md`,wrap:`nowrap`,miw:0,style:{flexShrink:0},children:[(0,J.jsx)(nn,{}),(0,J.jsx)(jt,{}),(0,J.jsx)(At,{}),(0,J.jsxs)(j,{gap:0,align:`flex-end`,miw:0,maw:220,"data-testid":`signed-in-user`,visibleFrom:`sm`,children:[(0,J.jsx)(l,{children:`Signed in as`}),(0,J.jsx)(n,{size:`sm`,fw:600,c:`white`,ta:`right`,lineClamp:1,children:t.name}),(0,J.jsx)(n,{size:`xs`,c:`indigo.1`,children:z(nt,t.role)})]}),(0,J.jsx)(p,{size:`xs`,variant:`white`,color:`indigo`,loading:i,onClick:async()=>{a(!0),c(null);try{await _t(),window.location.assign(vt)}catch(e){a(!1),c(e instanceof Error?e.message:String(e))}},children:`Sign out`})]})]})})]}),(0,J.jsx)(m.Main,{id:`main`,className:`app-main`,tabIndex:-1,children:(0,J.jsxs)(O,{size:`xl`,py:`lg`,children:[o?(0,J.jsxs)(_,{color:`red`,variant:`light`,title:`Could not sign out`,role:`alert`,mb:`md`,withCloseButton:!0,onClose:()=>c(null),children:[o,` You are still signed in; try again.`]}):null,(0,J.jsx)(pe,{})]})})]})}var ln={NO_OWNER:`No owner`,NO_DUE_DATE:`No due date`,DUE_TOO_FAR:`Due too far out`,TOO_BIG:`Too big`,TOO_SMALL:`Too small`},un={DRAFT:`Draft`,PUBLISHED:`Published`},dn={MENTION:`Mention`,ACTION_ASSIGNED:`Action assigned`,QUESTION_ASSIGNED:`Question assigned`,ACTION_DUE_SOON:`Action due soon`,ACTION_OVERDUE:`Action overdue`,REVIEW_OVERDUE:`Review overdue`},fn={MENTION:`blue`,ACTION_ASSIGNED:`indigo`,QUESTION_ASSIGNED:`violet`,ACTION_DUE_SOON:`yellow`,ACTION_OVERDUE:`red`,REVIEW_OVERDUE:`orange`},pn={INCIDENT_CREATED:`Incident created`,INCIDENT_UPDATED:`Incident updated`,ACTION_ITEM_CREATED:`Action item created`,ACTION_ITEM_UPDATED:`Action item updated`,REMINDER:`Reminders (due soon, overdue)`},mn={PENDING:`Pending`,DELIVERED:`Delivered`,FAILED:`Failed`},hn={PENDING:`yellow`,DELIVERED:`green`,FAILED:`red`},gn={PROPOSED:[`ACCEPTED`,`IN_PROGRESS`,`DONE`,`WONT_DO`],ACCEPTED:[`IN_PROGRESS`,`DONE`,`WONT_DO`],IN_PROGRESS:[`DONE`,`WONT_DO`],DONE:[`IN_PROGRESS`],WONT_DO:[`ACCEPTED`]},_n={PROPOSED:`Back to proposed`,ACCEPTED:`Accept`,IN_PROGRESS:`Start`,DONE:`Mark done`,WONT_DO:`Won't do…`};function vn(e){return e===`DONE`||e===`WONT_DO`}function yn(e,t,n){return e===`ADMIN`||e===`ANALYST`||e===`MEMBER`&&(n.owner?.id===t||n.createdByID===t)}function bn(e){return e===`ADMIN`||e===`ANALYST`}function xn(e){if(!/^\d{4}-\d{2}-\d{2}$/.test(e))return null;let t=new Date(`${e}T17:00:00`);return Number.isNaN(t.getTime())?null:t.toISOString()}function Sn(e){if(!e)return``;let t=new Date(e);if(Number.isNaN(t.getTime()))return``;let n=e=>String(e).padStart(2,`0`);return`${t.getFullYear()}-${n(t.getMonth()+1)}-${n(t.getDate())}`}function Cn(e){let t=new Date;return t.setDate(t.getDate()+e),Sn(t.toISOString())}function wn(e,t){return t?`${Math.round(e/t*100)}%`:`–`}function Tn(e,t=Date.now()){let n=Math.round((new Date(e).getTime()-t)/864e5);return n===0?`today`:n>0?`in ${n} day${n===1?``:`s`}`:`${-n} day${n===-1?``:`s`} ago`}function En(e){return e.replace(/_([a-z])/g,(e,t)=>t.toUpperCase()).replace(/Ids$/,`IDs`).replace(/Id$/,`ID`).replace(/Url$/,`URL`)}function Z(e,t=[]){let n={fields:{},other:null,code:null};if(!e)return n;if(e.networkError)return n.other=`Could not reach the Debrief server. Check your connection and try again.`,n;let r=[];for(let i of e.graphQLErrors){let e=typeof i.extensions?.code==`string`?i.extensions.code:null,a=typeof i.extensions?.field==`string`?En(i.extensions.field):null;e&&!n.code&&(n.code=e),e===`BAD_USER_INPUT`&&a&&t.includes(a)?n.fields[a]=i.message:r.push(i.message)}return n.other=r.length?r.join(` `):null,n}var Dn=V(`
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
`),On=V(`
  query TeamList {
    teams(first: 100, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);function kn(e){let[t]=x(e.trim(),250),[n]=L({query:Dn,variables:{q:t||null}});return{people:(0,G.useMemo)(()=>W(n.data?.users).map(e=>({id:e.id,name:e.name,title:e.title,teams:W(e.teams)})),[n.data]),fetching:n.fetching,error:n.error}}function An(){let[e]=L({query:On});return{teams:(0,G.useMemo)(()=>W(e.data?.teams),[e.data]),fetching:e.fetching,error:e.error}}V(`
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
`);var jn=V(`
  mutation UpdateActionItem($id: ID!, $version: Int!, $input: UpdateActionItemInput!) {
    updateActionItem(id: $id, version: $version, input: $input) {
      ...ActionItemFields
    }
  }
`),Mn=V(`
  mutation CreateActionItem($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`),Nn=V(`
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
`),Pn=V(`
  query ActionWarnings($draft: ActionDraft!) {
    actionWarnings(draft: $draft) {
      kind
      message
    }
  }
`);function Fn(e){return e.length===0?`nothing`:e.map(e=>e.priority?`${e.size} at ${z(We,e.priority).toLowerCase()} priority`:`${e.size} (any priority)`).join(`, `)}function In(){let[e]=L({query:Nn});return e.data?.followUpRules}function Ln({rules:e}){return e?(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[`Actions get done when someone owns them, they are due within `,e.maxDueDays,` days, and they are neither too big (`,Fn(e.tooBig),`) nor too small (`,Fn(e.tooSmall),`) to finish.`]}):null}function Rn({draft:e,accepted:t,onAcceptedChange:r,reason:i,onReasonChange:a,reasonError:l,keep:d=[]}){let f=In(),[p]=x(e,250),m=(0,G.useMemo)(()=>({draft:p}),[JSON.stringify(p)]),[g]=L({query:Pn,variables:m,requestPolicy:`cache-first`}),v=g.data?.actionWarnings;(0,G.useEffect)(()=>{if(!v||g.stale||g.fetching)return;let e=v.map(e=>e.kind),n=t.filter(t=>e.includes(t)||d.includes(t));n.length!==t.length&&r(n)},[v,g.stale,g.fetching]);let y=(e,n)=>r(n?[...new Set([...t,e])]:t.filter(t=>t!==e)),b=(v??[]).filter(e=>!t.includes(e.kind));return(0,J.jsx)(o,{withBorder:!0,radius:`md`,p:`sm`,bg:b.length?`orange.0`:`green.0`,component:`section`,"aria-labelledby":`goldilocks-heading`,children:(0,J.jsxs)(j,{gap:`xs`,children:[(0,J.jsxs)(s,{justify:`space-between`,gap:`xs`,children:[(0,J.jsx)(M,{order:3,size:`h5`,id:`goldilocks-heading`,children:`Will this action get done?`}),v?(0,J.jsx)(c,{color:b.length?`orange`:`green`,variant:`light`,radius:`sm`,children:b.length?`${b.length} to look at`:`Looks right`}):null]}),(0,J.jsx)(Ln,{rules:f}),(0,J.jsx)(`div`,{"aria-live":`polite`,"data-testid":`goldilocks-warnings`,children:g.error?(0,J.jsxs)(n,{size:`sm`,c:`red.8`,children:[`Could not check the action: `,g.error.graphQLErrors[0]?.message??g.error.message]}):v&&v.length===0?(0,J.jsx)(n,{size:`sm`,c:`green.9`,children:`It has an owner, a due date soon enough, and a sensible size.`}):(0,J.jsx)(j,{gap:6,children:(v??[]).map(e=>(0,J.jsx)(_,{color:t.includes(e.kind)?`gray`:`orange`,variant:`light`,p:`xs`,title:z(ln,e.kind),role:`note`,"data-testid":`goldilocks-warning`,"data-kind":e.kind,children:(0,J.jsxs)(j,{gap:4,children:[(0,J.jsx)(n,{size:`sm`,children:e.message}),(0,J.jsx)(u,{size:`xs`,label:`Accept "${z(ln,e.kind)}" on purpose`,checked:t.includes(e.kind),onChange:t=>y(e.kind,t.currentTarget.checked)})]})},e.kind))})}),d.some(e=>t.includes(e)&&!(v??[]).some(t=>t.kind===e))?(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[`Accepted before: `,t.filter(e=>d.includes(e)&&!(v??[]).some(t=>t.kind===e)).map(e=>z(ln,e)).join(`, `),`.`]}):null,t.length>0?(0,J.jsx)(h,{label:`Why are the accepted warnings fine for this action?`,required:!0,autosize:!0,minRows:2,value:i,onChange:e=>a(e.currentTarget.value),error:l}):null]})})}function zn({value:e,current:t,onChange:n,error:r}){let[i,a]=(0,G.useState)(``),[o,s]=(0,G.useState)(null),[c,l]=(0,G.useState)(null),{people:u}=kn(i===c?``:i),d=(0,G.useMemo)(()=>{let n=new Map,r=o&&o.id===e?o:t&&t.id===e?{...t,teams:[]}:null;r&&n.set(r.id,{value:r.id,label:r.name});for(let e of u)n.set(e.id,{value:e.id,label:e.teams.length?`${e.name} · ${e.teams.map(e=>e.name).join(`, `)}`:e.name});return[...n.values()]},[u,o,t,e]);return(0,J.jsx)(k,{label:`Owner`,description:`The one person who will see it through`,placeholder:`Search the directory`,searchable:!0,clearable:!0,nothingFoundMessage:`Nobody by that name`,data:d,value:e,searchValue:i,onSearchChange:a,onChange:(e,t)=>{l(t?.label??null);let r=u.find(t=>t.id===e)??null;s(r),n(e,r)},error:r,style:{flex:`1 1 240px`}})}var Bn=[`title`,`description`,`rationale`,`expectedEffect`,`verification`,`interimMitigation`,`ownerID`,`teamID`,`priority`,`size`,`dueAt`,`status`,`statusReason`,`trackerURL`,`acceptedWarnings`,`warningsAcceptedReason`],Vn={title:``,description:``,rationale:``,expectedEffect:``,verification:``,interimMitigation:``,ownerID:null,teamID:null,priority:`MEDIUM`,size:`M`,due:``,status:`PROPOSED`,statusReason:``,trackerURL:``,accepted:[],acceptedReason:``};function Hn(e){return{title:e.title,description:e.description??``,rationale:e.rationale??``,expectedEffect:e.expectedEffect??``,verification:e.verification??``,interimMitigation:e.interimMitigation??``,ownerID:e.owner?.id??null,teamID:e.team?.id??null,priority:e.priority,size:e.size,due:Sn(e.dueAt),status:e.status,statusReason:e.statusReason??``,trackerURL:e.trackerURL??``,accepted:[...e.acceptedWarnings??[]],acceptedReason:e.warningsAcceptedReason??``}}var Un=[`description`,`rationale`,`expectedEffect`,`verification`,`interimMitigation`,`trackerURL`,`statusReason`],Wn=(e,t)=>e.length===t.length&&[...e].sort().join()===[...t].sort().join();function Gn(e,t,n){let r=t[e],i=n[e];return Array.isArray(r)&&Array.isArray(i)?Wn(r,i):r===i}function Kn(e,t){let n={title:e.title.trim(),priority:e.priority,size:e.size,incidentIDs:t.incidentIDs};t.insightID&&(n.insightID=t.insightID);for(let t of Un){let r=e[t].trim();r&&t!==`statusReason`&&(n[t]=r)}e.ownerID&&(n.ownerID=e.ownerID),e.teamID&&(n.teamID=e.teamID);let r=xn(e.due);return r&&(n.dueAt=r),e.accepted.length&&(n.acceptedWarnings=e.accepted,n.warningsAcceptedReason=e.acceptedReason.trim()),n}var qn={description:`clearDescription`,rationale:`clearRationale`,expectedEffect:`clearExpectedEffect`,verification:`clearVerification`,interimMitigation:`clearInterimMitigation`,trackerURL:`clearTrackerURL`,statusReason:`clearStatusReason`};function Jn(e,t){let n={};e.title.trim()!==t.title&&(n.title=e.title.trim());for(let r of Un){if(e[r].trim()===t[r])continue;let i=e[r].trim();i?n[r]=i:n[qn[r]]=!0}if(e.ownerID!==t.ownerID&&(e.ownerID?n.ownerID=e.ownerID:n.clearOwner=!0),e.teamID!==t.teamID&&(e.teamID?n.teamID=e.teamID:n.clearTeam=!0),e.priority!==t.priority&&(n.priority=e.priority),e.size!==t.size&&(n.size=e.size),e.status!==t.status&&(n.status=e.status),e.due!==t.due){let t=xn(e.due);t?n.dueAt=t:n.clearDueAt=!0}return Wn(e.accepted,t.accepted)&&e.acceptedReason.trim()===t.acceptedReason||(e.accepted.length?(n.acceptedWarnings=e.accepted,n.warningsAcceptedReason=e.acceptedReason.trim()):(n.clearAcceptedWarnings=!0,n.clearWarningsAcceptedReason=!0)),n}var Yn=Object.entries(We).map(([e,t])=>({value:e,label:t})),Xn=Object.entries(Fe).map(([e,t])=>({value:e,label:`${e} · ${t}`}));function Zn({action:e,from:t,onSaved:r,onCancel:i,onStale:a}){let[o,c]=(0,G.useState)(()=>e?Hn(e):Vn),[l,u]=(0,G.useState)(o),[d,f]=(0,G.useState)(!!e?.team),[m,g]=(0,G.useState)(!1),[v,y]=I(Mn),[b,x]=I(jn),{teams:S}=An(),C=e?b:v,w=Z(C.error,Bn),ee=(0,G.useRef)(e?.version);(0,G.useEffect)(()=>{if(!e||e.version===ee.current)return;ee.current=e.version;let t=Hn(e);u(e=>{let n={...e};for(let r of Object.keys(t))Gn(r,e,o)&&(n[r]=t[r]);return n}),c(t)},[e?.version]);let E=(e,t)=>u(n=>({...n,[e]:t})),D=async n=>{if(n.preventDefault(),!l.title.trim())return;if(g(!1),!e){let e=await y({input:Kn(l,t??{incidentIDs:[]})});e.data?.createActionItem&&r(e.data.createActionItem);return}let i=Jn(l,o);if(Object.keys(i).length===0){r(e);return}let s=await x({id:e.id,version:e.version,input:i});s.data?.updateActionItem?r(s.data.updateActionItem):Z(s.error).code===`CONFLICT`&&(g(!0),a?.())},te=e?[...new Set([e.status,...gn[e.status]??[],l.status])].map(e=>({value:e,label:z(qe,e)})):[],O=e=>w.fields[e];return(0,J.jsx)(`form`,{onSubmit:D,"aria-label":e?`Edit action ${e.title}`:`New action`,noValidate:!0,children:(0,J.jsxs)(j,{gap:`sm`,children:[t?.insightStatement?(0,J.jsxs)(n,{size:`sm`,c:`dimmed`,children:[`From the insight: `,(0,J.jsx)(`em`,{children:t.insightStatement})]}):null,(0,J.jsx)(A,{label:`Title`,description:`What will change, in one line`,required:!0,value:l.title,onChange:e=>E(`title`,e.currentTarget.value),error:O(`title`),"data-autofocus":!0}),(0,J.jsx)(h,{label:`Description`,autosize:!0,minRows:2,value:l.description,onChange:e=>E(`description`,e.currentTarget.value),error:O(`description`)}),(0,J.jsxs)(s,{align:`flex-start`,gap:`sm`,grow:!0,children:[(0,J.jsx)(zn,{value:l.ownerID,current:e?.owner,onChange:(e,t)=>{E(`ownerID`,e),!d&&t?.teams.length&&E(`teamID`,t.teams[0].id)},error:O(`ownerID`)}),(0,J.jsx)(k,{label:`Team`,description:`Whose follow-through it counts towards`,placeholder:`No team`,clearable:!0,searchable:!0,data:S.map(e=>({value:e.id,label:e.name})),value:l.teamID,onChange:e=>{f(!0),E(`teamID`,e)},error:O(`teamID`)})]}),(0,J.jsxs)(T,{cols:{base:1,sm:3},spacing:`sm`,children:[(0,J.jsx)(k,{label:`Priority`,data:Yn,value:l.priority,onChange:e=>e&&E(`priority`,e),allowDeselect:!1,error:O(`priority`)}),(0,J.jsx)(k,{label:`Size`,data:Xn,value:l.size,onChange:e=>e&&E(`size`,e),allowDeselect:!1,error:O(`size`)}),(0,J.jsx)(A,{type:`date`,label:`Due date`,value:l.due,onChange:e=>E(`due`,e.currentTarget.value),error:O(`dueAt`)})]}),(0,J.jsx)(Rn,{draft:{ownerID:l.ownerID,dueAt:xn(l.due),size:l.size,priority:l.priority},accepted:l.accepted,onAcceptedChange:e=>E(`accepted`,e),reason:l.acceptedReason,onReasonChange:e=>E(`acceptedReason`,e),reasonError:O(`warningsAcceptedReason`)??O(`acceptedWarnings`),keep:e?.acceptedWarnings??[]}),(0,J.jsx)(h,{label:`Why this action?`,description:`Why this one over the other things we could do`,autosize:!0,minRows:2,value:l.rationale,onChange:e=>E(`rationale`,e.currentTarget.value),error:O(`rationale`)}),(0,J.jsx)(h,{label:`Expected effect`,description:`What it should change, e.g. “failed deploys roll back in minutes, not hours”`,autosize:!0,minRows:1,value:l.expectedEffect,onChange:e=>E(`expectedEffect`,e.currentTarget.value),error:O(`expectedEffect`)}),(0,J.jsx)(h,{label:`How will we verify it?`,description:`How we will know it is done and works`,autosize:!0,minRows:1,value:l.verification,onChange:e=>E(`verification`,e.currentTarget.value),error:O(`verification`)}),(0,J.jsx)(h,{label:`Interim mitigation`,description:`What protects us until it lands`,autosize:!0,minRows:1,value:l.interimMitigation,onChange:e=>E(`interimMitigation`,e.currentTarget.value),error:O(`interimMitigation`)}),(0,J.jsx)(A,{type:`url`,label:`Tracker link`,placeholder:`https://tracker.example/TICKET-123`,value:l.trackerURL,onChange:e=>E(`trackerURL`,e.currentTarget.value),error:O(`trackerURL`)}),e?(0,J.jsxs)(s,{align:`flex-start`,gap:`sm`,grow:!0,children:[(0,J.jsx)(k,{label:`Status`,data:te,value:l.status,onChange:e=>e&&E(`status`,e),allowDeselect:!1,error:O(`status`)}),l.status===`WONT_DO`?(0,J.jsx)(h,{label:`Why won't it be done?`,required:!0,autosize:!0,minRows:1,value:l.statusReason,onChange:e=>E(`statusReason`,e.currentTarget.value),error:O(`statusReason`)}):(0,J.jsx)(`div`,{})]}):null,m?(0,J.jsx)(_,{color:`orange`,variant:`light`,role:`alert`,title:`Someone else changed this action`,children:`Their version is loaded where you had not changed anything; your changes are kept. Check them and save again.`}):w.other?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,title:w.code===`FORBIDDEN`?`You may not do this`:`Not saved`,children:w.other}):Object.keys(w.fields).length?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:`Not saved: see the highlighted fields.`}):null,(0,J.jsxs)(s,{justify:`flex-end`,children:[(0,J.jsx)(p,{variant:`default`,onClick:i,children:`Cancel`}),(0,J.jsx)(p,{type:`submit`,loading:C.fetching,disabled:!l.title.trim(),children:e?`Save action`:`Create action`})]})]})})}function Qn({status:e}){return(0,J.jsx)(c,{color:Ze[e]??`gray`,variant:`light`,radius:`sm`,children:z(qe,e)})}function $n({dueAt:e,overdue:t}){return e?(0,J.jsxs)(`div`,{children:[(0,J.jsx)(n,{size:`sm`,title:R(e),c:t?`red.8`:void 0,fw:t?700:void 0,style:{whiteSpace:`nowrap`},children:(0,J.jsx)(`time`,{dateTime:e,children:U(e)})}),(0,J.jsx)(n,{size:`xs`,c:t?`red.8`:`dimmed`,fw:t?600:void 0,children:t?`Overdue, due ${Tn(e)}`:Tn(e)})]}):(0,J.jsx)(n,{size:`sm`,c:`dimmed`,children:`No date`})}function er({action:e,onStale:t}){let{viewer:n}=q(),[r,i]=I(jn),[a,o]=(0,G.useState)(!1),[c,l]=(0,G.useState)(``),[u,d]=(0,G.useState)(null);if(!yn(n.role,n.id,e))return null;let f=gn[e.status]??[],m=vn(e.status)?null:`DONE`,g=f.filter(e=>e!==m),v=async(n,r)=>{d(null);let a={status:n};r?a.statusReason=r:e.statusReason&&n!==`WONT_DO`&&(a.clearStatusReason=!0);let s=await i({id:e.id,version:e.version,input:a});if(!s.error){o(!1),l(``);return}let c=Z(s.error,[`statusReason`]);c.code===`CONFLICT`?(t(),d(`Someone else changed this action meanwhile; it now shows their version. Check it and try again.`)):c.fields.statusReason||d(c.other)},y=Z(r.error,[`statusReason`]).fields.statusReason;return(0,J.jsxs)(j,{gap:4,children:[(0,J.jsxs)(s,{gap:4,wrap:`nowrap`,children:[m?(0,J.jsx)(p,{size:`compact-xs`,variant:`light`,color:`green`,loading:r.fetching&&!a,onClick:()=>void v(m),"aria-label":`Mark done: ${e.title}`,children:`Mark done`}):null,g.length>0?(0,J.jsxs)(ue,{position:`bottom-end`,withinPortal:!0,children:[(0,J.jsx)(ue.Target,{children:(0,J.jsx)(p,{size:`compact-xs`,variant:`subtle`,color:`gray`,"aria-label":`Change status of ${e.title}`,children:m?`More…`:`Change status…`})}),(0,J.jsxs)(ue.Dropdown,{children:[(0,J.jsxs)(ue.Label,{children:[`Now `,z(qe,e.status)]}),g.map(e=>(0,J.jsx)(ue.Item,{onClick:()=>e===`WONT_DO`?o(!0):void v(e),children:_n[e]??z(qe,e)},e))]})]}):null]}),u?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,p:6,withCloseButton:!0,onClose:()=>d(null),children:u}):null,(0,J.jsx)(se,{opened:a,onClose:()=>o(!1),title:`Drop "${e.title}"?`,children:(0,J.jsx)(`form`,{onSubmit:e=>{e.preventDefault(),c.trim()&&v(`WONT_DO`,c.trim())},children:(0,J.jsxs)(j,{gap:`sm`,children:[(0,J.jsx)(h,{label:`Why won't it be done?`,description:`The reason stays with the action, so whoever reads the review later knows.`,required:!0,autosize:!0,minRows:2,value:c,onChange:e=>l(e.currentTarget.value),error:y,"data-autofocus":!0}),(0,J.jsxs)(s,{justify:`flex-end`,children:[(0,J.jsx)(p,{variant:`default`,onClick:()=>o(!1),children:`Cancel`}),(0,J.jsx)(p,{type:`submit`,color:`dark`,disabled:!c.trim(),loading:r.fetching,children:`Drop the action`})]})]})})})]})}function tr({warnings:e}){if(e.length===0)return null;let t=[...e].sort((e,t)=>Number(e.accepted)-Number(t.accepted));return(0,J.jsx)(s,{gap:4,"data-testid":`action-warnings`,children:t.map(e=>(0,J.jsx)(ee,{label:e.message,multiline:!0,w:280,withArrow:!0,openDelay:200,children:(0,J.jsxs)(c,{size:`sm`,radius:`sm`,color:e.accepted?`gray`:`orange`,variant:e.accepted?`outline`:`filled`,"aria-label":`${e.accepted?`Accepted warning`:`Warning`}: ${z(ln,e.kind)}. ${e.message}`,"data-accepted":e.accepted||void 0,children:[e.accepted?`✓ `:`⚠ `,z(ln,e.kind)]})},e.kind))})}var nr=50,rr=V(`
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
`),ir=V(`
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
`),ar=[{value:`MINE`,key:`mine`,label:`My actions`,empty:`Nothing on your plate: you own no open actions.`},{value:`OVERDUE`,key:`overdue`,label:`Overdue`,empty:`No open action is past its due date.`},{value:`DUE_SOON`,key:`dueSoon`,label:`Due soon`,empty:`No open action is due in the next days.`},{value:`STALE`,key:`stale`,label:`Stale`,empty:`Every open action has moved recently.`},{value:`UNOWNED`,key:`unowned`,label:`Unowned`,empty:`Every open action has an owner.`},{value:`OPEN`,key:`open`,label:`Open`,empty:`No open actions.`},{value:`CLOSED`,key:`closed`,label:`Done / dropped`,empty:`No action is done or dropped yet.`}];function or(){let[e,t]=he();return{view:ar.find(t=>t.value===e.get(`view`))??ar[0],team:e.get(`team`)||null,after:e.get(`after`)||null,before:e.get(`before`)||null,update:(n,r=!1)=>{let i=new URLSearchParams(e);r||(i.delete(`after`),i.delete(`before`));for(let[e,t]of Object.entries(n))t?i.set(e,t):i.delete(e);t(i)}}}function sr(){K(`Actions`);let{view:e,team:t,after:r,before:i,update:a}=or(),{teams:o}=An(),l=(0,G.useMemo)(()=>i?{view:e.value,teamID:t,last:nr,before:i}:{view:e.value,teamID:t,first:nr,after:r},[e.value,t,r,i]),u=(0,G.useMemo)(()=>({additionalTypenames:[`ActionItem`]}),[]),[d,f]=L({query:rr,variables:l,context:u}),[m,h]=L({query:ir,variables:{teamID:t},context:u}),g=(0,G.useCallback)(()=>{f({requestPolicy:`network-only`}),h({requestPolicy:`network-only`})},[f,h]),[_,v]=(0,G.useState)(null),y=(0,G.useRef)(void 0);d.data&&(y.current=d.data);let b=(d.data??y.current)?.actionQueue,x=W(b),S=x.find(e=>e.id===_);return(0,J.jsxs)(j,{gap:`lg`,children:[(0,J.jsxs)(`div`,{children:[(0,J.jsx)(M,{order:1,children:`Actions`}),(0,J.jsx)(n,{c:`dimmed`,size:`sm`,children:`Every action from every incident: what is yours, what is late, what nobody owns. Soonest due first.`})]}),(0,J.jsxs)(s,{align:`flex-end`,justify:`space-between`,children:[(0,J.jsx)(k,{label:`Team`,placeholder:`All teams`,clearable:!0,searchable:!0,data:o.map(e=>({value:e.id,label:e.name})),value:t,onChange:e=>a({team:e}),w:240}),b?(0,J.jsx)(n,{size:`sm`,c:`dimmed`,"data-testid":`action-count`,children:H(b.totalCount,`action`)}):null]}),(0,J.jsxs)(D,{value:e.value,onChange:e=>a({view:e===`MINE`?null:e}),keepMounted:!1,children:[(0,J.jsx)(D.List,{"aria-label":`Which actions`,children:ar.map(e=>{let t=m.data?.[e.key]?.totalCount;return(0,J.jsx)(D.Tab,{value:e.value,rightSection:t==null?null:(0,J.jsx)(c,{size:`sm`,variant:`light`,color:(e.value===`OVERDUE`||e.value===`UNOWNED`)&&t>0?`red`:`gray`,circle:t<10,children:t}),children:e.label},e.value)})}),(0,J.jsxs)(D.Panel,{value:e.value,pt:`md`,children:[d.error&&!b?(0,J.jsx)(B,{error:d.error,onRetry:g}):b?x.length===0?(0,J.jsx)(n,{c:`dimmed`,fs:`italic`,size:`sm`,children:e.empty}):(0,J.jsx)(cr,{items:x,onEdit:v,onStale:g}):(0,J.jsx)(Me,{what:`the actions`}),b&&(b.pageInfo.hasNextPage||b.pageInfo.hasPreviousPage||i||r)?(0,J.jsxs)(s,{justify:`center`,mt:`md`,children:[(0,J.jsx)(p,{variant:`default`,size:`xs`,disabled:!(i?b.pageInfo.hasPreviousPage:r),onClick:()=>a({before:b.pageInfo.startCursor??null,after:null},!0),children:`← Previous`}),(0,J.jsx)(p,{variant:`default`,size:`xs`,disabled:!(i||b.pageInfo.hasNextPage),onClick:()=>a({after:b.pageInfo.endCursor??null,before:null},!0),children:`Next →`})]}):null]})]}),(0,J.jsx)(se,{opened:!!S,onClose:()=>v(null),title:`Edit action`,size:`xl`,children:S?(0,J.jsx)(Zn,{action:S,onSaved:()=>v(null),onCancel:()=>v(null),onStale:g},S.id):null})]})}function cr({items:e,onEdit:t,onStale:r}){let{viewer:i}=q();return(0,J.jsx)(C.ScrollContainer,{minWidth:900,children:(0,J.jsxs)(C,{verticalSpacing:`sm`,"aria-label":`Actions`,children:[(0,J.jsx)(C.Thead,{children:(0,J.jsxs)(C.Tr,{children:[(0,J.jsx)(C.Th,{children:`Action`}),(0,J.jsx)(C.Th,{children:`Owner`}),(0,J.jsx)(C.Th,{children:`Due`}),(0,J.jsx)(C.Th,{children:`Status`}),(0,J.jsx)(C.Th,{children:`Warnings`}),(0,J.jsx)(C.Th,{children:`Change`})]})}),(0,J.jsx)(C.Tbody,{children:e.map(e=>{let a=W(e.incidents);return(0,J.jsxs)(C.Tr,{"data-testid":`queue-row`,children:[(0,J.jsxs)(C.Td,{style:{maxWidth:420},children:[(0,J.jsx)(n,{size:`sm`,fw:600,children:e.title}),(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[z(We,e.priority),` priority · `,z(Fe,e.size)]}),a.length?(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[`From`,` `,a.map((t,n)=>(0,J.jsxs)(`span`,{children:[n>0?`, `:``,(0,J.jsx)(N,{component:P,to:`/incidents/${encodeURIComponent(t.id)}#action-${e.id}`,size:`xs`,children:t.title})]},t.id)),e.incidents.totalCount>a.length?` and ${e.incidents.totalCount-a.length} more`:``]}):(0,J.jsx)(n,{size:`xs`,c:`dimmed`,children:`Not linked to an incident`}),e.statusReason?(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[`Why: `,e.statusReason]}):null]}),(0,J.jsxs)(C.Td,{children:[(0,J.jsx)(n,{size:`sm`,c:e.owner?void 0:`orange.8`,fw:e.owner?void 0:600,children:e.owner?.name??`No owner`}),(0,J.jsx)(n,{size:`xs`,c:`dimmed`,children:e.team?.name??`No team`})]}),(0,J.jsx)(C.Td,{children:(0,J.jsx)($n,{dueAt:e.dueAt,overdue:e.overdue})}),(0,J.jsx)(C.Td,{children:(0,J.jsx)(Qn,{status:e.status})}),(0,J.jsx)(C.Td,{children:(0,J.jsx)(tr,{warnings:e.warnings})}),(0,J.jsx)(C.Td,{children:(0,J.jsxs)(s,{gap:4,wrap:`nowrap`,align:`flex-start`,children:[(0,J.jsx)(er,{action:e,onStale:r}),yn(i.role,i.id,e)?(0,J.jsx)(p,{size:`compact-xs`,variant:`subtle`,onClick:()=>t(e.id),"aria-label":`Edit ${e.title}`,children:`Edit`}):null]})})]},e.id)})})]})})}var lr=[{to:`/admin/taxonomy`,label:`Contributing-factor taxonomy`},{to:`/admin/webhooks`,label:`Webhooks`},{to:`/admin/report-templates`,label:`Report templates`},{to:`/admin/workflows`,label:`Workflows`},{to:`/admin/comms`,label:`Communications`}];function ur(){let{viewer:e}=q();return e.role===`ADMIN`?(0,J.jsxs)(j,{gap:`lg`,children:[(0,J.jsx)(`nav`,{"aria-label":`Administration`,children:(0,J.jsx)(s,{gap:`lg`,children:lr.map(e=>(0,J.jsx)(ye,{to:e.to,style:{textDecoration:`none`},children:({isActive:t})=>(0,J.jsx)(n,{component:`span`,size:`sm`,fw:t?700:500,c:t?`indigo.8`:`dimmed`,td:t?`underline`:void 0,children:e.label})},e.to))})}),(0,J.jsx)(pe,{})]}):(0,J.jsx)(dr,{})}function dr(){return K(`Admins only`),(0,J.jsxs)(j,{gap:`sm`,py:`xl`,children:[(0,J.jsx)(M,{order:1,children:`Admins only`}),(0,J.jsx)(n,{c:`dimmed`,children:`Only admins manage the taxonomy, report templates, workflows, communication templates and webhooks. Ask an admin if something here needs to change.`}),(0,J.jsx)(N,{component:P,to:`/incidents`,children:`Back to the incidents`})]})}var fr=V(`
  query Taxonomy {
    factorCategories(first: 100, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
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
`),pr=V(`
  mutation CreateFactorCategory($input: CreateFactorCategoryInput!) {
    createFactorCategory(input: $input) {
      id
      name
      description
    }
  }
`),mr=V(`
  mutation UpdateFactorCategory($id: ID!, $input: UpdateFactorCategoryInput!) {
    updateFactorCategory(id: $id, input: $input) {
      id
      name
      description
    }
  }
`),hr=V(`
  mutation MergeFactorCategories($sourceID: ID!, $targetID: ID!) {
    mergeFactorCategories(sourceID: $sourceID, targetID: $targetID) {
      id
      name
      factors(first: 0) {
        totalCount
      }
    }
  }
`);function gr(){K(`Taxonomy`);let e=(0,G.useMemo)(()=>({additionalTypenames:[`FactorCategory`]}),[]),[t,r]=L({query:fr,context:e}),i=()=>r({requestPolicy:`network-only`}),a=W(t.data?.factorCategories),[o,s]=(0,G.useState)(null);return(0,J.jsxs)(j,{gap:`lg`,children:[(0,J.jsxs)(`div`,{children:[(0,J.jsx)(M,{order:1,children:`Contributing-factor taxonomy`}),(0,J.jsx)(n,{c:`dimmed`,size:`sm`,children:`The categories analysts file contributing factors under, so patterns show across incidents. Merge near-duplicates rather than letting them pile up.`})]}),(0,J.jsx)(_r,{onCreated:i}),t.error&&!t.data?(0,J.jsx)(B,{error:t.error,onRetry:i}):t.data?a.length===0?(0,J.jsx)(n,{c:`dimmed`,fs:`italic`,children:`No categories yet.`}):(0,J.jsxs)(C,{verticalSpacing:`sm`,"aria-label":`Categories`,children:[(0,J.jsx)(C.Thead,{children:(0,J.jsxs)(C.Tr,{children:[(0,J.jsx)(C.Th,{children:`Category`}),(0,J.jsx)(C.Th,{children:`Description`}),(0,J.jsx)(C.Th,{ta:`right`,children:`Factors`}),(0,J.jsx)(C.Th,{children:`Change`})]})}),(0,J.jsx)(C.Tbody,{children:a.map(e=>(0,J.jsx)(vr,{category:e,onMerge:()=>s(e)},e.id))})]}):(0,J.jsx)(Me,{what:`the taxonomy`}),(0,J.jsx)(se,{opened:!!o,onClose:()=>s(null),title:o?`Merge “${o.name}” into another category`:``,children:o?(0,J.jsx)(yr,{source:o,categories:a,onDone:()=>{s(null),i()},onCancel:()=>s(null)}):null})]})}function _r({onCreated:e}){let[t,n]=(0,G.useState)(``),[r,i]=(0,G.useState)(``),[a,c]=I(pr),l=Z(a.error,[`name`,`description`]);return(0,J.jsx)(o,{withBorder:!0,p:`md`,radius:`md`,children:(0,J.jsxs)(`form`,{onSubmit:async a=>{a.preventDefault(),t.trim()&&((await c({input:{name:t.trim(),description:r.trim()||void 0}})).error||(n(``),i(``),e()))},"aria-label":`New category`,children:[(0,J.jsxs)(s,{align:`flex-start`,gap:`sm`,wrap:`wrap`,children:[(0,J.jsx)(A,{label:`New category`,placeholder:`e.g. Change management`,required:!0,value:t,onChange:e=>n(e.currentTarget.value),error:l.fields.name,style:{flex:`1 1 220px`}}),(0,J.jsx)(A,{label:`Description`,placeholder:`What belongs here`,value:r,onChange:e=>i(e.currentTarget.value),error:l.fields.description,style:{flex:`3 1 320px`}}),(0,J.jsx)(p,{type:`submit`,mt:25,loading:a.fetching,disabled:!t.trim(),children:`Add category`})]}),l.other?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:l.other}):null]})})}function vr({category:e,onMerge:t}){let[r,i]=(0,G.useState)(!1),[a,o]=(0,G.useState)(e.name),[c,l]=(0,G.useState)(e.description??``),[u,d]=I(mr),f=Z(u.error,[`name`,`description`]);return r?(0,J.jsx)(C.Tr,{children:(0,J.jsx)(C.Td,{colSpan:4,children:(0,J.jsx)(`form`,{onSubmit:async t=>{t.preventDefault();let n={};a.trim()!==e.name&&(n.name=a.trim()),c.trim()!==(e.description??``)&&(c.trim()?n.description=c.trim():n.clearDescription=!0),Object.keys(n).length&&(await d({id:e.id,input:n})).error||i(!1)},"aria-label":`Edit category ${e.name}`,children:(0,J.jsxs)(j,{gap:`xs`,children:[(0,J.jsxs)(s,{align:`flex-start`,gap:`sm`,grow:!0,children:[(0,J.jsx)(A,{label:`Name`,required:!0,value:a,onChange:e=>o(e.currentTarget.value),error:f.fields.name}),(0,J.jsx)(h,{label:`Description`,autosize:!0,minRows:1,value:c,onChange:e=>l(e.currentTarget.value),error:f.fields.description})]}),f.other?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:f.other}):null,(0,J.jsxs)(s,{gap:`xs`,children:[(0,J.jsx)(p,{type:`submit`,size:`xs`,loading:u.fetching,disabled:!a.trim(),children:`Save`}),(0,J.jsx)(p,{size:`xs`,variant:`default`,onClick:()=>i(!1),children:`Cancel`})]})]})})})}):(0,J.jsxs)(C.Tr,{"data-testid":`category-row`,children:[(0,J.jsx)(C.Td,{fw:600,children:e.name}),(0,J.jsx)(C.Td,{children:(0,J.jsx)(n,{size:`sm`,c:e.description?void 0:`dimmed`,children:e.description||`No description`})}),(0,J.jsx)(C.Td,{ta:`right`,children:e.factors.totalCount}),(0,J.jsx)(C.Td,{children:(0,J.jsxs)(s,{gap:4,wrap:`nowrap`,children:[(0,J.jsx)(p,{size:`compact-xs`,variant:`subtle`,onClick:()=>{o(e.name),l(e.description??``),i(!0)},"aria-label":`Edit ${e.name}`,children:`Edit`}),(0,J.jsx)(p,{size:`compact-xs`,variant:`subtle`,color:`orange`,onClick:t,"aria-label":`Merge ${e.name} into another category`,children:`Merge into…`})]})})]})}function yr({source:e,categories:t,onDone:n,onCancel:r}){let[i,a]=(0,G.useState)(null),[o,c]=I(hr),l=t.find(e=>e.id===i),u=Z(o.error);return(0,J.jsx)(`form`,{onSubmit:async t=>{t.preventDefault(),i&&((await c({sourceID:e.id,targetID:i})).error||n())},children:(0,J.jsxs)(j,{gap:`sm`,children:[(0,J.jsx)(k,{label:`Merge into`,placeholder:`Pick the category to keep`,data:t.filter(t=>t.id!==e.id).map(e=>({value:e.id,label:e.name})),value:i,onChange:a,searchable:!0,"data-autofocus":!0}),l?(0,J.jsxs)(_,{color:`orange`,variant:`light`,title:`This cannot be undone`,children:[H(e.factors.totalCount,`contributing factor`),` filed under “`,e.name,`” will move to “`,l.name,`”, and “`,e.name,`” will be removed. No factor loses its link to its incident or insights.`]}):null,u.other?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:u.other}):null,(0,J.jsxs)(s,{justify:`flex-end`,children:[(0,J.jsx)(p,{variant:`default`,onClick:r,children:`Cancel`}),(0,J.jsx)(p,{type:`submit`,color:`orange`,disabled:!l,loading:o.fetching,children:l?`Merge into “${l.name}”`:`Merge`})]})]})})}var br=V(`
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
`),xr=V(`
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
`);function Sr({webhookID:e}){let r=(0,G.useMemo)(()=>({additionalTypenames:[`WebhookDelivery`]}),[]),[i,a]=L({query:br,variables:{id:e},context:r}),[o,s]=I(xr),l=i.data?.node,u=l?.__typename===`Webhook`?l:void 0,d=W(u?.deliveries),f=Z(o.error).other;return i.error&&!u?(0,J.jsx)(B,{error:i.error,onRetry:()=>a({requestPolicy:`network-only`})}):u?d.length===0?(0,J.jsx)(n,{size:`sm`,c:`dimmed`,fs:`italic`,children:`Nothing sent yet.`}):(0,J.jsxs)(J.Fragment,{children:[f?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,p:`xs`,mb:`xs`,children:f}):null,(0,J.jsx)(C.ScrollContainer,{minWidth:760,children:(0,J.jsxs)(C,{verticalSpacing:6,fz:`sm`,"aria-label":`Deliveries`,children:[(0,J.jsx)(C.Thead,{children:(0,J.jsxs)(C.Tr,{children:[(0,J.jsx)(C.Th,{children:`Event`}),(0,J.jsx)(C.Th,{children:`Status`}),(0,J.jsx)(C.Th,{ta:`right`,children:`Attempts`}),(0,J.jsx)(C.Th,{children:`Last attempt`}),(0,J.jsx)(C.Th,{children:`Last response`}),(0,J.jsx)(C.Th,{children:(0,J.jsx)(`span`,{"aria-hidden":`true`})})]})}),(0,J.jsx)(C.Tbody,{children:d.map(e=>(0,J.jsxs)(C.Tr,{"data-testid":`delivery-row`,children:[(0,J.jsxs)(C.Td,{children:[z(pn,e.event),(0,J.jsx)(n,{size:`xs`,c:`dimmed`,children:R(e.createdAt)})]}),(0,J.jsxs)(C.Td,{children:[(0,J.jsx)(c,{color:hn[e.status]??`gray`,variant:`light`,radius:`sm`,children:z(mn,e.status)}),e.status===`PENDING`?(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[`next try `,R(e.nextAttemptAt)]}):null]}),(0,J.jsx)(C.Td,{ta:`right`,children:e.attempts}),(0,J.jsx)(C.Td,{children:e.lastAttemptAt?R(e.lastAttemptAt):(0,J.jsx)(n,{span:!0,c:`dimmed`,size:`sm`,children:`Not yet`})}),(0,J.jsxs)(C.Td,{style:{maxWidth:280},children:[e.responseStatus==null?null:(0,J.jsxs)(t,{children:[`HTTP `,e.responseStatus]}),e.lastError?(0,J.jsx)(n,{size:`xs`,c:`red.8`,lineClamp:2,title:e.lastError,children:e.lastError}):e.responseStatus==null?(0,J.jsx)(n,{span:!0,size:`sm`,c:`dimmed`,children:`–`}):null]}),(0,J.jsx)(C.Td,{children:e.status===`DELIVERED`?null:(0,J.jsx)(p,{size:`compact-xs`,variant:`light`,loading:o.fetching&&o.operation?.variables?.id===e.id,onClick:()=>void s({id:e.id}).then(()=>a({requestPolicy:`network-only`})),"aria-label":`Retry the ${z(pn,e.event)} delivery of ${R(e.createdAt)}`,children:`Retry now`})})]},e.id))})]})}),u.deliveries.totalCount>d.length?(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,mt:4,children:[`The latest `,d.length,` of `,u.deliveries.totalCount,` deliveries.`]}):null]}):(0,J.jsx)(n,{size:`sm`,c:`dimmed`,children:`Loading the deliveries…`})}function Cr({name:e,secret:r,onDismiss:i}){return(0,J.jsx)(_,{color:`yellow`,variant:`light`,title:`Signing secret for “${e}”`,role:`status`,"data-testid":`webhook-secret`,children:(0,J.jsxs)(j,{gap:`xs`,children:[(0,J.jsxs)(n,{size:`sm`,children:[`Copy it now into the receiver: it is shown this once and never again. Receivers check the `,(0,J.jsx)(t,{children:`X-Debrief-Signature`}),` header with it (HMAC-SHA256 of `,(0,J.jsx)(t,{children:`<t>.<body>`}),`).`]}),(0,J.jsxs)(s,{gap:`xs`,wrap:`nowrap`,children:[(0,J.jsx)(t,{block:!0,style:{flex:1,wordBreak:`break-all`},"aria-label":`Webhook secret`,children:r}),(0,J.jsx)(f,{value:r,children:({copied:e,copy:t})=>(0,J.jsx)(p,{size:`xs`,color:e?`teal`:`indigo`,onClick:t,children:e?`Copied`:`Copy secret`})})]}),(0,J.jsx)(s,{children:(0,J.jsx)(p,{size:`xs`,variant:`default`,onClick:i,children:`I have copied it`})})]})})}var wr=Object.keys(pn);function Tr({values:e,onChange:t,errors:n}){return(0,J.jsxs)(j,{gap:`sm`,children:[(0,J.jsxs)(s,{align:`flex-start`,gap:`sm`,grow:!0,children:[(0,J.jsx)(A,{label:`Name`,placeholder:`e.g. Jira bridge`,required:!0,value:e.name,onChange:n=>t({...e,name:n.currentTarget.value}),error:n.name}),(0,J.jsx)(A,{type:`url`,label:`URL`,placeholder:`https://hooks.example.com/debrief`,required:!0,value:e.url,onChange:n=>t({...e,url:n.currentTarget.value}),error:n.url})]}),(0,J.jsx)(u.Group,{label:`Events`,description:`What the receiver is told about`,value:e.events,onChange:n=>t({...e,events:n}),error:n.events,withAsterisk:!0,children:(0,J.jsx)(s,{gap:`md`,mt:6,children:wr.map(e=>(0,J.jsx)(u,{value:e,label:z(pn,e)},e))})})]})}var Er=V(`
  query Webhooks {
    webhooks(first: 100, orderBy: { field: NAME, direction: ASC }) {
      totalCount
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
`),Dr=V(`
  mutation CreateWebhook($input: CreateWebhookInput!, $secret: String) {
    createWebhook(input: $input, secret: $secret) {
      secret
      webhook {
        id
        name
      }
    }
  }
`),Or=V(`
  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {
    updateWebhook(id: $id, input: $input) {
      id
      name
      url
      events
      active
    }
  }
`),kr=V(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      webhook {
        id
        name
      }
    }
  }
`),Ar=[`name`,`url`,`events`,`secret`];function jr(){K(`Webhooks`);let e=(0,G.useMemo)(()=>({additionalTypenames:[`Webhook`]}),[]),[t,r]=L({query:Er,context:e}),i=()=>r({requestPolicy:`network-only`}),a=W(t.data?.webhooks),[o,s]=(0,G.useState)(null);return(0,J.jsxs)(j,{gap:`lg`,children:[(0,J.jsxs)(`div`,{children:[(0,J.jsx)(M,{order:1,children:`Webhooks`}),(0,J.jsx)(n,{c:`dimmed`,size:`sm`,children:`Debrief posts JSON to these addresses when incidents and actions change, and with reminders. Each request is signed; failed deliveries are retried with backoff.`})]}),o?(0,J.jsx)(Cr,{name:o.name,secret:o.secret,onDismiss:()=>s(null)}):null,(0,J.jsx)(Mr,{onCreated:e=>{s(e),i()}}),t.error&&!t.data?(0,J.jsx)(B,{error:t.error,onRetry:i}):t.data?a.length===0?(0,J.jsx)(n,{c:`dimmed`,fs:`italic`,children:`No webhooks yet.`}):(0,J.jsx)(j,{gap:`sm`,children:a.map(e=>(0,J.jsx)(Nr,{hook:e,onSecret:s},e.id))}):(0,J.jsx)(Me,{what:`the webhooks`})]})}function Mr({onCreated:e}){let[t,n]=(0,G.useState)(!1),[r,i]=(0,G.useState)({name:``,url:``,events:[]}),[a,c]=(0,G.useState)(``),[l,u]=I(Dr),d=Z(l.error,Ar);return t?(0,J.jsx)(o,{withBorder:!0,p:`md`,radius:`md`,children:(0,J.jsx)(`form`,{onSubmit:async t=>{t.preventDefault();let o=(await u({input:{name:r.name.trim(),url:r.url.trim(),events:r.events},secret:a.trim()||null})).data?.createWebhook;o&&(e({name:o.webhook.name,secret:o.secret}),i({name:``,url:``,events:[]}),c(``),n(!1))},"aria-label":`New webhook`,children:(0,J.jsxs)(j,{gap:`sm`,children:[(0,J.jsx)(M,{order:2,size:`h4`,children:`New webhook`}),(0,J.jsx)(Tr,{values:r,onChange:i,errors:d.fields}),(0,J.jsx)(ne,{label:`Secret (optional)`,description:`Leave empty and Debrief generates a strong one`,value:a,onChange:e=>c(e.currentTarget.value),error:d.fields.secret,maw:420}),d.other?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:d.other}):null,(0,J.jsxs)(s,{children:[(0,J.jsx)(p,{type:`submit`,loading:l.fetching,disabled:!r.name.trim()||!r.url.trim()||r.events.length===0,children:`Create webhook`}),(0,J.jsx)(p,{variant:`default`,onClick:()=>n(!1),children:`Cancel`})]})]})})}):(0,J.jsx)(s,{children:(0,J.jsx)(p,{onClick:()=>n(!0),children:`Add a webhook`})})}function Nr({hook:e,onSecret:t}){let[r,i]=(0,G.useState)(!1),[a,l]=(0,G.useState)({name:e.name,url:e.url,events:e.events}),[u,d]=(0,G.useState)(!1),[f,m]=(0,G.useState)(!1),[h,g]=I(Or),[v,y]=I(kr),b=Z(h.error??v.error,Ar),x=async t=>{t.preventDefault(),(await g({id:e.id,input:{name:a.name.trim(),url:a.url.trim(),events:a.events}})).error||i(!1)},S=async()=>{let n=await y({id:e.id});m(!1),n.data&&t({name:n.data.rotateWebhookSecret.webhook.name,secret:n.data.rotateWebhookSecret.secret})};return(0,J.jsxs)(o,{withBorder:!0,radius:`md`,p:`md`,component:`article`,"aria-label":`Webhook ${e.name}`,"data-testid":`webhook`,children:[(0,J.jsxs)(j,{gap:`xs`,children:[(0,J.jsxs)(s,{justify:`space-between`,align:`flex-start`,children:[(0,J.jsxs)(`div`,{style:{minWidth:0},children:[(0,J.jsx)(M,{order:2,size:`h5`,children:e.name}),(0,J.jsx)(n,{size:`sm`,c:`dimmed`,style:{wordBreak:`break-all`},children:e.url})]}),(0,J.jsx)(re,{label:e.active?`Active`:`Switched off`,checked:e.active,onChange:t=>void g({id:e.id,input:{active:t.currentTarget.checked}}),disabled:h.fetching,"aria-label":`${e.name} active`})]}),r?(0,J.jsx)(`form`,{onSubmit:x,"aria-label":`Edit webhook ${e.name}`,children:(0,J.jsxs)(j,{gap:`sm`,children:[(0,J.jsx)(Tr,{values:a,onChange:l,errors:b.fields}),(0,J.jsxs)(s,{gap:`xs`,children:[(0,J.jsx)(p,{type:`submit`,size:`xs`,loading:h.fetching,disabled:!a.name.trim()||!a.url.trim()||a.events.length===0,children:`Save`}),(0,J.jsx)(p,{size:`xs`,variant:`default`,onClick:()=>i(!1),children:`Cancel`})]})]})}):(0,J.jsx)(s,{gap:6,children:e.events.map(e=>(0,J.jsx)(c,{variant:`light`,radius:`sm`,tt:`none`,children:z(pn,e)},e))}),b.other?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:b.other}):null,(0,J.jsxs)(s,{gap:`md`,children:[(0,J.jsx)(N,{component:`button`,type:`button`,size:`sm`,onClick:()=>d(e=>!e),"aria-expanded":u,children:u?`Hide deliveries`:`Deliveries (${e.deliveries.totalCount}${e.failed.totalCount?`, ${H(e.failed.totalCount,`failed`)}`:``})`}),r?null:(0,J.jsx)(N,{component:`button`,type:`button`,size:`sm`,onClick:()=>{l({name:e.name,url:e.url,events:e.events}),i(!0)},children:`Edit`}),(0,J.jsx)(N,{component:`button`,type:`button`,size:`sm`,c:`orange.8`,onClick:()=>m(!0),children:`Rotate secret…`})]}),u?(0,J.jsx)(Sr,{webhookID:e.id}):null]}),(0,J.jsx)(se,{opened:f,onClose:()=>m(!1),title:`Rotate the secret of “${e.name}”?`,children:(0,J.jsxs)(j,{gap:`sm`,children:[(0,J.jsx)(n,{size:`sm`,children:`The old secret stops working at once: the receiver must be given the new one, which is shown once.`}),(0,J.jsxs)(s,{justify:`flex-end`,children:[(0,J.jsx)(p,{variant:`default`,onClick:()=>m(!1),children:`Cancel`}),(0,J.jsx)(p,{color:`orange`,onClick:()=>void S(),loading:v.fetching,children:`Rotate secret`})]})]})})]})}var Pr=[{key:`doneOnTime`,label:`Done on time`,color:`green.8`},{key:`doneLate`,label:`Done late`,color:`yellow.9`},{key:`open`,label:`Open`,color:`blue.8`},{key:`overdue`,label:`Overdue`,color:`red.8`},{key:`dropped`,label:`Dropped`,color:`gray.7`}];function Fr({figures:e,label:t}){return(0,J.jsxs)(s,{gap:`xs`,role:`list`,"aria-label":t,children:[(0,J.jsx)(Ir,{name:`Actions`,count:e.total}),Pr.map(t=>(0,J.jsx)(Ir,{name:t.label,count:e[t.key],shareText:wn(e[t.key],e.total),color:t.color},t.key))]})}function Ir({name:e,count:t,shareText:r,color:i}){return(0,J.jsx)(o,{role:`listitem`,withBorder:!0,radius:`sm`,px:`sm`,py:6,miw:92,"aria-label":`${e}: ${t}${r?` (${r})`:``}`,children:(0,J.jsxs)(j,{gap:0,children:[(0,J.jsx)(n,{size:`xs`,c:`dimmed`,children:e}),(0,J.jsxs)(n,{fw:700,c:i,children:[t,r?(0,J.jsx)(n,{span:!0,size:`xs`,c:`dimmed`,fw:400,ml:4,children:r}):null]})]})})}var Lr=V(`
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
`),Rr={fromDays:-90,toDays:30},zr=e=>!!e&&/^\d{4}-\d{2}-\d{2}$/.test(e);function Br(e){return new Date(`${e}T00:00:00`).toISOString()}function Vr(e){let t=new Date(`${e}T00:00:00`);return t.setDate(t.getDate()+1),t.toISOString()}function Hr(){let[e,t]=he();return{from:zr(e.get(`from`))?e.get(`from`):Cn(Rr.fromDays),to:zr(e.get(`to`))?e.get(`to`):Cn(Rr.toDays),teamIDs:(e.get(`teams`)??``).split(`,`).filter(Boolean),update:n=>{let r=new URLSearchParams(e);for(let[e,t]of Object.entries(n))t?r.set(e,t):r.delete(e);t(r,{replace:!0})}}}function Ur(){K(`Follow-through`);let{from:e,to:t,teamIDs:r,update:i}=Hr(),{teams:a}=An(),c=e<=t,l=(0,G.useMemo)(()=>({from:Br(e),to:Vr(t),teamIDs:r.length?r:null}),[e,t,r.join(`,`)]),[u,d]=L({query:Lr,variables:l,pause:!c}),f=u.data?.followThrough;return(0,J.jsxs)(j,{gap:`lg`,children:[(0,J.jsxs)(`div`,{children:[(0,J.jsx)(M,{order:1,children:`Follow-through`}),(0,J.jsx)(n,{c:`dimmed`,size:`sm`,children:`Of the actions due in a period, how many each team got done on time, late, or not yet. Not a league table: a prompt to ask what got in the way.`})]}),(0,J.jsx)(o,{withBorder:!0,p:`md`,radius:`md`,component:`section`,"aria-label":`Period and teams`,children:(0,J.jsxs)(s,{align:`flex-end`,gap:`md`,wrap:`wrap`,children:[(0,J.jsx)(A,{type:`date`,label:`Due from`,value:e,onChange:e=>zr(e.currentTarget.value)&&i({from:e.currentTarget.value})}),(0,J.jsx)(A,{type:`date`,label:`Due until (inclusive)`,value:t,onChange:e=>zr(e.currentTarget.value)&&i({to:e.currentTarget.value}),error:c?void 0:`The period must end after it starts`}),(0,J.jsx)(S,{label:`Teams`,placeholder:r.length?void 0:`All teams`,data:a.map(e=>({value:e.id,label:e.name})),value:r,onChange:e=>i({teams:e.join(`,`)||null}),clearable:!0,searchable:!0,style:{flex:`1 1 260px`}}),(0,J.jsx)(p,{variant:`default`,onClick:()=>i({from:null,to:null,teams:null}),children:`Last 90 days to next 30`})]})}),u.error&&!f?(0,J.jsx)(B,{error:u.error,onRetry:()=>d({requestPolicy:`network-only`})}):c?f?(0,J.jsxs)(g,{gap:`lg`,children:[(0,J.jsx)(g.Col,{span:{base:12,lg:9},children:(0,J.jsxs)(j,{gap:`sm`,children:[(0,J.jsxs)(n,{size:`sm`,children:[`Actions due from `,(0,J.jsx)(`strong`,{children:U(f.from)}),` until `,(0,J.jsx)(`strong`,{children:U(new Date(new Date(f.to).getTime()-1).toISOString())}),r.length?`, ${H(r.length,`team`)}`:`, all teams`,`.`]}),(0,J.jsx)(Wr,{teams:f.teams,overall:f.overall}),(0,J.jsxs)(_,{color:f.withoutDueDate?`orange`:`gray`,variant:`light`,"data-testid":`without-due-date`,children:[(0,J.jsx)(`strong`,{children:H(f.withoutDueDate,`open action`)}),` without a due date `,f.withoutDueDate===1?`is`:`are`,` in no period, so`,` `,f.withoutDueDate===1?`it is`:`they are`,` not counted above.`]})]})}),(0,J.jsx)(g.Col,{span:{base:12,lg:3},children:(0,J.jsxs)(o,{bg:`gray.0`,p:`md`,radius:`md`,component:`aside`,"aria-labelledby":`definition-heading`,children:[(0,J.jsx)(M,{order:2,size:`h5`,id:`definition-heading`,mb:4,children:`What is counted`}),(0,J.jsx)(n,{size:`sm`,"data-testid":`follow-through-definition`,children:f.definition})]})})]}):(0,J.jsx)(Me,{what:`the figures`}):null]})}function Wr({teams:e,overall:t}){return e.length===0?(0,J.jsx)(n,{c:`dimmed`,fs:`italic`,size:`sm`,children:`No action is due in this period.`}):(0,J.jsx)(C.ScrollContainer,{minWidth:760,children:(0,J.jsxs)(C,{verticalSpacing:`xs`,striped:!0,"aria-label":`Follow-through per team`,children:[(0,J.jsx)(C.Thead,{children:(0,J.jsxs)(C.Tr,{children:[(0,J.jsx)(C.Th,{children:`Team`}),(0,J.jsx)(C.Th,{ta:`right`,children:`Actions`}),Pr.map(e=>(0,J.jsx)(C.Th,{ta:`right`,children:e.label},e.key))]})}),(0,J.jsx)(C.Tbody,{children:e.map(e=>(0,J.jsx)(Gr,{name:e.team?.name??`No team`,figures:e.figures},e.team?.id??`none`))}),(0,J.jsx)(C.Tfoot,{children:(0,J.jsx)(Gr,{name:`All teams`,figures:t,strong:!0})})]})})}function Gr({name:e,figures:t,strong:r}){return(0,J.jsxs)(C.Tr,{"data-testid":`team-figures`,"data-team":e,children:[(0,J.jsx)(C.Th,{scope:`row`,fw:r?700:600,children:e}),(0,J.jsx)(C.Td,{ta:`right`,fw:r?700:void 0,children:t.total}),Pr.map(e=>(0,J.jsxs)(C.Td,{ta:`right`,c:t[e.key]?e.color:`dimmed`,fw:r?700:void 0,children:[t[e.key],` `,(0,J.jsx)(n,{span:!0,size:`xs`,c:`dimmed`,ml:4,fw:400,children:wn(t[e.key],t.total)})]},e.key))]})}var Kr=[{value:``,label:`Detect from the file`},{value:`debrief`,label:`Debrief JSON export`},{value:`csv`,label:`CSV (one incident a row)`},{value:`markdown`,label:`Markdown postmortem with YAML front matter`},{value:`statuspage`,label:`Status page JSON`}],qr=[`key`,`title`,`summary`,`severity`,`status`,`startedAt`,`detectedAt`,`acknowledgedAt`,`mitigatedAt`,`resolvedAt`,`customerImpact`,`sourceUrl`,`services`,`vendors`,`tags`],Jr=`ignore`,Yr=e=>e.trim().toLowerCase().replace(/[\s_-]/g,``);function Xr(e){return qr.find(t=>Yr(t)===Yr(e))??`ignore`}var Zr=(e,t)=>t===`csv`||t===``&&/\.csv$/i.test(e.name);async function Qr(e){let t=(await e.slice(0,65536).text()).replace(/^\uFEFF/,``),n=[],r=``,i=!1;for(let e=0;e<t.length;e++){let a=t[e];if(i)a===`"`&&t[e+1]===`"`?(r+=`"`,e++):a===`"`?i=!1:r+=a;else if(a===`"`)i=!0;else if(a===`,`)n.push(r.trim()),r=``;else if(a===`
`||a===`\r`)break;else r+=a}return n.push(r.trim()),n.filter((e,t)=>e||t<n.length-1)}function $r(e){return Object.entries(e).map(([e,t])=>`${t}=${e}`).join(`,`)}var ei=[{value:Jr,label:`Leave out`},...qr.map(e=>({value:e,label:e}))];function ti({file:e,mapping:t,onChange:r}){let i=Object.keys(t),a=Object.values(t),o=[`title`,`startedAt`].filter(e=>!a.includes(e));return(0,J.jsxs)(`fieldset`,{style:{border:`none`,padding:0,margin:0},children:[(0,J.jsx)(`legend`,{children:(0,J.jsxs)(n,{size:`sm`,fw:600,children:[`Columns of `,e]})}),(0,J.jsx)(T,{cols:{base:1,sm:2,md:3},spacing:`xs`,children:i.map(e=>(0,J.jsx)(k,{size:`xs`,label:`Column “${e}”`,data:ei,value:t[e],onChange:n=>r({...t,[e]:n??`ignore`}),allowDeselect:!1},e))}),o.length?(0,J.jsxs)(n,{size:`xs`,c:`red`,mt:4,role:`alert`,children:[`Map a column to `,o.join(` and `),`: every incident needs them.`]}):null]})}function ni({result:e}){return(0,J.jsxs)(_,{color:e.errors.length?`orange`:`green`,variant:`light`,title:`Import finished`,role:`status`,"data-testid":`import-result`,children:[(0,J.jsxs)(s,{gap:`lg`,children:[(0,J.jsxs)(n,{size:`sm`,children:[(0,J.jsx)(`strong`,{children:e.created}),` created`]}),(0,J.jsxs)(n,{size:`sm`,children:[(0,J.jsx)(`strong`,{children:e.skipped}),` skipped (already imported)`]}),(0,J.jsxs)(n,{size:`sm`,children:[(0,J.jsx)(`strong`,{children:e.errors.length}),` `,e.errors.length===1?`error`:`errors`]})]}),e.errors.length?(0,J.jsxs)(J.Fragment,{children:[(0,J.jsxs)(n,{size:`sm`,mt:`xs`,children:[`A file with errors was not imported at all; fix `,e.errors.length===1?`it`:`them`,` and upload again.`]}),(0,J.jsxs)(C,{mt:`xs`,verticalSpacing:2,"aria-label":`${H(e.errors.length,`import error`)}`,children:[(0,J.jsx)(C.Thead,{children:(0,J.jsxs)(C.Tr,{children:[(0,J.jsx)(C.Th,{children:`File`}),(0,J.jsx)(C.Th,{children:`Where`}),(0,J.jsx)(C.Th,{children:`Problem`})]})}),(0,J.jsx)(C.Tbody,{children:e.errors.map((e,t)=>(0,J.jsxs)(C.Tr,{children:[(0,J.jsx)(C.Td,{children:e.file}),(0,J.jsx)(C.Td,{children:e.position||`—`}),(0,J.jsx)(C.Td,{children:e.message})]},t))})]})]}):null]})}async function ri(e,t){let n=e.getReader(),r=new TextDecoder,i=``,a=e=>{let n=e.trim();n&&t(JSON.parse(n))};for(;;){let{value:e,done:t}=await n.read();if(t)break;i+=r.decode(e,{stream:!0});let o=i.indexOf(`
`);for(;o>=0;)a(i.slice(0,o)),i=i.slice(o+1),o=i.indexOf(`
`)}a(i+r.decode())}var ii=`/api/import`;async function ai(e,t,n){let r=new URLSearchParams;t.format&&r.set(`format`,t.format),t.map&&r.set(`map`,t.map);let i=new FormData;i.append(`file`,e,e.name);let a=await fetch(`${ii}${r.size?`?${r}`:``}`,{method:`POST`,credentials:`same-origin`,headers:{Accept:`application/x-ndjson`,...st},body:i});if(!a.ok||!a.body){let e=`The server refused the upload (${a.status} ${a.statusText}).`;try{let t=await a.json();t.errors?.[0]?.message&&(e=t.errors[0].message)}catch{}throw Error(e)}let o=null;if(await ri(a.body,e=>{`result`in e?o=e.result:n(e)}),!o)throw Error(`The import stopped before it reported a result.`);return o}function oi(e,t){let[n,r]=(0,G.useState)({});return(0,G.useEffect)(()=>{let n=!1;return Promise.all(e.filter(e=>Zr(e,t)).map(async e=>[e.name,Object.fromEntries((await Qr(e)).map(e=>[e,Xr(e)]))])).then(e=>!n&&r(Object.fromEntries(e))),()=>{n=!0}},[e,t]),[n,r]}function si(){K(`Import incidents`);let{viewer:e}=q(),[t,r]=(0,G.useState)([]),[a,s]=(0,G.useState)(``),[c,l]=oi(t,a),[u,d]=(0,G.useState)(null),[f,m]=(0,G.useState)(null),[h,g]=(0,G.useState)(null),[v,y]=(0,G.useState)(!1);if(!Ct(e.role))return(0,J.jsxs)(j,{children:[(0,J.jsx)(M,{order:1,children:`Import incidents`}),(0,J.jsx)(_,{color:`gray`,variant:`light`,title:`Analysts and admins import`,children:`Ask an analyst or an admin to import incidents for you.`})]});let b=async()=>{y(!0),m(null),g(null);let e={created:0,skipped:0,errors:[]};try{for(let[n,r]of t.entries()){d({file:r.name,done:0,total:0,index:n});let t=c[r.name]?$r(c[r.name]):``,i=await ai(r,{format:a,map:t},e=>d({...e,index:n}));e.created+=i.created,e.skipped+=i.skipped,e.errors.push(...i.errors)}m(e)}catch(t){g(t instanceof Error?t.message:String(t)),(e.created||e.skipped||e.errors.length)&&m(e)}finally{y(!1),d(null)}},x=u&&u.total?u.done/u.total:0,S=u?(u.index+x)/t.length*100:0;return(0,J.jsxs)(j,{gap:`lg`,children:[(0,J.jsxs)(`div`,{children:[(0,J.jsx)(M,{order:1,children:`Import incidents`}),(0,J.jsx)(n,{c:`dimmed`,size:`sm`,children:`Bring incidents from other tools: Debrief’s JSON export, CSV (one incident a row), Markdown postmortems with YAML front matter, or a status page’s incident history. Importing the same file again skips what is already here.`})]}),(0,J.jsx)(o,{withBorder:!0,radius:`md`,p:`md`,component:`section`,"aria-label":`Files to import`,children:(0,J.jsxs)(j,{gap:`sm`,children:[(0,J.jsx)(i,{label:`Files`,placeholder:`Choose files`,multiple:!0,clearable:!0,accept:`.json,.csv,.md,.markdown,application/json,text/csv,text/markdown`,value:t,onChange:e=>{r(e),m(null),g(null)}}),(0,J.jsx)(k,{label:`Format`,data:Kr,value:a,onChange:e=>s(e??``),allowDeselect:!1,w:360}),Object.entries(c).map(([e,t])=>(0,J.jsx)(ti,{file:e,mapping:t,onChange:t=>l({...c,[e]:t})},e)),(0,J.jsx)(p,{onClick:b,loading:v,disabled:t.length===0,style:{alignSelf:`flex-start`},children:`Import`}),u?(0,J.jsxs)(j,{gap:4,children:[(0,J.jsx)(ie,{value:S,"aria-label":`Import progress`,animated:!0}),(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,"aria-live":`polite`,children:[u.file,`: `,u.total?`${u.done} of ${u.total} incidents`:`reading…`,` (file `,u.index+1,` of`,` `,t.length,`)`]})]}):null]})}),h?(0,J.jsx)(_,{color:`red`,variant:`light`,title:`The import did not finish`,role:`alert`,children:h}):null,f?(0,J.jsx)(ni,{result:f}):null]})}var ci=50,li=V(`
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
`),ui=V(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);function di(e){if(e.incidentID){let t=`/incidents/${encodeURIComponent(e.incidentID)}`;return e.actionItemID?{to:`${t}#action-${e.actionItemID}`,text:`Open the action${e.actionItem?` “${e.actionItem.title}”`:``}`}:{to:t+(e.kind===`QUESTION_ASSIGNED`?`#questions`:e.kind===`MENTION`?`#comments`:``),text:`Open ${e.incident?`“${e.incident.title}”`:`the incident`}`}}return e.actionItemID?{to:`/actions`,text:`Open my actions`}:null}function fi(){K(`Inbox`);let[e,t]=he(),r=e.get(`show`)===`unread`,i=e.get(`after`)||null,a=(0,G.useMemo)(()=>({unreadOnly:r,first:ci,after:i}),[r,i]),[o,c]=L({query:li,variables:a}),[l,u]=I(ui),d=kt(),f=o.data?.inbox,m=W(f),h=(0,G.useCallback)(async e=>{let t=await u(e);return c({requestPolicy:`network-only`}),d(),t},[u,c,d]),g=(n,r)=>{let i=new URLSearchParams(e);r?i.set(n,r):i.delete(n),n!==`after`&&i.delete(`after`),t(i)};return(0,J.jsxs)(j,{gap:`lg`,children:[(0,J.jsxs)(s,{justify:`space-between`,align:`flex-end`,children:[(0,J.jsxs)(`div`,{children:[(0,J.jsx)(M,{order:1,children:`Inbox`}),(0,J.jsx)(n,{c:`dimmed`,size:`sm`,children:`Mentions, assignments, and reminders about actions and reviews. Newest first.`})]}),(0,J.jsxs)(s,{gap:`sm`,children:[(0,J.jsx)(oe,{value:r?`unread`:`all`,onChange:e=>g(`show`,e===`unread`?`unread`:null),data:[{value:`all`,label:`All`},{value:`unread`,label:`Unread`}],"aria-label":`Which notifications`}),(0,J.jsx)(p,{variant:`light`,onClick:()=>void h({all:!0}),loading:l.fetching,children:`Mark all read`})]})]}),l.error?(0,J.jsx)(B,{error:l.error}):null,o.error&&!f?(0,J.jsx)(B,{error:o.error,onRetry:()=>c({requestPolicy:`network-only`})}):f?m.length===0?(0,J.jsx)(n,{c:`dimmed`,fs:`italic`,children:r?`Nothing unread.`:`Nothing here yet: you will hear about mentions, assignments and reminders here.`}):(0,J.jsx)(j,{gap:`xs`,component:`ul`,style:{listStyle:`none`,padding:0,margin:0},"aria-label":`Notifications`,children:m.map(e=>(0,J.jsx)(pi,{note:e,onRead:()=>void h({ids:[e.id]})},e.id))}):(0,J.jsx)(Me,{what:`your inbox`}),f?(0,J.jsxs)(s,{justify:`space-between`,children:[(0,J.jsx)(n,{size:`sm`,c:`dimmed`,children:H(f.totalCount,r?`unread notification`:`notification`)}),(0,J.jsxs)(s,{gap:`xs`,children:[i?(0,J.jsx)(p,{variant:`default`,size:`xs`,onClick:()=>g(`after`,null),children:`← Newest`}):null,f.pageInfo.hasNextPage?(0,J.jsx)(p,{variant:`default`,size:`xs`,onClick:()=>g(`after`,f.pageInfo.endCursor??null),children:`Older →`}):null]})]}):null]})}function pi({note:e,onRead:t}){let r=!e.readAt,i=di(e);return(0,J.jsx)(o,{component:`li`,withBorder:!0,radius:`md`,p:`sm`,bg:r?`indigo.0`:void 0,"data-testid":`notification`,"data-unread":r||void 0,children:(0,J.jsxs)(s,{justify:`space-between`,align:`flex-start`,wrap:`nowrap`,gap:`md`,children:[(0,J.jsxs)(j,{gap:4,style:{minWidth:0},children:[(0,J.jsxs)(s,{gap:`xs`,children:[(0,J.jsx)(c,{color:fn[e.kind]??`gray`,variant:r?`filled`:`light`,radius:`sm`,size:`sm`,children:z(dn,e.kind)}),r?(0,J.jsx)(n,{size:`xs`,fw:700,c:`indigo.8`,children:`Unread`}):null,(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,title:R(e.createdAt),children:[(0,J.jsx)(`time`,{dateTime:e.createdAt,children:Tn(e.createdAt)}),` · `,R(e.createdAt)]})]}),(0,J.jsx)(n,{size:`sm`,fw:r?600:void 0,children:e.message}),i?(0,J.jsx)(N,{component:P,to:i.to,size:`sm`,onClick:r?t:void 0,children:i.text}):null]}),r?(0,J.jsx)(p,{size:`compact-xs`,variant:`subtle`,onClick:t,"aria-label":`Mark read: ${e.message}`,children:`Mark read`}):null]})})}function mi({severity:e,size:t=`md`}){return(0,J.jsx)(ee,{label:Ne[e]??e,withArrow:!0,openDelay:300,children:(0,J.jsx)(c,{color:Le[e]??`gray`,variant:e===`SEV1`||e===`SEV2`?`filled`:`light`,size:t,radius:`sm`,"aria-label":`Severity ${Ne[e]??e}`,children:e})})}function hi({status:e,size:t=`md`}){return(0,J.jsx)(c,{color:Pe[e]??`gray`,variant:`dot`,size:t,radius:`sm`,children:z(Ie,e)})}var gi=V(`
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
`),_i=V(`
  query ServiceOptions {
    services(first: 100, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`),vi=[`RESPONDING`,`RESOLVED`,`ANALYSING`,`REVIEWING`,`FOLLOWING_UP`,`LEARNINGS_APPLIED`],yi=[`SEV1`,`SEV2`,`SEV3`,`SEV4`],bi=e=>!!e&&vi.includes(e),xi=e=>!!e&&yi.includes(e);function Si(){let[e,t]=he();return{q:(e.get(`q`)??``).trim(),status:bi(e.get(`status`))?e.get(`status`):null,severity:xi(e.get(`severity`))?e.get(`severity`):null,service:e.get(`service`)||null,after:e.get(`after`)||null,before:e.get(`before`)||null,update:(n,r)=>{let i=new URLSearchParams(e);r?.keepCursor||(i.delete(`after`),i.delete(`before`));for(let[e,t]of Object.entries(n))t?i.set(e,t):i.delete(e);t(i,{replace:r?.replace})}}}function Ci(){K(`Incidents`);let{q:e,status:t,severity:r,service:i,after:a,before:u,update:d}=Si(),f=(0,G.useMemo)(()=>{let n={};return e&&(n.or=[{titleContainsFold:e},{summaryContainsFold:e}]),t&&(n.status=t),r&&(n.severity=r),i&&(n.hasServicesWith=[{id:i}]),n},[e,t,r,i]),m=(0,G.useMemo)(()=>u?{last:20,before:u,where:f}:{first:20,after:a,where:f},[a,u,f]),[h,g]=L({query:gi,variables:m}),[_]=L({query:_i}),v=(0,G.useRef)(void 0);h.data&&(v.current=h.data);let y=h.data??v.current,[b,x]=(0,G.useState)(e);(0,G.useEffect)(()=>x(e),[e]),(0,G.useEffect)(()=>{if(b.trim()===e)return;let t=window.setTimeout(()=>d({q:b.trim()||null},{replace:!0}),300);return()=>window.clearTimeout(t)},[b]);let S=(_.data?.services.edges??[]).flatMap(e=>e?.node?[{value:e.node.id,label:e.node.name}]:[]),w=!!(e||t||r||i),T=y?.incidents,ee=(T?.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return(0,J.jsxs)(j,{gap:`lg`,children:[(0,J.jsx)(s,{justify:`space-between`,align:`flex-end`,children:(0,J.jsxs)(`div`,{children:[(0,J.jsx)(M,{order:1,children:`Incidents`}),(0,J.jsx)(n,{c:`dimmed`,size:`sm`,children:`Everything that went wrong, what people saw, and what we learned. Newest first.`})]})}),(0,J.jsx)(o,{withBorder:!0,p:`md`,radius:`md`,component:`section`,"aria-label":`Search and filters`,children:(0,J.jsx)(`form`,{role:`search`,onSubmit:e=>{e.preventDefault(),d({q:b.trim()||null})},children:(0,J.jsxs)(s,{align:`flex-end`,gap:`md`,wrap:`wrap`,children:[(0,J.jsx)(A,{label:`Search`,placeholder:`Words in the title or summary`,value:b,onChange:e=>x(e.currentTarget.value),style:{flex:`2 1 260px`},type:`search`,name:`q`}),(0,J.jsx)(k,{label:`Status`,placeholder:`Any status`,data:vi.map(e=>({value:e,label:Ie[e]})),value:t,onChange:e=>d({status:e}),clearable:!0,style:{flex:`1 1 160px`}}),(0,J.jsx)(k,{label:`Severity`,placeholder:`Any severity`,data:yi.map(e=>({value:e,label:`${e} — ${Ne[e].split(`:`)[0]}`})),value:r,onChange:e=>d({severity:e}),clearable:!0,style:{flex:`1 1 160px`}}),(0,J.jsx)(k,{label:`Service`,placeholder:_.fetching?`Loading services…`:`Any service`,data:S,value:i,onChange:e=>d({service:e}),searchable:!0,clearable:!0,nothingFoundMessage:`No service by that name`,style:{flex:`1 1 200px`}}),w?(0,J.jsx)(p,{variant:`subtle`,onClick:()=>{x(``),d({q:null,status:null,severity:null,service:null})},children:`Clear filters`}):null]})})}),h.error?(0,J.jsx)(B,{error:h.error,onRetry:()=>g({requestPolicy:`network-only`})}):null,!y&&h.fetching?(0,J.jsx)(Me,{what:`incidents`}):null,T?(0,J.jsxs)(j,{gap:`sm`,children:[(0,J.jsx)(s,{justify:`space-between`,children:(0,J.jsxs)(n,{size:`sm`,c:`dimmed`,"aria-live":`polite`,"data-testid":`incident-count`,children:[w?`${H(T.totalCount,`incident`)} ${T.totalCount===1?`matches`:`match`}`:H(T.totalCount,`incident`),h.fetching?` · updating…`:``]})}),ee.length===0?(0,J.jsx)(o,{withBorder:!0,p:`xl`,radius:`md`,children:(0,J.jsxs)(j,{align:`center`,gap:`xs`,children:[(0,J.jsx)(n,{fw:600,children:w?`No incidents match these filters.`:`No incidents yet.`}),(0,J.jsx)(n,{size:`sm`,c:`dimmed`,children:w?`Try fewer words or clear a filter.`:`Incidents appear here once they are recorded.`})]})}):(0,J.jsx)(o,{withBorder:!0,radius:`md`,style:{overflow:`hidden`},children:(0,J.jsx)(C.ScrollContainer,{minWidth:900,children:(0,J.jsxs)(C,{verticalSpacing:`sm`,horizontalSpacing:`md`,highlightOnHover:!0,className:`incident-table`,children:[(0,J.jsx)(l,{component:`caption`,children:`Incidents, newest first`}),(0,J.jsx)(C.Thead,{children:(0,J.jsxs)(C.Tr,{children:[(0,J.jsx)(C.Th,{children:`Incident`}),(0,J.jsx)(C.Th,{children:`Severity`}),(0,J.jsx)(C.Th,{children:`Status`}),(0,J.jsx)(C.Th,{children:`Started`}),(0,J.jsx)(C.Th,{children:`Services`}),(0,J.jsx)(C.Th,{children:`Open questions`}),(0,J.jsx)(C.Th,{style:{textAlign:`right`},children:`Action items`})]})}),(0,J.jsx)(C.Tbody,{children:ee.map(e=>{let t=(e.services.edges??[]).flatMap(e=>e?.node?[e.node]:[]),r=e.services.totalCount-t.length,i=e.actionItems.totalCount,a=e.openQuestions.totalCount;return(0,J.jsxs)(C.Tr,{"data-testid":`incident-row`,children:[(0,J.jsxs)(C.Td,{style:{maxWidth:420},children:[(0,J.jsx)(N,{component:P,to:`/incidents/${encodeURIComponent(e.id)}`,fw:600,c:`dark.8`,children:e.title}),e.summary?(0,J.jsx)(n,{size:`xs`,c:`dimmed`,lineClamp:1,children:e.summary}):null]}),(0,J.jsx)(C.Td,{children:(0,J.jsx)(mi,{severity:e.severity,size:`sm`})}),(0,J.jsx)(C.Td,{children:(0,J.jsx)(hi,{status:e.status,size:`sm`})}),(0,J.jsx)(C.Td,{children:(0,J.jsx)(n,{size:`sm`,title:R(e.startedAt),style:{whiteSpace:`nowrap`},children:(0,J.jsx)(`time`,{dateTime:e.startedAt,children:U(e.startedAt)})})}),(0,J.jsx)(C.Td,{children:(0,J.jsxs)(s,{gap:4,children:[t.map(e=>(0,J.jsx)(c,{variant:`outline`,color:`gray`,size:`sm`,radius:`sm`,children:e.name},e.id)),r>0?(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[`+`,r,` more`]}):null,t.length===0?(0,J.jsx)(n,{size:`xs`,c:`dimmed`,children:`None named`}):null]})}),(0,J.jsx)(C.Td,{"data-testid":`open-questions`,children:a>0?(0,J.jsx)(c,{color:`orange`,variant:`light`,size:`sm`,radius:`sm`,style:{whiteSpace:`nowrap`},children:H(a,`open question`)}):(0,J.jsx)(n,{size:`xs`,c:`dimmed`,children:`None open`})}),(0,J.jsx)(C.Td,{style:{textAlign:`right`},children:(0,J.jsxs)(n,{size:`sm`,c:i===0?`dimmed`:void 0,children:[i,(0,J.jsxs)(l,{children:[` `,i===1?`action item`:`action items`]})]})})]},e.id)})})]})})}),(0,J.jsxs)(s,{justify:`space-between`,component:`nav`,"aria-label":`Pages of incidents`,children:[(0,J.jsx)(p,{variant:`default`,disabled:!T.pageInfo.hasPreviousPage||!T.pageInfo.startCursor,onClick:()=>d({before:T.pageInfo.startCursor??null,after:null},{keepCursor:!0}),children:`← Previous`}),(0,J.jsx)(p,{variant:`default`,disabled:!T.pageInfo.hasNextPage||!T.pageInfo.endCursor,onClick:()=>d({after:T.pageInfo.endCursor??null,before:null},{keepCursor:!0}),children:`Next →`})]})]}):null]})}var wi=V(`
  mutation MarkLearningsApplied($incidentID: ID!, $version: Int!, $overrideReason: String) {
    markLearningsApplied(incidentID: $incidentID, version: $version, overrideReason: $overrideReason) {
      id
      version
      status
      learningsOverrideReason
    }
  }
`);function Ti({incident:e,onChanged:t}){let{viewer:r}=q(),[i,a]=I(wi),[c,l]=(0,G.useState)(!1),[u,d]=(0,G.useState)(``),f=Z(i.error,[`overrideReason`]),m=bn(r.role),g=r.role===`MEMBER`&&(e.createdByID===r.id||e.facilitator?.id===r.id),{open:v,overdue:y}=e.followThrough;if(e.status===`LEARNINGS_APPLIED`)return(0,J.jsx)(_,{color:`green`,variant:`light`,title:`Learnings applied`,"data-testid":`learnings-applied`,children:e.learningsOverrideReason?`Marked while actions were still open, because: ${e.learningsOverrideReason}`:`Every action from this incident was done or dropped.`});let b=async n=>{let r=await a({incidentID:e.id,version:e.version,overrideReason:n??null});r.error&&Z(r.error).code!==`CONFLICT`||t(),r.error||l(!1)};return(0,J.jsx)(o,{withBorder:!0,radius:`md`,p:`sm`,component:`section`,"aria-labelledby":`learnings-heading`,children:(0,J.jsxs)(j,{gap:`xs`,children:[(0,J.jsx)(M,{order:3,size:`h5`,id:`learnings-heading`,children:`Learnings applied?`}),v===0?(0,J.jsx)(n,{size:`sm`,children:e.followThrough.total?`Every action from this incident is done or dropped.`:`This incident has no actions.`}):(0,J.jsxs)(n,{size:`sm`,children:[H(v,`action`),` `,v===1?`is`:`are`,` still open`,y?`, ${y} overdue`:``,`. Learnings count as applied when every action is done or dropped with a reason.`,m?``:` An analyst can mark them applied sooner, with a reason.`]}),v===0&&(m||g)?(0,J.jsx)(s,{children:(0,J.jsx)(p,{size:`xs`,color:`green`,onClick:()=>void b(),loading:i.fetching,children:`Mark learnings applied`})}):null,v>0&&m?c?(0,J.jsx)(`form`,{onSubmit:e=>{e.preventDefault(),u.trim()&&b(u.trim())},children:(0,J.jsxs)(j,{gap:`xs`,children:[(0,J.jsx)(h,{label:`Why mark the learnings applied with actions still open?`,description:`The activity history keeps this reason.`,required:!0,autosize:!0,minRows:2,value:u,onChange:e=>d(e.currentTarget.value),error:f.fields.overrideReason}),(0,J.jsxs)(s,{gap:`xs`,children:[(0,J.jsx)(p,{type:`submit`,size:`xs`,color:`orange`,disabled:!u.trim(),loading:i.fetching,children:`Mark learnings applied anyway`}),(0,J.jsx)(p,{size:`xs`,variant:`default`,onClick:()=>l(!1),children:`Cancel`})]})]})}):(0,J.jsx)(N,{component:`button`,type:`button`,size:`sm`,onClick:()=>l(!0),style:{alignSelf:`flex-start`},children:`Mark applied anyway, with a reason…`}):null,f.code===`CONFLICT`?(0,J.jsx)(_,{color:`orange`,variant:`light`,role:`alert`,p:`xs`,children:`Someone else changed this incident meanwhile; the page now shows their version. Try again.`}):f.other?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:f.other}):null]})})}var Ei=`idle`,Di=new Set,Oi=new Set;function ki(e){if(e!==Ei){Ei=e;for(let e of Di)e()}}function Ai(e){return Oi.add(e),()=>Oi.delete(e)}function ji(e){return Di.add(e),()=>Di.delete(e)}function Mi(){return(0,G.useSyncExternalStore)(ji,()=>Ei)}function Ni(e){let t=Math.min(3e4,1e3*2**e),n=t/2+t/2*Math.random();return new Promise(e=>setTimeout(e,n))}function Pi(){return`${window.location.protocol===`https:`?`wss:`:`ws:`}//${window.location.host}/graphql`}var Fi=2e4,Ii=5e3,Li,Ri,zi=De({url:Pi,lazy:!0,lazyCloseTimeout:5e3,keepAlive:Fi,retryAttempts:2**53-1,retryWait:Ni,shouldRetry:()=>!0,on:{connecting:e=>ki(e?`reconnecting`:`connecting`),connected:e=>{Li=e,ki(`connected`);for(let e of[...Oi])e()},ping:e=>{e||(clearTimeout(Ri),Ri=setTimeout(()=>{Li?.readyState===WebSocket.OPEN&&Li.close(4408,`Ping timeout`)},Ii))},pong:e=>{e&&clearTimeout(Ri)},closed:e=>{clearTimeout(Ri),Li=void 0,ki(e?.code===1e3?`idle`:`reconnecting`)}}}),Bi=V(`
  subscription IncidentBoardChanged($incidentID: ID!) {
    boardChanged(incidentID: $incidentID) {
      incidentID
      kind
      entityID
      op
      at
    }
  }
`),Vi=`resync`,Hi=300,Ui=2e3,Wi=4e3,Gi=new Set;function Ki(e,t){let n=Te(),r=Mi(),[i,a]=(0,G.useState)(null),[o,s]=(0,G.useState)(Gi),[c,l]=(0,G.useState)(!1),u=(0,G.useRef)(t);return(0,G.useEffect)(()=>{u.current=t}),(0,G.useEffect)(()=>{let t=!1,r,i,o=0,c=!1,d=!1,f=new Set,p=async()=>{if(c)d=!0;else{c=!0;try{do{d=!1;let e=f;if(f=new Set,await u.current(),t)return;e.size>0&&(s(e),clearTimeout(i),i=setTimeout(()=>s(Gi),Wi))}while(d&&!t)}finally{c=!1,!t&&r===void 0&&l(!1)}}},m=e=>{e&&f.add(e),l(!0);let t=Date.now();r===void 0&&(o=t),clearTimeout(r),r=setTimeout(()=>{r=void 0,p()},Math.max(0,Math.min(Hi,o+Ui-t)))},h=n.subscription(Bi,{incidentID:e}).subscribe(t=>{if(t.error){a(e);return}let n=t.data?.boardChanged;n&&m(n.op===`deleted`||n.op===Vi?void 0:n.entityID)}),g=Ai(()=>m());return()=>{t=!0,l(!1),clearTimeout(r),clearTimeout(i),g(),h.unsubscribe()}},[n,e]),{status:i===e?`off`:r===`connected`?`live`:r===`reconnecting`?`reconnecting`:`connecting`,fresh:i===e?Gi:o,syncing:c}}var qi=(0,G.createContext)(Gi),Ji=qi.Provider;function Yi(){return(0,G.useContext)(qi)}var Xi={live:{label:`Live`,hint:`Changes anyone makes to this incident appear here as they happen.`},connecting:{label:`Connecting…`,hint:`Connecting for live updates.`},reconnecting:{label:`Reconnecting…`,hint:`The live connection dropped. The board catches up as soon as it is back.`},off:{label:`Not live`,hint:`Live updates are not available: reload the page to see the latest changes.`}};function Zi({status:e,syncing:t}){let{label:r,hint:i}=Xi[e];return(0,J.jsxs)(s,{gap:6,wrap:`nowrap`,role:`status`,title:i,"data-testid":`live-indicator`,"data-state":e,"data-syncing":t,className:`live-indicator`,children:[(0,J.jsx)(`span`,{className:`live-dot`,"aria-hidden":`true`}),(0,J.jsx)(n,{size:`xs`,c:`dimmed`,fw:500,children:r})]})}function Q({id:e,title:t,description:r,aside:i,children:a}){return(0,J.jsxs)(o,{withBorder:!0,radius:`md`,p:`lg`,component:`section`,id:e,"aria-labelledby":`${e}-heading`,className:`incident-section`,children:[(0,J.jsxs)(s,{justify:`space-between`,align:`flex-start`,mb:`md`,children:[(0,J.jsxs)(`div`,{children:[(0,J.jsx)(M,{order:2,size:`h3`,id:`${e}-heading`,children:t}),r?(0,J.jsx)(n,{size:`sm`,c:`dimmed`,children:r}):null]}),i]}),a]})}function $({children:e}){return(0,J.jsx)(n,{c:`dimmed`,size:`sm`,fs:`italic`,children:e})}function Qi({shown:e,total:t,what:r}){return t<=e?null:(0,J.jsxs)(n,{size:`sm`,c:`orange.8`,mt:`sm`,children:[`Showing the first `,e,` of `,t,` `,r,`.`]})}function $i(e){let{incident:t}=Y(),n=(0,G.useRef)(t);(0,G.useEffect)(()=>{n.current!==t&&(n.current=t,e({requestPolicy:`network-only`}))},[t,e])}var ea=V(`
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
        actionItems(first: 100, orderBy: [{ field: DUE_AT, direction: ASC }]) {
          totalCount
          edges {
            node {
              ...ActionItemFields
            }
          }
        }
      }
    }
  }
`);function ta(e,t){return e.dueAt===t.dueAt?0:e.dueAt?t.dueAt?e.dueAt<t.dueAt?-1:1:-1:1}var na=e=>e===`ADMIN`||e===`ANALYST`||e===`MEMBER`;function ra({incident:e}){let{viewer:t}=q(),{refetch:r}=Y(),i=(0,G.useMemo)(()=>({additionalTypenames:[`ActionItem`]}),[]),[a,o]=L({query:ea,variables:{id:e.id},context:i}),s=(0,G.useCallback)(()=>o({requestPolicy:`network-only`}),[o]);$i(s);let[c,l]=(0,G.useState)(null),u=a.data?.node,d=u?.__typename===`Incident`?u:void 0,f=W(d?.actionItems).sort(ta);aa(f.length>0);let m=c&&c!==`new`?f.find(e=>e.id===c):void 0,h=()=>{l(null),r()};return(0,J.jsxs)(Q,{id:`actions`,title:`Action items`,description:`What we decided to change, who owns it and by when.`,aside:na(t.role)?(0,J.jsx)(p,{size:`xs`,onClick:()=>l(`new`),children:`New action`}):null,children:[(0,J.jsxs)(j,{gap:`md`,children:[a.error&&!d?(0,J.jsx)(B,{error:a.error,onRetry:s}):null,d?(0,J.jsxs)(j,{gap:`xs`,children:[(0,J.jsx)(M,{order:3,size:`h5`,children:`Follow-through`}),(0,J.jsx)(Fr,{figures:d.followThrough,label:`How this incident's actions fared`})]}):null,!d&&a.fetching?(0,J.jsx)(n,{size:`sm`,c:`dimmed`,children:`Loading the actions…`}):f.length===0&&d?(0,J.jsx)($,{children:`No action items yet.`}):f.length?(0,J.jsx)(ia,{items:f,onEdit:l,onStale:s}):null,d?(0,J.jsx)(Qi,{shown:f.length,total:d.actionItems.totalCount,what:`action items`}):null,d?(0,J.jsx)(Ti,{incident:{...d,id:e.id},onChanged:()=>void r()}):null]}),(0,J.jsx)(se,{opened:c!==null,onClose:()=>l(null),title:m?`Edit action`:`New action`,size:`xl`,children:c===`new`?(0,J.jsx)(Zn,{from:{incidentIDs:[e.id]},onSaved:h,onCancel:()=>l(null)}):m?(0,J.jsx)(Zn,{action:m,onSaved:h,onCancel:()=>l(null),onStale:s},m.id):null})]})}function ia({items:e,onEdit:t,onStale:r}){let{viewer:i}=q(),a=Yi();return(0,J.jsx)(C.ScrollContainer,{minWidth:900,children:(0,J.jsxs)(C,{verticalSpacing:`sm`,"aria-label":`Action items of this incident`,children:[(0,J.jsx)(C.Thead,{children:(0,J.jsxs)(C.Tr,{children:[(0,J.jsx)(C.Th,{children:`Action`}),(0,J.jsx)(C.Th,{children:`Owner`}),(0,J.jsx)(C.Th,{children:`Due`}),(0,J.jsx)(C.Th,{children:`Status`}),(0,J.jsx)(C.Th,{children:`Priority · size`}),(0,J.jsx)(C.Th,{children:`Warnings`}),(0,J.jsx)(C.Th,{children:(0,J.jsx)(l,{children:`Edit`})})]})}),(0,J.jsx)(C.Tbody,{children:e.map(e=>{let o=Ve(e.trackerURL);return(0,J.jsxs)(C.Tr,{id:`action-${e.id}`,"data-testid":`action-row`,className:a.has(e.id)?`is-fresh`:void 0,children:[(0,J.jsxs)(C.Td,{style:{maxWidth:380},children:[(0,J.jsx)(n,{size:`sm`,fw:600,children:e.title}),e.insight?(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,lineClamp:2,children:[`From insight:`,` `,(0,J.jsx)(N,{href:`#insight-${e.insight.id}`,size:`xs`,children:e.insight.statement})]}):null,e.description?(0,J.jsx)(n,{size:`xs`,c:`dimmed`,lineClamp:2,children:e.description}):null,e.statusReason?(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[`Why: `,e.statusReason]}):null,o?(0,J.jsx)(N,{href:o,size:`xs`,target:`_blank`,rel:`noopener noreferrer`,children:`Open in tracker ↗`}):null]}),(0,J.jsxs)(C.Td,{children:[(0,J.jsx)(n,{size:`sm`,c:e.owner?void 0:`orange.8`,fw:e.owner?void 0:600,children:e.owner?.name??`No owner`}),(0,J.jsx)(n,{size:`xs`,c:`dimmed`,children:e.team?.name??`No team`})]}),(0,J.jsx)(C.Td,{children:(0,J.jsx)($n,{dueAt:e.dueAt,overdue:e.overdue})}),(0,J.jsx)(C.Td,{children:(0,J.jsxs)(j,{gap:4,align:`flex-start`,children:[(0,J.jsx)(Qn,{status:e.status}),(0,J.jsx)(er,{action:e,onStale:r})]})}),(0,J.jsxs)(C.Td,{children:[(0,J.jsx)(n,{size:`sm`,fw:e.priority===`CRITICAL`||e.priority===`HIGH`?600:void 0,children:z(We,e.priority)}),(0,J.jsx)(n,{size:`xs`,c:`dimmed`,children:z(Fe,e.size)})]}),(0,J.jsx)(C.Td,{children:(0,J.jsx)(tr,{warnings:e.warnings})}),(0,J.jsx)(C.Td,{children:yn(i.role,i.id,e)?(0,J.jsx)(p,{size:`compact-xs`,variant:`subtle`,onClick:()=>t(e.id),"aria-label":`Edit ${e.title}`,children:`Edit`}):null})]},e.id)})})]})})}function aa(e){let{hash:t}=me();(0,G.useEffect)(()=>{if(!e||!t.startsWith(`#action-`))return;let n=document.getElementById(t.slice(1));if(!n)return;n.scrollIntoView({block:`center`}),n.classList.add(`is-fresh`);let r=window.setTimeout(()=>n.classList.remove(`is-fresh`),4e3);return()=>window.clearTimeout(r)},[e,t])}var oa={a:({href:e,children:t})=>e?(0,J.jsx)(`a`,{href:e,target:`_blank`,rel:`noopener noreferrer nofollow`,children:t}):(0,J.jsx)(`span`,{children:t}),img:({alt:e})=>(0,J.jsx)(`span`,{children:e??``})};function sa({children:e,size:t=`sm`}){return e?(0,J.jsx)(`div`,{className:`prose markdown markdown-${t}`,children:(0,J.jsx)(Ae,{skipHtml:!0,components:oa,children:e})}):null}function ca(e,t=70){let n=e.replace(/\s+/g,` `).trim();return n.length>t?`${n.slice(0,t-1)}…`:n}function la(e){return`${Gt(e.occurredAt,It(),!0)} · ${ca(e.text)}`}function ua(e){return`${e.author?.name??`Someone`} (${z(Be,e.department)})`}function da(e){return ca(e.text)}var fa={event:`timeline`,perspective:`perspectives`,question:`questions`};function pa(e,t,n){if(e===`event`)return document.querySelector(`[data-event-id="${CSS.escape(t)}"]`);if(e===`perspective`)return document.querySelector(`[data-perspective-id="${CSS.escape(t)}"]`);let r=(n??``).replace(/\s+/g,` `).trim().slice(0,60);return r?[...document.querySelectorAll(`[data-testid="question"]`)].find(e=>(e.textContent??``).replace(/\s+/g,` `).includes(r))??null:null}function ma(e,t,n){let r=pa(e,t,n)??document.getElementById(fa[e]);r&&(r.scrollIntoView({block:`center`,behavior:`smooth`}),r.classList.add(`is-fresh`),window.setTimeout(()=>r.classList.remove(`is-fresh`),3e3))}function ha(e){return`#${fa[e]}`}var ga=V(`
  mutation PublishInsight($id: ID!, $version: Int!) {
    updateInsight(id: $id, version: $version, input: { status: PUBLISHED }) {
      id
      version
      status
    }
  }
`);function _a({insight:e,incident:t,onTurnIntoAction:r,onStale:i}){let{viewer:a}=q(),[l,u]=I(ga),d=W(e.factors),f=async()=>{Z((await u({id:e.id,version:e.version})).error).code===`CONFLICT`&&i()},m=Z(l.error),h=e.actionItems.totalCount;return(0,J.jsx)(o,{withBorder:!0,radius:`md`,p:`md`,id:`insight-${e.id}`,"data-testid":`insight`,component:`article`,"aria-labelledby":`insight-${e.id}-statement`,children:(0,J.jsxs)(j,{gap:`xs`,children:[(0,J.jsxs)(s,{justify:`space-between`,align:`flex-start`,wrap:`nowrap`,children:[(0,J.jsx)(M,{order:3,size:`h5`,id:`insight-${e.id}-statement`,children:e.statement}),(0,J.jsx)(c,{color:e.status===`PUBLISHED`?`green`:`gray`,variant:`light`,radius:`sm`,style:{flexShrink:0},children:z(un,e.status)})]}),e.detail?(0,J.jsx)(sa,{children:e.detail}):null,d.length?(0,J.jsxs)(s,{gap:6,"aria-label":`Contributing factors`,children:[(0,J.jsx)(n,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,children:`Factors`}),d.map(e=>(0,J.jsxs)(c,{variant:`outline`,color:`grape`,radius:`sm`,tt:`none`,title:e.category.name,children:[e.category.name,`: `,e.description]},e.id))]}):null,(0,J.jsx)(va,{insight:e,incident:t}),(0,J.jsxs)(s,{justify:`space-between`,gap:`xs`,children:[(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[e.createdBy?`By ${e.createdBy.name} · `:``,h?`${H(h,`action`)} from it`:`No actions from it yet`]}),(0,J.jsxs)(s,{gap:`xs`,children:[e.status===`DRAFT`&&bn(a.role)?(0,J.jsx)(p,{size:`compact-xs`,variant:`subtle`,onClick:()=>void f(),loading:l.fetching,children:`Publish`}):null,a.role===`VIEWER`?null:(0,J.jsx)(p,{size:`compact-sm`,variant:`light`,onClick:r,"aria-label":`Turn into action: ${e.statement}`,children:`Turn into action`})]})]}),m.code===`CONFLICT`?(0,J.jsx)(_,{color:`orange`,variant:`light`,role:`alert`,p:`xs`,children:`Someone else changed this insight meanwhile; it now shows their version. Try again.`}):m.other?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:m.other}):null]})})}function va({insight:e,incident:t}){let r=new Map(W(t.timelineEvents).map(e=>[e.id,e])),i=new Map(W(t.perspectives).map(e=>[e.id,e])),a=new Map(W(t.questions).map(e=>[e.id,e])),o=[...W(e.evidenceEvents).map(e=>{let t=r.get(e.id);return{kind:`event`,id:e.id,label:t?la(t):`a timeline event`}}),...W(e.evidencePerspectives).map(e=>{let t=i.get(e.id);return{kind:`perspective`,id:e.id,label:t?ua(t):`a perspective`}}),...W(e.evidenceQuestions).map(e=>{let t=a.get(e.id);return{kind:`question`,id:e.id,label:t?da(t):`a question`,text:t?.text}})],l=e.evidenceEvents.totalCount+e.evidencePerspectives.totalCount+e.evidenceQuestions.totalCount-o.length;if(o.length===0)return(0,J.jsx)(n,{size:`xs`,c:`orange.8`,children:`No evidence cited yet.`});let u={event:`Event`,perspective:`Perspective`,question:`Question`};return(0,J.jsxs)(s,{gap:6,"aria-label":`Evidence`,children:[(0,J.jsx)(n,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,children:`Evidence`}),o.map(e=>(0,J.jsxs)(c,{component:`a`,href:ha(e.kind),onClick:t=>{t.preventDefault(),ma(e.kind,e.id,e.text)},variant:`light`,color:e.kind===`event`?`indigo`:e.kind===`perspective`?`teal`:`orange`,radius:`sm`,tt:`none`,style:{cursor:`pointer`,maxWidth:360},"aria-label":`${u[e.kind]}: ${e.label}`,children:[u[e.kind],`: `,e.label]},`${e.kind}-${e.id}`)),l>0?(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[`and `,l,` more`]}):null]})}var ya=V(`
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
`);function ba({incidentID:e,factors:t,categories:r,value:i,onChange:a,error:o}){let[c,l]=(0,G.useState)([]),[u,d]=(0,G.useState)(``),[f,m]=(0,G.useState)(null),[h,g]=I(ya),v=Z(h.error,[`description`,`categoryID`]),y=(0,G.useMemo)(()=>{let e=new Map;for(let n of[...t,...c])e.set(n.id,n);let n=new Map;for(let t of e.values()){let e=n.get(t.category.name)??[];e.push({value:t.id,label:`${t.category.name}: ${t.description}`}),n.set(t.category.name,e)}return[...n.entries()].map(([e,t])=>({group:e,items:t}))},[t,c]),b=async()=>{if(!u.trim()||!f)return;let t=(await g({input:{incidentID:e,categoryID:f,description:u.trim()}})).data?.createContributingFactor;t&&(l(e=>[...e,t]),a([...i,t.id]),d(``))};return(0,J.jsxs)(j,{gap:6,children:[(0,J.jsx)(S,{label:`Contributing factors`,description:`What made this more likely or worse, each with its category`,placeholder:y.length?`Pick factors`:`None named on this incident yet: add one below`,data:y,value:i,onChange:a,searchable:!0,clearable:!0,error:o}),(0,J.jsxs)(s,{gap:`xs`,align:`flex-end`,wrap:`wrap`,children:[(0,J.jsx)(A,{size:`xs`,label:`New contributing factor`,placeholder:`e.g. Certificates outside automation expire silently`,value:u,onChange:e=>d(e.currentTarget.value),error:v.fields.description,style:{flex:`2 1 240px`}}),(0,J.jsx)(k,{size:`xs`,label:`Category`,placeholder:r.length?`Pick a category`:`No categories yet`,data:r.map(e=>({value:e.id,label:e.name})),value:f,onChange:m,searchable:!0,error:v.fields.categoryID,style:{flex:`1 1 180px`}}),(0,J.jsx)(p,{size:`xs`,variant:`light`,onClick:()=>void b(),loading:h.fetching,disabled:!u.trim()||!f,children:`Add factor`})]}),r.length===0?(0,J.jsx)(n,{size:`xs`,c:`dimmed`,children:`An admin adds categories under Admin → Taxonomy.`}):null,v.other?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:v.other}):null]})}var xa=V(`
  mutation CreateInsight($input: CreateInsightInput!) {
    createInsight(input: $input) {
      id
    }
  }
`),Sa=[`statement`,`detail`,`evidenceEventIDs`,`evidencePerspectiveIDs`,`evidenceQuestionIDs`,`factorIDs`];function Ca({incident:e,factors:t,categories:n,onSaved:r,onCancel:i}){let[a,o]=(0,G.useState)(``),[c,l]=(0,G.useState)(``),[d,f]=(0,G.useState)(!1),[m,g]=(0,G.useState)([]),[v,y]=(0,G.useState)([]),[b,x]=(0,G.useState)([]),[C,w]=(0,G.useState)([]),[ee,E]=I(xa),D=Z(ee.error,Sa),te=W(e.timelineEvents).map(e=>({value:e.id,label:la(e)})),O=W(e.perspectives).map(e=>({value:e.id,label:ua(e)})),k=W(e.questions).filter(e=>!!e.answer).map(e=>({value:e.id,label:da(e)}));return(0,J.jsx)(`form`,{onSubmit:async t=>{t.preventDefault(),a.trim()&&((await E({input:{incidentID:e.id,statement:a.trim(),detail:c.trim()||void 0,status:d?`PUBLISHED`:`DRAFT`,evidenceEventIDs:m.length?m:void 0,evidencePerspectiveIDs:v.length?v:void 0,evidenceQuestionIDs:b.length?b:void 0,factorIDs:C.length?C:void 0}})).error||r())},"aria-label":`Add an insight`,children:(0,J.jsxs)(j,{gap:`sm`,children:[(0,J.jsx)(A,{label:`Insight`,description:`What this incident taught us, in one sentence`,placeholder:`e.g. Certificates outside our automation expire without anyone noticing`,required:!0,value:a,onChange:e=>o(e.currentTarget.value),error:D.fields.statement,"data-autofocus":!0}),(0,J.jsx)(h,{label:`Detail`,description:`The reasoning behind it (Markdown)`,autosize:!0,minRows:2,value:c,onChange:e=>l(e.currentTarget.value),error:D.fields.detail}),(0,J.jsxs)(T,{cols:{base:1,md:3},spacing:`sm`,children:[(0,J.jsx)(S,{label:`Timeline events`,placeholder:te.length?`Cite events`:`No events yet`,data:te,value:m,onChange:g,searchable:!0,clearable:!0,error:D.fields.evidenceEventIDs}),(0,J.jsx)(S,{label:`Perspectives`,placeholder:O.length?`Cite perspectives`:`No perspectives yet`,data:O,value:v,onChange:y,searchable:!0,clearable:!0,error:D.fields.evidencePerspectiveIDs}),(0,J.jsx)(S,{label:`Answered questions`,placeholder:k.length?`Cite answers`:`No answered questions yet`,data:k,value:b,onChange:x,searchable:!0,clearable:!0,error:D.fields.evidenceQuestionIDs})]}),(0,J.jsx)(ba,{incidentID:e.id,factors:t,categories:n,value:C,onChange:w,error:D.fields.factorIDs}),(0,J.jsx)(u,{label:`Publish it now (drafts are for the review to discuss)`,checked:d,onChange:e=>f(e.currentTarget.checked)}),D.other?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,p:`xs`,title:D.code===`FORBIDDEN`?`You may not do this`:`Not saved`,children:D.other}):null,(0,J.jsxs)(s,{justify:`flex-end`,children:[(0,J.jsx)(p,{variant:`default`,onClick:i,children:`Cancel`}),(0,J.jsx)(p,{type:`submit`,loading:ee.fetching,disabled:!a.trim(),children:`Add insight`})]})]})})}var wa=V(`
  query IncidentInsights($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        insights(first: 50, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
          totalCount
          edges {
            node {
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
    factorCategories(first: 100, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
          description
        }
      }
    }
  }
`);function Ta({incident:e}){let{viewer:t}=q(),{refetch:r}=Y(),i=(0,G.useMemo)(()=>({additionalTypenames:[`Insight`,`ContributingFactor`]}),[]),[a,s]=L({query:wa,variables:{id:e.id},context:i}),c=(0,G.useCallback)(()=>s({requestPolicy:`network-only`}),[s]);$i(c);let[l,u]=(0,G.useState)(!1),[d,f]=(0,G.useState)(null),m=a.data?.node,h=m?.__typename===`Incident`?m:void 0,g=W(h?.insights),_=W(h?.contributingFactors),v=W(a.data?.factorCategories);return(0,J.jsxs)(Q,{id:`insights`,title:`Insights`,description:`What this incident taught us, the evidence for it, and the factors behind it.`,aside:bn(t.role)&&!l?(0,J.jsx)(p,{size:`xs`,onClick:()=>u(!0),children:`Add an insight`}):null,children:[(0,J.jsxs)(j,{gap:`md`,children:[a.error&&!h?(0,J.jsx)(B,{error:a.error,onRetry:c}):null,l?(0,J.jsx)(o,{bg:`gray.0`,p:`md`,radius:`md`,children:(0,J.jsx)(Ca,{incident:e,factors:_,categories:v,onSaved:()=>{u(!1),c(),r()},onCancel:()=>u(!1)})}):null,!h&&a.fetching?(0,J.jsx)(n,{size:`sm`,c:`dimmed`,children:`Loading the insights…`}):h&&g.length===0?(0,J.jsx)($,{children:`No insights yet.`}):g.map(t=>(0,J.jsx)(_a,{insight:t,incident:e,onTurnIntoAction:()=>f(t),onStale:c},t.id)),h?(0,J.jsx)(Qi,{shown:g.length,total:h.insights.totalCount,what:`insights`}):null]}),(0,J.jsx)(se,{opened:d!==null,onClose:()=>f(null),title:`Turn the insight into an action`,size:`xl`,children:d?(0,J.jsx)(Zn,{from:{insightID:d.id,incidentIDs:[e.id],insightStatement:d.statement},onSaved:()=>{f(null),c(),r()},onCancel:()=>f(null)}):null})]})}function Ea({incident:e}){let t=[{label:`Started`,at:e.startedAt},{label:`Detected`,at:e.detectedAt},{label:`Acknowledged`,at:e.acknowledgedAt},{label:`Mitigated`,at:e.mitigatedAt},{label:`Resolved`,at:e.resolvedAt}],r=e.durations,i=[{label:`Time to detect`,seconds:r.timeToDetect,help:`from start until someone noticed`},{label:`Time to acknowledge`,seconds:r.timeToAcknowledge,help:`from detection until a person picked it up`},{label:`Time to mitigate`,seconds:r.timeToMitigate,help:`from start until customers stopped feeling it`},{label:`Time to resolve`,seconds:r.timeToResolve,help:`from start until it was fully fixed`}];return(0,J.jsxs)(j,{gap:`sm`,component:`section`,"aria-labelledby":`milestones-heading`,children:[(0,J.jsx)(M,{order:2,size:`h5`,id:`milestones-heading`,children:`Milestones`}),(0,J.jsx)(`ol`,{className:`milestones`,children:t.map(e=>(0,J.jsxs)(`li`,{"data-reached":e.at?`true`:`false`,children:[(0,J.jsx)(`span`,{className:`milestone-dot`,"aria-hidden":`true`}),(0,J.jsx)(n,{size:`xs`,fw:700,tt:`uppercase`,c:`dimmed`,children:e.label}),e.at?(0,J.jsx)(n,{size:`sm`,children:(0,J.jsx)(`time`,{dateTime:e.at,children:R(e.at)})}):(0,J.jsx)(n,{size:`sm`,c:`dimmed`,children:`Not recorded`})]},e.label))}),(0,J.jsx)(T,{cols:{base:2,md:4},spacing:`sm`,children:i.map(e=>(0,J.jsxs)(`div`,{className:`duration`,children:[(0,J.jsx)(n,{size:`xs`,c:`dimmed`,children:e.label}),(0,J.jsx)(n,{fw:700,size:`lg`,children:e.seconds==null?`—`:Ke(e.seconds)}),(0,J.jsx)(n,{size:`xs`,c:`dimmed`,children:e.seconds==null?`not known yet`:e.help})]},e.label))})]})}var Da=V(`
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
`),Oa=V(`
  mutation CreateParticipant($input: CreateParticipantInput!) {
    createParticipant(input: $input) {
      id
    }
  }
`),ka=Object.entries(Ye).map(([e,t])=>({value:e,label:t})),Aa=Object.entries(Xe).map(([e,t])=>({value:e,label:t}));function ja(e){return e===`ADMIN`||e===`ANALYST`||e===`MEMBER`}function Ma(){let{viewer:e}=q(),{incident:t,refetch:n}=Y(),[r,i]=(0,G.useState)(``),[a]=x(r.trim(),250),[o,c]=(0,G.useState)(null),[l,u]=(0,G.useState)(`RESPONDER`),[d,f]=(0,G.useState)(``),[m,h]=(0,G.useState)(null),[g,v]=(0,G.useState)([]),[y,b]=(0,G.useState)(null),[C]=L({query:Da,variables:{q:a},pause:!ja(e.role)}),[w,T]=I(Oa),ee=(0,G.useMemo)(()=>new Set(W(t.participants).map(e=>e.user.id)),[t.participants]),E=W(C.data?.users).filter(e=>!ee.has(e.id)),D=E.map(e=>({value:e.id,label:e.name,hint:[e.title,z(Be,e.department)].filter(Boolean).join(` · `)}));y&&!D.some(e=>e.value===y.id)&&D.unshift({value:y.id,label:y.name,hint:``});let te=(0,G.useMemo)(()=>Rt([y?.timeZone]),[y?.timeZone]);return ja(e.role)?(0,J.jsxs)(`form`,{onSubmit:async e=>{if(e.preventDefault(),!o||!l)return;let r=await T({input:{incidentID:t.id,userID:o,role:l,location:d.trim()||void 0,timeZone:m||void 0,channels:g}});r.error?Ft(r.error)&&await n():(c(null),b(null),i(``),f(``),h(null),v([]),u(`RESPONDER`),await n())},"aria-label":`Add a participant`,className:`add-participant`,children:[(0,J.jsxs)(s,{gap:`xs`,align:`flex-end`,wrap:`wrap`,mt:`md`,children:[(0,J.jsx)(k,{label:`Person`,size:`xs`,placeholder:`Search the directory`,data:D,value:o,onChange:e=>{c(e);let t=E.find(t=>t.id===e)??(y?.id===e?y:null);b(t?{id:t.id,name:t.name,timeZone:t.timeZone}:null),h(t?.timeZone||null)},searchable:!0,searchValue:r,onSearchChange:i,filter:({options:e})=>e,nothingFoundMessage:C.fetching?`Searching…`:`Nobody by that name who is not already taking part`,renderOption:({option:e})=>{let t=D.find(t=>t.value===e.value)?.hint;return(0,J.jsxs)(`div`,{children:[(0,J.jsx)(`div`,{children:e.label}),t?(0,J.jsx)(`div`,{style:{fontSize:`var(--mantine-font-size-xs)`,color:`var(--mantine-color-dimmed)`},children:t}):null]})},clearable:!0,w:220}),(0,J.jsx)(k,{label:`Part they played`,size:`xs`,data:ka,value:l,onChange:u,allowDeselect:!1,w:180}),(0,J.jsx)(A,{label:`Where they were`,size:`xs`,placeholder:`e.g. Berlin office, on a train`,value:d,onChange:e=>f(e.currentTarget.value),w:200}),(0,J.jsx)(k,{label:`Time zone`,size:`xs`,data:te,value:m,onChange:h,searchable:!0,clearable:!0,w:190}),(0,J.jsx)(S,{label:`Channels used`,size:`xs`,data:Aa,value:g,onChange:v,placeholder:g.length?void 0:`Slack, Zoom…`,w:240}),(0,J.jsx)(p,{type:`submit`,size:`xs`,loading:w.fetching,disabled:!o||!l,children:`Add participant`})]}),w.error?(0,J.jsx)(_,{color:Ft(w.error)?`orange`:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:X(w.error)}):null]}):null}function Na({incident:e}){let t=W(e.participants),r=Yi();return(0,J.jsxs)(Q,{id:`participants`,title:`Participants`,description:`Who took part, in what role, from where, and how they were reached.`,children:[t.length===0?(0,J.jsx)($,{children:`Nobody is recorded as taking part yet.`}):(0,J.jsx)(C.ScrollContainer,{minWidth:640,children:(0,J.jsxs)(C,{verticalSpacing:`xs`,children:[(0,J.jsx)(C.Thead,{children:(0,J.jsxs)(C.Tr,{children:[(0,J.jsx)(C.Th,{children:`Name`}),(0,J.jsx)(C.Th,{children:`Role`}),(0,J.jsx)(C.Th,{children:`Location`}),(0,J.jsx)(C.Th,{children:`Time zone`}),(0,J.jsx)(C.Th,{children:`Channels`})]})}),(0,J.jsx)(C.Tbody,{children:t.map(e=>(0,J.jsxs)(C.Tr,{className:r.has(e.id)?`is-fresh`:void 0,children:[(0,J.jsxs)(C.Td,{children:[(0,J.jsx)(n,{size:`sm`,fw:600,children:e.user.name}),(0,J.jsx)(n,{size:`xs`,c:`dimmed`,children:[e.user.title,z(Be,e.user.department)].filter(Boolean).join(` · `)})]}),(0,J.jsx)(C.Td,{children:(0,J.jsx)(n,{size:`sm`,children:z(Ye,e.role)})}),(0,J.jsx)(C.Td,{children:(0,J.jsx)(n,{size:`sm`,c:e.location?void 0:`dimmed`,children:e.location||`Not recorded`})}),(0,J.jsx)(C.Td,{children:(0,J.jsx)(n,{size:`sm`,c:e.timeZone?void 0:`dimmed`,children:e.timeZone||`Not recorded`})}),(0,J.jsx)(C.Td,{children:e.channels&&e.channels.length>0?(0,J.jsx)(s,{gap:4,children:e.channels.map(e=>(0,J.jsx)(c,{variant:`light`,color:`blue`,size:`sm`,radius:`sm`,children:z(Xe,e)},e))}):(0,J.jsx)(n,{size:`sm`,c:`dimmed`,children:`None recorded`})})]},e.id))})]})}),(0,J.jsx)(Qi,{shown:t.length,total:e.participants.totalCount,what:`participants`}),(0,J.jsx)(Ma,{})]})}function Pa(e,t){return e?.graphQLErrors.find(e=>e.extensions?.code===t)}function Fa(e){let t=Pa(e,`CONFLICT`);if(!t)return null;let n=t.extensions,r=n.current&&typeof n.current==`object`?n.current:null,i=typeof n.currentVersion==`number`?n.currentVersion:typeof r?.version==`number`?r.version:null;return i===null?null:{currentVersion:i,current:r,message:t.message}}function Ia(e){return Pa(e,`FORBIDDEN`)?.message??null}var La=[`ADMIN`,`ANALYST`];function Ra(e,t,n){return La.includes(e)?!0:e===`MEMBER`&&!!n&&n===t}function za(e){return La.includes(e)}function Ba(e,t){if(t==null||t===``)return``;if(e.kind===`boolean`)return t?`true`:``;if(e.kind===`datetime`&&typeof t==`string`){let e=Date.parse(t);return Number.isNaN(e)?t:String(e)}return String(t)}function Va(e,t,n){return Ba(e,t)===Ba(e,n)}function Ha(e,t,n){return e.filter(e=>!Va(e,t[e.key],n[e.key])).map(e=>e.key)}function Ua(e,t){let n={};for(let r of e){let e=t[r.key];n[r.key]=r.kind===`boolean`?e===!0:typeof e==`string`?e:e==null?null:String(e)}return n}function Wa({field:e,value:t}){if(Ba(e,t)===``&&e.kind!==`boolean`)return(0,J.jsx)(n,{size:`sm`,c:`dimmed`,fs:`italic`,children:`empty`});switch(e.kind){case`markdown`:return(0,J.jsx)(sa,{children:String(t)});case`boolean`:return(0,J.jsx)(n,{size:`sm`,children:t?`Yes`:`No`});case`datetime`:return(0,J.jsx)(n,{size:`sm`,children:R(String(t))});case`select`:return(0,J.jsx)(n,{size:`sm`,children:e.options?.find(e=>e.value===t)?.label??String(t)});default:return(0,J.jsx)(n,{size:`sm`,style:{whiteSpace:`pre-wrap`},children:String(t)})}}function Ga({field:e,value:t,onChange:n,label:r,description:i,error:a}){let o=It();switch(e.kind){case`markdown`:return(0,J.jsx)(h,{label:r,description:i,error:a,autosize:!0,minRows:2,maxRows:12,value:typeof t==`string`?t:``,onChange:e=>n(e.currentTarget.value)});case`select`:return(0,J.jsx)(k,{label:r,description:i,error:a,data:e.options??[],value:typeof t==`string`?t:null,onChange:e=>n(e??t),allowDeselect:!1,comboboxProps:{withinPortal:!0}});case`boolean`:return(0,J.jsx)(u,{label:r,description:i,error:a,checked:t===!0,onChange:e=>n(e.currentTarget.checked)});case`datetime`:return(0,J.jsx)(A,{type:`datetime-local`,label:r,description:i??`On your clock (${o}).`,error:a,value:typeof t==`string`&&t?Ht(t,o):``,onChange:e=>n(Wt(e.currentTarget.value,o)??t)});default:return(0,J.jsx)(A,{label:r,description:i,error:a,value:typeof t==`string`?t:``,onChange:e=>n(e.currentTarget.value)})}}function Ka({error:e}){if(!e)return null;let t=Ia(e);return t?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,title:`You may not edit this`,p:`xs`,children:t}):(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:X(e)})}function qa({fields:e,save:t,onSaved:n}){let[r,i]=(0,G.useState)(null),[a,o]=(0,G.useState)(),[s,c]=(0,G.useState)(!1),l=(0,G.useCallback)(async(r,a,s,l)=>{if(Ha(e,r,s).length===0)return i(null),o(void 0),await n(),!0;c(!0);try{let c=await t(r,a,s),u=Fa(c.error);return u?.current?(o(void 0),i({base:l,mine:r,theirs:Ua(e,u.current),version:u.currentVersion}),!1):(o(c.error),!c.error&&(i(null),await n(),!0))}finally{c(!1)}},[e,t,n]);return{submit:(0,G.useCallback)((e,t,n)=>l(e,t,n,n),[l]),resolve:(0,G.useCallback)(e=>r?l(e,r.version,r.theirs,r.theirs):Promise.resolve(!1),[r,l]),discard:(0,G.useCallback)(async()=>{i(null),o(void 0),await n()},[n]),merge:r,error:a,saving:s}}function Ja({what:e,fields:t,state:r,saving:i,error:a,onResolve:l,onDiscard:u}){let[d,f]=(0,G.useState)({}),[m,h]=(0,G.useState)({});if((0,G.useEffect)(()=>{if(!r)return;let e={},n={};for(let i of t){let t=Va(i,r.mine[i.key],r.base[i.key])&&!Va(i,r.theirs[i.key],r.base[i.key]);n[i.key]=t?`theirs`:`mine`,e[i.key]=t?r.theirs[i.key]:r.mine[i.key]}f(e),h(n)},[r,t]),!r)return null;let g=t.filter(e=>!Va(e,r.mine[e.key],r.theirs[e.key])),_=t.length-g.length,v=(e,t)=>{h({...m,[e.key]:t}),t!==`edited`&&f({...d,[e.key]:t===`mine`?r.mine[e.key]:r.theirs[e.key]})},y={...r.theirs,...d};return(0,J.jsx)(se,{opened:!0,onClose:()=>void u(),title:`Someone else changed this ${e}`,size:`xl`,closeOnClickOutside:!1,children:(0,J.jsxs)(j,{gap:`md`,"data-testid":`conflict-merge`,children:[(0,J.jsxs)(n,{size:`sm`,children:[`It was saved by someone else while you were editing (it is now at version `,r.version,`). For each field that differs, keep yours or theirs, or edit the result; saving puts the result on top of their version.`]}),g.length===0?(0,J.jsx)(n,{size:`sm`,c:`dimmed`,children:`Your changes and theirs are the same: saving keeps them.`}):null,g.map(e=>{let t=m[e.key]??`mine`,i=`merge-${e.key}`;return(0,J.jsxs)(o,{withBorder:!0,radius:`md`,p:`sm`,role:`group`,"aria-labelledby":`${i}-label`,"data-field":e.key,children:[(0,J.jsxs)(s,{justify:`space-between`,mb:`xs`,children:[(0,J.jsx)(n,{fw:700,size:`sm`,id:`${i}-label`,children:e.label}),t===`edited`?(0,J.jsx)(c,{size:`sm`,variant:`light`,color:`grape`,children:`edited`}):null]}),(0,J.jsxs)(T,{cols:{base:1,sm:2},spacing:`sm`,mb:`xs`,children:[(0,J.jsxs)(`div`,{"data-testid":`merge-yours`,children:[(0,J.jsx)(n,{size:`xs`,fw:700,tt:`uppercase`,c:`dimmed`,children:`Yours`}),(0,J.jsx)(Wa,{field:e,value:r.mine[e.key]})]}),(0,J.jsxs)(`div`,{"data-testid":`merge-theirs`,children:[(0,J.jsx)(n,{size:`xs`,fw:700,tt:`uppercase`,c:`dimmed`,children:`Theirs (current)`}),(0,J.jsx)(Wa,{field:e,value:r.theirs[e.key]})]})]}),(0,J.jsx)(E.Group,{value:t===`edited`?``:t,onChange:t=>v(e,t),label:`Which to keep`,size:`xs`,mb:`xs`,children:(0,J.jsxs)(s,{gap:`md`,mt:4,children:[(0,J.jsx)(E,{value:`mine`,label:`Keep yours`}),(0,J.jsx)(E,{value:`theirs`,label:`Keep theirs`})]})}),(0,J.jsx)(Ga,{field:e,label:`Result: ${e.label}`,value:d[e.key]??null,onChange:t=>{f({...d,[e.key]:t}),h({...m,[e.key]:Va(e,t,r.mine[e.key])?`mine`:Va(e,t,r.theirs[e.key])?`theirs`:`edited`})}})]},e.key)}),_>0&&g.length>0?(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[_===1?`One other field is`:`${_} other fields are`,` the same in both.`]}):null,(0,J.jsx)(Ka,{error:a}),(0,J.jsxs)(s,{justify:`flex-end`,children:[(0,J.jsx)(p,{variant:`default`,onClick:()=>void u(),children:`Discard mine, keep theirs`}),(0,J.jsx)(p,{onClick:()=>void l(y),loading:i,children:`Save merged version`})]})]})})}var Ya=V(`
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
`),Xa=V(`
  mutation UpdateComment($id: ID!, $version: Int!, $input: UpdateCommentInput!) {
    updateComment(id: $id, version: $version, input: $input) {
      id
      version
      body
    }
  }
`),Za=[{key:`body`,label:`Comment`,kind:`markdown`}];function Qa({id:e,version:t,body:n,onDone:r}){let{refetch:i}=Y(),[a]=(0,G.useState)({body:n}),[o]=(0,G.useState)(t),[c,l]=(0,G.useState)(a),[,u]=I(Xa),{submit:d,resolve:f,discard:m,merge:h,error:g,saving:_}=qa({fields:Za,save:(0,G.useCallback)((t,n)=>u({id:e,version:n,input:{body:t.body.trim()}}),[u,e]),onSaved:(0,G.useCallback)(async()=>{await i(),r()},[i,r])});return(0,J.jsxs)(J.Fragment,{children:[(0,J.jsx)(`form`,{"aria-label":`Edit comment`,onSubmit:e=>{e.preventDefault(),c.body.trim()&&d(c,o,a)},children:(0,J.jsxs)(j,{gap:6,children:[(0,J.jsx)(Ga,{field:Za[0],label:`Edit your comment`,value:c.body,onChange:e=>l({body:typeof e==`string`?e:``})}),h?null:(0,J.jsx)(Ka,{error:g}),(0,J.jsxs)(s,{gap:`xs`,children:[(0,J.jsx)(p,{type:`submit`,size:`xs`,loading:_&&!h,disabled:!c.body.trim(),children:`Save comment`}),(0,J.jsx)(p,{type:`button`,size:`xs`,variant:`default`,onClick:r,children:`Cancel`})]})]})}),(0,J.jsx)(Ja,{what:`comment`,fields:Za,state:h,saving:_,error:h?g:void 0,onResolve:f,onDiscard:m})]})}function $a({commentID:e,onDone:t}){let[n]=L({query:Ya,variables:{id:e},requestPolicy:`network-only`}),r=n.data?.node;return n.error?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,p:`xs`,withCloseButton:!0,onClose:t,children:X(n.error)}):!r||r.__typename!==`Comment`?(0,J.jsx)(v,{size:`xs`,"aria-label":`Loading the comment`}):(0,J.jsx)(Qa,{id:r.id,version:r.version,body:r.body,onDone:t})}var eo=V(`
  mutation CreateComment($input: CreateCommentInput!) {
    createComment(input: $input) {
      id
    }
  }
`),to=V(`
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
`);function no(e,t){return!e.parentID&&(e.timelineEventID??void 0)===t.timelineEventID&&(e.perspectiveID??void 0)===t.perspectiveID&&(e.questionID??void 0)===t.questionID}function ro(e){return e.replace(/@\[([^\]\n]{1,100})\]/g,(e,t)=>`**@${t.replace(/([*_`[\]\\])/g,`\\$1`)}**`)}function io(e,t){let n=e.slice(0,t),r=/(^|\s)@(\[?)([^\]\n@]{0,40})$/.exec(n);if(!r)return null;let i=r[3];return!r[2]&&/\s/.test(i)?null:{start:t-i.length-r[2].length-1,query:i}}function ao({target:e,parentID:t,placeholder:n=`Write a comment… (Markdown; type @ to mention someone)`,onDone:r,submitLabel:i=`Comment`}){let{incident:a,refetch:c}=Y(),[l,u]=(0,G.useState)(``),[d,f]=(0,G.useState)(0),m=(0,G.useRef)(null),[g,v]=I(eo),y=io(l,d),[b]=L({query:to,variables:{q:y?.query??``},pause:!y||y.query.length<1}),x=y&&y.query.length>=1?W(b.data?.users):[],S=e=>{if(!y)return;let t=`@[${e}] `,n=l.slice(0,y.start)+t+l.slice(d);u(n);let r=y.start+t.length;f(r),requestAnimationFrame(()=>{m.current?.focus(),m.current?.setSelectionRange(r,r)})};return(0,J.jsx)(`form`,{onSubmit:async n=>{n.preventDefault(),l.trim()&&((await v({input:{incidentID:a.id,body:l.trim(),parentID:t,...e}})).error||(u(``),f(0),await c(),r?.()))},"aria-label":t?`Reply`:`New comment`,children:(0,J.jsxs)(j,{gap:6,children:[(0,J.jsx)(h,{ref:m,"aria-label":t?`Your reply`:`Your comment`,placeholder:n,autosize:!0,minRows:2,value:l,onChange:e=>{u(e.currentTarget.value),f(e.currentTarget.selectionStart??e.currentTarget.value.length)},onSelect:e=>f(e.currentTarget.selectionStart??0)}),x.length>0?(0,J.jsx)(o,{withBorder:!0,radius:`sm`,p:4,role:`listbox`,"aria-label":`People to mention`,children:x.slice(0,8).map(e=>(0,J.jsx)(p,{variant:`subtle`,size:`compact-sm`,role:`option`,"aria-selected":!1,onMouseDown:e=>e.preventDefault(),onClick:()=>S(e.name),children:e.name},e.id))}):null,g.error?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,children:X(g.error)}):null,(0,J.jsxs)(s,{gap:`xs`,children:[(0,J.jsx)(p,{type:`submit`,size:`xs`,loading:g.fetching,disabled:!l.trim(),children:i}),r?(0,J.jsx)(p,{type:`button`,size:`xs`,variant:`default`,onClick:r,children:`Cancel`}):null]})]})})}function oo({c:e}){let t=Yi(),{viewer:r}=q(),[i,a]=(0,G.useState)(!1);return(0,J.jsxs)(`div`,{className:t.has(e.id)?`comment is-fresh`:`comment`,"data-testid":`comment`,"data-comment-id":e.id,children:[(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[(0,J.jsx)(n,{span:!0,fw:600,c:`dark.6`,size:`xs`,children:e.createdBy?.name??`Someone`}),` `,`· `,R(e.createdAt),Ra(r.role,r.id,e.createdBy?.id)&&!i?(0,J.jsxs)(J.Fragment,{children:[` · `,(0,J.jsx)(N,{component:`button`,type:`button`,size:`xs`,onClick:()=>a(!0),children:`Edit comment`})]}):null]}),i?(0,J.jsx)($a,{commentID:e.id,onDone:()=>a(!1)}):(0,J.jsx)(`div`,{"data-testid":`comment-body`,children:(0,J.jsx)(sa,{children:ro(e.body)})})]})}function so({target:e}){let{incident:t}=Y(),n=W(t.comments),r=n.filter(t=>no(t,e)),i=e=>n.filter(t=>t.parentID===e),[a,s]=(0,G.useState)(null);return(0,J.jsxs)(j,{gap:`sm`,children:[r.map(t=>(0,J.jsxs)(o,{withBorder:!0,radius:`md`,p:`sm`,children:[(0,J.jsx)(oo,{c:t}),i(t.id).length>0?(0,J.jsx)(j,{gap:6,mt:`xs`,ml:`lg`,className:`comment-replies`,children:i(t.id).map(e=>(0,J.jsx)(oo,{c:e},e.id))}):null,a===t.id?(0,J.jsx)(`div`,{className:`comment-replies`,children:(0,J.jsx)(ao,{target:e,parentID:t.id,placeholder:`Write a reply…`,submitLabel:`Reply`,onDone:()=>s(null)})}):(0,J.jsx)(N,{component:`button`,type:`button`,size:`xs`,mt:4,onClick:()=>s(t.id),children:`Reply`})]},t.id)),(0,J.jsx)(ao,{target:e})]})}function co({target:e}){let{incident:t}=Y(),[n,r]=(0,G.useState)(!1),i=W(t.comments).filter(t=>no(t,e)).length;return(0,J.jsxs)(`div`,{className:`comment-toggle`,children:[(0,J.jsx)(N,{component:`button`,type:`button`,size:`xs`,onClick:()=>r(!n),"aria-expanded":n,children:n?`Hide comments`:i?`Comments (${i})`:`Comment`}),n?(0,J.jsx)(`div`,{className:`comment-thread-inline`,children:(0,J.jsx)(so,{target:e})}):null]})}function lo({incident:e}){let t=W(e.comments),n=t.filter(e=>no(e,{}));return(0,J.jsxs)(Q,{id:`comments`,title:`Discussion`,description:`Comments on the incident. Mention someone with @ to bring them in.`,children:[(0,J.jsxs)(j,{gap:`sm`,children:[n.length===0?(0,J.jsx)($,{children:`No comments yet.`}):null,(0,J.jsx)(so,{target:{}})]}),(0,J.jsx)(Qi,{shown:t.length,total:e.comments.totalCount,what:`comments`})]})}var uo=V(`
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
`);function fo(){let{viewer:e}=q(),{incident:t}=Y(),n=za(e.role),r=e.role===`MEMBER`,i=(0,G.useMemo)(()=>[...W(t.timelineEvents).map(e=>e.id),...W(t.perspectives).map(e=>e.id)].sort(),[t.timelineEvents,t.perspectives]),[a]=L({query:uo,variables:{incidentID:t.id,me:e.id,ids:i},pause:!r||i.length===0}),o=(0,G.useMemo)(()=>{let e=a.data?.node;return!e||e.__typename!==`Incident`?new Set:new Set([...W(e.timelineEvents),...W(e.perspectives)].map(e=>e.id))},[a.data]);return e=>n||r&&o.has(e)}var po=V(`
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
`),mo={impactObserved:`clearImpactObserved`,surprises:`clearSurprises`,whatHelped:`clearWhatHelped`,whatHurt:`clearWhatHurt`},ho=[{key:`department`,label:`Department`,kind:`select`,options:Object.entries(Be).map(([e,t])=>({value:e,label:t}))},{key:`whatTheySaw`,label:`What they saw`,kind:`markdown`},{key:`impactObserved`,label:`Impact they observed`,kind:`markdown`},{key:`surprises`,label:`What surprised them`,kind:`markdown`},{key:`whatHelped`,label:`What helped`,kind:`markdown`},{key:`whatHurt`,label:`What got in the way`,kind:`markdown`}];function go(e,t){let n={};for(let r of Ha(ho,e,t))if(r===`department`)n.department=e.department;else if(r===`whatTheySaw`)n.whatTheySaw=e.whatTheySaw.trim();else{let t=e[r].trim();t?n[r]=t:Object.assign(n,{[mo[r]]:!0})}return n}function _o({perspective:e,onDone:t}){let{refetch:n}=Y(),[r]=(0,G.useState)(()=>({department:e.department,whatTheySaw:e.whatTheySaw,impactObserved:e.impactObserved??``,surprises:e.surprises??``,whatHelped:e.whatHelped??``,whatHurt:e.whatHurt??``})),[i]=(0,G.useState)(e.version),[a,o]=(0,G.useState)(r),[c,l]=(0,G.useState)(!1),[,u]=I(po),{submit:d,resolve:f,discard:m,merge:h,error:g,saving:_}=qa({fields:ho,save:(0,G.useCallback)((t,n,r)=>u({id:e.id,version:n,input:go(t,r)}),[u,e.id]),onSaved:(0,G.useCallback)(async()=>{await n(),t()},[n,t])});return(0,J.jsxs)(J.Fragment,{children:[(0,J.jsx)(se,{opened:!h,onClose:t,title:`Edit perspective`,size:`lg`,children:(0,J.jsx)(`form`,{onSubmit:e=>{e.preventDefault(),a.whatTheySaw.trim()?(l(!1),d(a,i,r)):l(!0)},"aria-label":`Edit perspective`,children:(0,J.jsxs)(j,{gap:`sm`,children:[ho.map(e=>(0,J.jsx)(Ga,{field:e,label:e.label,value:a[e.key],onChange:t=>o({...a,[e.key]:typeof t==`string`?t:``}),error:e.key===`whatTheySaw`&&c?`Say what they saw.`:void 0},e.key)),(0,J.jsx)(Ka,{error:g}),(0,J.jsxs)(s,{justify:`flex-end`,children:[(0,J.jsx)(p,{variant:`default`,type:`button`,onClick:t,children:`Cancel`}),(0,J.jsx)(p,{type:`submit`,loading:_,children:`Save perspective`})]})]})})}),(0,J.jsx)(Ja,{what:`perspective`,fields:ho,state:h,saving:_,error:g,onResolve:f,onDiscard:m})]})}var vo=V(`
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
`),yo={text:`Text`,occurred_at:`Time`,kind:`Kind`,source:`Source`,source_ref:`Source reference`,actor_id:`Who (person)`,actor_name:`Who (name)`,evidence_url:`Evidence link`,key_moment:`Key moment`,department:`Department`,author_id:`Author`,what_they_saw:`What they saw`,surprises:`What surprised them`,what_helped:`What helped`,what_hurt:`What got in the way`,impact_observed:`Impact they observed`,body:`Comment`,answer:`Answer`,status:`Status`},bo={kind:Je,source:Xe,department:Be,status:ze};function xo(e){return yo[e]??e.charAt(0).toUpperCase()+e.slice(1).replace(/_/g,` `)}function So(e,t){return t==null||t===``?`—`:bo[e]?z(bo[e],t):e.endsWith(`_at`)?R(t):t===`true`?`Yes`:t===`false`?`No`:t}function Co({entityID:e,version:t,what:r}){let[i,a]=L({query:vo,variables:{id:e},requestPolicy:`network-only`}),o=(0,G.useRef)(t);(0,G.useEffect)(()=>{t!==o.current&&(o.current=t,a({requestPolicy:`network-only`}))},[t,a]);let s=i.data?.activities,c=(s?.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return(0,J.jsxs)(`section`,{className:`entity-history`,"aria-label":`History of this ${r}`,"data-testid":`history`,children:[i.error?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:X(i.error)}):s?c.length===0?(0,J.jsx)(n,{size:`xs`,c:`dimmed`,fs:`italic`,children:`No changes recorded.`}):(0,J.jsx)(`ol`,{className:`activity-list`,children:c.map(e=>(0,J.jsxs)(`li`,{"data-testid":`history-entry`,children:[(0,J.jsxs)(n,{size:`xs`,children:[(0,J.jsx)(n,{span:!0,fw:600,size:`xs`,children:e.actor?.name??`Debrief`}),` `,e.action===`CREATED`?`created it`:e.action===`DELETED`?`deleted it`:`changed it`,` ·`,` `,(0,J.jsx)(`time`,{dateTime:e.createdAt,children:R(e.createdAt)})]}),e.action===`UPDATED`&&e.changes&&e.changes.length>0?(0,J.jsxs)(C,{fz:`xs`,withTableBorder:!0,verticalSpacing:2,mt:2,mb:6,"aria-label":`Changed by ${e.actor?.name??`Debrief`}`,children:[(0,J.jsx)(C.Thead,{children:(0,J.jsxs)(C.Tr,{children:[(0,J.jsx)(C.Th,{children:`Field`}),(0,J.jsx)(C.Th,{children:`Before`}),(0,J.jsx)(C.Th,{children:`After`})]})}),(0,J.jsx)(C.Tbody,{children:e.changes.map(e=>(0,J.jsxs)(C.Tr,{children:[(0,J.jsx)(C.Td,{children:xo(e.field)}),(0,J.jsx)(C.Td,{style:{whiteSpace:`pre-wrap`},children:So(e.field,e.old)}),(0,J.jsx)(C.Td,{style:{whiteSpace:`pre-wrap`},children:So(e.field,e.new)})]},e.field))})]}):null]},e.id))}):(0,J.jsx)(v,{size:`xs`,"aria-label":`Loading the history`}),s&&s.totalCount>c.length?(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[`The `,c.length,` most recent of `,s.totalCount,` changes.`]}):null]})}var wo=[{key:`whatTheySaw`,label:`What they saw`},{key:`impactObserved`,label:`Impact they observed`},{key:`surprises`,label:`What surprised them`},{key:`whatHelped`,label:`What helped`},{key:`whatHurt`,label:`What got in the way`}],To=V(`
  mutation CreatePerspective($input: CreatePerspectiveInput!) {
    createPerspective(input: $input) {
      id
    }
  }
`);function Eo(e){if(e.board?.missingVoices)return e.board.missingVoices.departments;let t=new Set(W(e.perspectives).map(e=>e.department));return Pt.filter(e=>!t.has(e))}function Do({incident:e}){let t=Eo(e),r=e.board?.missingVoices.participants??[];return(0,J.jsxs)(o,{withBorder:!0,radius:`md`,p:`sm`,bg:t.length?`yellow.0`:`teal.0`,"data-testid":`missing-voices`,"data-missing":t.join(` `),"aria-label":`Missing voices`,role:`group`,children:[t.length===0?(0,J.jsx)(n,{size:`sm`,fw:600,children:`Every department has shared its perspective.`}):(0,J.jsxs)(s,{gap:6,children:[(0,J.jsx)(n,{size:`sm`,fw:600,children:`Not heard from yet:`}),t.map(e=>(0,J.jsx)(c,{color:`yellow`,variant:`light`,radius:`sm`,c:`dark.7`,"data-department":e,children:z(Be,e)},e))]}),r.length>0?(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,mt:4,children:[`Participants who have not contributed yet: `,r.map(e=>e.name).join(`, `)]}):null]})}function Oo({onDone:e}){let{viewer:t}=q(),{incident:r,refetch:i}=Y(),[a,o]=(0,G.useState)(t.department??`OTHER`),[c,l]=(0,G.useState)({whatTheySaw:``,surprises:``,whatHelped:``,whatHurt:``,impactObserved:``}),[u,d]=I(To),[f,m]=(0,G.useState)(!1),g=e=>t=>l({...c,[e]:t.currentTarget.value}),v=e=>e.trim()?e.trim():void 0;return(0,J.jsx)(`form`,{onSubmit:async n=>{n.preventDefault(),c.whatTheySaw.trim()?(await d({input:{incidentID:r.id,authorID:t.id,department:a,whatTheySaw:c.whatTheySaw.trim(),surprises:v(c.surprises),whatHelped:v(c.whatHelped),whatHurt:v(c.whatHurt),impactObserved:v(c.impactObserved)}})).error||(await i(),e()):m(!0)},"aria-label":`Your perspective`,children:(0,J.jsxs)(j,{gap:`sm`,children:[(0,J.jsx)(n,{size:`sm`,c:`dimmed`,children:`Tell it as you lived it — there are no wrong answers, and you do not need to know the technical details. You can use Markdown (**bold**, lists, links).`}),(0,J.jsx)(k,{label:`Your department`,description:`Which part of the company you speak for.`,data:Object.entries(Be).map(([e,t])=>({value:e,label:t})),value:a,onChange:e=>o(e??a),allowDeselect:!1}),(0,J.jsx)(h,{label:`What did you see?`,description:`What you noticed, heard from customers or colleagues, and when.`,required:!0,autosize:!0,minRows:3,value:c.whatTheySaw,onChange:e=>{m(!1),g(`whatTheySaw`)(e)},error:f?`Please tell us what you saw.`:void 0,"data-autofocus":!0}),(0,J.jsx)(h,{label:`What surprised you?`,description:`Anything you did not expect, or that worked differently than you thought.`,autosize:!0,minRows:2,value:c.surprises,onChange:g(`surprises`)}),(0,J.jsx)(h,{label:`What helped?`,description:`People, tools or information that made things easier.`,autosize:!0,minRows:2,value:c.whatHelped,onChange:g(`whatHelped`)}),(0,J.jsx)(h,{label:`What got in the way?`,description:`What slowed you down, confused you or was missing.`,autosize:!0,minRows:2,value:c.whatHurt,onChange:g(`whatHurt`)}),(0,J.jsx)(h,{label:`What impact did you see on customers or the business?`,description:`Complaints, tickets, lost sales, press, anything you noticed.`,autosize:!0,minRows:2,value:c.impactObserved,onChange:g(`impactObserved`)}),u.error?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,children:X(u.error)}):null,(0,J.jsxs)(s,{justify:`flex-end`,children:[(0,J.jsx)(p,{variant:`default`,onClick:e,type:`button`,children:`Cancel`}),(0,J.jsx)(p,{type:`submit`,loading:u.fetching,children:`Share perspective`})]})]})})}function ko({p:e,fresh:t,wide:r,canEdit:i}){let[a,o]=(0,G.useState)(!1),[c,l]=(0,G.useState)(!1);return(0,J.jsxs)(d,{withBorder:!0,radius:`md`,padding:`md`,className:t?`is-fresh`:void 0,"data-testid":`perspective`,"data-perspective-id":e.id,children:[(0,J.jsx)(n,{fw:600,size:`sm`,children:e.author.name}),e.author.title?(0,J.jsx)(n,{size:`xs`,c:`dimmed`,mb:`xs`,children:e.author.title}):null,(0,J.jsx)(T,{cols:{base:1,md:r?2:1},spacing:`md`,verticalSpacing:`xs`,mt:`xs`,children:wo.map(t=>e[t.key]?(0,J.jsxs)(`div`,{children:[(0,J.jsx)(n,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,children:t.label}),(0,J.jsx)(sa,{children:e[t.key]})]},t.key):null)}),(0,J.jsxs)(s,{gap:`md`,mt:`xs`,children:[i?(0,J.jsx)(N,{component:`button`,type:`button`,size:`xs`,onClick:()=>o(!0),children:`Edit perspective`}):null,(0,J.jsx)(N,{component:`button`,type:`button`,size:`xs`,onClick:()=>l(!c),"aria-expanded":c,children:c?`Hide history`:`History`})]}),a?(0,J.jsx)(_o,{perspective:e,onDone:()=>o(!1)}):null,c?(0,J.jsx)(Co,{entityID:e.id,version:e.version,what:`perspective`}):null,(0,J.jsx)(co,{target:{perspectiveID:e.id}})]})}function Ao({incident:e}){let t=W(e.perspectives),r=Yi(),i=fo(),[a,o]=(0,G.useState)(!1),s=new Map;for(let e of t){let t=s.get(e.department)??[];t.push(e),s.set(e.department,t)}return(0,J.jsxs)(Q,{id:`perspectives`,title:`Perspectives`,description:`How the incident looked from each part of the company, in people's own words.`,aside:(0,J.jsx)(p,{onClick:()=>o(!0),size:`sm`,children:`Add your perspective`}),children:[(0,J.jsx)(se,{opened:a,onClose:()=>o(!1),title:`Add your perspective`,size:`lg`,children:a?(0,J.jsx)(Oo,{onDone:()=>o(!1)}):null}),(0,J.jsxs)(j,{gap:`md`,children:[(0,J.jsx)(Do,{incident:e}),t.length===0?(0,J.jsx)($,{children:`No perspectives written yet.`}):(0,J.jsx)(j,{gap:`lg`,children:[...s.entries()].map(([e,t])=>(0,J.jsxs)(`section`,{"aria-labelledby":`perspectives-${e}`,"data-testid":`perspective-group`,"data-department":e,children:[(0,J.jsxs)(M,{order:3,size:`h5`,id:`perspectives-${e}`,mb:`xs`,children:[z(Be,e),` `,(0,J.jsxs)(n,{span:!0,c:`dimmed`,size:`sm`,fw:400,children:[`(`,t.length,`)`]})]}),(0,J.jsx)(T,{cols:{base:1,md:t.length===1?1:2},spacing:`md`,children:t.map(e=>(0,J.jsx)(ko,{p:e,fresh:r.has(e.id),wide:t.length===1,canEdit:i(e.id)},e.id))})]},e))})]}),(0,J.jsx)(Qi,{shown:t.length,total:e.perspectives.totalCount,what:`perspectives`})]})}var jo=V(`
  mutation CreateQuestion($input: CreateQuestionInput!) {
    createQuestion(input: $input) {
      id
    }
  }
`),Mo=V(`
  mutation UpdateQuestion($id: ID!, $version: Int!, $input: UpdateQuestionInput!) {
    updateQuestion(id: $id, version: $version, input: $input) {
      id
      version
      status
      answer
    }
  }
`),No={OPEN:0,ANSWERED:1,RESOLVED:2};function Po(){let{viewer:e}=q(),{incident:t,refetch:n}=Y(),[r,i]=(0,G.useState)(``),[a,o]=(0,G.useState)(null),[c,l]=I(jo),u=W(t.participants).map(e=>({value:e.user.id,label:e.user.name})),d=[...new Map(u.map(e=>[e.value,e])).values()];return(0,J.jsxs)(`form`,{onSubmit:async s=>{s.preventDefault(),r.trim()&&((await l({input:{incidentID:t.id,text:r.trim(),askedByID:e.id,assigneeID:a??void 0}})).error||(i(``),o(null),await n()))},"aria-label":`Ask a question`,children:[(0,J.jsxs)(s,{gap:`xs`,align:`flex-end`,children:[(0,J.jsx)(A,{label:`Ask a question`,size:`xs`,placeholder:`What do we still not know?`,value:r,onChange:e=>i(e.currentTarget.value),style:{flex:1,minWidth:240}}),(0,J.jsx)(k,{label:`Who could answer it? (optional)`,size:`xs`,data:d,value:a,onChange:o,clearable:!0,searchable:!0,w:220}),(0,J.jsx)(p,{type:`submit`,size:`xs`,loading:c.fetching,disabled:!r.trim(),children:`Ask`})]}),c.error?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:X(c.error)}):null]})}var Fo=[{key:`answer`,label:`Answer`,kind:`markdown`},{key:`status`,label:`Status`,kind:`select`,options:Object.entries(ze).map(([e,t])=>({value:e,label:t}))}];function Io(e,t){let n={};for(let r of Ha(Fo,e,t))r===`status`?n.status=e.status:e.answer.trim()?n.answer=e.answer.trim():n.clearAnswer=!0;return n}function Lo({q:e}){let{refetch:t}=Y(),[n,r]=(0,G.useState)(null),[i,a]=(0,G.useState)(``),[,o]=I(Mo),{submit:c,resolve:l,discard:u,merge:d,error:f,saving:m}=qa({fields:Fo,save:(0,G.useCallback)((t,n,r)=>o({id:e.id,version:n,input:Io(t,r)}),[o,e.id]),onSaved:(0,G.useCallback)(async()=>{r(null),a(``),await t()},[t])}),g=()=>({answer:e.answer??``,status:e.status}),_=t=>{let n=g();c({...n,status:t},e.version,n)};return(0,J.jsxs)(j,{gap:4,mt:`xs`,children:[n?(0,J.jsxs)(j,{gap:4,children:[(0,J.jsx)(h,{"aria-label":`Your answer`,placeholder:`What did you find out? (Markdown)`,autosize:!0,minRows:2,value:i,onChange:e=>a(e.currentTarget.value)}),(0,J.jsxs)(s,{gap:`xs`,children:[(0,J.jsx)(p,{size:`xs`,disabled:!i.trim(),loading:m&&!d,onClick:()=>void c({...n.base,answer:i},n.version,n.base),children:`Save answer`}),(0,J.jsx)(p,{size:`xs`,variant:`default`,onClick:()=>r(null),children:`Cancel`})]})]}):(0,J.jsxs)(s,{gap:`md`,children:[(0,J.jsx)(N,{component:`button`,type:`button`,size:`xs`,onClick:()=>{a(e.answer??``),r({base:g(),version:e.version})},children:e.answer?`Edit answer`:`Answer`}),e.status===`RESOLVED`?(0,J.jsx)(N,{component:`button`,type:`button`,size:`xs`,onClick:()=>_(`OPEN`),children:`Reopen`}):(0,J.jsx)(N,{component:`button`,type:`button`,size:`xs`,onClick:()=>_(`RESOLVED`),children:`Mark resolved`}),(0,J.jsx)(co,{target:{questionID:e.id}})]}),d?null:(0,J.jsx)(Ka,{error:f}),(0,J.jsx)(Ja,{what:`question`,fields:Fo,state:d,saving:m,error:d?f:void 0,onResolve:l,onDiscard:u})]})}function Ro({incident:e}){let t=W(e.questions),r=Yi(),i=[...t].sort((e,t)=>(No[e.status]??9)-(No[t.status]??9)),a=t.filter(e=>e.status===`OPEN`).length;return(0,J.jsxs)(Q,{id:`questions`,title:`Open questions`,description:`Things we do not know yet, or gaps in the data, and what was found out.`,aside:(0,J.jsxs)(c,{color:a?`orange`:`green`,variant:`light`,size:`lg`,radius:`sm`,"data-testid":`unanswered-count`,children:[a,` unanswered`]}),children:[(0,J.jsx)(o,{bg:`gray.0`,p:`sm`,radius:`md`,mb:`md`,children:(0,J.jsx)(Po,{})}),i.length===0?(0,J.jsx)($,{children:`No questions asked yet.`}):(0,J.jsx)(j,{gap:`sm`,children:i.map(e=>(0,J.jsxs)(o,{withBorder:!0,radius:`md`,p:`md`,"data-testid":`question`,className:`question${e.status===`OPEN`?` is-open`:``}${r.has(e.id)?` is-fresh`:``}`,children:[(0,J.jsxs)(s,{justify:`space-between`,align:`flex-start`,wrap:`nowrap`,gap:`md`,children:[(0,J.jsx)(`div`,{style:{fontWeight:600},children:(0,J.jsx)(sa,{children:e.text})}),(0,J.jsx)(c,{color:Ue[e.status]??`gray`,variant:`light`,radius:`sm`,style:{flexShrink:0},children:z(ze,e.status)})]}),(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,mt:4,children:[`Asked by `,e.askedBy?.name??`someone not recorded`,e.assignee?` · assigned to ${e.assignee.name}`:``]}),e.answer?(0,J.jsxs)(`div`,{className:`answer`,children:[(0,J.jsxs)(n,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,children:[`Answer`,e.answeredBy?` from ${e.answeredBy.name}`:``,e.answeredAt?`, ${R(e.answeredAt)}`:``]}),(0,J.jsx)(sa,{children:e.answer})]}):(0,J.jsx)(n,{size:`sm`,c:`dimmed`,fs:`italic`,mt:`xs`,children:`No answer yet.`}),(0,J.jsx)(Lo,{q:e})]},e.id))}),(0,J.jsx)(Qi,{shown:t.length,total:e.questions.totalCount,what:`questions`})]})}var zo=V(`
  mutation CreateTimelineEvent($input: CreateTimelineEventInput!) {
    createTimelineEvent(input: $input) {
      id
    }
  }
`),Bo=V(`
  mutation CreateTimelineEvents($incidentID: ID!, $events: [NewTimelineEvent!]!) {
    createTimelineEvents(incidentID: $incidentID, events: $events) {
      id
    }
  }
`),Vo=Object.entries(Je).filter(([e])=>e!==`MILESTONE`).map(([e,t])=>({value:e,label:t})),Ho=Object.entries(Xe).map(([e,t])=>({value:e,label:t}));function Uo(){let{incident:e}=Y();return(0,G.useMemo)(()=>Rt(W(e.participants).map(e=>e.timeZone)),[e.participants])}function Wo(){let{incident:e,refetch:t}=Y(),n=Uo(),[r,i]=(0,G.useState)(It()),[a,o]=(0,G.useState)(()=>Ht(Date.now(),It())),[c,l]=(0,G.useState)(`OBSERVATION`),[u,d]=(0,G.useState)(`DEBRIEF`),[f,m]=(0,G.useState)(``),[h,g]=I(zo),[v,y]=(0,G.useState)(!1);return(0,J.jsxs)(`form`,{onSubmit:async n=>{n.preventDefault();let i=Wt(a,r);!i||!f.trim()?y(!0):(y(!1),(await g({input:{incidentID:e.id,occurredAt:i,kind:c,source:u,text:f.trim()}})).error||(m(``),await t()))},"aria-label":`Add to the timeline`,className:`quick-entry`,children:[(0,J.jsxs)(s,{gap:`xs`,align:`flex-end`,wrap:`wrap`,children:[(0,J.jsx)(A,{type:`datetime-local`,label:`When`,size:`xs`,value:a,onChange:e=>o(e.currentTarget.value),w:190}),(0,J.jsx)(k,{label:`Time zone`,size:`xs`,data:n,value:r,onChange:e=>{if(!e)return;let t=Wt(a,r);i(e),t&&o(Ht(t,e))},searchable:!0,allowDeselect:!1,w:190}),(0,J.jsx)(k,{label:`Kind`,size:`xs`,data:Vo,value:c,onChange:e=>l(e??c),allowDeselect:!1,w:150}),(0,J.jsx)(k,{label:`Source`,size:`xs`,data:Ho,value:u,onChange:e=>d(e??u),allowDeselect:!1,w:130}),(0,J.jsx)(A,{label:`What happened`,size:`xs`,placeholder:`e.g. Support saw the first tickets about failed payments`,value:f,onChange:e=>m(e.currentTarget.value),style:{flex:1,minWidth:220},error:v&&!f.trim()?`Say what happened`:void 0}),(0,J.jsx)(p,{type:`submit`,size:`xs`,loading:h.fetching,children:`Add`})]}),h.error?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:X(h.error)}):null]})}function Go(e,t,n){let[r,i,a]=n.split(`-`).map(Number),o=0,s=-1,c=[];return e.split(/\r?\n/).forEach((e,n)=>{let l=e.trim();if(!l)return;let u=/^\[?(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?\]?\s+([^:]{1,80}?):\s*(.+)$/.exec(l);if(u){let[,e,r,i,a,o,s,l,d,f]=u,p=l?new Date(`${e}-${r}-${i}T${a}:${o}:${s??`00`}${l.length===5?`${l.slice(0,3)}:${l.slice(3)}`:l}`):null;c.push({line:n+1,occurredAt:p?Number.isNaN(p.getTime())?null:p.toISOString():Ut(+e,+r,+i,+a,+o,+(s??0),t),name:d.trim(),text:f.trim()});return}let d=/^\[?(\d{1,2}):(\d{2})(?::(\d{2}))?\]?\s+([^:]{1,80}?):\s*(.+)$/.exec(l);if(d){let[,e,l,u,f,p]=d,m=e*60+ +l;s>=0&&m<s&&o++,s=m;let h=+e<24&&+l<60;c.push({line:n+1,occurredAt:h?Ut(r,i,a+o,+e,+l,+(u??0),t):null,name:f.trim(),text:p.trim()})}else c.push({line:n+1,occurredAt:null,name:``,text:l})}),c}function Ko({onDone:e}){let{incident:t,refetch:r}=Y(),i=Uo(),[a,o]=(0,G.useState)(It()),[l,u]=(0,G.useState)(`SLACK`),[d,f]=(0,G.useState)(``),[m,g]=I(Bo),v=Ht(t.startedAt,a).slice(0,10),y=(0,G.useMemo)(()=>Go(d,a,v),[d,a,v]),b=(0,G.useMemo)(()=>{let e=new Map;for(let n of W(t.participants))e.set(n.user.name.toLowerCase(),n.user.id);return e},[t.participants]),x=y.filter(e=>e.occurredAt);return(0,J.jsxs)(j,{gap:`xs`,className:`bulk-paste`,children:[(0,J.jsxs)(s,{gap:`xs`,align:`flex-end`,children:[(0,J.jsx)(k,{label:`Times are in`,size:`xs`,data:i,value:a,onChange:e=>o(e??a),searchable:!0,allowDeselect:!1,w:200}),(0,J.jsx)(k,{label:`Source`,size:`xs`,data:Ho,value:l,onChange:e=>u(e??l),allowDeselect:!1,w:140}),(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[`Lines with only a time are taken to be on `,v,` (the day the incident started), moving to the next day when the clock wraps.`]})]}),(0,J.jsx)(h,{label:`Chat lines`,description:`One message a line: “14:05 Grace O'Neill: tickets are piling up” or “2026-03-01T14:05:00Z Grace: …”`,autosize:!0,minRows:4,maxRows:14,value:d,onChange:e=>f(e.currentTarget.value)}),y.length>0?(0,J.jsxs)(C,{striped:!0,withTableBorder:!0,fz:`xs`,"aria-label":`Preview of the events to add`,children:[(0,J.jsx)(C.Thead,{children:(0,J.jsxs)(C.Tr,{children:[(0,J.jsx)(C.Th,{children:`Line`}),(0,J.jsxs)(C.Th,{children:[`Time (`,a,`)`]}),(0,J.jsx)(C.Th,{children:`Who`}),(0,J.jsx)(C.Th,{children:`Text`})]})}),(0,J.jsx)(C.Tbody,{children:y.map(e=>(0,J.jsxs)(C.Tr,{c:e.occurredAt?void 0:`dimmed`,children:[(0,J.jsx)(C.Td,{children:e.line}),(0,J.jsx)(C.Td,{children:e.occurredAt?Gt(e.occurredAt,a,!0):(0,J.jsx)(c,{color:`gray`,size:`xs`,children:`skipped: not understood`})}),(0,J.jsxs)(C.Td,{children:[e.name,` `,e.name&&b.has(e.name.toLowerCase())?(0,J.jsx)(c,{size:`xs`,variant:`light`,color:`teal`,children:`participant`}):null]}),(0,J.jsx)(C.Td,{children:e.text})]},e.line))})]}):null,m.error?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:X(m.error)}):null,(0,J.jsxs)(s,{gap:`xs`,children:[(0,J.jsxs)(p,{size:`xs`,onClick:async()=>{(await g({incidentID:t.id,events:x.map(e=>{let t=b.get(e.name.toLowerCase());return{occurredAt:e.occurredAt,kind:`COMMUNICATION`,source:l,text:e.text,...t?{actorID:t}:{actorName:e.name}}})})).error||(f(``),await r(),e())},disabled:x.length===0||x.length>500,loading:m.fetching,children:[`Add `,x.length,` event`,x.length===1?``:`s`]}),(0,J.jsx)(p,{size:`xs`,variant:`default`,onClick:e,children:`Cancel`})]})]})}var qo=V(`
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
`),Jo=[{key:`text`,label:`What happened`,kind:`markdown`},{key:`occurredAt`,label:`When`,kind:`datetime`},{key:`kind`,label:`Kind`,kind:`select`,options:Vo},{key:`source`,label:`Source`,kind:`select`,options:Ho},{key:`keyMoment`,label:`Key moment`,kind:`boolean`}];function Yo(e,t){let n={};for(let r of Ha(Jo,e,t))r===`text`&&(n.text=e.text.trim()),r===`occurredAt`&&(n.occurredAt=e.occurredAt),r===`kind`&&(n.kind=e.kind),r===`source`&&(n.source=e.source),r===`keyMoment`&&(n.keyMoment=e.keyMoment);return n}function Xo({event:e,onDone:t}){let{refetch:n}=Y(),[r]=(0,G.useState)(()=>({text:e.text,occurredAt:e.occurredAt,kind:e.kind,source:e.source,keyMoment:e.keyMoment})),[i]=(0,G.useState)(e.version),[a,o]=(0,G.useState)(r),[c,l]=(0,G.useState)(!1),[,u]=I(qo),{submit:d,resolve:f,discard:m,merge:h,error:g,saving:_}=qa({fields:Jo,save:(0,G.useCallback)((t,n,r)=>u({id:e.id,version:n,input:Yo(t,r)}),[u,e.id]),onSaved:(0,G.useCallback)(async()=>{await n(),t()},[n,t])}),v=e=>{e.preventDefault(),!a.text.trim()||!a.occurredAt?l(!0):(l(!1),d(a,i,r))},y=e=>Jo.find(t=>t.key===e),b=e=>t=>o({...a,[e]:t});return(0,J.jsxs)(J.Fragment,{children:[(0,J.jsx)(`form`,{onSubmit:v,"aria-label":`Edit timeline event`,className:`edit-form`,children:(0,J.jsxs)(j,{gap:`xs`,children:[(0,J.jsx)(Ga,{field:y(`text`),label:`What happened`,value:a.text,onChange:b(`text`),error:c&&!a.text.trim()?`Say what happened`:void 0}),(0,J.jsxs)(T,{cols:{base:1,sm:3},spacing:`xs`,children:[(0,J.jsx)(Ga,{field:y(`occurredAt`),label:`When`,value:a.occurredAt,onChange:b(`occurredAt`)}),(0,J.jsx)(Ga,{field:y(`kind`),label:`Kind`,value:a.kind,onChange:b(`kind`)}),(0,J.jsx)(Ga,{field:y(`source`),label:`Source`,value:a.source,onChange:b(`source`)})]}),(0,J.jsx)(Ga,{field:y(`keyMoment`),label:`Key moment`,value:a.keyMoment,onChange:b(`keyMoment`)}),h?null:(0,J.jsx)(Ka,{error:g}),(0,J.jsxs)(s,{gap:`xs`,children:[(0,J.jsx)(p,{type:`submit`,size:`xs`,loading:_&&!h,children:`Save event`}),(0,J.jsx)(p,{type:`button`,size:`xs`,variant:`default`,onClick:t,children:`Cancel`})]})]})}),(0,J.jsx)(Ja,{what:`timeline event`,fields:Jo,state:h,saving:_,error:h?g:void 0,onResolve:f,onDiscard:m})]})}function Zo({e,fresh:t,canEdit:r}){let[i,a]=(0,G.useState)(!1),[o,l]=(0,G.useState)(!1),u=e.actor?.name??e.actorName,d=Ve(e.evidenceURL),f=e.sourceRef&&/^https?:\/\//i.test(e.sourceRef)?Ve(e.sourceRef):void 0,p=[`timeline-event`];return e.milestone&&p.push(`is-milestone`),e.keyMoment&&p.push(`is-key`),t&&p.push(`is-fresh`),(0,J.jsxs)(`li`,{className:p.join(` `),"data-testid":`timeline-event`,"data-event-id":e.id,children:[(0,J.jsx)(`time`,{className:`timeline-time`,dateTime:e.occurredAt,title:R(e.occurredAt),children:Qe(e.occurredAt)}),(0,J.jsx)(`span`,{className:`timeline-marker`,"aria-hidden":`true`}),(0,J.jsxs)(`div`,{className:`timeline-body`,children:[(0,J.jsxs)(s,{gap:6,mb:4,children:[e.milestone?(0,J.jsxs)(c,{color:`indigo`,variant:`filled`,size:`sm`,radius:`sm`,children:[`Milestone: `,z(He,e.milestone)]}):null,e.keyMoment?(0,J.jsx)(c,{color:`yellow`,variant:`filled`,size:`sm`,radius:`sm`,c:`dark.8`,children:`★ Key moment`}):null,e.milestone&&e.kind===`MILESTONE`?null:(0,J.jsx)(c,{color:`gray`,variant:`light`,size:`sm`,radius:`sm`,children:z(Je,e.kind)}),(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[`via `,z(Xe,e.source),u?` · ${u}`:``]})]}),i?(0,J.jsx)(Xo,{event:e,onDone:()=>a(!1)}):(0,J.jsxs)(J.Fragment,{children:[(0,J.jsx)(sa,{children:e.text}),d||e.sourceRef?(0,J.jsxs)(s,{gap:`md`,mt:4,children:[d?(0,J.jsx)(N,{href:d,size:`xs`,target:`_blank`,rel:`noopener noreferrer`,children:`Evidence ↗`}):null,f?(0,J.jsxs)(N,{href:f,size:`xs`,c:`dimmed`,target:`_blank`,rel:`noopener noreferrer`,title:e.sourceRef??void 0,children:[`Original in `,z(Xe,e.source),` ↗`]}):e.sourceRef?(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[`Source: `,e.sourceRef]}):null]}):null]}),(0,J.jsxs)(s,{gap:`md`,mt:4,children:[r&&!i?(0,J.jsx)(N,{component:`button`,type:`button`,size:`xs`,onClick:()=>a(!0),children:`Edit event`}):null,(0,J.jsx)(N,{component:`button`,type:`button`,size:`xs`,onClick:()=>l(!o),"aria-expanded":o,children:o?`Hide history`:`History`})]}),o?(0,J.jsx)(Co,{entityID:e.id,version:e.version,what:`event`}):null,(0,J.jsx)(co,{target:{timelineEventID:e.id}})]})]})}function Qo({incident:e}){let[t,r]=(0,G.useState)(`all`),i=W(e.timelineEvents),a=Yi(),c=fo(),[l,u]=(0,G.useState)(null),[d,f]=(0,G.useState)(null),[m,h]=(0,G.useState)(null),[g,_]=(0,G.useState)(!1),v=e=>e.actor?.name??e.actorName??``,y=[...new Set(i.map(v).filter(Boolean))].sort(),b=i.filter(e=>(t!==`key`||e.keyMoment||e.milestone)&&(!l||e.kind===l)&&(!d||e.source===d)&&(!m||v(e)===m)),x=t===`key`||l||d||m,S=[];for(let e of b){let t=Ge(e.occurredAt);(S.length===0||S[S.length-1].day!==t)&&S.push({day:t,events:[]}),S[S.length-1].events.push(e)}return(0,J.jsxs)(Q,{id:`timeline`,title:`Timeline`,description:`What happened, in order. Times are in your time zone.`,aside:i.length>0?(0,J.jsx)(oe,{size:`xs`,value:t,onChange:e=>r(e),data:[{value:`all`,label:`All events (${i.length})`},{value:`key`,label:`Key moments`}],"aria-label":`Which events to show`}):null,children:[(0,J.jsxs)(j,{gap:`sm`,mb:`md`,children:[(0,J.jsxs)(o,{bg:`gray.0`,p:`sm`,radius:`md`,children:[(0,J.jsx)(Wo,{}),(0,J.jsx)(s,{justify:`flex-end`,mt:4,children:(0,J.jsx)(p,{variant:`subtle`,size:`compact-xs`,onClick:()=>_(!g),"aria-expanded":g,children:g?`Close chat paste`:`Paste chat lines…`})}),g?(0,J.jsx)(Ko,{onDone:()=>_(!1)}):null]}),i.length>0?(0,J.jsxs)(s,{gap:`xs`,role:`group`,"aria-label":`Filter the timeline`,children:[(0,J.jsx)(k,{size:`xs`,placeholder:`Any kind`,"aria-label":`Filter by kind`,data:Vo,value:l,onChange:u,clearable:!0,w:170}),(0,J.jsx)(k,{size:`xs`,placeholder:`Any source`,"aria-label":`Filter by source`,data:Ho,value:d,onChange:f,clearable:!0,w:150}),(0,J.jsx)(k,{size:`xs`,placeholder:`Anyone`,"aria-label":`Filter by person`,data:y,value:m,onChange:h,clearable:!0,searchable:!0,w:190}),x?(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[`Showing `,b.length,` of `,i.length]}):null]}):null]}),b.length===0?(0,J.jsx)($,{children:i.length===0?`No events on the timeline yet.`:`No events match.`}):(0,J.jsx)(`div`,{className:`timeline`,children:S.map(e=>(0,J.jsxs)(`div`,{className:`timeline-day`,children:[(0,J.jsx)(n,{size:`sm`,fw:700,className:`timeline-day-label`,children:e.day}),(0,J.jsx)(`ol`,{className:`timeline-list`,children:e.events.map(e=>(0,J.jsx)(Zo,{e,fresh:a.has(e.id),canEdit:!e.milestone&&c(e.id)},e.id))})]},e.day))}),(0,J.jsx)(Qi,{shown:i.length,total:e.timelineEvents.totalCount,what:`events`})]})}V(`
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
`);var $o=V(`
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
`),es={SERVICE:`indigo`,FACTOR_CATEGORY:`orange`,VENDOR:`cyan`,WORDS:`gray`};function ts({related:e,empty:t}){return e.length===0?(0,J.jsx)(n,{size:`sm`,c:`dimmed`,fs:`italic`,children:t}):(0,J.jsx)(w,{listStyleType:`none`,spacing:`sm`,"aria-label":`Related incidents`,children:e.map(e=>(0,J.jsx)(w.Item,{"data-testid":`related-incident`,children:(0,J.jsxs)(s,{gap:`xs`,wrap:`nowrap`,align:`flex-start`,children:[(0,J.jsx)(`div`,{style:{flexShrink:0},children:(0,J.jsx)(mi,{severity:e.incident.severity,size:`sm`})}),(0,J.jsxs)(`div`,{children:[(0,J.jsx)(N,{component:P,to:`/incidents/${encodeURIComponent(e.incident.id)}`,size:`sm`,fw:600,children:e.incident.title}),(0,J.jsx)(n,{span:!0,size:`xs`,c:`dimmed`,ml:6,children:U(e.incident.startedAt)}),(0,J.jsx)(s,{gap:4,mt:2,children:e.reasons.map((e,t)=>(0,J.jsx)(c,{size:`xs`,variant:`light`,color:es[e.kind]??`gray`,radius:`sm`,tt:`none`,children:e.text},t))})]})]})},e.incident.id))})}function ns({incidentID:e}){let[t]=L({query:$o,variables:{id:e}}),r=t.data?.node,i=r?.__typename===`Incident`?r.related:null;return(0,J.jsxs)(o,{withBorder:!0,radius:`md`,p:`lg`,component:`section`,id:`related`,"aria-labelledby":`related-heading`,children:[(0,J.jsx)(M,{order:2,size:`h3`,id:`related-heading`,mb:`xs`,children:`Related incidents`}),(0,J.jsx)(n,{size:`sm`,c:`dimmed`,mb:`sm`,children:`Incidents that share services, factor categories, vendors or unusual words with this one.`}),t.error&&!i?(0,J.jsx)(B,{error:t.error}):i?(0,J.jsx)(ts,{related:i,empty:`No related incidents found.`}):(0,J.jsx)(n,{size:`sm`,c:`dimmed`,children:`Loading…`})]})}var rs={INCIDENT:`Incident`,PERIOD:`Period`,SERVICE:`Service`,FIGURE:`Figure`};function is({a:e}){switch(e.scope){case`INCIDENT`:return e.incident?(0,J.jsx)(N,{component:P,to:`/incidents/${encodeURIComponent(e.incident.id)}`,size:`xs`,children:e.incident.title}):null;case`SERVICE`:return e.service?(0,J.jsx)(N,{component:P,to:`/services/${encodeURIComponent(e.service.id)}`,size:`xs`,children:e.service.name}):null;case`PERIOD`:return(0,J.jsxs)(n,{span:!0,size:`xs`,children:[U(e.periodStart),` – `,e.periodEnd?U(new Date(Date.parse(e.periodEnd)-1).toISOString()):``]});default:return null}}function as({annotations:e,empty:t}){return e.length===0?t?(0,J.jsx)(n,{size:`xs`,c:`dimmed`,children:t}):null:(0,J.jsx)(w,{spacing:6,size:`sm`,listStyleType:`none`,"aria-label":`Context notes`,children:e.map(e=>(0,J.jsxs)(w.Item,{"data-testid":`annotation`,children:[(0,J.jsx)(n,{size:`sm`,children:e.body}),(0,J.jsxs)(s,{gap:6,mt:2,children:[(0,J.jsx)(c,{size:`xs`,variant:`light`,color:`grape`,radius:`sm`,children:rs[e.scope]??e.scope}),(0,J.jsx)(is,{a:e}),(0,J.jsxs)(n,{span:!0,size:`xs`,c:`dimmed`,children:[e.createdBy?.name??`Someone`,`, `,U(e.createdAt)]})]})]},e.id))})}var os=V(`
  mutation CreateAnnotation($input: CreateAnnotationInput!) {
    createAnnotation(input: $input) {
      ...AnnotationFields
    }
  }
`),ss=()=>new Date().toISOString().slice(0,10);function cs(e){let t=new Date(`${e}T00:00:00Z`);return t.setUTCDate(t.getUTCDate()+1),t.toISOString()}function ls({target:e,onDone:t}){let[n,r]=(0,G.useState)(e.scopes[0]),[i,a]=(0,G.useState)(``),[o,c]=(0,G.useState)(e.services?.[0]?.id??null),[l,u]=(0,G.useState)(e.period?.from??ss()),[d,f]=(0,G.useState)(e.period?.to??ss()),[m,g]=I(os),[v,y]=(0,G.useState)(null);return(0,J.jsx)(`form`,{onSubmit:async r=>{r.preventDefault(),y(null);let a={body:i.trim(),scope:n};if(n===`FIGURE`&&(a.figure=e.figure),n===`INCIDENT`&&(a.incidentID=e.incidentID),n===`SERVICE`){if(!o)return y(`Choose the service the note is about.`);a.serviceID=o}if(n===`PERIOD`){if(l>d)return y(`The period must end after it starts.`);a.periodStart=`${l}T00:00:00Z`,a.periodEnd=cs(d)}let s=await g({input:a},{additionalTypenames:[`Annotation`,`AnnotationConnection`,`IncidentAnalysis`]});s.error?y(s.error.graphQLErrors[0]?.message??s.error.message):t()},"aria-label":`Add a context note`,children:(0,J.jsxs)(j,{gap:`xs`,children:[e.scopes.length>1?(0,J.jsx)(k,{label:`About`,data:e.scopes.map(e=>({value:e,label:e===`FIGURE`?`This figure`:rs[e]})),value:n,onChange:e=>e&&r(e),allowDeselect:!1,size:`xs`}):null,n===`SERVICE`?(0,J.jsx)(k,{label:`Service`,data:(e.services??[]).map(e=>({value:e.id,label:e.name})),value:o,onChange:c,searchable:!0,size:`xs`}):null,n===`PERIOD`?(0,J.jsxs)(s,{grow:!0,gap:`xs`,children:[(0,J.jsx)(A,{type:`date`,label:`From`,size:`xs`,value:l,onChange:e=>u(e.currentTarget.value)}),(0,J.jsx)(A,{type:`date`,label:`Until (inclusive)`,size:`xs`,value:d,onChange:e=>f(e.currentTarget.value)})]}):null,(0,J.jsx)(h,{label:`Note`,description:`Context a reader needs beside the figure: a reorganisation, a new alerting policy, a migration…`,value:i,onChange:e=>a(e.currentTarget.value),autosize:!0,minRows:2,required:!0,size:`xs`}),v?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:v}):null,(0,J.jsxs)(s,{gap:`xs`,children:[(0,J.jsx)(p,{type:`submit`,size:`xs`,loading:m.fetching,disabled:!i.trim(),children:`Add note`}),(0,J.jsx)(p,{size:`xs`,variant:`default`,onClick:t,children:`Cancel`})]})]})})}function us({annotations:e,target:t,title:r=`Context`}){let{viewer:i}=q(),[a,o]=(0,G.useState)(!1);return(0,J.jsxs)(j,{gap:6,children:[(0,J.jsx)(n,{size:`xs`,tt:`uppercase`,fw:700,c:`dimmed`,children:r}),(0,J.jsx)(as,{annotations:e,empty:`No context notes.`}),Ct(i.role)?a?(0,J.jsx)(ls,{target:t,onDone:()=>o(!1)}):(0,J.jsx)(p,{size:`compact-xs`,variant:`subtle`,onClick:()=>o(!0),style:{alignSelf:`flex-start`},children:`Add a context note`}):null]})}var ds=V(`
  query IncidentAnnotations($id: ID!) {
    annotations(first: 50, where: { incidentID: $id }, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
      edges {
        node {
          ...AnnotationFields
        }
      }
    }
  }
`);function fs({incidentID:e}){let[t]=L({query:ds,variables:{id:e}});return(0,J.jsxs)(o,{withBorder:!0,radius:`md`,p:`lg`,component:`section`,id:`context`,"aria-labelledby":`context-heading`,children:[(0,J.jsx)(M,{order:2,size:`h3`,id:`context-heading`,mb:`xs`,children:`Context for analysis`}),(0,J.jsx)(us,{title:`Notes shown beside the figures this incident counts in`,annotations:W(t.data?.annotations),target:{scopes:[`INCIDENT`],incidentID:e}})]})}function ps({incident:e}){let t=e.board,r=W(e.activities),i=t?.facilitatorShare;return(0,J.jsxs)(T,{cols:{base:1,lg:2},spacing:`lg`,children:[(0,J.jsx)(Q,{id:`participation`,title:`Participation`,description:`Whose voice the board carries. A balanced review hears from everyone.`,children:!t||t.participation.length===0?(0,J.jsx)($,{children:`No contributions yet.`}):(0,J.jsxs)(j,{gap:`sm`,children:[i==null?null:(0,J.jsxs)(n,{size:`sm`,"data-testid":`facilitator-share`,children:[`Facilitator's share of contributions: `,(0,J.jsxs)(`b`,{children:[Math.round(i*100),`%`]}),i>.5?(0,J.jsx)(c,{ml:`xs`,color:`orange`,variant:`light`,size:`sm`,children:`high — invite others to tell their part`}):null]}),(0,J.jsx)(n,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,children:`By department`}),(0,J.jsx)(T,{cols:3,spacing:4,children:t.departments.map(e=>(0,J.jsxs)(n,{size:`sm`,children:[z(Be,e.department),`: `,(0,J.jsx)(`b`,{children:e.total})]},e.department))}),(0,J.jsxs)(C,{striped:!0,withTableBorder:!0,fz:`sm`,"aria-label":`Contributions by person`,children:[(0,J.jsx)(C.Thead,{children:(0,J.jsxs)(C.Tr,{children:[(0,J.jsx)(C.Th,{children:`Person`}),(0,J.jsx)(C.Th,{children:`Events`}),(0,J.jsx)(C.Th,{children:`Perspectives`}),(0,J.jsx)(C.Th,{children:`Answers`}),(0,J.jsx)(C.Th,{children:`Comments`}),(0,J.jsx)(C.Th,{children:`Total`})]})}),(0,J.jsx)(C.Tbody,{children:t.participation.map(e=>(0,J.jsxs)(C.Tr,{children:[(0,J.jsxs)(C.Td,{children:[e.user.name,` `,(0,J.jsx)(n,{span:!0,size:`xs`,c:`dimmed`,children:z(Be,e.department)})]}),(0,J.jsx)(C.Td,{children:e.events}),(0,J.jsx)(C.Td,{children:e.perspectives}),(0,J.jsx)(C.Td,{children:e.answers}),(0,J.jsx)(C.Td,{children:e.comments}),(0,J.jsx)(C.Td,{fw:600,children:e.total})]},e.user.id))})]})]})}),(0,J.jsx)(Q,{id:`activity`,title:`Recent activity`,description:`Who changed what on this board, newest first.`,children:r.length===0?(0,J.jsx)($,{children:`Nothing recorded yet.`}):(0,J.jsx)(`ol`,{className:`activity-list`,"data-testid":`activity`,children:r.map(e=>(0,J.jsxs)(`li`,{children:[(0,J.jsx)(n,{size:`sm`,children:e.summary}),(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[R(e.createdAt),e.changes&&e.changes.length>0&&e.action===`UPDATED`?` · ${e.changes.map(e=>`${e.field}: ${e.old??`—`} → ${e.new??`—`}`).join(`; `)}`:``]})]},e.id))})})]})}var ms=V(`
  mutation OpenReview($incidentID: ID!, $version: Int!, $mode: ReviewMode!, $dueAt: Time) {
    openReview(incidentID: $incidentID, version: $version, mode: $mode, dueAt: $dueAt) {
      id
      version
      status
      reviewMode
      reviewDueAt
    }
  }
`),hs=V(`
  mutation CloseReview($incidentID: ID!, $version: Int!) {
    closeReview(incidentID: $incidentID, version: $version) {
      id
      version
      status
    }
  }
`);function gs({incident:e}){let{viewer:t}=q(),{refetch:n}=Y(),[r,i]=(0,G.useState)(e.reviewMode??`ASYNC`),[a,o]=(0,G.useState)(e.reviewDueAt?e.reviewDueAt.slice(0,10):``),[c,l]=I(ms),[u,d]=I(hs);if(t.role!==`ADMIN`&&t.role!==`ANALYST`&&e.facilitator?.id!==t.id)return null;let f=c.error??u.error,m=e.status===`REVIEWING`;return(0,J.jsxs)(j,{gap:`xs`,mt:`sm`,"data-testid":`review-controls`,children:[(0,J.jsxs)(s,{gap:`xs`,align:`flex-end`,children:[(0,J.jsx)(oe,{size:`xs`,value:r,onChange:i,data:[{value:`ASYNC`,label:`Async`},{value:`MEETING`,label:`Meeting`}],"aria-label":`How the review happens`}),(0,J.jsx)(A,{type:`date`,size:`xs`,label:`Due`,value:a,onChange:e=>o(e.currentTarget.value)})]}),(0,J.jsxs)(s,{gap:`xs`,children:[(0,J.jsx)(p,{size:`xs`,onClick:async()=>{let t=await l({incidentID:e.id,version:e.version,mode:r,dueAt:a?new Date(`${a}T17:00:00`).toISOString():null});(!t.error||Ft(t.error))&&await n()},loading:c.fetching,disabled:e.status===`RESPONDING`,children:m?`Update review`:`Open review`}),m?(0,J.jsx)(p,{size:`xs`,variant:`light`,onClick:async()=>{let t=await d({incidentID:e.id,version:e.version});(!t.error||Ft(t.error))&&await n()},loading:u.fetching,children:`Close review`}):null]}),f?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:Ft(f)?`Someone else changed this incident meanwhile; the board now shows their version — try again.`:X(f)}):null]})}var _s=e=>!!e&&/^\d{4}-\d{2}-\d{2}$/.test(e),vs=e=>`${e}T00:00:00Z`;function ys(e){let t=new Date(`${e}T00:00:00Z`);return t.setUTCDate(t.getUTCDate()+1),t.toISOString()}function bs(e){let t={};e.from&&(t.from=vs(e.from)),e.to&&(t.to=ys(e.to));for(let n of it){let r=e.lists[n.param];r.length&&(t[n.field]=r)}return t}function xs(e){if(!e)return null;try{let t=JSON.parse(e);if(typeof t.label==`string`&&Array.isArray(t.keys)&&t.keys.every(e=>at(e.dimension)))return t}catch{}return null}function Ss(){let[e,t]=he(),n=e.toString(),r=(0,G.useMemo)(()=>{let t=(e.get(`by`)??`SERVICE`).split(`,`).filter(at).slice(0,2),n=Object.fromEntries(it.map(t=>[t.param,(e.get(t.param)??``).split(`,`).filter(Boolean)]));return{groupBy:e.get(`by`)===``?[]:t,from:_s(e.get(`from`))?e.get(`from`):null,to:_s(e.get(`to`))?e.get(`to`):null,interval:e.get(`interval`)===`QUARTER`?`QUARTER`:`MONTH`,lists:n,drill:xs(e.get(`drill`)),duration:e.get(`duration`)}},[n]),i=n=>{let r=new URLSearchParams(e);for(let[e,t]of Object.entries(n))t===null?r.delete(e):r.set(e,t);t(r,{replace:!(`drill`in n)})};return{state:r,update:i,setGroupBy:e=>i({by:e.join(`,`),drill:null}),setDrill:e=>i({drill:e?JSON.stringify(e):null}),reset:()=>t(new URLSearchParams,{replace:!0})}}V(`
  fragment AnnotationFields on Annotation {
    id
    version
    body
    scope
    figure
    incidentID
    serviceID
    periodStart
    periodEnd
    createdAt
    createdBy {
      id
      name
    }
    incident {
      id
      title
    }
    service {
      id
      name
    }
  }
`);var Cs=V(`
  query InsightsAnalysis($filter: AnalysisFilter, $groupBy: [AnalysisDimension!]!, $interval: TrendInterval) {
    incidentAnalysis(filter: $filter, groupBy: $groupBy, trendInterval: $interval) {
      groupBy
      total {
        ...InsightFigures
      }
      groups {
        keys {
          ...InsightKey
        }
        figures {
          ...InsightFigures
        }
        annotations {
          id
        }
      }
      trend {
        key {
          ...InsightKey
        }
        points {
          period
          periodStart
          periodEnd
          count
        }
      }
      recurringFactors {
        key {
          ...InsightKey
        }
        incidentCount
        incidents {
          ...InsightIncidentRef
        }
      }
      definitions {
        key
        label
        definition
      }
      annotations {
        id
      }
    }
  }

  fragment InsightKey on AnalysisKey {
    dimension
    value
    label
    periodStart
    periodEnd
  }

  fragment InsightIncidentRef on AnalysisIncidentRef {
    id
    title
    startedAt
    value
  }

  fragment InsightDistribution on DurationDistribution {
    key
    definition
    n
    open
    median
    p90
    min
    max
    outliers {
      ...InsightIncidentRef
    }
  }

  fragment InsightFigures on AnalysisFigures {
    count
    share
    impact {
      definition
      customersAffected
      known
      unknown
    }
    timeToDetect {
      ...InsightDistribution
    }
    timeToAcknowledge {
      ...InsightDistribution
    }
    timeToMitigate {
      ...InsightDistribution
    }
    timeToResolve {
      ...InsightDistribution
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
  }
`),ws=V(`
  query InsightsHeatMap($filter: AnalysisFilter) {
    incidentAnalysis(filter: $filter, groupBy: [SERVICE, FACTOR_CATEGORY]) {
      groups {
        keys {
          ...InsightKey
        }
        figures {
          count
        }
      }
    }
  }
`),Ts=V(`
  query InsightsDrillDown($filter: AnalysisFilter, $keys: [AnalysisKeyInput!]!, $first: Int, $after: Cursor) {
    analysisIncidents(filter: $filter, keys: $keys, first: $first, after: $after, orderBy: [{ field: STARTED_AT, direction: DESC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
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
  }
`),Es=V(`
  query InsightsFilterOptions {
    services(first: 200, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
          kind
          vendor {
            id
            name
          }
        }
      }
    }
    teams(first: 200, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
        }
      }
    }
    factorCategories(first: 200, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
        }
      }
    }
    tags(first: 200, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`),Ds=V(`
  query InsightsAnnotations($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on Annotation {
        ...AnnotationFields
      }
    }
  }
`),Os=5;function ks(e=new Date){let t=[],n=[],r=e.getUTCFullYear();for(let i=r;i>r-Os;i--)for(let a=i===r?e.getUTCMonth()+1:12;a>=1;a--){let o=`${i}-${String(a).padStart(2,`0`)}`;if(t.push({value:o,label:o}),a%3==0||i===r&&a===e.getUTCMonth()+1){let e=`${i}-Q${Math.ceil(a/3)}`;n.some(t=>t.value===e)||n.push({value:e,label:e})}}return{months:t,quarters:n}}function As(){let[e]=L({query:Es});return(0,G.useMemo)(()=>{let t=e.data,n=W(t?.services),r=new Map;for(let e of n)e.vendor&&r.set(e.vendor.id,e.vendor.name);let i=e=>e.map(e=>({value:e.id,label:e.name}));return{options:{services:i(n),vendors:[...r].map(([e,t])=>({value:e,label:t})).sort((e,t)=>e.label.localeCompare(t.label)),teams:i(W(t?.teams)),categories:i(W(t?.factorCategories)),severities:Object.entries(et).map(([e,t])=>({value:e,label:t})),tags:i(W(t?.tags)),...ks()},services:n.map(e=>({id:e.id,name:e.name}))}},[e.data])}var js={EXECUTIVE:`Executive summary`,ENGINEERING:`Engineering deep-dive`,TEAM:`Team action list`,SUPPORT:`Support briefing`,CUSTOMER:`Customer-facing summary`,LEADERSHIP:`Leadership report`},Ms={EXECUTIVE:`The top insight, the impact in business terms and the actions that matter, on one page.`,ENGINEERING:`Timeline, contributing factors and evidence, with every action and its owner.`,TEAM:`What each team owes: the actions with owners, due dates and status.`,SUPPORT:`What customers saw, what to tell them, and what changes.`,CUSTOMER:`What happened and what changes, without internal names or system details.`,LEADERSHIP:`Across the incidents of a period: top insights, charts, and the incidents and actions behind each figure.`},Ns=[`EXECUTIVE`,`ENGINEERING`,`TEAM`,`SUPPORT`,`CUSTOMER`],Ps=[...Ns,`LEADERSHIP`],Fs={TIMELINE_EVENT:`Timeline event`,PERSPECTIVE:`Perspective`,QUESTION:`Question`};function Is(e,t){if(!e||!t)return``;let n=new Date(new Date(t).getTime()-1).toISOString();return`${U(e)} – ${U(n)}`}function Ls(e,t){let n=`/reports/${encodeURIComponent(e)}`;return t?`${n}/versions/${t}`:n}V(`
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
`);var Rs=V(`
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
`),zs=V(`
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
`),Bs=V(`
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
`),Vs=V(`
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
`),Hs=V(`
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
`),Us=V(`
  query ReportTemplateChoices {
    reportTemplates(first: 100, orderBy: { field: NAME, direction: ASC }) {
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
`),Ws=V(`
  mutation GenerateReport($input: GenerateReportInput!) {
    generateReport(input: $input) {
      id
      title
    }
  }
`),Gs=V(`
  mutation UpdateReport($id: ID!, $version: Int!, $input: UpdateReportInput!) {
    updateReport(id: $id, version: $version, input: $input) {
      ...ReportFields
    }
  }
`),Ks=V(`
  mutation RegenerateReport($id: ID!, $version: Int!) {
    regenerateReport(id: $id, version: $version) {
      ...ReportFields
    }
  }
`),qs=V(`
  mutation PublishReport($id: ID!, $version: Int!) {
    publishReport(id: $id, version: $version) {
      ...ReportFields
    }
  }
`),Js=V(`
  mutation DeleteReport($id: ID!) {
    deleteReport(id: $id)
  }
`),Ys=V(`
  query ReportTemplatesAdmin {
    reportTemplates(first: 100, orderBy: { field: NAME, direction: ASC }) {
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
    reportPlaceholders {
      name
      description
      internal
      technical
      crossIncident
    }
  }
`),Xs=V(`
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
`),Zs=V(`
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
`);function Qs(e){let[t]=L({query:Us});return(0,G.useMemo)(()=>W(t.data?.reportTemplates).filter(t=>t.audience===e).map(e=>({value:e.id,label:e.name,description:e.description})),[t.data,e])}function $s({audience:e,value:t,onChange:n}){let r=Qs(e),i=r.find(e=>e.value===t);return(0,J.jsx)(k,{label:`Template`,placeholder:r.length?`Default: ${r[0].label}`:`The audience’s default template`,description:i?.description??void 0,data:r,value:t,onChange:n,clearable:!0,comboboxProps:{withinPortal:!0}})}function ec({incidentID:e,onCancel:t}){let n=ve(),[r,i]=(0,G.useState)(`EXECUTIVE`),[a,o]=(0,G.useState)(null),[c,l]=I(Ws);return(0,J.jsx)(`form`,{onSubmit:async t=>{t.preventDefault();let i=await l({input:{audience:r,incidentID:e,templateID:a}});i.data&&n(Ls(i.data.generateReport.id))},"aria-label":`Generate a report`,children:(0,J.jsxs)(j,{gap:`md`,children:[(0,J.jsx)(E.Group,{label:`Audience`,value:r,onChange:e=>{i(e),o(null)},children:(0,J.jsx)(j,{gap:8,mt:6,children:Ns.map(e=>(0,J.jsx)(E,{value:e,label:js[e],description:Ms[e]},e))})}),(0,J.jsx)($s,{audience:r,value:a,onChange:o}),c.error?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,children:X(c.error)}):null,(0,J.jsxs)(s,{justify:`flex-end`,children:[(0,J.jsx)(p,{variant:`default`,onClick:t,children:`Cancel`}),(0,J.jsx)(p,{type:`submit`,loading:c.fetching,children:`Generate draft`})]})]})})}function tc(){let e=ve(),{options:t}=As(),[r,i]=(0,G.useState)(``),[a,o]=(0,G.useState)(``),[c,l]=(0,G.useState)(``),[u,d]=(0,G.useState)(null),[f,m]=(0,G.useState)([]),[h,g]=(0,G.useState)([]),[v,y]=(0,G.useState)([]),[b,x]=I(Ws),C=Z(b.error,[`title`,`filter`,`from`,`to`]),w=!!r&&!!a&&r>a;return(0,J.jsx)(`form`,{onSubmit:async t=>{if(t.preventDefault(),!r||!a||w)return;let n={from:vs(r),to:ys(a)};f.length&&(n.serviceIDs=f),h.length&&(n.teamIDs=h),v.length&&(n.severities=v);let i=await x({input:{audience:`LEADERSHIP`,filter:n,templateID:u,title:c.trim()||null}});i.data&&e(Ls(i.data.generateReport.id))},"aria-label":`New leadership report`,children:(0,J.jsxs)(j,{gap:`sm`,children:[(0,J.jsx)(n,{size:`sm`,c:`dimmed`,children:Ms.LEADERSHIP}),(0,J.jsxs)(T,{cols:{base:1,sm:2,md:4},spacing:`sm`,children:[(0,J.jsx)(A,{type:`date`,label:`From`,required:!0,value:r,onChange:e=>i(e.currentTarget.value),error:C.fields.from}),(0,J.jsx)(A,{type:`date`,label:`To (inclusive)`,required:!0,value:a,onChange:e=>o(e.currentTarget.value),error:w?`The period ends before it starts.`:C.fields.to}),(0,J.jsx)(A,{label:`Title`,placeholder:`By default from the period`,value:c,onChange:e=>l(e.currentTarget.value),error:C.fields.title}),(0,J.jsx)($s,{audience:`LEADERSHIP`,value:u,onChange:d})]}),(0,J.jsxs)(T,{cols:{base:1,sm:3},spacing:`sm`,children:[(0,J.jsx)(S,{label:`Services`,placeholder:`All`,data:t.services,value:f,onChange:m,searchable:!0,clearable:!0}),(0,J.jsx)(S,{label:`Teams`,placeholder:`All`,data:t.teams,value:h,onChange:g,searchable:!0,clearable:!0}),(0,J.jsx)(S,{label:`Severities`,placeholder:`All`,data:t.severities,value:v,onChange:y,clearable:!0})]}),C.other?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,children:C.other}):null,(0,J.jsx)(s,{children:(0,J.jsx)(p,{type:`submit`,loading:b.fetching,disabled:!r||!a||w,children:`Generate leadership report`})})]})})}function nc({incidentID:e}){let{viewer:t}=q(),r=Ct(t.role),[i,a]=(0,G.useState)(!1),o=(0,G.useMemo)(()=>({additionalTypenames:[`Report`]}),[]),[l,u]=L({query:Hs,variables:{id:e},context:o}),d=l.data?.node,f=d?.__typename===`Incident`?W(d.reports):[];return(0,J.jsxs)(Q,{id:`reports`,title:`Reports`,description:`What was learned, written for each audience: executives, engineers, teams, support and customers.`,aside:r?(0,J.jsx)(p,{size:`xs`,onClick:()=>a(!0),children:`Generate report`}):void 0,children:[l.error&&!l.data?(0,J.jsx)(B,{error:l.error,onRetry:()=>u({requestPolicy:`network-only`})}):l.data?f.length===0?(0,J.jsx)($,{children:r?`No reports yet: generate one for the audience that needs it.`:`No reports published yet.`}):(0,J.jsx)(j,{gap:`xs`,component:`ul`,style:{listStyle:`none`,margin:0,padding:0},"aria-label":`Reports on this incident`,children:f.map(e=>(0,J.jsxs)(s,{component:`li`,gap:`sm`,wrap:`wrap`,"data-testid":`incident-report`,children:[(0,J.jsx)(N,{component:P,to:Ls(e.id),fw:600,size:`sm`,children:e.title}),(0,J.jsx)(n,{size:`xs`,c:`dimmed`,children:js[e.audience]}),e.publishedVersion>0?(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[`Version `,e.publishedVersion,`, published `,U(e.publishedAt)]}):(0,J.jsx)(c,{size:`xs`,color:`gray`,variant:`light`,children:`Draft`}),r&&e.publishedVersion>0&&e.changedSincePublish?(0,J.jsx)(c,{size:`xs`,color:`orange`,variant:`light`,children:`Changed since publication`}):null]},e.id))}):(0,J.jsx)(n,{size:`sm`,c:`dimmed`,children:`Loading the reports…`}),(0,J.jsx)(se,{opened:i,onClose:()=>a(!1),title:`Generate a report`,size:`lg`,children:i?(0,J.jsx)(ec,{incidentID:e,onCancel:()=>a(!1)}):null})]})}var rc=V(`
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
`),ic=V(`
  mutation AttachWorkflow($incidentID: ID!, $templateID: ID!) {
    attachWorkflow(incidentID: $incidentID, templateID: $templateID) {
      id
    }
  }
`),ac=V(`
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
`);function oc(){let{viewer:e}=q(),{incident:t,refetch:r}=Y(),[i,a]=L({query:rc,variables:{id:t.id}});$i((0,G.useCallback)(e=>a(e),[a]));let c=i.data?.node,l=c?.__typename===`Incident`?c:null,u=e.role!==`VIEWER`,[d,f]=I(ic),m=async e=>{(await f({incidentID:t.id,templateID:e})).error||await r()};return(0,J.jsx)(Q,{id:`checklists`,title:`Checklists`,description:`Coordination workflows for this incident: who does what, ticked off as it is done.`,children:(0,J.jsx)(j,{gap:`md`,children:i.error&&!l?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,children:X(i.error)}):l?(0,J.jsxs)(J.Fragment,{children:[l.suggestedWorkflows.length>0?(0,J.jsxs)(o,{bg:`indigo.0`,p:`sm`,radius:`md`,"aria-label":`Suggested workflows`,component:`section`,children:[(0,J.jsx)(n,{size:`sm`,fw:600,mb:6,children:`Suggested for this incident`}),(0,J.jsx)(j,{gap:6,children:l.suggestedWorkflows.map(e=>(0,J.jsxs)(s,{justify:`space-between`,wrap:`nowrap`,"data-testid":`suggested-workflow`,children:[(0,J.jsxs)(`div`,{style:{minWidth:0},children:[(0,J.jsxs)(n,{size:`sm`,fw:600,children:[e.name,` `,(0,J.jsxs)(n,{span:!0,size:`xs`,c:`dimmed`,fw:400,children:[H(e.orderedSteps.length,`step`),e.severities?.length?` · ${e.severities.map(e=>z(Re,e)).join(`, `)}`:``,e.incidentTypes?.length?` · ${e.incidentTypes.join(`, `)}`:``]})]}),e.description?(0,J.jsx)(n,{size:`xs`,c:`dimmed`,lineClamp:2,children:e.description}):null]}),u?(0,J.jsx)(p,{size:`xs`,variant:`light`,onClick:()=>m(e.id),loading:d.fetching,"aria-label":`Attach ${e.name}`,children:`Attach`}):null]},e.id))}),d.error?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:X(d.error)}):null]}):null,(l.checklists??[]).length===0?(0,J.jsx)($,{children:`No checklist attached yet.`}):(l.checklists??[]).map(e=>(0,J.jsx)(sc,{checklist:e,canWrite:u},e.id))]}):(0,J.jsx)(n,{size:`sm`,c:`dimmed`,children:`Loading…`})})})}function sc({checklist:e,canWrite:t}){let r=(0,G.useMemo)(()=>[...e.steps].sort((e,t)=>e.position-t.position),[e.steps]),i=r.length;return(0,J.jsxs)(o,{withBorder:!0,radius:`md`,p:`md`,component:`section`,"aria-label":`Checklist: ${e.name}`,"data-testid":`checklist`,children:[(0,J.jsxs)(s,{justify:`space-between`,mb:`xs`,children:[(0,J.jsx)(n,{fw:700,children:e.name}),(0,J.jsxs)(n,{size:`sm`,c:`dimmed`,"data-testid":`checklist-progress`,children:[e.doneCount,`/`,i,` done`]})]}),(0,J.jsx)(ie,{value:i?100*e.doneCount/i:0,size:`sm`,mb:`sm`,"aria-label":`${e.doneCount} of ${i} steps done`}),(0,J.jsx)(j,{gap:`xs`,component:`ol`,style:{listStyle:`none`,padding:0,margin:0},children:r.map(e=>(0,J.jsx)(cc,{step:e,canWrite:t},e.id))})]})}function cc({step:e,canWrite:t}){let{refetch:r}=Y(),[i,a]=(0,G.useState)(``),[o,l]=I(ac),[d,f]=(0,G.useState)(null),[p,m]=(0,G.useState)(null),h=!!e.doneAt,g=async t=>{f(null),m(t);try{let n=await l({id:e.id,version:e.version,done:t,note:t&&i.trim()?i.trim():null});if(Fa(n.error)){f(`Someone else changed this step just before you; it now shows their change. Tick it again if it still needs changing.`),await r();return}n.error||(a(``),await r())}finally{m(null)}};return(0,J.jsx)(`li`,{"data-testid":`checklist-step`,children:(0,J.jsxs)(s,{gap:`sm`,align:`flex-start`,wrap:`nowrap`,children:[(0,J.jsx)(u,{checked:p??h,disabled:!t||o.fetching,onChange:e=>g(e.currentTarget.checked),"aria-label":e.title,mt:2}),(0,J.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,J.jsxs)(s,{gap:6,children:[(0,J.jsxs)(n,{size:`sm`,fw:500,td:h?`line-through`:void 0,c:h?`dimmed`:void 0,children:[e.position+1,`. `,e.title]}),e.role?(0,J.jsx)(c,{size:`xs`,variant:`light`,color:`gray`,tt:`none`,children:z(Ye,e.role)}):null]}),e.guidance&&!h?(0,J.jsx)(sa,{children:e.guidance}):null,h&&e.doneAt?(0,J.jsxs)(n,{size:`xs`,c:`teal.8`,"data-testid":`step-done-by`,children:[`Done by `,e.doneBy?.name??`someone`,` at `,Gt(e.doneAt,It()),e.note?` — ${e.note}`:``]}):t?(0,J.jsx)(A,{size:`xs`,mt:4,maw:360,placeholder:`Note when done (optional), e.g. status page posted`,"aria-label":`Note for “${e.title}”`,value:i,onChange:e=>a(e.currentTarget.value)}):null,d?(0,J.jsx)(_,{color:`orange`,variant:`light`,role:`alert`,mt:4,p:`xs`,children:d}):o.error&&!Fa(o.error)?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,mt:4,p:`xs`,children:X(o.error)}):null]})]})})}var lc={INTERNAL:`Internal`,CUSTOMERS:`Customers`},uc={INTERNAL:`Colleagues: leadership, support, other teams`,CUSTOMERS:`Customers: the status page, email, social`},dc=[`INTERNAL`,`CUSTOMERS`],fc=[{name:`{{title}}`,help:`the incident's title`},{name:`{{severity}}`,help:`its severity, e.g. SEV2`},{name:`{{status}}`,help:`its status, e.g. Investigating`},{name:`{{started_at}}`,help:`when it started`},{name:`{{impact}}`,help:`the customer impact as written on the incident`},{name:`{{services}}`,help:`the services involved`},{name:`{{next_update}}`,help:`when the next update is due, from the guideline`},{name:`{{link}}`,help:`the incident's address in Debrief`}],pc=V(`
  query IncidentStatusUpdates($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        statusUpdates(first: 50, orderBy: { field: SENT_AT, direction: DESC }) {
          totalCount
          edges {
            node {
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
          }
        }
      }
    }
  }
`),mc=V(`
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
    messageTemplates(first: 100, orderBy: { field: NAME, direction: ASC }) {
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
`),hc=V(`
  query RenderMessage($templateID: ID!, $incidentID: ID!) {
    renderMessage(templateID: $templateID, incidentID: $incidentID) {
      body
      missing
    }
  }
`),gc=V(`
  mutation CreateStatusUpdate($input: CreateStatusUpdateInput!) {
    createStatusUpdate(input: $input) {
      id
      timelineEventID
    }
  }
`),_c=[`STATUS_PAGE`,`EMAIL`,`SLACK`,`ZOOM`,`PHONE`,`PAGER`,`DEBRIEF`,`OTHER`];function vc(){let{viewer:e}=q(),{incident:t}=Y(),[r,i]=L({query:pc,variables:{id:t.id}});$i((0,G.useCallback)(e=>i(e),[i]));let a=r.data?.node,o=a?.__typename===`Incident`?a.statusUpdates:null,l=W(o);return(0,J.jsx)(Q,{id:`status-updates`,title:`Status updates`,description:`What was said about this incident, to whom, where and when. Each one is on the timeline too.`,children:(0,J.jsxs)(j,{gap:`md`,children:[e.role===`VIEWER`?null:(0,J.jsx)(yc,{}),r.error&&!o?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,children:X(r.error)}):o?l.length===0?(0,J.jsx)($,{children:`No status update logged yet.`}):(0,J.jsxs)(C.ScrollContainer,{minWidth:700,children:[(0,J.jsxs)(C,{verticalSpacing:`xs`,"aria-label":`Status updates sent`,striped:!0,children:[(0,J.jsx)(C.Thead,{children:(0,J.jsxs)(C.Tr,{children:[(0,J.jsx)(C.Th,{children:`Sent`}),(0,J.jsx)(C.Th,{children:`To`}),(0,J.jsx)(C.Th,{children:`Message`}),(0,J.jsx)(C.Th,{children:`By`})]})}),(0,J.jsx)(C.Tbody,{children:l.map(e=>(0,J.jsxs)(C.Tr,{"data-testid":`status-update`,children:[(0,J.jsx)(C.Td,{style:{whiteSpace:`nowrap`},children:(0,J.jsx)(n,{size:`sm`,children:R(e.sentAt)})}),(0,J.jsxs)(C.Td,{children:[(0,J.jsxs)(s,{gap:4,children:[(0,J.jsx)(c,{size:`xs`,variant:`light`,color:e.audience===`CUSTOMERS`?`orange`:`indigo`,children:z(lc,e.audience)}),(0,J.jsx)(c,{size:`xs`,variant:`outline`,color:`gray`,children:z(Xe,e.channel)})]}),(0,J.jsx)(n,{size:`xs`,c:`dimmed`,children:e.recipients})]}),(0,J.jsx)(C.Td,{children:(0,J.jsx)(n,{size:`sm`,style:{whiteSpace:`pre-wrap`},children:e.body})}),(0,J.jsx)(C.Td,{children:(0,J.jsx)(n,{size:`sm`,children:e.createdBy?.name??`—`})})]},e.id))})]}),(0,J.jsx)(Qi,{shown:l.length,total:o.totalCount,what:`status updates`})]}):(0,J.jsx)(n,{size:`sm`,c:`dimmed`,children:`Loading…`})]})})}function yc(){let{incident:e,refetch:t}=Y(),r=Te(),i=It(),[a]=L({query:mc}),[c,l]=(0,G.useState)(`INTERNAL`),[u,d]=(0,G.useState)(null),[f,m]=(0,G.useState)(``),[g,v]=(0,G.useState)([]),[y,b]=(0,G.useState)(null),[x,S]=(0,G.useState)(!1),[C,w]=(0,G.useState)(``),[T,ee]=(0,G.useState)(`SLACK`),[E,D]=(0,G.useState)(()=>Ht(new Date,i)),[te,O]=I(gc),ne=W(a.data?.commsGuidelines).find(e=>e.audience===c),re=(0,G.useMemo)(()=>W(a.data?.messageTemplates).filter(e=>e.audience===c),[a.data,c]);return(0,J.jsx)(o,{withBorder:!0,radius:`md`,p:`md`,bg:`gray.0`,children:(0,J.jsx)(`form`,{onSubmit:async n=>{n.preventDefault();let r=Wt(E,i);(await O({input:{incidentID:e.id,audience:c,channel:T??`OTHER`,recipients:C.trim(),body:f.trim(),...r?{sentAt:r}:{}}})).error||(m(``),d(null),v([]),w(``),D(Ht(new Date,i)),await t())},"aria-label":`Log a status update`,children:(0,J.jsxs)(j,{gap:`sm`,children:[(0,J.jsxs)(s,{gap:`sm`,align:`center`,children:[(0,J.jsx)(n,{size:`sm`,fw:600,children:`Audience`}),(0,J.jsx)(oe,{size:`xs`,value:c,onChange:e=>{l(e),d(null),v([])},data:dc.map(e=>({value:e,label:z(lc,e)})),"aria-label":`Audience`}),(0,J.jsx)(n,{size:`xs`,c:`dimmed`,children:uc[c]})]}),ne?(0,J.jsxs)(o,{p:`xs`,radius:`sm`,withBorder:!0,"data-testid":`comms-guideline`,children:[(0,J.jsxs)(n,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,mb:2,children:[`Guidelines for `,z(lc,c).toLowerCase(),` updates`,ne.updateEveryMinutes?` · update every ${ne.updateEveryMinutes} minutes`:``]}),(0,J.jsx)(sa,{children:ne.body})]}):(0,J.jsx)(n,{size:`xs`,c:`dimmed`,children:`No guidelines written for this audience yet.`}),(0,J.jsx)(k,{label:`Start from a template`,placeholder:re.length?`Choose a message template`:`No templates for this audience`,data:re.map(e=>({value:e.id,label:e.name})),value:u,onChange:async t=>{if(d(t),b(null),v([]),!t)return;S(!0);let n=await r.query(hc,{templateID:t,incidentID:e.id},{requestPolicy:`network-only`}).toPromise();S(!1),n.error||!n.data?b(X(n.error)??`The template could not be filled in.`):(m(n.data.renderMessage.body),v(n.data.renderMessage.missing))},clearable:!0,disabled:re.length===0,size:`xs`,maw:420}),(0,J.jsx)(h,{label:`Message`,required:!0,autosize:!0,minRows:3,value:f,onChange:e=>m(e.currentTarget.value),disabled:x,description:g.length?`Not known for this incident yet, fill in by hand: ${g.join(`, `)}`:void 0}),y?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:y}):null,(0,J.jsxs)(s,{gap:`sm`,align:`flex-end`,wrap:`wrap`,children:[(0,J.jsx)(A,{label:`Recipients`,required:!0,placeholder:`#exec-updates, all customers…`,value:C,onChange:e=>w(e.currentTarget.value),size:`xs`,w:240}),(0,J.jsx)(k,{label:`Channel`,data:_c.map(e=>({value:e,label:z(Xe,e)})),value:T,onChange:ee,allowDeselect:!1,size:`xs`,w:160}),(0,J.jsx)(A,{label:`Sent at (${i})`,type:`datetime-local`,value:E,onChange:e=>D(e.currentTarget.value),size:`xs`,w:220}),(0,J.jsx)(p,{type:`submit`,size:`xs`,loading:te.fetching,disabled:!f.trim()||!C.trim(),children:`Log update`})]}),te.error?(0,J.jsx)(_,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:X(te.error)}):null]})})})}function bc(){return(0,J.jsxs)(J.Fragment,{children:[(0,J.jsx)(oc,{}),(0,J.jsx)(vc,{})]})}function xc(){let{id:e=``}=Se(),[t,r]=L({query:rt,variables:{id:e}}),i=Te(),l=(0,G.useCallback)(()=>new Promise(t=>{let n=!1,r=i.query(rt,{id:e},{requestPolicy:`network-only`}).subscribe(e=>{n||e.stale||(n=!0,t(e),queueMicrotask(()=>r.unsubscribe()))})}),[i,e]),u=Ki(e,l),d=t.data?.node,f=d?.__typename===`Incident`?d:void 0;K(f?.title??(t.fetching?`Incident`:`Incident not found`));let p=(0,J.jsxs)(a,{"aria-label":`Breadcrumb`,children:[(0,J.jsx)(N,{component:P,to:`/incidents`,size:`sm`,children:`Incidents`}),f?(0,J.jsx)(n,{size:`sm`,c:`dimmed`,lineClamp:1,children:f.title}):null]});if(t.error&&!f){let e=t.error.graphQLErrors.some(e=>e.extensions?.code===`NOT_FOUND`||e.extensions?.code===`BAD_USER_INPUT`);return(0,J.jsxs)(j,{children:[p,(0,J.jsx)(M,{order:1,children:e?`Incident not found`:`This incident could not be loaded`}),(0,J.jsx)(B,{error:t.error,onRetry:()=>r({requestPolicy:`network-only`})})]})}if(!f)return t.fetching||!t.data?(0,J.jsxs)(j,{children:[p,(0,J.jsx)(Me,{what:`the incident`})]}):(0,J.jsxs)(j,{gap:`sm`,children:[p,(0,J.jsx)(M,{order:1,children:`Incident not found`}),(0,J.jsx)(n,{c:`dimmed`,children:`There is no incident with this address, or you do not have access to it.`}),(0,J.jsx)(N,{component:P,to:`/incidents`,children:`Back to all incidents`})]});let m=W(f.services),h=W(f.vendors),g=W(f.tags),_=f.board?.openQuestions??W(f.questions).filter(e=>e.status===`OPEN`).length,v=[{id:`timeline`,label:`Timeline`,count:f.timelineEvents.totalCount},{id:`checklists`,label:`Checklists`},{id:`status-updates`,label:`Status updates`},{id:`participants`,label:`Participants`,count:f.participants.totalCount},{id:`perspectives`,label:`Perspectives`,count:f.perspectives.totalCount},{id:`questions`,label:`Open questions`,count:_},{id:`comments`,label:`Discussion`,count:f.comments.totalCount},{id:`insights`,label:`Insights`},{id:`actions`,label:`Action items`,count:f.actionItems.totalCount},{id:`reports`,label:`Reports`},{id:`related`,label:`Related incidents`},{id:`context`,label:`Context`}];return(0,J.jsx)(Nt,{value:{incident:f,refetch:l},children:(0,J.jsx)(Ji,{value:u.fresh,children:(0,J.jsxs)(j,{gap:`lg`,children:[p,t.error?(0,J.jsx)(B,{error:t.error}):null,(0,J.jsx)(o,{withBorder:!0,radius:`md`,p:`lg`,component:`header`,className:u.fresh.has(f.id)?`incident-header is-fresh`:`incident-header`,children:(0,J.jsxs)(j,{gap:`md`,children:[(0,J.jsxs)(s,{justify:`space-between`,gap:`xs`,children:[(0,J.jsxs)(s,{gap:`xs`,children:[(0,J.jsx)(mi,{severity:f.severity,size:`lg`}),(0,J.jsx)(hi,{status:f.status,size:`lg`}),f.restricted?(0,J.jsx)(c,{color:`grape`,variant:`light`,size:`lg`,radius:`sm`,children:`Restricted`}):null]}),(0,J.jsx)(Zi,{status:u.status,syncing:u.syncing})]}),(0,J.jsx)(M,{order:1,className:`incident-title`,children:f.title}),(0,J.jsx)(n,{size:`xs`,c:`dimmed`,children:Ne[f.severity]}),f.summary?(0,J.jsx)(sa,{size:`md`,children:f.summary}):(0,J.jsx)(n,{c:`dimmed`,fs:`italic`,children:`No summary written yet.`}),(0,J.jsxs)(T,{cols:{base:1,md:2},spacing:`lg`,children:[(0,J.jsxs)(o,{bg:`red.0`,p:`md`,radius:`md`,component:`section`,"aria-labelledby":`impact-heading`,children:[(0,J.jsx)(M,{order:2,size:`h5`,id:`impact-heading`,mb:4,children:`Customer impact`}),f.customerImpact?(0,J.jsx)(sa,{children:f.customerImpact}):(0,J.jsx)(n,{size:`sm`,c:`dimmed`,children:`Not described yet.`}),f.customersAffected==null?null:(0,J.jsxs)(n,{size:`sm`,fw:600,mt:`xs`,children:[`About `,f.customersAffected.toLocaleString(),` customers affected`]})]}),(0,J.jsxs)(o,{bg:`gray.0`,p:`md`,radius:`md`,component:`section`,"aria-labelledby":`review-heading`,children:[(0,J.jsx)(M,{order:2,size:`h5`,id:`review-heading`,mb:4,children:`Review`}),(0,J.jsxs)(`dl`,{className:`facts`,children:[(0,J.jsx)(`dt`,{children:`Format`}),(0,J.jsx)(`dd`,{children:f.reviewMode?z($e,f.reviewMode):`Not chosen yet`}),(0,J.jsx)(`dt`,{children:`Due`}),(0,J.jsx)(`dd`,{children:f.reviewDueAt?R(f.reviewDueAt):`No date set`}),(0,J.jsx)(`dt`,{children:`Facilitator`}),(0,J.jsx)(`dd`,{children:f.facilitator?.name??`Nobody yet`})]}),(0,J.jsx)(gs,{incident:f})]})]}),(0,J.jsx)(Ea,{incident:f}),(0,J.jsxs)(T,{cols:{base:1,sm:3},spacing:`md`,children:[(0,J.jsx)(Sc,{title:`Services`,empty:`None named`,items:m.map(e=>({id:e.id,name:e.name,hint:z(tt,e.kind),to:`/services/${encodeURIComponent(e.id)}`}))}),(0,J.jsx)(Sc,{title:`Vendors`,empty:`None involved`,items:h.map(e=>({id:e.id,name:e.name}))}),(0,J.jsx)(Sc,{title:`Tags`,empty:`No tags`,items:g.map(e=>({id:e.id,name:e.name}))})]})]})}),(0,J.jsx)(`nav`,{"aria-label":`Sections of this incident`,className:`section-nav`,children:v.map(e=>(0,J.jsxs)(`a`,{href:`#${e.id}`,children:[e.label,` `,e.count==null?null:(0,J.jsx)(`span`,{className:`count`,children:e.count})]},e.id))}),(0,J.jsx)(Qo,{incident:f}),(0,J.jsx)(bc,{}),(0,J.jsx)(Na,{incident:f}),(0,J.jsx)(Ao,{incident:f}),(0,J.jsx)(Ro,{incident:f}),(0,J.jsx)(lo,{incident:f}),(0,J.jsx)(ps,{incident:f}),(0,J.jsx)(Ta,{incident:f}),(0,J.jsx)(ra,{incident:f}),(0,J.jsx)(nc,{incidentID:f.id}),(0,J.jsx)(ns,{incidentID:f.id}),(0,J.jsx)(fs,{incidentID:f.id}),(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,ta:`center`,children:[H(f.timelineEvents.totalCount,`timeline event`),` · `,H(f.participants.totalCount,`participant`),` ·`,` `,H(f.actionItems.totalCount,`action item`)]})]})})})}function Sc({title:e,items:t,empty:r}){return(0,J.jsxs)(`div`,{children:[(0,J.jsx)(n,{size:`xs`,tt:`uppercase`,fw:700,c:`dimmed`,mb:6,children:e}),t.length===0?(0,J.jsx)(n,{size:`sm`,c:`dimmed`,children:r}):(0,J.jsx)(s,{gap:6,children:t.map(e=>e.to?(0,J.jsx)(c,{component:P,to:e.to,variant:`light`,color:`indigo`,radius:`sm`,size:`md`,title:e.hint,style:{cursor:`pointer`},children:e.name},e.id):(0,J.jsx)(c,{variant:`light`,color:`gray`,radius:`sm`,size:`md`,title:e.hint,children:e.name},e.id))})]})}function Cc(){return K(`Page not found`),(0,J.jsxs)(j,{gap:`sm`,py:`xl`,children:[(0,J.jsx)(M,{order:1,children:`Page not found`}),(0,J.jsx)(n,{c:`dimmed`,children:`There is no page at this address.`}),(0,J.jsx)(N,{component:P,to:`/incidents`,children:`Go to the list of incidents`})]})}var wc=V(`
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
`),Tc={INCIDENT:`Incident`,TIMELINE_EVENT:`Timeline event`,PERSPECTIVE:`Perspective`,INSIGHT:`Insight`,ACTION_ITEM:`Action item`};function Ec(e){if(!e.incident)return null;let t=`/incidents/${encodeURIComponent(e.incident.id)}`,n=`id`in e.record?e.record.id:``;switch(e.kind){case`TIMELINE_EVENT`:return`${t}#timeline`;case`PERSPECTIVE`:return`${t}#perspectives`;case`INSIGHT`:return`${t}#insight-${n}`;case`ACTION_ITEM`:return`${t}#action-${n}`;default:return t}}function Dc(e){let t=[],n=/«([^»]*)»/g,r=0;for(let i=n.exec(e);i;i=n.exec(e))i.index>r&&t.push({text:e.slice(r,i.index),match:!1}),t.push({text:i[1],match:!0}),r=i.index+i[0].length;return r<e.length&&t.push({text:e.slice(r).replace(/[«»]/g,``),match:!1}),t}function Oc({snippet:e}){return(0,J.jsx)(n,{size:`sm`,"data-testid":`snippet`,children:Dc(e).map((e,t)=>(0,J.jsx)(G.Fragment,{children:e.match?(0,J.jsx)(ce,{color:`yellow`,children:e.text}):e.text},t))})}function kc({hit:e}){let t=Ec(e);return(0,J.jsx)(o,{withBorder:!0,radius:`md`,p:`sm`,component:`li`,"data-testid":`search-hit`,style:{listStyle:`none`},children:(0,J.jsxs)(j,{gap:4,children:[(0,J.jsxs)(s,{gap:`xs`,children:[(0,J.jsx)(c,{size:`sm`,variant:`light`,radius:`sm`,children:Tc[e.kind]??e.kind}),t?(0,J.jsx)(N,{component:P,to:t,fw:600,size:`sm`,children:e.title}):(0,J.jsx)(n,{fw:600,size:`sm`,children:e.title})]}),(0,J.jsx)(Oc,{snippet:e.snippet}),e.incident&&e.kind!==`INCIDENT`?(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,children:[`In `,e.incident.title]}):null]})})}var Ac=20;function jc({q:e,kinds:t,after:r,onMore:i}){let[a,o]=L({query:wc,variables:{query:e,kinds:t.length?t:null,first:Ac,after:r}}),s=a.data?.search;return a.error&&!s?(0,J.jsx)(B,{error:a.error,onRetry:()=>o({requestPolicy:`network-only`})}):s?(0,J.jsxs)(j,{gap:`sm`,children:[r?null:(0,J.jsx)(n,{size:`sm`,role:`status`,"data-testid":`search-count`,children:s.totalCount?`${H(s.totalCount,`match`,`matches`)} for “${e}”`:`Nothing matches “${e}”.`}),(0,J.jsx)(j,{component:`ol`,gap:`xs`,p:0,m:0,"aria-label":`Search results`,children:s.edges.map(e=>(0,J.jsx)(kc,{hit:e.node},e.cursor))}),s.pageInfo.hasNextPage&&s.pageInfo.endCursor?(0,J.jsx)(p,{variant:`default`,size:`xs`,onClick:()=>i(s.pageInfo.endCursor),style:{alignSelf:`flex-start`},children:`More results`}):null]}):(0,J.jsx)(Me,{what:`the results`})}function Mc(){let[e,t]=he(),r=(e.get(`q`)??``).trim(),i=(e.get(`kinds`)??``).split(`,`).filter(e=>e in Tc),[a,o]=(0,G.useState)([null]);return K(r?`Search: ${r}`:`Search`),(0,G.useEffect)(()=>o([null]),[r,i.join(`,`)]),(0,J.jsxs)(j,{gap:`md`,children:[(0,J.jsx)(M,{order:1,children:`Search`}),(0,J.jsx)(te.Group,{multiple:!0,value:i,onChange:n=>{let r=new URLSearchParams(e);n.length?r.set(`kinds`,n.join(`,`)):r.delete(`kinds`),t(r,{replace:!0})},children:(0,J.jsx)(s,{gap:`xs`,role:`group`,"aria-label":`Only these kinds`,children:Object.entries(Tc).map(([e,t])=>(0,J.jsx)(te,{value:e,size:`xs`,children:t},e))})}),r?a.map((e,t)=>(0,J.jsx)(jc,{q:r,kinds:i,after:e,onMore:e=>t===a.length-1&&o([...a,e])},e??`first`)):(0,J.jsx)(n,{c:`dimmed`,children:`Type words in the search box above: “quoted phrases”, or, and -excluded words work.`})]})}var Nc=V(`
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
`);function Pc(){let{id:e=``}=Se(),[t,r]=L({query:Nc,variables:{id:e}}),i=t.data?.node,c=i?.__typename===`Service`?i:void 0;if(K(c?.name??`Service`),t.error&&!c)return(0,J.jsx)(B,{error:t.error,onRetry:()=>r({requestPolicy:`network-only`})});if(!c)return t.fetching||!t.data?(0,J.jsx)(Me,{what:`the service`}):(0,J.jsxs)(j,{children:[(0,J.jsx)(M,{order:1,children:`Service not found`}),(0,J.jsx)(N,{component:P,to:`/insights`,children:`Back to insights`})]});let l=W(c.incidents);return(0,J.jsxs)(j,{gap:`lg`,children:[(0,J.jsxs)(a,{"aria-label":`Breadcrumb`,children:[(0,J.jsx)(N,{component:P,to:`/insights?by=SERVICE&services=${encodeURIComponent(c.id)}`,size:`sm`,children:`Insights`}),(0,J.jsx)(n,{size:`sm`,c:`dimmed`,children:c.name})]}),(0,J.jsxs)(`div`,{children:[(0,J.jsx)(M,{order:1,children:c.name}),(0,J.jsxs)(n,{c:`dimmed`,size:`sm`,children:[z(tt,c.kind),c.ownerTeam?` · owned by ${c.ownerTeam.name}`:``,c.vendor?` · provided by ${c.vendor.name}`:``]}),c.description?(0,J.jsx)(n,{mt:`xs`,children:c.description}):null]}),(0,J.jsxs)(T,{cols:{base:1,md:2},spacing:`lg`,children:[(0,J.jsxs)(o,{withBorder:!0,radius:`md`,p:`lg`,component:`section`,"aria-labelledby":`service-incidents-heading`,children:[(0,J.jsxs)(M,{order:2,size:`h3`,id:`service-incidents-heading`,mb:`sm`,children:[`Incidents (`,c.incidents.totalCount,`)`]}),l.length===0?(0,J.jsx)(n,{size:`sm`,c:`dimmed`,fs:`italic`,children:`No incidents in this service.`}):(0,J.jsx)(w,{listStyleType:`none`,spacing:`xs`,"aria-label":`Incidents in ${c.name}`,children:l.map(e=>(0,J.jsxs)(w.Item,{children:[(0,J.jsx)(N,{component:P,to:`/incidents/${encodeURIComponent(e.id)}`,size:`sm`,fw:600,children:e.title}),(0,J.jsxs)(s,{gap:6,mt:2,children:[(0,J.jsx)(mi,{severity:e.severity,size:`sm`}),(0,J.jsx)(hi,{status:e.status,size:`sm`}),(0,J.jsx)(n,{span:!0,size:`xs`,c:`dimmed`,children:U(e.startedAt)})]})]},e.id))}),c.incidents.totalCount>l.length?(0,J.jsxs)(n,{size:`xs`,c:`dimmed`,mt:`xs`,children:[`The latest `,H(l.length,`incident`),` of `,c.incidents.totalCount,`.`]}):null]}),(0,J.jsxs)(o,{withBorder:!0,radius:`md`,p:`lg`,component:`section`,"aria-labelledby":`service-related-heading`,children:[(0,J.jsx)(M,{order:2,size:`h3`,id:`service-related-heading`,mb:`xs`,children:`Related incidents elsewhere`}),(0,J.jsx)(n,{size:`sm`,c:`dimmed`,mb:`sm`,children:`Incidents in other services that share factor categories, vendors or unusual words with this service’s own.`}),(0,J.jsx)(ts,{related:c.relatedIncidents,empty:`No related incidents elsewhere.`})]})]})]})}var Fc=V(`
  query SignedOutServerInfo {
    serverInfo {
      devLogin
    }
  }
`);function Ic(){K(`Signed out`);let[{data:e}]=L({query:Fc});return(0,J.jsxs)(`div`,{className:`signed-out`,children:[e?.serverInfo.devLogin?(0,J.jsx)(wt,{}):null,(0,J.jsx)(O,{size:`xs`,py:64,children:(0,J.jsx)(o,{withBorder:!0,p:`xl`,radius:`md`,children:(0,J.jsxs)(j,{gap:`md`,align:`flex-start`,children:[(0,J.jsx)(M,{order:1,children:`You are signed out`}),(0,J.jsx)(n,{c:`dimmed`,children:`Your Debrief session has ended on this browser.`}),(0,J.jsx)(p,{component:`a`,href:ct(`/`),children:`Sign in again`})]})})})]})}var Lc=`modulepreload`,Rc=function(e){return`/`+e},zc={},Bc=function(e){return e.pathname.endsWith(`.css`)},Vc=function(e,t,n){if(t in e)return e[t];let r=n();if(!r){e[t]=void 0;return}let i=r.then(()=>{e[t]=void 0},n=>{throw e[t]=void 0,n});return e[t]=i,i},Hc=function(e,t,n){let r=Promise.resolve();if(t&&t.length>0){let e,i=document.querySelector(`meta[property=csp-nonce]`),a=i?.nonce||i?.getAttribute(`nonce`);function o(e){return Promise.all(e.map(e=>Promise.resolve(e).then(e=>({status:`fulfilled`,value:e}),e=>({status:`rejected`,reason:e}))))}function s(e){return import.meta.resolve?new URL(import.meta.resolve(e)):new URL(e,import.meta.url)}r=o(t.map(t=>{t=Rc(t,n);let r=s(t),i=Bc(r);return Vc(zc,r.href,()=>{if(e===void 0){e={all:new Set,styles:new Set};let t=document.getElementsByTagName(`link`);for(let n=t.length-1;n>=0;n--){let r=t[n];e.all.add(r.href),r.rel===`stylesheet`&&e.styles.add(r.href)}}if((i?e.styles:e.all).has(r.href))return;let t=document.createElement(`link`);if(t.rel=i?`stylesheet`:Lc,i||(t.as=`script`),t.crossOrigin=``,t.href=r.href,a&&t.setAttribute(`nonce`,a),document.head.appendChild(t),i)return new Promise((e,n)=>{let i=a=>{t.removeEventListener(`load`,i),t.removeEventListener(`error`,i),a.type===`error`?n(Error(`Unable to preload CSS for ${r}`)):e(a)};t.addEventListener(`load`,i),t.addEventListener(`error`,i)})})}).filter(e=>e!==void 0))}function i(e){let t=new Event(`vite:preloadError`,{cancelable:!0});if(t.payload=e,window.dispatchEvent(t),!t.defaultPrevented)throw e}return r.then(t=>{for(let e of t||[])e.status===`rejected`&&i(e.reason);return e().catch(i)})},Uc=(0,G.lazy)(()=>Hc(()=>import(`./InsightsPage-4Rssgxkz.js`).then(e=>({default:e.InsightsPage})),__vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11]))),Wc=(0,G.lazy)(()=>Hc(()=>import(`./ReportsPage-BHwmD5if.js`).then(e=>({default:e.ReportsPage})),__vite__mapDeps([12,1,2,3,4,5,10,6,7,11]))),Gc=(0,G.lazy)(()=>Hc(()=>import(`./ReportPage-zdqP4dgm.js`).then(e=>({default:e.ReportPage})),__vite__mapDeps([13,1,2,3,4,5,10,6,7,9,14]))),Kc=(0,G.lazy)(()=>Hc(()=>import(`./ReportPage-zdqP4dgm.js`).then(e=>({default:e.ReportVersionPage})),__vite__mapDeps([13,1,2,3,4,5,10,6,7,9,14]))),qc=(0,G.lazy)(()=>Hc(()=>import(`./DirectoryPage-BmGhlF2e.js`).then(e=>({default:e.DirectoryPage})),__vite__mapDeps([15,1,2,3,4,5,10,6,7,11]))),Jc=(0,G.lazy)(()=>Hc(()=>import(`./ReportTemplatesPage-B8pcdT66.js`).then(e=>({default:e.ReportTemplatesPage})),__vite__mapDeps([16,1,2,3,4,5,6,7,11]))),Yc=(0,G.lazy)(()=>Hc(()=>import(`./WorkflowsPage-DxVcVhtk.js`).then(e=>({default:e.WorkflowsPage})),__vite__mapDeps([17,1,2,3,4,5,6,7,11]))),Xc=(0,G.lazy)(()=>Hc(()=>import(`./CommsPage-DEjrAOIn.js`).then(e=>({default:e.CommsPage})),__vite__mapDeps([18,1,2,3,4,5,6,7,11])));function Zc(e,t){return(0,J.jsx)(G.Suspense,{fallback:(0,J.jsx)(Me,{what:t}),children:e})}function Qc(){return(0,J.jsxs)(be,{children:[(0,J.jsx)(F,{path:vt,element:(0,J.jsx)(Ic,{})}),(0,J.jsxs)(F,{element:(0,J.jsx)(xt,{children:(0,J.jsx)(cn,{})}),children:[(0,J.jsx)(F,{index:!0,element:(0,J.jsx)(Ci,{})}),(0,J.jsx)(F,{path:`incidents`,element:(0,J.jsx)(Ci,{})}),(0,J.jsx)(F,{path:`incidents/:id`,element:(0,J.jsx)(xc,{})}),(0,J.jsx)(F,{path:`actions`,element:(0,J.jsx)(sr,{})}),(0,J.jsx)(F,{path:`follow-through`,element:(0,J.jsx)(Ur,{})}),(0,J.jsx)(F,{path:`reports`,element:Zc((0,J.jsx)(Wc,{}),`reports`)}),(0,J.jsx)(F,{path:`reports/:id`,element:Zc((0,J.jsx)(Gc,{}),`the report`)}),(0,J.jsx)(F,{path:`reports/:id/versions/:number`,element:Zc((0,J.jsx)(Kc,{}),`the report`)}),(0,J.jsx)(F,{path:`inbox`,element:(0,J.jsx)(fi,{})}),(0,J.jsx)(F,{path:`insights`,element:Zc((0,J.jsx)(Uc,{}),`insights`)}),(0,J.jsx)(F,{path:`search`,element:(0,J.jsx)(Mc,{})}),(0,J.jsx)(F,{path:`services/:id`,element:(0,J.jsx)(Pc,{})}),(0,J.jsx)(F,{path:`directory`,element:Zc((0,J.jsx)(qc,{}),`the directory`)}),(0,J.jsx)(F,{path:`import`,element:(0,J.jsx)(si,{})}),(0,J.jsxs)(F,{path:`admin`,element:(0,J.jsx)(ur,{}),children:[(0,J.jsx)(F,{index:!0,element:(0,J.jsx)(_e,{to:`taxonomy`,replace:!0})}),(0,J.jsx)(F,{path:`taxonomy`,element:(0,J.jsx)(gr,{})}),(0,J.jsx)(F,{path:`webhooks`,element:(0,J.jsx)(jr,{})}),(0,J.jsx)(F,{path:`report-templates`,element:Zc((0,J.jsx)(Jc,{}),`report templates`)}),(0,J.jsx)(F,{path:`workflows`,element:Zc((0,J.jsx)(Yc,{}),`workflows`)}),(0,J.jsx)(F,{path:`comms`,element:Zc((0,J.jsx)(Xc,{}),`communication`)})]}),(0,J.jsx)(F,{path:`*`,element:(0,J.jsx)(Cc,{})})]})]})}var $c=je({onResult(e){gt(e.error)&&mt()}}),el=we({forwardSubscription(e){let t={...e,query:e.query||``};return{subscribe(e){return{unsubscribe:zi.subscribe(t,e)}}}}}),tl=new ke({url:`/graphql`,exchanges:[Ce,$c,Ee,el],preferGetMethod:!1,requestPolicy:`cache-and-network`,fetchOptions:{credentials:`same-origin`,headers:{Accept:`application/json`,...st}}}),nl=b({primaryColor:`indigo`,defaultRadius:`md`,fontFamily:`Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`,headings:{fontFamily:`Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`,fontWeight:`650`},components:{Badge:c.extend({defaultProps:{tt:`none`}})}});(0,ot.createRoot)(document.getElementById(`root`)).render((0,J.jsx)(G.StrictMode,{children:(0,J.jsx)(y,{theme:nl,defaultColorScheme:`light`,children:(0,J.jsx)(Oe,{value:tl,children:(0,J.jsx)(xe,{children:(0,J.jsx)(Qc,{})})})})}));export{Ss as A,$n as B,Ls as C,ws as D,Ts as E,qa as F,Xt as G,Z as H,Fa as I,Rt as J,Yt as K,sa as L,Ja as M,Ka as N,Cs as O,Ha as P,K as Q,mi as R,Is as S,Ds as T,un as U,Qn as V,qt as W,Ct as X,X as Y,q as Z,Zs as _,fc as a,js as b,Js as c,zs as d,Rs as f,Gs as g,Vs as h,dc as i,us as j,bs as k,qs as l,Bs as m,uc as n,tc as o,Ys as p,Jt as q,lc as r,Xs as s,Hc as t,Ks as u,Ps as v,As as w,Fs as x,Ms as y,hi as z};