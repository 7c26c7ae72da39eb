package demo

import "github.com/debrief/debrief/ent/schema/enum"

// scenarios are the hand-written incident stories the demo is made of.
// Most recur two or three times over the eighteen months, so that the
// cross-incident views have recurring factors to find; the data-centre fire
// happens once and is the outlier every duration chart has to explain.
var scenarios = []scenario{
	{
		key: "expired-certificate",
		titles: []string{
			"Expired TLS certificate on api.shop.example broke the mobile apps",
			"Mobile apps offline after the API certificate lapsed",
			"Certificate expiry on the mobile API endpoint",
		},
		opening: "Mobile apps report 'No connection'; API health checks failing the TLS handshake.",
		summary: "The certificate for api.shop.example expired at midnight UTC. It had been renewed by hand once a year by an engineer " +
			"who has since left, and the renewal reminder went to their old mailbox. The iOS and Android apps pin the public chain and " +
			"refused every connection; the web storefront, which uses another certificate, was unaffected. A new certificate was issued " +
			"from the automated CA and deployed to the load balancers, and the apps reconnected without an update.",
		impact: "Mobile customers could not log in, browse or check out. The apps showed a generic 'No connection' message, so many " +
			"customers blamed their own network. Web customers were unaffected.",
		symptom:       "'No connection' in the app",
		severity:      enum.SeveritySev2,
		services:      []string{"mobile-bff", "dns-and-tls"},
		tags:          []string{"tls", "mobile", "customer-facing"},
		customers:     [2]int{8000, 30000},
		detectAfter:   [2]int{12, 45},
		mitigateAfter: [2]int{30, 80},
		beats: []beat{
			{onset, 0.0, evObservation, viaDashboard, "synthetic-monitor", "Synthetic check 'mobile-login' fails: x509: certificate has expired or is not yet valid", plain},
			{onset, 0.6, evCustomer, viaEmail, support, "First customer emails: 'the app says no connection but my wifi works fine'", plain},
			{onset, 1.0, evAlert, viaPager, "PageBeacon", "Page: mobile-bff handshake failures above 20% for 5 minutes", keyMoment},
			{response, 0.2, evObservation, viaSlack, responder, "openssl s_client against api.shop.example shows notAfter at 00:00 UTC today: the certificate has expired", keyMoment},
			{response, 0.35, evDecision, viaZoom, commander, "Issue a replacement from the automated CA instead of waiting for the old vendor renewal", plain},
			{response, 0.5, evObservation, viaSlack, expert, "This certificate was renewed by hand every year; the reminder went to a former employee's mailbox", plain},
			{response, 0.85, evDeploy, viaDeploy, "deploy-bot", "New certificate deployed to the API load balancers", keyMoment},
			{recovery, 0.3, evObservation, viaDashboard, responder, "Handshake failures at zero; mobile sessions climbing back to normal", plain},
		},
		perspectives: []perspectiveSpec{
			{
				department: enum.DepartmentEngineering,
				saw: "I was paged for handshake failures. The dashboards showed healthy pods and normal latency, so for twenty minutes " +
					"we looked at the wrong layer. It only clicked when I ran openssl against the public endpoint.",
				surprises: "That anyone renewed a certificate by hand. I assumed everything had been on automation for years.",
				helped:    "The synthetic login check: it failed first and had the exact x509 error in its output.",
				hurt:      "The alert said '5xx on mobile-bff', which sent us to the application rather than the edge.",
				impact:    "About forty minutes with no mobile traffic at all, then an hour of retries as the apps backed off.",
			},
			{
				department: enum.DepartmentSupport,
				saw: "The chat queue tripled in fifteen minutes. Customers said the app 'had no internet'. We told the first few to " +
					"reinstall, which was wrong, and we had to walk it back.",
				surprises: "We learned it was a certificate from the public status page, not from engineering.",
				helped:    "The status page update gave us wording we could paste.",
				hurt:      "No macro for 'the app cannot connect', so every agent wrote their own answer and some were wrong.",
				impact:    "Around 600 chats and 140 emails, many from customers mid-checkout asking whether they had been charged.",
			},
			{
				department: enum.DepartmentMarketing,
				saw: "Mentions went from about 20 an hour to over 300. The first ones were jokes; then people with orders in " +
					"progress got angry, and someone posted a screenshot of the browser warning.",
				surprises: "How quickly 'certificate error' turned into 'they have been hacked' in the replies.",
				helped:    "A holding statement for 'service disruption' that legal had already approved.",
				hurt:      "The 8am push campaign went out to people who could not open the app.",
				impact:    "Two days of negative sentiment, and the worst click-through of the year on that campaign.",
			},
		},
		questions: []questionSpec{
			{"Which other certificates are renewed by hand, and where do their reminders go?", facilitator, expert,
				"An inventory found 11 certificates outside automation; three had reminders going to former employees."},
			{"Why did some Android users stay disconnected for another hour after the fix?", support, responder,
				"Older app versions back off for up to 60 minutes after repeated handshake failures. Restarting the app fixed it."},
			{"Can scheduled marketing pushes pause automatically during a SEV1 or SEV2?", comms, commander,
				"Yes. The campaign tool has an API; the incident bot now pauses scheduled sends when a SEV1/SEV2 is declared."},
		},
		factors: []factorSpec{
			{knowledgeSilo, "Manual yearly renewal, known only to an engineer who had left; reminders went to their mailbox."},
			{observabilityGap, "No alert on certificate expiry: the first signal was handshake failures at the application layer."},
			{coordination, "Support learned the cause from the public status page rather than from the incident channel."},
		},
		insights: []insightSpec{
			{"Certificates outside automation are invisible until they expire.",
				"Renewal depended on one person's calendar. Automation covered most certificates, so everyone assumed it covered all of them.",
				[]int{0, 1}},
			{"Support needs the cause and the wording at the same time as customers do, not after.",
				"Agents improvised answers for twenty minutes; the first useful wording came from the status page.",
				[]int{2}},
		},
		actions: []actionSpec{
			{title: "Move every public certificate to automated renewal",
				description: "Inventory all certificates, move the remaining ones to ACME-based renewal and delete the manual runbook.",
				team:        "Platform", priority: enum.ActionPriorityHigh, size: enum.ActionSizeM, insight: 0},
			{title: "Alert 21 days before any certificate expires",
				description: "One alert for every certificate we serve, routed to the owning team, not to a person.",
				team:        "Platform", priority: enum.ActionPriorityHigh, size: enum.ActionSizeS, insight: 0},
			{title: "Support macro for 'the app cannot connect'",
				description: "A macro with the status-page link and what to tell customers about charges, kept next to the other incident macros.",
				team:        "Customer Support", priority: enum.ActionPriorityMedium, size: enum.ActionSizeS, insight: 1},
		},
	},
	{
		key: "bad-checkout-deploy",
		titles: []string{
			"Checkout 500s after checkout-api deploy",
			"Bad deploy of checkout-api broke discount codes",
			"Checkout failures after a serialiser change reached 100% at once",
		},
		opening: "Checkout error rate jumped minutes after a checkout-api deploy.",
		summary: "A checkout-api release changed how basket totals are serialised. The canary stage had been labelled 'flaky' by an " +
			"automated retry policy that morning, so every release that day skipped it and went to 100% at once. Baskets with a " +
			"discount code failed at the payment step because payments-gateway rejected the new format. The release was rolled " +
			"back; the fix shipped the next day together with a contract test between the two services.",
		impact: "Customers with a discount code could not pay and saw 'Something went wrong'. Some retried several times and were " +
			"worried about duplicate charges (there were none).",
		symptom:       "'Something went wrong' at payment",
		severity:      enum.SeveritySev2,
		services:      []string{"checkout-api", "ci-cd-pipeline", "payments-gateway"},
		tags:          []string{"deploy", "rollback", "customer-facing", "revenue"},
		customers:     [2]int{1500, 9000},
		detectAfter:   [2]int{4, 15},
		mitigateAfter: [2]int{12, 35},
		beats: []beat{
			{onset, 0.0, evDeploy, viaDeploy, "deploy-bot", "checkout-api deployed to 100% (canary stage skipped: labelled flaky)", keyMoment},
			{onset, 1.0, evAlert, viaPager, "PageBeacon", "Page: checkout-api 5xx rate 7% (threshold 2%)", plain},
			{response, 0.15, evObservation, viaDashboard, responder, "Errors only on POST /checkout/pay, and every failing basket carries a discount code", plain},
			{response, 0.3, evObservation, viaSlack, responder, "payments-gateway rejects 'total' as a string; the new serialiser emits a decimal string", keyMoment},
			{response, 0.45, evDecision, viaSlack, commander, "Roll back instead of fixing forward: the fix needs a gateway change too", keyMoment},
			{response, 0.85, evDeploy, viaDeploy, "deploy-bot", "Rollback of checkout-api to the previous release complete", plain},
			{recovery, 0.4, evObservation, viaDashboard, responder, "Checkout conversion back to normal for the hour", plain},
			{recovery, 0.7, evAction, viaSlack, support, "Asked Payments whether failed attempts were charged; confirmed none were captured", plain},
		},
		perspectives: []perspectiveSpec{
			{
				department: enum.DepartmentEngineering,
				saw: "I merged the change expecting the canary to catch anything odd. I didn't know the canary had been skipped all " +
					"morning.",
				surprises: "A pipeline stage can be skipped by a label, and nothing records who added it or why.",
				helped:    "Rollback was one click and took four minutes.",
				hurt:      "Our contract with payments-gateway lives on a wiki page, not in a test.",
				impact:    "About 25 minutes of failed payments for discounted baskets, roughly one order in five at that hour.",
			},
			{
				department: enum.DepartmentSupport,
				saw: "Customers sent screenshots of the error and asked whether they had been charged twice. We cannot see payment " +
					"attempts in our tool, so we had to ask Payments for every single case.",
				surprises: "Nobody in the incident channel had thought about duplicate charges. It was the first thing customers asked.",
				helped:    "Payments confirmed within ten minutes that failed attempts were never captured.",
				hurt:      "No heads-up that a release was going out during our busiest hour.",
				impact:    "About 220 contacts; 35 customers asked us to reissue a discount code that showed as used.",
			},
			{
				department: enum.DepartmentProduct,
				saw:        "The promotion was the centrepiece of the week. Discounted baskets were exactly the ones that broke.",
				surprises:  "Nobody had ever put the promotions calendar next to the release schedule.",
				helped:     "Engineering gave us a clear 'fixed, safe to continue' message we could pass to the promo team.",
				hurt:       "We could not decide whether to extend the promotion until the evening.",
				impact:     "We extended the promotion by a day and reissued about 400 codes.",
			},
		},
		questions: []questionSpec{
			{"Who decided to skip the canary stage, and what did they see?", facilitator, responder,
				"Nobody decided for this release: an automated retry policy labelled the stage flaky that morning and every release skipped it afterwards."},
			{"Were any discount codes consumed by failed payments?", support, responder,
				"Yes, 412 codes were marked used without an order. Payments released them the next morning."},
			{"Should releases pause during the weekly promotion window?", comms, commander,
				"Not pause: releases during a promotion now need the canary stage and a named approver."},
		},
		factors: []factorSpec{
			{changeManagement, "The canary stage was auto-labelled flaky and skipped for every release that day; nobody was told."},
			{observabilityGap, "Errors were not broken down by basket type, so the discount-code pattern took a while to see."},
			{coordination, "The promotions calendar and the release schedule are planned separately."},
		},
		insights: []insightSpec{
			{"A safety net that can switch itself off silently is not a safety net.",
				"The canary existed and worked; it was skipped by automation without anyone noticing.",
				[]int{0, 1}},
			{"Releases and promotions compete for the same hour and nobody sees both.",
				"", []int{2}},
		},
		actions: []actionSpec{
			{title: "Skipping a pipeline stage needs a named approver and posts to #deploys",
				description: "Remove the 'flaky' label path; skipping a stage asks for a reason and a second person.",
				team:        "Platform", priority: enum.ActionPriorityHigh, size: enum.ActionSizeS, insight: 0},
			{title: "Contract tests between checkout-api and payments-gateway",
				description: "Consumer-driven contract tests run in both pipelines.",
				team:        "Checkout", priority: enum.ActionPriorityHigh, size: enum.ActionSizeM, insight: 0},
			{title: "Rewrite checkout as event-sourced microservices",
				description: "Proposed in the review as the real fix. No plan, no owner, no date.",
				team:        "Checkout", priority: enum.ActionPriorityLow, size: enum.ActionSizeXL, insight: 0, noDueDate: true,
				dropReason: "Too big to be an incident action; moved to the architecture roadmap discussion instead."},
		},
	},
	{
		key: "payment-processor-latency",
		titles: []string{
			"PayWave latency spike caused card payment timeouts",
			"Card payments timing out during PayWave degradation",
			"Intermittent payment failures from PayWave slowness",
		},
		opening: "Card payments timing out; PayWave authorisation latency above 10 seconds.",
		summary: "PayWave's authorisation API slowed from a p99 of 800 ms to over 12 s in its EU region. Our payments-gateway times " +
			"out after 8 s and retries once, which doubled our traffic to PayWave while it was struggling. PayWave's status page " +
			"said 'operational' for the first 50 minutes. We turned retries off and showed customers a 'try again in a few minutes' " +
			"message until PayWave recovered.",
		impact: "About a third of card payments failed or took more than 20 seconds. Some customers saw a failure and paid again; " +
			"the duplicate authorisations were voided within 48 hours.",
		symptom:       "payment spinner, then 'Payment failed'",
		severity:      enum.SeveritySev2,
		services:      []string{"payments-gateway", "paywave-api", "checkout-api"},
		vendor:        "PayWave",
		tags:          []string{"vendor", "revenue", "customer-facing"},
		customers:     [2]int{3000, 20000},
		detectAfter:   [2]int{3, 10},
		mitigateAfter: [2]int{40, 120},
		beats: []beat{
			{onset, 1.0, evAlert, viaPager, "PageBeacon", "Page: payments-gateway timeout rate 28%", keyMoment},
			{response, 0.1, evObservation, viaDashboard, responder, "PayWave authorisation p99 at 12.4 s; our timeout is 8 s with one retry", plain},
			{response, 0.2, evObservation, viaStatusPage, "PayWave status page", "PayWave status page: all systems operational", plain},
			{response, 0.3, evAction, viaPhone, commander, "Called the PayWave support line; ticket opened, no ETA given", keyMoment},
			{response, 0.5, evDecision, viaSlack, commander, "Turn off retries to PayWave so we stop adding load to a struggling vendor", keyMoment},
			{response, 0.6, evDeploy, viaDeploy, "deploy-bot", "payments-gateway config: retries=0, friendly 'try again' message enabled", plain},
			{response, 0.9, evObservation, viaStatusPage, "PayWave status page", "PayWave acknowledges 'elevated latency in the EU region'", plain},
			{recovery, 0.6, evComms, viaEmail, "PayWave account manager", "Root cause on PayWave's side: a storage failover in their EU data centre. Written RCA to follow.", plain},
		},
		perspectives: []perspectiveSpec{
			{
				department: enum.DepartmentEngineering,
				saw: "Our dashboards lit up immediately, but PayWave said everything was fine for almost an hour, so we spent the " +
					"first twenty minutes doubting our own graphs.",
				surprises: "Our retry policy doubled the load on a struggling vendor. We made their incident worse.",
				helped:    "The PayWave escalation number pinned in the channel.",
				hurt:      "There is no second processor to fail over to.",
				impact:    "Payment success fell from 97% to 64% for about 70 minutes.",
			},
			{
				department: enum.DepartmentSupport,
				saw: "Customers were angry about double charges. They sent screenshots with two pending charges and we could not " +
					"tell them which one would disappear.",
				surprises: "Pending and captured charges look exactly the same in our tool.",
				helped:    "Payments gave us one clear line: the failed attempt disappears within 48 hours.",
				hurt:      "We had to keep repeating that line for three days because banks show pending charges for a week.",
				impact:    "About 900 contacts over three days, most about pending charges.",
			},
			{
				department: enum.DepartmentLeadership,
				saw:        "I heard about it from a board member whose payment failed, before anyone told me.",
				surprises:  "We depend on one processor for all card revenue, and their status page is not a signal we can trust.",
				helped:     "The incident summary an hour later was clear about what we controlled and what we didn't.",
				hurt:       "Not being told: leadership updates only start at SEV1.",
				impact:     "A measurable dip in the day's revenue and an uncomfortable board conversation.",
			},
		},
		questions: []questionSpec{
			{"What does our contract with PayWave say about latency and service credits?", commander, leadership,
				"The SLA covers availability only; degraded performance earns no credits. Procurement will raise it at renewal."},
			{"How many customers were authorised twice?", support, responder,
				"1,184 duplicate authorisations; all were voided automatically and none were captured."},
		},
		factors: []factorSpec{
			{thirdParty, "A single payment processor, whose status page lagged the real degradation by 50 minutes."},
			{configuration, "A timeout below the vendor's degraded p99, plus an automatic retry, doubled our load on the vendor."},
		},
		insights: []insightSpec{
			{"Our retries turned the vendor's slowdown into an outage.",
				"Timeouts and retries were tuned for a healthy PayWave and behaved worst exactly when PayWave was not.",
				[]int{1}},
			{"One processor for all card revenue is a business risk, not only a technical one.",
				"", []int{0}},
		},
		actions: []actionSpec{
			{title: "Retry budget and circuit breaker for PayWave calls",
				description: "Cap retries at 10% of traffic and open the circuit when PayWave's p99 passes our timeout.",
				team:        "Payments", priority: enum.ActionPriorityHigh, size: enum.ActionSizeM, insight: 0},
			{title: "Evaluate a second payment processor for failover",
				description: "Shortlist, costs and an estimate of the integration work, for a leadership decision.",
				team:        "Payments", priority: enum.ActionPriorityMedium, size: enum.ActionSizeL, insight: 1},
			{title: "Show pending and captured charges separately in the support tool",
				team: "Payments", priority: enum.ActionPriorityMedium, size: enum.ActionSizeM, insight: 1},
		},
	},
	{
		key: "cdn-purge",
		titles: []string{
			"Full CDN purge overloaded the storefront origin",
			"Storefront outage after a wildcard CDN purge",
			"Storefront slow for 40 minutes after a CDN cache flush",
		},
		opening: "Storefront returning 503s; CDN cache hit ratio close to zero.",
		summary: "A routine purge of product images was entered as '/*' instead of '/images/*' in the EdgeFast console, which purged " +
			"every cached object. With no cache in front of it the storefront origin received thirty times its normal traffic and " +
			"fell over; autoscaling could not add capacity fast enough. The team rate-limited anonymous traffic at the edge, warmed " +
			"the cache for the top pages, and the storefront recovered as the hit ratio climbed.",
		impact:        "The storefront was unavailable or very slow for most visitors. The apps, which do not go through the CDN, kept working.",
		symptom:       "the website not loading",
		severity:      enum.SeveritySev2,
		services:      []string{"web-storefront", "edgefast-cdn"},
		vendor:        "EdgeFast",
		tags:          []string{"config", "capacity", "customer-facing"},
		customers:     [2]int{10000, 60000},
		detectAfter:   [2]int{2, 6},
		mitigateAfter: [2]int{20, 60},
		beats: []beat{
			{onset, 0.0, evAction, viaOther, responder, "Purge '/*' submitted in the EdgeFast console (intended: '/images/*')", keyMoment},
			{onset, 0.6, evObservation, viaDashboard, "EdgeFast analytics", "Cache hit ratio falls from 94% to 3%", plain},
			{onset, 1.0, evAlert, viaPager, "PageBeacon", "Page: web-storefront origin 503 rate above 50%", plain},
			{response, 0.2, evObservation, viaSlack, responder, "Origin at 30x its normal request rate; autoscaler already at max replicas", plain},
			{response, 0.35, evDecision, viaZoom, commander, "Rate-limit anonymous traffic at the edge and pre-warm the top 500 pages", keyMoment},
			{response, 0.6, evAction, viaSlack, expert, "Cache-warming script running against the top pages", plain},
			{recovery, 0.3, evObservation, viaDashboard, responder, "Hit ratio back above 80%; origin load normal", plain},
		},
		perspectives: []perspectiveSpec{
			{
				department: enum.DepartmentEngineering,
				saw: "I ran the purge. The console accepted '/*' without a confirmation or any warning about its size. I knew what " +
					"had happened when the hit-ratio graph fell off a cliff.",
				surprises: "That the origin cannot survive even five minutes without the cache.",
				helped:    "Everyone focused on recovery. The only 'who did it' question came in the review, and it was about the console.",
				hurt:      "The cache-warming script lived on one person's laptop.",
				impact:    "The storefront was down for about 35 minutes in the European evening peak.",
			},
			{
				department: enum.DepartmentMarketing,
				saw:        "The newsletter went out at 19:00 linking to the new collection, and everyone who clicked landed on an error page.",
				surprises:  "Nobody in the incident knew a newsletter had just gone out; it explained part of the traffic spike.",
				helped:     "We could pause the second send to the US list in time.",
				hurt:       "The campaign link had no fallback; the app would have worked.",
				impact:     "The campaign's conversion was a third of the usual; we re-sent it two days later.",
			},
			{
				department: enum.DepartmentSupport,
				saw:        "Mostly social media and chat asking 'is the site down?'. The app worked, so we pointed people there, which helped.",
				helped:     "A simple, true answer: 'use the app for the next half hour'.",
				hurt:       "Chat itself is embedded in the storefront, so some customers could not reach us at all.",
				impact:     "About 300 chats; email volume doubled the next morning.",
			},
		},
		questions: []questionSpec{
			{"Why does the EdgeFast console allow a full purge without confirmation?", responder, expert,
				"It is configurable: 'purge protection' is off by default. It is now on for our account."},
			{"What is the origin's real capacity with a cold cache?", commander, expert,
				"Roughly 4x normal traffic. A cold cache means 30x, so the origin cannot survive a full purge at peak."},
		},
		factors: []factorSpec{
			{configuration, "A typo in the purge pattern purged every object; the console does not confirm wildcard purges."},
			{capacity, "The origin is sized for a 94% hit ratio and cannot serve cold traffic even briefly."},
		},
		insights: []insightSpec{
			{"The cache is load-bearing: the origin is only sized for a warm cache.",
				"Any event that empties the cache at peak is an outage, whatever triggers it.",
				[]int{1}},
			{"Dangerous console operations depend on careful typing.",
				"", []int{0}},
		},
		actions: []actionSpec{
			{title: "Enable EdgeFast purge protection",
				team: "Platform", priority: enum.ActionPriorityHigh, size: enum.ActionSizeXS, insight: 1},
			{title: "Load-test the origin with a cold cache and agree a capacity target",
				description: "Measure, then decide between more origin capacity and edge rate limits as the standard response.",
				team:        "Platform", priority: enum.ActionPriorityMedium, size: enum.ActionSizeM, insight: 0},
			{title: "Move the cache-warming script into the runbook tooling",
				team: "Checkout", priority: enum.ActionPriorityLow, size: enum.ActionSizeS, insight: 0},
		},
	},
	{
		key: "database-failover",
		titles: []string{
			"Orders database failover left checkout unable to write",
			"Replica promotion succeeded but orders could not be written",
			"Orders DB failover took 40 minutes instead of 30 seconds",
		},
		opening: "Order placement failing with 'cannot execute INSERT in a read-only transaction'.",
		summary: "A disk on the orders-db primary degraded and the cluster manager promoted the replica, as designed. checkout-api's " +
			"connection pool kept its connections to the old primary, which had been fenced into read-only mode, so writes failed " +
			"while reads worked and the health checks stayed green. The engineer who built the failover tooling had moved to the " +
			"Data team and the runbook described the previous cluster version. A rolling restart of checkout-api restored writes.",
		impact: "Customers could browse and fill baskets but not place orders for about 40 minutes. Orders failed cleanly; no " +
			"payments were taken for them.",
		symptom:       "'Your order could not be placed'",
		severity:      enum.SeveritySev1,
		services:      []string{"orders-db", "checkout-api"},
		tags:          []string{"database", "customer-facing", "revenue"},
		customers:     [2]int{5000, 25000},
		detectAfter:   [2]int{3, 8},
		mitigateAfter: [2]int{25, 50},
		beats: []beat{
			{onset, 0.0, evObservation, viaDashboard, "cluster-manager", "Disk latency alarm on orders-db-1; cluster manager promotes orders-db-2", plain},
			{onset, 1.0, evAlert, viaPager, "PageBeacon", "Page: checkout-api error rate 41% (read-only transaction)", keyMoment},
			{response, 0.15, evObservation, viaSlack, responder, "Health checks are green because they only run SELECT 1", keyMoment},
			{response, 0.3, evAction, viaPhone, commander, "Called the engineer who built the failover tooling (now on the Data team)", plain},
			{response, 0.45, evObservation, viaSlack, expert, "The pool is still connected to the old primary: it resolves DNS once at start-up", keyMoment},
			{response, 0.7, evDecision, viaSlack, commander, "Rolling restart of checkout-api", plain},
			{response, 0.9, evDeploy, viaDeploy, "deploy-bot", "checkout-api rolling restart complete", plain},
			{recovery, 0.5, evObservation, viaDashboard, responder, "Write errors at zero; new replica rebuilding", plain},
		},
		perspectives: []perspectiveSpec{
			{
				department: enum.DepartmentEngineering,
				saw: "Everything looked healthy except the error rate. The database had failed over perfectly, so the first thing " +
					"everyone said was 'it can't be the database'.",
				surprises: "The runbook described a cluster version we retired a year ago.",
				helped:    "The previous owner picked up the phone at 11pm and knew immediately.",
				hurt:      "Health checks that only test reads.",
				impact:    "No orders for about 40 minutes at a busy time of day.",
			},
			{
				department: enum.DepartmentSupport,
				saw: "Customers could fill a basket and then got 'your order could not be placed'. Many tried five or six times " +
					"and then asked if they would be charged six times.",
				helped: "Engineering told us early that no payments were being taken, and it was true.",
				hurt:   "The error message told customers nothing, not even to try again later.",
				impact: "About 400 contacts, and a lot of abandoned baskets we could see but not help.",
			},
			{
				department: enum.DepartmentProduct,
				saw:        "Conversion dropped to zero on the funnel dashboard while traffic stayed normal. I thought the dashboard was broken.",
				surprises:  "A failover we were proud of still took 40 minutes of customer-facing time.",
				hurt:       "The checkout error page is a generic one we never designed.",
				impact:     "Roughly 2,000 orders that did not happen; about half came back within a day.",
			},
		},
		questions: []questionSpec{
			{"Which other services would have had the same pool problem?", facilitator, expert,
				"Four services use the same driver settings; two of them write to orders-db."},
			{"How long after the promotion did the first write fail?", facilitator, responder,
				"Eleven seconds. The alert fired four minutes later because of its evaluation window."},
			{"Should the checkout error page tell customers to try again later?", comms, commander, ""},
		},
		factors: []factorSpec{
			{knowledgeSilo, "The failover tooling was understood by one engineer who had moved teams; the runbook was out of date."},
			{observabilityGap, "Health checks test reads only, so the service looked healthy while every write failed."},
			{configuration, "The connection pool never re-resolves DNS after a failover."},
		},
		insights: []insightSpec{
			{"Our failover worked; our applications did not know about it.",
				"The database did its part in seconds. Nothing tells the clients, and the health checks would not notice if it did.",
				[]int{2, 1}},
			{"Runbooks age silently when their author moves on.",
				"", []int{0}},
		},
		actions: []actionSpec{
			{title: "Write-path health check for checkout-api",
				team: "Checkout", priority: enum.ActionPriorityHigh, size: enum.ActionSizeS, insight: 0},
			{title: "Quarterly failover game day for orders-db",
				description: "Fail over on purpose, in business hours, with the runbook; whoever runs it updates it.",
				team:        "Platform", priority: enum.ActionPriorityMedium, size: enum.ActionSizeM, insight: 1},
			{title: "Re-resolve DNS in the connection pool on connection errors",
				team: "Checkout", priority: enum.ActionPriorityHigh, size: enum.ActionSizeS, insight: 0},
		},
	},
	{
		key: "feature-flag-misfire",
		titles: []string{
			"Feature flag misfire enabled beta shipping fees for all customers",
			"Inverted flag targeting rule rolled pricing-v2 out to everyone",
			"Beta pricing flag reached 100% of traffic by mistake",
		},
		opening: "Customers report higher shipping fees at payment; flag 'pricing-v2' changed recently.",
		summary: "A targeting rule for the 'pricing-v2' flag was edited to add an internal test group. The rule editor turned 'is in " +
			"segment' into 'is not in segment', which enabled the beta pricing for everyone except the test group. Flag changes go " +
			"live instantly with no review and no notification. Support noticed first, from customer complaints; the flag was " +
			"switched off and affected orders were repriced.",
		impact: "For about an hour some customers saw higher shipping fees at payment. Some abandoned their baskets; others paid " +
			"more than advertised and were refunded the difference.",
		symptom:       "higher prices than advertised",
		severity:      enum.SeveritySev3,
		services:      []string{"feature-flags", "checkout-api"},
		tags:          []string{"config", "customer-facing", "revenue"},
		customers:     [2]int{400, 3000},
		detectAfter:   [2]int{25, 70},
		mitigateAfter: [2]int{8, 20},
		beats: []beat{
			{onset, 0.0, evAction, viaOther, responder, "Targeting rule for 'pricing-v2' edited to add the segment 'internal-testers'", keyMoment},
			{onset, 0.5, evCustomer, viaEmail, support, "Customer email: 'shipping went from 3.95 to 6.50 between the basket and payment'", plain},
			{onset, 1.0, evDetection, viaSlack, support, "Support lead posts in #help-checkout: 12 tickets about the wrong shipping fee in 40 minutes", keyMoment},
			{response, 0.3, evObservation, viaSlack, responder, "Flag evaluation logs: pricing-v2 is true for 99% of sessions", plain},
			{response, 0.7, evAction, viaSlack, responder, "pricing-v2 switched off", keyMoment},
			{recovery, 0.5, evAction, viaSlack, commander, "Payments running a repricing job for the affected orders", plain},
		},
		perspectives: []perspectiveSpec{
			{
				department: enum.DepartmentSupport,
				saw: "We spotted it before any alert did. Three of us got the same complaint within ten minutes and compared notes " +
					"in our own channel before we knew where to report it.",
				surprises: "There is no obvious place for support to say 'I think something is wrong' to engineering.",
				helped:    "The customers who wrote in had screenshots of both prices.",
				hurt:      "It took 20 minutes to find out which team owns pricing.",
				impact:    "About 60 tickets, and every refund had to be explained individually.",
			},
			{
				department: enum.DepartmentEngineering,
				saw: "I added a segment to the rule and saved. The editor had flipped the condition when I changed the dropdown, " +
					"and the preview showed the new segment, not the effect.",
				surprises: "A flag change reaches production faster than any deploy, with none of the checks.",
				helped:    "Turning the flag off was instant.",
				hurt:      "No alert on a flag's exposure jumping from 1% to 99%.",
				impact:    "About an hour of wrong prices for most customers.",
			},
			{
				department: enum.DepartmentProduct,
				saw: "pricing-v2 was an experiment on 1% of traffic. The experiment dashboard suddenly showed 'statistically " +
					"significant' results, which is how I knew something was wrong.",
				hurt:   "The experiment data for that week is unusable.",
				impact: "Refunds of about 2,400 in total, and a delayed pricing decision.",
			},
		},
		questions: []questionSpec{
			{"How many orders were charged the beta fee?", support, responder,
				"1,126 orders. All were refunded the difference within two days."},
			{"Why did the rule preview not show the effect of the change?", facilitator, expert, ""},
		},
		factors: []factorSpec{
			{changeManagement, "Flag rule changes go live instantly, without review, diff or notification."},
			{configuration, "The rule editor's negation toggle changes silently when the segment dropdown changes."},
			{coordination, "Support had no route to raise a suspected incident with engineering."},
		},
		insights: []insightSpec{
			{"Flag changes are production deploys without any of the deploy safeguards.",
				"", []int{0, 1}},
			{"Support sees some incidents first and has no door to knock on.",
				"Support detected this incident 40 minutes before any signal reached engineering.",
				[]int{2}},
		},
		actions: []actionSpec{
			{title: "Review step for flag changes that affect more than 10% of traffic",
				team: "Platform", priority: enum.ActionPriorityHigh, size: enum.ActionSizeM, insight: 0},
			{title: "'Report a suspected incident' shortcut for support in Slack",
				description: "One Slack shortcut that opens a thread in #incidents and pages the on-call commander.",
				team:        "Customer Support", priority: enum.ActionPriorityMedium, size: enum.ActionSizeS, insight: 1},
		},
	},
	{
		key: "dns-record-dropped",
		titles: []string{
			"DNS change made www.shop.example unreachable",
			"Zone migration to infrastructure code dropped the www record",
			"Storefront unreachable after a DNS change rolled out region by region",
		},
		opening: "www.shop.example not resolving from several regions.",
		summary: "During the migration of our DNS zones to infrastructure code, the generated zone omitted the 'www' CNAME, which had " +
			"been created by hand years ago and never imported. The change passed review because the diff only showed records that " +
			"existed in code. Resolvers with cached answers kept working for up to an hour, so the outage spread region by region " +
			"as caches expired. The record was restored by hand and then added to code.",
		impact: "Visitors to www.shop.example could not reach the site, first in Europe and then elsewhere. The bare domain and the " +
			"apps kept working.",
		symptom:       "'this site can't be reached'",
		severity:      enum.SeveritySev2,
		services:      []string{"dns-and-tls", "web-storefront"},
		tags:          []string{"dns", "config", "customer-facing"},
		customers:     [2]int{5000, 40000},
		detectAfter:   [2]int{15, 40},
		mitigateAfter: [2]int{10, 30},
		beats: []beat{
			{onset, 0.0, evDeploy, viaDeploy, "deploy-bot", "Infrastructure apply for zone shop.example: 412 records, 1 removed", keyMoment},
			{onset, 0.7, evCustomer, viaSlack, support, "Posts on social media asking whether shop.example is down, mostly from Germany and France", plain},
			{onset, 1.0, evAlert, viaPager, "PageBeacon", "Page: external uptime check www.shop.example NXDOMAIN from 3 regions", plain},
			{response, 0.2, evObservation, viaSlack, responder, "Authoritative servers return NXDOMAIN for www.shop.example", keyMoment},
			{response, 0.4, evObservation, viaSlack, expert, "The www CNAME was made by hand in 2019 and never imported into code", plain},
			{response, 0.7, evAction, viaSlack, responder, "www CNAME recreated by hand", keyMoment},
			{recovery, 0.6, evObservation, viaDashboard, responder, "Traffic recovering as resolver caches expire", plain},
		},
		perspectives: []perspectiveSpec{
			{
				department: enum.DepartmentEngineering,
				saw: "The plan said '1 removed' in a summary line nobody reads. The diff view only lists records that are in code, so " +
					"the deletion was invisible in review.",
				surprises: "How many records existed only in the provider's console: 37 in the end.",
				helped:    "The external uptime check from several regions showed the spread clearly.",
				hurt:      "The rollout through resolver caches made the first reports look like a regional network problem.",
				impact:    "Up to an hour of unreachable storefront, depending on the customer's resolver.",
			},
			{
				department: enum.DepartmentSupport,
				saw:        "Customers in some countries could not reach us while others could, so our first answer was 'it works for us'.",
				hurt:       "We had no way to check from the customer's region.",
				impact:     "About 150 contacts, mostly through social media because the site hosts our contact form.",
			},
		},
		questions: []questionSpec{
			{"How many other records exist only in the provider console?", facilitator, expert,
				"37 records across three zones; all are now imported or deleted on purpose."},
			{"Could we have lowered TTLs before the migration to shorten the tail?", responder, expert, ""},
		},
		factors: []factorSpec{
			{changeManagement, "The review diff only showed records known to code, hiding the deletion."},
			{knowledgeSilo, "Hand-made records were known only to whoever made them."},
		},
		insights: []insightSpec{
			{"A migration to code deletes whatever code does not know about.",
				"", []int{0, 1}},
		},
		actions: []actionSpec{
			{title: "Plans must list deleted DNS records and require explicit approval",
				team: "Platform", priority: enum.ActionPriorityHigh, size: enum.ActionSizeS, insight: 0},
			{title: "Import and reconcile all hand-made DNS records",
				team: "Platform", priority: enum.ActionPriorityMedium, size: enum.ActionSizeM, insight: 0},
		},
	},
	{
		key: "queue-backlog",
		titles: []string{
			"Order events backlog delayed confirmation emails by 3 hours",
			"Order confirmation emails delayed by a queue backlog",
			"Stuck order-events consumer delayed fulfilment",
		},
		opening: "order-events queue depth rising; confirmation emails delayed.",
		summary: "A consumer of the order-events queue got stuck on a malformed event from a partner integration and stopped " +
			"acknowledging messages. The queue-depth alert fired, but it had fired and cleared dozens of times that month during " +
			"nightly batch jobs, so it was acknowledged and left. Hours later support reported customers asking where their " +
			"confirmation emails were. The poison message was moved to a dead-letter queue and the backlog drained in 40 minutes.",
		impact: "Customers received order confirmations up to three hours late; warehouse picking for those orders was delayed and " +
			"some next-day deliveries slipped by a day.",
		symptom:       "no order confirmation email",
		severity:      enum.SeveritySev3,
		services:      []string{"order-events", "notifications"},
		tags:          []string{"queue", "email", "customer-facing"},
		customers:     [2]int{2000, 12000},
		detectAfter:   [2]int{120, 200},
		mitigateAfter: [2]int{20, 50},
		beats: []beat{
			{onset, 0.03, evAlert, viaPager, "PageBeacon", "Page: order-events queue depth above 10,000", keyMoment},
			{onset, 0.08, evAction, viaPager, responder, "Page acknowledged as nightly batch noise; no further action", keyMoment},
			{onset, 0.8, evCustomer, viaEmail, support, "Customers asking for their confirmation email: 40 tickets in an hour", plain},
			{onset, 1.0, evDetection, viaSlack, support, "Support escalates in #incidents: confirmations are not arriving", keyMoment},
			{response, 0.3, evObservation, viaDashboard, responder, "Consumer 'confirmations' has retried one message 18,000 times", plain},
			{response, 0.6, evAction, viaSlack, responder, "Poison message moved to the dead-letter queue; consumer resumes", keyMoment},
			{recovery, 0.7, evObservation, viaDashboard, responder, "Queue depth back to zero", plain},
		},
		perspectives: []perspectiveSpec{
			{
				department: enum.DepartmentEngineering,
				saw: "I acked the page because it fires every night around that time and clears itself. This time it didn't clear, " +
					"but nothing paged again.",
				surprises: "The alert has fired 46 times this month. I had stopped reading it.",
				helped:    "The dead-letter queue already existed; we just had to use it.",
				hurt:      "The alert says how many messages are waiting, not how long they have waited.",
				impact:    "About three hours of delayed confirmations and fulfilment.",
			},
			{
				department: enum.DepartmentSupport,
				saw: "Customers thought their order had not gone through and some ordered again. We spent the next day cancelling " +
					"duplicates.",
				surprises: "Engineering had known about a backlog for hours before we said anything.",
				helped:    "Once the queue drained, every customer got their email, so the answer was simple.",
				hurt:      "We noticed from the volume of tickets, not from any signal we could see ourselves.",
				impact:    "About 350 tickets and 90 duplicate orders to cancel.",
			},
		},
		questions: []questionSpec{
			{"Which partner sent the malformed event, and do they validate their payloads?", facilitator, expert,
				"The marketplace integration; a new optional field was sent as null. They have added validation."},
			{"How often has the queue-depth alert fired without a real problem?", facilitator, responder,
				"46 times in the month before the incident, every one during the nightly batch."},
		},
		factors: []factorSpec{
			{alertFatigue, "The queue-depth alert fired and cleared nightly, so a real backlog looked like noise."},
			{observabilityGap, "No alert on the age of the oldest message or on consumer retries."},
			{thirdParty, "A partner integration sent malformed events that nothing validated at the boundary."},
		},
		insights: []insightSpec{
			{"An alert that is usually wrong trains people to ignore it on the day it is right.",
				"", []int{0}},
			{"We measure how much is waiting, not how long it has waited.",
				"Customers feel the delay, not the depth. A small backlog of stuck messages is worse than a large one moving.",
				[]int{1, 2}},
		},
		actions: []actionSpec{
			{title: "Replace the queue-depth alert with an oldest-message-age alert",
				team: "Data", priority: enum.ActionPriorityHigh, size: enum.ActionSizeS, insight: 1},
			{title: "Raise the queue-depth alert threshold from 10,000 to 12,000",
				team: "Data", priority: enum.ActionPriorityLow, size: enum.ActionSizeXS, insight: 0,
				dropReason: "Superseded by the oldest-message-age alert; tuning the old threshold would only hide the noise."},
			{title: "Validate partner events at the boundary and dead-letter bad ones",
				team: "Data", priority: enum.ActionPriorityMedium, size: enum.ActionSizeM, insight: 1},
		},
	},
	{
		key:     "data-centre-fire",
		titles:  []string{"Fire at the Stratus Cloud eu-west-2b data centre took checkout offline for 9 hours"},
		once:    true,
		opening: "Stratus Cloud reports a power event in eu-west-2b; orders-db and most of checkout are unreachable.",
		summary: "A fire in the battery room of Stratus Cloud's eu-west-2b data centre cut power to the whole zone. Our orders " +
			"database and most checkout capacity ran there. The cross-zone replica existed, but promoting it needed the storage " +
			"snapshots, which were in the same building. The fire marshal kept everyone, Stratus staff included, out of the " +
			"building for six hours, so nothing in the zone could be recovered or even inspected. We rebuilt orders-db in " +
			"eu-west-2a from the previous night's backup plus the replica's WAL archive and restored checkout after 9 hours. This " +
			"incident is the outlier in every duration chart; the figure only makes sense with that note: the fire marshal kept us out.",
		impact: "No orders could be placed for 9 hours on a weekday. About four hours of order history were invisible to customers " +
			"until the WAL replay completed; nothing was lost.",
		symptom:       "checkout completely down",
		severity:      enum.SeveritySev1,
		services:      []string{"stratus-compute", "orders-db", "checkout-api"},
		vendor:        "Stratus Cloud",
		tags:          []string{"vendor", "database", "outlier", "customer-facing", "revenue"},
		customers:     [2]int{80000, 80000},
		detectAfter:   [2]int{2, 2},
		mitigateAfter: [2]int{535, 535},
		resolveAfter:  [2]int{120, 120},
		beats: []beat{
			{onset, 0.5, evAlert, viaPager, "PageBeacon", "Page: orders-db primary unreachable; checkout-api 100% errors", keyMoment},
			{onset, 1.0, evObservation, viaStatusPage, "Stratus Cloud status page", "Stratus Cloud: 'power event affecting eu-west-2b'", plain},
			{response, 0.03, evDecision, viaZoom, commander, "SEV1 declared; incident bridge open; leadership informed", plain},
			{response, 0.08, evComms, viaPhone, "Stratus Cloud account team", "Fire in the battery room; building evacuated, fire marshal on site, no access for anyone", keyMoment},
			{response, 0.15, evDecision, viaZoom, commander, "Attempt replica promotion in eu-west-2a", plain},
			{response, 0.25, evObservation, viaSlack, expert, "Promotion blocked: the storage snapshots it needs are in eu-west-2b", keyMoment},
			{response, 0.35, evDecision, viaZoom, commander, "Rebuild orders-db in eu-west-2a from last night's backup plus the WAL archive", keyMoment},
			{response, 0.4, evComms, viaEmail, comms, "Email to customers and social post: checkout unavailable, no data lost, hourly updates", plain},
			{response, 0.55, evComms, viaPhone, "Stratus Cloud account team", "Fire marshal still not allowing re-entry; no estimate", plain},
			{response, 0.75, evObservation, viaSlack, expert, "Restore at 80%; WAL replay next", plain},
			{response, 0.97, evDeploy, viaDeploy, "deploy-bot", "checkout-api pointed at the rebuilt orders-db in eu-west-2a", keyMoment},
			{recovery, 0.3, evObservation, viaDashboard, responder, "Orders flowing; conversion at 90% of normal", plain},
			{recovery, 0.8, evComms, viaStatusPage, comms, "Status page: resolved, with an apology and a goodwill voucher for affected customers", plain},
		},
		perspectives: []perspectiveSpec{
			{
				department: enum.DepartmentEngineering,
				saw: "For the first hour we kept waiting for the zone to come back, because that is what zones do. Once we heard " +
					"'fire marshal' we knew nobody was going to touch that building for hours.",
				surprises: "Our 'multi-zone' database had a recovery path that ran through the one zone that was gone.",
				helped:    "Last night's backup was good and the WAL archive was complete; the restore worked first time.",
				hurt:      "Nobody was sure who could make the call to restore from backup, so it took 90 minutes to decide.",
				impact:    "Nine hours without orders; the longest outage in the company's history.",
			},
			{
				department: enum.DepartmentSupport,
				saw: "We ran out of ways to say 'we don't know yet'. By hour four customers were asking whether we had gone out " +
					"of business.",
				surprises: "How much calmer customers got once we said 'fire' instead of 'technical issue'.",
				helped:    "Hourly updates we could rely on, even when they said nothing new.",
				hurt:      "We had no pre-approved wording for a long outage; every update went through three people.",
				impact:    "Over 4,000 contacts in a day; the team worked a double shift.",
			},
			{
				department: enum.DepartmentMarketing,
				saw: "The story got picked up by two trade sites before we had said anything. Our first statement came out 80 " +
					"minutes in, which was too late.",
				helped: "Being honest about the fire. Coverage turned sympathetic once the cause was public.",
				hurt:   "Waiting for sign-off from four people on every public update.",
				impact: "The voucher cost more than the lost orders, but sentiment recovered within the week.",
			},
			{
				department: enum.DepartmentLeadership,
				saw: "I was on the bridge from hour two. Most of what I could do was protect the team from interruptions and make " +
					"the restore decision faster.",
				surprises: "We had paid for multi-zone and believed we had it.",
				helped:    "A clear commander who told me what decisions were mine.",
				hurt:      "Not having pre-agreed what a SEV1 of more than four hours means for decision rights.",
				impact:    "A board-level incident; it is the reason the resilience budget exists.",
			},
		},
		questions: []questionSpec{
			{"Which other systems keep their recovery data in the same zone as their primary?", facilitator, expert,
				"Three: orders-db, the ledger and the search index. The ledger has since been moved."},
			{"What does Stratus's contract say about zone-level failures?", leadership, commander,
				"Zone failures are covered by the multi-zone SLA only if the customer runs in at least two zones, which we did not."},
			{"Could we have run checkout read-only from the replica during the outage?", responder, expert, ""},
		},
		factors: []factorSpec{
			{thirdParty, "The database primary and its snapshots depended on a single Stratus zone."},
			{capacity, "Not enough checkout capacity outside the affected zone to run even a degraded service."},
			{coordination, "No pre-agreed owner for the 'restore from backup' decision; it took 90 minutes."},
		},
		insights: []insightSpec{
			{"Our 'multi-zone' database had a single-zone recovery path.",
				"Replication was multi-zone; recovery was not. We only found out when the zone disappeared.",
				[]int{0, 1}},
			{"Most of the nine hours was waiting, and we had no plan for waiting.",
				"The fire marshal, not the technology, set the pace. Decisions and communication were the parts we controlled.",
				[]int{2}},
		},
		actions: []actionSpec{
			{title: "Keep database snapshots and the WAL archive in a second zone",
				team: "Platform", priority: enum.ActionPriorityCritical, size: enum.ActionSizeM, insight: 0},
			{title: "Run checkout active-active across two regions",
				description: "The long-term answer to zone and region loss.",
				team:        "Platform", priority: enum.ActionPriorityMedium, size: enum.ActionSizeXL, insight: 0, noDueDate: true},
			{title: "Pre-approve the 'restore from backup' decision in the SEV1 runbook",
				team: "Platform", priority: enum.ActionPriorityHigh, size: enum.ActionSizeS, insight: 1},
		},
	},
	{
		key: "email-throttled",
		titles: []string{
			"Password reset emails not delivered after MailRelay throttled our account",
			"MailRelay throttled transactional email after a campaign",
			"Receipts and password resets stuck at the email provider",
		},
		opening: "Customers not receiving password reset emails; MailRelay responses show 'throttled'.",
		summary: "A marketing campaign sent from the same MailRelay account as our transactional email caused a spike in spam " +
			"complaints. MailRelay automatically throttled the account, which also sends password resets and receipts. The " +
			"notifications service logged the 'throttled' responses as warnings and counted them as sent. Marketing mail was moved " +
			"to a separate sub-account and MailRelay lifted the throttle after a call with their support team.",
		impact: "Customers who had forgotten their password could not get back into their account for most of a day; receipts " +
			"arrived up to eight hours late.",
		symptom:       "password reset email never arrives",
		severity:      enum.SeveritySev3,
		services:      []string{"notifications", "mailrelay-email", "identity"},
		vendor:        "MailRelay",
		tags:          []string{"email", "vendor", "customer-facing"},
		customers:     [2]int{800, 5000},
		detectAfter:   [2]int{180, 400},
		mitigateAfter: [2]int{60, 150},
		beats: []beat{
			{onset, 0.0, evComms, viaEmail, "MailRelay", "Campaign 'Spring collection' sent to 240,000 subscribers", plain},
			{onset, 0.3, evObservation, viaDashboard, "MailRelay dashboard", "Spam complaint rate 0.4% (limit 0.1%); account throttled", keyMoment},
			{onset, 1.0, evDetection, viaSlack, support, "Support: 30 tickets today from customers who never got a password reset email", keyMoment},
			{response, 0.2, evObservation, viaSlack, responder, "notifications logs show 'throttled' responses counted as sent", plain},
			{response, 0.4, evAction, viaPhone, commander, "Called MailRelay support to ask for the throttle to be lifted", plain},
			{response, 0.6, evDecision, viaSlack, commander, "Move marketing sends to a separate MailRelay sub-account", keyMoment},
			{recovery, 0.4, evObservation, viaDashboard, responder, "Queued password resets and receipts delivered", plain},
		},
		perspectives: []perspectiveSpec{
			{
				department: enum.DepartmentSupport,
				saw: "Password reset tickets started trickling in mid-morning. We reset a few passwords by hand before we noticed " +
					"the pattern.",
				surprises: "That a newsletter could stop password resets.",
				helped:    "Being able to reset passwords manually for urgent cases.",
				hurt:      "No way to see whether an email was delivered; we could only see that it was 'sent'.",
				impact:    "About 250 tickets, and customers locked out of their accounts for hours.",
			},
			{
				department: enum.DepartmentMarketing,
				saw: "The campaign went to an older list we had not mailed in a year. Complaints were high, but we didn't know they " +
					"could affect anything except our own campaigns.",
				surprises: "We share a sending reputation with password resets.",
				hurt:      "Nobody told us for hours that our campaign was connected to an incident.",
				impact:    "The list has been cleaned; the campaign was paused for two weeks.",
			},
			{
				department: enum.DepartmentEngineering,
				saw:        "Our dashboards were green: MailRelay accepted every request. The throttling only shows in the response body.",
				hurt:       "We monitor API errors, not deliveries.",
				impact:     "Most of a day of undelivered transactional email.",
			},
		},
		questions: []questionSpec{
			{"Why was an unmailed list used for the campaign?", facilitator, comms,
				"The list was imported from a partner promotion; nobody knew it had not been mailed in a year."},
			{"Does MailRelay offer separate reputations per sub-account?", responder, expert,
				"Yes, on our current plan, at no extra cost."},
		},
		factors: []factorSpec{
			{thirdParty, "Transactional and marketing email shared one MailRelay account and one sending reputation."},
			{observabilityGap, "Throttled sends were logged as warnings and counted as sent."},
			{coordination, "Marketing campaigns are invisible to the teams that own transactional email."},
		},
		insights: []insightSpec{
			{"Marketing and transactional email share a fate nobody chose.",
				"", []int{0, 2}},
			{"A request the provider accepted is not an email the customer received.",
				"", []int{1}},
		},
		actions: []actionSpec{
			{title: "Separate MailRelay sub-accounts for marketing and transactional mail",
				team: "Platform", priority: enum.ActionPriorityHigh, size: enum.ActionSizeS, insight: 0},
			{title: "Alert on delivery rate per email type",
				team: "Platform", priority: enum.ActionPriorityMedium, size: enum.ActionSizeM, insight: 1},
		},
	},
	{
		key: "pager-silent",
		titles: []string{
			"On-call pages not delivered during a PageBeacon outage",
			"PageBeacon notification delays hid a payments alert",
			"Pager silence: 25 minutes before on-call knew about payment failures",
		},
		opening: "PageBeacon reports notification delays; a payments alert fired but nobody was paged.",
		summary: "PageBeacon had a partial outage of push and SMS notifications. An alert for payments-gateway errors fired in the " +
			"middle of the night but reached nobody; the on-call engineer found out 25 minutes later from a customer post a " +
			"colleague forwarded. The payments problem itself was small, but the incident showed that our only paging path has no " +
			"fallback, and nothing tells us when pages are not being delivered.",
		impact:        "A minor payments problem lasted 25 minutes longer than it should have; a few hundred customers saw a failed payment.",
		symptom:       "payment failed",
		severity:      enum.SeveritySev3,
		services:      []string{"pagebeacon-paging", "payments-gateway"},
		vendor:        "PageBeacon",
		tags:          []string{"vendor", "near-miss"},
		customers:     [2]int{100, 600},
		detectAfter:   [2]int{20, 35},
		mitigateAfter: [2]int{10, 25},
		beats: []beat{
			{onset, 0.05, evAlert, viaDashboard, "alertmanager", "Alert 'payments-gateway error rate' firing; notification sent to PageBeacon", plain},
			{onset, 0.5, evObservation, viaStatusPage, "PageBeacon status page", "PageBeacon: 'delays delivering push and SMS notifications'", plain},
			{onset, 1.0, evDetection, viaPhone, responder, "Colleague calls the on-call engineer about a customer post; no page was received", keyMoment},
			{response, 0.4, evObservation, viaSlack, responder, "Payment errors limited to one card network; retry path fixed by restarting two pods", plain},
			{response, 0.9, evAction, viaSlack, responder, "payments-gateway pods restarted; errors stop", plain},
			{recovery, 0.5, evObservation, viaPager, "PageBeacon", "Delayed page finally delivered, 41 minutes after the alert", keyMoment},
		},
		perspectives: []perspectiveSpec{
			{
				department: enum.DepartmentEngineering,
				saw:        "My phone was silent all night. When the delayed page finally arrived, I had already fixed the problem.",
				surprises:  "We have no idea how often pages are late, because we only notice when someone else tells us.",
				helped:     "A colleague who was awake and knew my number.",
				hurt:       "Trusting a single channel for waking people up.",
				impact:     "25 extra minutes of failed payments for one card network.",
			},
			{
				department: enum.DepartmentSupport,
				saw:        "Overnight chat had a handful of payment complaints; the night agent assumed it was the customers' banks.",
				hurt:       "No way for the night agent to check whether engineering already knew.",
				impact:     "About 20 chats overnight.",
			},
		},
		questions: []questionSpec{
			{"How many pages were delayed during the PageBeacon incident?", facilitator, expert,
				"Seven pages across three teams; the longest delay was 52 minutes."},
			{"Does PageBeacon offer a voice-call fallback?", commander, expert, ""},
		},
		factors: []factorSpec{
			{thirdParty, "A single paging provider with no fallback path."},
			{observabilityGap, "No signal that pages were not being delivered."},
		},
		insights: []insightSpec{
			{"We monitor everything except the thing that tells us about monitoring.",
				"", []int{1}},
			{"Paging is a single point of failure for every other alert.",
				"", []int{0}},
		},
		actions: []actionSpec{
			{title: "Hourly heartbeat page with a fallback SMS route when it is not acknowledged",
				team: "Platform", priority: enum.ActionPriorityHigh, size: enum.ActionSizeS, insight: 0},
			{title: "Second paging channel for SEV1 and SEV2 alerts",
				team: "Platform", priority: enum.ActionPriorityMedium, size: enum.ActionSizeM, insight: 1},
		},
	},
	{
		key: "ios-crash-on-launch",
		titles: []string{
			"iOS app crashed on launch for customers with old saved baskets",
			"Crash loop in the iOS app after a basket migration",
			"iOS release crashed on upgrade for long-time customers",
		},
		opening: "Crash-free sessions on iOS dropped to 82% after the latest release.",
		summary: "The iOS release migrated the locally saved basket to a new format. Baskets created before 2021 had a field the " +
			"migration did not expect, and the app crashed on every launch for those customers. Phased release was on, but the " +
			"crash dashboard was only checked after a day, by which time half of the users had the update. The release was " +
			"paused, a hotfix went through expedited App Store review, and affected customers had to update again.",
		impact: "Long-time customers, often the most loyal ones, could not open the app at all until the hotfix was available, " +
			"about 30 hours later.",
		symptom:       "the app closing immediately on launch",
		severity:      enum.SeveritySev2,
		services:      []string{"ios-app", "mobile-bff"},
		tags:          []string{"mobile", "deploy", "customer-facing"},
		customers:     [2]int{6000, 18000},
		detectAfter:   [2]int{600, 1400},
		mitigateAfter: [2]int{20, 60},
		resolveAfter:  [2]int{1200, 1800},
		beats: []beat{
			{onset, 0.0, evDeploy, viaDeploy, "App Store Connect", "iOS release approved; phased release starts at 1%", keyMoment},
			{onset, 0.5, evCustomer, viaEmail, support, "App Store reviews: 'crashes as soon as I open it'", plain},
			{onset, 1.0, evDetection, viaDashboard, responder, "Crash dashboard checked: crash-free sessions at 82%, all in basket migration", keyMoment},
			{response, 0.5, evDecision, viaSlack, commander, "Pause the phased release and prepare a hotfix", keyMoment},
			{recovery, 0.1, evAction, viaEmail, commander, "Expedited review requested from Apple", plain},
			{recovery, 0.8, evDeploy, viaDeploy, "App Store Connect", "Hotfix released to 100%", keyMoment},
			{recovery, 0.9, evComms, viaEmail, comms, "Email to affected customers: update the app to fix the crash", plain},
		},
		perspectives: []perspectiveSpec{
			{
				department: enum.DepartmentEngineering,
				saw: "We tested the migration with baskets made by our test accounts, which are all recent. Nobody has a 2019 " +
					"basket on their phone.",
				surprises: "Phased release does not stop on its own when crashes go up.",
				helped:    "The crash reports pointed straight at the migration function.",
				hurt:      "Crash alerts go to a dashboard, not to a person.",
				impact:    "About 30 hours of crashes for customers with old baskets.",
			},
			{
				department: enum.DepartmentProduct,
				saw: "The customers affected were our oldest ones, with baskets they had kept for years. Some of them lost those " +
					"baskets in the hotfix.",
				hurt:   "We could not tell customers anything useful until the hotfix was approved.",
				impact: "App rating dropped from 4.7 to 4.1 in two days.",
			},
			{
				department: enum.DepartmentSupport,
				saw:        "The only advice we could give was 'wait for the next update', which is not advice.",
				hurt:       "Reinstalling fixed it but deleted the basket, and we did not know that at first.",
				impact:     "About 500 contacts and a lot of one-star reviews to answer.",
			},
		},
		questions: []questionSpec{
			{"Why did the phased release keep going while crashes rose?", facilitator, responder,
				"Phased release only pauses manually; nobody was assigned to watch it."},
			{"Can we restore the baskets lost by reinstalling?", comms, expert, ""},
		},
		factors: []factorSpec{
			{changeManagement, "Phased release was on, but nobody watched crash rates during the first day."},
			{observabilityGap, "Crash alerts were not routed to anyone; the dashboard was checked by hand."},
		},
		insights: []insightSpec{
			{"A phased rollout only helps if someone is watching the phases.",
				"", []int{0, 1}},
		},
		actions: []actionSpec{
			{title: "Alert the release owner when crash-free sessions drop below 99% during a phased release",
				team: "Mobile", priority: enum.ActionPriorityHigh, size: enum.ActionSizeS, insight: 0},
			{title: "Test data migrations against a sample of real old baskets",
				team: "Mobile", priority: enum.ActionPriorityMedium, size: enum.ActionSizeM, insight: 0},
		},
	},
	{
		key: "revenue-double-counted",
		titles: []string{
			"Finance dashboard double-counted revenue for five days",
			"Warehouse load retry duplicated a week of orders in reporting",
			"Revenue overstated in the weekly leadership report",
		},
		opening: "Finance reports warehouse revenue well above the ledger for the last few days.",
		summary: "A retry of the nightly warehouse load re-ran five days of data without deduplication, so every order in that " +
			"window was counted twice. The finance dashboard showed revenue 18% above plan, and that number went into the weekly " +
			"leadership report before anyone questioned it. There was no customer impact; the cost was trust in the numbers.",
		impact:        "No customer impact. Leadership and finance made a week of decisions on overstated revenue.",
		severity:      enum.SeveritySev3,
		services:      []string{"warehouse", "order-events"},
		tags:          []string{"data-quality", "internal-only"},
		detectAfter:   [2]int{4000, 8000},
		mitigateAfter: [2]int{60, 180},
		resolveAfter:  [2]int{240, 1200},
		beats: []beat{
			{onset, 0.0, evObservation, viaDashboard, "warehouse scheduler", "Nightly load retried after a timeout; 5 days reloaded", keyMoment},
			{onset, 0.6, evComms, viaEmail, leadership, "Weekly report: revenue 18% above plan", plain},
			{onset, 1.0, evDetection, viaEmail, "Finance", "Finance: warehouse revenue does not match the ledger for the last five days", keyMoment},
			{response, 0.4, evObservation, viaSlack, responder, "Every order in the window appears twice; the retry path skips deduplication", keyMoment},
			{response, 0.8, evAction, viaSlack, responder, "Duplicates removed; dashboard figures match the ledger again", plain},
			{recovery, 0.5, evComms, viaEmail, leadership, "Correction sent to everyone who received the weekly report", plain},
		},
		perspectives: []perspectiveSpec{
			{
				department: enum.DepartmentEngineering,
				saw: "The load timed out and retried, which it does every few weeks. Nobody had looked at what the retry path does " +
					"differently.",
				surprises: "The retry path was written by someone who left two years ago and has no tests.",
				helped:    "The ledger is the source of truth, so correcting the warehouse was straightforward.",
				impact:    "Five days of wrong figures.",
			},
			{
				department: enum.DepartmentLeadership,
				saw: "I presented those numbers to the board as a good week. Finding out they were wrong was worse than a bad week " +
					"would have been.",
				surprises: "Nobody reconciles the dashboard against the ledger.",
				hurt:      "We trusted the dashboard because it usually agrees with our gut.",
				impact:    "A correction to the board and a lot of questions about every other dashboard.",
			},
		},
		questions: []questionSpec{
			{"Which decisions were made on the wrong figures?", facilitator, leadership,
				"A hiring approval was brought forward by a month; it still stands."},
			{"How often does the nightly load retry?", facilitator, responder,
				"Eleven times this year; two earlier retries were within the dedup window and did no harm."},
		},
		factors: []factorSpec{
			{configuration, "The retry path of the nightly load skipped the deduplication step."},
			{knowledgeSilo, "Only one engineer, long gone, understood the retry logic."},
			{observabilityGap, "No reconciliation between the warehouse and the ledger."},
		},
		insights: []insightSpec{
			{"Numbers nobody reconciles are opinions.",
				"", []int{2}},
			{"A retry is a second code path and needs the same tests as the first.",
				"", []int{0, 1}},
		},
		actions: []actionSpec{
			{title: "Daily reconciliation of warehouse revenue against the ledger",
				team: "Data", priority: enum.ActionPriorityHigh, size: enum.ActionSizeM, insight: 0},
			{title: "Make the nightly load idempotent",
				team: "Data", priority: enum.ActionPriorityHigh, size: enum.ActionSizeM, insight: 1},
		},
	},
	{
		key: "ci-runners-full",
		titles: []string{
			"CI/CD pipeline outage blocked all deploys for 6 hours",
			"Build runners out of disk; no deploys possible",
			"Deploy pipeline down while a checkout fix waited to ship",
		},
		opening: "Every pipeline job failing at the build step; no team can deploy.",
		summary: "The shared build runners ran out of disk because a cache-cleanup job had been failing silently for three weeks. " +
			"Every pipeline failed at the build step, so no team could deploy, including a fix for an unrelated checkout bug " +
			"that was waiting to go out. The runners were re-imaged and the cleanup job repaired. The pipeline itself has no " +
			"owner on call; the fix happened because one engineer stayed late.",
		impact: "No direct customer impact; a checkout bug fix was delayed by six hours, during which about 1% of payments needed " +
			"a second attempt.",
		severity:      enum.SeveritySev3,
		services:      []string{"ci-cd-pipeline"},
		tags:          []string{"deploy", "capacity", "internal-only"},
		customers:     [2]int{0, 500},
		detectAfter:   [2]int{10, 30},
		mitigateAfter: [2]int{240, 360},
		beats: []beat{
			{onset, 0.0, evObservation, viaDashboard, "ci-runner-07", "No space left on device during docker build", plain},
			{onset, 1.0, evDetection, viaSlack, responder, "Several teams report failing builds in #dev-help", keyMoment},
			{response, 0.1, evObservation, viaSlack, responder, "All runners above 98% disk; cache cleanup job last succeeded three weeks ago", keyMoment},
			{response, 0.3, evDecision, viaSlack, commander, "Re-image runners one by one rather than clean them by hand", plain},
			{response, 0.6, evObservation, viaEmail, responder, "Cleanup job failures were emailed to an unmonitored mailbox", plain},
			{response, 0.95, evDeploy, viaDeploy, "deploy-bot", "First successful deploy after the outage: the waiting checkout fix", keyMoment},
		},
		perspectives: []perspectiveSpec{
			{
				department: enum.DepartmentEngineering,
				saw:        "Everyone assumed someone else owned the runners. I picked it up because my fix was stuck behind it.",
				surprises:  "The cleanup job had been failing for three weeks and emailing a list nobody reads.",
				helped:     "Re-imaging was scripted, even if nobody had run the script in a year.",
				hurt:       "There is no on-call for the pipeline, so there was no commander for the first hour.",
				impact:     "Six hours without deploys for about 40 engineers.",
			},
			{
				department: enum.DepartmentProduct,
				saw:        "The checkout fix we had promised a partner for that afternoon slipped to the evening.",
				hurt:       "Nobody could tell us when deploys would be back.",
				impact:     "An awkward call with the partner; no lasting damage.",
			},
		},
		questions: []questionSpec{
			{"Who is responsible for the build runners?", facilitator, commander,
				"Nobody formally. Platform has now taken ownership and added it to their on-call."},
			{"What other housekeeping jobs report failures only by email?", facilitator, expert, ""},
		},
		factors: []factorSpec{
			{capacity, "Runner disks filled up while the cleanup job failed silently for three weeks."},
			{coordination, "Nobody is on call for the pipeline itself."},
			{observabilityGap, "The cleanup job's failures went to an unmonitored mailbox."},
		},
		insights: []insightSpec{
			{"The pipeline is production for engineers, but nobody is on call for it.",
				"", []int{1}},
			{"Silent failures of housekeeping jobs become outages weeks later.",
				"", []int{0, 2}},
		},
		actions: []actionSpec{
			{title: "Put the CI/CD pipeline on the Platform on-call rotation",
				team: "Platform", priority: enum.ActionPriorityHigh, size: enum.ActionSizeS, insight: 0},
			{title: "Alert on failed housekeeping jobs instead of emailing a list",
				team: "Platform", priority: enum.ActionPriorityMedium, size: enum.ActionSizeS, insight: 1},
		},
	},
	{
		key: "leaked-api-key",
		titles: []string{
			"Identity service API key exposed in a public repository",
			"Live API key committed to a personal public repository",
			"Leaked service credential found by secret scanning",
		},
		restricted: true,
		opening:    "Secret scanning reports a live identity-service API key in a public repository.",
		summary: "A debugging script containing a live identity-service API key was pushed to a public repository. Secret " +
			"scanning notified us about 40 minutes later; the key was revoked and rotated within 15 minutes of the alert. Access " +
			"logs show no use of the key from outside our network. The incident is restricted because it concerns an " +
			"individual's mistake and security details.",
		impact:        "No customer impact found. The key could read customer profiles; access logs show it was not used externally.",
		severity:      enum.SeveritySev2,
		services:      []string{"identity"},
		tags:          []string{"security"},
		detectAfter:   [2]int{30, 60},
		mitigateAfter: [2]int{8, 20},
		beats: []beat{
			{onset, 0.0, evAction, viaOther, "git push", "Repository with a debugging script made public", plain},
			{onset, 1.0, evAlert, viaEmail, "secret-scanning", "Secret scanning alert: identity-service API key found in a public repository", keyMoment},
			{response, 0.3, evAction, viaSlack, responder, "Key revoked; dependent jobs switched to a new key", keyMoment},
			{response, 0.7, evObservation, viaSlack, expert, "Access logs for the key: no requests from outside our network", keyMoment},
			{recovery, 0.5, evAction, viaSlack, commander, "Repository made private and its history purged", plain},
		},
		perspectives: []perspectiveSpec{
			{
				department: enum.DepartmentEngineering,
				saw: "The alert arrived by email and was forwarded to the security channel. Revoking was quick; finding everything " +
					"that used the key took longer.",
				surprises: "How broad the key's scope was: full read access to customer profiles.",
				helped:    "Secret scanning caught it within the hour.",
				hurt:      "Long-lived keys with no record of who uses them.",
				impact:    "None for customers, as far as the logs can tell.",
			},
		},
		questions: []questionSpec{
			{"Which systems used the revoked key?", commander, expert,
				"Two batch jobs and one internal dashboard; all moved to scoped tokens."},
		},
		factors: []factorSpec{
			{configuration, "A long-lived API key with broad read scope."},
			{coordination, "No pre-commit secret scanning on developer machines."},
		},
		insights: []insightSpec{
			{"Long-lived, broad keys make every leak a big one.",
				"", []int{0, 1}},
		},
		actions: []actionSpec{
			{title: "Replace long-lived identity API keys with short-lived scoped tokens",
				team: "Platform", priority: enum.ActionPriorityHigh, size: enum.ActionSizeL, insight: 0},
			{title: "Enable pre-commit secret scanning in the developer toolkit",
				team: "Platform", priority: enum.ActionPriorityMedium, size: enum.ActionSizeS, insight: 0},
		},
	},
}
