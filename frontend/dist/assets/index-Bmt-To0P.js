const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/InsightsPage-DpjQtSW1.js","assets/rolldown-runtime-XKyaHtl9.js","assets/charts-DBgiqiy0.js","assets/mantine-yOxTrcFb.js","assets/react-ChuVQnjQ.js","assets/mantine-MrxVXM7H.css","assets/charts-CmJwn1CT.css","assets/vendor-D4Fngvba.js","assets/format-Xjo4WKyq.js","assets/TrendChart-BydJRotZ.js","assets/dimensions-Bd4xX5Yg.js","assets/query-CXh2mmwh.js","assets/ReportsPage-CcV81Uh8.js","assets/ReportPage-C1gzpyDV.js","assets/ReportPage-9-ljPtPg.css","assets/DirectoryPage-BcDn1X9-.js","assets/ReportTemplatesPage-BrF-bkxd.js","assets/WorkflowsPage-CA1gOpU0.js","assets/CommsPage-D0FucZw2.js"])))=>i.map(i=>d[i]);
import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{B as t,C as n,E as r,F as i,G as a,H as o,I as s,J as c,K as l,L as u,M as d,O as f,P as p,R as m,S as h,T as g,U as _,V as v,_ as y,a as b,b as x,c as S,ct as C,d as w,et as T,f as E,i as D,j as O,k,l as A,m as j,n as M,nt as ee,o as te,p as ne,q as re,s as N,t as P,u as ie,v as ae,w as oe,x as se,y as ce,z as le}from"./mantine-yOxTrcFb.js";import{a as ue,c as de,d as fe,f as pe,h as me,i as he,l as ge,n as F,o as I,p as _e,r as ve,s as ye,t as be,u as xe}from"./react-ChuVQnjQ.js";import{a as L,c as Se,d as Ce,i as we,l as Te,n as Ee,o as R,r as De,s as Oe,t as ke,u as Ae}from"./vendor-D4Fngvba.js";import{A as je,C as Me,D as Ne,E as Pe,O as Fe,S as Ie,T as Le,_ as Re,a as ze,b as Be,c as z,d as B,f as Ve,g as He,h as Ue,i as We,j as V,k as H,l as Ge,m as U,n as Ke,o as qe,p as Je,r as Ye,s as W,t as Xe,u as Ze,v as Qe,w as $e,x as et,y as tt}from"./format-Xjo4WKyq.js";import{n as G,t as nt}from"./query-CXh2mmwh.js";import{i as rt,r as it}from"./dimensions-Bd4xX5Yg.js";(function(){let e=document.createElement(`link`).relList;if(e&&e.supports&&e.supports(`modulepreload`))return;for(let e of document.querySelectorAll(`link[rel="modulepreload"]`))n(e);new MutationObserver(e=>{for(let t of e)if(t.type===`childList`)for(let e of t.addedNodes)e.tagName===`LINK`&&e.rel===`modulepreload`&&n(e)}).observe(document,{childList:!0,subtree:!0});function t(e){let t={};return e.integrity&&(t.integrity=e.integrity),e.referrerPolicy&&(t.referrerPolicy=e.referrerPolicy),t.credentials=e.crossOrigin===`use-credentials`?`include`:e.crossOrigin===`anonymous`?`omit`:`same-origin`,t}function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}})();var K=e(me(),1),at=_e(),ot={"X-Debrief-CSRF":`1`};function st(e){return`/auth/login?return_to=${encodeURIComponent(e)}`}function ct(){return window.location.pathname+window.location.search}var lt=`debrief:sign-in-started-at`,ut=6e4,dt=!1;function ft(){try{let e=Number(sessionStorage.getItem(lt));return e>0&&Date.now()-e<ut}catch{return!1}}function pt(){if(dt)return`leaving`;if(ft())return`loop`;dt=!0;try{sessionStorage.setItem(lt,String(Date.now()))}catch{}return window.location.assign(st(ct())),`leaving`}function mt(){try{sessionStorage.removeItem(lt)}catch{}}function ht(e){return e?e.graphQLErrors.some(e=>e.extensions?.code===`UNAUTHENTICATED`)?!0:e.response?.status===401:!1}async function gt(){let e=await fetch(`/auth/logout`,{method:`POST`,credentials:`same-origin`,headers:ot});if(!e.ok&&e.status!==401)throw Error(`The server answered ${e.status}${e.statusText?` ${e.statusText}`:``}.`);mt()}var _t=`/signed-out`;function q(e){(0,K.useEffect)(()=>{document.title=e?`${e} · Debrief`:`Debrief`},[e])}var vt=H(`
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
`),yt=(0,K.createContext)(null);function J(){let e=(0,K.useContext)(yt);if(!e)throw Error(`useSession outside RequireSignIn`);return e}var Y=pe();function bt({children:e}){let[{data:t,error:n},r]=R({query:vt,requestPolicy:`cache-first`}),i=t?.viewer??null,a=t!==void 0&&i===null,[o,s]=(0,K.useState)(!1);return(0,K.useEffect)(()=>{i?mt():a&&pt()===`loop`&&s(!0)},[i,a]),i?(0,Y.jsx)(yt.Provider,{value:{viewer:i,devLogin:t?.serverInfo.devLogin??!1},children:e}):o?(0,Y.jsx)(xt,{}):n&&!t?(0,Y.jsx)(k,{size:`sm`,py:`xl`,children:(0,Y.jsx)(V,{error:n,onRetry:()=>r({requestPolicy:`network-only`})})}):(0,Y.jsx)(je,{what:a?`the sign-in page`:`Debrief`})}function xt(){return q(`Sign-in did not finish`),(0,Y.jsx)(k,{size:`sm`,py:`xl`,children:(0,Y.jsxs)(N,{gap:`sm`,align:`flex-start`,children:[(0,Y.jsx)(P,{order:1,children:`Sign-in did not finish`}),(0,Y.jsx)(v,{children:`You came back from signing in, but Debrief still does not know who you are. If this happens again, your browser may be refusing Debrief's cookie.`}),(0,Y.jsx)(i,{component:`a`,href:st(ct()),children:`Sign in`})]})})}function St(e){return e===`ANALYST`||e===`ADMIN`}function Ct(){return(0,Y.jsxs)(`div`,{className:`dev-login-banner`,role:`note`,"aria-label":`Development sign-in warning`,"data-testid":`dev-login-banner`,children:[(0,Y.jsx)(`span`,{"aria-hidden":`true`,children:`⚠`}),(0,Y.jsxs)(`span`,{children:[(0,Y.jsx)(`strong`,{children:`Development sign-in is on`}),` — anyone can sign in as anyone. Do not use in production.`]})]})}var wt={base:44,sm:32},Tt=H(`
  query UnreadNotifications {
    unreadNotifications
  }
`),Et=3e4;function Dt(){let[e,t]=R({query:Tt}),n=(0,K.useCallback)(()=>t({requestPolicy:`network-only`}),[t]);return(0,K.useEffect)(()=>{let e=window.setInterval(()=>{document.visibilityState===`visible`&&n()},Et),t=()=>n();return window.addEventListener(`focus`,t),()=>{window.clearInterval(e),window.removeEventListener(`focus`,t)}},[n]),e.data?.unreadNotifications}function Ot(){let e=we();return(0,K.useCallback)(()=>{e.query(Tt,{},{requestPolicy:`network-only`}).toPromise()},[e])}function kt(){let e=Dt()??0,t=e?`Inbox, ${e} unread`:`Inbox, nothing unread`;return(0,Y.jsx)(n,{label:e>99?`99+`:e,size:18,color:`red`,disabled:!e,offset:4,"data-testid":`inbox-bell`,"data-unread":e,children:(0,Y.jsx)(c,{component:F,to:`/inbox`,"aria-label":t,title:t,className:`inbox-bell`,c:`white`,p:6,style:{display:`flex`,borderRadius:6},children:(0,Y.jsxs)(`svg`,{width:`22`,height:`22`,viewBox:`0 0 24 24`,fill:`none`,stroke:`currentColor`,strokeWidth:`2`,strokeLinecap:`round`,strokeLinejoin:`round`,"aria-hidden":`true`,children:[(0,Y.jsx)(`path`,{d:`M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9`}),(0,Y.jsx)(`path`,{d:`M10.3 21a1.94 1.94 0 0 0 3.4 0`})]})})})}function At(){let e=ge(),{pathname:t}=de(),[n]=fe(),r=t===`/search`?n.get(`q`)??``:``,[i,a]=(0,K.useState)(r);return(0,K.useEffect)(()=>a(r),[r]),(0,Y.jsx)(`form`,{role:`search`,"aria-label":`Search Debrief`,onSubmit:t=>{t.preventDefault();let n=i.trim();n&&e(`/search?q=${encodeURIComponent(n)}`)},children:(0,Y.jsx)(M,{size:`xs`,type:`text`,"aria-label":`Search everything`,placeholder:`Search everything…`,value:i,onChange:e=>a(e.currentTarget.value),enterKeyHint:`search`,w:{base:140,md:220}})})}var jt=(0,K.createContext)(null),Mt=jt.Provider;function X(){let e=(0,K.useContext)(jt);if(!e)throw Error(`useBoard outside BoardProvider`);return e}var Nt=[`ENGINEERING`,`SUPPORT`,`MARKETING`,`PRODUCT`,`LEADERSHIP`];function Pt(e){return e?.graphQLErrors.find(e=>e.extensions?.code===`CONFLICT`)}function Z(e){return e?e.networkError?`Could not reach the Debrief server. Check your connection and try again.`:e.graphQLErrors.map(e=>e.message).join(` `)||e.message:null}function Ft(){return Intl.DateTimeFormat().resolvedOptions().timeZone||`UTC`}var It=[`UTC`,`Europe/London`,`Europe/Berlin`,`America/New_York`,`America/Chicago`,`America/Los_Angeles`,`Asia/Kolkata`,`Asia/Tokyo`,`Australia/Sydney`];function Lt(e=[]){let t=[];try{t=Intl.supportedValuesOf?.(`timeZone`)??[]}catch{t=[]}let n=new Set,r=[];for(let i of[Ft(),...e,...It,...t])i&&!n.has(i)&&Rt(i)&&(n.add(i),r.push(i));return r}function Rt(e){try{return new Intl.DateTimeFormat(`en-GB`,{timeZone:e}),!0}catch{return!1}}function zt(e,t){let n=new Intl.DateTimeFormat(`en-GB`,{timeZone:t,hourCycle:`h23`,year:`numeric`,month:`2-digit`,day:`2-digit`,hour:`2-digit`,minute:`2-digit`,second:`2-digit`}),r={};for(let t of n.formatToParts(new Date(e)))r[t.type]=t.value;return r}function Bt(e,t){let n=zt(e,t);return Date.UTC(+n.year,n.month-1,+n.day,n.hour%24,+n.minute,+n.second)-Math.floor(e/1e3)*1e3}function Vt(e,t){let n=zt(new Date(e).getTime(),t);return`${n.year}-${n.month}-${n.day}T${String(n.hour%24).padStart(2,`0`)}:${n.minute}`}function Ht(e,t,n,r,i,a,o){let s=Date.UTC(e,t-1,n,r,i,a);if(Number.isNaN(s))return null;let c=s-Bt(s,o);return c=s-Bt(c,o),new Date(c).toISOString()}function Ut(e,t){let n=/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(e);return n?Ht(+n[1],+n[2],+n[3],+n[4],+n[5],+(n[6]??0),t):null}function Wt(e,t,n=!1){return new Intl.DateTimeFormat(`en-GB`,{timeZone:t,hour:`2-digit`,minute:`2-digit`,...n?{day:`numeric`,month:`short`}:{}}).format(new Date(e))}function Gt(e){return`tel:${e.replace(/[^\d+]/g,``)}`}function Kt({phone:e,chatHandle:n,email:r}){return!e&&!n&&!r?(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,children:`No contact details`}):(0,Y.jsxs)(_,{gap:`sm`,wrap:`wrap`,"data-testid":`contact-links`,children:[e?(0,Y.jsxs)(t,{size:`xs`,href:Gt(e),"aria-label":`Call ${e}`,children:[`☎ `,e]}):null,n?(0,Y.jsxs)(v,{size:`xs`,span:!0,title:`Chat handle`,children:[`💬 `,n]}):null,r?(0,Y.jsxs)(t,{size:`xs`,href:`mailto:${r}`,children:[`✉ `,r]}):null]})}function qt(e,t=new Date){try{let n=new Intl.DateTimeFormat(`en-GB`,{timeZone:e,timeZoneName:`longOffset`}).formatToParts(t).find(e=>e.type===`timeZoneName`)?.value??`GMT`,r=/GMT([+-]\d{2}:\d{2})/.exec(n);return r?r[1]:`+00:00`}catch{return``}}function Jt(e,t=new Date){try{return Wt(t.toISOString(),e)}catch{return``}}function Yt({time:e,offset:t,zone:n}){return(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,span:!0,"data-testid":`local-time`,children:[e,` local (UTC`,t,`)`,n?` · ${n}`:``]})}var Xt=H(`
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
`);function Zt(e){switch(e.reason){case`ESCALATION_CONTACT`:return`Escalation contact for ${e.service?.name??e.matched}`;case`SERVICE_OWNER`:return e.team?`Owns ${e.service?.name??e.matched} (${e.team.name})`:`Owns ${e.service?.name??e.matched}`;case`EXPERTISE`:return`Expertise: ${e.matched}`;case`TEAM`:return`Member of ${e.team?.name??e.matched}`;case`NAME`:return`Name matches “${e.matched}”`;default:return e.matched}}var Qt={ESCALATION_CONTACT:`red`,SERVICE_OWNER:`indigo`,EXPERTISE:`teal`,TEAM:`grape`,NAME:`gray`},$t=`Shift+?`;function en(e){return e instanceof HTMLElement?e.isContentEditable||[`INPUT`,`TEXTAREA`,`SELECT`].includes(e.tagName):!1}function tn(){let[e,t]=(0,K.useState)(!1),[n,r]=(0,K.useState)(``);return(0,K.useEffect)(()=>{let e=e=>{e.key!==`?`||e.ctrlKey||e.metaKey||e.altKey||e.defaultPrevented||en(e.target)||(e.preventDefault(),r(``),t(!0))};return window.addEventListener(`keydown`,e),()=>window.removeEventListener(`keydown`,e)},[]),(0,K.useEffect)(()=>{if(!e)return;let t=e=>{e.key.length!==1||e.ctrlKey||e.metaKey||e.altKey||e.defaultPrevented||en(e.target)||(e.preventDefault(),r(t=>t+e.key))};return window.addEventListener(`keydown`,t),()=>window.removeEventListener(`keydown`,t)},[e]),(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(i,{size:`xs`,variant:`white`,color:`indigo`,onClick:()=>t(!0),"aria-keyshortcuts":$t,"aria-label":`Who do I call?`,title:`Who do I call? (press ?)`,rightSection:(0,Y.jsx)(se,{size:`xs`,children:`?`}),visibleFrom:`xs`,children:(0,Y.jsx)(`span`,{"aria-hidden":`true`,children:`☎`})}),(0,Y.jsx)(ae,{opened:e,onClose:()=>t(!1),title:`Who do I call?`,size:`lg`,yOffset:`8vh`,transitionProps:{duration:0},children:e?(0,Y.jsx)(nn,{text:n,setText:r,onDone:()=>t(!1)}):null})]})}function nn({text:e,setText:n,onDone:r}){let i=ge(),s=(0,K.useId)(),[c]=C(e.trim(),200),[l]=R({query:Xt,variables:{q:c},pause:c===``}),d=l.data?.whoToCall.query===c&&c!==``?l.data.whoToCall:null,f=(0,K.useMemo)(()=>[...(d?.people??[]).map(e=>({kind:`person`,match:e})),...(d?.services??[]).map(e=>({kind:`service`,service:e}))],[d]),[p,m]=(0,K.useState)(0);(0,K.useEffect)(()=>m(0),[d]);let h=e=>{e&&(r(),e.kind===`service`?i(`/services/${encodeURIComponent(e.service.id)}`):i(`/directory?q=${encodeURIComponent(e.match.user.name)}`))},g=e=>{f.length!==0&&(e.key===`ArrowDown`?(e.preventDefault(),m(e=>(e+1)%f.length)):e.key===`ArrowUp`?(e.preventDefault(),m(e=>(e-1+f.length)%f.length)):e.key===`Home`?(e.preventDefault(),m(0)):e.key===`End`?(e.preventDefault(),m(f.length-1)):e.key===`Enter`&&(e.preventDefault(),h(f[p])))};(0,K.useEffect)(()=>{document.getElementById(`${s}-${p}`)?.scrollIntoView({block:`nearest`})},[p,s]);let y=d?.people??[],b=d?.services??[];return(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(M,{"data-autofocus":!0,role:`combobox`,"aria-label":`Service, skill, team or name`,"aria-expanded":f.length>0,"aria-controls":s,"aria-autocomplete":`list`,"aria-activedescendant":f.length>0?`${s}-${p}`:void 0,placeholder:`A service, a skill, a team or a name: payments-gateway, postgres, Platform…`,value:e,onChange:e=>n(e.currentTarget.value),onKeyDown:g,rightSection:l.fetching?(0,Y.jsx)(a,{size:`xs`}):null}),(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[(0,Y.jsx)(se,{size:`xs`,children:`↑`}),` `,(0,Y.jsx)(se,{size:`xs`,children:`↓`}),` to move, `,(0,Y.jsx)(se,{size:`xs`,children:`Enter`}),` to open, `,(0,Y.jsx)(se,{size:`xs`,children:`Esc`}),` to close.`]}),l.error?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:Z(l.error)}):null,d&&f.length===0?(0,Y.jsxs)(v,{size:`sm`,c:`dimmed`,fs:`italic`,role:`status`,children:[`Nobody found for “`,c,`”. Try a service name, a skill such as postgres, or a team.`]}):null,(0,Y.jsxs)(`div`,{id:s,role:`listbox`,"aria-label":`People and services to call`,style:{maxHeight:`60vh`,overflowY:`auto`},children:[y.length>0?(0,Y.jsx)(v,{size:`xs`,tt:`uppercase`,fw:700,c:`dimmed`,mb:4,role:`presentation`,children:`People to call`}):null,y.map((e,t)=>(0,Y.jsxs)(rn,{id:`${s}-${t}`,active:p===t,onHover:()=>m(t),onOpen:()=>h(f[t]),testid:`who-person`,children:[(0,Y.jsxs)(_,{justify:`space-between`,align:`flex-start`,wrap:`nowrap`,gap:`xs`,children:[(0,Y.jsxs)(`div`,{style:{minWidth:0},children:[(0,Y.jsxs)(v,{fw:600,size:`sm`,children:[e.user.name,e.user.title?(0,Y.jsxs)(v,{span:!0,size:`xs`,c:`dimmed`,fw:400,children:[` `,`· `,e.user.title]}):null]}),(0,Y.jsx)(_,{gap:4,mt:2,children:e.reasons.map((e,t)=>(0,Y.jsx)(u,{size:`xs`,radius:`sm`,tt:`none`,variant:`light`,color:Qt[e.reason]??`gray`,children:Zt(e)},t))})]}),(0,Y.jsx)(Yt,{time:e.localTime,offset:e.utcOffset,zone:e.user.timeZone})]}),(0,Y.jsx)(Kt,{phone:e.user.phone,chatHandle:e.user.chatHandle,email:e.user.email})]},e.user.id)),b.length>0?(0,Y.jsx)(v,{size:`xs`,tt:`uppercase`,fw:700,c:`dimmed`,mt:`sm`,mb:4,role:`presentation`,children:`Services`}):null,b.map((e,n)=>{let r=y.length+n,i=Be(e.runbookURL);return(0,Y.jsxs)(rn,{id:`${s}-${r}`,active:p===r,onHover:()=>m(r),onOpen:()=>h(f[r]),testid:`who-service`,children:[(0,Y.jsxs)(_,{justify:`space-between`,wrap:`nowrap`,gap:`xs`,children:[(0,Y.jsxs)(v,{fw:600,size:`sm`,children:[e.name,` `,(0,Y.jsx)(v,{span:!0,size:`xs`,c:`dimmed`,fw:400,children:B(et,e.kind)})]}),i?(0,Y.jsx)(t,{size:`xs`,href:i,target:`_blank`,rel:`noreferrer`,onClick:e=>e.stopPropagation(),children:`Runbook`}):(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,children:`No runbook`})]}),(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[e.ownerTeam?`Owned by ${e.ownerTeam.name}`:`No owning team`,e.ownerTeam?.chatChannel?` · ${e.ownerTeam.chatChannel}`:``,e.ownerTeam?.escalation?` · Out of hours: ${e.ownerTeam.escalation}`:``]})]},e.id)})]})]})}function rn({id:e,active:t,onHover:n,onOpen:r,testid:i,children:a}){return(0,Y.jsx)(`div`,{id:e,role:`option`,"aria-selected":t,"data-testid":i,onMouseMove:n,onClick:e=>{e.target.closest(`a`)||r()},style:{padding:`8px 10px`,borderRadius:6,cursor:`pointer`,background:t?`var(--mantine-color-indigo-0)`:void 0,outline:t?`1px solid var(--mantine-color-indigo-3)`:void 0,marginBottom:4},children:(0,Y.jsx)(N,{gap:4,children:a})})}var an=[{to:`/incidents`,label:`Incidents`,match:e=>e===`/`||e.startsWith(`/incidents`)},{to:`/actions`,label:`Actions`,match:e=>e.startsWith(`/actions`)},{to:`/follow-through`,label:`Follow-through`,match:e=>e.startsWith(`/follow-through`)},{to:`/insights`,label:`Insights`,match:e=>e.startsWith(`/insights`)},{to:`/reports`,label:`Reports`,match:e=>e.startsWith(`/reports`)},{to:`/directory`,label:`Directory`,match:e=>e.startsWith(`/directory`)},{to:`/import`,label:`Import`,match:e=>e.startsWith(`/import`),analystOnly:!0},{to:`/admin`,label:`Admin`,match:e=>e.startsWith(`/admin`),adminOnly:!0}],on=60;function sn(){let{pathname:e}=de(),{viewer:t,devLogin:n}=J(),[r,a]=(0,K.useState)(!1),[s,l]=(0,K.useState)(null);return(0,Y.jsxs)(le,{header:{height:n?{base:on+wt.base,sm:on+wt.sm}:on},padding:0,children:[(0,Y.jsx)(`a`,{className:`skip-link`,href:`#main`,children:`Skip to main content`}),(0,Y.jsxs)(le.Header,{className:`app-header`,children:[n?(0,Y.jsx)(Ct,{}):null,(0,Y.jsx)(k,{size:`xl`,h:on,children:(0,Y.jsxs)(_,{h:`100%`,justify:`space-between`,wrap:`nowrap`,children:[(0,Y.jsxs)(_,{gap:`md`,wrap:`nowrap`,h:`100%`,miw:0,style:{flex:`1 1 auto`},children:[(0,Y.jsxs)(c,{component:F,to:`/`,className:`brand`,"aria-label":`Debrief home`,children:[(0,Y.jsx)(`span`,{className:`brand-mark`,"aria-hidden":`true`,children:`D`}),(0,Y.jsx)(v,{component:`span`,fw:700,size:`lg`,c:`white`,visibleFrom:`sm`,children:`Debrief`})]}),(0,Y.jsx)(`nav`,{"aria-label":`Main`,className:`main-nav`,style:{minWidth:0,overflowX:`auto`,scrollbarWidth:`none`},children:an.filter(e=>(!e.adminOnly||t.role===`ADMIN`)&&(!e.analystOnly||St(t.role))).map(t=>(0,Y.jsx)(ve,{to:t.to,className:`main-nav-link`,style:{whiteSpace:`nowrap`},"aria-current":t.match(e)?`page`:void 0,"data-active":t.match(e)||void 0,children:t.label},t.to))})]}),(0,Y.jsxs)(_,{gap:`md`,wrap:`nowrap`,miw:0,style:{flexShrink:0},children:[(0,Y.jsx)(tn,{}),(0,Y.jsx)(At,{}),(0,Y.jsx)(kt,{}),(0,Y.jsxs)(N,{gap:0,align:`flex-end`,miw:0,maw:220,"data-testid":`signed-in-user`,visibleFrom:`sm`,children:[(0,Y.jsx)(re,{children:`Signed in as`}),(0,Y.jsx)(v,{size:`sm`,fw:600,c:`white`,ta:`right`,lineClamp:1,children:t.name}),(0,Y.jsx)(v,{size:`xs`,c:`indigo.1`,children:B(tt,t.role)})]}),(0,Y.jsx)(i,{size:`xs`,variant:`white`,color:`indigo`,loading:r,onClick:async()=>{a(!0),l(null);try{await gt(),window.location.assign(_t)}catch(e){a(!1),l(e instanceof Error?e.message:String(e))}},children:`Sign out`})]})]})})]}),(0,Y.jsx)(le.Main,{id:`main`,className:`app-main`,tabIndex:-1,children:(0,Y.jsxs)(k,{size:`xl`,py:`lg`,children:[s?(0,Y.jsxs)(o,{color:`red`,variant:`light`,title:`Could not sign out`,role:`alert`,mb:`md`,withCloseButton:!0,onClose:()=>l(null),children:[s,` You are still signed in; try again.`]}):null,(0,Y.jsx)(ue,{})]})})]})}var cn={NO_OWNER:`No owner`,NO_DUE_DATE:`No due date`,DUE_TOO_FAR:`Due too far out`,TOO_BIG:`Too big`,TOO_SMALL:`Too small`},ln={DRAFT:`Draft`,PUBLISHED:`Published`},un={MENTION:`Mention`,ACTION_ASSIGNED:`Action assigned`,QUESTION_ASSIGNED:`Question assigned`,ACTION_DUE_SOON:`Action due soon`,ACTION_OVERDUE:`Action overdue`,REVIEW_OVERDUE:`Review overdue`},dn={MENTION:`blue`,ACTION_ASSIGNED:`indigo`,QUESTION_ASSIGNED:`violet`,ACTION_DUE_SOON:`yellow`,ACTION_OVERDUE:`red`,REVIEW_OVERDUE:`orange`},fn={INCIDENT_CREATED:`Incident created`,INCIDENT_UPDATED:`Incident updated`,ACTION_ITEM_CREATED:`Action item created`,ACTION_ITEM_UPDATED:`Action item updated`,REMINDER:`Reminders (due soon, overdue)`},pn={PENDING:`Pending`,DELIVERED:`Delivered`,FAILED:`Failed`},mn={PENDING:`yellow`,DELIVERED:`green`,FAILED:`red`},hn={PROPOSED:[`ACCEPTED`,`IN_PROGRESS`,`DONE`,`WONT_DO`],ACCEPTED:[`IN_PROGRESS`,`DONE`,`WONT_DO`],IN_PROGRESS:[`DONE`,`WONT_DO`],DONE:[`IN_PROGRESS`],WONT_DO:[`ACCEPTED`]},gn={PROPOSED:`Back to proposed`,ACCEPTED:`Accept`,IN_PROGRESS:`Start`,DONE:`Mark done`,WONT_DO:`Won't do…`};function _n(e){return e===`DONE`||e===`WONT_DO`}function vn(e,t,n){return e===`ADMIN`||e===`ANALYST`||e===`MEMBER`&&(n.owner?.id===t||n.createdByID===t)}function yn(e){return e===`ADMIN`||e===`ANALYST`}function bn(e){if(!/^\d{4}-\d{2}-\d{2}$/.test(e))return null;let t=new Date(`${e}T17:00:00`);return Number.isNaN(t.getTime())?null:t.toISOString()}function xn(e){if(!e)return``;let t=new Date(e);if(Number.isNaN(t.getTime()))return``;let n=e=>String(e).padStart(2,`0`);return`${t.getFullYear()}-${n(t.getMonth()+1)}-${n(t.getDate())}`}function Sn(e){let t=new Date;return t.setDate(t.getDate()+e),xn(t.toISOString())}function Cn(e,t){return t?`${Math.round(e/t*100)}%`:`–`}function wn(e,t=Date.now()){let n=Math.round((new Date(e).getTime()-t)/864e5);return n===0?`today`:n>0?`in ${n} day${n===1?``:`s`}`:`${-n} day${n===-1?``:`s`} ago`}function Tn(e){return e.replace(/_([a-z])/g,(e,t)=>t.toUpperCase()).replace(/Ids$/,`IDs`).replace(/Id$/,`ID`).replace(/Url$/,`URL`)}function Q(e,t=[]){let n={fields:{},other:null,code:null};if(!e)return n;if(e.networkError)return n.other=`Could not reach the Debrief server. Check your connection and try again.`,n;let r=[];for(let i of e.graphQLErrors){let e=typeof i.extensions?.code==`string`?i.extensions.code:null,a=typeof i.extensions?.field==`string`?Tn(i.extensions.field):null;e&&!n.code&&(n.code=e),e===`BAD_USER_INPUT`&&a&&t.includes(a)?n.fields[a]=i.message:r.push(i.message)}return n.other=r.length?r.join(` `):null,n}var En=H(`
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
`),Dn=H(`
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
`);function On(e){let[t]=C(e.trim(),250),[n]=R({query:En,variables:{q:t||null}});return{people:(0,K.useMemo)(()=>G(n.data?.users).map(e=>({id:e.id,name:e.name,title:e.title,teams:G(e.teams)})),[n.data]),fetching:n.fetching,error:n.error}}function kn(){let[e]=R({query:Dn});return{teams:(0,K.useMemo)(()=>G(e.data?.teams),[e.data]),fetching:e.fetching,error:e.error}}H(`
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
`);var An=H(`
  mutation UpdateActionItem($id: ID!, $version: Int!, $input: UpdateActionItemInput!) {
    updateActionItem(id: $id, version: $version, input: $input) {
      ...ActionItemFields
    }
  }
`),jn=H(`
  mutation CreateActionItem($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`),Mn=H(`
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
`),Nn=H(`
  query ActionWarnings($draft: ActionDraft!) {
    actionWarnings(draft: $draft) {
      kind
      message
    }
  }
`);function Pn(e){return e.length===0?`nothing`:e.map(e=>e.priority?`${e.size} at ${B(Ue,e.priority).toLowerCase()} priority`:`${e.size} (any priority)`).join(`, `)}function Fn(){let[e]=R({query:Mn});return e.data?.followUpRules}function In({rules:e}){return e?(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`Actions get done when someone owns them, they are due within `,e.maxDueDays,` days, and they are neither too big (`,Pn(e.tooBig),`) nor too small (`,Pn(e.tooSmall),`) to finish.`]}):null}function Ln({draft:e,accepted:t,onAcceptedChange:n,reason:r,onReasonChange:i,reasonError:a,keep:s=[]}){let c=Fn(),[d]=C(e,250),f=(0,K.useMemo)(()=>({draft:d}),[JSON.stringify(d)]),[p]=R({query:Nn,variables:f,requestPolicy:`cache-first`}),g=p.data?.actionWarnings;(0,K.useEffect)(()=>{if(!g||p.stale||p.fetching)return;let e=g.map(e=>e.kind),r=t.filter(t=>e.includes(t)||s.includes(t));r.length!==t.length&&n(r)},[g,p.stale,p.fetching]);let y=(e,r)=>n(r?[...new Set([...t,e])]:t.filter(t=>t!==e)),b=(g??[]).filter(e=>!t.includes(e.kind));return(0,Y.jsx)(l,{withBorder:!0,radius:`md`,p:`sm`,bg:b.length?`orange.0`:`green.0`,component:`section`,"aria-labelledby":`goldilocks-heading`,children:(0,Y.jsxs)(N,{gap:`xs`,children:[(0,Y.jsxs)(_,{justify:`space-between`,gap:`xs`,children:[(0,Y.jsx)(P,{order:3,size:`h5`,id:`goldilocks-heading`,children:`Will this action get done?`}),g?(0,Y.jsx)(u,{color:b.length?`orange`:`green`,variant:`light`,radius:`sm`,children:b.length?`${b.length} to look at`:`Looks right`}):null]}),(0,Y.jsx)(In,{rules:c}),(0,Y.jsx)(`div`,{"aria-live":`polite`,"data-testid":`goldilocks-warnings`,children:p.error?(0,Y.jsxs)(v,{size:`sm`,c:`red.8`,children:[`Could not check the action: `,p.error.graphQLErrors[0]?.message??p.error.message]}):g&&g.length===0?(0,Y.jsx)(v,{size:`sm`,c:`green.9`,children:`It has an owner, a due date soon enough, and a sensible size.`}):(0,Y.jsx)(N,{gap:6,children:(g??[]).map(e=>(0,Y.jsx)(o,{color:t.includes(e.kind)?`gray`:`orange`,variant:`light`,p:`xs`,title:B(cn,e.kind),role:`note`,"data-testid":`goldilocks-warning`,"data-kind":e.kind,children:(0,Y.jsxs)(N,{gap:4,children:[(0,Y.jsx)(v,{size:`sm`,children:e.message}),(0,Y.jsx)(m,{size:`xs`,label:`Accept "${B(cn,e.kind)}" on purpose`,checked:t.includes(e.kind),onChange:t=>y(e.kind,t.currentTarget.checked)})]})},e.kind))})}),s.some(e=>t.includes(e)&&!(g??[]).some(t=>t.kind===e))?(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`Accepted before: `,t.filter(e=>s.includes(e)&&!(g??[]).some(t=>t.kind===e)).map(e=>B(cn,e)).join(`, `),`.`]}):null,t.length>0?(0,Y.jsx)(h,{label:`Why are the accepted warnings fine for this action?`,required:!0,autosize:!0,minRows:2,value:r,onChange:e=>i(e.currentTarget.value),error:a}):null]})})}function Rn({value:e,current:t,onChange:n,error:r}){let[i,a]=(0,K.useState)(``),[o,s]=(0,K.useState)(null),[c,l]=(0,K.useState)(null),{people:u}=On(i===c?``:i),d=(0,K.useMemo)(()=>{let n=new Map,r=o&&o.id===e?o:t&&t.id===e?{...t,teams:[]}:null;r&&n.set(r.id,{value:r.id,label:r.name});for(let e of u)n.set(e.id,{value:e.id,label:e.teams.length?`${e.name} · ${e.teams.map(e=>e.name).join(`, `)}`:e.name});return[...n.values()]},[u,o,t,e]);return(0,Y.jsx)(A,{label:`Owner`,description:`The one person who will see it through`,placeholder:`Search the directory`,searchable:!0,clearable:!0,nothingFoundMessage:`Nobody by that name`,data:d,value:e,searchValue:i,onSearchChange:a,onChange:(e,t)=>{l(t?.label??null);let r=u.find(t=>t.id===e)??null;s(r),n(e,r)},error:r,style:{flex:`1 1 240px`}})}var zn=[`title`,`description`,`rationale`,`expectedEffect`,`verification`,`interimMitigation`,`ownerID`,`teamID`,`priority`,`size`,`dueAt`,`status`,`statusReason`,`trackerURL`,`acceptedWarnings`,`warningsAcceptedReason`],Bn={title:``,description:``,rationale:``,expectedEffect:``,verification:``,interimMitigation:``,ownerID:null,teamID:null,priority:`MEDIUM`,size:`M`,due:``,status:`PROPOSED`,statusReason:``,trackerURL:``,accepted:[],acceptedReason:``};function Vn(e){return{title:e.title,description:e.description??``,rationale:e.rationale??``,expectedEffect:e.expectedEffect??``,verification:e.verification??``,interimMitigation:e.interimMitigation??``,ownerID:e.owner?.id??null,teamID:e.team?.id??null,priority:e.priority,size:e.size,due:xn(e.dueAt),status:e.status,statusReason:e.statusReason??``,trackerURL:e.trackerURL??``,accepted:[...e.acceptedWarnings??[]],acceptedReason:e.warningsAcceptedReason??``}}var Hn=[`description`,`rationale`,`expectedEffect`,`verification`,`interimMitigation`,`trackerURL`,`statusReason`],Un=(e,t)=>e.length===t.length&&[...e].sort().join()===[...t].sort().join();function Wn(e,t,n){let r=t[e],i=n[e];return Array.isArray(r)&&Array.isArray(i)?Un(r,i):r===i}function Gn(e,t){let n={title:e.title.trim(),priority:e.priority,size:e.size,incidentIDs:t.incidentIDs};t.insightID&&(n.insightID=t.insightID);for(let t of Hn){let r=e[t].trim();r&&t!==`statusReason`&&(n[t]=r)}e.ownerID&&(n.ownerID=e.ownerID),e.teamID&&(n.teamID=e.teamID);let r=bn(e.due);return r&&(n.dueAt=r),e.accepted.length&&(n.acceptedWarnings=e.accepted,n.warningsAcceptedReason=e.acceptedReason.trim()),n}var Kn={description:`clearDescription`,rationale:`clearRationale`,expectedEffect:`clearExpectedEffect`,verification:`clearVerification`,interimMitigation:`clearInterimMitigation`,trackerURL:`clearTrackerURL`,statusReason:`clearStatusReason`};function qn(e,t){let n={};e.title.trim()!==t.title&&(n.title=e.title.trim());for(let r of Hn){if(e[r].trim()===t[r])continue;let i=e[r].trim();i?n[r]=i:n[Kn[r]]=!0}if(e.ownerID!==t.ownerID&&(e.ownerID?n.ownerID=e.ownerID:n.clearOwner=!0),e.teamID!==t.teamID&&(e.teamID?n.teamID=e.teamID:n.clearTeam=!0),e.priority!==t.priority&&(n.priority=e.priority),e.size!==t.size&&(n.size=e.size),e.status!==t.status&&(n.status=e.status),e.due!==t.due){let t=bn(e.due);t?n.dueAt=t:n.clearDueAt=!0}return Un(e.accepted,t.accepted)&&e.acceptedReason.trim()===t.acceptedReason||(e.accepted.length?(n.acceptedWarnings=e.accepted,n.warningsAcceptedReason=e.acceptedReason.trim()):(n.clearAcceptedWarnings=!0,n.clearWarningsAcceptedReason=!0)),n}var Jn=Object.entries(Ue).map(([e,t])=>({value:e,label:t})),Yn=Object.entries(Pe).map(([e,t])=>({value:e,label:`${e} · ${t}`}));function Xn({action:e,from:t,onSaved:n,onCancel:r,onStale:a}){let[s,c]=(0,K.useState)(()=>e?Vn(e):Bn),[l,u]=(0,K.useState)(s),[d,f]=(0,K.useState)(!!e?.team),[p,m]=(0,K.useState)(!1),[g,y]=L(jn),[b,x]=L(An),{teams:C}=kn(),w=e?b:g,T=Q(w.error,zn),E=(0,K.useRef)(e?.version);(0,K.useEffect)(()=>{if(!e||e.version===E.current)return;E.current=e.version;let t=Vn(e);u(e=>{let n={...e};for(let r of Object.keys(t))Wn(r,e,s)&&(n[r]=t[r]);return n}),c(t)},[e?.version]);let D=(e,t)=>u(n=>({...n,[e]:t})),O=async r=>{if(r.preventDefault(),!l.title.trim())return;if(m(!1),!e){let e=await y({input:Gn(l,t??{incidentIDs:[]})});e.data?.createActionItem&&n(e.data.createActionItem);return}let i=qn(l,s);if(Object.keys(i).length===0){n(e);return}let o=await x({id:e.id,version:e.version,input:i});o.data?.updateActionItem?n(o.data.updateActionItem):Q(o.error).code===`CONFLICT`&&(m(!0),a?.())},k=e?[...new Set([e.status,...hn[e.status]??[],l.status])].map(e=>({value:e,label:B(Ke,e)})):[],j=e=>T.fields[e];return(0,Y.jsx)(`form`,{onSubmit:O,"aria-label":e?`Edit action ${e.title}`:`New action`,noValidate:!0,children:(0,Y.jsxs)(N,{gap:`sm`,children:[t?.insightStatement?(0,Y.jsxs)(v,{size:`sm`,c:`dimmed`,children:[`From the insight: `,(0,Y.jsx)(`em`,{children:t.insightStatement})]}):null,(0,Y.jsx)(M,{label:`Title`,description:`What will change, in one line`,required:!0,value:l.title,onChange:e=>D(`title`,e.currentTarget.value),error:j(`title`),"data-autofocus":!0}),(0,Y.jsx)(h,{label:`Description`,autosize:!0,minRows:2,value:l.description,onChange:e=>D(`description`,e.currentTarget.value),error:j(`description`)}),(0,Y.jsxs)(_,{align:`flex-start`,gap:`sm`,grow:!0,children:[(0,Y.jsx)(Rn,{value:l.ownerID,current:e?.owner,onChange:(e,t)=>{D(`ownerID`,e),!d&&t?.teams.length&&D(`teamID`,t.teams[0].id)},error:j(`ownerID`)}),(0,Y.jsx)(A,{label:`Team`,description:`Whose follow-through it counts towards`,placeholder:`No team`,clearable:!0,searchable:!0,data:C.map(e=>({value:e.id,label:e.name})),value:l.teamID,onChange:e=>{f(!0),D(`teamID`,e)},error:j(`teamID`)})]}),(0,Y.jsxs)(S,{cols:{base:1,sm:3},spacing:`sm`,children:[(0,Y.jsx)(A,{label:`Priority`,data:Jn,value:l.priority,onChange:e=>e&&D(`priority`,e),allowDeselect:!1,error:j(`priority`)}),(0,Y.jsx)(A,{label:`Size`,data:Yn,value:l.size,onChange:e=>e&&D(`size`,e),allowDeselect:!1,error:j(`size`)}),(0,Y.jsx)(M,{type:`date`,label:`Due date`,value:l.due,onChange:e=>D(`due`,e.currentTarget.value),error:j(`dueAt`)})]}),(0,Y.jsx)(Ln,{draft:{ownerID:l.ownerID,dueAt:bn(l.due),size:l.size,priority:l.priority},accepted:l.accepted,onAcceptedChange:e=>D(`accepted`,e),reason:l.acceptedReason,onReasonChange:e=>D(`acceptedReason`,e),reasonError:j(`warningsAcceptedReason`)??j(`acceptedWarnings`),keep:e?.acceptedWarnings??[]}),(0,Y.jsx)(h,{label:`Why this action?`,description:`Why this one over the other things we could do`,autosize:!0,minRows:2,value:l.rationale,onChange:e=>D(`rationale`,e.currentTarget.value),error:j(`rationale`)}),(0,Y.jsx)(h,{label:`Expected effect`,description:`What it should change, e.g. “failed deploys roll back in minutes, not hours”`,autosize:!0,minRows:1,value:l.expectedEffect,onChange:e=>D(`expectedEffect`,e.currentTarget.value),error:j(`expectedEffect`)}),(0,Y.jsx)(h,{label:`How will we verify it?`,description:`How we will know it is done and works`,autosize:!0,minRows:1,value:l.verification,onChange:e=>D(`verification`,e.currentTarget.value),error:j(`verification`)}),(0,Y.jsx)(h,{label:`Interim mitigation`,description:`What protects us until it lands`,autosize:!0,minRows:1,value:l.interimMitigation,onChange:e=>D(`interimMitigation`,e.currentTarget.value),error:j(`interimMitigation`)}),(0,Y.jsx)(M,{type:`url`,label:`Tracker link`,placeholder:`https://tracker.example/TICKET-123`,value:l.trackerURL,onChange:e=>D(`trackerURL`,e.currentTarget.value),error:j(`trackerURL`)}),e?(0,Y.jsxs)(_,{align:`flex-start`,gap:`sm`,grow:!0,children:[(0,Y.jsx)(A,{label:`Status`,data:k,value:l.status,onChange:e=>e&&D(`status`,e),allowDeselect:!1,error:j(`status`)}),l.status===`WONT_DO`?(0,Y.jsx)(h,{label:`Why won't it be done?`,required:!0,autosize:!0,minRows:1,value:l.statusReason,onChange:e=>D(`statusReason`,e.currentTarget.value),error:j(`statusReason`)}):(0,Y.jsx)(`div`,{})]}):null,p?(0,Y.jsx)(o,{color:`orange`,variant:`light`,role:`alert`,title:`Someone else changed this action`,children:`Their version is loaded where you had not changed anything; your changes are kept. Check them and save again.`}):T.other?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,title:T.code===`FORBIDDEN`?`You may not do this`:`Not saved`,children:T.other}):Object.keys(T.fields).length?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:`Not saved: see the highlighted fields.`}):null,(0,Y.jsxs)(_,{justify:`flex-end`,children:[(0,Y.jsx)(i,{variant:`default`,onClick:r,children:`Cancel`}),(0,Y.jsx)(i,{type:`submit`,loading:w.fetching,disabled:!l.title.trim(),children:e?`Save action`:`Create action`})]})]})})}function Zn({status:e}){return(0,Y.jsx)(u,{color:Xe[e]??`gray`,variant:`light`,radius:`sm`,children:B(Ke,e)})}function Qn({dueAt:e,overdue:t}){return e?(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(v,{size:`sm`,title:z(e),c:t?`red.8`:void 0,fw:t?700:void 0,style:{whiteSpace:`nowrap`},children:(0,Y.jsx)(`time`,{dateTime:e,children:W(e)})}),(0,Y.jsx)(v,{size:`xs`,c:t?`red.8`:`dimmed`,fw:t?600:void 0,children:t?`Overdue, due ${wn(e)}`:wn(e)})]}):(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,children:`No date`})}function $n({action:e,onStale:t}){let{viewer:n}=J(),[r,a]=L(An),[s,c]=(0,K.useState)(!1),[l,u]=(0,K.useState)(``),[d,f]=(0,K.useState)(null);if(!vn(n.role,n.id,e))return null;let p=hn[e.status]??[],m=_n(e.status)?null:`DONE`,g=p.filter(e=>e!==m),v=async(n,r)=>{f(null);let i={status:n};r?i.statusReason=r:e.statusReason&&n!==`WONT_DO`&&(i.clearStatusReason=!0);let o=await a({id:e.id,version:e.version,input:i});if(!o.error){c(!1),u(``);return}let s=Q(o.error,[`statusReason`]);s.code===`CONFLICT`?(t(),f(`Someone else changed this action meanwhile; it now shows their version. Check it and try again.`)):s.fields.statusReason||f(s.other)},y=Q(r.error,[`statusReason`]).fields.statusReason;return(0,Y.jsxs)(N,{gap:4,children:[(0,Y.jsxs)(_,{gap:4,wrap:`nowrap`,children:[m?(0,Y.jsx)(i,{size:`compact-xs`,variant:`light`,color:`green`,loading:r.fetching&&!s,onClick:()=>void v(m),"aria-label":`Mark done: ${e.title}`,children:`Mark done`}):null,g.length>0?(0,Y.jsxs)(ce,{position:`bottom-end`,withinPortal:!0,children:[(0,Y.jsx)(ce.Target,{children:(0,Y.jsx)(i,{size:`compact-xs`,variant:`subtle`,color:`gray`,"aria-label":`Change status of ${e.title}`,children:m?`More…`:`Change status…`})}),(0,Y.jsxs)(ce.Dropdown,{children:[(0,Y.jsxs)(ce.Label,{children:[`Now `,B(Ke,e.status)]}),g.map(e=>(0,Y.jsx)(ce.Item,{onClick:()=>e===`WONT_DO`?c(!0):void v(e),children:gn[e]??B(Ke,e)},e))]})]}):null]}),d?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:6,withCloseButton:!0,onClose:()=>f(null),children:d}):null,(0,Y.jsx)(ae,{opened:s,onClose:()=>c(!1),title:`Drop "${e.title}"?`,children:(0,Y.jsx)(`form`,{onSubmit:e=>{e.preventDefault(),l.trim()&&v(`WONT_DO`,l.trim())},children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(h,{label:`Why won't it be done?`,description:`The reason stays with the action, so whoever reads the review later knows.`,required:!0,autosize:!0,minRows:2,value:l,onChange:e=>u(e.currentTarget.value),error:y,"data-autofocus":!0}),(0,Y.jsxs)(_,{justify:`flex-end`,children:[(0,Y.jsx)(i,{variant:`default`,onClick:()=>c(!1),children:`Cancel`}),(0,Y.jsx)(i,{type:`submit`,color:`dark`,disabled:!l.trim(),loading:r.fetching,children:`Drop the action`})]})]})})})]})}function er({warnings:e}){if(e.length===0)return null;let t=[...e].sort((e,t)=>Number(e.accepted)-Number(t.accepted));return(0,Y.jsx)(_,{gap:4,"data-testid":`action-warnings`,children:t.map(e=>(0,Y.jsx)(w,{label:e.message,multiline:!0,w:280,withArrow:!0,openDelay:200,children:(0,Y.jsxs)(u,{size:`sm`,radius:`sm`,color:e.accepted?`gray`:`orange`,variant:e.accepted?`outline`:`filled`,"aria-label":`${e.accepted?`Accepted warning`:`Warning`}: ${B(cn,e.kind)}. ${e.message}`,"data-accepted":e.accepted||void 0,children:[e.accepted?`✓ `:`⚠ `,B(cn,e.kind)]})},e.kind))})}var tr=50,nr=H(`
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
`),rr=H(`
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
`),ir=[{value:`MINE`,key:`mine`,label:`My actions`,empty:`Nothing on your plate: you own no open actions.`},{value:`OVERDUE`,key:`overdue`,label:`Overdue`,empty:`No open action is past its due date.`},{value:`DUE_SOON`,key:`dueSoon`,label:`Due soon`,empty:`No open action is due in the next days.`},{value:`STALE`,key:`stale`,label:`Stale`,empty:`Every open action has moved recently.`},{value:`UNOWNED`,key:`unowned`,label:`Unowned`,empty:`Every open action has an owner.`},{value:`OPEN`,key:`open`,label:`Open`,empty:`No open actions.`},{value:`CLOSED`,key:`closed`,label:`Done / dropped`,empty:`No action is done or dropped yet.`}];function ar(){let[e,t]=fe();return{view:ir.find(t=>t.value===e.get(`view`))??ir[0],team:e.get(`team`)||null,after:e.get(`after`)||null,before:e.get(`before`)||null,update:(n,r=!1)=>{let i=new URLSearchParams(e);r||(i.delete(`after`),i.delete(`before`));for(let[e,t]of Object.entries(n))t?i.set(e,t):i.delete(e);t(i)}}}function or(){q(`Actions`);let{view:e,team:t,after:n,before:r,update:a}=ar(),{teams:o}=kn(),s=(0,K.useMemo)(()=>r?{view:e.value,teamID:t,last:tr,before:r}:{view:e.value,teamID:t,first:tr,after:n},[e.value,t,n,r]),c=(0,K.useMemo)(()=>({additionalTypenames:[`ActionItem`]}),[]),[l,d]=R({query:nr,variables:s,context:c}),[f,p]=R({query:rr,variables:{teamID:t},context:c}),m=(0,K.useCallback)(()=>{d({requestPolicy:`network-only`}),p({requestPolicy:`network-only`})},[d,p]),[h,g]=(0,K.useState)(null),y=(0,K.useRef)(void 0);l.data&&(y.current=l.data);let b=(l.data??y.current)?.actionQueue,x=G(b),S=x.find(e=>e.id===h);return(0,Y.jsxs)(N,{gap:`lg`,children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(P,{order:1,children:`Actions`}),(0,Y.jsx)(v,{c:`dimmed`,size:`sm`,children:`Every action from every incident: what is yours, what is late, what nobody owns. Soonest due first.`})]}),(0,Y.jsxs)(_,{align:`flex-end`,justify:`space-between`,children:[(0,Y.jsx)(A,{label:`Team`,placeholder:`All teams`,clearable:!0,searchable:!0,data:o.map(e=>({value:e.id,label:e.name})),value:t,onChange:e=>a({team:e}),w:240}),b?(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,"data-testid":`action-count`,children:U(b.totalCount,`action`)}):null]}),(0,Y.jsxs)(D,{value:e.value,onChange:e=>a({view:e===`MINE`?null:e}),keepMounted:!1,children:[(0,Y.jsx)(D.List,{"aria-label":`Which actions`,children:ir.map(e=>{let t=f.data?.[e.key]?.totalCount;return(0,Y.jsx)(D.Tab,{value:e.value,rightSection:t==null?null:(0,Y.jsx)(u,{size:`sm`,variant:`light`,color:(e.value===`OVERDUE`||e.value===`UNOWNED`)&&t>0?`red`:`gray`,circle:t<10,children:t}),children:e.label},e.value)})}),(0,Y.jsxs)(D.Panel,{value:e.value,pt:`md`,children:[l.error&&!b?(0,Y.jsx)(V,{error:l.error,onRetry:m}):b?x.length===0?(0,Y.jsx)(v,{c:`dimmed`,fs:`italic`,size:`sm`,children:e.empty}):(0,Y.jsx)(sr,{items:x,onEdit:g,onStale:m}):(0,Y.jsx)(je,{what:`the actions`}),b&&(b.pageInfo.hasNextPage||b.pageInfo.hasPreviousPage||r||n)?(0,Y.jsxs)(_,{justify:`center`,mt:`md`,children:[(0,Y.jsx)(i,{variant:`default`,size:`xs`,disabled:!(r?b.pageInfo.hasPreviousPage:n),onClick:()=>a({before:b.pageInfo.startCursor??null,after:null},!0),children:`← Previous`}),(0,Y.jsx)(i,{variant:`default`,size:`xs`,disabled:!(r||b.pageInfo.hasNextPage),onClick:()=>a({after:b.pageInfo.endCursor??null,before:null},!0),children:`Next →`})]}):null]})]}),(0,Y.jsx)(ae,{opened:!!S,onClose:()=>g(null),title:`Edit action`,size:`xl`,children:S?(0,Y.jsx)(Xn,{action:S,onSaved:()=>g(null),onCancel:()=>g(null),onStale:m},S.id):null})]})}function sr({items:e,onEdit:n,onStale:r}){let{viewer:a}=J();return(0,Y.jsx)(b.ScrollContainer,{minWidth:900,children:(0,Y.jsxs)(b,{verticalSpacing:`sm`,"aria-label":`Actions`,children:[(0,Y.jsx)(b.Thead,{children:(0,Y.jsxs)(b.Tr,{children:[(0,Y.jsx)(b.Th,{children:`Action`}),(0,Y.jsx)(b.Th,{children:`Owner`}),(0,Y.jsx)(b.Th,{children:`Due`}),(0,Y.jsx)(b.Th,{children:`Status`}),(0,Y.jsx)(b.Th,{children:`Warnings`}),(0,Y.jsx)(b.Th,{children:`Change`})]})}),(0,Y.jsx)(b.Tbody,{children:e.map(e=>{let o=G(e.incidents);return(0,Y.jsxs)(b.Tr,{"data-testid":`queue-row`,children:[(0,Y.jsxs)(b.Td,{style:{maxWidth:420},children:[(0,Y.jsx)(v,{size:`sm`,fw:600,children:e.title}),(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[B(Ue,e.priority),` priority · `,B(Pe,e.size)]}),o.length?(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`From`,` `,o.map((n,r)=>(0,Y.jsxs)(`span`,{children:[r>0?`, `:``,(0,Y.jsx)(t,{component:F,to:`/incidents/${encodeURIComponent(n.id)}#action-${e.id}`,size:`xs`,children:n.title})]},n.id)),e.incidents.totalCount>o.length?` and ${e.incidents.totalCount-o.length} more`:``]}):(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,children:`Not linked to an incident`}),e.statusReason?(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`Why: `,e.statusReason]}):null]}),(0,Y.jsxs)(b.Td,{children:[(0,Y.jsx)(v,{size:`sm`,c:e.owner?void 0:`orange.8`,fw:e.owner?void 0:600,children:e.owner?.name??`No owner`}),(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,children:e.team?.name??`No team`})]}),(0,Y.jsx)(b.Td,{children:(0,Y.jsx)(Qn,{dueAt:e.dueAt,overdue:e.overdue})}),(0,Y.jsx)(b.Td,{children:(0,Y.jsx)(Zn,{status:e.status})}),(0,Y.jsx)(b.Td,{children:(0,Y.jsx)(er,{warnings:e.warnings})}),(0,Y.jsx)(b.Td,{children:(0,Y.jsxs)(_,{gap:4,wrap:`nowrap`,align:`flex-start`,children:[(0,Y.jsx)($n,{action:e,onStale:r}),vn(a.role,a.id,e)?(0,Y.jsx)(i,{size:`compact-xs`,variant:`subtle`,onClick:()=>n(e.id),"aria-label":`Edit ${e.title}`,children:`Edit`}):null]})})]},e.id)})})]})})}var cr=[{to:`/admin/taxonomy`,label:`Contributing-factor taxonomy`},{to:`/admin/webhooks`,label:`Webhooks`},{to:`/admin/report-templates`,label:`Report templates`},{to:`/admin/workflows`,label:`Workflows`},{to:`/admin/comms`,label:`Communications`}];function lr(){let{viewer:e}=J();return e.role===`ADMIN`?(0,Y.jsxs)(N,{gap:`lg`,children:[(0,Y.jsx)(`nav`,{"aria-label":`Administration`,children:(0,Y.jsx)(_,{gap:`lg`,children:cr.map(e=>(0,Y.jsx)(ve,{to:e.to,style:{textDecoration:`none`},children:({isActive:t})=>(0,Y.jsx)(v,{component:`span`,size:`sm`,fw:t?700:500,c:t?`indigo.8`:`dimmed`,td:t?`underline`:void 0,children:e.label})},e.to))})}),(0,Y.jsx)(ue,{})]}):(0,Y.jsx)(ur,{})}function ur(){return q(`Admins only`),(0,Y.jsxs)(N,{gap:`sm`,py:`xl`,children:[(0,Y.jsx)(P,{order:1,children:`Admins only`}),(0,Y.jsx)(v,{c:`dimmed`,children:`Only admins manage the taxonomy, report templates, workflows, communication templates and webhooks. Ask an admin if something here needs to change.`}),(0,Y.jsx)(t,{component:F,to:`/incidents`,children:`Back to the incidents`})]})}var dr=H(`
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
`),fr=H(`
  mutation CreateFactorCategory($input: CreateFactorCategoryInput!) {
    createFactorCategory(input: $input) {
      id
      name
      description
    }
  }
`),pr=H(`
  mutation UpdateFactorCategory($id: ID!, $input: UpdateFactorCategoryInput!) {
    updateFactorCategory(id: $id, input: $input) {
      id
      name
      description
    }
  }
`),mr=H(`
  mutation MergeFactorCategories($sourceID: ID!, $targetID: ID!) {
    mergeFactorCategories(sourceID: $sourceID, targetID: $targetID) {
      id
      name
      factors(first: 0) {
        totalCount
      }
    }
  }
`);function hr(){q(`Taxonomy`);let e=(0,K.useMemo)(()=>({additionalTypenames:[`FactorCategory`]}),[]),[t,n]=R({query:dr,context:e}),r=()=>n({requestPolicy:`network-only`}),i=G(t.data?.factorCategories),[a,o]=(0,K.useState)(null);return(0,Y.jsxs)(N,{gap:`lg`,children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(P,{order:1,children:`Contributing-factor taxonomy`}),(0,Y.jsx)(v,{c:`dimmed`,size:`sm`,children:`The categories analysts file contributing factors under, so patterns show across incidents. Merge near-duplicates rather than letting them pile up.`})]}),(0,Y.jsx)(gr,{onCreated:r}),t.error&&!t.data?(0,Y.jsx)(V,{error:t.error,onRetry:r}):t.data?i.length===0?(0,Y.jsx)(v,{c:`dimmed`,fs:`italic`,children:`No categories yet.`}):(0,Y.jsxs)(b,{verticalSpacing:`sm`,"aria-label":`Categories`,children:[(0,Y.jsx)(b.Thead,{children:(0,Y.jsxs)(b.Tr,{children:[(0,Y.jsx)(b.Th,{children:`Category`}),(0,Y.jsx)(b.Th,{children:`Description`}),(0,Y.jsx)(b.Th,{ta:`right`,children:`Factors`}),(0,Y.jsx)(b.Th,{children:`Change`})]})}),(0,Y.jsx)(b.Tbody,{children:i.map(e=>(0,Y.jsx)(_r,{category:e,onMerge:()=>o(e)},e.id))})]}):(0,Y.jsx)(je,{what:`the taxonomy`}),(0,Y.jsx)(ae,{opened:!!a,onClose:()=>o(null),title:a?`Merge “${a.name}” into another category`:``,children:a?(0,Y.jsx)(vr,{source:a,categories:i,onDone:()=>{o(null),r()},onCancel:()=>o(null)}):null})]})}function gr({onCreated:e}){let[t,n]=(0,K.useState)(``),[r,a]=(0,K.useState)(``),[s,c]=L(fr),u=Q(s.error,[`name`,`description`]);return(0,Y.jsx)(l,{withBorder:!0,p:`md`,radius:`md`,children:(0,Y.jsxs)(`form`,{onSubmit:async i=>{i.preventDefault(),t.trim()&&((await c({input:{name:t.trim(),description:r.trim()||void 0}})).error||(n(``),a(``),e()))},"aria-label":`New category`,children:[(0,Y.jsxs)(_,{align:`flex-start`,gap:`sm`,wrap:`wrap`,children:[(0,Y.jsx)(M,{label:`New category`,placeholder:`e.g. Change management`,required:!0,value:t,onChange:e=>n(e.currentTarget.value),error:u.fields.name,style:{flex:`1 1 220px`}}),(0,Y.jsx)(M,{label:`Description`,placeholder:`What belongs here`,value:r,onChange:e=>a(e.currentTarget.value),error:u.fields.description,style:{flex:`3 1 320px`}}),(0,Y.jsx)(i,{type:`submit`,mt:25,loading:s.fetching,disabled:!t.trim(),children:`Add category`})]}),u.other?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:u.other}):null]})})}function _r({category:e,onMerge:t}){let[n,r]=(0,K.useState)(!1),[a,s]=(0,K.useState)(e.name),[c,l]=(0,K.useState)(e.description??``),[u,d]=L(pr),f=Q(u.error,[`name`,`description`]);return n?(0,Y.jsx)(b.Tr,{children:(0,Y.jsx)(b.Td,{colSpan:4,children:(0,Y.jsx)(`form`,{onSubmit:async t=>{t.preventDefault();let n={};a.trim()!==e.name&&(n.name=a.trim()),c.trim()!==(e.description??``)&&(c.trim()?n.description=c.trim():n.clearDescription=!0),Object.keys(n).length&&(await d({id:e.id,input:n})).error||r(!1)},"aria-label":`Edit category ${e.name}`,children:(0,Y.jsxs)(N,{gap:`xs`,children:[(0,Y.jsxs)(_,{align:`flex-start`,gap:`sm`,grow:!0,children:[(0,Y.jsx)(M,{label:`Name`,required:!0,value:a,onChange:e=>s(e.currentTarget.value),error:f.fields.name}),(0,Y.jsx)(h,{label:`Description`,autosize:!0,minRows:1,value:c,onChange:e=>l(e.currentTarget.value),error:f.fields.description})]}),f.other?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:f.other}):null,(0,Y.jsxs)(_,{gap:`xs`,children:[(0,Y.jsx)(i,{type:`submit`,size:`xs`,loading:u.fetching,disabled:!a.trim(),children:`Save`}),(0,Y.jsx)(i,{size:`xs`,variant:`default`,onClick:()=>r(!1),children:`Cancel`})]})]})})})}):(0,Y.jsxs)(b.Tr,{"data-testid":`category-row`,children:[(0,Y.jsx)(b.Td,{fw:600,children:e.name}),(0,Y.jsx)(b.Td,{children:(0,Y.jsx)(v,{size:`sm`,c:e.description?void 0:`dimmed`,children:e.description||`No description`})}),(0,Y.jsx)(b.Td,{ta:`right`,children:e.factors.totalCount}),(0,Y.jsx)(b.Td,{children:(0,Y.jsxs)(_,{gap:4,wrap:`nowrap`,children:[(0,Y.jsx)(i,{size:`compact-xs`,variant:`subtle`,onClick:()=>{s(e.name),l(e.description??``),r(!0)},"aria-label":`Edit ${e.name}`,children:`Edit`}),(0,Y.jsx)(i,{size:`compact-xs`,variant:`subtle`,color:`orange`,onClick:t,"aria-label":`Merge ${e.name} into another category`,children:`Merge into…`})]})})]})}function vr({source:e,categories:t,onDone:n,onCancel:r}){let[a,s]=(0,K.useState)(null),[c,l]=L(mr),u=t.find(e=>e.id===a),d=Q(c.error);return(0,Y.jsx)(`form`,{onSubmit:async t=>{t.preventDefault(),a&&((await l({sourceID:e.id,targetID:a})).error||n())},children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(A,{label:`Merge into`,placeholder:`Pick the category to keep`,data:t.filter(t=>t.id!==e.id).map(e=>({value:e.id,label:e.name})),value:a,onChange:s,searchable:!0,"data-autofocus":!0}),u?(0,Y.jsxs)(o,{color:`orange`,variant:`light`,title:`This cannot be undone`,children:[U(e.factors.totalCount,`contributing factor`),` filed under “`,e.name,`” will move to “`,u.name,`”, and “`,e.name,`” will be removed. No factor loses its link to its incident or insights.`]}):null,d.other?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:d.other}):null,(0,Y.jsxs)(_,{justify:`flex-end`,children:[(0,Y.jsx)(i,{variant:`default`,onClick:r,children:`Cancel`}),(0,Y.jsx)(i,{type:`submit`,color:`orange`,disabled:!u,loading:c.fetching,children:u?`Merge into “${u.name}”`:`Merge`})]})]})})}var yr=H(`
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
`),br=H(`
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
`);function xr({webhookID:e}){let t=(0,K.useMemo)(()=>({additionalTypenames:[`WebhookDelivery`]}),[]),[n,r]=R({query:yr,variables:{id:e},context:t}),[a,s]=L(br),c=n.data?.node,l=c?.__typename===`Webhook`?c:void 0,d=G(l?.deliveries),f=Q(a.error).other;return n.error&&!l?(0,Y.jsx)(V,{error:n.error,onRetry:()=>r({requestPolicy:`network-only`})}):l?d.length===0?(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,fs:`italic`,children:`Nothing sent yet.`}):(0,Y.jsxs)(Y.Fragment,{children:[f?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,mb:`xs`,children:f}):null,(0,Y.jsx)(b.ScrollContainer,{minWidth:760,children:(0,Y.jsxs)(b,{verticalSpacing:6,fz:`sm`,"aria-label":`Deliveries`,children:[(0,Y.jsx)(b.Thead,{children:(0,Y.jsxs)(b.Tr,{children:[(0,Y.jsx)(b.Th,{children:`Event`}),(0,Y.jsx)(b.Th,{children:`Status`}),(0,Y.jsx)(b.Th,{ta:`right`,children:`Attempts`}),(0,Y.jsx)(b.Th,{children:`Last attempt`}),(0,Y.jsx)(b.Th,{children:`Last response`}),(0,Y.jsx)(b.Th,{children:(0,Y.jsx)(`span`,{"aria-hidden":`true`})})]})}),(0,Y.jsx)(b.Tbody,{children:d.map(e=>(0,Y.jsxs)(b.Tr,{"data-testid":`delivery-row`,children:[(0,Y.jsxs)(b.Td,{children:[B(fn,e.event),(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,children:z(e.createdAt)})]}),(0,Y.jsxs)(b.Td,{children:[(0,Y.jsx)(u,{color:mn[e.status]??`gray`,variant:`light`,radius:`sm`,children:B(pn,e.status)}),e.status===`PENDING`?(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`next try `,z(e.nextAttemptAt)]}):null]}),(0,Y.jsx)(b.Td,{ta:`right`,children:e.attempts}),(0,Y.jsx)(b.Td,{children:e.lastAttemptAt?z(e.lastAttemptAt):(0,Y.jsx)(v,{span:!0,c:`dimmed`,size:`sm`,children:`Not yet`})}),(0,Y.jsxs)(b.Td,{style:{maxWidth:280},children:[e.responseStatus==null?null:(0,Y.jsxs)(O,{children:[`HTTP `,e.responseStatus]}),e.lastError?(0,Y.jsx)(v,{size:`xs`,c:`red.8`,lineClamp:2,title:e.lastError,children:e.lastError}):e.responseStatus==null?(0,Y.jsx)(v,{span:!0,size:`sm`,c:`dimmed`,children:`–`}):null]}),(0,Y.jsx)(b.Td,{children:e.status===`DELIVERED`?null:(0,Y.jsx)(i,{size:`compact-xs`,variant:`light`,loading:a.fetching&&a.operation?.variables?.id===e.id,onClick:()=>void s({id:e.id}).then(()=>r({requestPolicy:`network-only`})),"aria-label":`Retry the ${B(fn,e.event)} delivery of ${z(e.createdAt)}`,children:`Retry now`})})]},e.id))})]})}),l.deliveries.totalCount>d.length?(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,mt:4,children:[`The latest `,d.length,` of `,l.deliveries.totalCount,` deliveries.`]}):null]}):(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,children:`Loading the deliveries…`})}function Sr({name:e,secret:t,onDismiss:n}){return(0,Y.jsx)(o,{color:`yellow`,variant:`light`,title:`Signing secret for “${e}”`,role:`status`,"data-testid":`webhook-secret`,children:(0,Y.jsxs)(N,{gap:`xs`,children:[(0,Y.jsxs)(v,{size:`sm`,children:[`Copy it now into the receiver: it is shown this once and never again. Receivers check the `,(0,Y.jsx)(O,{children:`X-Debrief-Signature`}),` header with it (HMAC-SHA256 of `,(0,Y.jsx)(O,{children:`<t>.<body>`}),`).`]}),(0,Y.jsxs)(_,{gap:`xs`,wrap:`nowrap`,children:[(0,Y.jsx)(O,{block:!0,style:{flex:1,wordBreak:`break-all`},"aria-label":`Webhook secret`,children:t}),(0,Y.jsx)(f,{value:t,children:({copied:e,copy:t})=>(0,Y.jsx)(i,{size:`xs`,color:e?`teal`:`indigo`,onClick:t,children:e?`Copied`:`Copy secret`})})]}),(0,Y.jsx)(_,{children:(0,Y.jsx)(i,{size:`xs`,variant:`default`,onClick:n,children:`I have copied it`})})]})})}var Cr=Object.keys(fn);function wr({values:e,onChange:t,errors:n}){return(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsxs)(_,{align:`flex-start`,gap:`sm`,grow:!0,children:[(0,Y.jsx)(M,{label:`Name`,placeholder:`e.g. Jira bridge`,required:!0,value:e.name,onChange:n=>t({...e,name:n.currentTarget.value}),error:n.name}),(0,Y.jsx)(M,{type:`url`,label:`URL`,placeholder:`https://hooks.example.com/debrief`,required:!0,value:e.url,onChange:n=>t({...e,url:n.currentTarget.value}),error:n.url})]}),(0,Y.jsx)(m.Group,{label:`Events`,description:`What the receiver is told about`,value:e.events,onChange:n=>t({...e,events:n}),error:n.events,withAsterisk:!0,children:(0,Y.jsx)(_,{gap:`md`,mt:6,children:Cr.map(e=>(0,Y.jsx)(m,{value:e,label:B(fn,e)},e))})})]})}var Tr=H(`
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
`),Er=H(`
  mutation CreateWebhook($input: CreateWebhookInput!, $secret: String) {
    createWebhook(input: $input, secret: $secret) {
      secret
      webhook {
        id
        name
      }
    }
  }
`),Dr=H(`
  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {
    updateWebhook(id: $id, input: $input) {
      id
      name
      url
      events
      active
    }
  }
`),Or=H(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      webhook {
        id
        name
      }
    }
  }
`),kr=[`name`,`url`,`events`,`secret`];function Ar(){q(`Webhooks`);let e=(0,K.useMemo)(()=>({additionalTypenames:[`Webhook`]}),[]),[t,n]=R({query:Tr,context:e}),r=()=>n({requestPolicy:`network-only`}),i=G(t.data?.webhooks),[a,o]=(0,K.useState)(null);return(0,Y.jsxs)(N,{gap:`lg`,children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(P,{order:1,children:`Webhooks`}),(0,Y.jsx)(v,{c:`dimmed`,size:`sm`,children:`Debrief posts JSON to these addresses when incidents and actions change, and with reminders. Each request is signed; failed deliveries are retried with backoff.`})]}),a?(0,Y.jsx)(Sr,{name:a.name,secret:a.secret,onDismiss:()=>o(null)}):null,(0,Y.jsx)(jr,{onCreated:e=>{o(e),r()}}),t.error&&!t.data?(0,Y.jsx)(V,{error:t.error,onRetry:r}):t.data?i.length===0?(0,Y.jsx)(v,{c:`dimmed`,fs:`italic`,children:`No webhooks yet.`}):(0,Y.jsx)(N,{gap:`sm`,children:i.map(e=>(0,Y.jsx)(Mr,{hook:e,onSecret:o},e.id))}):(0,Y.jsx)(je,{what:`the webhooks`})]})}function jr({onCreated:e}){let[t,n]=(0,K.useState)(!1),[r,a]=(0,K.useState)({name:``,url:``,events:[]}),[s,c]=(0,K.useState)(``),[u,d]=L(Er),f=Q(u.error,kr);return t?(0,Y.jsx)(l,{withBorder:!0,p:`md`,radius:`md`,children:(0,Y.jsx)(`form`,{onSubmit:async t=>{t.preventDefault();let i=(await d({input:{name:r.name.trim(),url:r.url.trim(),events:r.events},secret:s.trim()||null})).data?.createWebhook;i&&(e({name:i.webhook.name,secret:i.secret}),a({name:``,url:``,events:[]}),c(``),n(!1))},"aria-label":`New webhook`,children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(P,{order:2,size:`h4`,children:`New webhook`}),(0,Y.jsx)(wr,{values:r,onChange:a,errors:f.fields}),(0,Y.jsx)(j,{label:`Secret (optional)`,description:`Leave empty and Debrief generates a strong one`,value:s,onChange:e=>c(e.currentTarget.value),error:f.fields.secret,maw:420}),f.other?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:f.other}):null,(0,Y.jsxs)(_,{children:[(0,Y.jsx)(i,{type:`submit`,loading:u.fetching,disabled:!r.name.trim()||!r.url.trim()||r.events.length===0,children:`Create webhook`}),(0,Y.jsx)(i,{variant:`default`,onClick:()=>n(!1),children:`Cancel`})]})]})})}):(0,Y.jsx)(_,{children:(0,Y.jsx)(i,{onClick:()=>n(!0),children:`Add a webhook`})})}function Mr({hook:e,onSecret:n}){let[r,a]=(0,K.useState)(!1),[s,c]=(0,K.useState)({name:e.name,url:e.url,events:e.events}),[d,f]=(0,K.useState)(!1),[p,m]=(0,K.useState)(!1),[h,g]=L(Dr),[y,b]=L(Or),x=Q(h.error??y.error,kr),S=async t=>{t.preventDefault(),(await g({id:e.id,input:{name:s.name.trim(),url:s.url.trim(),events:s.events}})).error||a(!1)},C=async()=>{let t=await b({id:e.id});m(!1),t.data&&n({name:t.data.rotateWebhookSecret.webhook.name,secret:t.data.rotateWebhookSecret.secret})};return(0,Y.jsxs)(l,{withBorder:!0,radius:`md`,p:`md`,component:`article`,"aria-label":`Webhook ${e.name}`,"data-testid":`webhook`,children:[(0,Y.jsxs)(N,{gap:`xs`,children:[(0,Y.jsxs)(_,{justify:`space-between`,align:`flex-start`,children:[(0,Y.jsxs)(`div`,{style:{minWidth:0},children:[(0,Y.jsx)(P,{order:2,size:`h5`,children:e.name}),(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,style:{wordBreak:`break-all`},children:e.url})]}),(0,Y.jsx)(te,{label:e.active?`Active`:`Switched off`,checked:e.active,onChange:t=>void g({id:e.id,input:{active:t.currentTarget.checked}}),disabled:h.fetching,"aria-label":`${e.name} active`})]}),r?(0,Y.jsx)(`form`,{onSubmit:S,"aria-label":`Edit webhook ${e.name}`,children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(wr,{values:s,onChange:c,errors:x.fields}),(0,Y.jsxs)(_,{gap:`xs`,children:[(0,Y.jsx)(i,{type:`submit`,size:`xs`,loading:h.fetching,disabled:!s.name.trim()||!s.url.trim()||s.events.length===0,children:`Save`}),(0,Y.jsx)(i,{size:`xs`,variant:`default`,onClick:()=>a(!1),children:`Cancel`})]})]})}):(0,Y.jsx)(_,{gap:6,children:e.events.map(e=>(0,Y.jsx)(u,{variant:`light`,radius:`sm`,tt:`none`,children:B(fn,e)},e))}),x.other?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:x.other}):null,(0,Y.jsxs)(_,{gap:`md`,children:[(0,Y.jsx)(t,{component:`button`,type:`button`,size:`sm`,onClick:()=>f(e=>!e),"aria-expanded":d,children:d?`Hide deliveries`:`Deliveries (${e.deliveries.totalCount}${e.failed.totalCount?`, ${U(e.failed.totalCount,`failed`)}`:``})`}),r?null:(0,Y.jsx)(t,{component:`button`,type:`button`,size:`sm`,onClick:()=>{c({name:e.name,url:e.url,events:e.events}),a(!0)},children:`Edit`}),(0,Y.jsx)(t,{component:`button`,type:`button`,size:`sm`,c:`orange.8`,onClick:()=>m(!0),children:`Rotate secret…`})]}),d?(0,Y.jsx)(xr,{webhookID:e.id}):null]}),(0,Y.jsx)(ae,{opened:p,onClose:()=>m(!1),title:`Rotate the secret of “${e.name}”?`,children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(v,{size:`sm`,children:`The old secret stops working at once: the receiver must be given the new one, which is shown once.`}),(0,Y.jsxs)(_,{justify:`flex-end`,children:[(0,Y.jsx)(i,{variant:`default`,onClick:()=>m(!1),children:`Cancel`}),(0,Y.jsx)(i,{color:`orange`,onClick:()=>void C(),loading:y.fetching,children:`Rotate secret`})]})]})})]})}var Nr=[{key:`doneOnTime`,label:`Done on time`,color:`green.8`},{key:`doneLate`,label:`Done late`,color:`yellow.9`},{key:`open`,label:`Open`,color:`blue.8`},{key:`overdue`,label:`Overdue`,color:`red.8`},{key:`dropped`,label:`Dropped`,color:`gray.7`}];function Pr({figures:e,label:t}){return(0,Y.jsxs)(_,{gap:`xs`,role:`list`,"aria-label":t,children:[(0,Y.jsx)(Fr,{name:`Actions`,count:e.total}),Nr.map(t=>(0,Y.jsx)(Fr,{name:t.label,count:e[t.key],shareText:Cn(e[t.key],e.total),color:t.color},t.key))]})}function Fr({name:e,count:t,shareText:n,color:r}){return(0,Y.jsx)(l,{role:`listitem`,withBorder:!0,radius:`sm`,px:`sm`,py:6,miw:92,"aria-label":`${e}: ${t}${n?` (${n})`:``}`,children:(0,Y.jsxs)(N,{gap:0,children:[(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,children:e}),(0,Y.jsxs)(v,{fw:700,c:r,children:[t,n?(0,Y.jsx)(v,{span:!0,size:`xs`,c:`dimmed`,fw:400,ml:4,children:n}):null]})]})})}var Ir=H(`
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
`),Lr={fromDays:-90,toDays:30},Rr=e=>!!e&&/^\d{4}-\d{2}-\d{2}$/.test(e);function zr(e){return new Date(`${e}T00:00:00`).toISOString()}function Br(e){let t=new Date(`${e}T00:00:00`);return t.setDate(t.getDate()+1),t.toISOString()}function Vr(){let[e,t]=fe();return{from:Rr(e.get(`from`))?e.get(`from`):Sn(Lr.fromDays),to:Rr(e.get(`to`))?e.get(`to`):Sn(Lr.toDays),teamIDs:(e.get(`teams`)??``).split(`,`).filter(Boolean),update:n=>{let r=new URLSearchParams(e);for(let[e,t]of Object.entries(n))t?r.set(e,t):r.delete(e);t(r,{replace:!0})}}}function Hr(){q(`Follow-through`);let{from:e,to:t,teamIDs:n,update:r}=Vr(),{teams:a}=kn(),s=e<=t,c=(0,K.useMemo)(()=>({from:zr(e),to:Br(t),teamIDs:n.length?n:null}),[e,t,n.join(`,`)]),[u,d]=R({query:Ir,variables:c,pause:!s}),f=u.data?.followThrough;return(0,Y.jsxs)(N,{gap:`lg`,children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(P,{order:1,children:`Follow-through`}),(0,Y.jsx)(v,{c:`dimmed`,size:`sm`,children:`Of the actions due in a period, how many each team got done on time, late, or not yet. Not a league table: a prompt to ask what got in the way.`})]}),(0,Y.jsx)(l,{withBorder:!0,p:`md`,radius:`md`,component:`section`,"aria-label":`Period and teams`,children:(0,Y.jsxs)(_,{align:`flex-end`,gap:`md`,wrap:`wrap`,children:[(0,Y.jsx)(M,{type:`date`,label:`Due from`,value:e,onChange:e=>Rr(e.currentTarget.value)&&r({from:e.currentTarget.value})}),(0,Y.jsx)(M,{type:`date`,label:`Due until (inclusive)`,value:t,onChange:e=>Rr(e.currentTarget.value)&&r({to:e.currentTarget.value}),error:s?void 0:`The period must end after it starts`}),(0,Y.jsx)(y,{label:`Teams`,placeholder:n.length?void 0:`All teams`,data:a.map(e=>({value:e.id,label:e.name})),value:n,onChange:e=>r({teams:e.join(`,`)||null}),clearable:!0,searchable:!0,style:{flex:`1 1 260px`}}),(0,Y.jsx)(i,{variant:`default`,onClick:()=>r({from:null,to:null,teams:null}),children:`Last 90 days to next 30`})]})}),u.error&&!f?(0,Y.jsx)(V,{error:u.error,onRetry:()=>d({requestPolicy:`network-only`})}):s?f?(0,Y.jsxs)(g,{gap:`lg`,children:[(0,Y.jsx)(g.Col,{span:{base:12,lg:9},children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsxs)(v,{size:`sm`,children:[`Actions due from `,(0,Y.jsx)(`strong`,{children:W(f.from)}),` until `,(0,Y.jsx)(`strong`,{children:W(new Date(new Date(f.to).getTime()-1).toISOString())}),n.length?`, ${U(n.length,`team`)}`:`, all teams`,`.`]}),(0,Y.jsx)(Ur,{teams:f.teams,overall:f.overall}),(0,Y.jsxs)(o,{color:f.withoutDueDate?`orange`:`gray`,variant:`light`,"data-testid":`without-due-date`,children:[(0,Y.jsx)(`strong`,{children:U(f.withoutDueDate,`open action`)}),` without a due date `,f.withoutDueDate===1?`is`:`are`,` in no period, so`,` `,f.withoutDueDate===1?`it is`:`they are`,` not counted above.`]})]})}),(0,Y.jsx)(g.Col,{span:{base:12,lg:3},children:(0,Y.jsxs)(l,{bg:`gray.0`,p:`md`,radius:`md`,component:`aside`,"aria-labelledby":`definition-heading`,children:[(0,Y.jsx)(P,{order:2,size:`h5`,id:`definition-heading`,mb:4,children:`What is counted`}),(0,Y.jsx)(v,{size:`sm`,"data-testid":`follow-through-definition`,children:f.definition})]})})]}):(0,Y.jsx)(je,{what:`the figures`}):null]})}function Ur({teams:e,overall:t}){return e.length===0?(0,Y.jsx)(v,{c:`dimmed`,fs:`italic`,size:`sm`,children:`No action is due in this period.`}):(0,Y.jsx)(b.ScrollContainer,{minWidth:760,children:(0,Y.jsxs)(b,{verticalSpacing:`xs`,striped:!0,"aria-label":`Follow-through per team`,children:[(0,Y.jsx)(b.Thead,{children:(0,Y.jsxs)(b.Tr,{children:[(0,Y.jsx)(b.Th,{children:`Team`}),(0,Y.jsx)(b.Th,{ta:`right`,children:`Actions`}),Nr.map(e=>(0,Y.jsx)(b.Th,{ta:`right`,children:e.label},e.key))]})}),(0,Y.jsx)(b.Tbody,{children:e.map(e=>(0,Y.jsx)(Wr,{name:e.team?.name??`No team`,figures:e.figures},e.team?.id??`none`))}),(0,Y.jsx)(b.Tfoot,{children:(0,Y.jsx)(Wr,{name:`All teams`,figures:t,strong:!0})})]})})}function Wr({name:e,figures:t,strong:n}){return(0,Y.jsxs)(b.Tr,{"data-testid":`team-figures`,"data-team":e,children:[(0,Y.jsx)(b.Th,{scope:`row`,fw:n?700:600,children:e}),(0,Y.jsx)(b.Td,{ta:`right`,fw:n?700:void 0,children:t.total}),Nr.map(e=>(0,Y.jsxs)(b.Td,{ta:`right`,c:t[e.key]?e.color:`dimmed`,fw:n?700:void 0,children:[t[e.key],` `,(0,Y.jsx)(v,{span:!0,size:`xs`,c:`dimmed`,ml:4,fw:400,children:Cn(t[e.key],t.total)})]},e.key))]})}var Gr=[{value:``,label:`Detect from the file`},{value:`debrief`,label:`Debrief JSON export`},{value:`csv`,label:`CSV (one incident a row)`},{value:`markdown`,label:`Markdown postmortem with YAML front matter`},{value:`statuspage`,label:`Status page JSON`}],Kr=[`key`,`title`,`summary`,`severity`,`status`,`startedAt`,`detectedAt`,`acknowledgedAt`,`mitigatedAt`,`resolvedAt`,`customerImpact`,`sourceUrl`,`services`,`vendors`,`tags`],qr=`ignore`,Jr=e=>e.trim().toLowerCase().replace(/[\s_-]/g,``);function Yr(e){return Kr.find(t=>Jr(t)===Jr(e))??`ignore`}var Xr=(e,t)=>t===`csv`||t===``&&/\.csv$/i.test(e.name);async function Zr(e){let t=(await e.slice(0,65536).text()).replace(/^\uFEFF/,``),n=[],r=``,i=!1;for(let e=0;e<t.length;e++){let a=t[e];if(i)a===`"`&&t[e+1]===`"`?(r+=`"`,e++):a===`"`?i=!1:r+=a;else if(a===`"`)i=!0;else if(a===`,`)n.push(r.trim()),r=``;else if(a===`
`||a===`\r`)break;else r+=a}return n.push(r.trim()),n.filter((e,t)=>e||t<n.length-1)}function Qr(e){return Object.entries(e).map(([e,t])=>`${t}=${e}`).join(`,`)}var $r=[{value:qr,label:`Leave out`},...Kr.map(e=>({value:e,label:e}))];function ei({file:e,mapping:t,onChange:n}){let r=Object.keys(t),i=Object.values(t),a=[`title`,`startedAt`].filter(e=>!i.includes(e));return(0,Y.jsxs)(`fieldset`,{style:{border:`none`,padding:0,margin:0},children:[(0,Y.jsx)(`legend`,{children:(0,Y.jsxs)(v,{size:`sm`,fw:600,children:[`Columns of `,e]})}),(0,Y.jsx)(S,{cols:{base:1,sm:2,md:3},spacing:`xs`,children:r.map(e=>(0,Y.jsx)(A,{size:`xs`,label:`Column “${e}”`,data:$r,value:t[e],onChange:r=>n({...t,[e]:r??`ignore`}),allowDeselect:!1},e))}),a.length?(0,Y.jsxs)(v,{size:`xs`,c:`red`,mt:4,role:`alert`,children:[`Map a column to `,a.join(` and `),`: every incident needs them.`]}):null]})}function ti({result:e}){return(0,Y.jsxs)(o,{color:e.errors.length?`orange`:`green`,variant:`light`,title:`Import finished`,role:`status`,"data-testid":`import-result`,children:[(0,Y.jsxs)(_,{gap:`lg`,children:[(0,Y.jsxs)(v,{size:`sm`,children:[(0,Y.jsx)(`strong`,{children:e.created}),` created`]}),(0,Y.jsxs)(v,{size:`sm`,children:[(0,Y.jsx)(`strong`,{children:e.skipped}),` skipped (already imported)`]}),(0,Y.jsxs)(v,{size:`sm`,children:[(0,Y.jsx)(`strong`,{children:e.errors.length}),` `,e.errors.length===1?`error`:`errors`]})]}),e.errors.length?(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsxs)(v,{size:`sm`,mt:`xs`,children:[`A file with errors was not imported at all; fix `,e.errors.length===1?`it`:`them`,` and upload again.`]}),(0,Y.jsxs)(b,{mt:`xs`,verticalSpacing:2,"aria-label":`${U(e.errors.length,`import error`)}`,children:[(0,Y.jsx)(b.Thead,{children:(0,Y.jsxs)(b.Tr,{children:[(0,Y.jsx)(b.Th,{children:`File`}),(0,Y.jsx)(b.Th,{children:`Where`}),(0,Y.jsx)(b.Th,{children:`Problem`})]})}),(0,Y.jsx)(b.Tbody,{children:e.errors.map((e,t)=>(0,Y.jsxs)(b.Tr,{children:[(0,Y.jsx)(b.Td,{children:e.file}),(0,Y.jsx)(b.Td,{children:e.position||`—`}),(0,Y.jsx)(b.Td,{children:e.message})]},t))})]})]}):null]})}async function ni(e,t){let n=e.getReader(),r=new TextDecoder,i=``,a=e=>{let n=e.trim();n&&t(JSON.parse(n))};for(;;){let{value:e,done:t}=await n.read();if(t)break;i+=r.decode(e,{stream:!0});let o=i.indexOf(`
`);for(;o>=0;)a(i.slice(0,o)),i=i.slice(o+1),o=i.indexOf(`
`)}a(i+r.decode())}var ri=`/api/import`;async function ii(e,t,n){let r=new URLSearchParams;t.format&&r.set(`format`,t.format),t.map&&r.set(`map`,t.map);let i=new FormData;i.append(`file`,e,e.name);let a=await fetch(`${ri}${r.size?`?${r}`:``}`,{method:`POST`,credentials:`same-origin`,headers:{Accept:`application/x-ndjson`,...ot},body:i});if(!a.ok||!a.body){let e=`The server refused the upload (${a.status} ${a.statusText}).`;try{let t=await a.json();t.errors?.[0]?.message&&(e=t.errors[0].message)}catch{}throw Error(e)}let o=null;if(await ni(a.body,e=>{`result`in e?o=e.result:n(e)}),!o)throw Error(`The import stopped before it reported a result.`);return o}function ai(e,t){let[n,r]=(0,K.useState)({});return(0,K.useEffect)(()=>{let n=!1;return Promise.all(e.filter(e=>Xr(e,t)).map(async e=>[e.name,Object.fromEntries((await Zr(e)).map(e=>[e,Yr(e)]))])).then(e=>!n&&r(Object.fromEntries(e))),()=>{n=!0}},[e,t]),[n,r]}function oi(){q(`Import incidents`);let{viewer:e}=J(),[t,n]=(0,K.useState)([]),[a,s]=(0,K.useState)(``),[c,u]=ai(t,a),[d,f]=(0,K.useState)(null),[p,m]=(0,K.useState)(null),[h,g]=(0,K.useState)(null),[_,y]=(0,K.useState)(!1);if(!St(e.role))return(0,Y.jsxs)(N,{children:[(0,Y.jsx)(P,{order:1,children:`Import incidents`}),(0,Y.jsx)(o,{color:`gray`,variant:`light`,title:`Analysts and admins import`,children:`Ask an analyst or an admin to import incidents for you.`})]});let b=async()=>{y(!0),m(null),g(null);let e={created:0,skipped:0,errors:[]};try{for(let[n,r]of t.entries()){f({file:r.name,done:0,total:0,index:n});let t=c[r.name]?Qr(c[r.name]):``,i=await ii(r,{format:a,map:t},e=>f({...e,index:n}));e.created+=i.created,e.skipped+=i.skipped,e.errors.push(...i.errors)}m(e)}catch(t){g(t instanceof Error?t.message:String(t)),(e.created||e.skipped||e.errors.length)&&m(e)}finally{y(!1),f(null)}},x=d&&d.total?d.done/d.total:0,S=d?(d.index+x)/t.length*100:0;return(0,Y.jsxs)(N,{gap:`lg`,children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(P,{order:1,children:`Import incidents`}),(0,Y.jsx)(v,{c:`dimmed`,size:`sm`,children:`Bring incidents from other tools: Debrief’s JSON export, CSV (one incident a row), Markdown postmortems with YAML front matter, or a status page’s incident history. Importing the same file again skips what is already here.`})]}),(0,Y.jsx)(l,{withBorder:!0,radius:`md`,p:`md`,component:`section`,"aria-label":`Files to import`,children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(r,{label:`Files`,placeholder:`Choose files`,multiple:!0,clearable:!0,accept:`.json,.csv,.md,.markdown,application/json,text/csv,text/markdown`,value:t,onChange:e=>{n(e),m(null),g(null)}}),(0,Y.jsx)(A,{label:`Format`,data:Gr,value:a,onChange:e=>s(e??``),allowDeselect:!1,w:360}),Object.entries(c).map(([e,t])=>(0,Y.jsx)(ei,{file:e,mapping:t,onChange:t=>u({...c,[e]:t})},e)),(0,Y.jsx)(i,{onClick:b,loading:_,disabled:t.length===0,style:{alignSelf:`flex-start`},children:`Import`}),d?(0,Y.jsxs)(N,{gap:4,children:[(0,Y.jsx)(ne,{value:S,"aria-label":`Import progress`,animated:!0}),(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,"aria-live":`polite`,children:[d.file,`: `,d.total?`${d.done} of ${d.total} incidents`:`reading…`,` (file `,d.index+1,` of`,` `,t.length,`)`]})]}):null]})}),h?(0,Y.jsx)(o,{color:`red`,variant:`light`,title:`The import did not finish`,role:`alert`,children:h}):null,p?(0,Y.jsx)(ti,{result:p}):null]})}var si=50,ci=H(`
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
`),li=H(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);function ui(e){if(e.incidentID){let t=`/incidents/${encodeURIComponent(e.incidentID)}`;return e.actionItemID?{to:`${t}#action-${e.actionItemID}`,text:`Open the action${e.actionItem?` “${e.actionItem.title}”`:``}`}:{to:t+(e.kind===`QUESTION_ASSIGNED`?`#questions`:e.kind===`MENTION`?`#comments`:``),text:`Open ${e.incident?`“${e.incident.title}”`:`the incident`}`}}return e.actionItemID?{to:`/actions`,text:`Open my actions`}:null}function di(){q(`Inbox`);let[e,t]=fe(),n=e.get(`show`)===`unread`,r=e.get(`after`)||null,a=(0,K.useMemo)(()=>({unreadOnly:n,first:si,after:r}),[n,r]),[o,s]=R({query:ci,variables:a}),[c,l]=L(li),u=Ot(),d=o.data?.inbox,f=G(d),p=(0,K.useCallback)(async e=>{let t=await l(e);return s({requestPolicy:`network-only`}),u(),t},[l,s,u]),m=(n,r)=>{let i=new URLSearchParams(e);r?i.set(n,r):i.delete(n),n!==`after`&&i.delete(`after`),t(i)};return(0,Y.jsxs)(N,{gap:`lg`,children:[(0,Y.jsxs)(_,{justify:`space-between`,align:`flex-end`,children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(P,{order:1,children:`Inbox`}),(0,Y.jsx)(v,{c:`dimmed`,size:`sm`,children:`Mentions, assignments, and reminders about actions and reviews. Newest first.`})]}),(0,Y.jsxs)(_,{gap:`sm`,children:[(0,Y.jsx)(ie,{value:n?`unread`:`all`,onChange:e=>m(`show`,e===`unread`?`unread`:null),data:[{value:`all`,label:`All`},{value:`unread`,label:`Unread`}],"aria-label":`Which notifications`}),(0,Y.jsx)(i,{variant:`light`,onClick:()=>void p({all:!0}),loading:c.fetching,children:`Mark all read`})]})]}),c.error?(0,Y.jsx)(V,{error:c.error}):null,o.error&&!d?(0,Y.jsx)(V,{error:o.error,onRetry:()=>s({requestPolicy:`network-only`})}):d?f.length===0?(0,Y.jsx)(v,{c:`dimmed`,fs:`italic`,children:n?`Nothing unread.`:`Nothing here yet: you will hear about mentions, assignments and reminders here.`}):(0,Y.jsx)(N,{gap:`xs`,component:`ul`,style:{listStyle:`none`,padding:0,margin:0},"aria-label":`Notifications`,children:f.map(e=>(0,Y.jsx)(fi,{note:e,onRead:()=>void p({ids:[e.id]})},e.id))}):(0,Y.jsx)(je,{what:`your inbox`}),d?(0,Y.jsxs)(_,{justify:`space-between`,children:[(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,children:U(d.totalCount,n?`unread notification`:`notification`)}),(0,Y.jsxs)(_,{gap:`xs`,children:[r?(0,Y.jsx)(i,{variant:`default`,size:`xs`,onClick:()=>m(`after`,null),children:`← Newest`}):null,d.pageInfo.hasNextPage?(0,Y.jsx)(i,{variant:`default`,size:`xs`,onClick:()=>m(`after`,d.pageInfo.endCursor??null),children:`Older →`}):null]})]}):null]})}function fi({note:e,onRead:n}){let r=!e.readAt,a=ui(e);return(0,Y.jsx)(l,{component:`li`,withBorder:!0,radius:`md`,p:`sm`,bg:r?`indigo.0`:void 0,"data-testid":`notification`,"data-unread":r||void 0,children:(0,Y.jsxs)(_,{justify:`space-between`,align:`flex-start`,wrap:`nowrap`,gap:`md`,children:[(0,Y.jsxs)(N,{gap:4,style:{minWidth:0},children:[(0,Y.jsxs)(_,{gap:`xs`,children:[(0,Y.jsx)(u,{color:dn[e.kind]??`gray`,variant:r?`filled`:`light`,radius:`sm`,size:`sm`,children:B(un,e.kind)}),r?(0,Y.jsx)(v,{size:`xs`,fw:700,c:`indigo.8`,children:`Unread`}):null,(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,title:z(e.createdAt),children:[(0,Y.jsx)(`time`,{dateTime:e.createdAt,children:wn(e.createdAt)}),` · `,z(e.createdAt)]})]}),(0,Y.jsx)(v,{size:`sm`,fw:r?600:void 0,children:e.message}),a?(0,Y.jsx)(t,{component:F,to:a.to,size:`sm`,onClick:r?n:void 0,children:a.text}):null]}),r?(0,Y.jsx)(i,{size:`compact-xs`,variant:`subtle`,onClick:n,"aria-label":`Mark read: ${e.message}`,children:`Mark read`}):null]})})}function pi({severity:e,size:t=`md`}){return(0,Y.jsx)(w,{label:Me[e]??e,withArrow:!0,openDelay:300,children:(0,Y.jsx)(u,{color:Ie[e]??`gray`,variant:e===`SEV1`||e===`SEV2`?`filled`:`light`,size:t,radius:`sm`,"aria-label":`Severity ${Me[e]??e}`,children:e})})}function mi({status:e,size:t=`md`}){return(0,Y.jsx)(u,{color:Ne[e]??`gray`,variant:`dot`,size:t,radius:`sm`,children:B(Fe,e)})}var hi=H(`
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
`),gi=H(`
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
`),_i=[`RESPONDING`,`RESOLVED`,`ANALYSING`,`REVIEWING`,`FOLLOWING_UP`,`LEARNINGS_APPLIED`],vi=[`SEV1`,`SEV2`,`SEV3`,`SEV4`],yi=e=>!!e&&_i.includes(e),bi=e=>!!e&&vi.includes(e);function xi(){let[e,t]=fe();return{q:(e.get(`q`)??``).trim(),status:yi(e.get(`status`))?e.get(`status`):null,severity:bi(e.get(`severity`))?e.get(`severity`):null,service:e.get(`service`)||null,after:e.get(`after`)||null,before:e.get(`before`)||null,update:(n,r)=>{let i=new URLSearchParams(e);r?.keepCursor||(i.delete(`after`),i.delete(`before`));for(let[e,t]of Object.entries(n))t?i.set(e,t):i.delete(e);t(i,{replace:r?.replace})}}}function Si(){q(`Incidents`);let{q:e,status:n,severity:r,service:a,after:o,before:s,update:c}=xi(),d=(0,K.useMemo)(()=>{let t={};return e&&(t.or=[{titleContainsFold:e},{summaryContainsFold:e}]),n&&(t.status=n),r&&(t.severity=r),a&&(t.hasServicesWith=[{id:a}]),t},[e,n,r,a]),f=(0,K.useMemo)(()=>s?{last:20,before:s,where:d}:{first:20,after:o,where:d},[o,s,d]),[p,m]=R({query:hi,variables:f}),[h]=R({query:gi}),g=(0,K.useRef)(void 0);p.data&&(g.current=p.data);let y=p.data??g.current,[x,S]=(0,K.useState)(e);(0,K.useEffect)(()=>S(e),[e]),(0,K.useEffect)(()=>{if(x.trim()===e)return;let t=window.setTimeout(()=>c({q:x.trim()||null},{replace:!0}),300);return()=>window.clearTimeout(t)},[x]);let C=(h.data?.services.edges??[]).flatMap(e=>e?.node?[{value:e.node.id,label:e.node.name}]:[]),w=!!(e||n||r||a),T=y?.incidents,E=(T?.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return(0,Y.jsxs)(N,{gap:`lg`,children:[(0,Y.jsx)(_,{justify:`space-between`,align:`flex-end`,children:(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(P,{order:1,children:`Incidents`}),(0,Y.jsx)(v,{c:`dimmed`,size:`sm`,children:`Everything that went wrong, what people saw, and what we learned. Newest first.`})]})}),(0,Y.jsx)(l,{withBorder:!0,p:`md`,radius:`md`,component:`section`,"aria-label":`Search and filters`,children:(0,Y.jsx)(`form`,{role:`search`,onSubmit:e=>{e.preventDefault(),c({q:x.trim()||null})},children:(0,Y.jsxs)(_,{align:`flex-end`,gap:`md`,wrap:`wrap`,children:[(0,Y.jsx)(M,{label:`Search`,placeholder:`Words in the title or summary`,value:x,onChange:e=>S(e.currentTarget.value),style:{flex:`2 1 260px`},type:`search`,name:`q`}),(0,Y.jsx)(A,{label:`Status`,placeholder:`Any status`,data:_i.map(e=>({value:e,label:Fe[e]})),value:n,onChange:e=>c({status:e}),clearable:!0,style:{flex:`1 1 160px`}}),(0,Y.jsx)(A,{label:`Severity`,placeholder:`Any severity`,data:vi.map(e=>({value:e,label:`${e} — ${Me[e].split(`:`)[0]}`})),value:r,onChange:e=>c({severity:e}),clearable:!0,style:{flex:`1 1 160px`}}),(0,Y.jsx)(A,{label:`Service`,placeholder:h.fetching?`Loading services…`:`Any service`,data:C,value:a,onChange:e=>c({service:e}),searchable:!0,clearable:!0,nothingFoundMessage:`No service by that name`,style:{flex:`1 1 200px`}}),w?(0,Y.jsx)(i,{variant:`subtle`,onClick:()=>{S(``),c({q:null,status:null,severity:null,service:null})},children:`Clear filters`}):null]})})}),p.error?(0,Y.jsx)(V,{error:p.error,onRetry:()=>m({requestPolicy:`network-only`})}):null,!y&&p.fetching?(0,Y.jsx)(je,{what:`incidents`}):null,T?(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(_,{justify:`space-between`,children:(0,Y.jsxs)(v,{size:`sm`,c:`dimmed`,"aria-live":`polite`,"data-testid":`incident-count`,children:[w?`${U(T.totalCount,`incident`)} ${T.totalCount===1?`matches`:`match`}`:U(T.totalCount,`incident`),p.fetching?` · updating…`:``]})}),E.length===0?(0,Y.jsx)(l,{withBorder:!0,p:`xl`,radius:`md`,children:(0,Y.jsxs)(N,{align:`center`,gap:`xs`,children:[(0,Y.jsx)(v,{fw:600,children:w?`No incidents match these filters.`:`No incidents yet.`}),(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,children:w?`Try fewer words or clear a filter.`:`Incidents appear here once they are recorded.`})]})}):(0,Y.jsx)(l,{withBorder:!0,radius:`md`,style:{overflow:`hidden`},children:(0,Y.jsx)(b.ScrollContainer,{minWidth:900,children:(0,Y.jsxs)(b,{verticalSpacing:`sm`,horizontalSpacing:`md`,highlightOnHover:!0,className:`incident-table`,children:[(0,Y.jsx)(re,{component:`caption`,children:`Incidents, newest first`}),(0,Y.jsx)(b.Thead,{children:(0,Y.jsxs)(b.Tr,{children:[(0,Y.jsx)(b.Th,{children:`Incident`}),(0,Y.jsx)(b.Th,{children:`Severity`}),(0,Y.jsx)(b.Th,{children:`Status`}),(0,Y.jsx)(b.Th,{children:`Started`}),(0,Y.jsx)(b.Th,{children:`Services`}),(0,Y.jsx)(b.Th,{children:`Open questions`}),(0,Y.jsx)(b.Th,{style:{textAlign:`right`},children:`Action items`})]})}),(0,Y.jsx)(b.Tbody,{children:E.map(e=>{let n=(e.services.edges??[]).flatMap(e=>e?.node?[e.node]:[]),r=e.services.totalCount-n.length,i=e.actionItems.totalCount,a=e.openQuestions.totalCount;return(0,Y.jsxs)(b.Tr,{"data-testid":`incident-row`,children:[(0,Y.jsxs)(b.Td,{style:{maxWidth:420},children:[(0,Y.jsx)(t,{component:F,to:`/incidents/${encodeURIComponent(e.id)}`,fw:600,c:`dark.8`,children:e.title}),e.summary?(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,lineClamp:1,children:e.summary}):null]}),(0,Y.jsx)(b.Td,{children:(0,Y.jsx)(pi,{severity:e.severity,size:`sm`})}),(0,Y.jsx)(b.Td,{children:(0,Y.jsx)(mi,{status:e.status,size:`sm`})}),(0,Y.jsx)(b.Td,{children:(0,Y.jsx)(v,{size:`sm`,title:z(e.startedAt),style:{whiteSpace:`nowrap`},children:(0,Y.jsx)(`time`,{dateTime:e.startedAt,children:W(e.startedAt)})})}),(0,Y.jsx)(b.Td,{children:(0,Y.jsxs)(_,{gap:4,children:[n.map(e=>(0,Y.jsx)(u,{variant:`outline`,color:`gray`,size:`sm`,radius:`sm`,children:e.name},e.id)),r>0?(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`+`,r,` more`]}):null,n.length===0?(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,children:`None named`}):null]})}),(0,Y.jsx)(b.Td,{"data-testid":`open-questions`,children:a>0?(0,Y.jsx)(u,{color:`orange`,variant:`light`,size:`sm`,radius:`sm`,style:{whiteSpace:`nowrap`},children:U(a,`open question`)}):(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,children:`None open`})}),(0,Y.jsx)(b.Td,{style:{textAlign:`right`},children:(0,Y.jsxs)(v,{size:`sm`,c:i===0?`dimmed`:void 0,children:[i,(0,Y.jsxs)(re,{children:[` `,i===1?`action item`:`action items`]})]})})]},e.id)})})]})})}),(0,Y.jsxs)(_,{justify:`space-between`,component:`nav`,"aria-label":`Pages of incidents`,children:[(0,Y.jsx)(i,{variant:`default`,disabled:!T.pageInfo.hasPreviousPage||!T.pageInfo.startCursor,onClick:()=>c({before:T.pageInfo.startCursor??null,after:null},{keepCursor:!0}),children:`← Previous`}),(0,Y.jsx)(i,{variant:`default`,disabled:!T.pageInfo.hasNextPage||!T.pageInfo.endCursor,onClick:()=>c({after:T.pageInfo.endCursor??null,before:null},{keepCursor:!0}),children:`Next →`})]})]}):null]})}var Ci=H(`
  mutation MarkLearningsApplied($incidentID: ID!, $version: Int!, $overrideReason: String) {
    markLearningsApplied(incidentID: $incidentID, version: $version, overrideReason: $overrideReason) {
      id
      version
      status
      learningsOverrideReason
    }
  }
`);function wi({incident:e,onChanged:n}){let{viewer:r}=J(),[a,s]=L(Ci),[c,u]=(0,K.useState)(!1),[d,f]=(0,K.useState)(``),p=Q(a.error,[`overrideReason`]),m=yn(r.role),g=r.role===`MEMBER`&&(e.createdByID===r.id||e.facilitator?.id===r.id),{open:y,overdue:b}=e.followThrough;if(e.status===`LEARNINGS_APPLIED`)return(0,Y.jsx)(o,{color:`green`,variant:`light`,title:`Learnings applied`,"data-testid":`learnings-applied`,children:e.learningsOverrideReason?`Marked while actions were still open, because: ${e.learningsOverrideReason}`:`Every action from this incident was done or dropped.`});let x=async t=>{let r=await s({incidentID:e.id,version:e.version,overrideReason:t??null});r.error&&Q(r.error).code!==`CONFLICT`||n(),r.error||u(!1)};return(0,Y.jsx)(l,{withBorder:!0,radius:`md`,p:`sm`,component:`section`,"aria-labelledby":`learnings-heading`,children:(0,Y.jsxs)(N,{gap:`xs`,children:[(0,Y.jsx)(P,{order:3,size:`h5`,id:`learnings-heading`,children:`Learnings applied?`}),y===0?(0,Y.jsx)(v,{size:`sm`,children:e.followThrough.total?`Every action from this incident is done or dropped.`:`This incident has no actions.`}):(0,Y.jsxs)(v,{size:`sm`,children:[U(y,`action`),` `,y===1?`is`:`are`,` still open`,b?`, ${b} overdue`:``,`. Learnings count as applied when every action is done or dropped with a reason.`,m?``:` An analyst can mark them applied sooner, with a reason.`]}),y===0&&(m||g)?(0,Y.jsx)(_,{children:(0,Y.jsx)(i,{size:`xs`,color:`green`,onClick:()=>void x(),loading:a.fetching,children:`Mark learnings applied`})}):null,y>0&&m?c?(0,Y.jsx)(`form`,{onSubmit:e=>{e.preventDefault(),d.trim()&&x(d.trim())},children:(0,Y.jsxs)(N,{gap:`xs`,children:[(0,Y.jsx)(h,{label:`Why mark the learnings applied with actions still open?`,description:`The activity history keeps this reason.`,required:!0,autosize:!0,minRows:2,value:d,onChange:e=>f(e.currentTarget.value),error:p.fields.overrideReason}),(0,Y.jsxs)(_,{gap:`xs`,children:[(0,Y.jsx)(i,{type:`submit`,size:`xs`,color:`orange`,disabled:!d.trim(),loading:a.fetching,children:`Mark learnings applied anyway`}),(0,Y.jsx)(i,{size:`xs`,variant:`default`,onClick:()=>u(!1),children:`Cancel`})]})]})}):(0,Y.jsx)(t,{component:`button`,type:`button`,size:`sm`,onClick:()=>u(!0),style:{alignSelf:`flex-start`},children:`Mark applied anyway, with a reason…`}):null,p.code===`CONFLICT`?(0,Y.jsx)(o,{color:`orange`,variant:`light`,role:`alert`,p:`xs`,children:`Someone else changed this incident meanwhile; the page now shows their version. Try again.`}):p.other?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:p.other}):null]})})}var Ti=`idle`,Ei=new Set,Di=new Set;function Oi(e){if(e!==Ti){Ti=e;for(let e of Ei)e()}}function ki(e){return Di.add(e),()=>Di.delete(e)}function Ai(e){return Ei.add(e),()=>Ei.delete(e)}function ji(){return(0,K.useSyncExternalStore)(Ai,()=>Ti)}function Mi(e){let t=Math.min(3e4,1e3*2**e),n=t/2+t/2*Math.random();return new Promise(e=>setTimeout(e,n))}function Ni(){return`${window.location.protocol===`https:`?`wss:`:`ws:`}//${window.location.host}/graphql`}var Pi=2e4,Fi=5e3,Ii,Li,Ri=Ee({url:Ni,lazy:!0,lazyCloseTimeout:5e3,keepAlive:Pi,retryAttempts:2**53-1,retryWait:Mi,shouldRetry:()=>!0,on:{connecting:e=>Oi(e?`reconnecting`:`connecting`),connected:e=>{Ii=e,Oi(`connected`);for(let e of[...Di])e()},ping:e=>{e||(clearTimeout(Li),Li=setTimeout(()=>{Ii?.readyState===WebSocket.OPEN&&Ii.close(4408,`Ping timeout`)},Fi))},pong:e=>{e&&clearTimeout(Li)},closed:e=>{clearTimeout(Li),Ii=void 0,Oi(e?.code===1e3?`idle`:`reconnecting`)}}}),zi=H(`
  subscription IncidentBoardChanged($incidentID: ID!) {
    boardChanged(incidentID: $incidentID) {
      incidentID
      kind
      entityID
      op
      at
    }
  }
`),Bi=`resync`,Vi=300,Hi=2e3,Ui=4e3,Wi=new Set;function Gi(e,t){let n=we(),r=ji(),[i,a]=(0,K.useState)(null),[o,s]=(0,K.useState)(Wi),[c,l]=(0,K.useState)(!1),u=(0,K.useRef)(t);return(0,K.useEffect)(()=>{u.current=t}),(0,K.useEffect)(()=>{let t=!1,r,i,o=0,c=!1,d=!1,f=new Set,p=async()=>{if(c)d=!0;else{c=!0;try{do{d=!1;let e=f;if(f=new Set,await u.current(),t)return;e.size>0&&(s(e),clearTimeout(i),i=setTimeout(()=>s(Wi),Ui))}while(d&&!t)}finally{c=!1,!t&&r===void 0&&l(!1)}}},m=e=>{e&&f.add(e),l(!0);let t=Date.now();r===void 0&&(o=t),clearTimeout(r),r=setTimeout(()=>{r=void 0,p()},Math.max(0,Math.min(Vi,o+Hi-t)))},h=n.subscription(zi,{incidentID:e}).subscribe(t=>{if(t.error){a(e);return}let n=t.data?.boardChanged;n&&m(n.op===`deleted`||n.op===Bi?void 0:n.entityID)}),g=ki(()=>m());return()=>{t=!0,l(!1),clearTimeout(r),clearTimeout(i),g(),h.unsubscribe()}},[n,e]),{status:i===e?`off`:r===`connected`?`live`:r===`reconnecting`?`reconnecting`:`connecting`,fresh:i===e?Wi:o,syncing:c}}var Ki=(0,K.createContext)(Wi),qi=Ki.Provider;function Ji(){return(0,K.useContext)(Ki)}var Yi={live:{label:`Live`,hint:`Changes anyone makes to this incident appear here as they happen.`},connecting:{label:`Connecting…`,hint:`Connecting for live updates.`},reconnecting:{label:`Reconnecting…`,hint:`The live connection dropped. The board catches up as soon as it is back.`},off:{label:`Not live`,hint:`Live updates are not available: reload the page to see the latest changes.`}};function Xi({status:e,syncing:t}){let{label:n,hint:r}=Yi[e];return(0,Y.jsxs)(_,{gap:6,wrap:`nowrap`,role:`status`,title:r,"data-testid":`live-indicator`,"data-state":e,"data-syncing":t,className:`live-indicator`,children:[(0,Y.jsx)(`span`,{className:`live-dot`,"aria-hidden":`true`}),(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,fw:500,children:n})]})}function $({id:e,title:t,description:n,aside:r,children:i}){return(0,Y.jsxs)(l,{withBorder:!0,radius:`md`,p:`lg`,component:`section`,id:e,"aria-labelledby":`${e}-heading`,className:`incident-section`,children:[(0,Y.jsxs)(_,{justify:`space-between`,align:`flex-start`,mb:`md`,children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(P,{order:2,size:`h3`,id:`${e}-heading`,children:t}),n?(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,children:n}):null]}),r]}),i]})}function Zi({children:e}){return(0,Y.jsx)(v,{c:`dimmed`,size:`sm`,fs:`italic`,children:e})}function Qi({shown:e,total:t,what:n}){return t<=e?null:(0,Y.jsxs)(v,{size:`sm`,c:`orange.8`,mt:`sm`,children:[`Showing the first `,e,` of `,t,` `,n,`.`]})}function $i(e){let{incident:t}=X(),n=(0,K.useRef)(t);(0,K.useEffect)(()=>{n.current!==t&&(n.current=t,e({requestPolicy:`network-only`}))},[t,e])}var ea=H(`
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
`);function ta(e,t){return e.dueAt===t.dueAt?0:e.dueAt?t.dueAt?e.dueAt<t.dueAt?-1:1:-1:1}var na=e=>e===`ADMIN`||e===`ANALYST`||e===`MEMBER`;function ra({incident:e}){let{viewer:t}=J(),{refetch:n}=X(),r=(0,K.useMemo)(()=>({additionalTypenames:[`ActionItem`]}),[]),[a,o]=R({query:ea,variables:{id:e.id},context:r}),s=(0,K.useCallback)(()=>o({requestPolicy:`network-only`}),[o]);$i(s);let[c,l]=(0,K.useState)(null),u=a.data?.node,d=u?.__typename===`Incident`?u:void 0,f=G(d?.actionItems).sort(ta);aa(f.length>0);let p=c&&c!==`new`?f.find(e=>e.id===c):void 0,m=()=>{l(null),n()};return(0,Y.jsxs)($,{id:`actions`,title:`Action items`,description:`What we decided to change, who owns it and by when.`,aside:na(t.role)?(0,Y.jsx)(i,{size:`xs`,onClick:()=>l(`new`),children:`New action`}):null,children:[(0,Y.jsxs)(N,{gap:`md`,children:[a.error&&!d?(0,Y.jsx)(V,{error:a.error,onRetry:s}):null,d?(0,Y.jsxs)(N,{gap:`xs`,children:[(0,Y.jsx)(P,{order:3,size:`h5`,children:`Follow-through`}),(0,Y.jsx)(Pr,{figures:d.followThrough,label:`How this incident's actions fared`})]}):null,!d&&a.fetching?(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,children:`Loading the actions…`}):f.length===0&&d?(0,Y.jsx)(Zi,{children:`No action items yet.`}):f.length?(0,Y.jsx)(ia,{items:f,onEdit:l,onStale:s}):null,d?(0,Y.jsx)(Qi,{shown:f.length,total:d.actionItems.totalCount,what:`action items`}):null,d?(0,Y.jsx)(wi,{incident:{...d,id:e.id},onChanged:()=>void n()}):null]}),(0,Y.jsx)(ae,{opened:c!==null,onClose:()=>l(null),title:p?`Edit action`:`New action`,size:`xl`,children:c===`new`?(0,Y.jsx)(Xn,{from:{incidentIDs:[e.id]},onSaved:m,onCancel:()=>l(null)}):p?(0,Y.jsx)(Xn,{action:p,onSaved:m,onCancel:()=>l(null),onStale:s},p.id):null})]})}function ia({items:e,onEdit:n,onStale:r}){let{viewer:a}=J(),o=Ji();return(0,Y.jsx)(b.ScrollContainer,{minWidth:900,children:(0,Y.jsxs)(b,{verticalSpacing:`sm`,"aria-label":`Action items of this incident`,children:[(0,Y.jsx)(b.Thead,{children:(0,Y.jsxs)(b.Tr,{children:[(0,Y.jsx)(b.Th,{children:`Action`}),(0,Y.jsx)(b.Th,{children:`Owner`}),(0,Y.jsx)(b.Th,{children:`Due`}),(0,Y.jsx)(b.Th,{children:`Status`}),(0,Y.jsx)(b.Th,{children:`Priority · size`}),(0,Y.jsx)(b.Th,{children:`Warnings`}),(0,Y.jsx)(b.Th,{children:(0,Y.jsx)(re,{children:`Edit`})})]})}),(0,Y.jsx)(b.Tbody,{children:e.map(e=>{let s=Be(e.trackerURL);return(0,Y.jsxs)(b.Tr,{id:`action-${e.id}`,"data-testid":`action-row`,className:o.has(e.id)?`is-fresh`:void 0,children:[(0,Y.jsxs)(b.Td,{style:{maxWidth:380},children:[(0,Y.jsx)(v,{size:`sm`,fw:600,children:e.title}),e.insight?(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,lineClamp:2,children:[`From insight:`,` `,(0,Y.jsx)(t,{href:`#insight-${e.insight.id}`,size:`xs`,children:e.insight.statement})]}):null,e.description?(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,lineClamp:2,children:e.description}):null,e.statusReason?(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`Why: `,e.statusReason]}):null,s?(0,Y.jsx)(t,{href:s,size:`xs`,target:`_blank`,rel:`noopener noreferrer`,children:`Open in tracker ↗`}):null]}),(0,Y.jsxs)(b.Td,{children:[(0,Y.jsx)(v,{size:`sm`,c:e.owner?void 0:`orange.8`,fw:e.owner?void 0:600,children:e.owner?.name??`No owner`}),(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,children:e.team?.name??`No team`})]}),(0,Y.jsx)(b.Td,{children:(0,Y.jsx)(Qn,{dueAt:e.dueAt,overdue:e.overdue})}),(0,Y.jsx)(b.Td,{children:(0,Y.jsxs)(N,{gap:4,align:`flex-start`,children:[(0,Y.jsx)(Zn,{status:e.status}),(0,Y.jsx)($n,{action:e,onStale:r})]})}),(0,Y.jsxs)(b.Td,{children:[(0,Y.jsx)(v,{size:`sm`,fw:e.priority===`CRITICAL`||e.priority===`HIGH`?600:void 0,children:B(Ue,e.priority)}),(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,children:B(Pe,e.size)})]}),(0,Y.jsx)(b.Td,{children:(0,Y.jsx)(er,{warnings:e.warnings})}),(0,Y.jsx)(b.Td,{children:vn(a.role,a.id,e)?(0,Y.jsx)(i,{size:`compact-xs`,variant:`subtle`,onClick:()=>n(e.id),"aria-label":`Edit ${e.title}`,children:`Edit`}):null})]},e.id)})})]})})}function aa(e){let{hash:t}=de();(0,K.useEffect)(()=>{if(!e||!t.startsWith(`#action-`))return;let n=document.getElementById(t.slice(1));if(!n)return;n.scrollIntoView({block:`center`}),n.classList.add(`is-fresh`);let r=window.setTimeout(()=>n.classList.remove(`is-fresh`),4e3);return()=>window.clearTimeout(r)},[e,t])}var oa={a:({href:e,children:t})=>e?(0,Y.jsx)(`a`,{href:e,target:`_blank`,rel:`noopener noreferrer nofollow`,children:t}):(0,Y.jsx)(`span`,{children:t}),img:({alt:e})=>(0,Y.jsx)(`span`,{children:e??``})};function sa({children:e,size:t=`sm`}){return e?(0,Y.jsx)(`div`,{className:`prose markdown markdown-${t}`,children:(0,Y.jsx)(ke,{skipHtml:!0,components:oa,children:e})}):null}function ca(e,t=70){let n=e.replace(/\s+/g,` `).trim();return n.length>t?`${n.slice(0,t-1)}…`:n}function la(e){return`${Wt(e.occurredAt,Ft(),!0)} · ${ca(e.text)}`}function ua(e){return`${e.author?.name??`Someone`} (${B(ze,e.department)})`}function da(e){return ca(e.text)}var fa={event:`timeline`,perspective:`perspectives`,question:`questions`};function pa(e,t,n){if(e===`event`)return document.querySelector(`[data-event-id="${CSS.escape(t)}"]`);if(e===`perspective`)return document.querySelector(`[data-perspective-id="${CSS.escape(t)}"]`);let r=(n??``).replace(/\s+/g,` `).trim().slice(0,60);return r?[...document.querySelectorAll(`[data-testid="question"]`)].find(e=>(e.textContent??``).replace(/\s+/g,` `).includes(r))??null:null}function ma(e,t,n){let r=pa(e,t,n)??document.getElementById(fa[e]);r&&(r.scrollIntoView({block:`center`,behavior:`smooth`}),r.classList.add(`is-fresh`),window.setTimeout(()=>r.classList.remove(`is-fresh`),3e3))}function ha(e){return`#${fa[e]}`}var ga=H(`
  mutation PublishInsight($id: ID!, $version: Int!) {
    updateInsight(id: $id, version: $version, input: { status: PUBLISHED }) {
      id
      version
      status
    }
  }
`);function _a({insight:e,incident:t,onTurnIntoAction:n,onStale:r}){let{viewer:a}=J(),[s,c]=L(ga),d=G(e.factors),f=async()=>{Q((await c({id:e.id,version:e.version})).error).code===`CONFLICT`&&r()},p=Q(s.error),m=e.actionItems.totalCount;return(0,Y.jsx)(l,{withBorder:!0,radius:`md`,p:`md`,id:`insight-${e.id}`,"data-testid":`insight`,component:`article`,"aria-labelledby":`insight-${e.id}-statement`,children:(0,Y.jsxs)(N,{gap:`xs`,children:[(0,Y.jsxs)(_,{justify:`space-between`,align:`flex-start`,wrap:`nowrap`,children:[(0,Y.jsx)(P,{order:3,size:`h5`,id:`insight-${e.id}-statement`,children:e.statement}),(0,Y.jsx)(u,{color:e.status===`PUBLISHED`?`green`:`gray`,variant:`light`,radius:`sm`,style:{flexShrink:0},children:B(ln,e.status)})]}),e.detail?(0,Y.jsx)(sa,{children:e.detail}):null,d.length?(0,Y.jsxs)(_,{gap:6,"aria-label":`Contributing factors`,children:[(0,Y.jsx)(v,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,children:`Factors`}),d.map(e=>(0,Y.jsxs)(u,{variant:`outline`,color:`grape`,radius:`sm`,tt:`none`,title:e.category.name,children:[e.category.name,`: `,e.description]},e.id))]}):null,(0,Y.jsx)(va,{insight:e,incident:t}),(0,Y.jsxs)(_,{justify:`space-between`,gap:`xs`,children:[(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[e.createdBy?`By ${e.createdBy.name} · `:``,m?`${U(m,`action`)} from it`:`No actions from it yet`]}),(0,Y.jsxs)(_,{gap:`xs`,children:[e.status===`DRAFT`&&yn(a.role)?(0,Y.jsx)(i,{size:`compact-xs`,variant:`subtle`,onClick:()=>void f(),loading:s.fetching,children:`Publish`}):null,a.role===`VIEWER`?null:(0,Y.jsx)(i,{size:`compact-sm`,variant:`light`,onClick:n,"aria-label":`Turn into action: ${e.statement}`,children:`Turn into action`})]})]}),p.code===`CONFLICT`?(0,Y.jsx)(o,{color:`orange`,variant:`light`,role:`alert`,p:`xs`,children:`Someone else changed this insight meanwhile; it now shows their version. Try again.`}):p.other?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:p.other}):null]})})}function va({insight:e,incident:t}){let n=new Map(G(t.timelineEvents).map(e=>[e.id,e])),r=new Map(G(t.perspectives).map(e=>[e.id,e])),i=new Map(G(t.questions).map(e=>[e.id,e])),a=[...G(e.evidenceEvents).map(e=>{let t=n.get(e.id);return{kind:`event`,id:e.id,label:t?la(t):`a timeline event`}}),...G(e.evidencePerspectives).map(e=>{let t=r.get(e.id);return{kind:`perspective`,id:e.id,label:t?ua(t):`a perspective`}}),...G(e.evidenceQuestions).map(e=>{let t=i.get(e.id);return{kind:`question`,id:e.id,label:t?da(t):`a question`,text:t?.text}})],o=e.evidenceEvents.totalCount+e.evidencePerspectives.totalCount+e.evidenceQuestions.totalCount-a.length;if(a.length===0)return(0,Y.jsx)(v,{size:`xs`,c:`orange.8`,children:`No evidence cited yet.`});let s={event:`Event`,perspective:`Perspective`,question:`Question`};return(0,Y.jsxs)(_,{gap:6,"aria-label":`Evidence`,children:[(0,Y.jsx)(v,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,children:`Evidence`}),a.map(e=>(0,Y.jsxs)(u,{component:`a`,href:ha(e.kind),onClick:t=>{t.preventDefault(),ma(e.kind,e.id,e.text)},variant:`light`,color:e.kind===`event`?`indigo`:e.kind===`perspective`?`teal`:`orange`,radius:`sm`,tt:`none`,style:{cursor:`pointer`,maxWidth:360},"aria-label":`${s[e.kind]}: ${e.label}`,children:[s[e.kind],`: `,e.label]},`${e.kind}-${e.id}`)),o>0?(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`and `,o,` more`]}):null]})}var ya=H(`
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
`);function ba({incidentID:e,factors:t,categories:n,value:r,onChange:a,error:s}){let[c,l]=(0,K.useState)([]),[u,d]=(0,K.useState)(``),[f,p]=(0,K.useState)(null),[m,h]=L(ya),g=Q(m.error,[`description`,`categoryID`]),b=(0,K.useMemo)(()=>{let e=new Map;for(let n of[...t,...c])e.set(n.id,n);let n=new Map;for(let t of e.values()){let e=n.get(t.category.name)??[];e.push({value:t.id,label:`${t.category.name}: ${t.description}`}),n.set(t.category.name,e)}return[...n.entries()].map(([e,t])=>({group:e,items:t}))},[t,c]),x=async()=>{if(!u.trim()||!f)return;let t=(await h({input:{incidentID:e,categoryID:f,description:u.trim()}})).data?.createContributingFactor;t&&(l(e=>[...e,t]),a([...r,t.id]),d(``))};return(0,Y.jsxs)(N,{gap:6,children:[(0,Y.jsx)(y,{label:`Contributing factors`,description:`What made this more likely or worse, each with its category`,placeholder:b.length?`Pick factors`:`None named on this incident yet: add one below`,data:b,value:r,onChange:a,searchable:!0,clearable:!0,error:s}),(0,Y.jsxs)(_,{gap:`xs`,align:`flex-end`,wrap:`wrap`,children:[(0,Y.jsx)(M,{size:`xs`,label:`New contributing factor`,placeholder:`e.g. Certificates outside automation expire silently`,value:u,onChange:e=>d(e.currentTarget.value),error:g.fields.description,style:{flex:`2 1 240px`}}),(0,Y.jsx)(A,{size:`xs`,label:`Category`,placeholder:n.length?`Pick a category`:`No categories yet`,data:n.map(e=>({value:e.id,label:e.name})),value:f,onChange:p,searchable:!0,error:g.fields.categoryID,style:{flex:`1 1 180px`}}),(0,Y.jsx)(i,{size:`xs`,variant:`light`,onClick:()=>void x(),loading:m.fetching,disabled:!u.trim()||!f,children:`Add factor`})]}),n.length===0?(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,children:`An admin adds categories under Admin → Taxonomy.`}):null,g.other?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:g.other}):null]})}var xa=H(`
  mutation CreateInsight($input: CreateInsightInput!) {
    createInsight(input: $input) {
      id
    }
  }
`),Sa=[`statement`,`detail`,`evidenceEventIDs`,`evidencePerspectiveIDs`,`evidenceQuestionIDs`,`factorIDs`];function Ca({incident:e,factors:t,categories:n,onSaved:r,onCancel:a}){let[s,c]=(0,K.useState)(``),[l,u]=(0,K.useState)(``),[d,f]=(0,K.useState)(!1),[p,g]=(0,K.useState)([]),[v,b]=(0,K.useState)([]),[x,C]=(0,K.useState)([]),[w,T]=(0,K.useState)([]),[E,D]=L(xa),O=Q(E.error,Sa),k=G(e.timelineEvents).map(e=>({value:e.id,label:la(e)})),A=G(e.perspectives).map(e=>({value:e.id,label:ua(e)})),j=G(e.questions).filter(e=>!!e.answer).map(e=>({value:e.id,label:da(e)}));return(0,Y.jsx)(`form`,{onSubmit:async t=>{t.preventDefault(),s.trim()&&((await D({input:{incidentID:e.id,statement:s.trim(),detail:l.trim()||void 0,status:d?`PUBLISHED`:`DRAFT`,evidenceEventIDs:p.length?p:void 0,evidencePerspectiveIDs:v.length?v:void 0,evidenceQuestionIDs:x.length?x:void 0,factorIDs:w.length?w:void 0}})).error||r())},"aria-label":`Add an insight`,children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(M,{label:`Insight`,description:`What this incident taught us, in one sentence`,placeholder:`e.g. Certificates outside our automation expire without anyone noticing`,required:!0,value:s,onChange:e=>c(e.currentTarget.value),error:O.fields.statement,"data-autofocus":!0}),(0,Y.jsx)(h,{label:`Detail`,description:`The reasoning behind it (Markdown)`,autosize:!0,minRows:2,value:l,onChange:e=>u(e.currentTarget.value),error:O.fields.detail}),(0,Y.jsxs)(S,{cols:{base:1,md:3},spacing:`sm`,children:[(0,Y.jsx)(y,{label:`Timeline events`,placeholder:k.length?`Cite events`:`No events yet`,data:k,value:p,onChange:g,searchable:!0,clearable:!0,error:O.fields.evidenceEventIDs}),(0,Y.jsx)(y,{label:`Perspectives`,placeholder:A.length?`Cite perspectives`:`No perspectives yet`,data:A,value:v,onChange:b,searchable:!0,clearable:!0,error:O.fields.evidencePerspectiveIDs}),(0,Y.jsx)(y,{label:`Answered questions`,placeholder:j.length?`Cite answers`:`No answered questions yet`,data:j,value:x,onChange:C,searchable:!0,clearable:!0,error:O.fields.evidenceQuestionIDs})]}),(0,Y.jsx)(ba,{incidentID:e.id,factors:t,categories:n,value:w,onChange:T,error:O.fields.factorIDs}),(0,Y.jsx)(m,{label:`Publish it now (drafts are for the review to discuss)`,checked:d,onChange:e=>f(e.currentTarget.checked)}),O.other?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,title:O.code===`FORBIDDEN`?`You may not do this`:`Not saved`,children:O.other}):null,(0,Y.jsxs)(_,{justify:`flex-end`,children:[(0,Y.jsx)(i,{variant:`default`,onClick:a,children:`Cancel`}),(0,Y.jsx)(i,{type:`submit`,loading:E.fetching,disabled:!s.trim(),children:`Add insight`})]})]})})}var wa=H(`
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
`);function Ta({incident:e}){let{viewer:t}=J(),{refetch:n}=X(),r=(0,K.useMemo)(()=>({additionalTypenames:[`Insight`,`ContributingFactor`]}),[]),[a,o]=R({query:wa,variables:{id:e.id},context:r}),s=(0,K.useCallback)(()=>o({requestPolicy:`network-only`}),[o]);$i(s);let[c,u]=(0,K.useState)(!1),[d,f]=(0,K.useState)(null),p=a.data?.node,m=p?.__typename===`Incident`?p:void 0,h=G(m?.insights),g=G(m?.contributingFactors),_=G(a.data?.factorCategories);return(0,Y.jsxs)($,{id:`insights`,title:`Insights`,description:`What this incident taught us, the evidence for it, and the factors behind it.`,aside:yn(t.role)&&!c?(0,Y.jsx)(i,{size:`xs`,onClick:()=>u(!0),children:`Add an insight`}):null,children:[(0,Y.jsxs)(N,{gap:`md`,children:[a.error&&!m?(0,Y.jsx)(V,{error:a.error,onRetry:s}):null,c?(0,Y.jsx)(l,{bg:`gray.0`,p:`md`,radius:`md`,children:(0,Y.jsx)(Ca,{incident:e,factors:g,categories:_,onSaved:()=>{u(!1),s(),n()},onCancel:()=>u(!1)})}):null,!m&&a.fetching?(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,children:`Loading the insights…`}):m&&h.length===0?(0,Y.jsx)(Zi,{children:`No insights yet.`}):h.map(t=>(0,Y.jsx)(_a,{insight:t,incident:e,onTurnIntoAction:()=>f(t),onStale:s},t.id)),m?(0,Y.jsx)(Qi,{shown:h.length,total:m.insights.totalCount,what:`insights`}):null]}),(0,Y.jsx)(ae,{opened:d!==null,onClose:()=>f(null),title:`Turn the insight into an action`,size:`xl`,children:d?(0,Y.jsx)(Xn,{from:{insightID:d.id,incidentIDs:[e.id],insightStatement:d.statement},onSaved:()=>{f(null),s(),n()},onCancel:()=>f(null)}):null})]})}function Ea({incident:e}){let t=[{label:`Started`,at:e.startedAt},{label:`Detected`,at:e.detectedAt},{label:`Acknowledged`,at:e.acknowledgedAt},{label:`Mitigated`,at:e.mitigatedAt},{label:`Resolved`,at:e.resolvedAt}],n=e.durations,r=[{label:`Time to detect`,seconds:n.timeToDetect,help:`from start until someone noticed`},{label:`Time to acknowledge`,seconds:n.timeToAcknowledge,help:`from detection until a person picked it up`},{label:`Time to mitigate`,seconds:n.timeToMitigate,help:`from start until customers stopped feeling it`},{label:`Time to resolve`,seconds:n.timeToResolve,help:`from start until it was fully fixed`}];return(0,Y.jsxs)(N,{gap:`sm`,component:`section`,"aria-labelledby":`milestones-heading`,children:[(0,Y.jsx)(P,{order:2,size:`h5`,id:`milestones-heading`,children:`Milestones`}),(0,Y.jsx)(`ol`,{className:`milestones`,children:t.map(e=>(0,Y.jsxs)(`li`,{"data-reached":e.at?`true`:`false`,children:[(0,Y.jsx)(`span`,{className:`milestone-dot`,"aria-hidden":`true`}),(0,Y.jsx)(v,{size:`xs`,fw:700,tt:`uppercase`,c:`dimmed`,children:e.label}),e.at?(0,Y.jsx)(v,{size:`sm`,children:(0,Y.jsx)(`time`,{dateTime:e.at,children:z(e.at)})}):(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,children:`Not recorded`})]},e.label))}),(0,Y.jsx)(S,{cols:{base:2,md:4},spacing:`sm`,children:r.map(e=>(0,Y.jsxs)(`div`,{className:`duration`,children:[(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,children:e.label}),(0,Y.jsx)(v,{fw:700,size:`lg`,children:e.seconds==null?`—`:Ge(e.seconds)}),(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,children:e.seconds==null?`not known yet`:e.help})]},e.label))})]})}var Da=H(`
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
`),Oa=H(`
  mutation CreateParticipant($input: CreateParticipantInput!) {
    createParticipant(input: $input) {
      id
    }
  }
`),ka=Object.entries(Je).map(([e,t])=>({value:e,label:t})),Aa=Object.entries(Ye).map(([e,t])=>({value:e,label:t}));function ja(e){return e===`ADMIN`||e===`ANALYST`||e===`MEMBER`}function Ma(){let{viewer:e}=J(),{incident:t,refetch:n}=X(),[r,a]=(0,K.useState)(``),[s]=C(r.trim(),250),[c,l]=(0,K.useState)(null),[u,d]=(0,K.useState)(`RESPONDER`),[f,p]=(0,K.useState)(``),[m,h]=(0,K.useState)(null),[g,v]=(0,K.useState)([]),[b,x]=(0,K.useState)(null),[S]=R({query:Da,variables:{q:s},pause:!ja(e.role)}),[w,T]=L(Oa),E=(0,K.useMemo)(()=>new Set(G(t.participants).map(e=>e.user.id)),[t.participants]),D=G(S.data?.users).filter(e=>!E.has(e.id)),O=D.map(e=>({value:e.id,label:e.name,hint:[e.title,B(ze,e.department)].filter(Boolean).join(` · `)}));b&&!O.some(e=>e.value===b.id)&&O.unshift({value:b.id,label:b.name,hint:``});let k=(0,K.useMemo)(()=>Lt([b?.timeZone]),[b?.timeZone]);return ja(e.role)?(0,Y.jsxs)(`form`,{onSubmit:async e=>{if(e.preventDefault(),!c||!u)return;let r=await T({input:{incidentID:t.id,userID:c,role:u,location:f.trim()||void 0,timeZone:m||void 0,channels:g}});r.error?Pt(r.error)&&await n():(l(null),x(null),a(``),p(``),h(null),v([]),d(`RESPONDER`),await n())},"aria-label":`Add a participant`,className:`add-participant`,children:[(0,Y.jsxs)(_,{gap:`xs`,align:`flex-end`,wrap:`wrap`,mt:`md`,children:[(0,Y.jsx)(A,{label:`Person`,size:`xs`,placeholder:`Search the directory`,data:O,value:c,onChange:e=>{l(e);let t=D.find(t=>t.id===e)??(b?.id===e?b:null);x(t?{id:t.id,name:t.name,timeZone:t.timeZone}:null),h(t?.timeZone||null)},searchable:!0,searchValue:r,onSearchChange:a,filter:({options:e})=>e,nothingFoundMessage:S.fetching?`Searching…`:`Nobody by that name who is not already taking part`,renderOption:({option:e})=>{let t=O.find(t=>t.value===e.value)?.hint;return(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(`div`,{children:e.label}),t?(0,Y.jsx)(`div`,{style:{fontSize:`var(--mantine-font-size-xs)`,color:`var(--mantine-color-dimmed)`},children:t}):null]})},clearable:!0,w:220}),(0,Y.jsx)(A,{label:`Part they played`,size:`xs`,data:ka,value:u,onChange:d,allowDeselect:!1,w:180}),(0,Y.jsx)(M,{label:`Where they were`,size:`xs`,placeholder:`e.g. Berlin office, on a train`,value:f,onChange:e=>p(e.currentTarget.value),w:200}),(0,Y.jsx)(A,{label:`Time zone`,size:`xs`,data:k,value:m,onChange:h,searchable:!0,clearable:!0,w:190}),(0,Y.jsx)(y,{label:`Channels used`,size:`xs`,data:Aa,value:g,onChange:v,placeholder:g.length?void 0:`Slack, Zoom…`,w:240}),(0,Y.jsx)(i,{type:`submit`,size:`xs`,loading:w.fetching,disabled:!c||!u,children:`Add participant`})]}),w.error?(0,Y.jsx)(o,{color:Pt(w.error)?`orange`:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:Z(w.error)}):null]}):null}function Na({incident:e}){let t=G(e.participants),n=Ji();return(0,Y.jsxs)($,{id:`participants`,title:`Participants`,description:`Who took part, in what role, from where, and how they were reached.`,children:[t.length===0?(0,Y.jsx)(Zi,{children:`Nobody is recorded as taking part yet.`}):(0,Y.jsx)(b.ScrollContainer,{minWidth:640,children:(0,Y.jsxs)(b,{verticalSpacing:`xs`,children:[(0,Y.jsx)(b.Thead,{children:(0,Y.jsxs)(b.Tr,{children:[(0,Y.jsx)(b.Th,{children:`Name`}),(0,Y.jsx)(b.Th,{children:`Role`}),(0,Y.jsx)(b.Th,{children:`Location`}),(0,Y.jsx)(b.Th,{children:`Time zone`}),(0,Y.jsx)(b.Th,{children:`Channels`})]})}),(0,Y.jsx)(b.Tbody,{children:t.map(e=>(0,Y.jsxs)(b.Tr,{className:n.has(e.id)?`is-fresh`:void 0,children:[(0,Y.jsxs)(b.Td,{children:[(0,Y.jsx)(v,{size:`sm`,fw:600,children:e.user.name}),(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,children:[e.user.title,B(ze,e.user.department)].filter(Boolean).join(` · `)})]}),(0,Y.jsx)(b.Td,{children:(0,Y.jsx)(v,{size:`sm`,children:B(Je,e.role)})}),(0,Y.jsx)(b.Td,{children:(0,Y.jsx)(v,{size:`sm`,c:e.location?void 0:`dimmed`,children:e.location||`Not recorded`})}),(0,Y.jsx)(b.Td,{children:(0,Y.jsx)(v,{size:`sm`,c:e.timeZone?void 0:`dimmed`,children:e.timeZone||`Not recorded`})}),(0,Y.jsx)(b.Td,{children:e.channels&&e.channels.length>0?(0,Y.jsx)(_,{gap:4,children:e.channels.map(e=>(0,Y.jsx)(u,{variant:`light`,color:`blue`,size:`sm`,radius:`sm`,children:B(Ye,e)},e))}):(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,children:`None recorded`})})]},e.id))})]})}),(0,Y.jsx)(Qi,{shown:t.length,total:e.participants.totalCount,what:`participants`}),(0,Y.jsx)(Ma,{})]})}function Pa(e,t){return e?.graphQLErrors.find(e=>e.extensions?.code===t)}function Fa(e){let t=Pa(e,`CONFLICT`);if(!t)return null;let n=t.extensions,r=n.current&&typeof n.current==`object`?n.current:null,i=typeof n.currentVersion==`number`?n.currentVersion:typeof r?.version==`number`?r.version:null;return i===null?null:{currentVersion:i,current:r,message:t.message}}function Ia(e){return Pa(e,`FORBIDDEN`)?.message??null}var La=[`ADMIN`,`ANALYST`];function Ra(e,t,n){return La.includes(e)?!0:e===`MEMBER`&&!!n&&n===t}function za(e){return La.includes(e)}function Ba(e,t){if(t==null||t===``)return``;if(e.kind===`boolean`)return t?`true`:``;if(e.kind===`datetime`&&typeof t==`string`){let e=Date.parse(t);return Number.isNaN(e)?t:String(e)}return String(t)}function Va(e,t,n){return Ba(e,t)===Ba(e,n)}function Ha(e,t,n){return e.filter(e=>!Va(e,t[e.key],n[e.key])).map(e=>e.key)}function Ua(e,t){let n={};for(let r of e){let e=t[r.key];n[r.key]=r.kind===`boolean`?e===!0:typeof e==`string`?e:e==null?null:String(e)}return n}function Wa({field:e,value:t}){if(Ba(e,t)===``&&e.kind!==`boolean`)return(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,fs:`italic`,children:`empty`});switch(e.kind){case`markdown`:return(0,Y.jsx)(sa,{children:String(t)});case`boolean`:return(0,Y.jsx)(v,{size:`sm`,children:t?`Yes`:`No`});case`datetime`:return(0,Y.jsx)(v,{size:`sm`,children:z(String(t))});case`select`:return(0,Y.jsx)(v,{size:`sm`,children:e.options?.find(e=>e.value===t)?.label??String(t)});default:return(0,Y.jsx)(v,{size:`sm`,style:{whiteSpace:`pre-wrap`},children:String(t)})}}function Ga({field:e,value:t,onChange:n,label:r,description:i,error:a}){let o=Ft();switch(e.kind){case`markdown`:return(0,Y.jsx)(h,{label:r,description:i,error:a,autosize:!0,minRows:2,maxRows:12,value:typeof t==`string`?t:``,onChange:e=>n(e.currentTarget.value)});case`select`:return(0,Y.jsx)(A,{label:r,description:i,error:a,data:e.options??[],value:typeof t==`string`?t:null,onChange:e=>n(e??t),allowDeselect:!1,comboboxProps:{withinPortal:!0}});case`boolean`:return(0,Y.jsx)(m,{label:r,description:i,error:a,checked:t===!0,onChange:e=>n(e.currentTarget.checked)});case`datetime`:return(0,Y.jsx)(M,{type:`datetime-local`,label:r,description:i??`On your clock (${o}).`,error:a,value:typeof t==`string`&&t?Vt(t,o):``,onChange:e=>n(Ut(e.currentTarget.value,o)??t)});default:return(0,Y.jsx)(M,{label:r,description:i,error:a,value:typeof t==`string`?t:``,onChange:e=>n(e.currentTarget.value)})}}function Ka({error:e}){if(!e)return null;let t=Ia(e);return t?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,title:`You may not edit this`,p:`xs`,children:t}):(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:Z(e)})}function qa({fields:e,save:t,onSaved:n}){let[r,i]=(0,K.useState)(null),[a,o]=(0,K.useState)(),[s,c]=(0,K.useState)(!1),l=(0,K.useCallback)(async(r,a,s,l)=>{if(Ha(e,r,s).length===0)return i(null),o(void 0),await n(),!0;c(!0);try{let c=await t(r,a,s),u=Fa(c.error);return u?.current?(o(void 0),i({base:l,mine:r,theirs:Ua(e,u.current),version:u.currentVersion}),!1):(o(c.error),!c.error&&(i(null),await n(),!0))}finally{c(!1)}},[e,t,n]);return{submit:(0,K.useCallback)((e,t,n)=>l(e,t,n,n),[l]),resolve:(0,K.useCallback)(e=>r?l(e,r.version,r.theirs,r.theirs):Promise.resolve(!1),[r,l]),discard:(0,K.useCallback)(async()=>{i(null),o(void 0),await n()},[n]),merge:r,error:a,saving:s}}function Ja({what:e,fields:t,state:n,saving:r,error:a,onResolve:o,onDiscard:s}){let[c,d]=(0,K.useState)({}),[f,p]=(0,K.useState)({});if((0,K.useEffect)(()=>{if(!n)return;let e={},r={};for(let i of t){let t=Va(i,n.mine[i.key],n.base[i.key])&&!Va(i,n.theirs[i.key],n.base[i.key]);r[i.key]=t?`theirs`:`mine`,e[i.key]=t?n.theirs[i.key]:n.mine[i.key]}d(e),p(r)},[n,t]),!n)return null;let m=t.filter(e=>!Va(e,n.mine[e.key],n.theirs[e.key])),h=t.length-m.length,g=(e,t)=>{p({...f,[e.key]:t}),t!==`edited`&&d({...c,[e.key]:t===`mine`?n.mine[e.key]:n.theirs[e.key]})},y={...n.theirs,...c};return(0,Y.jsx)(ae,{opened:!0,onClose:()=>void s(),title:`Someone else changed this ${e}`,size:`xl`,closeOnClickOutside:!1,children:(0,Y.jsxs)(N,{gap:`md`,"data-testid":`conflict-merge`,children:[(0,Y.jsxs)(v,{size:`sm`,children:[`It was saved by someone else while you were editing (it is now at version `,n.version,`). For each field that differs, keep yours or theirs, or edit the result; saving puts the result on top of their version.`]}),m.length===0?(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,children:`Your changes and theirs are the same: saving keeps them.`}):null,m.map(e=>{let t=f[e.key]??`mine`,r=`merge-${e.key}`;return(0,Y.jsxs)(l,{withBorder:!0,radius:`md`,p:`sm`,role:`group`,"aria-labelledby":`${r}-label`,"data-field":e.key,children:[(0,Y.jsxs)(_,{justify:`space-between`,mb:`xs`,children:[(0,Y.jsx)(v,{fw:700,size:`sm`,id:`${r}-label`,children:e.label}),t===`edited`?(0,Y.jsx)(u,{size:`sm`,variant:`light`,color:`grape`,children:`edited`}):null]}),(0,Y.jsxs)(S,{cols:{base:1,sm:2},spacing:`sm`,mb:`xs`,children:[(0,Y.jsxs)(`div`,{"data-testid":`merge-yours`,children:[(0,Y.jsx)(v,{size:`xs`,fw:700,tt:`uppercase`,c:`dimmed`,children:`Yours`}),(0,Y.jsx)(Wa,{field:e,value:n.mine[e.key]})]}),(0,Y.jsxs)(`div`,{"data-testid":`merge-theirs`,children:[(0,Y.jsx)(v,{size:`xs`,fw:700,tt:`uppercase`,c:`dimmed`,children:`Theirs (current)`}),(0,Y.jsx)(Wa,{field:e,value:n.theirs[e.key]})]})]}),(0,Y.jsx)(E.Group,{value:t===`edited`?``:t,onChange:t=>g(e,t),label:`Which to keep`,size:`xs`,mb:`xs`,children:(0,Y.jsxs)(_,{gap:`md`,mt:4,children:[(0,Y.jsx)(E,{value:`mine`,label:`Keep yours`}),(0,Y.jsx)(E,{value:`theirs`,label:`Keep theirs`})]})}),(0,Y.jsx)(Ga,{field:e,label:`Result: ${e.label}`,value:c[e.key]??null,onChange:t=>{d({...c,[e.key]:t}),p({...f,[e.key]:Va(e,t,n.mine[e.key])?`mine`:Va(e,t,n.theirs[e.key])?`theirs`:`edited`})}})]},e.key)}),h>0&&m.length>0?(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[h===1?`One other field is`:`${h} other fields are`,` the same in both.`]}):null,(0,Y.jsx)(Ka,{error:a}),(0,Y.jsxs)(_,{justify:`flex-end`,children:[(0,Y.jsx)(i,{variant:`default`,onClick:()=>void s(),children:`Discard mine, keep theirs`}),(0,Y.jsx)(i,{onClick:()=>void o(y),loading:r,children:`Save merged version`})]})]})})}var Ya=H(`
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
`),Xa=H(`
  mutation UpdateComment($id: ID!, $version: Int!, $input: UpdateCommentInput!) {
    updateComment(id: $id, version: $version, input: $input) {
      id
      version
      body
    }
  }
`),Za=[{key:`body`,label:`Comment`,kind:`markdown`}];function Qa({id:e,version:t,body:n,onDone:r}){let{refetch:a}=X(),[o]=(0,K.useState)({body:n}),[s]=(0,K.useState)(t),[c,l]=(0,K.useState)(o),[,u]=L(Xa),{submit:d,resolve:f,discard:p,merge:m,error:h,saving:g}=qa({fields:Za,save:(0,K.useCallback)((t,n)=>u({id:e,version:n,input:{body:t.body.trim()}}),[u,e]),onSaved:(0,K.useCallback)(async()=>{await a(),r()},[a,r])});return(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(`form`,{"aria-label":`Edit comment`,onSubmit:e=>{e.preventDefault(),c.body.trim()&&d(c,s,o)},children:(0,Y.jsxs)(N,{gap:6,children:[(0,Y.jsx)(Ga,{field:Za[0],label:`Edit your comment`,value:c.body,onChange:e=>l({body:typeof e==`string`?e:``})}),m?null:(0,Y.jsx)(Ka,{error:h}),(0,Y.jsxs)(_,{gap:`xs`,children:[(0,Y.jsx)(i,{type:`submit`,size:`xs`,loading:g&&!m,disabled:!c.body.trim(),children:`Save comment`}),(0,Y.jsx)(i,{type:`button`,size:`xs`,variant:`default`,onClick:r,children:`Cancel`})]})]})}),(0,Y.jsx)(Ja,{what:`comment`,fields:Za,state:m,saving:g,error:m?h:void 0,onResolve:f,onDiscard:p})]})}function $a({commentID:e,onDone:t}){let[n]=R({query:Ya,variables:{id:e},requestPolicy:`network-only`}),r=n.data?.node;return n.error?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,withCloseButton:!0,onClose:t,children:Z(n.error)}):!r||r.__typename!==`Comment`?(0,Y.jsx)(a,{size:`xs`,"aria-label":`Loading the comment`}):(0,Y.jsx)(Qa,{id:r.id,version:r.version,body:r.body,onDone:t})}var eo=H(`
  mutation CreateComment($input: CreateCommentInput!) {
    createComment(input: $input) {
      id
    }
  }
`),to=H(`
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
`);function no(e,t){return!e.parentID&&(e.timelineEventID??void 0)===t.timelineEventID&&(e.perspectiveID??void 0)===t.perspectiveID&&(e.questionID??void 0)===t.questionID}function ro(e){return e.replace(/@\[([^\]\n]{1,100})\]/g,(e,t)=>`**@${t.replace(/([*_`[\]\\])/g,`\\$1`)}**`)}function io(e,t){let n=e.slice(0,t),r=/(^|\s)@(\[?)([^\]\n@]{0,40})$/.exec(n);if(!r)return null;let i=r[3];return!r[2]&&/\s/.test(i)?null:{start:t-i.length-r[2].length-1,query:i}}function ao({target:e,parentID:t,placeholder:n=`Write a comment… (Markdown; type @ to mention someone)`,onDone:r,submitLabel:a=`Comment`}){let{incident:s,refetch:c}=X(),[u,d]=(0,K.useState)(``),[f,p]=(0,K.useState)(0),m=(0,K.useRef)(null),[g,v]=L(eo),y=io(u,f),[b]=R({query:to,variables:{q:y?.query??``},pause:!y||y.query.length<1}),x=y&&y.query.length>=1?G(b.data?.users):[],S=e=>{if(!y)return;let t=`@[${e}] `,n=u.slice(0,y.start)+t+u.slice(f);d(n);let r=y.start+t.length;p(r),requestAnimationFrame(()=>{m.current?.focus(),m.current?.setSelectionRange(r,r)})};return(0,Y.jsx)(`form`,{onSubmit:async n=>{n.preventDefault(),u.trim()&&((await v({input:{incidentID:s.id,body:u.trim(),parentID:t,...e}})).error||(d(``),p(0),await c(),r?.()))},"aria-label":t?`Reply`:`New comment`,children:(0,Y.jsxs)(N,{gap:6,children:[(0,Y.jsx)(h,{ref:m,"aria-label":t?`Your reply`:`Your comment`,placeholder:n,autosize:!0,minRows:2,value:u,onChange:e=>{d(e.currentTarget.value),p(e.currentTarget.selectionStart??e.currentTarget.value.length)},onSelect:e=>p(e.currentTarget.selectionStart??0)}),x.length>0?(0,Y.jsx)(l,{withBorder:!0,radius:`sm`,p:4,role:`listbox`,"aria-label":`People to mention`,children:x.slice(0,8).map(e=>(0,Y.jsx)(i,{variant:`subtle`,size:`compact-sm`,role:`option`,"aria-selected":!1,onMouseDown:e=>e.preventDefault(),onClick:()=>S(e.name),children:e.name},e.id))}):null,g.error?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,children:Z(g.error)}):null,(0,Y.jsxs)(_,{gap:`xs`,children:[(0,Y.jsx)(i,{type:`submit`,size:`xs`,loading:g.fetching,disabled:!u.trim(),children:a}),r?(0,Y.jsx)(i,{type:`button`,size:`xs`,variant:`default`,onClick:r,children:`Cancel`}):null]})]})})}function oo({c:e}){let n=Ji(),{viewer:r}=J(),[i,a]=(0,K.useState)(!1);return(0,Y.jsxs)(`div`,{className:n.has(e.id)?`comment is-fresh`:`comment`,"data-testid":`comment`,"data-comment-id":e.id,children:[(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[(0,Y.jsx)(v,{span:!0,fw:600,c:`dark.6`,size:`xs`,children:e.createdBy?.name??`Someone`}),` `,`· `,z(e.createdAt),Ra(r.role,r.id,e.createdBy?.id)&&!i?(0,Y.jsxs)(Y.Fragment,{children:[` · `,(0,Y.jsx)(t,{component:`button`,type:`button`,size:`xs`,onClick:()=>a(!0),children:`Edit comment`})]}):null]}),i?(0,Y.jsx)($a,{commentID:e.id,onDone:()=>a(!1)}):(0,Y.jsx)(`div`,{"data-testid":`comment-body`,children:(0,Y.jsx)(sa,{children:ro(e.body)})})]})}function so({target:e}){let{incident:n}=X(),r=G(n.comments),i=r.filter(t=>no(t,e)),a=e=>r.filter(t=>t.parentID===e),[o,s]=(0,K.useState)(null);return(0,Y.jsxs)(N,{gap:`sm`,children:[i.map(n=>(0,Y.jsxs)(l,{withBorder:!0,radius:`md`,p:`sm`,children:[(0,Y.jsx)(oo,{c:n}),a(n.id).length>0?(0,Y.jsx)(N,{gap:6,mt:`xs`,ml:`lg`,className:`comment-replies`,children:a(n.id).map(e=>(0,Y.jsx)(oo,{c:e},e.id))}):null,o===n.id?(0,Y.jsx)(`div`,{className:`comment-replies`,children:(0,Y.jsx)(ao,{target:e,parentID:n.id,placeholder:`Write a reply…`,submitLabel:`Reply`,onDone:()=>s(null)})}):(0,Y.jsx)(t,{component:`button`,type:`button`,size:`xs`,mt:4,onClick:()=>s(n.id),children:`Reply`})]},n.id)),(0,Y.jsx)(ao,{target:e})]})}function co({target:e}){let{incident:n}=X(),[r,i]=(0,K.useState)(!1),a=G(n.comments).filter(t=>no(t,e)).length;return(0,Y.jsxs)(`div`,{className:`comment-toggle`,children:[(0,Y.jsx)(t,{component:`button`,type:`button`,size:`xs`,onClick:()=>i(!r),"aria-expanded":r,children:r?`Hide comments`:a?`Comments (${a})`:`Comment`}),r?(0,Y.jsx)(`div`,{className:`comment-thread-inline`,children:(0,Y.jsx)(so,{target:e})}):null]})}function lo({incident:e}){let t=G(e.comments),n=t.filter(e=>no(e,{}));return(0,Y.jsxs)($,{id:`comments`,title:`Discussion`,description:`Comments on the incident. Mention someone with @ to bring them in.`,children:[(0,Y.jsxs)(N,{gap:`sm`,children:[n.length===0?(0,Y.jsx)(Zi,{children:`No comments yet.`}):null,(0,Y.jsx)(so,{target:{}})]}),(0,Y.jsx)(Qi,{shown:t.length,total:e.comments.totalCount,what:`comments`})]})}var uo=H(`
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
`);function fo(){let{viewer:e}=J(),{incident:t}=X(),n=za(e.role),r=e.role===`MEMBER`,i=(0,K.useMemo)(()=>[...G(t.timelineEvents).map(e=>e.id),...G(t.perspectives).map(e=>e.id)].sort(),[t.timelineEvents,t.perspectives]),[a]=R({query:uo,variables:{incidentID:t.id,me:e.id,ids:i},pause:!r||i.length===0}),o=(0,K.useMemo)(()=>{let e=a.data?.node;return!e||e.__typename!==`Incident`?new Set:new Set([...G(e.timelineEvents),...G(e.perspectives)].map(e=>e.id))},[a.data]);return e=>n||r&&o.has(e)}var po=H(`
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
`),mo={impactObserved:`clearImpactObserved`,surprises:`clearSurprises`,whatHelped:`clearWhatHelped`,whatHurt:`clearWhatHurt`},ho=[{key:`department`,label:`Department`,kind:`select`,options:Object.entries(ze).map(([e,t])=>({value:e,label:t}))},{key:`whatTheySaw`,label:`What they saw`,kind:`markdown`},{key:`impactObserved`,label:`Impact they observed`,kind:`markdown`},{key:`surprises`,label:`What surprised them`,kind:`markdown`},{key:`whatHelped`,label:`What helped`,kind:`markdown`},{key:`whatHurt`,label:`What got in the way`,kind:`markdown`}];function go(e,t){let n={};for(let r of Ha(ho,e,t))if(r===`department`)n.department=e.department;else if(r===`whatTheySaw`)n.whatTheySaw=e.whatTheySaw.trim();else{let t=e[r].trim();t?n[r]=t:Object.assign(n,{[mo[r]]:!0})}return n}function _o({perspective:e,onDone:t}){let{refetch:n}=X(),[r]=(0,K.useState)(()=>({department:e.department,whatTheySaw:e.whatTheySaw,impactObserved:e.impactObserved??``,surprises:e.surprises??``,whatHelped:e.whatHelped??``,whatHurt:e.whatHurt??``})),[a]=(0,K.useState)(e.version),[o,s]=(0,K.useState)(r),[c,l]=(0,K.useState)(!1),[,u]=L(po),{submit:d,resolve:f,discard:p,merge:m,error:h,saving:g}=qa({fields:ho,save:(0,K.useCallback)((t,n,r)=>u({id:e.id,version:n,input:go(t,r)}),[u,e.id]),onSaved:(0,K.useCallback)(async()=>{await n(),t()},[n,t])});return(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(ae,{opened:!m,onClose:t,title:`Edit perspective`,size:`lg`,children:(0,Y.jsx)(`form`,{onSubmit:e=>{e.preventDefault(),o.whatTheySaw.trim()?(l(!1),d(o,a,r)):l(!0)},"aria-label":`Edit perspective`,children:(0,Y.jsxs)(N,{gap:`sm`,children:[ho.map(e=>(0,Y.jsx)(Ga,{field:e,label:e.label,value:o[e.key],onChange:t=>s({...o,[e.key]:typeof t==`string`?t:``}),error:e.key===`whatTheySaw`&&c?`Say what they saw.`:void 0},e.key)),(0,Y.jsx)(Ka,{error:h}),(0,Y.jsxs)(_,{justify:`flex-end`,children:[(0,Y.jsx)(i,{variant:`default`,type:`button`,onClick:t,children:`Cancel`}),(0,Y.jsx)(i,{type:`submit`,loading:g,children:`Save perspective`})]})]})})}),(0,Y.jsx)(Ja,{what:`perspective`,fields:ho,state:m,saving:g,error:h,onResolve:f,onDiscard:p})]})}var vo=H(`
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
`),yo={text:`Text`,occurred_at:`Time`,kind:`Kind`,source:`Source`,source_ref:`Source reference`,actor_id:`Who (person)`,actor_name:`Who (name)`,evidence_url:`Evidence link`,key_moment:`Key moment`,department:`Department`,author_id:`Author`,what_they_saw:`What they saw`,surprises:`What surprised them`,what_helped:`What helped`,what_hurt:`What got in the way`,impact_observed:`Impact they observed`,body:`Comment`,answer:`Answer`,status:`Status`},bo={kind:qe,source:Ye,department:ze,status:Re};function xo(e){return yo[e]??e.charAt(0).toUpperCase()+e.slice(1).replace(/_/g,` `)}function So(e,t){return t==null||t===``?`—`:bo[e]?B(bo[e],t):e.endsWith(`_at`)?z(t):t===`true`?`Yes`:t===`false`?`No`:t}function Co({entityID:e,version:t,what:n}){let[r,i]=R({query:vo,variables:{id:e},requestPolicy:`network-only`}),s=(0,K.useRef)(t);(0,K.useEffect)(()=>{t!==s.current&&(s.current=t,i({requestPolicy:`network-only`}))},[t,i]);let c=r.data?.activities,l=(c?.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return(0,Y.jsxs)(`section`,{className:`entity-history`,"aria-label":`History of this ${n}`,"data-testid":`history`,children:[r.error?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:Z(r.error)}):c?l.length===0?(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,fs:`italic`,children:`No changes recorded.`}):(0,Y.jsx)(`ol`,{className:`activity-list`,children:l.map(e=>(0,Y.jsxs)(`li`,{"data-testid":`history-entry`,children:[(0,Y.jsxs)(v,{size:`xs`,children:[(0,Y.jsx)(v,{span:!0,fw:600,size:`xs`,children:e.actor?.name??`Debrief`}),` `,e.action===`CREATED`?`created it`:e.action===`DELETED`?`deleted it`:`changed it`,` ·`,` `,(0,Y.jsx)(`time`,{dateTime:e.createdAt,children:z(e.createdAt)})]}),e.action===`UPDATED`&&e.changes&&e.changes.length>0?(0,Y.jsxs)(b,{fz:`xs`,withTableBorder:!0,verticalSpacing:2,mt:2,mb:6,"aria-label":`Changed by ${e.actor?.name??`Debrief`}`,children:[(0,Y.jsx)(b.Thead,{children:(0,Y.jsxs)(b.Tr,{children:[(0,Y.jsx)(b.Th,{children:`Field`}),(0,Y.jsx)(b.Th,{children:`Before`}),(0,Y.jsx)(b.Th,{children:`After`})]})}),(0,Y.jsx)(b.Tbody,{children:e.changes.map(e=>(0,Y.jsxs)(b.Tr,{children:[(0,Y.jsx)(b.Td,{children:xo(e.field)}),(0,Y.jsx)(b.Td,{style:{whiteSpace:`pre-wrap`},children:So(e.field,e.old)}),(0,Y.jsx)(b.Td,{style:{whiteSpace:`pre-wrap`},children:So(e.field,e.new)})]},e.field))})]}):null]},e.id))}):(0,Y.jsx)(a,{size:`xs`,"aria-label":`Loading the history`}),c&&c.totalCount>l.length?(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`The `,l.length,` most recent of `,c.totalCount,` changes.`]}):null]})}var wo=[{key:`whatTheySaw`,label:`What they saw`},{key:`impactObserved`,label:`Impact they observed`},{key:`surprises`,label:`What surprised them`},{key:`whatHelped`,label:`What helped`},{key:`whatHurt`,label:`What got in the way`}],To=H(`
  mutation CreatePerspective($input: CreatePerspectiveInput!) {
    createPerspective(input: $input) {
      id
    }
  }
`);function Eo(e){if(e.board?.missingVoices)return e.board.missingVoices.departments;let t=new Set(G(e.perspectives).map(e=>e.department));return Nt.filter(e=>!t.has(e))}function Do({incident:e}){let t=Eo(e),n=e.board?.missingVoices.participants??[];return(0,Y.jsxs)(l,{withBorder:!0,radius:`md`,p:`sm`,bg:t.length?`yellow.0`:`teal.0`,"data-testid":`missing-voices`,"data-missing":t.join(` `),"aria-label":`Missing voices`,role:`group`,children:[t.length===0?(0,Y.jsx)(v,{size:`sm`,fw:600,children:`Every department has shared its perspective.`}):(0,Y.jsxs)(_,{gap:6,children:[(0,Y.jsx)(v,{size:`sm`,fw:600,children:`Not heard from yet:`}),t.map(e=>(0,Y.jsx)(u,{color:`yellow`,variant:`light`,radius:`sm`,c:`dark.7`,"data-department":e,children:B(ze,e)},e))]}),n.length>0?(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,mt:4,children:[`Participants who have not contributed yet: `,n.map(e=>e.name).join(`, `)]}):null]})}function Oo({onDone:e}){let{viewer:t}=J(),{incident:n,refetch:r}=X(),[a,s]=(0,K.useState)(t.department??`OTHER`),[c,l]=(0,K.useState)({whatTheySaw:``,surprises:``,whatHelped:``,whatHurt:``,impactObserved:``}),[u,d]=L(To),[f,p]=(0,K.useState)(!1),m=e=>t=>l({...c,[e]:t.currentTarget.value}),g=e=>e.trim()?e.trim():void 0;return(0,Y.jsx)(`form`,{onSubmit:async i=>{i.preventDefault(),c.whatTheySaw.trim()?(await d({input:{incidentID:n.id,authorID:t.id,department:a,whatTheySaw:c.whatTheySaw.trim(),surprises:g(c.surprises),whatHelped:g(c.whatHelped),whatHurt:g(c.whatHurt),impactObserved:g(c.impactObserved)}})).error||(await r(),e()):p(!0)},"aria-label":`Your perspective`,children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,children:`Tell it as you lived it — there are no wrong answers, and you do not need to know the technical details. You can use Markdown (**bold**, lists, links).`}),(0,Y.jsx)(A,{label:`Your department`,description:`Which part of the company you speak for.`,data:Object.entries(ze).map(([e,t])=>({value:e,label:t})),value:a,onChange:e=>s(e??a),allowDeselect:!1}),(0,Y.jsx)(h,{label:`What did you see?`,description:`What you noticed, heard from customers or colleagues, and when.`,required:!0,autosize:!0,minRows:3,value:c.whatTheySaw,onChange:e=>{p(!1),m(`whatTheySaw`)(e)},error:f?`Please tell us what you saw.`:void 0,"data-autofocus":!0}),(0,Y.jsx)(h,{label:`What surprised you?`,description:`Anything you did not expect, or that worked differently than you thought.`,autosize:!0,minRows:2,value:c.surprises,onChange:m(`surprises`)}),(0,Y.jsx)(h,{label:`What helped?`,description:`People, tools or information that made things easier.`,autosize:!0,minRows:2,value:c.whatHelped,onChange:m(`whatHelped`)}),(0,Y.jsx)(h,{label:`What got in the way?`,description:`What slowed you down, confused you or was missing.`,autosize:!0,minRows:2,value:c.whatHurt,onChange:m(`whatHurt`)}),(0,Y.jsx)(h,{label:`What impact did you see on customers or the business?`,description:`Complaints, tickets, lost sales, press, anything you noticed.`,autosize:!0,minRows:2,value:c.impactObserved,onChange:m(`impactObserved`)}),u.error?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,children:Z(u.error)}):null,(0,Y.jsxs)(_,{justify:`flex-end`,children:[(0,Y.jsx)(i,{variant:`default`,onClick:e,type:`button`,children:`Cancel`}),(0,Y.jsx)(i,{type:`submit`,loading:u.fetching,children:`Share perspective`})]})]})})}function ko({p:e,fresh:n,wide:r,canEdit:i}){let[a,o]=(0,K.useState)(!1),[s,c]=(0,K.useState)(!1);return(0,Y.jsxs)(p,{withBorder:!0,radius:`md`,padding:`md`,className:n?`is-fresh`:void 0,"data-testid":`perspective`,"data-perspective-id":e.id,children:[(0,Y.jsx)(v,{fw:600,size:`sm`,children:e.author.name}),e.author.title?(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,mb:`xs`,children:e.author.title}):null,(0,Y.jsx)(S,{cols:{base:1,md:r?2:1},spacing:`md`,verticalSpacing:`xs`,mt:`xs`,children:wo.map(t=>e[t.key]?(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(v,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,children:t.label}),(0,Y.jsx)(sa,{children:e[t.key]})]},t.key):null)}),(0,Y.jsxs)(_,{gap:`md`,mt:`xs`,children:[i?(0,Y.jsx)(t,{component:`button`,type:`button`,size:`xs`,onClick:()=>o(!0),children:`Edit perspective`}):null,(0,Y.jsx)(t,{component:`button`,type:`button`,size:`xs`,onClick:()=>c(!s),"aria-expanded":s,children:s?`Hide history`:`History`})]}),a?(0,Y.jsx)(_o,{perspective:e,onDone:()=>o(!1)}):null,s?(0,Y.jsx)(Co,{entityID:e.id,version:e.version,what:`perspective`}):null,(0,Y.jsx)(co,{target:{perspectiveID:e.id}})]})}function Ao({incident:e}){let t=G(e.perspectives),n=Ji(),r=fo(),[a,o]=(0,K.useState)(!1),s=new Map;for(let e of t){let t=s.get(e.department)??[];t.push(e),s.set(e.department,t)}return(0,Y.jsxs)($,{id:`perspectives`,title:`Perspectives`,description:`How the incident looked from each part of the company, in people's own words.`,aside:(0,Y.jsx)(i,{onClick:()=>o(!0),size:`sm`,children:`Add your perspective`}),children:[(0,Y.jsx)(ae,{opened:a,onClose:()=>o(!1),title:`Add your perspective`,size:`lg`,children:a?(0,Y.jsx)(Oo,{onDone:()=>o(!1)}):null}),(0,Y.jsxs)(N,{gap:`md`,children:[(0,Y.jsx)(Do,{incident:e}),t.length===0?(0,Y.jsx)(Zi,{children:`No perspectives written yet.`}):(0,Y.jsx)(N,{gap:`lg`,children:[...s.entries()].map(([e,t])=>(0,Y.jsxs)(`section`,{"aria-labelledby":`perspectives-${e}`,"data-testid":`perspective-group`,"data-department":e,children:[(0,Y.jsxs)(P,{order:3,size:`h5`,id:`perspectives-${e}`,mb:`xs`,children:[B(ze,e),` `,(0,Y.jsxs)(v,{span:!0,c:`dimmed`,size:`sm`,fw:400,children:[`(`,t.length,`)`]})]}),(0,Y.jsx)(S,{cols:{base:1,md:t.length===1?1:2},spacing:`md`,children:t.map(e=>(0,Y.jsx)(ko,{p:e,fresh:n.has(e.id),wide:t.length===1,canEdit:r(e.id)},e.id))})]},e))})]}),(0,Y.jsx)(Qi,{shown:t.length,total:e.perspectives.totalCount,what:`perspectives`})]})}var jo=H(`
  mutation CreateQuestion($input: CreateQuestionInput!) {
    createQuestion(input: $input) {
      id
    }
  }
`),Mo=H(`
  mutation UpdateQuestion($id: ID!, $version: Int!, $input: UpdateQuestionInput!) {
    updateQuestion(id: $id, version: $version, input: $input) {
      id
      version
      status
      answer
    }
  }
`),No={OPEN:0,ANSWERED:1,RESOLVED:2};function Po(){let{viewer:e}=J(),{incident:t,refetch:n}=X(),[r,a]=(0,K.useState)(``),[s,c]=(0,K.useState)(null),[l,u]=L(jo),d=G(t.participants).map(e=>({value:e.user.id,label:e.user.name})),f=[...new Map(d.map(e=>[e.value,e])).values()];return(0,Y.jsxs)(`form`,{onSubmit:async i=>{i.preventDefault(),r.trim()&&((await u({input:{incidentID:t.id,text:r.trim(),askedByID:e.id,assigneeID:s??void 0}})).error||(a(``),c(null),await n()))},"aria-label":`Ask a question`,children:[(0,Y.jsxs)(_,{gap:`xs`,align:`flex-end`,children:[(0,Y.jsx)(M,{label:`Ask a question`,size:`xs`,placeholder:`What do we still not know?`,value:r,onChange:e=>a(e.currentTarget.value),style:{flex:1,minWidth:240}}),(0,Y.jsx)(A,{label:`Who could answer it? (optional)`,size:`xs`,data:f,value:s,onChange:c,clearable:!0,searchable:!0,w:220}),(0,Y.jsx)(i,{type:`submit`,size:`xs`,loading:l.fetching,disabled:!r.trim(),children:`Ask`})]}),l.error?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:Z(l.error)}):null]})}var Fo=[{key:`answer`,label:`Answer`,kind:`markdown`},{key:`status`,label:`Status`,kind:`select`,options:Object.entries(Re).map(([e,t])=>({value:e,label:t}))}];function Io(e,t){let n={};for(let r of Ha(Fo,e,t))r===`status`?n.status=e.status:e.answer.trim()?n.answer=e.answer.trim():n.clearAnswer=!0;return n}function Lo({q:e}){let{refetch:n}=X(),[r,a]=(0,K.useState)(null),[o,s]=(0,K.useState)(``),[,c]=L(Mo),{submit:l,resolve:u,discard:d,merge:f,error:p,saving:m}=qa({fields:Fo,save:(0,K.useCallback)((t,n,r)=>c({id:e.id,version:n,input:Io(t,r)}),[c,e.id]),onSaved:(0,K.useCallback)(async()=>{a(null),s(``),await n()},[n])}),g=()=>({answer:e.answer??``,status:e.status}),v=t=>{let n=g();l({...n,status:t},e.version,n)};return(0,Y.jsxs)(N,{gap:4,mt:`xs`,children:[r?(0,Y.jsxs)(N,{gap:4,children:[(0,Y.jsx)(h,{"aria-label":`Your answer`,placeholder:`What did you find out? (Markdown)`,autosize:!0,minRows:2,value:o,onChange:e=>s(e.currentTarget.value)}),(0,Y.jsxs)(_,{gap:`xs`,children:[(0,Y.jsx)(i,{size:`xs`,disabled:!o.trim(),loading:m&&!f,onClick:()=>void l({...r.base,answer:o},r.version,r.base),children:`Save answer`}),(0,Y.jsx)(i,{size:`xs`,variant:`default`,onClick:()=>a(null),children:`Cancel`})]})]}):(0,Y.jsxs)(_,{gap:`md`,children:[(0,Y.jsx)(t,{component:`button`,type:`button`,size:`xs`,onClick:()=>{s(e.answer??``),a({base:g(),version:e.version})},children:e.answer?`Edit answer`:`Answer`}),e.status===`RESOLVED`?(0,Y.jsx)(t,{component:`button`,type:`button`,size:`xs`,onClick:()=>v(`OPEN`),children:`Reopen`}):(0,Y.jsx)(t,{component:`button`,type:`button`,size:`xs`,onClick:()=>v(`RESOLVED`),children:`Mark resolved`}),(0,Y.jsx)(co,{target:{questionID:e.id}})]}),f?null:(0,Y.jsx)(Ka,{error:p}),(0,Y.jsx)(Ja,{what:`question`,fields:Fo,state:f,saving:m,error:f?p:void 0,onResolve:u,onDiscard:d})]})}function Ro({incident:e}){let t=G(e.questions),n=Ji(),r=[...t].sort((e,t)=>(No[e.status]??9)-(No[t.status]??9)),i=t.filter(e=>e.status===`OPEN`).length;return(0,Y.jsxs)($,{id:`questions`,title:`Open questions`,description:`Things we do not know yet, or gaps in the data, and what was found out.`,aside:(0,Y.jsxs)(u,{color:i?`orange`:`green`,variant:`light`,size:`lg`,radius:`sm`,"data-testid":`unanswered-count`,children:[i,` unanswered`]}),children:[(0,Y.jsx)(l,{bg:`gray.0`,p:`sm`,radius:`md`,mb:`md`,children:(0,Y.jsx)(Po,{})}),r.length===0?(0,Y.jsx)(Zi,{children:`No questions asked yet.`}):(0,Y.jsx)(N,{gap:`sm`,children:r.map(e=>(0,Y.jsxs)(l,{withBorder:!0,radius:`md`,p:`md`,"data-testid":`question`,className:`question${e.status===`OPEN`?` is-open`:``}${n.has(e.id)?` is-fresh`:``}`,children:[(0,Y.jsxs)(_,{justify:`space-between`,align:`flex-start`,wrap:`nowrap`,gap:`md`,children:[(0,Y.jsx)(`div`,{style:{fontWeight:600},children:(0,Y.jsx)(sa,{children:e.text})}),(0,Y.jsx)(u,{color:He[e.status]??`gray`,variant:`light`,radius:`sm`,style:{flexShrink:0},children:B(Re,e.status)})]}),(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,mt:4,children:[`Asked by `,e.askedBy?.name??`someone not recorded`,e.assignee?` · assigned to ${e.assignee.name}`:``]}),e.answer?(0,Y.jsxs)(`div`,{className:`answer`,children:[(0,Y.jsxs)(v,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,children:[`Answer`,e.answeredBy?` from ${e.answeredBy.name}`:``,e.answeredAt?`, ${z(e.answeredAt)}`:``]}),(0,Y.jsx)(sa,{children:e.answer})]}):(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,fs:`italic`,mt:`xs`,children:`No answer yet.`}),(0,Y.jsx)(Lo,{q:e})]},e.id))}),(0,Y.jsx)(Qi,{shown:t.length,total:e.questions.totalCount,what:`questions`})]})}var zo=H(`
  mutation CreateTimelineEvent($input: CreateTimelineEventInput!) {
    createTimelineEvent(input: $input) {
      id
    }
  }
`),Bo=H(`
  mutation CreateTimelineEvents($incidentID: ID!, $events: [NewTimelineEvent!]!) {
    createTimelineEvents(incidentID: $incidentID, events: $events) {
      id
    }
  }
`),Vo=Object.entries(qe).filter(([e])=>e!==`MILESTONE`).map(([e,t])=>({value:e,label:t})),Ho=Object.entries(Ye).map(([e,t])=>({value:e,label:t}));function Uo(){let{incident:e}=X();return(0,K.useMemo)(()=>Lt(G(e.participants).map(e=>e.timeZone)),[e.participants])}function Wo(){let{incident:e,refetch:t}=X(),n=Uo(),[r,a]=(0,K.useState)(Ft()),[s,c]=(0,K.useState)(()=>Vt(Date.now(),Ft())),[l,u]=(0,K.useState)(`OBSERVATION`),[d,f]=(0,K.useState)(`DEBRIEF`),[p,m]=(0,K.useState)(``),[h,g]=L(zo),[v,y]=(0,K.useState)(!1);return(0,Y.jsxs)(`form`,{onSubmit:async n=>{n.preventDefault();let i=Ut(s,r);!i||!p.trim()?y(!0):(y(!1),(await g({input:{incidentID:e.id,occurredAt:i,kind:l,source:d,text:p.trim()}})).error||(m(``),await t()))},"aria-label":`Add to the timeline`,className:`quick-entry`,children:[(0,Y.jsxs)(_,{gap:`xs`,align:`flex-end`,wrap:`wrap`,children:[(0,Y.jsx)(M,{type:`datetime-local`,label:`When`,size:`xs`,value:s,onChange:e=>c(e.currentTarget.value),w:190}),(0,Y.jsx)(A,{label:`Time zone`,size:`xs`,data:n,value:r,onChange:e=>{if(!e)return;let t=Ut(s,r);a(e),t&&c(Vt(t,e))},searchable:!0,allowDeselect:!1,w:190}),(0,Y.jsx)(A,{label:`Kind`,size:`xs`,data:Vo,value:l,onChange:e=>u(e??l),allowDeselect:!1,w:150}),(0,Y.jsx)(A,{label:`Source`,size:`xs`,data:Ho,value:d,onChange:e=>f(e??d),allowDeselect:!1,w:130}),(0,Y.jsx)(M,{label:`What happened`,size:`xs`,placeholder:`e.g. Support saw the first tickets about failed payments`,value:p,onChange:e=>m(e.currentTarget.value),style:{flex:1,minWidth:220},error:v&&!p.trim()?`Say what happened`:void 0}),(0,Y.jsx)(i,{type:`submit`,size:`xs`,loading:h.fetching,children:`Add`})]}),h.error?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:Z(h.error)}):null]})}function Go(e,t,n){let[r,i,a]=n.split(`-`).map(Number),o=0,s=-1,c=[];return e.split(/\r?\n/).forEach((e,n)=>{let l=e.trim();if(!l)return;let u=/^\[?(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?\]?\s+([^:]{1,80}?):\s*(.+)$/.exec(l);if(u){let[,e,r,i,a,o,s,l,d,f]=u,p=l?new Date(`${e}-${r}-${i}T${a}:${o}:${s??`00`}${l.length===5?`${l.slice(0,3)}:${l.slice(3)}`:l}`):null;c.push({line:n+1,occurredAt:p?Number.isNaN(p.getTime())?null:p.toISOString():Ht(+e,+r,+i,+a,+o,+(s??0),t),name:d.trim(),text:f.trim()});return}let d=/^\[?(\d{1,2}):(\d{2})(?::(\d{2}))?\]?\s+([^:]{1,80}?):\s*(.+)$/.exec(l);if(d){let[,e,l,u,f,p]=d,m=e*60+ +l;s>=0&&m<s&&o++,s=m;let h=+e<24&&+l<60;c.push({line:n+1,occurredAt:h?Ht(r,i,a+o,+e,+l,+(u??0),t):null,name:f.trim(),text:p.trim()})}else c.push({line:n+1,occurredAt:null,name:``,text:l})}),c}function Ko({onDone:e}){let{incident:t,refetch:n}=X(),r=Uo(),[a,s]=(0,K.useState)(Ft()),[c,l]=(0,K.useState)(`SLACK`),[d,f]=(0,K.useState)(``),[p,m]=L(Bo),g=Vt(t.startedAt,a).slice(0,10),y=(0,K.useMemo)(()=>Go(d,a,g),[d,a,g]),x=(0,K.useMemo)(()=>{let e=new Map;for(let n of G(t.participants))e.set(n.user.name.toLowerCase(),n.user.id);return e},[t.participants]),S=y.filter(e=>e.occurredAt);return(0,Y.jsxs)(N,{gap:`xs`,className:`bulk-paste`,children:[(0,Y.jsxs)(_,{gap:`xs`,align:`flex-end`,children:[(0,Y.jsx)(A,{label:`Times are in`,size:`xs`,data:r,value:a,onChange:e=>s(e??a),searchable:!0,allowDeselect:!1,w:200}),(0,Y.jsx)(A,{label:`Source`,size:`xs`,data:Ho,value:c,onChange:e=>l(e??c),allowDeselect:!1,w:140}),(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`Lines with only a time are taken to be on `,g,` (the day the incident started), moving to the next day when the clock wraps.`]})]}),(0,Y.jsx)(h,{label:`Chat lines`,description:`One message a line: “14:05 Grace O'Neill: tickets are piling up” or “2026-03-01T14:05:00Z Grace: …”`,autosize:!0,minRows:4,maxRows:14,value:d,onChange:e=>f(e.currentTarget.value)}),y.length>0?(0,Y.jsxs)(b,{striped:!0,withTableBorder:!0,fz:`xs`,"aria-label":`Preview of the events to add`,children:[(0,Y.jsx)(b.Thead,{children:(0,Y.jsxs)(b.Tr,{children:[(0,Y.jsx)(b.Th,{children:`Line`}),(0,Y.jsxs)(b.Th,{children:[`Time (`,a,`)`]}),(0,Y.jsx)(b.Th,{children:`Who`}),(0,Y.jsx)(b.Th,{children:`Text`})]})}),(0,Y.jsx)(b.Tbody,{children:y.map(e=>(0,Y.jsxs)(b.Tr,{c:e.occurredAt?void 0:`dimmed`,children:[(0,Y.jsx)(b.Td,{children:e.line}),(0,Y.jsx)(b.Td,{children:e.occurredAt?Wt(e.occurredAt,a,!0):(0,Y.jsx)(u,{color:`gray`,size:`xs`,children:`skipped: not understood`})}),(0,Y.jsxs)(b.Td,{children:[e.name,` `,e.name&&x.has(e.name.toLowerCase())?(0,Y.jsx)(u,{size:`xs`,variant:`light`,color:`teal`,children:`participant`}):null]}),(0,Y.jsx)(b.Td,{children:e.text})]},e.line))})]}):null,p.error?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:Z(p.error)}):null,(0,Y.jsxs)(_,{gap:`xs`,children:[(0,Y.jsxs)(i,{size:`xs`,onClick:async()=>{(await m({incidentID:t.id,events:S.map(e=>{let t=x.get(e.name.toLowerCase());return{occurredAt:e.occurredAt,kind:`COMMUNICATION`,source:c,text:e.text,...t?{actorID:t}:{actorName:e.name}}})})).error||(f(``),await n(),e())},disabled:S.length===0||S.length>500,loading:p.fetching,children:[`Add `,S.length,` event`,S.length===1?``:`s`]}),(0,Y.jsx)(i,{size:`xs`,variant:`default`,onClick:e,children:`Cancel`})]})]})}var qo=H(`
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
`),Jo=[{key:`text`,label:`What happened`,kind:`markdown`},{key:`occurredAt`,label:`When`,kind:`datetime`},{key:`kind`,label:`Kind`,kind:`select`,options:Vo},{key:`source`,label:`Source`,kind:`select`,options:Ho},{key:`keyMoment`,label:`Key moment`,kind:`boolean`}];function Yo(e,t){let n={};for(let r of Ha(Jo,e,t))r===`text`&&(n.text=e.text.trim()),r===`occurredAt`&&(n.occurredAt=e.occurredAt),r===`kind`&&(n.kind=e.kind),r===`source`&&(n.source=e.source),r===`keyMoment`&&(n.keyMoment=e.keyMoment);return n}function Xo({event:e,onDone:t}){let{refetch:n}=X(),[r]=(0,K.useState)(()=>({text:e.text,occurredAt:e.occurredAt,kind:e.kind,source:e.source,keyMoment:e.keyMoment})),[a]=(0,K.useState)(e.version),[o,s]=(0,K.useState)(r),[c,l]=(0,K.useState)(!1),[,u]=L(qo),{submit:d,resolve:f,discard:p,merge:m,error:h,saving:g}=qa({fields:Jo,save:(0,K.useCallback)((t,n,r)=>u({id:e.id,version:n,input:Yo(t,r)}),[u,e.id]),onSaved:(0,K.useCallback)(async()=>{await n(),t()},[n,t])}),v=e=>{e.preventDefault(),!o.text.trim()||!o.occurredAt?l(!0):(l(!1),d(o,a,r))},y=e=>Jo.find(t=>t.key===e),b=e=>t=>s({...o,[e]:t});return(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(`form`,{onSubmit:v,"aria-label":`Edit timeline event`,className:`edit-form`,children:(0,Y.jsxs)(N,{gap:`xs`,children:[(0,Y.jsx)(Ga,{field:y(`text`),label:`What happened`,value:o.text,onChange:b(`text`),error:c&&!o.text.trim()?`Say what happened`:void 0}),(0,Y.jsxs)(S,{cols:{base:1,sm:3},spacing:`xs`,children:[(0,Y.jsx)(Ga,{field:y(`occurredAt`),label:`When`,value:o.occurredAt,onChange:b(`occurredAt`)}),(0,Y.jsx)(Ga,{field:y(`kind`),label:`Kind`,value:o.kind,onChange:b(`kind`)}),(0,Y.jsx)(Ga,{field:y(`source`),label:`Source`,value:o.source,onChange:b(`source`)})]}),(0,Y.jsx)(Ga,{field:y(`keyMoment`),label:`Key moment`,value:o.keyMoment,onChange:b(`keyMoment`)}),m?null:(0,Y.jsx)(Ka,{error:h}),(0,Y.jsxs)(_,{gap:`xs`,children:[(0,Y.jsx)(i,{type:`submit`,size:`xs`,loading:g&&!m,children:`Save event`}),(0,Y.jsx)(i,{type:`button`,size:`xs`,variant:`default`,onClick:t,children:`Cancel`})]})]})}),(0,Y.jsx)(Ja,{what:`timeline event`,fields:Jo,state:m,saving:g,error:m?h:void 0,onResolve:f,onDiscard:p})]})}function Zo({e,fresh:n,canEdit:r}){let[i,a]=(0,K.useState)(!1),[o,s]=(0,K.useState)(!1),c=e.actor?.name??e.actorName,l=Be(e.evidenceURL),d=e.sourceRef&&/^https?:\/\//i.test(e.sourceRef)?Be(e.sourceRef):void 0,f=[`timeline-event`];return e.milestone&&f.push(`is-milestone`),e.keyMoment&&f.push(`is-key`),n&&f.push(`is-fresh`),(0,Y.jsxs)(`li`,{className:f.join(` `),"data-testid":`timeline-event`,"data-event-id":e.id,children:[(0,Y.jsx)(`time`,{className:`timeline-time`,dateTime:e.occurredAt,title:z(e.occurredAt),children:Ze(e.occurredAt)}),(0,Y.jsx)(`span`,{className:`timeline-marker`,"aria-hidden":`true`}),(0,Y.jsxs)(`div`,{className:`timeline-body`,children:[(0,Y.jsxs)(_,{gap:6,mb:4,children:[e.milestone?(0,Y.jsxs)(u,{color:`indigo`,variant:`filled`,size:`sm`,radius:`sm`,children:[`Milestone: `,B(Ve,e.milestone)]}):null,e.keyMoment?(0,Y.jsx)(u,{color:`yellow`,variant:`filled`,size:`sm`,radius:`sm`,c:`dark.8`,children:`★ Key moment`}):null,e.milestone&&e.kind===`MILESTONE`?null:(0,Y.jsx)(u,{color:`gray`,variant:`light`,size:`sm`,radius:`sm`,children:B(qe,e.kind)}),(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`via `,B(Ye,e.source),c?` · ${c}`:``]})]}),i?(0,Y.jsx)(Xo,{event:e,onDone:()=>a(!1)}):(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(sa,{children:e.text}),l||e.sourceRef?(0,Y.jsxs)(_,{gap:`md`,mt:4,children:[l?(0,Y.jsx)(t,{href:l,size:`xs`,target:`_blank`,rel:`noopener noreferrer`,children:`Evidence ↗`}):null,d?(0,Y.jsxs)(t,{href:d,size:`xs`,c:`dimmed`,target:`_blank`,rel:`noopener noreferrer`,title:e.sourceRef??void 0,children:[`Original in `,B(Ye,e.source),` ↗`]}):e.sourceRef?(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`Source: `,e.sourceRef]}):null]}):null]}),(0,Y.jsxs)(_,{gap:`md`,mt:4,children:[r&&!i?(0,Y.jsx)(t,{component:`button`,type:`button`,size:`xs`,onClick:()=>a(!0),children:`Edit event`}):null,(0,Y.jsx)(t,{component:`button`,type:`button`,size:`xs`,onClick:()=>s(!o),"aria-expanded":o,children:o?`Hide history`:`History`})]}),o?(0,Y.jsx)(Co,{entityID:e.id,version:e.version,what:`event`}):null,(0,Y.jsx)(co,{target:{timelineEventID:e.id}})]})]})}function Qo({incident:e}){let[t,n]=(0,K.useState)(`all`),r=G(e.timelineEvents),a=Ji(),o=fo(),[s,c]=(0,K.useState)(null),[u,d]=(0,K.useState)(null),[f,p]=(0,K.useState)(null),[m,h]=(0,K.useState)(!1),g=e=>e.actor?.name??e.actorName??``,y=[...new Set(r.map(g).filter(Boolean))].sort(),b=r.filter(e=>(t!==`key`||e.keyMoment||e.milestone)&&(!s||e.kind===s)&&(!u||e.source===u)&&(!f||g(e)===f)),x=t===`key`||s||u||f,S=[];for(let e of b){let t=We(e.occurredAt);(S.length===0||S[S.length-1].day!==t)&&S.push({day:t,events:[]}),S[S.length-1].events.push(e)}return(0,Y.jsxs)($,{id:`timeline`,title:`Timeline`,description:`What happened, in order. Times are in your time zone.`,aside:r.length>0?(0,Y.jsx)(ie,{size:`xs`,value:t,onChange:e=>n(e),data:[{value:`all`,label:`All events (${r.length})`},{value:`key`,label:`Key moments`}],"aria-label":`Which events to show`}):null,children:[(0,Y.jsxs)(N,{gap:`sm`,mb:`md`,children:[(0,Y.jsxs)(l,{bg:`gray.0`,p:`sm`,radius:`md`,children:[(0,Y.jsx)(Wo,{}),(0,Y.jsx)(_,{justify:`flex-end`,mt:4,children:(0,Y.jsx)(i,{variant:`subtle`,size:`compact-xs`,onClick:()=>h(!m),"aria-expanded":m,children:m?`Close chat paste`:`Paste chat lines…`})}),m?(0,Y.jsx)(Ko,{onDone:()=>h(!1)}):null]}),r.length>0?(0,Y.jsxs)(_,{gap:`xs`,role:`group`,"aria-label":`Filter the timeline`,children:[(0,Y.jsx)(A,{size:`xs`,placeholder:`Any kind`,"aria-label":`Filter by kind`,data:Vo,value:s,onChange:c,clearable:!0,w:170}),(0,Y.jsx)(A,{size:`xs`,placeholder:`Any source`,"aria-label":`Filter by source`,data:Ho,value:u,onChange:d,clearable:!0,w:150}),(0,Y.jsx)(A,{size:`xs`,placeholder:`Anyone`,"aria-label":`Filter by person`,data:y,value:f,onChange:p,clearable:!0,searchable:!0,w:190}),x?(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`Showing `,b.length,` of `,r.length]}):null]}):null]}),b.length===0?(0,Y.jsx)(Zi,{children:r.length===0?`No events on the timeline yet.`:`No events match.`}):(0,Y.jsx)(`div`,{className:`timeline`,children:S.map(e=>(0,Y.jsxs)(`div`,{className:`timeline-day`,children:[(0,Y.jsx)(v,{size:`sm`,fw:700,className:`timeline-day-label`,children:e.day}),(0,Y.jsx)(`ol`,{className:`timeline-list`,children:e.events.map(e=>(0,Y.jsx)(Zo,{e,fresh:a.has(e.id),canEdit:!e.milestone&&o(e.id)},e.id))})]},e.day))}),(0,Y.jsx)(Qi,{shown:r.length,total:e.timelineEvents.totalCount,what:`events`})]})}H(`
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
`);var $o=H(`
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
`),es={SERVICE:`indigo`,FACTOR_CATEGORY:`orange`,VENDOR:`cyan`,WORDS:`gray`};function ts({related:e,empty:n}){return e.length===0?(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,fs:`italic`,children:n}):(0,Y.jsx)(x,{listStyleType:`none`,spacing:`sm`,"aria-label":`Related incidents`,children:e.map(e=>(0,Y.jsx)(x.Item,{"data-testid":`related-incident`,children:(0,Y.jsxs)(_,{gap:`xs`,wrap:`nowrap`,align:`flex-start`,children:[(0,Y.jsx)(`div`,{style:{flexShrink:0},children:(0,Y.jsx)(pi,{severity:e.incident.severity,size:`sm`})}),(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(t,{component:F,to:`/incidents/${encodeURIComponent(e.incident.id)}`,size:`sm`,fw:600,children:e.incident.title}),(0,Y.jsx)(v,{span:!0,size:`xs`,c:`dimmed`,ml:6,children:W(e.incident.startedAt)}),(0,Y.jsx)(_,{gap:4,mt:2,children:e.reasons.map((e,t)=>(0,Y.jsx)(u,{size:`xs`,variant:`light`,color:es[e.kind]??`gray`,radius:`sm`,tt:`none`,children:e.text},t))})]})]})},e.incident.id))})}function ns({incidentID:e}){let[t]=R({query:$o,variables:{id:e}}),n=t.data?.node,r=n?.__typename===`Incident`?n.related:null;return(0,Y.jsxs)(l,{withBorder:!0,radius:`md`,p:`lg`,component:`section`,id:`related`,"aria-labelledby":`related-heading`,children:[(0,Y.jsx)(P,{order:2,size:`h3`,id:`related-heading`,mb:`xs`,children:`Related incidents`}),(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,mb:`sm`,children:`Incidents that share services, factor categories, vendors or unusual words with this one.`}),t.error&&!r?(0,Y.jsx)(V,{error:t.error}):r?(0,Y.jsx)(ts,{related:r,empty:`No related incidents found.`}):(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,children:`Loading…`})]})}var rs={INCIDENT:`Incident`,PERIOD:`Period`,SERVICE:`Service`,FIGURE:`Figure`};function is({a:e}){switch(e.scope){case`INCIDENT`:return e.incident?(0,Y.jsx)(t,{component:F,to:`/incidents/${encodeURIComponent(e.incident.id)}`,size:`xs`,children:e.incident.title}):null;case`SERVICE`:return e.service?(0,Y.jsx)(t,{component:F,to:`/services/${encodeURIComponent(e.service.id)}`,size:`xs`,children:e.service.name}):null;case`PERIOD`:return(0,Y.jsxs)(v,{span:!0,size:`xs`,children:[W(e.periodStart),` – `,e.periodEnd?W(new Date(Date.parse(e.periodEnd)-1).toISOString()):``]});default:return null}}function as({annotations:e,empty:t}){return e.length===0?t?(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,children:t}):null:(0,Y.jsx)(x,{spacing:6,size:`sm`,listStyleType:`none`,"aria-label":`Context notes`,children:e.map(e=>(0,Y.jsxs)(x.Item,{"data-testid":`annotation`,children:[(0,Y.jsx)(v,{size:`sm`,children:e.body}),(0,Y.jsxs)(_,{gap:6,mt:2,children:[(0,Y.jsx)(u,{size:`xs`,variant:`light`,color:`grape`,radius:`sm`,children:rs[e.scope]??e.scope}),(0,Y.jsx)(is,{a:e}),(0,Y.jsxs)(v,{span:!0,size:`xs`,c:`dimmed`,children:[e.createdBy?.name??`Someone`,`, `,W(e.createdAt)]})]})]},e.id))})}var os=H(`
  mutation CreateAnnotation($input: CreateAnnotationInput!) {
    createAnnotation(input: $input) {
      ...AnnotationFields
    }
  }
`),ss=()=>new Date().toISOString().slice(0,10);function cs(e){let t=new Date(`${e}T00:00:00Z`);return t.setUTCDate(t.getUTCDate()+1),t.toISOString()}function ls({target:e,onDone:t}){let[n,r]=(0,K.useState)(e.scopes[0]),[a,s]=(0,K.useState)(``),[c,l]=(0,K.useState)(e.services?.[0]?.id??null),[u,d]=(0,K.useState)(e.period?.from??ss()),[f,p]=(0,K.useState)(e.period?.to??ss()),[m,g]=L(os),[v,y]=(0,K.useState)(null);return(0,Y.jsx)(`form`,{onSubmit:async r=>{r.preventDefault(),y(null);let i={body:a.trim(),scope:n};if(n===`FIGURE`&&(i.figure=e.figure),n===`INCIDENT`&&(i.incidentID=e.incidentID),n===`SERVICE`){if(!c)return y(`Choose the service the note is about.`);i.serviceID=c}if(n===`PERIOD`){if(u>f)return y(`The period must end after it starts.`);i.periodStart=`${u}T00:00:00Z`,i.periodEnd=cs(f)}let o=await g({input:i},{additionalTypenames:[`Annotation`,`AnnotationConnection`,`IncidentAnalysis`]});o.error?y(o.error.graphQLErrors[0]?.message??o.error.message):t()},"aria-label":`Add a context note`,children:(0,Y.jsxs)(N,{gap:`xs`,children:[e.scopes.length>1?(0,Y.jsx)(A,{label:`About`,data:e.scopes.map(e=>({value:e,label:e===`FIGURE`?`This figure`:rs[e]})),value:n,onChange:e=>e&&r(e),allowDeselect:!1,size:`xs`}):null,n===`SERVICE`?(0,Y.jsx)(A,{label:`Service`,data:(e.services??[]).map(e=>({value:e.id,label:e.name})),value:c,onChange:l,searchable:!0,size:`xs`}):null,n===`PERIOD`?(0,Y.jsxs)(_,{grow:!0,gap:`xs`,children:[(0,Y.jsx)(M,{type:`date`,label:`From`,size:`xs`,value:u,onChange:e=>d(e.currentTarget.value)}),(0,Y.jsx)(M,{type:`date`,label:`Until (inclusive)`,size:`xs`,value:f,onChange:e=>p(e.currentTarget.value)})]}):null,(0,Y.jsx)(h,{label:`Note`,description:`Context a reader needs beside the figure: a reorganisation, a new alerting policy, a migration…`,value:a,onChange:e=>s(e.currentTarget.value),autosize:!0,minRows:2,required:!0,size:`xs`}),v?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:v}):null,(0,Y.jsxs)(_,{gap:`xs`,children:[(0,Y.jsx)(i,{type:`submit`,size:`xs`,loading:m.fetching,disabled:!a.trim(),children:`Add note`}),(0,Y.jsx)(i,{size:`xs`,variant:`default`,onClick:t,children:`Cancel`})]})]})})}function us({annotations:e,target:t,title:n=`Context`}){let{viewer:r}=J(),[a,o]=(0,K.useState)(!1);return(0,Y.jsxs)(N,{gap:6,children:[(0,Y.jsx)(v,{size:`xs`,tt:`uppercase`,fw:700,c:`dimmed`,children:n}),(0,Y.jsx)(as,{annotations:e,empty:`No context notes.`}),St(r.role)?a?(0,Y.jsx)(ls,{target:t,onDone:()=>o(!1)}):(0,Y.jsx)(i,{size:`compact-xs`,variant:`subtle`,onClick:()=>o(!0),style:{alignSelf:`flex-start`},children:`Add a context note`}):null]})}var ds=H(`
  query IncidentAnnotations($id: ID!) {
    annotations(first: 50, where: { incidentID: $id }, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
      edges {
        node {
          ...AnnotationFields
        }
      }
    }
  }
`);function fs({incidentID:e}){let[t]=R({query:ds,variables:{id:e}});return(0,Y.jsxs)(l,{withBorder:!0,radius:`md`,p:`lg`,component:`section`,id:`context`,"aria-labelledby":`context-heading`,children:[(0,Y.jsx)(P,{order:2,size:`h3`,id:`context-heading`,mb:`xs`,children:`Context for analysis`}),(0,Y.jsx)(us,{title:`Notes shown beside the figures this incident counts in`,annotations:G(t.data?.annotations),target:{scopes:[`INCIDENT`],incidentID:e}})]})}function ps({incident:e}){let t=e.board,n=G(e.activities),r=t?.facilitatorShare;return(0,Y.jsxs)(S,{cols:{base:1,lg:2},spacing:`lg`,children:[(0,Y.jsx)($,{id:`participation`,title:`Participation`,description:`Whose voice the board carries. A balanced review hears from everyone.`,children:!t||t.participation.length===0?(0,Y.jsx)(Zi,{children:`No contributions yet.`}):(0,Y.jsxs)(N,{gap:`sm`,children:[r==null?null:(0,Y.jsxs)(v,{size:`sm`,"data-testid":`facilitator-share`,children:[`Facilitator's share of contributions: `,(0,Y.jsxs)(`b`,{children:[Math.round(r*100),`%`]}),r>.5?(0,Y.jsx)(u,{ml:`xs`,color:`orange`,variant:`light`,size:`sm`,children:`high — invite others to tell their part`}):null]}),(0,Y.jsx)(v,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,children:`By department`}),(0,Y.jsx)(S,{cols:3,spacing:4,children:t.departments.map(e=>(0,Y.jsxs)(v,{size:`sm`,children:[B(ze,e.department),`: `,(0,Y.jsx)(`b`,{children:e.total})]},e.department))}),(0,Y.jsxs)(b,{striped:!0,withTableBorder:!0,fz:`sm`,"aria-label":`Contributions by person`,children:[(0,Y.jsx)(b.Thead,{children:(0,Y.jsxs)(b.Tr,{children:[(0,Y.jsx)(b.Th,{children:`Person`}),(0,Y.jsx)(b.Th,{children:`Events`}),(0,Y.jsx)(b.Th,{children:`Perspectives`}),(0,Y.jsx)(b.Th,{children:`Answers`}),(0,Y.jsx)(b.Th,{children:`Comments`}),(0,Y.jsx)(b.Th,{children:`Total`})]})}),(0,Y.jsx)(b.Tbody,{children:t.participation.map(e=>(0,Y.jsxs)(b.Tr,{children:[(0,Y.jsxs)(b.Td,{children:[e.user.name,` `,(0,Y.jsx)(v,{span:!0,size:`xs`,c:`dimmed`,children:B(ze,e.department)})]}),(0,Y.jsx)(b.Td,{children:e.events}),(0,Y.jsx)(b.Td,{children:e.perspectives}),(0,Y.jsx)(b.Td,{children:e.answers}),(0,Y.jsx)(b.Td,{children:e.comments}),(0,Y.jsx)(b.Td,{fw:600,children:e.total})]},e.user.id))})]})]})}),(0,Y.jsx)($,{id:`activity`,title:`Recent activity`,description:`Who changed what on this board, newest first.`,children:n.length===0?(0,Y.jsx)(Zi,{children:`Nothing recorded yet.`}):(0,Y.jsx)(`ol`,{className:`activity-list`,"data-testid":`activity`,children:n.map(e=>(0,Y.jsxs)(`li`,{children:[(0,Y.jsx)(v,{size:`sm`,children:e.summary}),(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[z(e.createdAt),e.changes&&e.changes.length>0&&e.action===`UPDATED`?` · ${e.changes.map(e=>`${e.field}: ${e.old??`—`} → ${e.new??`—`}`).join(`; `)}`:``]})]},e.id))})})]})}var ms=H(`
  mutation OpenReview($incidentID: ID!, $version: Int!, $mode: ReviewMode!, $dueAt: Time) {
    openReview(incidentID: $incidentID, version: $version, mode: $mode, dueAt: $dueAt) {
      id
      version
      status
      reviewMode
      reviewDueAt
    }
  }
`),hs=H(`
  mutation CloseReview($incidentID: ID!, $version: Int!) {
    closeReview(incidentID: $incidentID, version: $version) {
      id
      version
      status
    }
  }
`);function gs({incident:e}){let{viewer:t}=J(),{refetch:n}=X(),[r,a]=(0,K.useState)(e.reviewMode??`ASYNC`),[s,c]=(0,K.useState)(e.reviewDueAt?e.reviewDueAt.slice(0,10):``),[l,u]=L(ms),[d,f]=L(hs);if(t.role!==`ADMIN`&&t.role!==`ANALYST`&&e.facilitator?.id!==t.id)return null;let p=l.error??d.error,m=e.status===`REVIEWING`;return(0,Y.jsxs)(N,{gap:`xs`,mt:`sm`,"data-testid":`review-controls`,children:[(0,Y.jsxs)(_,{gap:`xs`,align:`flex-end`,children:[(0,Y.jsx)(ie,{size:`xs`,value:r,onChange:a,data:[{value:`ASYNC`,label:`Async`},{value:`MEETING`,label:`Meeting`}],"aria-label":`How the review happens`}),(0,Y.jsx)(M,{type:`date`,size:`xs`,label:`Due`,value:s,onChange:e=>c(e.currentTarget.value)})]}),(0,Y.jsxs)(_,{gap:`xs`,children:[(0,Y.jsx)(i,{size:`xs`,onClick:async()=>{let t=await u({incidentID:e.id,version:e.version,mode:r,dueAt:s?new Date(`${s}T17:00:00`).toISOString():null});(!t.error||Pt(t.error))&&await n()},loading:l.fetching,disabled:e.status===`RESPONDING`,children:m?`Update review`:`Open review`}),m?(0,Y.jsx)(i,{size:`xs`,variant:`light`,onClick:async()=>{let t=await f({incidentID:e.id,version:e.version});(!t.error||Pt(t.error))&&await n()},loading:d.fetching,children:`Close review`}):null]}),p?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:Pt(p)?`Someone else changed this incident meanwhile; the board now shows their version — try again.`:Z(p)}):null]})}var _s=e=>!!e&&/^\d{4}-\d{2}-\d{2}$/.test(e),vs=e=>`${e}T00:00:00Z`;function ys(e){let t=new Date(`${e}T00:00:00Z`);return t.setUTCDate(t.getUTCDate()+1),t.toISOString()}function bs(e){let t={};e.from&&(t.from=vs(e.from)),e.to&&(t.to=ys(e.to));for(let n of rt){let r=e.lists[n.param];r.length&&(t[n.field]=r)}return t}function xs(e){if(!e)return null;try{let t=JSON.parse(e);if(typeof t.label==`string`&&Array.isArray(t.keys)&&t.keys.every(e=>it(e.dimension)))return t}catch{}return null}function Ss(){let[e,t]=fe(),n=e.toString(),r=(0,K.useMemo)(()=>{let t=(e.get(`by`)??`SERVICE`).split(`,`).filter(it).slice(0,2),n=Object.fromEntries(rt.map(t=>[t.param,(e.get(t.param)??``).split(`,`).filter(Boolean)]));return{groupBy:e.get(`by`)===``?[]:t,from:_s(e.get(`from`))?e.get(`from`):null,to:_s(e.get(`to`))?e.get(`to`):null,interval:e.get(`interval`)===`QUARTER`?`QUARTER`:`MONTH`,lists:n,drill:xs(e.get(`drill`)),duration:e.get(`duration`)}},[n]),i=n=>{let r=new URLSearchParams(e);for(let[e,t]of Object.entries(n))t===null?r.delete(e):r.set(e,t);t(r,{replace:!(`drill`in n)})};return{state:r,update:i,setGroupBy:e=>i({by:e.join(`,`),drill:null}),setDrill:e=>i({drill:e?JSON.stringify(e):null}),reset:()=>t(new URLSearchParams,{replace:!0})}}H(`
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
`);var Cs=H(`
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
`),ws=H(`
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
`),Ts=H(`
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
`),Es=H(`
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
`),Ds=H(`
  query InsightsAnnotations($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on Annotation {
        ...AnnotationFields
      }
    }
  }
`),Os=5;function ks(e=new Date){let t=[],n=[],r=e.getUTCFullYear();for(let i=r;i>r-Os;i--)for(let a=i===r?e.getUTCMonth()+1:12;a>=1;a--){let o=`${i}-${String(a).padStart(2,`0`)}`;if(t.push({value:o,label:o}),a%3==0||i===r&&a===e.getUTCMonth()+1){let e=`${i}-Q${Math.ceil(a/3)}`;n.some(t=>t.value===e)||n.push({value:e,label:e})}}return{months:t,quarters:n}}function As(){let[e]=R({query:Es});return(0,K.useMemo)(()=>{let t=e.data,n=G(t?.services),r=new Map;for(let e of n)e.vendor&&r.set(e.vendor.id,e.vendor.name);let i=e=>e.map(e=>({value:e.id,label:e.name}));return{options:{services:i(n),vendors:[...r].map(([e,t])=>({value:e,label:t})).sort((e,t)=>e.label.localeCompare(t.label)),teams:i(G(t?.teams)),categories:i(G(t?.factorCategories)),severities:Object.entries($e).map(([e,t])=>({value:e,label:t})),tags:i(G(t?.tags)),...ks()},services:n.map(e=>({id:e.id,name:e.name}))}},[e.data])}var js={EXECUTIVE:`Executive summary`,ENGINEERING:`Engineering deep-dive`,TEAM:`Team action list`,SUPPORT:`Support briefing`,CUSTOMER:`Customer-facing summary`,LEADERSHIP:`Leadership report`},Ms={EXECUTIVE:`The top insight, the impact in business terms and the actions that matter, on one page.`,ENGINEERING:`Timeline, contributing factors and evidence, with every action and its owner.`,TEAM:`What each team owes: the actions with owners, due dates and status.`,SUPPORT:`What customers saw, what to tell them, and what changes.`,CUSTOMER:`What happened and what changes, without internal names or system details.`,LEADERSHIP:`Across the incidents of a period: top insights, charts, and the incidents and actions behind each figure.`},Ns=[`EXECUTIVE`,`ENGINEERING`,`TEAM`,`SUPPORT`,`CUSTOMER`],Ps=[...Ns,`LEADERSHIP`],Fs={TIMELINE_EVENT:`Timeline event`,PERSPECTIVE:`Perspective`,QUESTION:`Question`};function Is(e,t){if(!e||!t)return``;let n=new Date(new Date(t).getTime()-1).toISOString();return`${W(e)} – ${W(n)}`}function Ls(e,t){let n=`/reports/${encodeURIComponent(e)}`;return t?`${n}/versions/${t}`:n}H(`
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
`);var Rs=H(`
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
`),zs=H(`
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
`),Bs=H(`
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
`),Vs=H(`
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
`),Hs=H(`
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
`),Us=H(`
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
`),Ws=H(`
  mutation GenerateReport($input: GenerateReportInput!) {
    generateReport(input: $input) {
      id
      title
    }
  }
`),Gs=H(`
  mutation UpdateReport($id: ID!, $version: Int!, $input: UpdateReportInput!) {
    updateReport(id: $id, version: $version, input: $input) {
      ...ReportFields
    }
  }
`),Ks=H(`
  mutation RegenerateReport($id: ID!, $version: Int!) {
    regenerateReport(id: $id, version: $version) {
      ...ReportFields
    }
  }
`),qs=H(`
  mutation PublishReport($id: ID!, $version: Int!) {
    publishReport(id: $id, version: $version) {
      ...ReportFields
    }
  }
`),Js=H(`
  mutation DeleteReport($id: ID!) {
    deleteReport(id: $id)
  }
`),Ys=H(`
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
`),Xs=H(`
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
`),Zs=H(`
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
`);function Qs(e){let[t]=R({query:Us});return(0,K.useMemo)(()=>G(t.data?.reportTemplates).filter(t=>t.audience===e).map(e=>({value:e.id,label:e.name,description:e.description})),[t.data,e])}function $s({audience:e,value:t,onChange:n}){let r=Qs(e),i=r.find(e=>e.value===t);return(0,Y.jsx)(A,{label:`Template`,placeholder:r.length?`Default: ${r[0].label}`:`The audience’s default template`,description:i?.description??void 0,data:r,value:t,onChange:n,clearable:!0,comboboxProps:{withinPortal:!0}})}function ec({incidentID:e,onCancel:t}){let n=ge(),[r,a]=(0,K.useState)(`EXECUTIVE`),[s,c]=(0,K.useState)(null),[l,u]=L(Ws);return(0,Y.jsx)(`form`,{onSubmit:async t=>{t.preventDefault();let i=await u({input:{audience:r,incidentID:e,templateID:s}});i.data&&n(Ls(i.data.generateReport.id))},"aria-label":`Generate a report`,children:(0,Y.jsxs)(N,{gap:`md`,children:[(0,Y.jsx)(E.Group,{label:`Audience`,value:r,onChange:e=>{a(e),c(null)},children:(0,Y.jsx)(N,{gap:8,mt:6,children:Ns.map(e=>(0,Y.jsx)(E,{value:e,label:js[e],description:Ms[e]},e))})}),(0,Y.jsx)($s,{audience:r,value:s,onChange:c}),l.error?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,children:Z(l.error)}):null,(0,Y.jsxs)(_,{justify:`flex-end`,children:[(0,Y.jsx)(i,{variant:`default`,onClick:t,children:`Cancel`}),(0,Y.jsx)(i,{type:`submit`,loading:l.fetching,children:`Generate draft`})]})]})})}function tc(){let e=ge(),{options:t}=As(),[n,r]=(0,K.useState)(``),[a,s]=(0,K.useState)(``),[c,l]=(0,K.useState)(``),[u,d]=(0,K.useState)(null),[f,p]=(0,K.useState)([]),[m,h]=(0,K.useState)([]),[g,b]=(0,K.useState)([]),[x,C]=L(Ws),w=Q(x.error,[`title`,`filter`,`from`,`to`]),T=!!n&&!!a&&n>a;return(0,Y.jsx)(`form`,{onSubmit:async t=>{if(t.preventDefault(),!n||!a||T)return;let r={from:vs(n),to:ys(a)};f.length&&(r.serviceIDs=f),m.length&&(r.teamIDs=m),g.length&&(r.severities=g);let i=await C({input:{audience:`LEADERSHIP`,filter:r,templateID:u,title:c.trim()||null}});i.data&&e(Ls(i.data.generateReport.id))},"aria-label":`New leadership report`,children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,children:Ms.LEADERSHIP}),(0,Y.jsxs)(S,{cols:{base:1,sm:2,md:4},spacing:`sm`,children:[(0,Y.jsx)(M,{type:`date`,label:`From`,required:!0,value:n,onChange:e=>r(e.currentTarget.value),error:w.fields.from}),(0,Y.jsx)(M,{type:`date`,label:`To (inclusive)`,required:!0,value:a,onChange:e=>s(e.currentTarget.value),error:T?`The period ends before it starts.`:w.fields.to}),(0,Y.jsx)(M,{label:`Title`,placeholder:`By default from the period`,value:c,onChange:e=>l(e.currentTarget.value),error:w.fields.title}),(0,Y.jsx)($s,{audience:`LEADERSHIP`,value:u,onChange:d})]}),(0,Y.jsxs)(S,{cols:{base:1,sm:3},spacing:`sm`,children:[(0,Y.jsx)(y,{label:`Services`,placeholder:`All`,data:t.services,value:f,onChange:p,searchable:!0,clearable:!0}),(0,Y.jsx)(y,{label:`Teams`,placeholder:`All`,data:t.teams,value:m,onChange:h,searchable:!0,clearable:!0}),(0,Y.jsx)(y,{label:`Severities`,placeholder:`All`,data:t.severities,value:g,onChange:b,clearable:!0})]}),w.other?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,children:w.other}):null,(0,Y.jsx)(_,{children:(0,Y.jsx)(i,{type:`submit`,loading:x.fetching,disabled:!n||!a||T,children:`Generate leadership report`})})]})})}function nc({incidentID:e}){let{viewer:n}=J(),r=St(n.role),[a,o]=(0,K.useState)(!1),s=(0,K.useMemo)(()=>({additionalTypenames:[`Report`]}),[]),[c,l]=R({query:Hs,variables:{id:e},context:s}),d=c.data?.node,f=d?.__typename===`Incident`?G(d.reports):[];return(0,Y.jsxs)($,{id:`reports`,title:`Reports`,description:`What was learned, written for each audience: executives, engineers, teams, support and customers.`,aside:r?(0,Y.jsx)(i,{size:`xs`,onClick:()=>o(!0),children:`Generate report`}):void 0,children:[c.error&&!c.data?(0,Y.jsx)(V,{error:c.error,onRetry:()=>l({requestPolicy:`network-only`})}):c.data?f.length===0?(0,Y.jsx)(Zi,{children:r?`No reports yet: generate one for the audience that needs it.`:`No reports published yet.`}):(0,Y.jsx)(N,{gap:`xs`,component:`ul`,style:{listStyle:`none`,margin:0,padding:0},"aria-label":`Reports on this incident`,children:f.map(e=>(0,Y.jsxs)(_,{component:`li`,gap:`sm`,wrap:`wrap`,"data-testid":`incident-report`,children:[(0,Y.jsx)(t,{component:F,to:Ls(e.id),fw:600,size:`sm`,children:e.title}),(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,children:js[e.audience]}),e.publishedVersion>0?(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`Version `,e.publishedVersion,`, published `,W(e.publishedAt)]}):(0,Y.jsx)(u,{size:`xs`,color:`gray`,variant:`light`,children:`Draft`}),r&&e.publishedVersion>0&&e.changedSincePublish?(0,Y.jsx)(u,{size:`xs`,color:`orange`,variant:`light`,children:`Changed since publication`}):null]},e.id))}):(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,children:`Loading the reports…`}),(0,Y.jsx)(ae,{opened:a,onClose:()=>o(!1),title:`Generate a report`,size:`lg`,children:a?(0,Y.jsx)(ec,{incidentID:e,onCancel:()=>o(!1)}):null})]})}var rc=H(`
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
`),ic=H(`
  mutation AttachWorkflow($incidentID: ID!, $templateID: ID!) {
    attachWorkflow(incidentID: $incidentID, templateID: $templateID) {
      id
    }
  }
`),ac=H(`
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
`);function oc(){let{viewer:e}=J(),{incident:t,refetch:n}=X(),[r,a]=R({query:rc,variables:{id:t.id}});$i((0,K.useCallback)(e=>a(e),[a]));let s=r.data?.node,c=s?.__typename===`Incident`?s:null,u=e.role!==`VIEWER`,[d,f]=L(ic),p=async e=>{(await f({incidentID:t.id,templateID:e})).error||await n()};return(0,Y.jsx)($,{id:`checklists`,title:`Checklists`,description:`Coordination workflows for this incident: who does what, ticked off as it is done.`,children:(0,Y.jsx)(N,{gap:`md`,children:r.error&&!c?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,children:Z(r.error)}):c?(0,Y.jsxs)(Y.Fragment,{children:[c.suggestedWorkflows.length>0?(0,Y.jsxs)(l,{bg:`indigo.0`,p:`sm`,radius:`md`,"aria-label":`Suggested workflows`,component:`section`,children:[(0,Y.jsx)(v,{size:`sm`,fw:600,mb:6,children:`Suggested for this incident`}),(0,Y.jsx)(N,{gap:6,children:c.suggestedWorkflows.map(e=>(0,Y.jsxs)(_,{justify:`space-between`,wrap:`nowrap`,"data-testid":`suggested-workflow`,children:[(0,Y.jsxs)(`div`,{style:{minWidth:0},children:[(0,Y.jsxs)(v,{size:`sm`,fw:600,children:[e.name,` `,(0,Y.jsxs)(v,{span:!0,size:`xs`,c:`dimmed`,fw:400,children:[U(e.orderedSteps.length,`step`),e.severities?.length?` · ${e.severities.map(e=>B(Le,e)).join(`, `)}`:``,e.incidentTypes?.length?` · ${e.incidentTypes.join(`, `)}`:``]})]}),e.description?(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,lineClamp:2,children:e.description}):null]}),u?(0,Y.jsx)(i,{size:`xs`,variant:`light`,onClick:()=>p(e.id),loading:d.fetching,"aria-label":`Attach ${e.name}`,children:`Attach`}):null]},e.id))}),d.error?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:Z(d.error)}):null]}):null,(c.checklists??[]).length===0?(0,Y.jsx)(Zi,{children:`No checklist attached yet.`}):(c.checklists??[]).map(e=>(0,Y.jsx)(sc,{checklist:e,canWrite:u},e.id))]}):(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,children:`Loading…`})})})}function sc({checklist:e,canWrite:t}){let n=(0,K.useMemo)(()=>[...e.steps].sort((e,t)=>e.position-t.position),[e.steps]),r=n.length;return(0,Y.jsxs)(l,{withBorder:!0,radius:`md`,p:`md`,component:`section`,"aria-label":`Checklist: ${e.name}`,"data-testid":`checklist`,children:[(0,Y.jsxs)(_,{justify:`space-between`,mb:`xs`,children:[(0,Y.jsx)(v,{fw:700,children:e.name}),(0,Y.jsxs)(v,{size:`sm`,c:`dimmed`,"data-testid":`checklist-progress`,children:[e.doneCount,`/`,r,` done`]})]}),(0,Y.jsx)(ne,{value:r?100*e.doneCount/r:0,size:`sm`,mb:`sm`,"aria-label":`${e.doneCount} of ${r} steps done`}),(0,Y.jsx)(N,{gap:`xs`,component:`ol`,style:{listStyle:`none`,padding:0,margin:0},children:n.map(e=>(0,Y.jsx)(cc,{step:e,canWrite:t},e.id))})]})}function cc({step:e,canWrite:t}){let{refetch:n}=X(),[r,i]=(0,K.useState)(``),[a,s]=L(ac),[c,l]=(0,K.useState)(null),[d,f]=(0,K.useState)(null),p=!!e.doneAt,h=async t=>{l(null),f(t);try{let a=await s({id:e.id,version:e.version,done:t,note:t&&r.trim()?r.trim():null});if(Fa(a.error)){l(`Someone else changed this step just before you; it now shows their change. Tick it again if it still needs changing.`),await n();return}a.error||(i(``),await n())}finally{f(null)}};return(0,Y.jsx)(`li`,{"data-testid":`checklist-step`,children:(0,Y.jsxs)(_,{gap:`sm`,align:`flex-start`,wrap:`nowrap`,children:[(0,Y.jsx)(m,{checked:d??p,disabled:!t||a.fetching,onChange:e=>h(e.currentTarget.checked),"aria-label":e.title,mt:2}),(0,Y.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,Y.jsxs)(_,{gap:6,children:[(0,Y.jsxs)(v,{size:`sm`,fw:500,td:p?`line-through`:void 0,c:p?`dimmed`:void 0,children:[e.position+1,`. `,e.title]}),e.role?(0,Y.jsx)(u,{size:`xs`,variant:`light`,color:`gray`,tt:`none`,children:B(Je,e.role)}):null]}),e.guidance&&!p?(0,Y.jsx)(sa,{children:e.guidance}):null,p&&e.doneAt?(0,Y.jsxs)(v,{size:`xs`,c:`teal.8`,"data-testid":`step-done-by`,children:[`Done by `,e.doneBy?.name??`someone`,` at `,Wt(e.doneAt,Ft()),e.note?` — ${e.note}`:``]}):t?(0,Y.jsx)(M,{size:`xs`,mt:4,maw:360,placeholder:`Note when done (optional), e.g. status page posted`,"aria-label":`Note for “${e.title}”`,value:r,onChange:e=>i(e.currentTarget.value)}):null,c?(0,Y.jsx)(o,{color:`orange`,variant:`light`,role:`alert`,mt:4,p:`xs`,children:c}):a.error&&!Fa(a.error)?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,mt:4,p:`xs`,children:Z(a.error)}):null]})]})})}var lc={INTERNAL:`Internal`,CUSTOMERS:`Customers`},uc={INTERNAL:`Colleagues: leadership, support, other teams`,CUSTOMERS:`Customers: the status page, email, social`},dc=[`INTERNAL`,`CUSTOMERS`],fc=[{name:`{{title}}`,help:`the incident's title`},{name:`{{severity}}`,help:`its severity, e.g. SEV2`},{name:`{{status}}`,help:`its status, e.g. Investigating`},{name:`{{started_at}}`,help:`when it started`},{name:`{{impact}}`,help:`the customer impact as written on the incident`},{name:`{{services}}`,help:`the services involved`},{name:`{{next_update}}`,help:`when the next update is due, from the guideline`},{name:`{{link}}`,help:`the incident's address in Debrief`}],pc=H(`
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
`),mc=H(`
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
`),hc=H(`
  query RenderMessage($templateID: ID!, $incidentID: ID!) {
    renderMessage(templateID: $templateID, incidentID: $incidentID) {
      body
      missing
    }
  }
`),gc=H(`
  mutation CreateStatusUpdate($input: CreateStatusUpdateInput!) {
    createStatusUpdate(input: $input) {
      id
      timelineEventID
    }
  }
`),_c=[`STATUS_PAGE`,`EMAIL`,`SLACK`,`ZOOM`,`PHONE`,`PAGER`,`DEBRIEF`,`OTHER`];function vc(){let{viewer:e}=J(),{incident:t}=X(),[n,r]=R({query:pc,variables:{id:t.id}});$i((0,K.useCallback)(e=>r(e),[r]));let i=n.data?.node,a=i?.__typename===`Incident`?i.statusUpdates:null,s=G(a);return(0,Y.jsx)($,{id:`status-updates`,title:`Status updates`,description:`What was said about this incident, to whom, where and when. Each one is on the timeline too.`,children:(0,Y.jsxs)(N,{gap:`md`,children:[e.role===`VIEWER`?null:(0,Y.jsx)(yc,{}),n.error&&!a?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,children:Z(n.error)}):a?s.length===0?(0,Y.jsx)(Zi,{children:`No status update logged yet.`}):(0,Y.jsxs)(b.ScrollContainer,{minWidth:700,children:[(0,Y.jsxs)(b,{verticalSpacing:`xs`,"aria-label":`Status updates sent`,striped:!0,children:[(0,Y.jsx)(b.Thead,{children:(0,Y.jsxs)(b.Tr,{children:[(0,Y.jsx)(b.Th,{children:`Sent`}),(0,Y.jsx)(b.Th,{children:`To`}),(0,Y.jsx)(b.Th,{children:`Message`}),(0,Y.jsx)(b.Th,{children:`By`})]})}),(0,Y.jsx)(b.Tbody,{children:s.map(e=>(0,Y.jsxs)(b.Tr,{"data-testid":`status-update`,children:[(0,Y.jsx)(b.Td,{style:{whiteSpace:`nowrap`},children:(0,Y.jsx)(v,{size:`sm`,children:z(e.sentAt)})}),(0,Y.jsxs)(b.Td,{children:[(0,Y.jsxs)(_,{gap:4,children:[(0,Y.jsx)(u,{size:`xs`,variant:`light`,color:e.audience===`CUSTOMERS`?`orange`:`indigo`,children:B(lc,e.audience)}),(0,Y.jsx)(u,{size:`xs`,variant:`outline`,color:`gray`,children:B(Ye,e.channel)})]}),(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,children:e.recipients})]}),(0,Y.jsx)(b.Td,{children:(0,Y.jsx)(v,{size:`sm`,style:{whiteSpace:`pre-wrap`},children:e.body})}),(0,Y.jsx)(b.Td,{children:(0,Y.jsx)(v,{size:`sm`,children:e.createdBy?.name??`—`})})]},e.id))})]}),(0,Y.jsx)(Qi,{shown:s.length,total:a.totalCount,what:`status updates`})]}):(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,children:`Loading…`})]})})}function yc(){let{incident:e,refetch:t}=X(),n=we(),r=Ft(),[a]=R({query:mc}),[s,c]=(0,K.useState)(`INTERNAL`),[u,d]=(0,K.useState)(null),[f,p]=(0,K.useState)(``),[m,g]=(0,K.useState)([]),[y,b]=(0,K.useState)(null),[x,S]=(0,K.useState)(!1),[C,w]=(0,K.useState)(``),[T,E]=(0,K.useState)(`SLACK`),[D,O]=(0,K.useState)(()=>Vt(new Date,r)),[k,j]=L(gc),ee=G(a.data?.commsGuidelines).find(e=>e.audience===s),te=(0,K.useMemo)(()=>G(a.data?.messageTemplates).filter(e=>e.audience===s),[a.data,s]);return(0,Y.jsx)(l,{withBorder:!0,radius:`md`,p:`md`,bg:`gray.0`,children:(0,Y.jsx)(`form`,{onSubmit:async n=>{n.preventDefault();let i=Ut(D,r);(await j({input:{incidentID:e.id,audience:s,channel:T??`OTHER`,recipients:C.trim(),body:f.trim(),...i?{sentAt:i}:{}}})).error||(p(``),d(null),g([]),w(``),O(Vt(new Date,r)),await t())},"aria-label":`Log a status update`,children:(0,Y.jsxs)(N,{gap:`sm`,children:[(0,Y.jsxs)(_,{gap:`sm`,align:`center`,children:[(0,Y.jsx)(v,{size:`sm`,fw:600,children:`Audience`}),(0,Y.jsx)(ie,{size:`xs`,value:s,onChange:e=>{c(e),d(null),g([])},data:dc.map(e=>({value:e,label:B(lc,e)})),"aria-label":`Audience`}),(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,children:uc[s]})]}),ee?(0,Y.jsxs)(l,{p:`xs`,radius:`sm`,withBorder:!0,"data-testid":`comms-guideline`,children:[(0,Y.jsxs)(v,{size:`xs`,fw:700,c:`dimmed`,tt:`uppercase`,mb:2,children:[`Guidelines for `,B(lc,s).toLowerCase(),` updates`,ee.updateEveryMinutes?` · update every ${ee.updateEveryMinutes} minutes`:``]}),(0,Y.jsx)(sa,{children:ee.body})]}):(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,children:`No guidelines written for this audience yet.`}),(0,Y.jsx)(A,{label:`Start from a template`,placeholder:te.length?`Choose a message template`:`No templates for this audience`,data:te.map(e=>({value:e.id,label:e.name})),value:u,onChange:async t=>{if(d(t),b(null),g([]),!t)return;S(!0);let r=await n.query(hc,{templateID:t,incidentID:e.id},{requestPolicy:`network-only`}).toPromise();S(!1),r.error||!r.data?b(Z(r.error)??`The template could not be filled in.`):(p(r.data.renderMessage.body),g(r.data.renderMessage.missing))},clearable:!0,disabled:te.length===0,size:`xs`,maw:420}),(0,Y.jsx)(h,{label:`Message`,required:!0,autosize:!0,minRows:3,value:f,onChange:e=>p(e.currentTarget.value),disabled:x,description:m.length?`Not known for this incident yet, fill in by hand: ${m.join(`, `)}`:void 0}),y?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:y}):null,(0,Y.jsxs)(_,{gap:`sm`,align:`flex-end`,wrap:`wrap`,children:[(0,Y.jsx)(M,{label:`Recipients`,required:!0,placeholder:`#exec-updates, all customers…`,value:C,onChange:e=>w(e.currentTarget.value),size:`xs`,w:240}),(0,Y.jsx)(A,{label:`Channel`,data:_c.map(e=>({value:e,label:B(Ye,e)})),value:T,onChange:E,allowDeselect:!1,size:`xs`,w:160}),(0,Y.jsx)(M,{label:`Sent at (${r})`,type:`datetime-local`,value:D,onChange:e=>O(e.currentTarget.value),size:`xs`,w:220}),(0,Y.jsx)(i,{type:`submit`,size:`xs`,loading:k.fetching,disabled:!f.trim()||!C.trim(),children:`Log update`})]}),k.error?(0,Y.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:Z(k.error)}):null]})})})}function bc(){return(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(oc,{}),(0,Y.jsx)(vc,{})]})}function xc(){let{id:e=``}=xe(),[n,r]=R({query:nt,variables:{id:e}}),i=we(),a=(0,K.useCallback)(()=>new Promise(t=>{let n=!1,r=i.query(nt,{id:e},{requestPolicy:`network-only`}).subscribe(e=>{n||e.stale||(n=!0,t(e),queueMicrotask(()=>r.unsubscribe()))})}),[i,e]),o=Gi(e,a),c=n.data?.node,d=c?.__typename===`Incident`?c:void 0;q(d?.title??(n.fetching?`Incident`:`Incident not found`));let f=(0,Y.jsxs)(s,{"aria-label":`Breadcrumb`,children:[(0,Y.jsx)(t,{component:F,to:`/incidents`,size:`sm`,children:`Incidents`}),d?(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,lineClamp:1,children:d.title}):null]});if(n.error&&!d){let e=n.error.graphQLErrors.some(e=>e.extensions?.code===`NOT_FOUND`||e.extensions?.code===`BAD_USER_INPUT`);return(0,Y.jsxs)(N,{children:[f,(0,Y.jsx)(P,{order:1,children:e?`Incident not found`:`This incident could not be loaded`}),(0,Y.jsx)(V,{error:n.error,onRetry:()=>r({requestPolicy:`network-only`})})]})}if(!d)return n.fetching||!n.data?(0,Y.jsxs)(N,{children:[f,(0,Y.jsx)(je,{what:`the incident`})]}):(0,Y.jsxs)(N,{gap:`sm`,children:[f,(0,Y.jsx)(P,{order:1,children:`Incident not found`}),(0,Y.jsx)(v,{c:`dimmed`,children:`There is no incident with this address, or you do not have access to it.`}),(0,Y.jsx)(t,{component:F,to:`/incidents`,children:`Back to all incidents`})]});let p=G(d.services),m=G(d.vendors),h=G(d.tags),g=d.board?.openQuestions??G(d.questions).filter(e=>e.status===`OPEN`).length,y=[{id:`timeline`,label:`Timeline`,count:d.timelineEvents.totalCount},{id:`checklists`,label:`Checklists`},{id:`status-updates`,label:`Status updates`},{id:`participants`,label:`Participants`,count:d.participants.totalCount},{id:`perspectives`,label:`Perspectives`,count:d.perspectives.totalCount},{id:`questions`,label:`Open questions`,count:g},{id:`comments`,label:`Discussion`,count:d.comments.totalCount},{id:`insights`,label:`Insights`},{id:`actions`,label:`Action items`,count:d.actionItems.totalCount},{id:`reports`,label:`Reports`},{id:`related`,label:`Related incidents`},{id:`context`,label:`Context`}];return(0,Y.jsx)(Mt,{value:{incident:d,refetch:a},children:(0,Y.jsx)(qi,{value:o.fresh,children:(0,Y.jsxs)(N,{gap:`lg`,children:[f,n.error?(0,Y.jsx)(V,{error:n.error}):null,(0,Y.jsx)(l,{withBorder:!0,radius:`md`,p:`lg`,component:`header`,className:o.fresh.has(d.id)?`incident-header is-fresh`:`incident-header`,children:(0,Y.jsxs)(N,{gap:`md`,children:[(0,Y.jsxs)(_,{justify:`space-between`,gap:`xs`,children:[(0,Y.jsxs)(_,{gap:`xs`,children:[(0,Y.jsx)(pi,{severity:d.severity,size:`lg`}),(0,Y.jsx)(mi,{status:d.status,size:`lg`}),d.restricted?(0,Y.jsx)(u,{color:`grape`,variant:`light`,size:`lg`,radius:`sm`,children:`Restricted`}):null]}),(0,Y.jsx)(Xi,{status:o.status,syncing:o.syncing})]}),(0,Y.jsx)(P,{order:1,className:`incident-title`,children:d.title}),(0,Y.jsx)(v,{size:`xs`,c:`dimmed`,children:Me[d.severity]}),d.summary?(0,Y.jsx)(sa,{size:`md`,children:d.summary}):(0,Y.jsx)(v,{c:`dimmed`,fs:`italic`,children:`No summary written yet.`}),(0,Y.jsxs)(S,{cols:{base:1,md:2},spacing:`lg`,children:[(0,Y.jsxs)(l,{bg:`red.0`,p:`md`,radius:`md`,component:`section`,"aria-labelledby":`impact-heading`,children:[(0,Y.jsx)(P,{order:2,size:`h5`,id:`impact-heading`,mb:4,children:`Customer impact`}),d.customerImpact?(0,Y.jsx)(sa,{children:d.customerImpact}):(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,children:`Not described yet.`}),d.customersAffected==null?null:(0,Y.jsxs)(v,{size:`sm`,fw:600,mt:`xs`,children:[`About `,d.customersAffected.toLocaleString(),` customers affected`]})]}),(0,Y.jsxs)(l,{bg:`gray.0`,p:`md`,radius:`md`,component:`section`,"aria-labelledby":`review-heading`,children:[(0,Y.jsx)(P,{order:2,size:`h5`,id:`review-heading`,mb:4,children:`Review`}),(0,Y.jsxs)(`dl`,{className:`facts`,children:[(0,Y.jsx)(`dt`,{children:`Format`}),(0,Y.jsx)(`dd`,{children:d.reviewMode?B(Qe,d.reviewMode):`Not chosen yet`}),(0,Y.jsx)(`dt`,{children:`Due`}),(0,Y.jsx)(`dd`,{children:d.reviewDueAt?z(d.reviewDueAt):`No date set`}),(0,Y.jsx)(`dt`,{children:`Facilitator`}),(0,Y.jsx)(`dd`,{children:d.facilitator?.name??`Nobody yet`})]}),(0,Y.jsx)(gs,{incident:d})]})]}),(0,Y.jsx)(Ea,{incident:d}),(0,Y.jsxs)(S,{cols:{base:1,sm:3},spacing:`md`,children:[(0,Y.jsx)(Sc,{title:`Services`,empty:`None named`,items:p.map(e=>({id:e.id,name:e.name,hint:B(et,e.kind),to:`/services/${encodeURIComponent(e.id)}`}))}),(0,Y.jsx)(Sc,{title:`Vendors`,empty:`None involved`,items:m.map(e=>({id:e.id,name:e.name}))}),(0,Y.jsx)(Sc,{title:`Tags`,empty:`No tags`,items:h.map(e=>({id:e.id,name:e.name}))})]})]})}),(0,Y.jsx)(`nav`,{"aria-label":`Sections of this incident`,className:`section-nav`,children:y.map(e=>(0,Y.jsxs)(`a`,{href:`#${e.id}`,children:[e.label,` `,e.count==null?null:(0,Y.jsx)(`span`,{className:`count`,children:e.count})]},e.id))}),(0,Y.jsx)(Qo,{incident:d}),(0,Y.jsx)(bc,{}),(0,Y.jsx)(Na,{incident:d}),(0,Y.jsx)(Ao,{incident:d}),(0,Y.jsx)(Ro,{incident:d}),(0,Y.jsx)(lo,{incident:d}),(0,Y.jsx)(ps,{incident:d}),(0,Y.jsx)(Ta,{incident:d}),(0,Y.jsx)(ra,{incident:d}),(0,Y.jsx)(nc,{incidentID:d.id}),(0,Y.jsx)(ns,{incidentID:d.id}),(0,Y.jsx)(fs,{incidentID:d.id}),(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,ta:`center`,children:[U(d.timelineEvents.totalCount,`timeline event`),` · `,U(d.participants.totalCount,`participant`),` ·`,` `,U(d.actionItems.totalCount,`action item`)]})]})})})}function Sc({title:e,items:t,empty:n}){return(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(v,{size:`xs`,tt:`uppercase`,fw:700,c:`dimmed`,mb:6,children:e}),t.length===0?(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,children:n}):(0,Y.jsx)(_,{gap:6,children:t.map(e=>e.to?(0,Y.jsx)(u,{component:F,to:e.to,variant:`light`,color:`indigo`,radius:`sm`,size:`md`,title:e.hint,style:{cursor:`pointer`},children:e.name},e.id):(0,Y.jsx)(u,{variant:`light`,color:`gray`,radius:`sm`,size:`md`,title:e.hint,children:e.name},e.id))})]})}function Cc(){return q(`Page not found`),(0,Y.jsxs)(N,{gap:`sm`,py:`xl`,children:[(0,Y.jsx)(P,{order:1,children:`Page not found`}),(0,Y.jsx)(v,{c:`dimmed`,children:`There is no page at this address.`}),(0,Y.jsx)(t,{component:F,to:`/incidents`,children:`Go to the list of incidents`})]})}var wc=H(`
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
`),Tc={INCIDENT:`Incident`,TIMELINE_EVENT:`Timeline event`,PERSPECTIVE:`Perspective`,INSIGHT:`Insight`,ACTION_ITEM:`Action item`};function Ec(e){if(!e.incident)return null;let t=`/incidents/${encodeURIComponent(e.incident.id)}`,n=`id`in e.record?e.record.id:``;switch(e.kind){case`TIMELINE_EVENT`:return`${t}#timeline`;case`PERSPECTIVE`:return`${t}#perspectives`;case`INSIGHT`:return`${t}#insight-${n}`;case`ACTION_ITEM`:return`${t}#action-${n}`;default:return t}}function Dc(e){let t=[],n=/«([^»]*)»/g,r=0;for(let i=n.exec(e);i;i=n.exec(e))i.index>r&&t.push({text:e.slice(r,i.index),match:!1}),t.push({text:i[1],match:!0}),r=i.index+i[0].length;return r<e.length&&t.push({text:e.slice(r).replace(/[«»]/g,``),match:!1}),t}function Oc({snippet:e}){return(0,Y.jsx)(v,{size:`sm`,"data-testid":`snippet`,children:Dc(e).map((e,t)=>(0,Y.jsx)(K.Fragment,{children:e.match?(0,Y.jsx)(oe,{color:`yellow`,children:e.text}):e.text},t))})}function kc({hit:e}){let n=Ec(e);return(0,Y.jsx)(l,{withBorder:!0,radius:`md`,p:`sm`,component:`li`,"data-testid":`search-hit`,style:{listStyle:`none`},children:(0,Y.jsxs)(N,{gap:4,children:[(0,Y.jsxs)(_,{gap:`xs`,children:[(0,Y.jsx)(u,{size:`sm`,variant:`light`,radius:`sm`,children:Tc[e.kind]??e.kind}),n?(0,Y.jsx)(t,{component:F,to:n,fw:600,size:`sm`,children:e.title}):(0,Y.jsx)(v,{fw:600,size:`sm`,children:e.title})]}),(0,Y.jsx)(Oc,{snippet:e.snippet}),e.incident&&e.kind!==`INCIDENT`?(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,children:[`In `,e.incident.title]}):null]})})}var Ac=20;function jc({q:e,kinds:t,after:n,onMore:r}){let[a,o]=R({query:wc,variables:{query:e,kinds:t.length?t:null,first:Ac,after:n}}),s=a.data?.search;return a.error&&!s?(0,Y.jsx)(V,{error:a.error,onRetry:()=>o({requestPolicy:`network-only`})}):s?(0,Y.jsxs)(N,{gap:`sm`,children:[n?null:(0,Y.jsx)(v,{size:`sm`,role:`status`,"data-testid":`search-count`,children:s.totalCount?`${U(s.totalCount,`match`,`matches`)} for “${e}”`:`Nothing matches “${e}”.`}),(0,Y.jsx)(N,{component:`ol`,gap:`xs`,p:0,m:0,"aria-label":`Search results`,children:s.edges.map(e=>(0,Y.jsx)(kc,{hit:e.node},e.cursor))}),s.pageInfo.hasNextPage&&s.pageInfo.endCursor?(0,Y.jsx)(i,{variant:`default`,size:`xs`,onClick:()=>r(s.pageInfo.endCursor),style:{alignSelf:`flex-start`},children:`More results`}):null]}):(0,Y.jsx)(je,{what:`the results`})}function Mc(){let[e,t]=fe(),n=(e.get(`q`)??``).trim(),r=(e.get(`kinds`)??``).split(`,`).filter(e=>e in Tc),[i,a]=(0,K.useState)([null]);return q(n?`Search: ${n}`:`Search`),(0,K.useEffect)(()=>a([null]),[n,r.join(`,`)]),(0,Y.jsxs)(N,{gap:`md`,children:[(0,Y.jsx)(P,{order:1,children:`Search`}),(0,Y.jsx)(d.Group,{multiple:!0,value:r,onChange:n=>{let r=new URLSearchParams(e);n.length?r.set(`kinds`,n.join(`,`)):r.delete(`kinds`),t(r,{replace:!0})},children:(0,Y.jsx)(_,{gap:`xs`,role:`group`,"aria-label":`Only these kinds`,children:Object.entries(Tc).map(([e,t])=>(0,Y.jsx)(d,{value:e,size:`xs`,children:t},e))})}),n?i.map((e,t)=>(0,Y.jsx)(jc,{q:n,kinds:r,after:e,onMore:e=>t===i.length-1&&a([...i,e])},e??`first`)):(0,Y.jsx)(v,{c:`dimmed`,children:`Type words in the search box above: “quoted phrases”, or, and -excluded words work.`})]})}var Nc=H(`
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
`);function Pc(){let{id:e=``}=xe(),[n,r]=R({query:Nc,variables:{id:e}}),i=n.data?.node,a=i?.__typename===`Service`?i:void 0;if(q(a?.name??`Service`),n.error&&!a)return(0,Y.jsx)(V,{error:n.error,onRetry:()=>r({requestPolicy:`network-only`})});if(!a)return n.fetching||!n.data?(0,Y.jsx)(je,{what:`the service`}):(0,Y.jsxs)(N,{children:[(0,Y.jsx)(P,{order:1,children:`Service not found`}),(0,Y.jsx)(t,{component:F,to:`/insights`,children:`Back to insights`})]});let o=G(a.incidents);return(0,Y.jsxs)(N,{gap:`lg`,children:[(0,Y.jsxs)(s,{"aria-label":`Breadcrumb`,children:[(0,Y.jsx)(t,{component:F,to:`/insights?by=SERVICE&services=${encodeURIComponent(a.id)}`,size:`sm`,children:`Insights`}),(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,children:a.name})]}),(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(P,{order:1,children:a.name}),(0,Y.jsxs)(v,{c:`dimmed`,size:`sm`,children:[B(et,a.kind),a.ownerTeam?` · owned by ${a.ownerTeam.name}`:``,a.vendor?` · provided by ${a.vendor.name}`:``]}),a.description?(0,Y.jsx)(v,{mt:`xs`,children:a.description}):null]}),(0,Y.jsxs)(S,{cols:{base:1,md:2},spacing:`lg`,children:[(0,Y.jsxs)(l,{withBorder:!0,radius:`md`,p:`lg`,component:`section`,"aria-labelledby":`service-incidents-heading`,children:[(0,Y.jsxs)(P,{order:2,size:`h3`,id:`service-incidents-heading`,mb:`sm`,children:[`Incidents (`,a.incidents.totalCount,`)`]}),o.length===0?(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,fs:`italic`,children:`No incidents in this service.`}):(0,Y.jsx)(x,{listStyleType:`none`,spacing:`xs`,"aria-label":`Incidents in ${a.name}`,children:o.map(e=>(0,Y.jsxs)(x.Item,{children:[(0,Y.jsx)(t,{component:F,to:`/incidents/${encodeURIComponent(e.id)}`,size:`sm`,fw:600,children:e.title}),(0,Y.jsxs)(_,{gap:6,mt:2,children:[(0,Y.jsx)(pi,{severity:e.severity,size:`sm`}),(0,Y.jsx)(mi,{status:e.status,size:`sm`}),(0,Y.jsx)(v,{span:!0,size:`xs`,c:`dimmed`,children:W(e.startedAt)})]})]},e.id))}),a.incidents.totalCount>o.length?(0,Y.jsxs)(v,{size:`xs`,c:`dimmed`,mt:`xs`,children:[`The latest `,U(o.length,`incident`),` of `,a.incidents.totalCount,`.`]}):null]}),(0,Y.jsxs)(l,{withBorder:!0,radius:`md`,p:`lg`,component:`section`,"aria-labelledby":`service-related-heading`,children:[(0,Y.jsx)(P,{order:2,size:`h3`,id:`service-related-heading`,mb:`xs`,children:`Related incidents elsewhere`}),(0,Y.jsx)(v,{size:`sm`,c:`dimmed`,mb:`sm`,children:`Incidents in other services that share factor categories, vendors or unusual words with this service’s own.`}),(0,Y.jsx)(ts,{related:a.relatedIncidents,empty:`No related incidents elsewhere.`})]})]})]})}var Fc=H(`
  query SignedOutServerInfo {
    serverInfo {
      devLogin
    }
  }
`);function Ic(){q(`Signed out`);let[{data:e}]=R({query:Fc});return(0,Y.jsxs)(`div`,{className:`signed-out`,children:[e?.serverInfo.devLogin?(0,Y.jsx)(Ct,{}):null,(0,Y.jsx)(k,{size:`xs`,py:64,children:(0,Y.jsx)(l,{withBorder:!0,p:`xl`,radius:`md`,children:(0,Y.jsxs)(N,{gap:`md`,align:`flex-start`,children:[(0,Y.jsx)(P,{order:1,children:`You are signed out`}),(0,Y.jsx)(v,{c:`dimmed`,children:`Your Debrief session has ended on this browser.`}),(0,Y.jsx)(i,{component:`a`,href:st(`/`),children:`Sign in again`})]})})})]})}var Lc=`modulepreload`,Rc=function(e){return`/`+e},zc={},Bc=function(e){return e.pathname.endsWith(`.css`)},Vc=function(e,t,n){if(t in e)return e[t];let r=n();if(!r){e[t]=void 0;return}let i=r.then(()=>{e[t]=void 0},n=>{throw e[t]=void 0,n});return e[t]=i,i},Hc=function(e,t,n){let r=Promise.resolve();if(t&&t.length>0){let e,i=document.querySelector(`meta[property=csp-nonce]`),a=i?.nonce||i?.getAttribute(`nonce`);function o(e){return Promise.all(e.map(e=>Promise.resolve(e).then(e=>({status:`fulfilled`,value:e}),e=>({status:`rejected`,reason:e}))))}function s(e){return import.meta.resolve?new URL(import.meta.resolve(e)):new URL(e,import.meta.url)}r=o(t.map(t=>{t=Rc(t,n);let r=s(t),i=Bc(r);return Vc(zc,r.href,()=>{if(e===void 0){e={all:new Set,styles:new Set};let t=document.getElementsByTagName(`link`);for(let n=t.length-1;n>=0;n--){let r=t[n];e.all.add(r.href),r.rel===`stylesheet`&&e.styles.add(r.href)}}if((i?e.styles:e.all).has(r.href))return;let t=document.createElement(`link`);if(t.rel=i?`stylesheet`:Lc,i||(t.as=`script`),t.crossOrigin=``,t.href=r.href,a&&t.setAttribute(`nonce`,a),document.head.appendChild(t),i)return new Promise((e,n)=>{let i=a=>{t.removeEventListener(`load`,i),t.removeEventListener(`error`,i),a.type===`error`?n(Error(`Unable to preload CSS for ${r}`)):e(a)};t.addEventListener(`load`,i),t.addEventListener(`error`,i)})})}).filter(e=>e!==void 0))}function i(e){let t=new Event(`vite:preloadError`,{cancelable:!0});if(t.payload=e,window.dispatchEvent(t),!t.defaultPrevented)throw e}return r.then(t=>{for(let e of t||[])e.status===`rejected`&&i(e.reason);return e().catch(i)})},Uc=(0,K.lazy)(()=>Hc(()=>import(`./InsightsPage-DpjQtSW1.js`).then(e=>({default:e.InsightsPage})),__vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11]))),Wc=(0,K.lazy)(()=>Hc(()=>import(`./ReportsPage-CcV81Uh8.js`).then(e=>({default:e.ReportsPage})),__vite__mapDeps([12,1,4,3,5,7,8,11]))),Gc=(0,K.lazy)(()=>Hc(()=>import(`./ReportPage-C1gzpyDV.js`).then(e=>({default:e.ReportPage})),__vite__mapDeps([13,1,4,3,5,7,8,10,14]))),Kc=(0,K.lazy)(()=>Hc(()=>import(`./ReportPage-C1gzpyDV.js`).then(e=>({default:e.ReportVersionPage})),__vite__mapDeps([13,1,4,3,5,7,8,10,14]))),qc=(0,K.lazy)(()=>Hc(()=>import(`./DirectoryPage-BcDn1X9-.js`).then(e=>({default:e.DirectoryPage})),__vite__mapDeps([15,1,4,3,5,7,8,11]))),Jc=(0,K.lazy)(()=>Hc(()=>import(`./ReportTemplatesPage-BrF-bkxd.js`).then(e=>({default:e.ReportTemplatesPage})),__vite__mapDeps([16,1,4,3,5,7,8,11]))),Yc=(0,K.lazy)(()=>Hc(()=>import(`./WorkflowsPage-CA1gOpU0.js`).then(e=>({default:e.WorkflowsPage})),__vite__mapDeps([17,1,4,3,5,7,8,11]))),Xc=(0,K.lazy)(()=>Hc(()=>import(`./CommsPage-D0FucZw2.js`).then(e=>({default:e.CommsPage})),__vite__mapDeps([18,1,4,3,5,7,8,11])));function Zc(e,t){return(0,Y.jsx)(K.Suspense,{fallback:(0,Y.jsx)(je,{what:t}),children:e})}function Qc(){return(0,Y.jsxs)(ye,{children:[(0,Y.jsx)(I,{path:_t,element:(0,Y.jsx)(Ic,{})}),(0,Y.jsxs)(I,{element:(0,Y.jsx)(bt,{children:(0,Y.jsx)(sn,{})}),children:[(0,Y.jsx)(I,{index:!0,element:(0,Y.jsx)(Si,{})}),(0,Y.jsx)(I,{path:`incidents`,element:(0,Y.jsx)(Si,{})}),(0,Y.jsx)(I,{path:`incidents/:id`,element:(0,Y.jsx)(xc,{})}),(0,Y.jsx)(I,{path:`actions`,element:(0,Y.jsx)(or,{})}),(0,Y.jsx)(I,{path:`follow-through`,element:(0,Y.jsx)(Hr,{})}),(0,Y.jsx)(I,{path:`reports`,element:Zc((0,Y.jsx)(Wc,{}),`reports`)}),(0,Y.jsx)(I,{path:`reports/:id`,element:Zc((0,Y.jsx)(Gc,{}),`the report`)}),(0,Y.jsx)(I,{path:`reports/:id/versions/:number`,element:Zc((0,Y.jsx)(Kc,{}),`the report`)}),(0,Y.jsx)(I,{path:`inbox`,element:(0,Y.jsx)(di,{})}),(0,Y.jsx)(I,{path:`insights`,element:Zc((0,Y.jsx)(Uc,{}),`insights`)}),(0,Y.jsx)(I,{path:`search`,element:(0,Y.jsx)(Mc,{})}),(0,Y.jsx)(I,{path:`services/:id`,element:(0,Y.jsx)(Pc,{})}),(0,Y.jsx)(I,{path:`directory`,element:Zc((0,Y.jsx)(qc,{}),`the directory`)}),(0,Y.jsx)(I,{path:`import`,element:(0,Y.jsx)(oi,{})}),(0,Y.jsxs)(I,{path:`admin`,element:(0,Y.jsx)(lr,{}),children:[(0,Y.jsx)(I,{index:!0,element:(0,Y.jsx)(he,{to:`taxonomy`,replace:!0})}),(0,Y.jsx)(I,{path:`taxonomy`,element:(0,Y.jsx)(hr,{})}),(0,Y.jsx)(I,{path:`webhooks`,element:(0,Y.jsx)(Ar,{})}),(0,Y.jsx)(I,{path:`report-templates`,element:Zc((0,Y.jsx)(Jc,{}),`report templates`)}),(0,Y.jsx)(I,{path:`workflows`,element:Zc((0,Y.jsx)(Yc,{}),`workflows`)}),(0,Y.jsx)(I,{path:`comms`,element:Zc((0,Y.jsx)(Xc,{}),`communication`)})]}),(0,Y.jsx)(I,{path:`*`,element:(0,Y.jsx)(Cc,{})})]})]})}var $c=Ae({onResult(e){ht(e.error)&&pt()}}),el=Ce({forwardSubscription(e){let t={...e,query:e.query||``};return{subscribe(e){return{unsubscribe:Ri.subscribe(t,e)}}}}}),tl=new Oe({url:`/graphql`,exchanges:[Se,$c,Te,el],preferGetMethod:!1,requestPolicy:`cache-and-network`,fetchOptions:{credentials:`same-origin`,headers:{Accept:`application/json`,...ot}}}),nl=T({primaryColor:`indigo`,defaultRadius:`md`,fontFamily:`Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`,headings:{fontFamily:`Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`,fontWeight:`650`},components:{Badge:u.extend({defaultProps:{tt:`none`}})}});(0,at.createRoot)(document.getElementById(`root`)).render((0,Y.jsx)(K.StrictMode,{children:(0,Y.jsx)(ee,{theme:nl,defaultColorScheme:`light`,children:(0,Y.jsx)(De,{value:tl,children:(0,Y.jsx)(be,{children:(0,Y.jsx)(Qc,{})})})})}));export{Ss as A,Qn as B,Ls as C,ws as D,Ts as E,qa as F,Yt as G,Q as H,Fa as I,Lt as J,Jt as K,sa as L,Ja as M,Ka as N,Cs as O,Ha as P,q as Q,pi as R,Is as S,Ds as T,ln as U,Zn as V,Kt as W,St as X,Z as Y,J as Z,Zs as _,fc as a,js as b,Js as c,zs as d,Rs as f,Gs as g,Vs as h,dc as i,us as j,bs as k,qs as l,Bs as m,uc as n,tc as o,Ys as p,qt as q,lc as r,Xs as s,Hc as t,Ks as u,Ps as v,As as w,Fs as x,Ms as y,mi as z};